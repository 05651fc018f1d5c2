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

Marks a person assembles by: nothing is printed closer than :data:`CLEARANCE_MM` to the paper's
edge (office printers clip 4–6 mm); the cut marks and the gluing hint stay in the margin between
that line and the window; the sheet's name and an arrow to each neighbour ("→ B4") are printed
*inside* the window, in the strips the neighbours repeat, so they survive the scissors and mostly
hide under the next sheet. The map page says to print at 100 % and carries a 10 cm scale bar to
check it with a ruler.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from okrworkshop.model.value import Value
from okrworkshop.poster.fonts import BOLD, REGULAR, face
from okrworkshop.poster.labels import NBSP, label, number
from okrworkshop.poster.paper import TILE_PAPERS, Sheet, mm, sheet
from okrworkshop.poster.text import fit

if TYPE_CHECKING:
    from pypdf import PageObject
    from pypdf.generic import IndirectObject
    from reportlab.pdfgen.canvas import Canvas

#: Blank border of each tile sheet (printers cannot print to the edge; cut marks go there).
SHEET_MARGIN_MM = 12.0
#: Nothing prints closer than this to the paper's edge.
CLEARANCE_MM = 8.0
DEFAULT_OVERLAP_MM = 10.0
#: Length of the map page's scale bar.
SCALE_BAR_MM = 100.0
#: Gap between a cut mark and the window's edge (points).
MARK_GAP = 2.0
#: The tags inside the window: the sheet's name, and the arrows to its neighbours (points).
NAME_SIZE = 12.0
ARROW_SIZE = 9.0
TAG_PAD = 3.0
FORM_NAME = "OkrPoster"
LABELS_NAME = "OkrLabels"
MARK = "#000000"


class TilingError(ValueError):
    """Tiling options that cannot work (overlap as large as the printable window, …)."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class TileGrid(Value):
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
        cols = _count(poster.width, window_w, overlap)
        rows = _count(poster.height, window_h, overlap)
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


def _count(length: float, window: float, overlap: float) -> int:
    """How many windows of ``window`` points, each repeating ``overlap`` of the last, cover ``length``.

    n windows cover ``n × (window − overlap) + overlap``; a poster exactly that long takes n sheets,
    not n + 1: the quotient is rounded to a millionth first, since sizes converted from
    millimetres land a hair off the exact multiple.
    """
    if length <= window:
        return 1
    return math.ceil(round((length - overlap) / (window - overlap), 6))


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Tag(Value):
    """A label printed inside a sheet's window: a white box with a line of text (page points,
    origin at the sheet's bottom-left corner, as in the PDF)."""

    text: str
    x: float
    y: float
    width: float
    height: float
    size: float
    bold: bool


