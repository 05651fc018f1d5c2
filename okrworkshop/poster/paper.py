"""Paper sizes: the ISO 216 A series, exact, as data.

Sizes are kept in millimetres (the standard's own unit) and converted to PostScript points
(1 pt = 1/72 in = 25.4/72 mm) in one place, so A0 is 2383.94 × 3370.39 pt — 2384 × 3370 once
rounded, as every print shop and ``pdfinfo`` report it.
"""

from __future__ import annotations

from dataclasses import dataclass

from okrworkshop.model.value import Value

MM_PER_POINT = 25.4 / 72.0

#: ISO 216 A-series sizes in millimetres, portrait (width, height).
ISO_A_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
}

#: Sheets a poster can be drawn on, and sheets a poster can be tiled onto.
POSTER_PAPERS: tuple[str, ...] = ("A0", "A1", "A2", "A3")
TILE_PAPERS: tuple[str, ...] = ("A4", "A3")


def mm(value: float) -> float:
    """Millimetres to points."""
    return value / MM_PER_POINT


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Sheet(Value):
    """One sheet of paper in a given orientation, in points."""

    name: str
    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def short_side(self) -> float:
        return min(self.width, self.height)


def sheet(name: str, landscape: bool = False) -> Sheet:
    """The sheet called ``name`` (``"A0"`` … ``"A4"``), portrait unless ``landscape``."""
    key = name.upper()
    if key not in ISO_A_MM:
        raise ValueError(f"unknown paper size {name!r}; use one of {', '.join(ISO_A_MM)}")
    width, height = (mm(side) for side in ISO_A_MM[key])
    if landscape:
        width, height = height, width
    return Sheet(key, width, height)
