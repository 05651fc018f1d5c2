"""What a poster page is made of: a few plain shapes in page coordinates.

The layout turns the board into these shapes once; the PDF (reportlab) and PNG (Pillow)
renderers each draw the same list in order, so both outputs show exactly the same thing.
Coordinates are points from the page's top-left corner, y downwards (as on screen); colours are
``#rrggbb`` strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from okrworkshop.model.value import Value

Point: TypeAlias = tuple[float, float]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Rect(Value):
    """A rectangle, rounded when ``radius`` > 0; filled and/or stroked."""

    x: float
    y: float
    width: float
    height: float
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Circle(Value):
    """A filled disc."""

    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Polygon(Value):
    """A closed, filled outline."""

    points: tuple[Point, ...]
    fill: str
    alpha: float = 1.0


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Line(Value):
    """An open polyline; ``dash`` is (on, off) lengths or None for a solid line."""

    points: tuple[Point, ...]
    colour: str
    width: float
    dash: tuple[float, float] | None = None
    #: Opacity: alignment arrows cross cards, so they are drawn see-through on top.
    alpha: float = 1.0
    #: What the line is for ("link": an alignment link), for measuring tools and tests.
    role: str = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Text(Value):
    """Lines of plain text; ``y`` is the top of the first line, ``x`` its left (or centre) edge."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    leading: float
    colour: str = "#222222"
    bold: bool = False
    centred: bool = False


Shape: TypeAlias = Rect | Circle | Polygon | Line | Text
