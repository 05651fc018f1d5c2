"""The bundled case studies: complete in French and English, and exemplary reference OKRs."""

from __future__ import annotations

import re

import pytest

from okrworkshop.cases import CaseStudy, list_cases, load_case
from okrworkshop.cases.text import Text
from okrworkshop.model import Board, KeyResult, Objective, Team

BUNDLED = ("rayon-vert", "mijote", "valbrune", "calora")
LANGS = ("fr", "en")
NUMBER = {
    "fr": re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
    "en": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
}


def numbers_in(text: str, lang: str) -> list[float]:
    """The numbers a reader of ``lang`` sees in ``text`` ("1 000,5" in French, "1,000.5" in English)."""
    found = []
    for match in NUMBER[lang].findall(text):
        plain = (
            re.sub(r"[ \u00a0\u202f]", "", match).replace(",", ".")
            if lang == "fr"
            else match.replace(",", "")
        )
        found.append(float(plain))
    return found


def texts_of(case: CaseStudy) -> dict[str, Text]:
    """Every human text of a case that must be translated, by a readable name."""
    texts = {
        "title": case.title_text,
        "summary": case.summary_text,
        "period": case.period_text,
        "context": case.context,
        "strategy": case.strategy,
    }
    for i, figure in enumerate(case.figure_specs):
        texts[f"figures[{i}].label"] = figure.label
    for i, team in enumerate(case.teams):
        texts[f"teams[{i}].name"] = team.names
    for i, person in enumerate(case.people):
        texts[f"people[{i}].role"] = person.role
    for i, spec in enumerate(case.round_specs):
        texts[f"rounds[{i}].title"] = spec.title
        texts[f"rounds[{i}].instructions"] = spec.instructions
    for i, note in enumerate(case.note_specs):
        texts[f"facilitator_notes[{i}].topic"] = note.topic
        texts[f"facilitator_notes[{i}].text"] = note.text
    for o, objective in enumerate(case.objectives):
        texts[f"objectives[{o}].title"] = objective.title
        for k, kr in enumerate(objective.key_results):
            texts[f"objectives[{o}].key_results[{k}].title"] = kr.title
    return texts


def test_the_bundled_cases_cover_the_course() -> None:
    cases = {case.id: case for case in list_cases()}
    assert set(BUNDLED) <= set(cases)
    assert [cases[i].source for i in BUNDLED] == ["bundled"] * 4
    assert {cases[i].level for i in BUNDLED} == {"fundamentals", "intermediate", "complex"}
    assert len(cases["rayon-vert"].teams) == 1  # fundamentals: one team
    assert not cases["mijote"].multi_level
    calora = cases["calora"]
    top = [t for t in calora.teams if t.parent is None]
    departments = [t for t in calora.teams if t.parent == top[0].id]
    assert len(top) == 1
    assert 2 <= len(departments) <= 3
    assert all(any(t.parent == d.id for t in calora.teams) for d in departments)  # company -> depts -> teams
    # Listed in course order: fundamentals first, complex organisations last.
    order = [c.id for c in list_cases() if c.id in BUNDLED]
    assert order[0] == "rayon-vert"
    assert order[-1] == "calora"


@pytest.mark.parametrize("case_id", BUNDLED)
def test_every_text_is_written_in_french_and_english(case_id: str) -> None:
    case = load_case(case_id)
    assert case.languages == LANGS
    for name, text in texts_of(case).items():
        assert text.languages() == LANGS, f"{case_id}: {name} is not translated"
        french, english = text.get("fr"), text.get("en")
        assert french.strip()
        assert english.strip()
        if len(french) > 25:  # short words like "minutes" may be the same in both languages
            assert french != english, f"{case_id}: {name} is not translated"


