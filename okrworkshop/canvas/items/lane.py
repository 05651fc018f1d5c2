"""A team lane: a coloured band holding the team's cards, with its name in the header.

Only the header and the resize edges take the mouse (``shape``), so a press on the lane's body
starts a rubber band and drops onto the body reach the scene.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from okrworkshop.canvas import card_language, style
from okrworkshop.canvas.items.badges import (
    NO_FINDINGS,
    Counts,
    FindingsTooltip,
    badges_width,
    count_findings,
    paint_badges,
)
from okrworkshop.canvas.text import TextBlock, text_block
from okrworkshop.model import Team

BAR = 8.0  # the solid colour bar down the lane's left edge
NAME_X = BAR + 12.0
NAME_Y = 7.0


class LaneItem(FindingsTooltip, QGraphicsItem):
    """One team's lane (position and size come from the team)."""

    kind = "team"

    def __init__(
        self, team: Team, details: tuple[str, int, int] = ("", 0, 0), language: str | None = None
    ) -> None:
        super().__init__()
        #: The workshop's language, which the lane's counts are written in (None: the interface's).
        self.language = language
        self.entity_id = team.id
        self.entity = team
        self.rect = QRectF()
        self._header_path = QPainterPath()
        self._bar_path = QPainterPath()
        self.counts: Counts = NO_FINDINGS
        self.editing = False
        self.highlighted = False
        self.drop_zone: str | None = None  # "before", "after" or "inside" while a lane is dragged over
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-10.0)
        self.setAcceptHoverEvents(True)
        self.set_team(team, *details)

    def set_team(self, team: Team, parent_name: str, objectives: int, notes: int) -> None:
        """Show ``team`` with its header's details (parent team, how many cards)."""
        self.entity = team
        self.colour = QColor(team.colour)
        self.tint = QColor(self.colour)
        self.tint.setAlpha(22)
        self.header_tint = QColor(self.colour)
        self.header_tint.setAlpha(60)
        self.border = QColor(self.colour)
        self.border.setAlpha(170)
        width = max(team.width - NAME_X - 12 - badges_width((1, 1, 1)), 40.0)
        self.name = TextBlock(team.name, style.font("lane"), width)
        language = self.language
        parts = [card_language.translate("lane", "%n objective(s)", language, n=objectives)]
        if notes:
            parts.append(card_language.translate("lane", "%n note(s)", language, n=notes))
        if parent_name:
            parts.insert(0, card_language.translate("lane", "in %1", language).replace("%1", parent_name))
        self.meta = text_block(" · ".join(parts), style.font("lane-meta"), width)
        if self.rect.width() != team.width or self.rect.height() != team.height:
            self.prepareGeometryChange()
            self.rect = QRectF(0.0, 0.0, team.width, team.height)
            # Path operations are slow: the header band and colour bar are cut out once per size.
            outline = QPainterPath()
            outline.addRoundedRect(self.rect, style.LANE_RADIUS, style.LANE_RADIUS)
            header, bar = QPainterPath(), QPainterPath()
            header.addRect(self.header_rect())
            bar.addRect(QRectF(0, 0, BAR, self.rect.height()))
            self._header_path = outline.intersected(header)
            self._bar_path = outline.intersected(bar)
        self.setPos(team.x, team.y)
        self.update()

    def text(self) -> str:
        return str(self.entity.name)

    def text_block(self) -> TextBlock:
        return self.name

    def text_origin(self) -> QPointF:
        return QPointF(NAME_X, NAME_Y)

    def name_extent(self) -> float:
        """How far right of the lane's left edge its name and second line reach."""
        words = max(QFontMetricsF(b.font).horizontalAdvance(b.text) for b in (self.name, self.meta))
        return NAME_X + min(words, self.name.width) + 12 + badges_width(self.counts)

    #: Presenter mode's short finding labels, right of the lane's name ("" otherwise).
    labels = ""
    label_severity = ""
    label_block: TextBlock | None = None

    def set_labels(self, text: str, severity: str, language: str) -> bool:
        """Show (or hide, with ``""``) the labels; the lane's size never changes (returns False)."""
        if (text, severity) == (self.labels, self.label_severity):
            return False
        self.labels, self.label_severity = text, severity
        self.label_block = None
        if text:
            left = self.labels_x()
            room = max(self.rect.width() - left - 12 - badges_width(self.counts), 120.0)
            self.label_block = TextBlock("   ".join(text.split("\n")), style.font("finding-label"), room)
        self.update()
        return False

    def labels_x(self) -> float:
        return (
            NAME_X
            + min(QFontMetricsF(self.name.font).horizontalAdvance(self.name.text), self.name.width)
            + 18
        )

    def set_findings(self, findings: list[Any]) -> None:
        self.set_tooltip_findings(findings)
        counts = count_findings(f.severity for f in findings)
        if counts != self.counts:
            self.counts = counts
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_drop_zone(self, zone: str | None) -> None:
        if zone != self.drop_zone:
            self.drop_zone = zone
            self.update()

    # -------------------------------------------------------------- geometry
    def header_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.rect.width(), style.LANE_HEADER)

    def edge_at(self, local: QPointF) -> str | None:
        """``"bottom"``, ``"right"`` or ``"corner"`` when ``local`` is on a resize edge."""
        margin = style.RESIZE_MARGIN
        near_right = abs(local.x() - self.rect.right()) <= margin
        near_bottom = abs(local.y() - self.rect.bottom()) <= margin
        if near_right and near_bottom:
            return "corner"
        if near_bottom and 0 <= local.x() <= self.rect.right():
            return "bottom"
        if near_right and 0 <= local.y() <= self.rect.bottom():
            return "right"
        return None

    def boundingRect(self) -> QRectF:
        m = style.RESIZE_MARGIN
        return self.rect.adjusted(-2, -2, m, m)

    def shape(self) -> QPainterPath:
        m = style.RESIZE_MARGIN
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # header and edges overlap at the corners
        path.addRect(self.header_rect())
        path.addRect(QRectF(0, self.rect.bottom() - m, self.rect.width() + m, 2 * m))
        path.addRect(QRectF(self.rect.right() - m, 0, 2 * m, self.rect.height() + m))
        return path

    def hoverMoveEvent(self, event: Any) -> None:
        edge = self.edge_at(event.pos())
        cursors = {
            "corner": Qt.CursorShape.SizeFDiagCursor,
            "bottom": Qt.CursorShape.SizeVerCursor,
            "right": Qt.CursorShape.SizeHorCursor,
        }
        self.setCursor(cursors[edge] if edge else Qt.CursorShape.OpenHandCursor)

    # -------------------------------------------------------------- painting
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect
        radius = style.LANE_RADIUS
        painter.setPen(QPen(self.border, 1.5))
        painter.setBrush(self.tint)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.header_tint)
        painter.drawPath(self._header_path)
        painter.setBrush(self.colour)
        painter.drawPath(self._bar_path)
        if not self.editing:
            painter.setPen(style.theme().ink)
            self.name.draw(painter, NAME_X, NAME_Y)
        painter.setPen(style.theme().muted_ink)
        self.meta.draw(painter, NAME_X, NAME_Y + self.name.height + 1)
        if self.label_block is not None:
            painter.setPen(style.theme().ink)  # on the team's tint: ink is what reads at 4.5:1 on all
            self.label_block.draw(painter, self.labels_x(), NAME_Y + 5)
        paint_badges(painter, self.counts, rect.right() - 12, NAME_Y + 4)
        # Resize grip in the bottom-right corner.
        painter.setPen(QPen(self.border, 1.5))
        for k in (4.0, 8.0, 12.0):
            painter.drawLine(
                QPointF(rect.right() - k, rect.bottom() - 2), QPointF(rect.right() - 2, rect.bottom() - k)
            )
        if self.isSelected() or self.highlighted:
            pen = QPen(
                style.SELECTION, 3.0, Qt.PenStyle.DashLine if self.highlighted else Qt.PenStyle.SolidLine
            )
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)
        if self.drop_zone is not None:
            painter.setPen(QPen(style.DROP_HIGHLIGHT, 4.0))
            if self.drop_zone == "before":
                painter.drawLine(QPointF(0, -style.LANE_GAP / 2), QPointF(rect.width(), -style.LANE_GAP / 2))
            elif self.drop_zone == "after":
                y = rect.height() + style.LANE_GAP / 2
                painter.drawLine(QPointF(0, y), QPointF(rect.width(), y))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(style.INDENT, 4, -4, -4), radius, radius)
