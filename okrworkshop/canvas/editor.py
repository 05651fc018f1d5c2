"""Editing a card's text in place: a text editor laid over the card's own text.

Enter (or clicking elsewhere) keeps the text, Shift+Enter starts a new line, Escape cancels.
The editor is created without a parent and then attached (DESIGN.md §7: a ``QGraphicsTextItem``
built with a parent loses its text once the Python wrapper is collected).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from okrworkshop.canvas import style


class InPlaceEditor(QGraphicsTextItem):
    """A plain-text editor over ``item``'s text; calls ``on_done(text)`` or ``on_done(None)`` once."""

    def __init__(self, text: str, font: QFont, width: float, on_done: Callable[[str | None], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._closed = False
        self.document().setDocumentMargin(0)
        self.setFont(font)
        self.setDefaultTextColor(style.INK)
        self.setPlainText(text)
        self.setTextWidth(width)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(50.0)

    def attach(self, item: QGraphicsItem, x: float, y: float) -> None:
        """Show over ``item`` at ``(x, y)`` in its coordinates, focused, with all text selected."""
        self.setParentItem(item)
        self.setPos(x, y)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def closed(self) -> bool:
        return self._closed

    def finish(self, keep: bool) -> None:
        """Close the editor, keeping the text or not (only the first call counts)."""
        if self._closed:
            return
        self._closed = True
        self._on_done(self.toPlainText() if keep else None)

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish(keep=False)
            event.accept()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(keep=True)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.textCursor().insertText("\n")
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        # A popup (input method, context menu) taking focus is not the end of the edit.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(keep=True)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect().adjusted(-3, -2, 3, 2)
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRect(rect)
        super().paint(painter, option, widget)  # type: ignore[arg-type]
