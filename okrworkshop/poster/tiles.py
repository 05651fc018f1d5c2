"""Printing a poster on office paper: A4 or A3 tiles with overlap, cut marks, labels and a map.

The poster is drawn once. Its page's content stream becomes a PDF Form XObject (the same stream
object, given a form's dictionary), and every tile page shows it through a clip window with one
``Do`` operator — so tiles share the poster's drawing instead of redrawing it, and a 25-sheet
print costs little more than the poster itself. The tile decorations (cut marks, row/column
labels, the assembly map) are drawn with reportlab; pypdf joins the two.

Sheet plan: every sheet keeps a blank margin for the printer and the marks; neighbouring sheets
repeat ``overlap`` millimetres of the poster so they can be glued edge over edge. The grid is
centred on the poster and uses whichever tile orientation needs fewer sheets.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from okrworkshop.poster.fonts import BOLD, REGULAR, face
from okrworkshop.poster.labels import NBSP, label, number
from okrworkshop.poster.paper import TILE_PAPERS, Sheet, mm, sheet
from okrworkshop.poster.text import fit

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: Blank border of each tile sheet (printers cannot print to the edge; marks and labels go there).
SHEET_MARGIN_MM = 10.0
DEFAULT_OVERLAP_MM = 10.0
FORM_NAME = "OkrPoster"
MARK = "#000000"


class TilingError(ValueError):
    """Tiling options that cannot work (overlap as large as the printable window, …)."""


@dataclass(frozen=True, slots=True)
class TileGrid:
    """How a poster is cut into sheets; windows are in poster coordinates, top-left origin."""

    poster: Sheet
    tile: Sheet
    margin: float
    overlap: float
    overlap_mm: float
    rows: int
    cols: int
    origin_x: float
    origin_y: float

    @property
    def count(self) -> int:
        return self.rows * self.cols

    @property
    def window_width(self) -> float:
        return self.tile.width - 2 * self.margin

    @property
    def window_height(self) -> float:
        return self.tile.height - 2 * self.margin

    def window(self, row: int, col: int) -> tuple[float, float, float, float]:
        """The part of the poster sheet (row, col) shows: (x, y, width, height)."""
        x = self.origin_x + col * (self.window_width - self.overlap)
        y = self.origin_y + row * (self.window_height - self.overlap)
        return (x, y, self.window_width, self.window_height)


def sheet_label(row: int, col: int) -> str:
    """``A1`` for the top-left sheet, ``B3`` for row 2 column 3 (rows past Z: ``AA``, ``AB`` …)."""
    letters = ""
    n = row + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{col + 1}"


def plan_tiles(poster: Sheet, tile_paper: str, overlap_mm: float = DEFAULT_OVERLAP_MM) -> TileGrid:
    """The sheet grid for ``poster`` on ``tile_paper`` (A4 or A3) with ``overlap_mm`` overlap."""
    if tile_paper.upper() not in TILE_PAPERS:
        raise TilingError(f"tiles are {' or '.join(TILE_PAPERS)}, not {tile_paper!r}")
    if not math.isfinite(overlap_mm) or overlap_mm < 0:
        raise TilingError(f"overlap must be 0 mm or more, not {overlap_mm:g}")
    margin, overlap = mm(SHEET_MARGIN_MM), mm(overlap_mm)
    plans = []
    for landscape in (poster.landscape, not poster.landscape):
        tile = sheet(tile_paper, landscape)
        window_w, window_h = tile.width - 2 * margin, tile.height - 2 * margin
        if overlap * 2 >= min(window_w, window_h):
            limit = min(window_w, window_h) / 2 * 25.4 / 72
            raise TilingError(
                f"overlap {overlap_mm:g} mm is too large for {tile.name} (keep it under {limit:.0f} mm)"
            )
        cols = 1 if poster.width <= window_w else math.ceil((poster.width - overlap) / (window_w - overlap))
        rows = 1 if poster.height <= window_h else math.ceil((poster.height - overlap) / (window_h - overlap))
        covered_w = cols * (window_w - overlap) + overlap
        covered_h = rows * (window_h - overlap) + overlap
        plans.append(
            TileGrid(
                poster,
                tile,
                margin,
                overlap,
                overlap_mm,
                rows,
                cols,
                -(covered_w - poster.width) / 2,
                -(covered_h - poster.height) / 2,
            )
        )
    return min(plans, key=lambda p: p.count)  # stable: the poster's orientation wins a tie


# ---------------------------------------------------------------------- drawing
def _show_poster(canvas: Canvas, grid: TileGrid, window: tuple[float, float, float, float]) -> None:
    """Draw the poster form through the sheet's window (clipped to it)."""
    x, y, w, h = window
    m = grid.margin
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(m, m, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    # window's bottom-left corner, in the poster's PDF coordinates, lands on (m, m)
    canvas.translate(m - x, m - (grid.poster.height - y - h))
    canvas.addLiteral(f"/{FORM_NAME} Do")
    canvas.restoreState()


def _cut_marks(canvas: Canvas, grid: TileGrid, row: int, col: int) -> None:
    m, w, h = grid.margin, grid.window_width, grid.window_height
    gap, length = 2.0, m * 0.75
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.5)
    for cx in (m, m + w):
        for cy in (m, m + h):
            dx = -1 if cx == m else 1
            dy = -1 if cy == m else 1
            canvas.line(cx + dx * gap, cy, cx + dx * (gap + length), cy)
            canvas.line(cx, cy + dy * gap, cx, cy + dy * (gap + length))
    # Where the neighbouring sheets' edges fall: glue guides in the margins.
    canvas.setStrokeColorRGB(0.45, 0.45, 0.45)
    canvas.setDash([2, 2], 0)
    o = grid.overlap
    guides_x = ([m + o] if col > 0 else []) + ([m + w - o] if col < grid.cols - 1 else [])
    guides_y = ([m + o] if row < grid.rows - 1 else []) + ([m + h - o] if row > 0 else [])
    for gx in guides_x:
        canvas.line(gx, m - gap, gx, m - gap - length * 0.6)
        canvas.line(gx, m + h + gap, gx, m + h + gap + length * 0.6)
    for gy in guides_y:
        canvas.line(m - gap, gy, m - gap - length * 0.6, gy)
        canvas.line(m + w + gap, gy, m + w + gap + length * 0.6, gy)
    canvas.setDash([], 0)


