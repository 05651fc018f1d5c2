"""An independent oracle for the tile drawings: sizes in millimetres, text widths measured by
reportlab, and a canvas that records what is drawn on it.

Nothing here calls the tiling code: widths come from reportlab's own reading of the bundled TTFs,
vertical metrics from the font's ``hhea`` table (written below as the font ships them), and every
position is worked out from the paper, the margin and the overlap in the tests that use it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from okrworkshop.poster.fonts import BOLD, REGULAR, font_path

PT = 72 / 25.4  # points per millimetre
A4_MM = (210.0, 297.0)
MARGIN_MM = 12.0  # the blank border of every sheet
CLEARANCE_MM = 8.0  # nothing prints closer to the paper's edge
#: DejaVu Sans (regular and bold) ``hhea``: ascender 1901 and descender −483 in 2048 units per em.
ASCENT = 1901 / 2048 * 1000
DESCENT = -483 / 2048 * 1000

_ORACLE = {REGULAR: "OracleSans", BOLD: "OracleSans-Bold"}


def pt(millimetres: float) -> float:
    return millimetres * PT


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The advance width of ``text`` in the bundled face, as reportlab measures it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = BOLD if bold else REGULAR
    name = _ORACLE[font]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path(font))))
    return float(pdfmetrics.stringWidth(text, name, size))


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def assert_operators(actual: str, expected: list[str | float], tolerance: float = 0.006) -> None:
    """``actual`` PDF operators, token by token: words exactly, figures within ``tolerance`` (the
    code prints two or three decimals)."""
    tokens = actual.split()
    assert len(tokens) == len(expected), (tokens, expected)
    for index, (token, want) in enumerate(zip(tokens, expected, strict=True)):
        if isinstance(want, str):
            assert token == want, (index, token, want, actual)
        else:
            assert _NUMBER.match(token), (index, token, want, actual)
            assert float(token) == pytest.approx(want, abs=tolerance), (index, token, want, actual)


def segment(x0: float, y0: float, x1: float, y1: float) -> list[str | float]:
    return [x0, y0, "m", x1, y1, "l"]


class Recorder:
    """A canvas (or text object) that records every call made on it, in order.

    ``beginText`` hands out a new recorder whose calls land in the same list, tagged ``text.``.
    """

    def __init__(
        self, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] | None = None, prefix: str = ""
    ):
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [] if calls is None else calls
        self._prefix = prefix

    def beginText(self, *args: Any, **kwargs: Any) -> Recorder:
        self.calls.append((self._prefix + "beginText", args, kwargs))
        return Recorder(self.calls, "text.")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)

        def record(*args: Any, **kwargs: Any) -> None:
            self.calls.append((self._prefix + name, args, kwargs))

        return record


def assert_calls(
    actual: list[tuple[str, tuple[Any, ...], dict[str, Any]]],
    expected: list[tuple[str, tuple[Any, ...]] | tuple[str, tuple[Any, ...], dict[str, Any]]],
    tolerance: float = 1e-6,
) -> None:
    """The recorded calls, one by one: names and text exactly, figures within ``tolerance``."""
    assert [c[0] for c in actual] == [e[0] for e in expected]
    for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
        name, args, kwargs = got
        want_kwargs = want[2] if len(want) == 3 else {}  # type: ignore[misc]
        assert kwargs == want_kwargs, (index, name, kwargs, want_kwargs)
        assert len(args) == len(want[1]), (index, name, args, want[1])
        for arg, value in zip(args, want[1], strict=True):
            _same(arg, value, tolerance, (index, name, args, want[1]))


#: In an expected call: the text object the canvas's ``beginText`` handed out.
TEXT = object()


def _same(arg: Any, value: Any, tolerance: float, where: object) -> None:
    if value is TEXT:
        assert isinstance(arg, Recorder) and arg.calls is not None and arg._prefix == "text.", where
    elif isinstance(value, tuple):
        assert isinstance(arg, tuple) and len(arg) == len(value), where
        for a, v in zip(arg, value, strict=True):
            _same(a, v, tolerance, where)
    elif isinstance(value, float):
        assert isinstance(arg, (int, float)) and not isinstance(arg, bool), where
        assert arg == pytest.approx(value, abs=tolerance), where
    elif isinstance(value, OperatorsLike):
        assert isinstance(arg, str), where
        assert_operators(arg, value.tokens, value.tolerance)
    else:
        assert type(arg) is type(value) and arg == value, where


class OperatorsLike:
    """An expected ``addLiteral`` argument: PDF operators compared token by token."""

    def __init__(self, tokens: list[str | float], tolerance: float = 0.006):
        self.tokens = tokens
        self.tolerance = tolerance
