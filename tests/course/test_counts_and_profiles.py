"""Counts through one helper (French: 0 and 1 in the singular), and the default profile's new name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from okrworkshop.i18n.plural import plural
from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
from okrworkshop.poster.labels import counted
from okrworkshop.rules import check_board
from okrworkshop.rules.profiles import DEFAULT_PROFILE, PROFILES, profile_id, profile_names, resolve_settings
from okrworkshop.rules.report import format_text
from okrworkshop.rules.rulebook import primary_thresholds
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("count", "lang", "expected"),
    [
        (0, "fr", "0 erreur"),
        (1, "fr", "1 erreur"),
        (2, "fr", "2 erreurs"),
        (1.5, "fr", "1.5 erreur"),
        (0, "en", "0 errors"),
        (1, "en", "1 error"),
        (2, "en", "2 errors"),
    ],
)
def test_plural(count: float, lang: str, expected: str) -> None:
    one, many = ("erreur", "erreurs") if lang == "fr" else ("error", "errors")
    assert plural(count, one, many, lang) == expected


def test_a_form_may_place_the_number() -> None:
    assert plural(1, "{} carte vérifiée", "{} cartes vérifiées", "fr") == "1 carte vérifiée"
    assert plural(3, "{} carte vérifiée", "{} cartes vérifiées", "fr") == "3 cartes vérifiées"


def test_the_poster_counts_with_the_same_helper() -> None:
    assert [counted("fr", "warning", n) for n in (0, 1, 2)] == [
        "0 avertissement",
        "1 avertissement",
        "2 avertissements",
    ]
    assert [counted("en", "warning", n) for n in (0, 1)] == ["0 warnings", "1 warning"]


def _board(cards: int, teams: int) -> Board:
    board = Board(Workshop(title="Boulangerie", language="fr", period="2027-T1"))
    for t in range(teams):
        team = board.add(Team(f"Équipe {t}", order=float(t)))
        if cards:
            objective = board.add(
                Objective(team.id, "Devenir la boulangerie préférée du quartier", owner="Léa")
            )
            for k in range(cards - 1):
                board.add(KeyResult(objective.id, f"Passer le NPS de 3{k} à 45", owner="Léa", order=float(k)))
    return board


@pytest.mark.parametrize(
    ("cards", "teams", "line"),
    [
        (1, 1, "1 carte vérifiée dans 1 équipe"),
        (3, 1, "3 cartes vérifiées dans 1 équipe"),
        (0, 2, "0 carte vérifiée dans 2 équipes"),
    ],
)
def test_the_report_counts_cards_and_teams(cards: int, teams: int, line: str) -> None:
    board = _board(cards, teams)
    text = format_text(board, check_board(board))
    assert text.splitlines()[1] == line
    assert "Résumé\u202f: 0 erreur," in text or "Résumé\u202f: 1 erreur," in text or " erreurs," in text


def test_every_count_the_cli_prints_goes_through_the_helper() -> None:
    """No CLI module builds a plural by hand (an ``'s' if`` next to a count)."""
    for path in [
        *sorted((REPO / "okrworkshop" / "cli").glob("*.py")),
        REPO / "okrworkshop" / "rules" / "report.py",
    ]:
        text = path.read_text(encoding="utf-8")
        assert "'s' if" not in text and '"s" if' not in text and "if n == 1" not in text, path.name


def test_the_default_profile_is_called_learning_and_keeps_its_id() -> None:
    profile = PROFILES[DEFAULT_PROFILE]
    assert DEFAULT_PROFILE == "workshop"
    assert (profile.title["fr"], profile.title["en"]) == ("Apprentissage", "Learning")
    assert profile_id("learning") == profile_id("workshop") == "workshop"
    assert profile_id("atelier") is None
    assert set(profile_names()) == {"workshop", "learning", "classic", "focus"}
    # No profile is titled like the workshop itself, or like a case's team.
    assert all(p.title["fr"] != "Atelier" and p.title["en"] != "Workshop" for p in PROFILES.values())
    stored = Board(Workshop(title="t", profile="learning")).workshop
    assert resolve_settings(stored, primary_thresholds()).profile.name == "workshop"


def _check(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okrworkshop", "check", str(path), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
    )


def test_the_cli_accepts_both_ids(tmp_path: Path) -> None:
    draft = {
        "format": "okrworkshop/v1",
        "workshop": {"title": "Boulangerie", "language": "fr", "period": "2027-T1"},
        "teams": [
            {
                "name": "Boutique",
                "objectives": [{"title": "Devenir la boulangerie préférée du quartier", "owner": "Léa"}],
            }
        ],
    }
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    old, new = _check(path, "--profile", "workshop"), _check(path, "--profile", "learning")
    assert old.stdout == new.stdout and old.returncode == new.returncode == 0
    assert "profil Apprentissage" in new.stdout
    bad = _check(path, "--profile", "atelier")
    assert bad.returncode == 2 and "learning" in bad.stderr


def test_the_checker_names_directions_as_the_inspector_offers_them() -> None:
    """``kr-target-contradicts-direction`` quotes the choices of the card's Direction field."""
    import xml.etree.ElementTree as ET

    from okrworkshop.rules.structure import _DIRECTION_WORDS

    root = ET.parse(REPO / "okrworkshop" / "i18n" / "okrworkshop_fr.ts").getroot()
    french = {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}
    inspector = (REPO / "okrworkshop" / "ui" / "inspector.py").read_text(encoding="utf-8")
    for direction, words in _DIRECTION_WORDS.items():
        assert f'(tr("{words["en"]}"), "{direction}")' in inspector
        assert french[words["en"]] == words["fr"], direction