def _tile_labels(canvas: Canvas, grid: TileGrid, row: int, col: int, language: str) -> None:
    m, top = grid.margin, grid.tile.height
    name = sheet_label(row, col)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(BOLD, 11)
    canvas.drawString(m, top - m + 9, name)
    canvas.setFont(REGULAR, 7.5)
    text = label(language, "tile", label=name, row=row + 1, rows=grid.rows, col=col + 1, cols=grid.cols)
    canvas.drawString(m + 28, top - m + 9, text)
    hint = label(language, "tile_hint", overlap=f"{number(grid.overlap_mm, language)}{NBSP}mm")
    canvas.setFont(REGULAR, 6.5)
    canvas.drawString(m, m - 17, hint)
    canvas.drawRightString(grid.tile.width - m, m - 17, name)


def _assembly_map(canvas: Canvas, grid: TileGrid, title: str, language: str) -> None:
    page = (
        grid.tile
        if grid.poster.landscape == grid.tile.landscape
        else sheet(grid.tile.name, grid.poster.landscape)
    )
    canvas.setPageSize((page.width, page.height))
    m = mm(15)
    canvas.setFillColorRGB(0, 0, 0)
    heading = fit(label(language, "map_title", title=title), face(BOLD), page.width - 2 * m, 40.0, 16.0, 10.0)
    text = canvas.beginText(m, page.height - m - heading.size)
    text.setFont(BOLD, heading.size, heading.leading)
    for line in heading.lines:
        text.textLine(line)
    orientation = label(language, "landscape" if grid.poster.landscape else "portrait")
    hint = label(
        language,
        "map_hint",
        count=grid.count,
        paper=grid.tile.name,
        rows=grid.rows,
        cols=grid.cols,
        overlap=f"{number(grid.overlap_mm, language)}{NBSP}mm",
        poster=grid.poster.name,
        orientation=orientation,
    )
    hint_lines = fit(hint, face(REGULAR), page.width - 2 * m, 30.0, 9.0, 7.0)
    text.setFont(REGULAR, hint_lines.size, hint_lines.leading)
    text.moveCursor(0, 4)
    for line in hint_lines.lines:
        text.textLine(line)
    canvas.drawText(text)
    top = page.height - m - heading.height - hint_lines.height - 16
    # fit the whole sheet grid (it is centred on the poster and covers a little more)
    first_x, first_y, _, _ = grid.window(0, 0)
    last_x, last_y, last_w, last_h = grid.window(grid.rows - 1, grid.cols - 1)
    left, upper = min(first_x, 0.0), min(first_y, 0.0)
    right = max(last_x + last_w, grid.poster.width)
    lower = max(last_y + last_h, grid.poster.height)
    avail_w, avail_h = page.width - 2 * m, top - m
    scale = min(avail_w / (right - left), avail_h / (lower - upper))
    # page position of the poster's bottom-left corner
    x0 = m + (avail_w - (right - left) * scale) / 2 - left * scale
    y0 = top - (grid.poster.height - upper) * scale
    canvas.saveState()
    canvas.translate(x0, y0)
    canvas.scale(scale, scale)
    canvas.addLiteral(f"/{FORM_NAME} Do")
    canvas.restoreState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.8)
    canvas.rect(x0, y0, grid.poster.width * scale, grid.poster.height * scale, stroke=1, fill=0)
    canvas.setStrokeColorRGB(0.75, 0.1, 0.1)
    canvas.setLineWidth(0.6)
    size = max(6.0, min(14.0, grid.window_width * scale * 0.22))
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(row, col)
            px, py = x0 + x * scale, y0 + (grid.poster.height - y - h) * scale
            canvas.rect(px, py, w * scale, h * scale, stroke=1, fill=0)
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(row, col)
            cx, cy = x0 + (x + w / 2) * scale, y0 + (grid.poster.height - y - h / 2) * scale
            name = sheet_label(row, col)
            canvas.setFillColorRGB(1, 1, 1)
            box_w = size * (0.7 * len(name) + 0.6)
            canvas.roundRect(
                cx - box_w / 2, cy - size * 0.75, box_w, size * 1.5, size * 0.3, stroke=0, fill=1
            )
            canvas.setFillColorRGB(0.75, 0.1, 0.1)
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(cx, cy - size * 0.36, name)


