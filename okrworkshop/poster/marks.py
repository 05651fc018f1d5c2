"""Marks the poster draws in several places: finding badges and arrows (cards, lanes, legend)."""

from __future__ import annotations

import math

from okrworkshop.palette import SEVERITY_COLOURS, badge_ink
from okrworkshop.poster.fonts import BOLD, face
from okrworkshop.poster.shapes import Circle, Line, Point, Polygon, Rect, Shape, Text
from okrworkshop.poster.text import LEADING

INK = "#222222"
MUTED = "#545454"
ARROW = "#2c3e50"


def arrow_shapes(
    points: tuple[Point, Point], width: float, head: float, alpha: float = 0.75, role: str = ""
) -> list[Shape]:
    """A line from the first point to the second, ending in a filled arrow head."""
    (x0, y0), (x1, y1) = points
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    base = (x1 - ux * head * 1.6, y1 - uy * head * 1.6)
    left = (base[0] - uy * head, base[1] + ux * head)
    right = (base[0] + uy * head, base[1] - ux * head)
    return [
        Line(((x0, y0), base), ARROW, width, alpha=alpha, role=role),
        Polygon(((x1, y1), left, right), ARROW, alpha),
    ]


def severity_mark(severity: str, cx: float, cy: float, r: float) -> list[Shape]:
    """A severity's shape in its colour: a circle (error), a triangle (warning) or a square (info).

    Shapes differ by severity so the mark reads without colour (printed in black and white too).
    """
    colour = SEVERITY_COLOURS[severity]
    if severity == "error":
        return [Circle(cx, cy, r, colour)]
    if severity == "warning":
        t = r * 1.25
        return [Polygon(((cx, cy - t), (cx + t * 1.05, cy + t * 0.8), (cx - t * 1.05, cy + t * 0.8)), colour)]
    return [Rect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, colour, None, 0.0, r * 0.25)]


def badge(severity: str, count: int, cx: float, cy: float, r: float) -> list[Shape]:
    """A finding badge: the severity's mark (:func:`severity_mark`) with the count on it."""
    shapes = severity_mark(severity, cx, cy, r)
    text_cy = cy + r * 0.3 if severity == "warning" else cy
    digits = str(count) if count < 100 else "99+"
    size = r * (1.15 if len(digits) == 1 else 0.85)
    # centre the digits (cap height ≈ 0.73 em) on the shape: first baseline is top + ascent
    top = text_cy - (face(BOLD).ascent / 1000.0 - 0.365) * size
    shapes.append(
        Text(cx, top, (digits,), size, size * LEADING, badge_ink(severity), bold=True, centred=True)
    )
    return shapes
