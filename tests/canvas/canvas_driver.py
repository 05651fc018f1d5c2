"""Driving the canvas like a user: real mouse, key and drag-and-drop events on the view's viewport.

Shared by the canvas and UI tests (their conftest files put this folder on ``sys.path``).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView

from okrworkshop.model import (
    Board,
    Initiative,
    KeyResult,
    Note,
    Objective,
    Team,
    Workshop,
)
from okrworkshop.storage import read_okrw

Left = Qt.MouseButton.LeftButton
NoButton = Qt.MouseButton.NoButton
NoModifier = Qt.KeyboardModifier.NoModifier


def make_board() -> Board:
    """Two stacked lanes: Sales (2 objectives, one aligned) and Support (1 objective), a note."""
    board = Board(Workshop(title="Test workshop", language="en", period="2027-Q1"))
    sales = board.add(Team("Sales", id="team-sales", colour="#4e79a7", x=0, y=0, width=1200, height=460))
    support = board.add(
        Team("Support", id="team-support", colour="#f28e2b", order=1, x=0, y=500, width=1200, height=420)
    )
    grow = board.add(Objective(sales.id, "Grow recurring revenue", id="obj-grow", owner="Ana", x=30, y=70))
    board.add(
        KeyResult(grow.id, "ARR from 1.2M to 1.8M", id="kr-arr", baseline=1.2, target=1.8, unit="M€", order=0)
    )
    kr_churn = board.add(
        KeyResult(
            grow.id, "Churn from 4% to 2%", id="kr-churn", direction="decrease", baseline=4, target=2, order=1
        )
    )
    board.add(KeyResult(grow.id, "NPS from 20 to 40", id="kr-nps", baseline=20, target=40, order=2))
    board.add(Initiative(kr_churn.id, "Call every leaving customer", id="ini-call"))
    board.add(Objective(sales.id, "Win the public sector", id="obj-public", owner="Bo", order=1, x=400, y=70))
    board.add(KeyResult("obj-public", "Tenders won from 1 to 5", id="kr-tenders", baseline=1, target=5))
    happy = board.add(
        Objective(
            support.id,
            "Delight our customers",
            id="obj-delight",
            owner="Cy",
            x=30,
            y=570,
            aligned_to="kr-churn",
        )
    )
    board.add(KeyResult(happy.id, "CSAT from 80 to 92", id="kr-csat", baseline=80, target=92))
    board.add(Note("Ask finance for the churn data", id="note-finance", team_id=sales.id, x=800, y=80))
    return board


def snapshot(board: Board) -> tuple[Workshop, dict[str, Any]]:
    """Everything on a board, comparable with ``==``."""
    entities: dict[str, Any] = {}
    for kind in (Team, Objective, KeyResult, Initiative, Note):
        for entity in board.all(kind):
            entities[entity.id] = dataclasses.astuple(entity)
    return board.workshop, entities


def reopened(path: Path) -> tuple[Workshop, dict[str, Any]]:
    """The snapshot of the workshop file as a new reader sees it."""
    return snapshot(read_okrw(path))


# ------------------------------------------------------------------------ mouse
def viewport_point(view: QGraphicsView, scene_pos: QPointF | tuple[float, float]) -> QPointF:
    point = QPointF(*scene_pos) if isinstance(scene_pos, tuple) else scene_pos
    return QPointF(view.mapFromScene(point))


def _mouse(
    view: QGraphicsView,
    kind: QEvent.Type,
    scene_pos: Any,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier = NoModifier,
) -> None:
    local = viewport_point(view, scene_pos)
    global_pos = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    event = QMouseEvent(kind, local, global_pos, button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def press(view: QGraphicsView, pos: Any, modifiers: Any = NoModifier, button: Any = Left) -> None:
    _mouse(view, QEvent.Type.MouseButtonPress, pos, button, button, modifiers)


def move(view: QGraphicsView, pos: Any, modifiers: Any = NoModifier, buttons: Any = Left) -> None:
    _mouse(view, QEvent.Type.MouseMove, pos, NoButton, buttons, modifiers)


def release(view: QGraphicsView, pos: Any, modifiers: Any = NoModifier, button: Any = Left) -> None:
    _mouse(view, QEvent.Type.MouseButtonRelease, pos, button, NoButton, modifiers)


def click(view: QGraphicsView, pos: Any, modifiers: Any = NoModifier) -> None:
    press(view, pos, modifiers)
    release(view, pos, modifiers)


def double_click(view: QGraphicsView, pos: Any) -> None:
    press(view, pos)
    release(view, pos)
    _mouse(view, QEvent.Type.MouseButtonDblClick, pos, Left, Left)
    release(view, pos)


def drag(view: QGraphicsView, points: Iterable[Any], modifiers: Any = NoModifier, button: Any = Left) -> None:
    """Press at the first point, move through the others in small steps, release at the last."""
    points = [QPointF(*p) if isinstance(p, tuple) else QPointF(p) for p in points]
    press(view, points[0], modifiers, button)
    for start, end in itertools.pairwise(points):
        for step in range(1, 9):
            t = step / 8
            move(view, start + (end - start) * t, modifiers, button)
    release(view, points[-1], modifiers, button)


def wheel(view: QGraphicsView, pos: Any, steps: int, modifiers: Any = NoModifier) -> None:
    local = viewport_point(view, pos)
    global_pos = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    event = QWheelEvent(
        local,
        global_pos,
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


# --------------------------------------------------------------- drag and drop
def drop_mime(view: QGraphicsView, mime: Any, scene_pos: Any, *, through: Iterable[Any] = ()) -> bool:
    """Drag ``mime`` onto the view and drop it at ``scene_pos``, as Qt delivers a drag from another
    widget (the palette): the drag comes in at the viewport's left edge over empty board, at the
    target's height, moves in small steps through ``through`` to the target, and is dropped.

    Like Qt, a refused drag-enter ends it there (no moves, no drop), and the drop is only
    delivered if the last move was accepted. Returns whether the drop was accepted.
    """
    viewport = view.viewport()
    target = viewport_point(view, scene_pos)
    entry = QPointF(1, min(max(target.y(), 1), viewport.height() - 2))
    assert not view.scene().items(view.mapToScene(entry.toPoint())), "the drag must come in over empty board"
    waypoints = [entry, *(viewport_point(view, p) for p in through), target]
    points = [waypoints[0]]
    for start, end in itertools.pairwise(waypoints):
        points += [start + (end - start) * (step / 6) for step in range(1, 7)]
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(points[0].toPoint(), actions, mime, NoButton, NoModifier)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    accepted = True
    for point in points:
        move_event = QDragMoveEvent(point.toPoint(), actions, mime, NoButton, NoModifier)
        QApplication.sendEvent(viewport, move_event)
        accepted = move_event.isAccepted()
    if not accepted:
        QApplication.sendEvent(viewport, QDragLeaveEvent())
        return False
    drop = QDropEvent(points[-1], actions, mime, NoButton, NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def scene_centre(item: Any) -> QPointF:
    return item.mapToScene(item.rect.center())


def scene_point(item: Any, x: float, y: float) -> QPointF:
    """A point inside ``item``, ``(x, y)`` from its top-left corner."""
    return item.mapToScene(QPointF(x, y))
