"""The training commands of the window: case workshop, rounds from the keyboard, presenter mode,
interface language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget

from okrworkshop.canvas import style
from okrworkshop.canvas.document import Document
from okrworkshop.cases import load_case
from okrworkshop.storage import read_okrw, write_okrw
from okrworkshop.ui.i18n import install_language, preferred_language
from okrworkshop.ui.main_window import MainWindow
from okrworkshop.workflow.rounds import round_state


@pytest.fixture
def case_window(tmp_path: Path, qtbot: Any) -> Any:
    path = write_okrw(load_case("rayon-vert").new_board("fr", reference=False), tmp_path / "rayon.okrw")
    main = MainWindow(Document.open(path))
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    style.set_theme("normal")
    # Not handed to qtbot: a language switch deletes this window and opens another one.
    if shiboken6.isValid(main) and main.isVisible():
        main.close()


def _accept_instructions(window: Any, qtbot: Any) -> None:
    dialog = window.rounds_dock.instructions_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog.accept()


def test_a_case_workshop_opens_with_its_brief_and_rounds(case_window: Any) -> None:
    assert case_window.brief_dock.isVisible() or case_window.rounds_dock.isVisible()
    assert case_window.window_actions["show_brief"].isChecked() == case_window.brief_dock.isVisible()
    case_window.window_actions["show_rounds"].trigger()
    assert case_window.rounds_dock.isVisible()


def test_rounds_run_from_the_keyboard_alone(case_window: Any, qtbot: Any) -> None:
    board = case_window.document.board
    first = board.rounds()[0]
    qtbot.keyClick(
        case_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    _accept_instructions(case_window, qtbot)
    assert round_state(board.get(first.id)) == "running"
    assert case_window.timer_dock.isVisible()
    countdown = case_window.round_timer.countdown
    qtbot.keyClick(
        case_window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert countdown.duration_s == first.duration_s + 60
    qtbot.keyClick(
        case_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not countdown.running
    qtbot.keyClick(
        case_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert round_state(board.get(first.id)) == "done"
    assert [s.round_id for s in board.snapshots()] == [first.id]
    assert not case_window.timer_dock.isVisible()
    # The file has it all, and the next shortcut starts the next round.
    assert round_state(read_okrw(case_window.document.path).get(first.id)) == "done"
    qtbot.keyClick(
        case_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    _accept_instructions(case_window, qtbot)
    assert round_state(board.get(board.rounds()[1].id)) == "running"


def test_presenter_mode_hides_the_chrome_and_comes_back(case_window: Any, qtbot: Any) -> None:
    visible_docks = {d.objectName() for d in case_window.findChildren(QDockWidget) if d.isVisible()}
    zoom = case_window.view.zoom()
    qtbot.keyClick(case_window, Qt.Key.Key_F11)
    assert case_window.presenting
    assert case_window.isFullScreen()
    assert not case_window.menuBar().isVisible()
    assert not case_window.toolbar.isVisible()
    assert [d for d in case_window.findChildren(QDockWidget) if d.isVisible()] == []
    assert style.theme().name == "high_contrast"
    # key results at 24 px or more on the screen the window is on (not a fixed factor)
    ratio = case_window.view.screen().devicePixelRatio()
    assert style.font("key-result").pixelSize() * case_window.view.zoom() * ratio >= 24.0 - 1e-6
    assert case_window.window_actions["presenter"].isChecked()
    qtbot.keyClick(case_window, Qt.Key.Key_F11)
    assert not case_window.presenting
    assert case_window.menuBar().isVisible()
    assert style.theme().name == "normal"
    assert case_window.view.zoom() == pytest.approx(zoom)
    assert {d.objectName() for d in case_window.findChildren(QDockWidget) if d.isVisible()} == visible_docks


def test_presenter_mode_keeps_the_running_timer_on_top(case_window: Any, qtbot: Any) -> None:
    case_window.start_next_round()
    _accept_instructions(case_window, qtbot)
    case_window.toggle_presenter(True)
    assert case_window.timer_dock.isVisible()
    assert case_window.dockWidgetArea(case_window.timer_dock) == Qt.DockWidgetArea.TopDockWidgetArea
    case_window.toggle_presenter(False)


def test_switching_the_language_rebuilds_the_window_on_the_same_workshop(
    case_window: Any, qtbot: Any
) -> None:
    install_language("en")
    path = case_window.document.path
    assert case_window.menus["workshop"].title() == "&Workshop"
    case_window.window_actions["language_fr"].trigger()
    try:
        assert preferred_language() == "fr"
        new = QApplication.instance().property("main_window")
        assert new is not case_window
        assert new.document.path == path
        assert new.menus["workshop"].title() == "&Atelier"
        assert new.window_actions["language_fr"].isChecked()
        assert not new.window_actions["language_en"].isChecked()
        assert not shiboken6.isValid(case_window) or not case_window.isVisible()
        new.document.board.set_workshop(title="Après le changement de langue")
        assert read_okrw(path).workshop.title == "Après le changement de langue"
        new.close()
    finally:
        install_language("en")


def test_new_workshop_from_a_case_goes_to_the_data_folder(
    case_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from okrworkshop.ui import case_dialog

    def choose(parent: Any, language: str | None = None) -> Any:
        return load_case("mijote").new_board("en", reference=True)

    monkeypatch.setattr(case_dialog, "choose_case_board", choose)
    case_window.window_actions["new_from_case"].trigger()
    board = case_window.document.board
    assert board.workshop.case_id == "mijote"
    assert "untitled" in case_window.document.path.parts
    assert read_okrw(case_window.document.path).workshop.case_id == "mijote"
    assert case_window.rounds_dock.isVisible()


def test_reveal_opens_beside_the_board(case_window: Any, qtbot: Any) -> None:
    qtbot.keyClick(case_window, Qt.Key.Key_F4)
    dialog = case_window.reveal_dialog
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_looking_around_in_the_app_leaves_the_file_byte_identical(tmp_path: Path, qtbot: Any) -> None:
    import hashlib

    path = write_okrw(load_case("calora").new_board("fr", reference=True), tmp_path / "calora.okrw")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    window = MainWindow(Document.open(path))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.live.run()
    window.view.fit_board()
    window.show_reveal()
    window.reveal_dialog.close()
    window.toggle_presenter(True)
    window.toggle_presenter(False)
    window.close()
    style.set_theme("normal")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calora.okrw"]


def test_presenter_mode_keeps_the_dock_check_marks(case_window: Any, qtbot: Any) -> None:
    case_window.window_actions["show_rounds"].setChecked(True)
    assert case_window.rounds_dock.isVisible()
    case_window.toggle_presenter(True)
    assert case_window.window_actions["presenter"].isChecked()
    assert case_window.window_actions["show_rounds"].isChecked()  # hidden for the room, not switched off
    case_window.toggle_presenter(False)
    assert not case_window.window_actions["presenter"].isChecked()
    assert case_window.rounds_dock.isVisible()
    assert case_window.window_actions["show_rounds"].isChecked()
