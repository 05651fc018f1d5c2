"""Card text as it reaches the screen: glyphs when they can be read, a faint bar per line when not."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from okrworkshop.canvas import style
from okrworkshop.canvas.text import GREEK_BELOW_PIXELS, TextBlock, greeked


class Recording(QPainter):
    """A painter that remembers how each text was drawn (glyphs, or bars with their rectangles)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.glyphs = 0
        self.bars: list[Any] = []

    def drawStaticText(self, *args: Any) -> None:
        self.glyphs += 1
        super().drawStaticText(*args)

    def fillRect(self, *args: Any) -> None:
        self.bars.append(args[0])
        super().fillRect(*args)


def _draw(block: TextBlock, scale: float, ratio: float = 1.0) -> tuple[Recording, QImage]:
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = Recording(image)
    painter.scale(scale, scale)
    painter.setPen(QPen(QColor("#102030")))
    block.draw(painter, 10.0, 10.0)
    painter.end()
    return painter, image


def _inked(image: QImage) -> list[QColor]:
    """Every pixel that is not white."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y) != QColor("white")
    ]


@pytest.fixture
def three_lines(qapp: Any) -> TextBlock:
    style.load_fonts()
    font = QFont(style.font("key-result"))
    block = TextBlock("Faire passer la part des commandes livrées en 48 heures de 62 % à 85 %", font, 240.0)
    assert block.lines == 3, block.lines  # the width makes it wrap: the premise of the tests below
    return block


def test_the_greeking_threshold_is_exact() -> None:
    assert not greeked(GREEK_BELOW_PIXELS)
    assert greeked(math.nextafter(GREEK_BELOW_PIXELS, 0.0))
    assert not greeked(math.nextafter(GREEK_BELOW_PIXELS, math.inf))


def test_readable_text_is_drawn_as_glyphs(three_lines: TextBlock) -> None:
    painter, image = _draw(three_lines, 1.0)
    assert (painter.glyphs, painter.bars) == (1, [])
    inked = _inked(image)
    # Glyphs are antialiased: the text's own colour is there at full strength, not only greys.
    assert any(c.red() < 0x30 and c.blue() < 0x50 for c in inked)


def test_text_too_small_to_read_is_a_bar_per_line(three_lines: TextBlock) -> None:
    scale = 2.0 / three_lines.line  # each line 2 device pixels high on the screen
    painter, image = _draw(three_lines, scale)
    assert painter.glyphs == 0
    assert len(painter.bars) == 3
    widths = [bar.width() for bar in painter.bars]
    assert widths[0] == widths[1] == three_lines.text_width <= 240.0
    assert widths[2] == pytest.approx(0.6 * widths[0])  # the last line reads as shorter
    tops = [bar.top() for bar in painter.bars]
    assert tops[1] - tops[0] == pytest.approx(three_lines.height / 3)  # a bar per line, line by line
    assert _inked(image)  # the bars show: the card is not blank where its words are


def test_the_screen_density_counts_in_the_pixels(three_lines: TextBlock) -> None:
    # Three logical pixels a line: too small on a plain screen, six device pixels on a doubled one.
    scale = 3.0 / three_lines.line
    assert _draw(three_lines, scale)[0].glyphs == 0
    assert _draw(three_lines, scale, ratio=2.0)[0].glyphs == 1


def test_an_empty_text_draws_nothing_greeked(qapp: Any) -> None:
    style.load_fonts()
    block = TextBlock("   ", QFont(style.font("note")), 200.0)
    painter, image = _draw(block, 0.05)
    assert (painter.glyphs, painter.bars) == (0, [])
    assert not _inked(image)


def test_the_board_at_100_percent_shows_words_and_at_10_percent_bars(view: Any) -> None:
    calls: list[str] = []
    original = TextBlock.draw

    def spy(self: TextBlock, painter: QPainter, x: float, y: float) -> None:
        scale = painter.worldTransform().m11() * painter.device().devicePixelRatioF()
        calls.append("bars" if greeked(self.line * scale) else "glyphs")
        original(self, painter, x, y)

    TextBlock.draw = spy  # type: ignore[method-assign]
    try:
        view.set_zoom(1.0)
        view.viewport().grab()
        assert "glyphs" in calls and "bars" not in calls
        calls.clear()
        view.set_zoom(0.1)
        view.viewport().grab()
        assert calls and set(calls) == {"bars"}
    finally:
        TextBlock.draw = original  # type: ignore[method-assign]


def test_a_short_line_greeks_as_long_as_its_words(qapp: Any) -> None:
    style.load_fonts()
    font = QFont(style.font("lane-meta"))
    block = TextBlock("2 objectifs", font, 600.0)  # a lane's count line: short text, wide box
    painter, _ = _draw(block, 2.0 / block.line)
    (bar,) = painter.bars
    words = QFontMetricsF(font).horizontalAdvance("2 objectifs")
    assert bar.width() == pytest.approx(words) and bar.width() < 600.0 / 3
