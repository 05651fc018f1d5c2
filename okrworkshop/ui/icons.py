"""Small drawn icons: card kinds for the palette, severities for the findings list."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from okrworkshop.canvas import style
from okrworkshop.canvas.items.badges import badge_shape
from okrworkshop.palette import CARD_COLOURS, NOTE_COLOURS, TEAM_COLOURS

SIZE = 32


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def card_kind_icon(kind: str) -> QIcon:
    """A miniature of a card of ``kind`` (objective, key_result, initiative, note, team)."""
    pixmap, painter = _canvas()
    border = QPen(style.CARD_BORDER, 1.2)
    if kind == "objective":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TEAM_COLOURS[0]))
        painter.drawRoundedRect(QRectF(3, 5, 26, 22), 3, 3)
        painter.setPen(border)
        painter.setBrush(QColor(CARD_COLOURS["objective"]))
        painter.drawRoundedRect(QRectF(6, 5, 23, 22), 3, 3)
        painter.setBrush(QColor(CARD_COLOURS["key_result"]))
        painter.drawRect(QRectF(9, 15, 17, 4))
        painter.drawRect(QRectF(9, 21, 17, 4))
        painter.setPen(QPen(style.INK, 2))
        painter.drawLine(9, 10, 24, 10)
    elif kind == "key_result":
        painter.setPen(border)
        painter.setBrush(QColor(CARD_COLOURS["key_result"]))
        painter.drawRoundedRect(QRectF(3, 9, 26, 15), 3, 3)
        painter.setPen(QPen(style.INK, 1.6))
        painter.drawLine(7, 14, 24, 14)
        painter.setPen(QPen(style.MUTED_INK, 1.2))
        painter.drawLine(7, 19, 18, 19)
    elif kind == "initiative":
        painter.setPen(border)
        painter.setBrush(QColor(CARD_COLOURS["initiative"]))
        painter.drawRoundedRect(QRectF(6, 11, 23, 11), 2, 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.MUTED_INK)
        painter.drawEllipse(QRectF(8.5, 15, 3, 3))
        painter.setPen(QPen(style.INK, 1.4))
        painter.drawLine(14, 16, 25, 16)
    elif kind == "note":
        painter.setPen(QPen(QColor(0, 0, 0, 70), 1))
        painter.setBrush(QColor(NOTE_COLOURS[0]))
        painter.drawRect(QRectF(5, 5, 22, 22))
        painter.setPen(QPen(style.INK, 1.4))
        for y in (11, 16, 21):
            painter.drawLine(9, y, 23, y)
    elif kind == "team":
        colour = QColor(TEAM_COLOURS[2])
        tint = QColor(colour)
        tint.setAlpha(60)
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(tint)
        painter.drawRoundedRect(QRectF(2, 7, 28, 18), 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(2, 7, 4, 18))
    painter.end()
    return QIcon(pixmap)


@cache
def severity_icon(severity: str) -> QIcon:
    """The badge shape of a severity (circle, triangle, square) in its colour."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.severity_colour(severity))
    painter.drawPath(badge_shape(severity, QRectF(6, 6, 20, 20)))
    painter.end()
    return QIcon(pixmap)


def colour_swatch(colour: str) -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(4, 4, 24, 24), 4, 4)
    painter.end()
    return QIcon(pixmap)


