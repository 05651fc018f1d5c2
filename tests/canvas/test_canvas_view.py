"""Navigation and keyboard on the board view: zoom, pan, nudge, edit, delete, Tab."""

from __future__ import annotations

from typing import Any

import pytest
from canvas_driver import click, drag, move, press, release, reopened, scene_point, snapshot, wheel
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_ctrl_wheel_zooms_around_the_mouse(view: Any) -> None:
    anchor = QPointF(500, 300)
    before = QPointF(view.mapFromScene(anchor))
    wheel(view, anchor, 2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25**2)
    after = QPointF(view.mapFromScene(anchor))
    assert abs(after.x() - before.x()) <= 2 and abs(after.y() - before.y()) <= 2
    wheel(view, anchor, -4, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25**-2)


def test_plain_wheel_scrolls_instead_of_zooming(view: Any) -> None:
    view.set_zoom(1.0)
    top = view.verticalScrollBar().value()
    wheel(view, QPointF(300, 300), -3)
    assert view.zoom() == 1.0
    assert view.verticalScrollBar().value() > top


def test_pinch_zooms(view: Any) -> None:
    point = QPointF(view.viewport().rect().center())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        point,
        point,
        QPointF(view.viewport().mapToGlobal(point.toPoint())),
        0.5,
        QPointF(0, 0),
        1,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.5)


def test_zoom_limits_and_fit(view: Any) -> None:
    for _ in range(30):
        view.zoom_in()
    assert view.zoom() == pytest.approx(4.0)
    view.fit_board()
    visible = view.visible_rect()
    assert visible.contains(view.board_scene.board_rect().adjusted(5, 5, -5, -5))
    assert view.zoom() <= 1.0


def test_middle_button_and_space_drag_pan(view: Any, qtbot: Any) -> None:
    view.set_zoom(1.0)
    start = view.visible_rect().center()
    drag(view, [QPointF(600, 400), QPointF(500, 300)], button=Qt.MouseButton.MiddleButton)
    moved = view.visible_rect().center()
    assert moved.x() > start.x() + 50 and moved.y() > start.y() + 50
    # Space held: a left drag pans too, even starting on a card, and moves nothing.
    board = view.board_scene.board
    before = snapshot(board)
    grow = view.board_scene.cards["obj-grow"]
    view.show_top_left()
    QTest.keyPress(view, Qt.Key.Key_Space)
    origin = view.visible_rect().center()
    here = scene_point(grow, 100, 20)
    press(view, here)
    move(view, here + QPointF(-80, -60))
    release(view, here + QPointF(-80, -60))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert snapshot(board) == before
    assert view.visible_rect().center() != origin


def test_arrow_keys_nudge_and_merge_into_one_undo_step(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before = snapshot(board)
    click(view, scene_point(scene.cards["obj-grow"], 100, 15))
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    grow = board.get("obj-grow")
    assert (grow.x, grow.y) == (60.0, 120.0)  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    assert reopened(document.path) == snapshot(board)
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_arrow_keys_reorder_a_selected_key_result(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    click(view, scene_point(scene.cards["kr-arr"], 30, 8))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert [k.id for k in board.key_results("obj-grow")] == ["kr-churn", "kr-arr", "kr-nps"]
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)  # already first: nothing
    assert [k.id for k in board.key_results("obj-grow")] == ["kr-arr", "kr-churn", "kr-nps"]


def test_tab_walks_the_cards_in_draft_order(view: Any) -> None:
    scene = view.board_scene
    order = []
    for _ in range(4):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        order.append(scene.selected_ids())
    assert order == [["obj-grow"], ["kr-arr"], ["kr-churn"], ["ini-call"]]
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert scene.selected_ids() == ["kr-churn"]


def test_delete_key_path_deletes_the_selection_in_one_step(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before = snapshot(board)
    click(view, scene_point(scene.cards["obj-public"], 100, 15))
    click(view, scene_point(scene.cards["note-finance"], 20, 20), Qt.KeyboardModifier.ControlModifier)
    assert scene.interactions.delete_selected()
    assert "obj-public" not in board and "kr-tenders" not in board and "note-finance" not in board
    assert "obj-public" not in scene.cards and "kr-tenders" not in scene.cards
    assert document.undo_stack.undoText() == "Delete 2 cards"
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert "kr-tenders" in scene.cards


def test_selected_link_deletes_as_unlink(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    arrow = scene.arrows["obj-delight"]
    arrow.setSelected(True)
    assert scene.interactions.delete_selected()
    assert board.get("obj-delight").aligned_to is None  # type: ignore[union-attr]
    assert "obj-delight" in board
    assert document.undo_stack.undoText() == "Remove alignment"


def test_escape_cancels_a_gesture_without_changes(view: Any, document: Any) -> None:
    scene, board = view.board_scene, document.board
    before = snapshot(board)
    churn = scene.cards["kr-churn"]
    start = scene_point(churn, 30, 8)
    press(view, start)
    for step in range(1, 6):
        move(view, start + QPointF(60 * step, 0))
    assert scene.interactions.gesture is not None
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert scene.interactions.gesture is None
    release(view, start + QPointF(300, 0))
    assert snapshot(board) == before
    assert churn.opacity() == 1.0


def test_native_gesture_other_than_zoom_is_ignored(view: Any) -> None:
    point = QPointF(100, 100)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.RotateNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        point,
        point,
        point,
        30.0,
        QPointF(0, 0),
        1,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == 1.0
    assert event.type() == QEvent.Type.NativeGesture
