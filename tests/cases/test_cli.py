"""``okrworkshop cases`` and ``okrworkshop new``, run as a user runs them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from okrworkshop.storage import read_okrw

from .conftest import readme_example, run_cli, write_case

BUNDLED = {"rayon-vert", "mijote", "valbrune", "calora", "lumen"}


def test_cases_lists_the_bundled_cases(tmp_path: Path) -> None:
    result = run_cli("cases", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "LEVEL", "LANGUAGES", "TEAMS", "ROUNDS", "TITLE"]
    assert {line.split()[0] for line in lines[1:6]} == BUNDLED
    assert "Réseau des médiathèques de Valbrune" in result.stdout
    english = run_cli("cases", "--lang", "en", cwd=tmp_path)
    assert "Valbrune public library network" in english.stdout
    # Without --lang, the system's language decides.
    french_system = run_cli("cases", cwd=tmp_path, env={"LC_ALL": "fr_FR.UTF-8"})
    assert "Calora, pompes à chaleur" in french_system.stdout


def test_cases_json(tmp_path: Path) -> None:
    result = run_cli("cases", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    by_id = {record["id"]: record for record in records}
    assert set(by_id) == BUNDLED
    for record in records:
        assert record["languages"] == ["fr", "en"]
        assert set(record["title"]) == {"fr", "en"}
        assert record["level"] in {"fundamentals", "intermediate", "complex", "follow-up"}
        assert record["total_minutes"] == sum(r["minutes"] for r in record["rounds"])
        assert record["source"] == "bundled"
    assert by_id["calora"]["title"] == {"fr": "Calora, pompes à chaleur", "en": "Calora heat pumps"}
    assert by_id["calora"]["multi_level"] is True
    assert by_id["rayon-vert"]["level"] == "fundamentals"


def test_cases_reports_a_broken_user_case_and_still_lists_the_others(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    write_case(mine, "fromagerie-lucas", readme_example())
    write_case(mine, "cassee", readme_example().replace("minutes = 15", "minutes = 15.5"))
    env = {"OKRWORKSHOP_CASES_DIR": str(mine)}
    result = run_cli("cases", "--format", "json", cwd=tmp_path, env=env)
    assert result.returncode == 2
    ids = {record["id"] for record in json.loads(result.stdout)}
    assert ids == BUNDLED | {"fromagerie-lucas"}
    assert result.stderr.splitlines() == [
        "okrworkshop: mine/cassee/case.toml: rounds[0].minutes: must be a whole number of minutes"
    ]
    table = run_cli("cases", cwd=tmp_path, env=env)
    assert table.returncode == 2
    assert "fromagerie-lucas" in table.stdout
    assert "Traceback" not in table.stderr


def test_new_creates_a_workshop_from_a_case(tmp_path: Path) -> None:
    result = run_cli("new", "--case", "valbrune", "--lang", "en", "-o", "valbrune.okrw", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Created valbrune.okrw from case 'valbrune' in en" in result.stdout
    board = read_okrw(tmp_path / "valbrune.okrw")
    assert board.workshop.case_id == "valbrune"
    assert board.workshop.language == "en"
    assert board.workshop.case_brief.startswith("# Valbrune public library network")
    assert len(board.teams()) == 4
    assert len(board.rounds()) == 6
    assert not board.objectives()


def test_new_with_reference_okrs(tmp_path: Path) -> None:
    result = run_cli(
        "new",
        "--case",
        "calora",
        "--reference",
        "-o",
        "calora.okrw",
        cwd=tmp_path,
        env={"LC_ALL": "fr_FR.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    board = read_okrw(tmp_path / "calora.okrw")
    assert board.workshop.language == "fr"  # the system's language
    assert len(board.objectives()) == 11
    assert sum(1 for o in board.objectives() if o.aligned_to) == 9


def test_new_never_overwrites(tmp_path: Path) -> None:
    existing = tmp_path / "atelier.okrw"
    existing.write_bytes(b"the trainer's own work")
    result = run_cli("new", "--case", "rayon-vert", "-o", "atelier.okrw", cwd=tmp_path)
    assert result.returncode == 2
    assert (
        result.stderr
        == "okrworkshop: atelier.okrw: already exists; choose another name (nothing was written)\n"
    )
    assert existing.read_bytes() == b"the trainer's own work"


def test_new_refuses_bad_input_with_one_line(tmp_path: Path) -> None:
    unknown = run_cli("new", "--case", "boulangerie", "-o", "x.okrw", cwd=tmp_path)
    assert unknown.returncode == 2
    assert unknown.stderr == (
        "okrworkshop: unknown case 'boulangerie'; known cases: calora, lumen, mijote, rayon-vert, valbrune\n"
    )
    assert not (tmp_path / "x.okrw").exists()
    not_okrw = run_cli("new", "--case", "mijote", "-o", "x.json", cwd=tmp_path)
    assert not_okrw.returncode == 2
    assert "x.json: a new workshop is a .okrw file" in not_okrw.stderr
    no_folder = run_cli("new", "--case", "mijote", "-o", "missing/x.okrw", cwd=tmp_path)
    assert no_folder.returncode == 2
    assert "does not exist" in no_folder.stderr
    usage = run_cli("new", "-o", "x.okrw", cwd=tmp_path)
    assert usage.returncode == 2
    assert "--case" in usage.stderr
    mine = tmp_path / "mine"
    write_case(
        mine, "fromagerie-lucas", readme_example().replace('languages = ["fr", "en"]', 'languages = ["fr"]')
    )
    env = {"OKRWORKSHOP_CASES_DIR": str(mine)}
    english = run_cli(
        "new", "--case", "fromagerie-lucas", "--lang", "en", "-o", "x.okrw", cwd=tmp_path, env=env
    )
    assert english.returncode == 2
    assert "is written in French only, not in English" in english.stderr
    for result in (unknown, not_okrw, no_folder, english):
        assert len(result.stderr.splitlines()) == 1
    # The same case without --lang takes its only language.
    default = run_cli(
        "new",
        "--case",
        "fromagerie-lucas",
        "-o",
        "x.okrw",
        cwd=tmp_path,
        env={**env, "LC_ALL": "en_GB.UTF-8"},
    )
    assert default.returncode == 0, default.stderr
    assert read_okrw(tmp_path / "x.okrw").workshop.language == "fr"


def test_cases_and_new_never_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from okrworkshop.cli import main\n"
        "assert main(['cases', '--format', 'json']) == 0\n"
        "assert main(['new', '--case', 'calora', '--reference', '-o', 'q.okrw']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
        "print('headless')\n"
    )
    import subprocess

    from .conftest import REPO

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={
            "PYTHONPATH": str(REPO),
            "PATH": "/usr/bin:/bin",
            "OKRWORKSHOP_DATA_DIR": str(tmp_path / "data"),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("headless\n")
