"""Every text colour of the board on every background it is drawn on reads at WCAG AA (4.5:1).

Backgrounds are composed the way the lane paints them: the view's background, the lane's body
tint over it, the header tint over that — with the alphas the lane item really uses.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor

from okrworkshop.canvas import style
from okrworkshop.canvas.items import LaneItem
from okrworkshop.canvas.view import BACKGROUND
from okrworkshop.model import Team
from okrworkshop.palette import BADGE_INK, CARD_COLOURS, SEVERITY_COLOURS, TEAM_COLOURS, contrast

AA = 4.5


def _over(top: QColor, bottom: QColor) -> QColor:
    """``top`` (with its alpha) painted over the opaque ``bottom``."""
    a = top.alphaF()
    return QColor(
        round(top.red() * a + bottom.red() * (1 - a)),
        round(top.green() * a + bottom.green() * (1 - a)),
        round(top.blue() * a + bottom.blue() * (1 - a)),
    )


def _lane_backgrounds(colour: str) -> dict[str, str]:
    lane = LaneItem(Team("Team", colour=colour, width=1200, height=400))
    body = _over(lane.tint, BACKGROUND)
    header = _over(lane.header_tint, body)
    return {"body": body.name(), "header": header.name()}


@pytest.mark.parametrize("theme", sorted(style.THEMES))
@pytest.mark.parametrize("team_colour", TEAM_COLOURS)
def test_lane_texts_read_on_every_team_colour(qapp: Any, theme: str, team_colour: str) -> None:
    looks = style.THEMES[theme]
    backgrounds = _lane_backgrounds(team_colour)
    # the lane's name and presenter labels (ink) and its second line (muted ink) sit on the header
    for name, ink in (("ink", looks.ink), ("muted", looks.muted_ink)):
        ratio = contrast(ink.name(), backgrounds["header"])
        assert ratio >= AA, (theme, team_colour, name, round(ratio, 2))
        assert contrast(ink.name(), backgrounds["body"]) >= AA


@pytest.mark.parametrize("theme", sorted(style.THEMES))
def test_card_texts_read_on_every_card(theme: str) -> None:
    looks = style.THEMES[theme]
    fills = {
        "objective": looks.objective_fill.color().name(),
        "key_result": looks.key_result_fill.color().name(),
        "initiative": looks.initiative_fill.color().name(),
    }
    for kind, fill in fills.items():
        for ink in (looks.ink, looks.muted_ink):
            assert contrast(ink.name(), fill) >= AA, (theme, kind, ink.name())
        # presenter mode's finding labels, in their severity's colour
        for severity, colour in SEVERITY_COLOURS.items():
            assert contrast(colour, fill) >= AA, (theme, kind, severity)
    assert contrast(looks.ink.name(), CARD_COLOURS["note"]) >= AA


def test_badge_digits_read_on_their_badges() -> None:
    for severity, colour in SEVERITY_COLOURS.items():
        assert contrast(BADGE_INK[severity], colour) >= AA
