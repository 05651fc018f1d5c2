"""Posters: the board laid out on an ISO sheet, as a vector PDF, tiles, or (via exports) a PNG.

Importing this package is cheap: its names load with the module that defines them (so measuring
text with :mod:`okrworkshop.poster.fonts` loads no layout code), reportlab and pypdf only when a
PDF is written, Pillow only for images.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from okrworkshop.poster.export import PosterResult, poster_pdf, write_poster
    from okrworkshop.poster.layout import PosterLayout, PosterOptions, layout_poster
    from okrworkshop.poster.paper import POSTER_PAPERS, TILE_PAPERS, Sheet, sheet
    from okrworkshop.poster.quality import Quality, assess
    from okrworkshop.poster.tiles import DEFAULT_OVERLAP_MM, TileGrid, TilingError, plan_tiles

#: Exported name -> the module that defines it.
_HOME = {
    "PosterResult": "export",
    "poster_pdf": "export",
    "write_poster": "export",
    "PosterLayout": "layout",
    "PosterOptions": "layout",
    "layout_poster": "layout",
    "POSTER_PAPERS": "paper",
    "TILE_PAPERS": "paper",
    "Sheet": "paper",
    "sheet": "paper",
    "Quality": "quality",
    "assess": "quality",
    "DEFAULT_OVERLAP_MM": "tiles",
    "TileGrid": "tiles",
    "TilingError": "tiles",
    "plan_tiles": "tiles",
}

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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"okrworkshop.poster.{home}"), name)
