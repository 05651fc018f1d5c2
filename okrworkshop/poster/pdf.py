"""Drawing poster shapes into a PDF with reportlab (imported here only, when a PDF is made).

Text goes through reportlab's text objects as plain strings: nothing is parsed as markup, so
``&``, ``<``, ``>`` and quotes print as typed. The bundled DejaVu TTF is embedded (subset); the
layout already replaced any character it lacks.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from okrworkshop.poster.fonts import BOLD, REGULAR, face, font_path
from okrworkshop.poster.shapes import Circle, Line, Polygon, Rect, Shape, Text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled TTFs with reportlab once per process; returns their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    return REGULAR, BOLD


@cache
def _rgb(colour: str) -> tuple[float, float, float]:
    return (int(colour[1:3], 16) / 255.0, int(colour[3:5], 16) / 255.0, int(colour[5:7], 16) / 255.0)


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


def draw_shapes(canvas: Canvas, shapes: list[Shape], page_height: float) -> None:
    """Draw ``shapes`` (top-left coordinates) on the current page of ``canvas``."""
    ascent = {False: face(REGULAR).ascent / 1000.0, True: face(BOLD).ascent / 1000.0}
    fill: str | None = None
    stroke: str | None = None
    line_width = -1.0

    def set_fill(colour: str) -> None:
        nonlocal fill
        if colour != fill:
            canvas.setFillColorRGB(*_rgb(colour))
            fill = colour

    def set_stroke(colour: str, width: float) -> None:
        nonlocal stroke, line_width
        if colour != stroke:
            canvas.setStrokeColorRGB(*_rgb(colour))
            stroke = colour
        if width != line_width:
            canvas.setLineWidth(width)
            line_width = width

    for shape in shapes:
        if isinstance(shape, Text):
            set_fill(shape.colour)
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
            if shape.fill:
                set_fill(shape.fill)
            if shape.stroke:
                set_stroke(shape.stroke, shape.line_width)
            y = page_height - shape.y - shape.height
            do_stroke = 1 if shape.stroke and shape.line_width > 0 else 0
            do_fill = 1 if shape.fill else 0
            if shape.radius > 0:
                canvas.roundRect(shape.x, y, shape.width, shape.height, shape.radius, do_stroke, do_fill)
            else:
                canvas.rect(shape.x, y, shape.width, shape.height, do_stroke, do_fill)
        elif isinstance(shape, Circle):
            set_fill(shape.fill)
            canvas.circle(shape.cx, page_height - shape.cy, shape.r, stroke=0, fill=1)
        elif isinstance(shape, Polygon):
            set_fill(shape.fill)
            if shape.alpha < 1.0:
                canvas.saveState()
                canvas.setFillAlpha(shape.alpha)
            path = canvas.beginPath()
            first, *rest = shape.points
            path.moveTo(first[0], page_height - first[1])
            for x, y in rest:
                path.lineTo(x, page_height - y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
            if shape.alpha < 1.0:
                canvas.restoreState()
        elif isinstance(shape, Line):
            set_stroke(shape.colour, shape.width)
            if shape.alpha < 1.0:
                canvas.saveState()
                canvas.setStrokeAlpha(shape.alpha)
            if shape.dash:
                canvas.setDash(list(shape.dash), 0)
            path = canvas.beginPath()
            first, *rest = shape.points
            path.moveTo(first[0], page_height - first[1])
            for x, y in rest:
                path.lineTo(x, page_height - y)
            canvas.drawPath(path, stroke=1, fill=0)
            if shape.dash:
                canvas.setDash([], 0)
            if shape.alpha < 1.0:
                canvas.restoreState()
