"""A person's mouse and keyboard on the real app window: xdotool (XTest) on the suite's own X server.

Positions come from the widgets themselves (``mapToGlobal``, ``visualItemRect``,
``view.mapFromScene``), so the tests do not depend on where the window manager puts the window.
While xdotool runs, the Qt event loop keeps turning, so the app sees the events as a desktop
delivers them (a palette drag runs Qt's own ``QDrag`` loop).
"""

from __future__ import annotations

import itertools
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEventLoop, QPoint, QPointF, QRectF
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget

Point = tuple[int, int]
#: Seconds between two pointer steps of a drag (a hand moves a few pixels every 10-20 ms).
STEP_DELAY = 0.012


def pump(seconds: float = 0.0) -> None:
    """Let the app handle its events for ``seconds`` (at least once)."""
    end = time.monotonic() + seconds
    while True:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.monotonic() >= end:
            return
        time.sleep(0.003)


def wait_until(predicate: Callable[[], object], timeout: float = 5.0, what: str = "condition") -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        pump(0.01)


class RealInput:
    """xdotool on one X display."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def xdotool(self, *args: object) -> None:
        process = subprocess.Popen(
            ["xdotool", *map(str, args)], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        while process.poll() is None:
            pump(0.005)
        assert process.returncode == 0, process.stderr.read().decode() if process.stderr else ""
        pump(0.05)

    # ------------------------------------------------------------------ pointer
    def move_to(self, point: Point) -> None:
        self.xdotool("mousemove", point[0], point[1])

    def click(self, point: Point, repeat: int = 1) -> None:
        self.xdotool(
            "mousemove", point[0], point[1], "sleep", 0.05, "click", "--repeat", repeat, "--delay", 80, 1
        )

    def drag(self, points: Sequence[Point], step: float = 8.0) -> None:
        """Press at the first point, move along the others in steps of about ``step`` pixels, release.

        The pointer rests a moment on the last point before the button goes up, as a hand does.
        """
        args: list[object] = ["mousemove", *points[0], "sleep", 0.08, "mousedown", 1, "sleep", 0.05]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            count = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / step))
            for i in range(1, count + 1):
                args += ["mousemove", round(x0 + (x1 - x0) * i / count), round(y0 + (y1 - y0) * i / count)]
                args += ["sleep", STEP_DELAY]
        args += ["sleep", 0.15, "mouseup", 1, "sleep", 0.05]
        self.xdotool(*args)

    # ----------------------------------------------------------------- keyboard
    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", 40, *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", 25, text)


# ---------------------------------------------------------------- geometry
def global_point(widget: QWidget, local: QPoint | QPointF) -> Point:
    point = widget.mapToGlobal(local.toPoint() if isinstance(local, QPointF) else local)
    return (point.x(), point.y())


def widget_centre(widget: QWidget) -> Point:
    return global_point(widget, widget.rect().center())


def palette_point(window: Any, kind: str) -> Point:
    """The middle of the palette row of card ``kind``."""
    palette = window.palette_list
    row = next(r for r in range(palette.count()) if palette.kind_at(r) == kind)
    rect = palette.visualItemRect(palette.item(row))
    return global_point(palette.viewport(), rect.center())


def scene_to_global(view: QGraphicsView, scene_pos: QPointF | tuple[float, float]) -> Point:
    point = QPointF(*scene_pos) if isinstance(scene_pos, tuple) else scene_pos
    return global_point(view.viewport(), view.mapFromScene(point))


def item_point(view: QGraphicsView, item: QGraphicsItem, fx: float = 0.5, fy: float = 0.5) -> Point:
    """A point of ``item`` on screen, ``(fx, fy)`` of the way across its bounding rectangle."""
    rect: QRectF = item.sceneBoundingRect()
    return scene_to_global(view, QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy))


def card_point(view: QGraphicsView, item: Any, x: float, y: float) -> Point:
    """A point ``(x, y)`` from the top-left corner of a card (in its own coordinates)."""
    return scene_to_global(view, item.mapToScene(QPointF(x, y)))


def empty_board_points(view: QGraphicsView) -> Iterable[Point]:
    """Viewport points near the left edge where the board is empty (no lane, no card), top to bottom."""
    viewport = view.viewport()
    scene = view.scene()
    for y in range(10, viewport.height() - 10, 4):
        local = QPoint(6, y)
        if not scene.items(view.mapToScene(local)):
            yield global_point(viewport, local)


def palette_path(window: Any, kind: str, entry: Point, target: Point) -> list[Point]:
    """How a hand drags a palette row to ``target``: press on the row, a few small moves out of it,
    along the palette to the height of ``entry`` (a point over empty board), into the board there,
    then on to the target."""
    start = palette_point(window, kind)
    palette = window.palette_list
    inside_x = global_point(palette.viewport(), QPoint(palette.viewport().width() - 12, 0))[0]
    return [
        start,
        (start[0] + 4, start[1] + 2),
        (start[0] + 9, start[1] + 5),
        (start[0] + 16, start[1] + 6),
        (inside_x, entry[1]),
        entry,
        target,
    ]
