"""Drawing poster shapes into a PDF with reportlab (imported here only, when a PDF is made).

Text goes through reportlab's text objects as plain strings: nothing is parsed as markup, so
``&``, ``<``, ``>`` and quotes print as typed, and the bundled DejaVu TTF is embedded (subset);
the layout has already replaced any character the font lacks.

Rectangles, rounded rectangles, circles, polygons and lines are written as PDF path operators
directly (reportlab's own path helpers format every number through a slow pure-Python routine
when its optional C accelerator is absent, which made them most of a poster's drawing time).
Only see-through shapes go through reportlab, which keeps the transparency states it needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from okrworkshop.poster.fonts import BOLD, REGULAR, face, font_path
from okrworkshop.poster.shapes import Circle, Line, Polygon, Rect, Shape, Text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: Bézier handle length for a quarter circle, as a fraction of the radius.
KAPPA = 0.5522847498


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled TTFs with reportlab once per process; returns their names."""
    from reportlab.pdfbase import pdfmetrics

    from okrworkshop.poster.pdf_fonts import ttf_font

    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(ttf_font(name, font_path(name)))
    return REGULAR, BOLD


@cache
def _rgb(colour: str) -> tuple[float, float, float]:
    return (int(colour[1:3], 16) / 255.0, int(colour[3:5], 16) / 255.0, int(colour[5:7], 16) / 255.0)


@cache
def _colour_op(colour: str, operator: str) -> str:
    r, g, b = _rgb(colour)
    return f"{r:.4g} {g:.4g} {b:.4g} {operator}"


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write streams compressed but not ASCII85-wrapped while inside (restored after).

    reportlab wraps every stream in ASCII85 by default, which makes files a quarter bigger and,
    without its optional C accelerator, costs more time than drawing the poster's shapes.
    """
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def new_canvas(target: Any, title: str, author: str, subject: str) -> Canvas:
    """A reportlab canvas writing to ``target`` (a path or a binary file), with document info."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    # the bundled font from the start, so no base-14 font (Helvetica) is referenced at all
    canvas = Canvas(target, pageCompression=1, initialFontName=REGULAR, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("okrworkshop")
    return canvas


def _round_rect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    """A closed rounded-rectangle path; (x, y) is the bottom-left corner (PDF coordinates)."""
    r = min(r, w / 2, h / 2)
    k = r * KAPPA
    right, top = x + w, y + h
    return (
        f"{x + r:.2f} {y:.2f} m {right - r:.2f} {y:.2f} l "
        f"{right - r + k:.2f} {y:.2f} {right:.2f} {y + r - k:.2f} {right:.2f} {y + r:.2f} c "
        f"{right:.2f} {top - r:.2f} l "
        f"{right:.2f} {top - r + k:.2f} {right - r + k:.2f} {top:.2f} {right - r:.2f} {top:.2f} c "
        f"{x + r:.2f} {top:.2f} l "
        f"{x + r - k:.2f} {top:.2f} {x:.2f} {top - r + k:.2f} {x:.2f} {top - r:.2f} c "
        f"{x:.2f} {y + r:.2f} l "
        f"{x:.2f} {y + r - k:.2f} {x + r - k:.2f} {y:.2f} {x + r:.2f} {y:.2f} c h"
    )


def _circle_path(cx: float, cy: float, r: float) -> str:
    k = r * KAPPA
    return (
        f"{cx + r:.2f} {cy:.2f} m "
        f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
        f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
        f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
        f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h"
    )


def _polyline(points: tuple[tuple[float, float], ...], page_height: float) -> str:
    (x0, y0), *rest = points
    parts = [f"{x0:.2f} {page_height - y0:.2f} m"]
    parts += [f"{x:.2f} {page_height - y:.2f} l" for x, y in rest]
    return " ".join(parts)


def draw_shapes(canvas: Canvas, shapes: list[Shape], page_height: float) -> None:
    """Draw ``shapes`` (top-left coordinates) on the current page of ``canvas``."""
    ascent = {False: face(REGULAR).ascent / 1000.0, True: face(BOLD).ascent / 1000.0}
    emit = canvas.addLiteral
    state: dict[str, object] = {"fill": None, "stroke": None, "width": None}

    def fill(colour: str) -> None:
        if state["fill"] != colour:
            emit(_colour_op(colour, "rg"))
            state["fill"] = colour

    def stroke(colour: str, width: float) -> None:
        if state["stroke"] != colour:
            emit(_colour_op(colour, "RG"))
            state["stroke"] = colour
        if state["width"] != width:
            emit(f"{width:.3f} w")
            state["width"] = width

    for shape in shapes:
        if isinstance(shape, Text):
            fill(shape.colour)
            font = BOLD if shape.bold else REGULAR
            baseline = page_height - shape.y - ascent[shape.bold] * shape.size
            if shape.centred:
                canvas.setFont(font, shape.size, shape.leading)
                for index, line in enumerate(shape.lines):
                    canvas.drawCentredString(shape.x, baseline - index * shape.leading, line)
            else:
                text = canvas.beginText(shape.x, baseline)
                text.setFont(font, shape.size, shape.leading)
                for line in shape.lines:
                    text.textLine(line)
                canvas.drawText(text)
        elif isinstance(shape, Rect):
            do_stroke = bool(shape.stroke) and shape.line_width > 0
            if not (shape.fill or do_stroke):
                continue
            if shape.fill:
                fill(shape.fill)
            if do_stroke and shape.stroke:
                stroke(shape.stroke, shape.line_width)
            y = page_height - shape.y - shape.height
            if shape.radius > 0:
                path = _round_rect_path(shape.x, y, shape.width, shape.height, shape.radius)
            else:
                path = f"{shape.x:.2f} {y:.2f} {shape.width:.2f} {shape.height:.2f} re"
            emit(f"{path} {'B' if shape.fill and do_stroke else ('f' if shape.fill else 'S')}")
        elif isinstance(shape, Circle):
            fill(shape.fill)
            emit(f"{_circle_path(shape.cx, page_height - shape.cy, shape.r)} f")
        elif isinstance(shape, Polygon):
            fill(shape.fill)
            if shape.alpha < 1.0:
                canvas.saveState()
                canvas.setFillAlpha(shape.alpha)
            emit(f"{_polyline(shape.points, page_height)} h f")
            if shape.alpha < 1.0:
                canvas.restoreState()
        elif isinstance(shape, Line):
            stroke(shape.colour, shape.width)
            if shape.alpha < 1.0:
                canvas.saveState()
                canvas.setStrokeAlpha(shape.alpha)
            dash = f"[{shape.dash[0]:.2f} {shape.dash[1]:.2f}] 0 d " if shape.dash else ""
            emit(f"{dash}{_polyline(shape.points, page_height)} S{' [] 0 d' if shape.dash else ''}")
            if shape.alpha < 1.0:
                canvas.restoreState()