@pytest.mark.parametrize("case_id", BUNDLED)
@pytest.mark.parametrize("lang", LANGS)
def test_brief_figures_rounds_and_notes(case_id: str, lang: str) -> None:
    case = load_case(case_id)
    brief = case.brief(lang)
    assert brief.startswith(f"# {case.title(lang)}\n")
    assert case.context.get(lang) in brief
    for team in case.teams:
        assert team.name(lang) in brief
    figures = case.figures(lang)
    assert len(figures) >= 6
    for row in figures:
        assert row.label in brief
        assert re.search(r"\d", row.value_text)
        assert re.search(r"\d{4}", row.as_of)
    rounds = case.rounds(lang)
    assert len(rounds) >= 4
    assert all(r.minutes > 0 and r.title and len(r.instructions) > 40 for r in rounds)
    assert 60 <= case.total_minutes <= 240
    notes = case.facilitator_notes(lang)
    assert len(notes) >= 5
    # The brief is the participants': no facilitator note, no reference answer in it.
    for note in notes:
        assert note.text not in brief
    for objective in case.objectives:
        assert objective.title.get(lang) not in brief


@pytest.mark.parametrize("case_id", BUNDLED)
def test_figures_are_written_the_local_way(case_id: str) -> None:
    case = load_case(case_id)
    for french, english, spec in zip(case.figures("fr"), case.figures("en"), case.figure_specs, strict=True):
        assert numbers_in(french.value_text, "fr")[0] == spec.value
        assert numbers_in(english.value_text, "en")[0] == spec.value


def _reference(case_id: str, lang: str) -> tuple[CaseStudy, Board]:
    case = load_case(case_id)
    return case, case.reference_board(lang)


@pytest.mark.parametrize("case_id", BUNDLED)
@pytest.mark.parametrize("lang", LANGS)
def test_reference_okrs_are_written_as_a_coach_would(case_id: str, lang: str) -> None:
    case, board = _reference(case_id, lang)
    for team in board.teams():
        objectives = board.objectives(team.id)
        assert 1 <= len(objectives) <= 3, f"{team.name}: {len(objectives)} objectives"
        for objective in objectives:
            assert objective.owner
            assert not re.search(r"\d", objective.title), f"a figure in the objective {objective.title!r}"
            key_results = board.key_results(objective.id)
            assert 2 <= len(key_results) <= 4, f"{objective.title}: {len(key_results)} key results"
            for kr in key_results:
                assert kr.owner
                assert kr.kind == "metric"
                assert kr.baseline is not None
                assert kr.target is not None
                assert kr.target != kr.baseline
                assert kr.direction == ("increase" if kr.target > kr.baseline else "decrease")
                numbers = numbers_in(kr.title, lang)
                assert kr.baseline in numbers, f"{kr.title!r} does not say it starts from {kr.baseline}"
                assert kr.target in numbers, f"{kr.title!r} does not say it ends at {kr.target}"
    # Every reference key result starts from one of the brief's figures.
    for objective in case.objectives:
        for kr in objective.key_results:
            assert kr.figure is not None, kr.title.get(lang)


@pytest.mark.parametrize("case_id", BUNDLED)
def test_alignment_follows_the_organisation(case_id: str) -> None:
    _, board = _reference(case_id, "fr")

    def ancestors(team: Team) -> set[str]:
        found: set[str] = set()
        while team.parent_id:
            found.add(team.parent_id)
            team = board.typed(team.parent_id, Team)
        return found

    for objective in board.objectives():
        team = board.typed(objective.team_id, Team)
        if team.parent_id is None:
            assert objective.aligned_to is None
            continue
        # A sub-team's objective contributes to its parent's (or an ancestor's) objective or key result.
        assert objective.aligned_to, f"{objective.title!r} is not aligned"
        parent_objective = board.alignment_target_objective(objective)
        assert isinstance(parent_objective, Objective)
        assert parent_objective.team_id in ancestors(team)
        target = board.get(objective.aligned_to)
        if isinstance(target, KeyResult):
            # Aligning is not copying: the contributing objective's key results differ from the target's.
            own = {kr.title for kr in board.key_results(objective.id)}
            assert target.title not in own


@pytest.mark.parametrize("case_id", BUNDLED)
@pytest.mark.parametrize("lang", LANGS)
def test_reference_okrs_pass_the_checker(case_id: str, lang: str) -> None:
    from okrworkshop.rules import check_board

    _, board = _reference(case_id, lang)
    findings = [f for f in check_board(board, lang=lang) if f.severity in ("error", "warning")]
    assert not findings, "\n".join(f"{f.rule} ({f.severity}) at {f.path}: {f.message}" for f in findings)
