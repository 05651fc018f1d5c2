"""Printing a poster on office paper: A4 or A3 tiles with overlap, cut marks, labels and a map.

reportlab draws three pages: the poster, the assembly map, and a "label sheet" holding every
sheet's labels, one sheet-sized cell each. pypdf then turns the poster's and the label sheet's
content streams into PDF Form XObjects (the same stream objects, given a form's dictionary) and
builds each sheet as a small page of operators: its window of the poster through a clip, its cell
of the label sheet, its cut marks. Tiles thus share the poster's drawing instead of redrawing it — a 25-sheet
print stores the poster's bytes once — and pypdf reads three pages instead of one per sheet.
(reportlab's own ``beginForm`` would avoid the pypdf pass, but it re-encodes a form's whole
stream through a charmap codec: measured here, that cost more than the pypdf pass.)

Sheet plan: every sheet keeps a blank margin for the printer and the marks; neighbouring sheets
repeat ``overlap`` millimetres of the poster so they can be glued edge over edge. The grid is
centred on the poster and uses whichever tile orientation needs fewer sheets.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from okrworkshop.poster.fonts import BOLD, REGULAR, face
from okrworkshop.poster.labels import NBSP, label, number
from okrworkshop.poster.paper import TILE_PAPERS, Sheet, mm, sheet
from okrworkshop.poster.text import fit

if TYPE_CHECKING:
    from pypdf import PageObject
    from pypdf.generic import IndirectObject
    from reportlab.pdfgen.canvas import Canvas

#: Blank border of each tile sheet (printers cannot print to the edge; marks and labels go there).
SHEET_MARGIN_MM = 10.0
DEFAULT_OVERLAP_MM = 10.0
FORM_NAME = "OkrPoster"
LABELS_NAME = "OkrLabels"
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
def _segment(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"{x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l"


def sheet_operators(grid: TileGrid, row: int, col: int) -> str:
    """The content of one sheet: its window of the poster, its labels, its marks.

    Plain PDF operators (no text of its own: the labels come from the label sheet form), so pypdf
    writes them as they are.
    """
    m, w, h = grid.margin, grid.window_width, grid.window_height
    x, y, _, _ = grid.window(row, col)
    cell_x, cell_y = _label_cell(grid, row, col)
    ops = [
        # the window: clip, then bring the window's bottom-left corner (poster coordinates) to (m, m)
        f"q {m:.3f} {m:.3f} {w:.3f} {h:.3f} re W n "
        f"1 0 0 1 {m - x:.3f} {m - (grid.poster.height - y - h):.3f} cm /{FORM_NAME} Do Q",
        # the sheet's own cell of the label sheet over the page (the other cells fall off the page)
        f"q 0 0 {grid.tile.width:.3f} {grid.tile.height:.3f} re W n "
        f"1 0 0 1 {-cell_x:.3f} {-cell_y:.3f} cm /{LABELS_NAME} Do Q",
    ]
    gap, length = 2.0, m * 0.75
    marks = []
    for cx in (m, m + w):
        for cy in (m, m + h):
            dx = -1 if cx == m else 1
            dy = -1 if cy == m else 1
            marks.append(_segment(cx + dx * gap, cy, cx + dx * (gap + length), cy))
            marks.append(_segment(cx, cy + dy * gap, cx, cy + dy * (gap + length)))
    ops.append(f"q 0 G 0.5 w {' '.join(marks)} S Q")
    # Where the neighbouring sheets' edges fall: glue guides in the margins.
    o, short = grid.overlap, length * 0.6
    guides_x = ([m + o] if col > 0 else []) + ([m + w - o] if col < grid.cols - 1 else [])
    guides_y = ([m + o] if row < grid.rows - 1 else []) + ([m + h - o] if row > 0 else [])
    guides = [_segment(gx, m - gap, gx, m - gap - short) for gx in guides_x]
    guides += [_segment(gx, m + h + gap, gx, m + h + gap + short) for gx in guides_x]
    guides += [_segment(m - gap, gy, m - gap - short, gy) for gy in guides_y]
    guides += [_segment(m + w + gap, gy, m + w + gap + short, gy) for gy in guides_y]
    if guides:
        ops.append(f"q 0.45 G 0.5 w [2 2] 0 d {' '.join(guides)} S Q")
    return "\n".join(ops)


def _label_cell(grid: TileGrid, row: int, col: int) -> tuple[float, float]:
    """Bottom-left corner of sheet (row, col)'s cell on the label sheet (cells are laid out
    like the sheets themselves, each the size of a sheet)."""
    return (col * grid.tile.width, (grid.rows - 1 - row) * grid.tile.height)


def _label_sheet(canvas: Canvas, grid: TileGrid, language: str) -> None:
    """One page holding every sheet's labels, each in a cell the size of a sheet.

    A cell holds its sheet's name and place in the grid (top margin) and the gluing hint (bottom
    margin) exactly where they print on the sheet; each sheet shows its own cell of this page,
    so the labels are drawn once with reportlab, in the bundled font, for the whole print.
    """
    m = grid.margin
    canvas.setPageSize((grid.cols * grid.tile.width, grid.rows * grid.tile.height))
    hint = label(language, "tile_hint", overlap=f"{number(grid.overlap_mm, language)}{NBSP}mm")
    canvas.addLiteral("0 g")
    cells = [
        (row, col, sheet_label(row, col), *_label_cell(grid, row, col))
        for row in range(grid.rows)
        for col in range(grid.cols)
    ]
    text = canvas.beginText()
    # one pass per font, so the font is set three times, not three times per sheet
    text.setFont(BOLD, 11)
    for _row, _col, name, cell_x, cell_y in cells:
        text.setTextOrigin(cell_x + m + 6, cell_y + grid.tile.height - m + 9)  # clear of the marks
        text.textOut(name)
    text.setFont(REGULAR, 7.5)
    for row, col, name, cell_x, cell_y in cells:
        place = label(language, "tile", label=name, row=row + 1, rows=grid.rows, col=col + 1, cols=grid.cols)
        text.setTextOrigin(cell_x + m + 6 + face(BOLD).width(name, 11), cell_y + grid.tile.height - m + 9)
        text.textOut(f"   {place}")
    text.setFont(REGULAR, 6.5)
    for _row, _col, name, cell_x, cell_y in cells:
        text.setTextOrigin(cell_x + m + 6, cell_y + m - 17)
        text.textOut(f"{hint}   ·   {name}")
    canvas.drawText(text)


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
    canvas.addLiteral(f"q {scale:.6f} 0 0 {scale:.6f} {x0:.3f} {y0:.3f} cm /{FORM_NAME} Do Q")
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.8)
    canvas.rect(x0, y0, grid.poster.width * scale, grid.poster.height * scale, stroke=1, fill=0)
    size = max(6.0, min(14.0, grid.window_width * scale * 0.22))
    frames, boxes = [], []
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(row, col)
            px, py = x0 + x * scale, y0 + (grid.poster.height - y - h) * scale
            frames.append(f"{px:.2f} {py:.2f} {w * scale:.2f} {h * scale:.2f} re")
            box_w = size * (0.7 * len(sheet_label(row, col)) + 0.6)
            cx, cy = px + w * scale / 2, py + h * scale / 2
            boxes.append(f"{cx - box_w / 2:.2f} {cy - size * 0.75:.2f} {box_w:.2f} {size * 1.5:.2f} re")
    canvas.addLiteral(f"q 0.75 0.1 0.1 RG 0.6 w {' '.join(frames)} S 1 g {' '.join(boxes)} f Q")
    bold = face(BOLD)
    text = canvas.beginText()
    text.setFont(BOLD, size)
    canvas.addLiteral("0.75 0.1 0.1 rg")
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(row, col)
            name = sheet_label(row, col)
            cx = x0 + (x + w / 2) * scale - bold.width(name, size) / 2
            cy = y0 + (grid.poster.height - y - h / 2) * scale - size * 0.36
            text.setTextOrigin(cx, cy)
            text.textOut(name)
    canvas.drawText(text)


def draw_tile_sources(canvas: Canvas, grid: TileGrid, title: str, language: str) -> None:
    """After the poster page: the assembly map (page 2) and the label sheet (page 3).

    :func:`assemble_tiles` then makes the sheets out of these three pages.
    """
    _assembly_map(canvas, grid, title, language)
    canvas.showPage()
    _label_sheet(canvas, grid, language)
    canvas.showPage()


def assemble_tiles(pdf: bytes, grid: TileGrid) -> bytes:
    """The print-ready document: the assembly map, then one page per sheet, row by row.

    ``pdf`` holds the poster (page 1), the map (page 2) and the label sheet (page 3). The poster's
    and the label sheet's content streams become Form XObjects — the same stream objects, given
    a form's dictionary — and each sheet is a new page showing its window of the poster and its
    cell of the label sheet. The poster's bytes are stored once, however many sheets show them.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, DictionaryObject, NameObject, StreamObject

    reader = PdfReader(io.BytesIO(pdf))
    poster, assembly_map, labels = reader.pages[0], reader.pages[1], reader.pages[2]
    poster_source, labels_source = _as_form(poster), _as_form(labels)
    resources = cast(DictionaryObject, assembly_map["/Resources"].get_object())
    resources[NameObject("/XObject")] = DictionaryObject({NameObject(f"/{FORM_NAME}"): poster_source})
    writer = PdfWriter()
    written_map = writer.add_page(assembly_map)
    written_resources = cast(DictionaryObject, written_map["/Resources"].get_object())
    poster_form = cast(DictionaryObject, written_resources["/XObject"]).raw_get(f"/{FORM_NAME}")
    labels_form = cast(StreamObject, labels_source.get_object()).clone(writer).indirect_reference
    shared = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject(
                {NameObject(f"/{FORM_NAME}"): poster_form, NameObject(f"/{LABELS_NAME}"): labels_form}
            )
        }
    )
    for row in range(grid.rows):
        for col in range(grid.cols):
            page = writer.add_blank_page(grid.tile.width, grid.tile.height)
            page[NameObject("/Resources")] = shared
            content = ContentStream(None, None)
            content.set_data(sheet_operators(grid, row, col).encode("ascii"))
            page.replace_contents(content)
    if reader.metadata:
        writer.add_metadata({k: str(v) for k, v in reader.metadata.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _as_form(page: PageObject) -> IndirectObject:
    """Give a page's single content stream a Form XObject's dictionary; returns its reference."""
    from pypdf.generic import ArrayObject, FloatObject, IndirectObject, NameObject, StreamObject

    contents = page.raw_get("/Contents")
    form = contents.get_object() if isinstance(contents, IndirectObject) else None
    if not isinstance(form, StreamObject):
        raise TilingError("a page to share must have exactly one content stream")
    box = page.mediabox
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        FloatObject(v) for v in (box.left, box.bottom, box.right, box.top)
    )
    form[NameObject("/Resources")] = page.raw_get("/Resources")
    return contents
