"""Colours shared by the canvas and the poster, as hex strings (no Qt here)."""

from __future__ import annotations

#: Team lane colours offered in order to new teams (colour-blind-safe Tableau 10).
TEAM_COLOURS: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)

#: Card fill colours by kind.
CARD_COLOURS: dict[str, str] = {
    "objective": "#ffffff",
    "key_result": "#eef4fb",
    "initiative": "#f3f3f3",
    "note": "#f6e27f",
}

#: Note colours offered in the palette.
NOTE_COLOURS: tuple[str, ...] = ("#f6e27f", "#a8e6a1", "#a7d3f5", "#f7b2c4", "#d7c4f2")

#: Finding badge colours by severity (shapes differ too: never colour alone).
SEVERITY_COLOURS: dict[str, str] = {"error": "#c0392b", "warning": "#e67e22", "info": "#2e86c1"}


def team_colour(index: int) -> str:
    """The default colour for the ``index``-th team."""
    return TEAM_COLOURS[index % len(TEAM_COLOURS)]
