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

from okrworkshop.poster.fonts import Face

#: Line height as a multiple of the font size.
LEADING = 1.22
_SPACES = re.compile(r"[ \t]+")
_SOFT_BREAKS = "-/\\_.,"


@dataclass(frozen=True, slots=True)
class Fitted:
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
    """Split a word wider than ``width``: after a hyphen/slash where possible, else anywhere."""
    pieces: list[str] = []
    rest = word
    while face.width(rest, size) > width:
        cut = _longest_prefix(rest, face, size, width)
        soft = max(rest.rfind(c, 0, cut) for c in _SOFT_BREAKS)
        if soft >= cut // 2 and soft + 1 < len(rest):
            cut = soft + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _longest_prefix(text: str, face: Face, size: float, width: float) -> int:
    """How many leading characters fit in ``width`` (at least one, so breaking always advances)."""
    total = 0.0
    scale = size / 1000.0
    for index, char in enumerate(text):
        total += face.widths.get(ord(char), face.default_width) * scale
        if total > width:
            return max(1, index)
    return len(text)


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
