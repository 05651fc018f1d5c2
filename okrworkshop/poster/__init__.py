"""Posters: the board laid out on an ISO sheet, as a vector PDF, tiles, or (via exports) a PNG.

Importing this package is cheap: reportlab and pypdf load only when a PDF is written, Pillow only
for images.
"""

from okrworkshop.poster.export import PosterResult, poster_pdf, write_poster
from okrworkshop.poster.layout import PosterLayout, PosterOptions, layout_poster
from okrworkshop.poster.paper import POSTER_PAPERS, TILE_PAPERS, Sheet, sheet
from okrworkshop.poster.quality import Quality, assess
from okrworkshop.poster.tiles import DEFAULT_OVERLAP_MM, TileGrid, TilingError, plan_tiles

__all__ = [
    "DEFAULT_OVERLAP_MM",
    "POSTER_PAPERS",
    "TILE_PAPERS",
    "PosterLayout",
    "PosterOptions",
    "PosterResult",
    "Quality",
    "Sheet",
    "TileGrid",
    "TilingError",
    "assess",
    "layout_poster",
    "plan_tiles",
    "poster_pdf",
    "sheet",
    "write_poster",
]
