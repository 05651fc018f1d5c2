"""``okrworkshop check``: formats, languages, profiles, exit codes and bad input, run as users run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

GOOD_DRAFT: dict[str, Any] = {
    "format": "okrworkshop/v1",
    "workshop": {"title": "Boulangerie", "language": "fr", "period": "2027-T1"},
    "teams": [
        {
            "name": "Boutique",
            "objectives": [
                {
                    "title": "Devenir la boulangerie préférée des familles du quartier",
                    "owner": "Léa",
                    "key_results": [
                        {"title": "Passer le NPS de 32 à 45", "owner": "Léa"},
                        {"title": "Réduire les invendus de 12 % à 5 %", "owner": "Tom"},
                    ],
                }
            ],
        }
    ],
}


def draft_with_errors() -> dict[str, Any]:
    """Four objectives in one team (workshop profile: 3 at most) and a task as key result."""
    titles = [
        "Fidéliser les familles",
        "Séduire les bureaux voisins",
        "Rendre la boutique accueillante",
        "Lancer le site web",
    ]
    return {
        "format": "okrworkshop/v1",
        "workshop": {"title": "Boulangerie", "language": "fr", "period": ""},
        "teams": [
            {
                "name": "Boutique",
                "objectives": [
                    {
                        "title": title,
                        "owner": "Léa",
                        "key_results": [
                            {"title": "Mettre en place un CRM", "owner": "Léa"},
                            {"title": f"Passer le NPS de 30 à {40 + i}", "owner": "Léa"},
                        ],
                    }
                    for i, title in enumerate(titles)
                ],
            }
        ],
    }


def write(tmp_path: Path, data: dict[str, Any], name: str = "draft.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def check(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okrworkshop", "check", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        timeout=120,
    )


def test_a_clean_draft_exits_0(tmp_path: Path) -> None:
    result = check(write(tmp_path, GOOD_DRAFT))
    assert (result.returncode, result.stderr) == (0, "")
    assert "Rien à signaler" in result.stdout
    assert "Résumé\u202f: 0 erreur, 0 avertissement, 0 info." in result.stdout
    assert "3 cartes vérifiées dans 1 équipe\n" in result.stdout


def test_error_findings_exit_1_and_the_text_report_groups_by_team_and_card(tmp_path: Path) -> None:
    result = check(write(tmp_path, draft_with_errors()))
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert out.startswith("Vérification\u202f: Boulangerie — profil Apprentissage")
    assert "Équipe «\u202fBoutique\u202f»" in out
    assert "ERREUR     Trop d’objectifs (too-many-objectives)" in out
    assert "4 objectifs pour une seule équipe" in out
    # The card, then its finding, then the hint under it.
    card = out.index(
        "Résultat clé 1.1 «\u202fMettre en place un CRM\u202f»  [teams[0].objectives[0].key_results[0]]"
    )
    finding = out.index("Tâche au lieu d’un résultat (kr-is-task)", card)
    hint = out.index("→ Mesurez l’effet que vous en attendez", finding)
    assert card < finding < hint
    assert "Atelier\n  ATTENTION  Période manquante" in out
    assert "Résumé\u202f: 1 erreur," in out


def test_json_format_follows_the_design(tmp_path: Path) -> None:
    result = check(write(tmp_path, draft_with_errors()), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    assert data["summary"]["error"] == 1
    assert sum(data["summary"].values()) == len(data["findings"])
    first = data["findings"][0]
    assert set(first) == {"rule", "severity", "path", "message", "hint", "source"}
    assert first["path"] == "workshop" and first["rule"] == "missing-period"
    paths = {f["path"] for f in data["findings"] if f["rule"] == "kr-is-task"}
    assert paths == {f"teams[0].objectives[{o}].key_results[0]" for o in range(4)}
    assert any(
        f["path"] == "teams[0].objectives[3]" and f["rule"] == "objective-is-task" for f in data["findings"]
    )


def test_lang_switches_the_messages(tmp_path: Path) -> None:
    path = write(tmp_path, draft_with_errors())
    english = check(path, "--lang", "en")
    assert english.stdout.startswith("Check: Boulangerie")
    assert "ERROR      Too many objectives (too-many-objectives)" in english.stdout
    assert "Summary: 1 error," in english.stdout
    data = json.loads(check(path, "--lang", "en", "--format", "json").stdout)
    messages = {f["rule"]: f["message"] for f in data["findings"]}
    assert messages["missing-period"] == "No period: until when do these OKRs run?"


def test_profile_changes_the_verdict(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_DRAFT)
    assert check(path).returncode == 0
    focus = check(path, "--profile", "focus", "--format", "json")
    assert focus.returncode == 0  # focus wants 3 key results: a warning, not an error
    assert {f["rule"] for f in json.loads(focus.stdout)["findings"]} == {"too-few-key-results"}
    errors = write(tmp_path, draft_with_errors(), "errors.json")
    assert check(errors, "--profile", "classic", "--format", "json").returncode == 0  # classic allows 5


def test_okrw_files_are_checked_and_left_untouched(tmp_path: Path) -> None:
    from okrworkshop.files import read_board, write_board

    board = read_board(write(tmp_path, draft_with_errors()))
    okrw = write_board(board, tmp_path / "atelier.okrw")
    digest = hashlib.sha256(okrw.read_bytes()).hexdigest()
    result = check(okrw, "--format", "json")
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["summary"]["error"] == 1
    assert hashlib.sha256(okrw.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atelier.okrw", "draft.json"]


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "absent.json"


def _invalid_json(tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "okrworkshop/v1", "teams": [', encoding="utf-8")
    return path


def _wrong_version(tmp_path: Path) -> Path:
    return write(tmp_path, {**GOOD_DRAFT, "format": "okrworkshop/v9"})


def _wrong_type(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    return path


def _not_a_workshop(tmp_path: Path) -> Path:
    path = tmp_path / "photo.okrw"
    path.write_bytes(b"\x89PNG\r\n" + bytes(200))
    return path


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "board.csv"
    path.write_text("team,objective\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_missing, "no such file"),
        (_invalid_json, "invalid JSON"),
        (_wrong_version, "unsupported format"),
        (_wrong_type, ".okrw"),
        (_not_a_workshop, "photo.okrw"),
        (_csv, ".okrw"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(tmp_path: Path, make: Any, expected: str) -> None:
    path = make(tmp_path)
    before = path.read_bytes() if path.exists() else None
    result = check(path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert expected in lines[0]
    assert str(path.name) in lines[0]
    if before is not None:
        assert path.read_bytes() == before


def test_bad_options_exit_2(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_DRAFT)
    for args in (["--profile", "mystery"], ["--lang", "de"], ["--format", "xml"]):
        result = check(path, *args)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr


def test_check_never_loads_qt(tmp_path: Path) -> None:
    path = write(tmp_path, draft_with_errors())
    code = (
        "import sys; from okrworkshop.cli import main; "
        f"code = main(['check', {str(path)!r}, '--format', 'json']); "
        "sys.stderr.write(str('PySide6' in sys.modules)); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr == "False"
