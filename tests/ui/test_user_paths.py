"""The paths a person takes: right-click menus, dialogs by keys and clicks, every documented shortcut.

Menus are opened the way a right-click opens them (a context-menu event on the widget under the
pointer, which then blocks in ``QMenu.exec``) and their entries are clicked where they are drawn;
dialogs are opened by their shortcut and filled in with keys. Each test asserts on the model and on
the reopened file, never on which handler ran.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from canvas_driver import click, scene_point, viewport_point
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu, QWidget

from okrworkshop.storage import read_okrw

README = Path(__file__).resolve().parents[2] / "README.md"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0].strip()


def choose_in_menu(
    open_menu: Callable[[], None], path: list[str], seen: list[list[str]] | None = None
) -> None:
    """Open a menu with ``open_menu`` (it blocks while the menu is up) and click through ``path``.

    Each step clicks the entry where the menu draws it; a submenu entry opens its submenu. What
    each menu offered is appended to ``seen``; a missing entry closes the menus and fails the test.
    """
    steps = list(path)
    failures: list[str] = []

    def step() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu) or not popup.isVisible():
            QTimer.singleShot(20, step)
            return
        entries = {_plain(a.text()): a for a in popup.actions() if not a.isSeparator()}
        if seen is not None:
            seen.append(list(entries))
        wanted = steps.pop(0)
        action = entries.get(wanted)
        if action is None:
            failures.append(f"no {wanted!r} in {list(entries)}")
            while QApplication.activePopupWidget() is not None:
                QApplication.activePopupWidget().close()
            return
        QTest.mouseMove(popup, popup.actionGeometry(action).center())
        QTest.mouseClick(popup, LEFT, pos=popup.actionGeometry(action).center())
        if steps:
            QTimer.singleShot(60, step)

    QTimer.singleShot(30, step)
    open_menu()
    QApplication.processEvents()
    assert not failures, failures[0]


def right_click(widget: QWidget, pos: QPoint) -> Callable[[], None]:
    """What a right-click at ``pos`` sends: a context-menu event from the mouse."""

    def send() -> None:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)

    return send


def focus_board(window: Any) -> None:
    """Keys go where a person's would: the window active, the board focused."""
    window.activateWindow()
    window.raise_()
    window.view.setFocus()
    for _ in range(50):
        if QApplication.activeWindow() is window:
            break
        QApplication.processEvents()
        QTest.qWait(10)


def on_card(window: Any, card_id: str) -> QPoint:
    point = viewport_point(window.view, scene_point(window.scene.cards[card_id], 20, 10))
    return QPoint(int(point.x()), int(point.y()))


def test_right_click_a_finding_switches_its_rule_off(window: Any, qtbot: Any, workshop_path: Path) -> None:
    window.live.run()
    rows = window.findings.rows()
    target = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole + 1))
    rule_id = str(target.data(Qt.ItemDataRole.UserRole + 1))
    tree = window.findings.tree
    tree.scrollToItem(target)
    where = tree.visualItemRect(target).center()
    choose_in_menu(
        right_click(tree.viewport(), where),
        [f"Switch this rule off for this workshop ({rule_id})"],
    )
    assert rule_id in window.document.board.workshop.disabled_rules
    assert rule_id in read_okrw(workshop_path).workshop.disabled_rules
    window.live.run()
    assert not any(f.rule == rule_id for f in window.live.checker.findings())
    focus_board(window)
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert rule_id not in read_okrw(workshop_path).workshop.disabled_rules


def test_right_click_a_card_deletes_it_and_ctrl_z_brings_it_back(window: Any, workshop_path: Path) -> None:
    seen: list[list[str]] = []
    choose_in_menu(right_click(window.view.viewport(), on_card(window, "kr-nps")), ["Delete"], seen)
    assert "Edit text" in seen[0]
    assert "kr-nps" not in window.document.board
    assert "kr-nps" not in {k.id for k in read_okrw(workshop_path).key_results()}
    focus_board(window)
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert "kr-nps" in {k.id for k in read_okrw(workshop_path).key_results()}


def test_right_click_a_lane_recolours_it(window: Any, workshop_path: Path) -> None:
    from okrworkshop.palette import TEAM_COLOURS

    lane = window.scene.lanes["team-support"]
    point = viewport_point(
        window.view, lane.mapToScene(lane.boundingRect().topLeft()) + type(lane.pos())(60, 14)
    )
    colour = next(c for c in TEAM_COLOURS if c != window.document.board.get("team-support").colour)
    choose_in_menu(
        right_click(window.view.viewport(), QPoint(int(point.x()), int(point.y()))), ["Colour", colour]
    )
    assert window.document.board.get("team-support").colour == colour
    assert read_okrw(workshop_path).get("team-support").colour == colour  # type: ignore[union-attr]


