"""The poster as a PNG image (Pillow), for slides and chat, at a chosen resolution.

It draws the very shapes of :func:`okrworkshop.poster.layout_poster` (the PDF's layout), with the
same TTF, so the image and the printed poster match. The DPI is stored in the file (PNG ``pHYs``)
so that the image prints at the poster's size. Pillow is imported only when an image is made.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrworkshop.model import Board
from okrworkshop.poster.fonts import BOLD, REGULAR, face, font_path
from okrworkshop.poster.layout import PosterLayout, PosterOptions, layout_poster
from okrworkshop.poster.quality import Quality, assess
from okrworkshop.poster.shapes import Circle, Line, Polygon, Rect, Shape, Text

if TYPE_CHECKING:
    from PIL import Image

MIN_DPI = 10
MAX_DPI = 600
DEFAULT_DPI = 150
#: Larger images would need gigabytes of memory; A0 at 150 dpi is about 35 Mpx.
MAX_PIXELS = 150_000_000


class ImageSizeError(ValueError):
    """The DPI asked for is out of range or would make an image too large to hold in memory."""


def image_size(layout: PosterLayout, dpi: float) -> tuple[int, int]:
    """Pixel size of an exported page at ``dpi``; :class:`ImageSizeError` if out of range."""
    if not (MIN_DPI <= dpi <= MAX_DPI):
        raise ImageSizeError(f"DPI must be between {MIN_DPI} and {MAX_DPI}, not {dpi:g}")
    return _pixels(layout, dpi)


def _pixels(layout: PosterLayout, dpi: float) -> tuple[int, int]:
    if not dpi > 0:
        raise ImageSizeError(f"DPI must be more than 0, not {dpi:g}")
    width = max(1, round(layout.sheet.width * dpi / 72.0))
    height = max(1, round(layout.sheet.height * dpi / 72.0))
    if width * height > MAX_PIXELS:
        raise ImageSizeError(
            f"{layout.sheet.name} at {dpi:g} dpi would be {width} × {height} pixels; "
            f"use a lower DPI (at most {int((MAX_PIXELS / (width * height)) ** 0.5 * dpi)})"
        )
    return width, height


@cache
def _font(bold: bool, pixels: float) -> Any:
    from PIL import ImageFont

    # BASIC layout: advance widths as the layout measured them (no shaping, as in the PDF)
    return ImageFont.truetype(
        str(font_path(BOLD if bold else REGULAR)), max(1.0, pixels), layout_engine=ImageFont.Layout.BASIC
    )


def _rgb(colour: str) -> tuple[int, int, int]:
    return (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))


def render_image(layout: PosterLayout, dpi: float = DEFAULT_DPI) -> Image.Image:
    """The page drawn at ``dpi`` as an RGB image (any DPI: small ones make previews)."""
    from PIL import Image, ImageDraw

    width, height = _pixels(layout, dpi)
    f = dpi / 72.0
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    overlay: Image.Image | None = None
    overlay_draw: Any = None
    ascent = {False: face(REGULAR).ascent / 1000.0, True: face(BOLD).ascent / 1000.0}

    def flush() -> None:
        nonlocal overlay, overlay_draw
        if overlay is not None:
            image.paste(Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB"))
            overlay, overlay_draw = None, None

    for shape in layout.shapes:
        alpha = getattr(shape, "alpha", 1.0)
        if alpha < 1.0:
            if overlay is None:
                overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
                overlay_draw = ImageDraw.Draw(overlay)
            _draw(overlay_draw, shape, f, ascent, round(alpha * 255))
        else:
            flush()
            _draw(draw, shape, f, ascent, None)
    flush()
    return image


def _draw(draw: Any, shape: Shape, f: float, ascent: dict[bool, float], alpha: int | None) -> None:
    def colour(value: str) -> tuple[int, ...]:
        rgb = _rgb(value)
        return rgb if alpha is None else (*rgb, alpha)

    if isinstance(shape, Text):
        pixels = round(shape.size * f * 4) / 4
        font = _font(shape.bold, pixels)
        measure = face(BOLD if shape.bold else REGULAR)
        baseline = (shape.y + ascent[shape.bold] * shape.size) * f
        anchor = "ms" if shape.centred else "ls"
        for index, line in enumerate(shape.lines):
            if not line:
                continue
            # Hinting rounds glyph advances to whole pixels (and small sizes to whole pixels
            # too), so small text can come out wider than the layout measured (by a sixth at 5 to
            # 6 pixels); such a line is drawn a little smaller, at the largest size that fits.
            line_font = font
            expected = measure.width(line, pixels) * 1.01
            drawn = font.getlength(line)
            if drawn > expected:
                smaller = round(pixels * expected / drawn * 4 - 0.5) / 4
                line_font = _font(shape.bold, smaller)
                while smaller > 1 and line_font.getlength(line) > expected:
                    smaller -= 0.25
                    line_font = _font(shape.bold, smaller)
            position = (shape.x * f, baseline + index * shape.leading * f)
            draw.text(position, line, font=line_font, fill=colour(shape.colour), anchor=anchor)
    elif isinstance(shape, Rect):
        box = [shape.x * f, shape.y * f, (shape.x + shape.width) * f, (shape.y + shape.height) * f]
        outline = colour(shape.stroke) if shape.stroke and shape.line_width > 0 else None
        line_width = max(1, round(shape.line_width * f)) if outline else 0
        fill = colour(shape.fill) if shape.fill else None
        if shape.radius > 0:
            # Pillow draws a radius beyond half the shorter side as that half (a pill or a disc).
            draw.rounded_rectangle(box, radius=shape.radius * f, fill=fill, outline=outline, width=line_width)
        else:
            draw.rectangle(box, fill=fill, outline=outline, width=line_width)
    elif isinstance(shape, Circle):
        r = shape.r * f
        draw.ellipse(
            [shape.cx * f - r, shape.cy * f - r, shape.cx * f + r, shape.cy * f + r], fill=colour(shape.fill)
        )
    elif isinstance(shape, Polygon):
        draw.polygon([(x * f, y * f) for x, y in shape.points], fill=colour(shape.fill))
    elif isinstance(shape, Line):
        width = max(1, round(shape.width * f))
        points = [(x * f, y * f) for x, y in shape.points]
        if shape.dash is None:
            draw.line(points, fill=colour(shape.colour), width=width)
        else:
            for segment in _dashes(points, shape.dash[0] * f, shape.dash[1] * f):
                draw.line(segment, fill=colour(shape.colour), width=width)


def _dashes(points: list[tuple[float, float]], on: float, off: float) -> list[list[tuple[float, float]]]:
    """A polyline cut into dashes."""
    segments = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        position = 0.0
        while position < length:
            end = min(position + on, length)
            a, b = position / length, end / length
            segments.append(
                [(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)]
            )
            position = end + off
    return segments


def png_bytes(layout: PosterLayout, dpi: float = DEFAULT_DPI) -> bytes:
    """The page as PNG file bytes with ``dpi`` recorded in the file."""
    image_size(layout, dpi)
    buffer = io.BytesIO()
    render_image(layout, dpi).save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def write_png(layout: PosterLayout, path: str | Path, dpi: float = DEFAULT_DPI) -> Path:
    """Write the page to ``path`` as a PNG (beside it first, then moved in)."""
    from okrworkshop.outputs import write_atomically

    target = Path(path)
    write_atomically(target, png_bytes(layout, dpi))
    return target


def export_png(
    board: Board,
    path: str | Path,
    options: PosterOptions,
    dpi: float = DEFAULT_DPI,
    quality: Quality | None = None,
) -> PosterLayout:
    """Lay out ``board`` as the poster would be and write it as a PNG; returns the layout (warnings).

    An image is one picture (for a slide): the wall layout keeps everything on one sheet.
    """
    options = dataclasses.replace(options, one_sheet=True)
    layout = layout_poster(board, options, assess(board) if quality is None else quality)
    image_size(layout, dpi)  # refuse an impossible size before drawing anything
    write_png(layout, path, dpi)
    return layout
