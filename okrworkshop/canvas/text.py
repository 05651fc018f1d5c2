"""Plain text laid out once and drawn fast: the canvas's only way to put words on a card.

A :class:`TextBlock` wraps a ``QStaticText`` in plain-text mode (``R&D <50%>`` shows as typed;
nothing is markup), wrapped to a width, breaking inside words that are longer than a line. Laying
out is the costly part, so a block is built when its text changes and only drawn afterwards.

Text too small on screen to be read (a whole board fitted into the window, the overview) is
*greeked*, as drawing tools do: each line is drawn as a faint bar in the text's colour, which shows
where the words are at a fraction of the cost of drawing glyphs a pixel high.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTextOption, QTransform

#: QStaticText ignores "\n" in plain text; the Unicode line separator breaks the line.
_LINE_SEPARATOR = "\u2028"

_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


_PLAIN = Qt.TextFormat.PlainText
_CACHING = QStaticText.PerformanceHint.AggressiveCaching
_IDENTITY = QTransform()
#: Line spacing by font object (the canvas's fonts are shared, cached objects).
_LINE_SPACINGS: dict[int, tuple[QFont, float]] = {}


#: Lines shorter than this on the screen, in device pixels, are greeked (a 4-pixel line holds
#: letters about 3 pixels high: shapes, not words).
GREEK_BELOW_PIXELS = 4.0
#: The greeked bar: its share of the line's height, and its opacity (of the text's colour).
_BAR_SHARE = 0.45
_BAR_ALPHA = 90


def greeked(line_pixels: float) -> bool:
    """Whether a line this many device pixels high is drawn as a bar rather than as glyphs."""
    return line_pixels < GREEK_BELOW_PIXELS


@cache
def _bar_colour(rgba: int) -> QColor:
    """The greeked bar's colour: the text's own, faint."""
    colour = QColor.fromRgba(rgba)
    colour.setAlpha(_BAR_ALPHA)
    return colour


def _line_spacing(font: QFont) -> float:
    known = _LINE_SPACINGS.get(id(font))
    if known is None or known[0] is not font:
        known = _LINE_SPACINGS[id(font)] = (font, QFontMetricsF(font).lineSpacing())
    return known[1]


class TextBlock:
    """``text`` in ``font``, wrapped to ``width`` points; ``height`` is at least one line."""

    __slots__ = ("_static", "_text_width", "font", "height", "line", "lines", "text", "width")

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
        line = self.line = _line_spacing(font)
        size = static.size()
        self.height = max(size.height(), line) if text else line
        #: Lines laid out (0 for no text), for greeking.
        self.lines = max(1, round(size.height() / line)) if text.strip() else 0
        self._text_width: float | None = None

    @property
    def text_width(self) -> float:
        """How wide the words are: the whole width once they wrap, a single line's own advance
        (measured the first time a greeked block needs it)."""
        if self._text_width is None:
            single = self.lines <= 1
            own = QFontMetricsF(self.font).horizontalAdvance(self.text) if single else self.width
            self._text_width = min(own, self.width)
        return self._text_width

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)`` (the painter's pen gives the colour)."""
        scale = painter.worldTransform().m11() * painter.device().devicePixelRatioF()
        if greeked(self.line * abs(scale)):
            self._draw_bars(painter, x, y)
            return
        painter.setFont(self.font)
        painter.drawStaticText(QPointF(x, y), self._static)

    def _draw_bars(self, painter: QPainter, x: float, y: float) -> None:
        """The greeked text: a bar per line, the last one shorter when there are several."""
        if not self.lines:
            return
        colour = _bar_colour(painter.pen().color().rgba())
        pitch = self.height / self.lines  # laid-out lines are whole pixels apart
        bar = pitch * _BAR_SHARE
        top = y + (pitch - bar) / 2
        for index in range(self.lines):
            last = index == self.lines - 1 and self.lines > 1
            width = self.text_width * (0.6 if last else 1.0)
            painter.fillRect(QRectF(x, top + index * pitch, width, bar), colour)


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
