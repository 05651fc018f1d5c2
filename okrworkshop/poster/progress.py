"""A key result's progress bar and confidence dot, as poster shapes (the card's bottom row)."""

from __future__ import annotations

from okrworkshop.model.progress import clamp, score_band
from okrworkshop.palette import CONFIDENCE_COLOURS
from okrworkshop.poster.cards import PAD, PROGRESS_BAR, PROGRESS_DOT, PROGRESS_ROW, Card
from okrworkshop.poster.fonts import BOLD, face
from okrworkshop.poster.shapes import Circle, Rect, Shape, Text
from okrworkshop.poster.text import LEADING

#: The score pill: width and height in board units, and its text size.
SCORE_WIDTH = 24.0
SCORE_HEIGHT = 10.0
SCORE_TEXT = 7.0

#: The canvas's colours (okrworkshop.canvas.items.cards), so that the wall shows what the room saw.
TRACK = "#dde3ea"
FILL = "#4e79a7"
BANDS = CONFIDENCE_COLOURS


def progress_shapes(card: Card, x: float, bottom: float, width: float, scale: float) -> list[Shape]:
    """The bar from baseline to target (filled as far as the key result got, when that can be told),
    the score pill once the key result is scored, and the confidence dot (when the confidence is set).

    ``x`` and ``bottom`` are the card's left and bottom edges on the page; ``width`` its width.
    """
    middle = bottom - (PAD / 2 + PROGRESS_ROW / 2) * scale
    left = x + PAD * scale
    bar_width = width - (2 * PAD + PROGRESS_DOT + 4.0) * scale
    shapes: list[Shape] = []
    if card.score is not None:
        bar_width -= (SCORE_WIDTH + 4.0) * scale
        shapes += score_shapes(card, left + bar_width + 4.0 * scale, middle, scale)
    if card.progress is not None:
        share = clamp(card.progress)
        bar_height = PROGRESS_BAR * scale
        top = middle - bar_height / 2
        shapes.insert(0, Rect(left, top, bar_width, bar_height, TRACK))
        if share > 0:
            shapes.insert(1, Rect(left, top, bar_width * share, bar_height, FILL))
    if card.band is not None:
        radius = PROGRESS_DOT / 2 * scale
        dot_x = x + width - (PAD + PROGRESS_DOT / 2) * scale
        shapes.append(Circle(dot_x, middle, radius, BANDS[card.band]))
    return shapes


def objective_score_shapes(card: Card, x: float, y: float, width: float, scale: float) -> list[Shape]:
    """An objective's score pill, in the row under its details (right-aligned); ``y`` its top."""
    middle = y + (card.own_height - PAD / 2 - PROGRESS_ROW / 2) * scale
    return score_shapes(card, x + width - (PAD + SCORE_WIDTH) * scale, middle, scale)


def score_shapes(card: Card, left: float, middle: float, scale: float) -> list[Shape]:
    """The pill: the score's colour (0.7 aspirational sweet spot, 1.0 committed) and the number."""
    assert card.score is not None
    band = score_band(card.score, card.score_kind)  # type: ignore[arg-type]
    height = SCORE_HEIGHT * scale
    size = SCORE_TEXT * scale
    ink = "#1f1f1f" if band == "amber" else "#ffffff"
    return [
        Rect(left, middle - height / 2, SCORE_WIDTH * scale, height, BANDS[band], radius=height / 2),
        Text(
            left + SCORE_WIDTH * scale / 2,
            middle - (face(BOLD).ascent / 1000.0 - 0.365) * size,
            (card.score_label,),
            size,
            size * LEADING,
            ink,
            bold=True,
            centred=True,
        ),
    ]
