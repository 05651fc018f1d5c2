"""A session that picks up where it left: the last workshop, the recent ones, the window, the folders.

Each test starts the window as ``okrworkshop`` does (``start_window``, ``open_window``), changes
it the way a trainer does (keys, the menu clicked where it is drawn), closes it, and starts again.
No test opens a dialog that waits: the file dialogs' static functions are patched where a test is
about their arguments (and fail the test anywhere else: see ``tests/conftest.py``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from canvas_driver import make_board, snapshot
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from okrworkshop.demo import DEMO_FILE_NAME
from okrworkshop.model import Note
from okrworkshop.storage import read_okrw, write_okrw
from okrworkshop.ui import session
from okrworkshop.ui.launch import open_window, start_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def windows(qtbot: Any) -> Iterator[list[Any]]:
    """Windows the test opened; whatever is still open is closed at the end."""
    opened: list[Any] = []
    yield opened
    for window in opened:
        if window.isVisible():
            window.close()


def start(windows: list[Any], qtbot: Any, path: Path | None = None) -> Any:
    window = start_window() if path is None else open_window(str(path))
    qtbot.addWidget(window)
    windows.append(window)
    qtbot.waitExposed(window)
    window.activateWindow()  # the keys go to this window (shortcuts need it active)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def quit_window(window: Any) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def workshop(tmp_path: Path, name: str, title: str = "Test workshop") -> Path:
    board = make_board()
    board.set_workshop(title=title)
    path = tmp_path / name
    write_okrw(board, path)
    return path


def centre_of(window: Any) -> QPointF:
    view = window.view
    return view.mapToScene(view.viewport().rect().center())


def test_the_first_start_shows_the_demo_and_asks_nothing(windows: list[Any], qtbot: Any) -> None:
    assert session.last_workshop() is None
    window = start(windows, qtbot)
    demo = window.document.path
    assert demo.name == DEMO_FILE_NAME
    assert window.statusBar().currentMessage() == ""
    assert QApplication.activeModalWidget() is None
    quit_window(window)
    assert session.last_workshop() == demo.resolve()


def test_a_bare_start_reopens_the_last_workshop_with_its_edits_zoom_and_place(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    path = workshop(tmp_path, "sales.okrw")
    window = start(windows, qtbot, path)
    window.resize(780, 720)  # within the offscreen screen (800×800): a window is kept on its screen
    qtbot.waitUntil(lambda: window.size().width() == 780)
    window.document.board.add(Note("Kept for tomorrow", x=200, y=1000))  # an edit, as a command would
    window.view.actual_size()
    for _ in range(2):
        QTest.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    zoom = window.view.zoom()
    window.view.centerOn(QPointF(700, 450))
    centre = centre_of(window)
    left = snapshot(window.document.board)
    size = window.size()
    quit_window(window)

    again = start(windows, qtbot)
    assert again.document.path == path.resolve() or again.document.path == path
    assert snapshot(again.document.board) == left
    assert "Kept for tomorrow" in [n.text for n in again.document.board.all(Note)]
    assert again.view.zoom() == pytest.approx(zoom)
    back = centre_of(again)
    assert abs(back.x() - centre.x()) < 2 and abs(back.y() - centre.y()) < 2
    assert again.size() == size
    assert again.zoom_label.text() == f"{zoom * 100:.0f} %"


def test_a_workshop_named_on_the_command_line_shows_whole(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    first = workshop(tmp_path, "first.okrw")
    window = start(windows, qtbot, first)
    window.view.set_zoom(2.0)
    quit_window(window)
    again = start(windows, qtbot, first)  # opening a file by name shows all of it
    board_rect = again.scene.board_rect()
    assert again.view.visible_rect().contains(board_rect)


def test_when_the_last_file_is_gone_the_demo_shows_and_the_status_bar_says_why(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    path = workshop(tmp_path, "moved away.okrw")
    quit_window(start(windows, qtbot, path))
    path.unlink()
    window = start(windows, qtbot)
    assert window.document.path.name == DEMO_FILE_NAME
    message = window.statusBar().currentMessage()
    assert "moved away.okrw" in message and str(tmp_path) in message and "demo" in message
    assert QApplication.activeModalWidget() is None


def test_when_the_last_file_cannot_be_opened_the_demo_shows_without_a_dialog(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    path = workshop(tmp_path, "damaged.okrw")
    quit_window(start(windows, qtbot, path))
    path.write_bytes(b"no longer a workshop")
    window = start(windows, qtbot)
    assert window.document.path.name == DEMO_FILE_NAME
    assert "damaged.okrw" in window.statusBar().currentMessage()
    assert path.read_bytes() == b"no longer a workshop"  # left as found


def test_the_docks_come_back_where_they_were_left(windows: list[Any], qtbot: Any, tmp_path: Path) -> None:
    path = workshop(tmp_path, "docks.okrw")
    window = start(windows, qtbot, path)
    assert window.palette_dock.isVisible() and not window.rounds_dock.isVisible()
    QTest.keyClick(window.view, Qt.Key.Key_F3)  # the rounds dock opens
    assert window.rounds_dock.isVisible()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.palette_dock)  # moved
    quit_window(window)
    again = start(windows, qtbot)
    assert again.rounds_dock.isVisible()
    assert again.dockWidgetArea(again.palette_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.window_actions["show_rounds"].isChecked()


def test_presenter_mode_is_not_kept_as_the_window_layout(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    path = workshop(tmp_path, "presenting.okrw")
    window = start(windows, qtbot, path)
    window.resize(770, 690)
    qtbot.waitUntil(lambda: window.width() == 770)
    window.view.set_zoom(0.5)
    quit_window(window)
    window = start(windows, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_F11)
    assert window.presenting
    window.close()
    again = start(windows, qtbot)
    assert not again.isFullScreen() and (again.width(), again.height()) == (770, 690)
    assert again.palette_dock.isVisible() and again.menuBar().isVisible()
    assert again.view.zoom() == pytest.approx(0.5)  # the zoom before presenting


# ------------------------------------------------------------------ recent workshops
def recent_entries(window: Any) -> list[tuple[str, bool]]:
    menu = window.recent_menu
    menu.aboutToShow.emit()
    return [(a.text(), a.isEnabled()) for a in menu.actions() if a.objectName() == "action_recent"]


def click_in_menu(menu: QMenu, qtbot: Any, wanted: str) -> None:
    """Pop ``menu`` up and click the entry whose text contains ``wanted`` where it is drawn."""
    menu.popup(QPoint(40, 40))
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if wanted in a.text().replace("&", ""))
    centre = menu.actionGeometry(action).center()
    QTest.mouseMove(menu, centre)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_recent_workshops_latest_first_missing_greyed_and_cleared(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    paths = [workshop(tmp_path, f"w{n}.okrw") for n in range(10)]
    window = start(windows, qtbot, paths[0])
    for path in paths[1:]:
        assert window.open_path(path)
    entries = recent_entries(window)
    assert len(entries) == session.MAX_RECENT == 8
    assert [text.split(" ")[1] for text, _ in entries] == [f"w{n}.okrw" for n in range(9, 1, -1)]
    assert entries[0][0].startswith("&1 ")
    assert all(enabled for _, enabled in entries)
    paths[5].unlink()
    entries = recent_entries(window)
    greyed = [text for text, enabled in entries if not enabled]
    assert len(greyed) == 1 and "w5.okrw" in greyed[0] and "not found" in greyed[0]
    click_in_menu(window.recent_menu, qtbot, "Clear list")
    assert recent_entries(window) == []
    empty = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in empty] == ["No recent workshops", "&Clear list"]
    assert not any(a.isEnabled() for a in empty)
    quit_window(window)
    assert session.last_workshop() == paths[9].resolve()  # clearing the list forgets no session


def test_a_recent_workshop_clicked_in_the_menu_opens_as_it_was_left(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    first = workshop(tmp_path, "first.okrw", "First")
    second = workshop(tmp_path, "second.okrw", "Second")
    window = start(windows, qtbot, first)
    window.view.set_zoom(0.6)
    window.view.centerOn(QPointF(300, 200))
    centre = centre_of(window)
    assert window.open_path(second)
    assert window.document.path == second
    assert [t.split(" ")[1] for t, _ in recent_entries(window)] == ["second.okrw", "first.okrw"]
    window.fill_recent_menu()
    click_in_menu(window.recent_menu, qtbot, "first.okrw")
    qtbot.waitUntil(lambda: window.document.path == first)
    qtbot.wait(20)  # the view is put back once the board is laid out
    assert window.view.zoom() == pytest.approx(0.6)
    back = centre_of(window)
    assert abs(back.x() - centre.x()) < 2 and abs(back.y() - centre.y()) < 2
    assert window.document.board.workshop.title == "First"


def test_a_recent_file_gone_since_the_menu_was_filled_is_reported(
    windows: list[Any], qtbot: Any, tmp_path: Path
) -> None:
    first = workshop(tmp_path, "first.okrw")
    second = workshop(tmp_path, "second.okrw")
    window = start(windows, qtbot, first)
    window.open_path(second)
    window.fill_recent_menu()
    shutil.move(first, tmp_path / "elsewhere.okrw")
    assert not window.open_recent(first)
    assert "first.okrw" in window.statusBar().currentMessage()
    assert window.document.path == second


# --------------------------------------------------------------------------- folders
def test_open_starts_in_documents_then_in_the_folder_last_used(
    windows: list[Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_home: Path
) -> None:
    documents = user_home / "Documents"
    assert not documents.exists()
    elsewhere = tmp_path / "clients" / "acme"
    elsewhere.mkdir(parents=True)
    chosen = workshop(elsewhere, "acme.okrw")
    asked: list[str] = []

    def get_open_file_name(_parent: Any, _title: str, folder: str, _filters: str) -> tuple[str, str]:
        asked.append(folder)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    window = start(windows, qtbot, workshop(tmp_path, "start.okrw"))
    QTest.keyClick(window.view, Qt.Key.Key_O, CTRL)
    assert asked == [str(documents)] and documents.is_dir()  # Documents, created for the occasion
    assert window.document.path == chosen
    QTest.keyClick(window.view, Qt.Key.Key_O, CTRL)
    assert asked[1] == str(elsewhere)
    quit_window(window)
    again = start(windows, qtbot)
    QTest.keyClick(again.view, Qt.Key.Key_O, CTRL)
    assert asked[2] == str(elsewhere)  # kept from one run to the next


def test_save_a_copy_proposes_the_title_as_the_name(
    windows: list[Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_home: Path
) -> None:
    asked: list[str] = []
    answer: list[str] = []

    def get_save_file_name(_parent: Any, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return (answer.pop(0) if answer else ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    window = start(windows, qtbot, workshop(tmp_path, "start.okrw"))
    QTest.keyClick(window.view, Qt.Key.Key_N, CTRL)  # a new, untitled workshop
    assert window.document.path.name == "New workshop.okrw"  # named after its title, no date
    window.document.board.set_workshop(title="Atelier « Vélo » / tour 2")
    QTest.keyClick(window.view, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    documents = user_home / "Documents"
    assert asked == [str(documents / "Atelier « Vélo » - tour 2.okrw")]
    target = tmp_path / "kept" / "copy.okrw"
    target.parent.mkdir()
    answer.append(str(target))
    QTest.keyClick(window.view, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert read_okrw(target).workshop.title == "Atelier « Vélo » / tour 2"
    QTest.keyClick(window.view, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked[2] == str(target.parent / "Atelier « Vélo » - tour 2.okrw")  # the folder last used


def test_a_copy_of_a_named_workshop_is_proposed_beside_it_never_over_it(
    windows: list[Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def get_save_file_name(_parent: Any, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    path = workshop(tmp_path, "Test workshop.okrw")  # its file name is its title
    window = start(windows, qtbot, path)
    window.save_copy_as()
    assert asked == [str(tmp_path / "Test workshop copy.okrw")]


def test_settings_of_one_test_do_not_reach_another() -> None:
    # Every test has its own settings file (tests/conftest.py): nothing from the tests above.
    assert session.recent_workshops() == [] and session.last_workshop() is None
    assert QSettings().allKeys() == []


def test_a_lost_demo_is_made_afresh_without_a_word(windows: list[Any], qtbot: Any) -> None:
    window = start(windows, qtbot)
    demo = window.document.path
    quit_window(window)
    demo.unlink()
    again = start(windows, qtbot)
    assert again.document.path == demo and demo.exists()
    assert again.statusBar().currentMessage() == ""


def test_the_settings_file_is_written_only_when_the_session_changes(tmp_path: Path, qapp: Any) -> None:
    # Each save of the settings file is a synced write (8-30 ms here), paid before the first paint:
    # remembering what is already remembered must not write it again.
    first, second = workshop(tmp_path, "a.okrw"), workshop(tmp_path, "b.okrw")
    session.remember_workshop(first, 0.8, (10.0, 20.0))
    session.remember_workshop(second)
    settings_file = Path(QSettings().fileName())
    written = settings_file.read_bytes()
    stamp = settings_file.stat().st_mtime_ns
    QTest.qWait(30)  # past the file system's clock tick: a rewrite would show in the time stamp
    session.remember_workshop(second)  # already first, already the last one, no view given
    session.remember_workshop(second, None, None)
    assert settings_file.stat().st_mtime_ns == stamp and settings_file.read_bytes() == written
    # A change is written: the other workshop back in front, then a new zoom for it.
    session.remember_workshop(first)
    assert [e.path for e in session.recent_workshops()] == [first.resolve(), second.resolve()]
    assert session.recent_view(first) == session.RecentWorkshop(first.resolve(), 0.8, (10.0, 20.0))
    assert session.last_workshop() == first.resolve()
    session.remember_workshop(first, 1.5, (1.0, 2.0))
    assert session.recent_view(first) == session.RecentWorkshop(first.resolve(), 1.5, (1.0, 2.0))
    assert settings_file.read_bytes() != written
