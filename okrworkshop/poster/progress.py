"""A key result's progress bar and confidence dot, as poster shapes (the card's bottom row)."""

from __future__ import annotations

from okrworkshop.model.progress import clamp
from okrworkshop.palette import CONFIDENCE_COLOURS
from okrworkshop.poster.cards import PAD, PROGRESS_BAR, PROGRESS_DOT, PROGRESS_ROW, Card
from okrworkshop.poster.shapes import Circle, Rect, Shape

#: The canvas's colours (okrworkshop.canvas.items.cards), so that the wall shows what the room saw.
TRACK = "#dde3ea"
FILL = "#4e79a7"
BANDS = CONFIDENCE_COLOURS


def progress_shapes(card: Card, x: float, bottom: float, width: float, scale: float) -> list[Shape]:
    """The bar from baseline to target (filled as far as the key result got, when that can be told)
    and the confidence dot (when the confidence is set).

    ``x`` and ``bottom`` are the card's left and bottom edges on the page; ``width`` its width.
    """
    share = clamp(card.progress or 0.0)
    middle = bottom - (PAD / 2 + PROGRESS_ROW / 2) * scale
    left = x + PAD * scale
    bar_width = width - (2 * PAD + PROGRESS_DOT + 4.0) * scale
    bar_height = PROGRESS_BAR * scale
    top = middle - bar_height / 2
    shapes: list[Shape] = []
    if card.progress is not None:
        shapes.append(Rect(left, top, bar_width, bar_height, TRACK))
    if card.progress is not None and share > 0:
        shapes.append(Rect(left, top, bar_width * share, bar_height, FILL))
    if card.band is not None:
        radius = PROGRESS_DOT / 2 * scale
        shapes.append(Circle(left + bar_width + 4.0 * scale + radius, middle, radius, BANDS[card.band]))
    return shapes
