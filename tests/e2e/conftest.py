"""The real-input suite: the app's window on a private X server, driven by xdotool.

It runs in a pytest process of its own (``scripts/test`` starts it with ``QT_QPA_PLATFORM=xcb``):
the main suite's process has already made its QApplication offscreen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "canvas"))

from canvas_driver import make_board, snapshot
from realinput import RealInput, pump, wait_until
from xserver import XServer, start_x_server

from okrworkshop.storage import read_okrw, write_okrw

WINDOW_SIZE = (1400, 900)


@pytest.fixture(scope="session")
def x_server() -> Iterator[XServer]:
    if os.environ.get("QT_QPA_PLATFORM") != "xcb":
        pytest.fail("the real-input tests run on a real X server: QT_QPA_PLATFORM=xcb (see scripts/test)")
    server = start_x_server()
    os.environ["DISPLAY"] = server.display
    os.environ.pop("WAYLAND_DISPLAY", None)
    yield server
    server.stop_window_manager()


@pytest.fixture(scope="session")
def qapp(x_server: XServer) -> Any:
    """The app's QApplication on the suite's X server, interface in English."""
    from PySide6.QtWidgets import QApplication

    from okrworkshop.canvas.style import load_fonts
    from okrworkshop.ui.i18n import install_language

    app = QApplication.instance() or QApplication(["okrworkshop"])
    app.setApplicationName("okrworkshop")
    app.setOrganizationName("okrworkshop")
    install_language("en")
    load_fonts()
    return app


@pytest.fixture
def real(x_server: XServer, qapp: Any) -> RealInput:
    return RealInput(x_server.env)


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    path = tmp_path / "e2e.okrw"
    write_okrw(make_board(), path)
    return path


class App:
    """Opening the app's window on a workshop file, quitting it, opening it again."""

    def __init__(self, real: RealInput, path: Path) -> None:
        self.real = real
        self.path = path
        self.window: Any = None

    def open(self) -> Any:
        """``okrworkshop FILE``: the window on this test's workshop."""
        from okrworkshop.ui.launch import open_window

        return self._shown(open_window(str(self.path), WINDOW_SIZE))

    def start(self) -> Any:
        """A bare ``okrworkshop``: the window on whatever the last session left open."""
        from okrworkshop.ui.launch import start_window

        return self._shown(start_window(WINDOW_SIZE))

    def _shown(self, window: Any) -> Any:
        self.window = window
        wait_until(lambda: window.isVisible() and window.windowHandle().isExposed(), what="the window shown")
        window.activateWindow()
        wait_until(window.isActiveWindow, what="the window active")
        # The window manager may still move the window once: wait for its place to settle.
        last = None
        for _ in range(50):
            pump(0.03)
            here = window.view.viewport().mapToGlobal(window.view.viewport().rect().topLeft())
            if here == last:
                break
            last = here
        return window

    def quit(self) -> dict[str, Any]:
        """Ctrl+Q; returns the board as the window left it, after checking the window closed."""
        window = self.window
        board = snapshot(window.document.board)
        self.real.key("ctrl+q")
        wait_until(lambda: not window.isVisible(), what="the window closed")
        pump(0.05)
        window.deleteLater()
        pump(0.05)
        self.window = None
        return {"board": board}

    def reopened(self) -> Any:
        return snapshot(read_okrw(self.path))

    def close(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.close()
            self.window.deleteLater()
            pump(0.05)
        self.window = None


@pytest.fixture
def app(real: RealInput, workshop_path: Path) -> Iterator[App]:
    running = App(real, workshop_path)
    yield running
    running.close()
