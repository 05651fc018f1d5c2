"""Card text: wrapped to a width, shrunk to a minimum size, and never cut.

Text is plain text everywhere: nothing here (or in the renderers) interprets markup, so
``R&D <50% > "x"`` prints as typed. Line breaks the author typed are kept. Words break at
spaces (never at no-break spaces, which French typography puts before « : ; ! ? » and inside
numbers); a word wider than the line breaks after a hyphen or slash if it can, else between
characters, so a long URL or a German compound never runs out of its card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okrworkshop.model.value import Value
from okrworkshop.poster.fonts import Face

#: Line height as a multiple of the font size.
LEADING = 1.22
_SPACES = re.compile(r"[ \t]+")
_SOFT_BREAKS = "-/\\_.,"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Fitted(Value):
    """Text wrapped at one size: its lines and the height they take."""

    lines: tuple[str, ...]
    size: float
    height: float

    @property
    def leading(self) -> float:
        return self.size * LEADING


def wrap(text: str, face: Face, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at ``size`` (an empty text is one empty line)."""
    lines: list[str] = []
    space = face.width(" ", size)
    for paragraph in text.split("\n"):
        words = [w for w in _SPACES.split(paragraph) if w]
        if not words:
            lines.append("")
            continue
        line, line_width = "", 0.0
        for word in words:
            word_width = face.width(word, size)
            if line and line_width + space + word_width <= width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            if word_width <= width:
                line, line_width = word, word_width
                continue
            pieces = _break_word(word, face, size, width)
            lines.extend(pieces[:-1])
            line = pieces[-1]
            line_width = face.width(line, size)
        lines.append(line)
    return lines


def _break_word(word: str, face: Face, size: float, width: float) -> list[str]:
    """Split a word wider than ``width``: after a hyphen/slash where possible, else anywhere.

    Linear in the word's length: each character's width is looked up once and what is left is
    kept as a running total (measuring the rest of the word at each line made a 40,000-character
    word take seconds). Widths are multiples of 1/256 (TrueType units scaled to 1000), so the
    running total is exact and the pieces are the ones measuring the rest would give.
    """
    widths, default = face.widths, face.default_width
    char_widths = [widths.get(ord(c), default) for c in word]
    length = len(word)
    remaining = sum(char_widths)
    scale = size / 1000.0
    pieces: list[str] = []
    start = 0
    while remaining * size / 1000.0 > width:
        cut = _longest_prefix(char_widths, start, scale, width)
        soft = max(word.rfind(c, start, start + cut) for c in _SOFT_BREAKS) - start
        if soft >= cut // 2 and soft + 1 < length - start:
            cut = soft + 1
        pieces.append(word[start : start + cut])
        remaining -= sum(char_widths[start : start + cut])
        start += cut
    pieces.append(word[start:])
    return pieces


def _longest_prefix(char_widths: list[float], start: int, scale: float, width: float) -> int:
    """How many characters from ``start`` fit in ``width`` (at least one, so breaking advances)."""
    total = 0.0
    for index in range(start, len(char_widths)):
        total += char_widths[index] * scale
        if total > width:
            return max(1, index - start)
    return len(char_widths) - start


def fit(text: str, face: Face, width: float, height: float, size: float, min_size: float) -> Fitted:
    """Wrap ``text`` at the largest size from ``size`` down to ``min_size`` that fits ``height``.

    If even ``min_size`` does not fit, the text keeps ``min_size`` and its full height: the card
    grows, nothing is cut.
    """
    current = size
    while True:
        lines = wrap(text, face, current, width)
        needed = len(lines) * current * LEADING
        if needed <= height or current <= min_size:
            return Fitted(tuple(lines), current, needed)
        current = max(min_size, current * 0.9)