def draw_tile_pages(canvas: Canvas, grid: TileGrid, title: str, language: str) -> None:
    """Add the assembly map and one page per sheet (row by row) to ``canvas``."""
    _assembly_map(canvas, grid, title, language)
    canvas.showPage()
    for row in range(grid.rows):
        for col in range(grid.cols):
            canvas.setPageSize((grid.tile.width, grid.tile.height))
            _show_poster(canvas, grid, grid.window(row, col))
            _cut_marks(canvas, grid, row, col)
            _tile_labels(canvas, grid, row, col, language)
            canvas.showPage()


def share_poster(pdf: bytes) -> bytes:
    """Turn page 1 (the poster) into the form every other page draws; return those pages only.

    The poster page's own content stream object is made the Form XObject (it gets the form's
    dictionary entries), so its bytes are stored once however many sheets show it.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject

    reader = PdfReader(io.BytesIO(pdf))
    poster = reader.pages[0]
    contents = poster.get("/Contents")
    if contents is None or isinstance(contents.get_object(), ArrayObject):
        raise TilingError("the poster page must have exactly one content stream")
    form = contents.get_object()
    box = poster.mediabox
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        FloatObject(v) for v in (box.left, box.bottom, box.right, box.top)
    )
    form[NameObject("/Resources")] = poster["/Resources"]
    form_ref = contents if hasattr(contents, "idnum") else form.indirect_reference

    writer = PdfWriter()
    for page in reader.pages[1:]:
        resources = page["/Resources"].get_object()
        xobjects = resources.get("/XObject")
        if xobjects is None:
            xobjects = DictionaryObject()
            resources[NameObject("/XObject")] = xobjects
        xobjects.get_object()[NameObject(f"/{FORM_NAME}")] = form_ref
        writer.add_page(page)
    if reader.metadata:
        writer.add_metadata({k: str(v) for k, v in reader.metadata.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
