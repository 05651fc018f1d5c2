"""Test set-up shared by every test: no display, and no test ever touches the user's files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

REPO = Path(__file__).resolve().parent.parent

# The real-input suite needs a QApplication on a real X server: its own pytest process runs it
# (scripts/test sets OKRWORKSHOP_E2E=1 there).
collect_ignore = [] if os.environ.get("OKRWORKSHOP_E2E") else ["e2e"]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder and Qt's settings at a fresh temporary folder for each test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("OKRWORKSHOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    # Qt reads XDG_CONFIG_HOME once, at the first QSettings: point every later one at this test's
    # folder. The user's Documents folder moves there too (Qt reads user-dirs.dirs at each call).
    (home / "config").mkdir()
    (home / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{home / "Documents"}"\n')
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file dialog opened by its static function waits for a person: in a test it would hang the
    suite. Fail at once instead; a test about the dialog's arguments patches it itself. (Message
    boxes are closed by the tests that expect them, with a timer.)"""
    from PySide6.QtWidgets import QFileDialog

    def refuse(name: str) -> Any:
        def blocked(*args: object, **kwargs: object) -> Any:
            raise AssertionError(f"a test opened a blocking dialog ({name}); patch it in the test")

        return blocked

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))


@pytest.fixture
def data_dir() -> Path:
    return DATA


def make_rich_board():  # type: ignore[no-untyped-def]
    """A multi-level board exercising every field: Unicode, long text, positions, alignment."""
    from okrworkshop.model import (
        Board,
        Initiative,
        KeyResult,
        Note,
        Objective,
        Round,
        Snapshot,
        Team,
        Workshop,
    )

    board = Board(
        Workshop(
            title="Atelier « Café Lumière » — tour 2",
            language="fr",
            period="2027-T1",
            case_id="cafe",
            case_brief="Un café de quartier.\nDeux salles, 9 salariés.",
            profile="classic",
            thresholds={"max_objectives": 4.0},
            disabled_rules=("objective-too-long",),
            facilitator="Zoé Ñúñez",
        )
    )
    top = board.add(Team("Direction & Co", colour="#123456", x=0, y=0, width=1500, height=500))
    child = board.add(Team("Salle / Bar", parent_id=top.id, order=1, x=40, y=540, width=1460, height=480))
    grandchild = board.add(Team("Cuisine", parent_id=child.id, order=2, x=80, y=1060))
    long_title = "Offrir une expérience « waouh » à chaque visite " * 12
    o1 = board.add(Objective(top.id, long_title.strip(), owner="Léa 🙂", kind="committed", x=24.5, y=56))
    k1 = board.add(
        KeyResult(
            o1.id,
            "NPS de 30 à 50",
            owner="Léa",
            baseline=30,
            target=50,
            current=35.5,
            unit="NPS",
            confidence=7,
        )
    )
    k2 = board.add(
        KeyResult(
            o1.id,
            "Attente moyenne de 9 à 4 minutes",
            order=1,
            direction="decrease",
            baseline=9,
            target=4,
            unit="min",
            kind="metric",
        )
    )
    board.add(Initiative(k2.id, "Deuxième machine <à> café & « R&D »", owner="Tom"))
    o2 = board.add(Objective(child.id, "Servir vite, même au rush", aligned_to=k1.id, x=64, y=596))
    board.add(KeyResult(o2.id, "Jalon : nouvelle carte lancée", kind="milestone"))
    board.add(Objective(grandchild.id, "Zéro gaspillage", aligned_to=o2.id, x=104, y=1116))
    board.add(Note("Terrasse en été ?\nÀ voir avec la mairie.", team_id=child.id, x=900, y=600))
    board.add(Note("Parking lot", x=1600, y=0, colour="#a8e6a1"))
    first = board.add(Round("Tour 1", instructions="Rédigez 1 objectif.", duration_s=900))
    board.add(Snapshot("Fin du tour 1", '{"format": "okrworkshop/v1", "teams": []}', round_id=first.id))
    return board


@pytest.fixture
def rich_board():  # type: ignore[no-untyped-def]
    return make_rich_board()


@pytest.fixture
def user_home(_isolated_user_folders: Path) -> Path:
    """This test's stand-in for the user's home: data, settings, and ``Documents`` (not created)."""
    return _isolated_user_folders
