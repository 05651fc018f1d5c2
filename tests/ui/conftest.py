"""Fixtures of the main window tests (the canvas tests' driver and board are shared)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "canvas"))

from canvas_driver import make_board

from okrworkshop.storage import write_okrw


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "ui test.okrw"
    write_okrw(make_board(), path)
    return path


@pytest.fixture
def window(workshop_path: Path, qtbot: Any) -> Iterator[Any]:
    """The main window on the test workshop, shown at 1400×900, with the real rule engine."""
    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    main = MainWindow(Document.open(workshop_path))
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.close()
