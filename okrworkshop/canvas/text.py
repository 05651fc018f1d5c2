"""Plain text laid out once and drawn fast: the canvas's only way to put words on a card.

A :class:`TextBlock` wraps a ``QStaticText`` in plain-text mode (``R&D <50%>`` shows as typed;
nothing is markup), wrapped to a width, breaking inside words that are longer than a line. Laying
out is the costly part, so a block is built when its text changes and only drawn afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTextOption, QTransform

#: QStaticText ignores "\n" in plain text; the Unicode line separator breaks the line.
_LINE_SEPARATOR = "\u2028"

_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


_PLAIN = Qt.TextFormat.PlainText
_CACHING = QStaticText.PerformanceHint.AggressiveCaching
_IDENTITY = QTransform()
#: Line spacing by font object (the canvas's fonts are shared, cached objects).
_LINE_SPACINGS: dict[int, tuple[QFont, float]] = {}


def _line_spacing(font: QFont) -> float:
    known = _LINE_SPACINGS.get(id(font))
    if known is None or known[0] is not font:
        known = _LINE_SPACINGS[id(font)] = (font, QFontMetricsF(font).lineSpacing())
    return known[1]


class TextBlock:
    """``text`` in ``font``, wrapped to ``width`` points; ``height`` is at least one line."""

    __slots__ = ("_static", "font", "height", "text", "width")

    def __init__(self, text: str, font: QFont, width: float) -> None:
        self.text = text
        self.font = font
        self.width = width
        static = QStaticText(
            text.replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR) if "\n" in text else text
        )
        static.setTextFormat(_PLAIN)
        static.setTextOption(_WRAP)
        static.setTextWidth(width if width > 1.0 else 1.0)
        static.setPerformanceHint(_CACHING)
        static.prepare(_IDENTITY, font)
        self._static = static
        line = _line_spacing(font)
        self.height = max(static.size().height(), line) if text else line

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)`` (the painter's pen gives the colour)."""
        painter.setFont(self.font)
        painter.drawStaticText(QPointF(x, y), self._static)


#: Blocks by (text, font, width): the same words in the same box lay out the same, and boards
#: repeat many short texts (owner and kind lines, lane counts, "New key result"...).
_SHARED: dict[tuple[str, int, float], TextBlock] = {}
_SHARED_LIMIT = 4096


def text_block(text: str, font: QFont, width: float) -> TextBlock:
    """A laid-out block, shared with any other card showing the same text in the same box."""
    key = (text, id(font), width)
    block = _SHARED.get(key)
    if block is None or block.font is not font:
        if len(_SHARED) >= _SHARED_LIMIT:
            _SHARED.clear()
        block = _SHARED[key] = TextBlock(text, font, width)
    return block
