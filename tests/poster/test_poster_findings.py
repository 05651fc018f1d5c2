"""Findings a room can read on the wall: a panel naming each card's rules, AA badges, confidence marks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
from okrworkshop.palette import (
    BADGE_INK,
    CARD_COLOURS,
    CONFIDENCE_COLOURS,
    SEVERITY_COLOURS,
    contrast,
)
from okrworkshop.poster import PosterOptions, assess, write_poster
from okrworkshop.poster.layout import layout_sheets
from okrworkshop.poster.quality import Quality
from okrworkshop.poster.shapes import Text

CATALOGUE = Path(__file__).parents[2] / "okrworkshop" / "rules" / "catalogue.json"


def _titles(language: str) -> dict[str, str]:
    return {r["id"]: r["title"][language] for r in json.loads(CATALOGUE.read_text(encoding="utf-8"))}


def _drafts(language: str = "fr") -> Board:
    """Two teams; the second's key result is a task with no owner (the checker has words for it)."""
    board = Board(Workshop(title="Atelier", language=language))
    direction = board.add(Team("Direction", colour="#4e79a7"))
    good = board.add(Objective(direction.id, "Devenir la boulangerie préférée du quartier", owner="Léa"))
    board.add(
        KeyResult(good.id, "Faire passer le NPS de 32 à 45", baseline=32, target=45, unit="NPS", owner="Léa")
    )
    shop = board.add(Team("Boutique", colour="#59a14f", order=1))
    task = board.add(Objective(shop.id, "Lancer le site web", owner="Tom"))
    board.add(KeyResult(task.id, "Mettre en place le site web"))
    return board


def test_the_panel_names_each_finding_by_its_card_and_its_rule_title(tmp_path: Path, poppler: Any) -> None:
    board = _drafts()
    quality = assess(board)
    titles = _titles("fr")
    # what the oracle expects: every finding on a card, the catalogue's French title (typographic ’)
    expected = {
        (severity, titles[rule].replace("'", "’"))
        for pairs in quality.rules.values()
        for severity, rule in pairs
    }
    assert expected, "the drafts must have findings for this test to mean anything"
    out = tmp_path / "poster.pdf"
    write_poster(board, out, PosterOptions(paper="A1", date="2027-01-15"), quality=quality)
    [sheet] = layout_sheets(board, PosterOptions(paper="A1", date="2027-01-15"), quality)
    assert {(severity, title) for severity, _ref, title in sheet.findings} == expected
    text = " ".join(poppler.text(out).split())
    assert "Ce que le vérificateur a relevé, carte par carte" in text
    task_kr = board.key_results(board.objectives(board.teams()[1].id)[0].id)[0]
    for _severity, rule in quality.rules[task_kr.id]:
        # the panel line names the team and the numbers printed on the card itself
        assert f"Boutique · O1 KR1 — {titles[rule].replace(chr(39), '’')}" in text
    # the key result carries that number on the sheet
    x, y, w, h = sheet.card_boxes[task_kr.id]
    on_card = [
        line
        for s in sheet.shapes
        if isinstance(s, Text) and x <= s.x <= x + w and y <= s.y <= y + h
        for line in s.lines
    ]
    assert any(line.startswith("KR1") for line in on_card)
    # no line for the card without findings
    assert "Direction · O1 KR1 —" not in text


def test_no_findings_no_panel(tmp_path: Path, poppler: Any) -> None:
    board = _drafts()
    quality = Quality({}, {"error": 0, "warning": 0, "info": 0})
    [sheet] = layout_sheets(board, PosterOptions(paper="A1"), quality)
    assert sheet.findings == []
    texts = [line for s in sheet.shapes if isinstance(s, Text) for line in s.lines]
    assert not [line for line in texts if "carte par carte" in line]


def test_the_panel_speaks_the_workshop_language() -> None:
    board = _drafts("en")
    quality = assess(board)
    [sheet] = layout_sheets(board, PosterOptions(paper="A1"), quality)
    english = set(_titles("en").values())
    assert sheet.findings and all(title in english for _s, _r, title in sheet.findings)
    texts = [line for s in sheet.shapes if isinstance(s, Text) for line in s.lines]
    assert "What the checker found, card by card" in texts


def test_the_panel_leaves_room_for_the_cards_and_sits_above_the_footer() -> None:
    board = _drafts()
    quality = assess(board)
    [sheet] = layout_sheets(board, PosterOptions(paper="A1"), quality)
    heading = next(s for s in sheet.shapes if isinstance(s, Text) and "carte par carte" in s.lines[0])
    lowest_card = max(y + h for _x, y, _w, h in sheet.card_boxes.values())
    summary = next(s for s in sheet.shapes if isinstance(s, Text) and s.lines[0].startswith("Vérificateur"))
    assert lowest_card < heading.y < summary.y


@pytest.mark.parametrize("severity", sorted(SEVERITY_COLOURS))
def test_badge_digits_read_at_aa_and_badges_stand_out_from_every_card(severity: str) -> None:
    colour = SEVERITY_COLOURS[severity]
    assert contrast(BADGE_INK[severity], colour) >= 4.5
    for fill in (*CARD_COLOURS.values(), "#ffffff"):
        assert contrast(colour, fill) >= 3.0, (severity, fill)


@pytest.mark.parametrize("band", sorted(CONFIDENCE_COLOURS))
def test_confidence_marks_stand_out_from_key_result_cards(band: str) -> None:
    for fill in (CARD_COLOURS["key_result"], "#ffffff"):
        assert contrast(CONFIDENCE_COLOURS[band], fill) >= 3.0