def _pen(width: float = 2.0) -> QPen:
    pen = QPen(style.INK, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _magnifier(painter: QPainter) -> None:
    painter.setPen(_pen(2.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(5, 5, 16, 16))
    painter.drawLine(19, 19, 27, 27)


def _curved_arrow(painter: QPainter, mirrored: bool) -> None:
    from PySide6.QtGui import QPainterPath, QTransform

    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, SIZE, 0))
    painter.setPen(_pen(2.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(9, 13)
    path.lineTo(20, 13)
    path.cubicTo(30, 13, 30, 26, 20, 26)
    path.lineTo(12, 26)
    painter.drawPath(path)
    painter.drawLine(9, 13, 14, 8)
    painter.drawLine(9, 13, 14, 18)


@cache
def drawn_icon(name: str) -> QIcon | None:
    """A drawn stand-in for a freedesktop icon name the platform's theme lacks (None if unknown)."""
    pixmap, painter = _canvas()
    light = QColor("#ffffff")
    if name == "document-new":
        painter.setPen(_pen(1.8))
        painter.setBrush(light)
        painter.drawPolygon([QPointF(8, 4), QPointF(19, 4), QPointF(25, 10), QPointF(25, 28), QPointF(8, 28)])
        painter.drawLine(19, 4, 19, 10)
        painter.drawLine(19, 10, 25, 10)
    elif name == "document-open":
        painter.setPen(_pen(1.8))
        painter.setBrush(QColor("#f6d47f"))
        painter.drawPolygon(
            [QPointF(3, 8), QPointF(12, 8), QPointF(15, 11), QPointF(28, 11), QPointF(28, 26), QPointF(3, 26)]
        )
    elif name == "document-save-as":
        painter.setPen(_pen(1.8))
        painter.setBrush(light)
        painter.drawRect(QRectF(5, 5, 22, 22))
        painter.setBrush(QColor("#9aa5b1"))
        painter.drawRect(QRectF(10, 5, 12, 8))
        painter.drawLine(10, 20, 22, 20)
    elif name == "document-print":
        painter.setPen(_pen(1.8))
        painter.setBrush(light)
        painter.drawRect(QRectF(7, 3, 18, 26))
        painter.setBrush(QColor(TEAM_COLOURS[0]))
        painter.drawRect(QRectF(10, 7, 12, 5))
        painter.setBrush(QColor(CARD_COLOURS["key_result"]))
        painter.drawRect(QRectF(10, 15, 5, 9))
        painter.drawRect(QRectF(17, 15, 5, 9))
    elif name == "edit-undo":
        _curved_arrow(painter, mirrored=False)
    elif name == "edit-redo":
        _curved_arrow(painter, mirrored=True)
    elif name == "edit-delete":
        painter.setPen(_pen(1.8))
        painter.setBrush(light)
        painter.drawLine(6, 8, 26, 8)
        painter.drawLine(13, 8, 13, 5)
        painter.drawLine(13, 5, 19, 5)
        painter.drawLine(19, 5, 19, 8)
        painter.drawPolygon([QPointF(9, 8), QPointF(23, 8), QPointF(21, 28), QPointF(11, 28)])
        for x in (14, 18):
            painter.drawLine(x, 12, x, 24)
    elif name == "edit-find":
        _magnifier(painter)
    elif name in ("zoom-in", "zoom-out"):
        _magnifier(painter)
        painter.setPen(_pen(2.0))
        painter.drawLine(9, 13, 17, 13)
        if name == "zoom-in":
            painter.drawLine(13, 9, 13, 17)
    elif name == "zoom-fit-best":
        painter.setPen(_pen(2.4))
        for x, y, dx, dy in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
            painter.drawLine(x, y, x + 7 * dx, y)
            painter.drawLine(x, y, x, y + 7 * dy)
        painter.setPen(_pen(1.5))
        painter.setBrush(QColor(CARD_COLOURS["key_result"]))
        painter.drawRect(QRectF(11, 11, 10, 10))
    elif name == "view-grid":
        painter.setPen(_pen(1.4))
        for k in (6, 13, 20, 27):
            painter.drawLine(k, 5, k, 27)
            painter.drawLine(5, k, 27, k)
    elif name == "folder-new":  # a workshop from a case study: a folder with a card on it
        painter.setPen(_pen(1.8))
        painter.setBrush(QColor("#f6d47f"))
        painter.drawPolygon(
            [QPointF(3, 8), QPointF(12, 8), QPointF(15, 11), QPointF(28, 11), QPointF(28, 27), QPointF(3, 27)]
        )
        painter.setBrush(light)
        painter.drawRect(QRectF(10, 14, 12, 9))
        painter.drawLine(12, 17, 20, 17)
        painter.drawLine(12, 20, 18, 20)
    elif name == "view-fullscreen":  # presenter mode: a projection screen
        painter.setPen(_pen(1.8))
        painter.setBrush(light)
        painter.drawRect(QRectF(4, 5, 24, 16))
        painter.drawLine(16, 21, 16, 26)
        painter.drawLine(10, 28, 22, 28)
        painter.setBrush(QColor(TEAM_COLOURS[0]))
        painter.drawRect(QRectF(8, 9, 7, 8))
        painter.setBrush(QColor(CARD_COLOURS["note"]))
        painter.drawRect(QRectF(17, 9, 7, 8))
    else:
        painter.end()
        return None
    painter.end()
    return QIcon(pixmap)
