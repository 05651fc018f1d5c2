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

#: Finding badge colours by severity (shapes differ too: never colour alone). Dark enough that
#: white digits read at WCAG AA (4.5:1) and the shape stands out from a white or tinted card (3:1).
SEVERITY_COLOURS: dict[str, str] = {"error": "#c0392b", "warning": "#a85400", "info": "#1f6fa8"}
#: The digit colour on each severity's badge.
BADGE_INK: dict[str, str] = {"error": "#ffffff", "warning": "#ffffff", "info": "#ffffff"}


#: Red / amber / green of a key result's confidence (0–3, 4–6, 7–10): the dot on its card, on screen
#: and on the poster. Each stands out at 3:1 or more (WCAG's figure for graphics) from the white and
#: the light blue key-result card, so the mark reads beside its number.
CONFIDENCE_COLOURS: dict[str, str] = {"red": "#d32f2f", "amber": "#c27400", "green": "#2f8a4c"}


def badge_ink(severity: str) -> str:
    """The colour of the count drawn on a badge of ``severity``."""
    return BADGE_INK[severity]


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255.0
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def team_colour(index: int) -> str:
    """The default colour for the ``index``-th team."""
    return TEAM_COLOURS[index % len(TEAM_COLOURS)]
