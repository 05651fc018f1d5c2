"""An alignment link, drawn as an arrow from an objective to the objective or key result it serves."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from okrworkshop.canvas import style

HEAD = 11.0  # arrowhead length


def anchors(source: QRectF, target: QRectF) -> tuple[QPointF, QPointF, QPointF, QPointF]:
    """Start, two control points and end of a curve from ``source``'s edge to ``target``'s edge.

    The curve leaves through the side facing the target (top or bottom when the cards are more
    above each other than beside; left or right otherwise) and enters the facing side.
    """
    dx = target.center().x() - source.center().x()
    dy = target.center().y() - source.center().y()
    if abs(dy) >= abs(dx) * 0.5 or abs(dy) > 60:
        if dy < 0:
            start, end = (
                QPointF(source.center().x(), source.top()),
                QPointF(target.center().x(), target.bottom()),
            )
        else:
            start, end = (
                QPointF(source.center().x(), source.bottom()),
                QPointF(target.center().x(), target.top()),
            )
        bend = max(abs(end.y() - start.y()) / 2, 30.0) * (1 if end.y() > start.y() else -1)
        return start, QPointF(start.x(), start.y() + bend), QPointF(end.x(), end.y() - bend), end
    if dx > 0:
        start, end = QPointF(source.right(), source.center().y()), QPointF(target.left(), target.center().y())
    else:
        start, end = QPointF(source.left(), source.center().y()), QPointF(target.right(), target.center().y())
    bend = max(abs(end.x() - start.x()) / 2, 30.0) * (1 if end.x() > start.x() else -1)
    return start, QPointF(start.x() + bend, start.y()), QPointF(end.x() - bend, end.y()), end


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
        self.setZValue(0.5)  # above objectives (links cross lanes), below notes

    @property
    def entity_id(self) -> str:
        return self.source_id

    def set_ends(self, source: QRectF, target: QRectF) -> None:
        """Route the arrow between two cards' scene rectangles."""
        start, c1, c2, end = anchors(source, target)
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        angle = math.atan2(end.y() - c2.y(), end.x() - c2.x())
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