def _in_dialog(act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it shows; returns problems met."""
    problems: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, look)
            return
        try:
            act(dialog)
        except Exception as exc:  # reported by the test, after the dialog is closed
            problems.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(30, look)
    return problems


def test_f6_opens_the_settings_typed_and_confirmed_by_keys_and_clicks(
    window: Any, workshop_path: Path
) -> None:
    def fill(dialog: QDialog) -> None:
        title = dialog.title_edit  # type: ignore[attr-defined]
        title.setFocus()
        QTest.keyClick(title, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(title, "Atelier Ventes - tour 3")
        period = dialog.period_edit  # type: ignore[attr-defined]
        QTest.mouseClick(period, LEFT)
        QTest.keyClick(period, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(period, "2027-T2")
        box = dialog.findChild(QDialogButtonBox)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, LEFT)

    focus_board(window)
    steps_before = window.document.undo_stack.count()
    problems = _in_dialog(fill)
    QTest.keyClick(window.view, Qt.Key.Key_F6)
    assert problems == []
    workshop = read_okrw(workshop_path).workshop
    assert (workshop.title, workshop.period) == ("Atelier Ventes - tour 3", "2027-T2")
    assert window.document.undo_stack.count() == steps_before + 1


def test_escape_in_the_settings_changes_nothing(window: Any, workshop_path: Path) -> None:
    before = workshop_path.read_bytes()

    def type_then_escape(dialog: QDialog) -> None:
        QTest.keyClicks(dialog.title_edit, " brouillon")  # type: ignore[attr-defined]
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    problems = _in_dialog(type_then_escape)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F6)
    assert problems == []
    assert workshop_path.read_bytes() == before


# ------------------------------------------------------------------------------ shortcuts
def documented_shortcuts() -> list[str]:
    """The key combinations of the README's Keyboard table that name a window command."""
    text = README.read_text(encoding="utf-8")
    table = text.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    keys: list[str] = []
    for line in table.splitlines():
        if not line.startswith("| ") or line.startswith("| keys"):
            continue
        cell = line.split("|")[1]
        prefix = ""
        for token in re.split(r" / |, | \(or |\)", cell):
            token = token.strip().strip("()")
            if not token:
                continue
            if re.fullmatch(r"[A-Z]", token) and prefix:  # "Ctrl+Shift+R / P / M / E"
                token = prefix + token
            if re.fullmatch(r"(Ctrl\+)?(Shift\+)?(F\d+|[A-Z0-9]|\+|-)", token) and (
                token.startswith(("Ctrl", "F"))
            ):
                keys.append(token)
                prefix = token[:-1] if token[-1].isalpha() and token.startswith("Ctrl") else prefix
    return keys


def _window_commands(window: Any) -> dict[str, QAction]:
    found: dict[str, QAction] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            found.setdefault(sequence.toString(), action)
    return found


def test_the_readme_table_is_read_whole() -> None:
    keys = documented_shortcuts()
    for expected in ("Ctrl+X", "Ctrl+G", "Ctrl+1", "Ctrl+Shift+M", "F11", "Ctrl+Y", "Ctrl+Shift+Z", "F6"):
        assert expected in keys, keys


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presenter"])
def test_every_documented_shortcut_is_a_live_window_command(window: Any, presenting: bool) -> None:
    focus_board(window)
    if presenting:
        QTest.keyClick(window.view, Qt.Key.Key_F11)
        assert window.menuBar().isHidden()
    commands = _window_commands(window)
    missing = []
    for key in documented_shortcuts():
        sequence = QKeySequence(key).toString()
        action = commands.get(sequence)
        if action is None:
            missing.append(key)
            continue
        # Reachable while the menus are hidden: the action belongs to the window itself.
        assert any(
            w is window or w.isVisible() for w in action.associatedObjects() if isinstance(w, QWidget)
        ), key
    assert missing == []


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presenter"])
def test_ctrl_x_cut_ctrl_v_paste_ctrl_g_snap_ctrl_1_zoom(
    window: Any, presenting: bool, workshop_path: Path
) -> None:
    focus_board(window)
    if presenting:
        QTest.keyClick(window.view, Qt.Key.Key_F11)
        assert window.menuBar().isHidden()
    view = window.view
    view.setFocus()
    click(view, scene_point(window.scene.cards["kr-nps"], 20, 8))
    QTest.keyClick(view, Qt.Key.Key_X, CTRL)
    assert "NPS from 20 to 40" not in {k.title for k in read_okrw(workshop_path).key_results()}
    click(view, scene_point(window.scene.cards["obj-grow"], 20, 8))
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    assert "NPS from 20 to 40" in {k.title for k in read_okrw(workshop_path).key_results()}
    snapping = window.window_actions["snap"].isChecked()
    QTest.keyClick(view, Qt.Key.Key_G, CTRL)
    assert window.window_actions["snap"].isChecked() is not snapping
    QTest.keyClick(view, Qt.Key.Key_Minus, CTRL)
    QTest.keyClick(view, Qt.Key.Key_Minus, CTRL)
    zoomed_out = view.transform().m11()
    QTest.keyClick(view, Qt.Key.Key_1, CTRL)
    actual = view.transform().m11()
    assert actual > zoomed_out
    QTest.keyClick(view, Qt.Key.Key_1, CTRL)
    assert view.transform().m11() == pytest.approx(actual)  # actual size is a fixed point
