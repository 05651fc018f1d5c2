"""A broken case file gives one clear line naming the file and the field; it hides no other case."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from okrworkshop.cases import list_cases, load_case, read_case, scan_cases
from okrworkshop.errors import InputError
from okrworkshop.paths import asset

from .conftest import readme_example, write_case

OBJECTIVE_TEAM = '[[objectives]]\nteam = "stall"'
QUEUE_KR = 'figure = "queue"\n  target = 5'


def broken(old: str, new: str) -> str:
    text = readme_example()
    assert old in text, f"the README example no longer contains {old!r}"
    return text.replace(old, new, 1)


# (case.toml text, the field named, words of the problem)
CASES: dict[str, tuple[str, str | None, str]] = {
    "bad TOML syntax": (broken("minutes = 15", "minutes = = 15"), None, "not valid TOML"),
    "missing field": (
        broken('  owner = "Anne Lucas"\n  figure = "queue"', '  figure = "queue"'),
        "objectives[0].key_results[0].owner",
        "missing (this field is required)",
    ),
    "missing required field": (
        "\n".join(line for line in readme_example().splitlines() if not line.startswith("summary")),
        "summary",
        "missing (this field is required)",
    ),
    "minutes not whole": (
        broken("minutes = 15", "minutes = 15.5"),
        "rounds[0].minutes",
        "whole number of minutes",
    ),
    "minutes as text": (
        broken("minutes = 20", 'minutes = "20"'),
        "rounds[1].minutes",
        "whole number of minutes",
    ),
    "value as text": (broken("value = 18.5", 'value = "18,5"'), "figures[0].value", "must be a number"),
    "title as number": (
        broken('title = { fr = "Fromagerie Lucas", en = "Lucas cheese shop" }', "title = 12"),
        "title",
        "must be text, or a table of texts by language",
    ),
    "unknown team in a reference objective": (
        broken(OBJECTIVE_TEAM, '[[objectives]]\nteam = "shop"'),
        "objectives[0].team",
        "unknown team 'shop' (known: stall)",
    ),
    "missing translation": (
        broken(
            'title = { fr = "Fromagerie Lucas", en = "Lucas cheese shop" }',
            'title = { fr = "Fromagerie Lucas" }',
        ),
        "title.en",
        "missing English text",
    ),
    "missing translation deep inside": (
        broken(', en = "Cut the average Saturday wait from 12 to 5 minutes"', ""),
        "objectives[0].key_results[0].title.en",
        "missing English text",
    ),
    "unknown language": (
        broken('fr = "Un objectif qualitatif', 'de = "Ein Ziel", fr = "Un objectif qualitatif'),
        "rounds[0].instructions.de",
        "unknown language 'de'",
    ),
    "typo in a field name": (
        broken('name = { fr = "La fromagerie"', 'nmae = { fr = "La fromagerie"'),
        "teams[0].nmae",
        "did you mean 'name'?",
    ),
    "level unknown": (
        broken('level = "fundamentals"', 'level = "expert"'),
        "level",
        "must be one of fundamentals",
    ),
    "wrong format": (
        broken('format = "okrworkshop-case/1"', 'format = "okrworkshop-case/9"'),
        "format",
        "okrworkshop-case/1",
    ),
    "baseline disagrees with the figure": (
        broken(QUEUE_KR, f"{QUEUE_KR}\n  baseline = 15"),
        "objectives[0].key_results[0].baseline",
        "differs from the value of figure 'queue' (12)",
    ),
    "direction contradicts the numbers": (
        broken(QUEUE_KR, f'{QUEUE_KR}\n  direction = "increase"'),
        "objectives[0].key_results[0].direction",
        "is to decrease",
    ),
    "metric without target": (
        broken(QUEUE_KR, 'figure = "queue"'),
        "objectives[0].key_results[0].target",
        "needs a target",
    ),
    "unknown figure": (
        broken('figure = "queue"', 'figure = "wait"'),
        "objectives[0].key_results[0].figure",
        "unknown figure 'wait' (known: basket, queue)",
    ),
    "owner not among the people": (
        broken(
            'owner = "Anne Lucas"\n\n  [[objectives.key_results]]',
            'owner = "Anne Lukas"\n\n  [[objectives.key_results]]',
        ),
        "objectives[0].owner",
        "unknown person 'Anne Lukas' in [[people]]",
    ),
    "alignment to nothing": (
        broken(OBJECTIVE_TEAM, f'{OBJECTIVE_TEAM}\naligned_to = "company-goal"'),
        "objectives[0].aligned_to",
        "unknown objective or key result id 'company-goal'",
    ),
    "alignment to itself": (
        broken(OBJECTIVE_TEAM, f'{OBJECTIVE_TEAM}\nid = "saturday"\naligned_to = "saturday"'),
        "objectives[0].aligned_to",
        "cannot align to itself",
    ),
    "unknown parent team": (
        broken('name = { fr = "La fromagerie"', 'parent = "market"\nname = { fr = "La fromagerie"'),
        "teams[0].parent",
        "unknown team 'market'",
    ),
    "bad as_of": (broken('as_of = "2026-12"', 'as_of = "December"'), "figures[0].as_of", "must be a date"),
    "confidence out of range": (
        broken(QUEUE_KR, f"{QUEUE_KR}\n  confidence = 12"),
        "objectives[0].key_results[0].confidence",
        "from 0 to 10",
    ),
    "rounds under another name": (
        broken("[[rounds]]", "[[old_rounds]]").replace("[[rounds]]", "[[old_rounds]]"),
        "old_rounds",
        "unknown field",
    ),
    "empty text": (
        broken('text = { fr = "« Ouvrir', 'text = { fr = "  ", xx = "« Ouvrir'),
        "facilitator_notes[0].text.fr",
        "is empty",
    ),
    "bad colour": (
        broken('name = { fr = "La fromagerie"', 'colour = "blue"\nname = { fr = "La fromagerie"'),
        "teams[0].colour",
        "must be a colour",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_malformed_case_names_file_and_field(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, field, problem = CASES[name]
    monkeypatch.chdir(tmp_path)
    write_case(tmp_path / "cases", "fromagerie-lucas", text)
    with pytest.raises(InputError) as caught:
        read_case(tmp_path / "cases" / "fromagerie-lucas")
    line = caught.value.line()
    assert line.startswith("cases/fromagerie-lucas/case.toml: "), line
    if field is not None:
        assert caught.value.where == field, line
        assert f": {field}: " in line
    assert problem in line, line
    assert "\n" not in line


def test_toml_syntax_errors_give_the_line(tmp_path: Path) -> None:
    path = write_case(tmp_path, "fromagerie-lucas", broken("minutes = 15", "minutes = = 15"))
    with pytest.raises(InputError) as caught:
        read_case(path)
    line_number = readme_example().splitlines().index("minutes = 15") + 1
    assert f"line {line_number}" in caught.value.line()


def test_duplicate_ids_and_team_loops(tmp_path: Path) -> None:
    team = '[[teams]]\nid = "stall"\nname = { fr = "La fromagerie", en = "The cheese stall" }'
    twice = broken(team, f'{team}\n\n[[teams]]\nid = "stall"\nname = "Bis"')
    with pytest.raises(InputError, match=r"teams\[1\]\.id: 'stall' is already used by teams\[0\]"):
        read_case(write_case(tmp_path, "twice", twice))
    loop = broken(team, f'{team}\nparent = "back"\n\n[[teams]]\nid = "back"\nname = "Back"\nparent = "stall"')
    with pytest.raises(
        InputError, match=r"teams\[\d\]\.parent: teams cannot be nested inside each other in a loop"
    ):
        read_case(write_case(tmp_path, "loop", loop))


def test_alignment_loops_are_refused(tmp_path: Path) -> None:
    second = (
        '\n[[objectives]]\nid = "b"\nteam = "stall"\ntitle = "B"\nowner = "Anne Lucas"\naligned_to = "a"\n'
        '  [[objectives.key_results]]\n  title = "KR"\n  owner = "Anne Lucas"\n  baseline = 1\n  target = 2\n'
    )
    text = broken(OBJECTIVE_TEAM, f'{OBJECTIVE_TEAM}\nid = "a"\naligned_to = "b"') + second
    with pytest.raises(
        InputError, match=r"objectives\[\d\]\.aligned_to: these alignments go round in a loop"
    ):
        read_case(write_case(tmp_path, "loop", text))


def test_file_level_problems(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder's name is its id"):
        read_case(write_case(tmp_path, "Mon Cas", readme_example()).parent)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"missing: each case folder holds a case\.toml"):
        read_case(tmp_path / "empty")
    latin1 = write_case(tmp_path, "latin", "")
    latin1.write_bytes(readme_example().encode("latin-1", errors="replace"))
    with pytest.raises(InputError, match="not UTF-8 text"):
        read_case(latin1)
    # A byte-order mark (Windows Notepad) is fine.
    bom = write_case(tmp_path, "bom", "")
    bom.write_bytes(b"\xef\xbb\xbf" + readme_example().encode("utf-8"))
    assert read_case(bom).title("fr") == "Fromagerie Lucas"


def test_a_broken_user_case_hides_no_other(user_cases: Path) -> None:
    write_case(user_cases, "fromagerie-lucas", readme_example())
    write_case(user_cases, "broken", broken("minutes = 15", "minutes = 15.5"))
    (user_cases / "stray.toml").write_text(readme_example(), encoding="utf-8")
    (user_cases / "notes.txt").write_text("not a case", encoding="utf-8")
    catalogue = scan_cases()
    ids = [case.id for case in catalogue.cases]
    assert {"fromagerie-lucas", "rayon-vert", "mijote", "valbrune", "calora"} <= set(ids)
    assert "broken" not in ids
    problems = sorted(problem.line() for problem in catalogue.problems)
    assert len(problems) == 2
    assert problems[0].endswith("broken/case.toml: rounds[0].minutes: must be a whole number of minutes")
    assert "stray.toml: a case goes in its own folder" in problems[1]
    assert [case.id for case in list_cases()] == ids
    # Loading one case never reads the others.
    assert load_case("fromagerie-lucas").source == "user"
    with pytest.raises(InputError, match="rounds"):
        load_case("broken")


def test_a_user_case_overrides_the_bundled_one(user_cases: Path) -> None:
    shutil.copytree(asset("cases", "mijote"), user_cases / "mijote")
    toml = user_cases / "mijote" / "case.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "Mijoté, l’appli des repas", "Mijoté (version maison), l’appli des repas"
        ),
        encoding="utf-8",
    )
    case = load_case("mijote")
    assert case.source == "user"
    assert case.title("fr").startswith("Mijoté (version maison)")
    assert next(c for c in list_cases() if c.id == "mijote").source == "user"


def test_the_user_data_folder_is_searched(tmp_path: Path) -> None:
    from okrworkshop.paths import user_data_dir

    write_case(user_data_dir() / "cases", "fromagerie-lucas", readme_example())
    assert load_case("fromagerie-lucas").title("en") == "Lucas cheese shop"


@pytest.mark.parametrize("case_id", ["nope", "../cases", "", "Calora"])
def test_unknown_case_ids_list_the_known_ones(case_id: str) -> None:
    with pytest.raises(InputError) as caught:
        load_case(case_id)
    line = caught.value.line()
    assert f"unknown case {case_id!r}" in line
    assert "known cases: calora, lumen, mijote, rayon-vert, valbrune" in line
