"""How the canvas looks: card geometry, fonts and colours, in board points at 100 % zoom.

Sizes follow the tidy layout of :mod:`okrworkshop.interchange.layout` (card width, lane header,
gaps), so a draft imported from JSON lands on lanes sized for these cards. Fonts are the bundled
DejaVu Sans, the one font of the screen and the poster, sized in pixels so that one board point
is one pixel at 100 % zoom whatever the screen's DPI (the poster uses the same numbers in points).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPen

from okrworkshop.interchange.layout import CARD_WIDTH, INDENT, LANE_GAP, LANE_HEADER, LANE_PADDING, NOTE_SIZE
from okrworkshop.model.value import Value
from okrworkshop.palette import CARD_COLOURS, SEVERITY_COLOURS
from okrworkshop.paths import asset

__all__ = [
    "CARD_WIDTH",
    "INDENT",
    "LANE_GAP",
    "LANE_HEADER",
    "LANE_PADDING",
    "NOTE_SIZE",
]

FAMILY = "DejaVu Sans"

#: Snap grid (points).
GRID = 10.0

# Objective card.
CARD_PADDING = 10.0
CARD_RADIUS = 6.0
TEAM_STRIP = 6.0  # the team's colour down the card's left edge
KR_INSET = 8.0  # key results sit inside their objective
KR_PADDING = 7.0
KR_GAP = 8.0  # leaves room for the next key result's badges, which straddle its top edge
INITIATIVE_INSET = 16.0  # initiatives sit inside their key result, indented
INITIATIVE_PADDING = 5.0
INITIATIVE_GAP = 8.0
LINK_HANDLE_RADIUS = 7.0

# Notes.
NOTE_PADDING = 12.0

# Lanes.
LANE_RADIUS = 8.0
RESIZE_MARGIN = 8.0  # how close to a lane's bottom or right edge the resize grip is
MIN_LANE_WIDTH = 400.0
MIN_LANE_HEIGHT = 140.0

# Badges.
BADGE_SIZE = 20.0
BADGE_GAP = 3.0

#: Font roles -> (pixel size, bold). At 100 % a key result reads at 15 px (11 px capitals), the
#: smallest text of a card at 13 px; presenter mode zooms until key results reach 24 px.
FONT_ROLES: dict[str, tuple[int, bool]] = {
    "objective": (17, True),
    "objective-meta": (13, False),
    "key-result": (15, False),
    "key-result-meta": (13, False),
    "initiative": (14, False),
    "note": (15, False),
    "lane": (20, True),
    "lane-meta": (12, False),
    "badge": (12, True),
    "finding-label": (13, True),
}

INK = QColor("#1f2933")
#: Details and the lane's second line: 4.5:1 (WCAG AA) or more on every card and on every team
#: colour's lane header (tests/canvas/test_canvas_contrast.py computes every pair).
MUTED_INK = QColor("#434d59")
CARD_BORDER = QColor("#9aa5b1")
SELECTION = QColor("#1f6feb")
DROP_HIGHLIGHT = QColor("#1f6feb")
ARROW = QColor(82, 96, 109, 225)


def card_fill(kind: str) -> QColor:
    return QColor(CARD_COLOURS[kind])


def severity_colour(severity: str) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


_fonts_loaded = False


def load_fonts() -> None:
    """Register the bundled DejaVu fonts with Qt (once; needs a QGuiApplication)."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(asset("fonts", name)))
    _fonts_loaded = True


@cache
def font(role: str) -> QFont:
    """The font of one text role on the canvas (unhinted, so text wraps the same at every zoom)."""
    load_fonts()
    size, bold = FONT_ROLES[role]
    result = QFont(FAMILY)
    result.setPixelSize(size)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    result.setKerning(True)
    return result


def snap(value: float, enabled: bool = True) -> float:
    """``value`` on the grid (when snapping is on)."""
    return round(value / GRID) * GRID if enabled else value


@dataclass(frozen=True, eq=False, repr=False)
class Theme(Value):
    """Pens and brushes of the cards: the normal look, or high contrast for projectors."""

    name: str
    ink: QColor
    muted_ink: QColor
    border_pen: QPen
    ink_pen: QPen
    muted_pen: QPen
    objective_fill: QBrush
    key_result_fill: QBrush
    initiative_fill: QBrush
    note_pen: QPen


def _theme(
    name: str, ink: str, muted: str, border: str, border_width: float, fills: dict[str, str], note_alpha: int
) -> Theme:
    ink_colour, muted_colour = QColor(ink), QColor(muted)
    return Theme(
        name=name,
        ink=ink_colour,
        muted_ink=muted_colour,
        border_pen=QPen(QColor(border), border_width),
        ink_pen=QPen(ink_colour),
        muted_pen=QPen(muted_colour),
        objective_fill=QBrush(QColor(fills["objective"])),
        key_result_fill=QBrush(QColor(fills["key_result"])),
        initiative_fill=QBrush(QColor(fills["initiative"])),
        note_pen=QPen(QColor(0, 0, 0, note_alpha), border_width),
    )


#: The everyday look, and the presenter-mode look: black ink, white cards, heavy borders.
THEMES: dict[str, Theme] = {
    "normal": _theme("normal", INK.name(), MUTED_INK.name(), CARD_BORDER.name(), 1.0, CARD_COLOURS, 60),
    "high_contrast": _theme(
        "high_contrast",
        "#000000",
        "#1a1a1a",
        "#000000",
        2.0,
        {"objective": "#ffffff", "key_result": "#ffffff", "initiative": "#ececec"},
        200,
    ),
}
_current = THEMES["normal"]


def theme() -> Theme:
    """The theme cards are painted with now."""
    return _current


def set_theme(name: str) -> None:
    """Switch the look of every card (repaint the scene after)."""
    global _current
    _current = THEMES[name]
