"""An alignment link, drawn as an arrow from an objective to the objective or key result it serves.

The scene routes links through the gaps between cards (:mod:`okrworkshop.routing`: horizontal and
vertical runs, drawn here with rounded corners, under the cards) and falls back to a curve between
the two cards when no such route exists.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from okrworkshop.canvas import style

HEAD = 11.0  # arrowhead length
CORNER = 10.0  # radius of a routed link's corners


def anchors(
    source: QRectF, target: QRectF, container: QRectF | None = None
) -> tuple[QPointF, QPointF, QPointF, QPointF]:
    """Start, two control points and end of a curve from ``source``'s edge to ``target``'s edge.

    An objective target is entered through its side facing the source (bottom when the source is
    below, as aligned objectives usually are). A key result inside its objective (``container``)
    is entered from the objective's left or right side, level with the key result, so the arrow
    does not cross the other key results' text.
    """
    if container is not None:
        left_side = source.center().x() < container.center().x()
        end = QPointF(container.left() if left_side else container.right(), target.center().y())
        c2 = QPointF(end.x() + (-70.0 if left_side else 70.0), end.y())
    elif target.bottom() <= source.top():
        end = QPointF(target.center().x(), target.bottom())
        c2 = QPointF(end.x(), end.y() + max((source.top() - end.y()) / 2, 30.0))
    elif target.top() >= source.bottom():
        end = QPointF(target.center().x(), target.top())
        c2 = QPointF(end.x(), end.y() - max((end.y() - source.bottom()) / 2, 30.0))
    else:
        left_side = source.center().x() < target.center().x()
        end = QPointF(target.left() if left_side else target.right(), target.center().y())
        c2 = QPointF(end.x() + (-60.0 if left_side else 60.0), end.y())
    if end.y() < source.top():
        start = QPointF(source.center().x(), source.top())
        c1 = QPointF(start.x(), start.y() - max((start.y() - end.y()) / 2, 30.0))
    elif end.y() > source.bottom():
        start = QPointF(source.center().x(), source.bottom())
        c1 = QPointF(start.x(), start.y() + max((end.y() - start.y()) / 2, 30.0))
    else:
        towards_right = end.x() > source.center().x()
        start = QPointF(source.right() if towards_right else source.left(), source.center().y())
        c1 = QPointF(start.x() + (60.0 if towards_right else -60.0), start.y())
    return start, c1, c2, end


class ArrowItem(QGraphicsItem):
    """The arrow of one objective's alignment (``source_id`` is the aligned objective)."""

    kind = "alignment"

    def __init__(self, source_id: str, target_id: str) -> None:
        super().__init__()
        self.source_id = source_id
        self.target_id = target_id
        self.path = QPainterPath()
        self.head = QPolygonF()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1.0)  # above the lanes, under the cards: routed links run between them

    @property
    def entity_id(self) -> str:
        return self.source_id

    def set_ends(self, source: QRectF, target: QRectF, container: QRectF | None = None) -> None:
        """Route the arrow between two cards' scene rectangles (``container``: see :func:`anchors`)."""
        start, c1, c2, end = anchors(source, target, container)
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        self._set_path(path, end, math.atan2(end.y() - c2.y(), end.x() - c2.x()))

    def set_route(self, points: list[QPointF]) -> None:
        """Draw the link along ``points`` (scene coordinates, horizontal and vertical runs)."""
        path = QPainterPath(points[0])
        for before, corner, after in zip(points, points[1:], points[2:], strict=False):
            radius = min(CORNER, QLineF(before, corner).length() / 2, QLineF(corner, after).length() / 2)
            path.lineTo(_towards(corner, before, radius))
            path.quadTo(corner, _towards(corner, after, radius))
        path.lineTo(points[-1])
        end, last = points[-1], points[-2]
        self._set_path(path, end, math.atan2(end.y() - last.y(), end.x() - last.x()))

    def _set_path(self, path: QPainterPath, end: QPointF, angle: float) -> None:
        left = QPointF(end.x() - HEAD * math.cos(angle - 0.45), end.y() - HEAD * math.sin(angle - 0.45))
        right = QPointF(end.x() - HEAD * math.cos(angle + 0.45), end.y() - HEAD * math.sin(angle + 0.45))
        self.prepareGeometryChange()
        self.path = path
        self.head = QPolygonF([end, left, right])
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        self._shape = stroker.createStroke(path)
        self._shape.addPolygon(self.head)
        self._bounds = self._shape.boundingRect().adjusted(-3, -3, 3, 3)

    def polyline(self, steps: int = 200) -> list[tuple[float, float]]:
        """The drawn path as points (scene coordinates), for measuring."""
        points = [self.path.pointAtPercent(i / steps) for i in range(steps + 1)]
        return [(p.x(), p.y()) for p in points]

    def line(self) -> QLineF:
        return QLineF(self.path.pointAtPercent(0.0), self.path.pointAtPercent(1.0))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = style.SELECTION if self.isSelected() else style.ARROW
        painter.setPen(QPen(colour, 3.5 if self.isSelected() else 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self.head)


def _towards(origin: QPointF, other: QPointF, distance: float) -> QPointF:
    """The point ``distance`` from ``origin`` on the way to ``other``."""
    line = QLineF(origin, other)
    length = line.length() or 1.0
    return origin + (other - origin) * (distance / length)
