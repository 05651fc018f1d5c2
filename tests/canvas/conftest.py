"""Fixtures of the canvas tests: a small board in a real workshop file, a shown view on it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from canvas_driver import make_board

from okrworkshop.storage import write_okrw


class FakeFinding:
    """What the canvas reads from a rules finding (tests only: the app uses okrworkshop.rules)."""

    def __init__(self, rule: str, severity: str, entity_id: str | None, message: str, hint: str = "") -> None:
        self.rule, self.severity, self.entity_id = rule, severity, entity_id
        self.message, self.hint, self.source, self.path = message, hint, "test", "teams[0]"


class FakeChecker:
    """A checker with scripted findings that records what it was asked to refresh."""

    def __init__(self, board: Any) -> None:
        self.board = board
        self.scripted: list[FakeFinding] = []
        self.refreshed: list[Any] = []

    def refresh(self, changed_ids: Any = None) -> set[str]:
        self.refreshed.append(None if changed_ids is None else set(changed_ids))
        return {f.entity_id for f in self.scripted if f.entity_id}

    def findings(self) -> list[FakeFinding]:
        return list(self.scripted)

    def findings_for(self, entity_id: str) -> list[FakeFinding]:
        return [f for f in self.scripted if f.entity_id == entity_id]

    def summary(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in self.scripted:
            counts[finding.severity] += 1
        return counts


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.okrw"
    write_okrw(make_board(), path)
    return path


@pytest.fixture
def document(workshop_path: Path, qapp: Any) -> Iterator[Any]:
    from okrworkshop.canvas.document import Document

    opened = Document.open(workshop_path)
    yield opened
    opened.close()


@pytest.fixture
def view(document: Any, qtbot: Any) -> Any:
    """A shown 1400×1000 view at 100 % on the board's top-left corner."""
    from okrworkshop.canvas.scene import BoardScene
    from okrworkshop.canvas.view import BoardView

    scene = BoardScene(document)
    board_view = BoardView(scene)
    board_view.resize(1400, 1000)
    qtbot.addWidget(board_view)
    board_view.show()
    qtbot.waitExposed(board_view)
    board_view.activateWindow()
    board_view.setFocus()
    board_view.show_top_left()
    board_view.scene_ref = scene  # keep the scene alive with the view
    return board_view