def tags(grid: TileGrid, row: int, col: int) -> list[Tag]:
    """The sheet's name in the window's top-left corner and an arrow to each neighbour at the
    middle of the edge it shares with it, each inside the strip the neighbour repeats."""
    m, w, h, o = grid.margin, grid.window_width, grid.window_height, grid.overlap
    regular, bold = face(REGULAR), face(BOLD)

    def box(text: str, size: float, strong: bool) -> tuple[float, float]:
        used = bold if strong else regular
        return used.width(text, size) + 2 * TAG_PAD, size * 1.25 + TAG_PAD

    def inset(extent: float) -> float:
        """Distance from the window's edge to a tag's near side: centred in the overlap strip."""
        return max((o - extent) / 2, 1.5)

    found: list[Tag] = []
    name = sheet_label(row, col)
    nw, nh = box(name, NAME_SIZE, True)
    found.append(Tag(name, m + inset(nw), m + h - inset(nh) - nh, nw, nh, NAME_SIZE, True))
    neighbours = (
        (row - 1, col, "↑"),
        (row + 1, col, "↓"),
        (row, col - 1, "←"),
        (row, col + 1, "→"),
    )
    for n_row, n_col, arrow in neighbours:
        if not (0 <= n_row < grid.rows and 0 <= n_col < grid.cols):
            continue
        text = f"{arrow} {sheet_label(n_row, n_col)}"
        tw, th = box(text, ARROW_SIZE, False)
        if arrow == "↑":
            x, y = m + w / 2 - tw / 2, m + h - inset(th) - th
        elif arrow == "↓":
            x, y = m + w / 2 - tw / 2, m + inset(th)
        elif arrow == "←":
            x, y = m + inset(tw), m + h / 2 - th / 2
        else:
            x, y = m + w - inset(tw) - tw, m + h / 2 - th / 2
        found.append(Tag(text, x, y, tw, th, ARROW_SIZE, False))
    return found


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
    # marks run from the clearance line to just short of the window
    gap, length = MARK_GAP, m - MARK_GAP - mm(CLEARANCE_MM)
    marks = []
    for cx in (m, m + w):
        for cy in (m, m + h):
            dx = -1 if cx == m else 1
            dy = -1 if cy == m else 1
            marks.append(_segment(cx + dx * gap, cy, cx + dx * (gap + length), cy))
            marks.append(_segment(cx, cy + dy * gap, cx, cy + dy * (gap + length)))
    ops.append(f"q 0 G 0.5 w {' '.join(marks)} S Q")
    # Where the neighbouring sheets' edges fall: glue guides in the margins.
    o, short = grid.overlap, length
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
    m, w = grid.margin, grid.window_width
    canvas.setPageSize((grid.cols * grid.tile.width, grid.rows * grid.tile.height))
    hint = label(language, "tile_hint", overlap=f"{number(grid.overlap_mm, language)}{NBSP}mm")
    canvas.addLiteral("0 g")
    cells = [
        (row, col, sheet_label(row, col), *_label_cell(grid, row, col))
        for row in range(grid.rows)
        for col in range(grid.cols)
    ]
    # the tags' white boxes first (one path), then all the text in one text object
    sheet_tags = [(cell_x, cell_y, tags(grid, row, col)) for row, col, _n, cell_x, cell_y in cells]
    boxes = [
        f"{cell_x + t.x:.2f} {cell_y + t.y:.2f} {t.width:.2f} {t.height:.2f} re"
        for cell_x, cell_y, found in sheet_tags
        for t in found
    ]
    canvas.addLiteral(f"q 1 g 0.35 G 0.6 w {' '.join(boxes)} B Q")
    text = canvas.beginText()
    # one pass per font, so the font is set a few times, not a few times per sheet
    text.setFont(BOLD, NAME_SIZE)
    for cell_x, cell_y, found in sheet_tags:
        for t in found:
            if t.bold:
                text.setTextOrigin(cell_x + t.x + TAG_PAD, cell_y + t.y + TAG_PAD / 2 + t.size * 0.3)
                text.textOut(t.text)
    text.setFont(REGULAR, ARROW_SIZE)
    for cell_x, cell_y, found in sheet_tags:
        for t in found:
            if not t.bold:
                text.setTextOrigin(cell_x + t.x + TAG_PAD, cell_y + t.y + TAG_PAD / 2 + t.size * 0.3)
                text.textOut(t.text)
    # the margins: where the sheet goes (top) and how to glue it (bottom), between the clearance
    # line and the cut marks' ends
    clear = mm(CLEARANCE_MM)
    top_size, hint_size = 7.0, 6.5
    text.setFont(REGULAR, top_size)
    for row, col, name, cell_x, cell_y in cells:
        place = label(language, "tile", label=name, row=row + 1, rows=grid.rows, col=col + 1, cols=grid.cols)
        # the capitals' tops stay below the clearance line
        baseline = grid.tile.height - clear - face(REGULAR).ascent / 1000 * top_size
        # centred, clear of the glue guides near the window's corners
        text.setTextOrigin(cell_x + m + (w - face(REGULAR).width(place, top_size)) / 2, cell_y + baseline)
        text.textOut(place)
    text.setFont(REGULAR, hint_size)
    for _row, _col, name, cell_x, cell_y in cells:
        line = f"{hint}   ·   {name}"
        # the descenders stay above the clearance line
        x = cell_x + m + (w - face(REGULAR).width(line, hint_size)) / 2
        text.setTextOrigin(x, cell_y + clear - face(REGULAR).descent / 1000 * hint_size)
        text.textOut(line)
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
    bar_room = _scale_bar(canvas, m, m, page.width - 2 * m, language)
    # fit the whole sheet grid (it is centred on the poster and covers a little more)
    first_x, first_y, _, _ = grid.window(0, 0)
    last_x, last_y, last_w, last_h = grid.window(grid.rows - 1, grid.cols - 1)
    left, upper = min(first_x, 0.0), min(first_y, 0.0)
    right = max(last_x + last_w, grid.poster.width)
    lower = max(last_y + last_h, grid.poster.height)
    avail_w, avail_h = page.width - 2 * m, top - m - bar_room
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


def scale_bar_box(left: float, bottom: float) -> tuple[float, float, float, float]:
    """The map's scale bar (x, y, width, height in page points, bottom-left origin): 10 cm long."""
    return (left, bottom + 12.0, mm(SCALE_BAR_MM), 5.0)


def _scale_bar(canvas: Canvas, left: float, bottom: float, width: float, language: str) -> float:
    """The "print at 100 %" note over a 10 cm bar in centimetre steps; returns the height used."""
    x, y, length, height = scale_bar_box(left, bottom)
    step = length / 10
    light = " ".join(f"{x + i * step:.3f} {y:.3f} {step:.3f} {height:.3f} re" for i in range(1, 10, 2))
    dark = " ".join(f"{x + i * step:.3f} {y:.3f} {step:.3f} {height:.3f} re" for i in range(0, 10, 2))
    canvas.addLiteral(
        f"q 0 g {dark} f 1 g {light} f 0 G 0.5 w {x:.3f} {y:.3f} {length:.3f} {height:.3f} re S Q"
    )
    text = canvas.beginText()
    text.setFont(REGULAR, 8)
    for tick in (0, 5, 10):
        mark = f"{tick}{NBSP}cm" if tick else "0"
        text.setTextOrigin(x + tick * step - face(REGULAR).width(mark, 8) / 2, bottom + 2)
        text.textOut(mark)
    note = fit(label(language, "print_note"), face(BOLD), width, 30.0, 9.0, 7.0)
    text.setFont(BOLD, note.size, note.leading)
    line_y = y + height + 6 + (len(note.lines) - 1) * note.leading
    for line in note.lines:
        text.setTextOrigin(left, line_y)
        text.textOut(line)
        line_y -= note.leading
    canvas.drawText(text)
    return y + height + 6 + len(note.lines) * note.leading + 10 - bottom


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
