"""Making poster files: one vector PDF page, or print-ready tiles with an assembly map.

reportlab and pypdf are imported inside the functions that need them, so nothing here costs
start-up time until an export actually runs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from okrworkshop.model import Board
from okrworkshop.model.value import Value
from okrworkshop.outputs import write_atomically
from okrworkshop.poster.fonts import BOLD, REGULAR, face, printable
from okrworkshop.poster.layout import PosterLayout, PosterOptions, layout_sheets
from okrworkshop.poster.paper import sheet
from okrworkshop.poster.quality import Quality, assess
from okrworkshop.poster.tiles import (
    DEFAULT_OVERLAP_MM,
    TileGrid,
    assemble_tiles,
    draw_tile_sources,
    plan_tiles,
)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PosterResult(Value):
    """What an export made: page count, the warnings to show, and the tile plan if tiled."""

    pages: int
    warnings: list[str]
    #: The first sheet's layout (``sheets`` holds every sheet's).
    layout: PosterLayout
    grid: TileGrid | None = None
    sheets: tuple[PosterLayout, ...] = ()


def poster_pdf(
    board: Board,
    options: PosterOptions,
    *,
    tile: str | None = None,
    overlap_mm: float = DEFAULT_OVERLAP_MM,
    quality: Quality | None = None,
) -> tuple[bytes, PosterResult]:
    """The poster as PDF bytes: one page per poster sheet, or (with ``tile`` A4/A3) for each
    sheet an assembly map and its tiles."""
    from okrworkshop.poster.pdf import binary_streams, draw_shapes, new_canvas

    grid = plan_tiles(sheet(options.paper, options.landscape), tile, overlap_mm) if tile else None
    sheets = layout_sheets(board, options, assess(board) if quality is None else quality)
    workshop = board.workshop
    title, _missing = printable(workshop.title.strip() or "okrworkshop", (face(REGULAR), face(BOLD)))
    subject = f"OKR poster {options.paper.upper()}"

    def render(layouts: list[PosterLayout], map_title: str | None) -> bytes:
        buffer = io.BytesIO()
        with binary_streams():
            canvas = new_canvas(buffer, title, workshop.facilitator, subject)
            for layout in layouts:
                canvas.setPageSize((layout.sheet.width, layout.sheet.height))
                draw_shapes(canvas, layout.shapes, layout.sheet.height)
                canvas.showPage()
            if grid is not None and map_title is not None:
                draw_tile_sources(canvas, grid, map_title, sheets[0].language)
            canvas.save()
        return buffer.getvalue()

    first = sheets[0]
    if grid is None:
        return render(sheets, None), PosterResult(len(sheets), first.warnings, first, None, tuple(sheets))
    parts = []
    for layout in sheets:
        map_title = title if layout.total == 1 else f"{title} — {layout.number}/{layout.total}"
        parts.append(assemble_tiles(render([layout], map_title), grid))
    data = parts[0] if len(parts) == 1 else _concatenate(parts)
    return data, PosterResult((grid.count + 1) * len(sheets), first.warnings, first, grid, tuple(sheets))


def _concatenate(documents: list[bytes]) -> bytes:
    """Several PDFs one after the other (each sheet's map and tiles)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for document in documents:
        reader = PdfReader(io.BytesIO(document))
        for page in reader.pages:
            writer.add_page(page)
        if reader.metadata and not writer.metadata:
            writer.add_metadata({k: str(v) for k, v in reader.metadata.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_poster(
    board: Board,
    path: str | Path,
    options: PosterOptions,
    *,
    tile: str | None = None,
    overlap_mm: float = DEFAULT_OVERLAP_MM,
    quality: Quality | None = None,
) -> PosterResult:
    """Write the poster PDF to ``path`` (beside it first, then moved in: never half a file)."""
    data, result = poster_pdf(board, options, tile=tile, overlap_mm=overlap_mm, quality=quality)
    write_atomically(Path(path), data)
    return result
