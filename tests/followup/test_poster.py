"""The poster prints each key result's progress and confidence: the words, the bar and the dot."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from okrworkshop.model import KeyResult
from okrworkshop.palette import CONFIDENCE_COLOURS
from okrworkshop.poster import PosterOptions, write_poster
from okrworkshop.poster.layout import layout_poster
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.shapes import Circle, Rect
from tests.followup.conftest import followup_board

OPTIONS = PosterOptions(paper="A2", layout="board", date="2027-02-15")


def _inside(box: tuple[float, float, float, float], x: float, y: float) -> bool:
    bx, by, bw, bh = box
    return bx <= x <= bx + bw and by <= y <= by + bh


def test_progress_and_confidence_print_on_the_key_result(tmp_path: Path) -> None:
    board = followup_board()
    kr = next(k for k in board.key_results() if k.title.startswith("Faire passer la part"))
    assert isinstance(kr, KeyResult)
    layout = layout_poster(board, OPTIONS, NO_CHECKER)
    box = layout.card_boxes[kr.id]
    track, fill = [
        s
        for s in layout.shapes
        if isinstance(s, Rect) and _inside(box, s.x, s.y) and s.fill in ("#dde3ea", "#4e79a7")
    ]
    assert fill.width / track.width == pytest.approx(6 / 13)  # 82 -> 95, at 88
    [dot] = [
        s
        for s in layout.shapes
        if isinstance(s, Circle) and _inside(box, s.cx, s.cy) and s.fill == CONFIDENCE_COLOURS["green"]
    ]
    # Key results without a value get no bar.
    quiet = next(k for k in board.key_results() if k.title.startswith("Réduire"))
    quiet_box = layout.card_boxes[quiet.id]
    assert not [
        s
        for s in layout.shapes
        if isinstance(s, Rect) and s.fill == "#dde3ea" and _inside(quiet_box, s.x, s.y)
    ]

    out = tmp_path / "suivi.pdf"
    write_poster(board, out, OPTIONS, quality=NO_CHECKER)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "confiance 8/10" in flat
    assert "actuel\u00a0: 88" in flat or "actuel : 88" in flat
    # The printed page shows the dot in green and the bar's filled part in blue where the layout put them.
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True
    )
    image = Image.open(tmp_path / "page.png").convert("RGB")
    assert image.getpixel((round(dot.cx), round(dot.cy))) == tuple(
        int(CONFIDENCE_COLOURS["green"][i : i + 2], 16) for i in (1, 3, 5)
    )
    middle = round(fill.y + fill.height / 2)
    assert image.getpixel((round(fill.x + fill.width / 2), middle)) == (0x4E, 0x79, 0xA7)
    assert image.getpixel((round(fill.x + fill.width + (track.width - fill.width) / 2), middle)) == (
        0xDD,
        0xE3,
        0xEA,
    )


def test_confidence_without_a_value_still_prints_its_coloured_dot() -> None:
    """The confidence is a red/amber/green mark as well as a number, bar or no bar (as on screen)."""
    board = followup_board()
    quiet = next(k for k in board.key_results() if k.title.startswith("Réduire"))
    board.update(quiet.id, confidence=5)  # amber (4–6), still no current value
    layout = layout_poster(board, OPTIONS, NO_CHECKER)
    box = layout.card_boxes[quiet.id]
    inside = [s for s in layout.shapes if isinstance(s, Circle) and _inside(box, s.cx, s.cy)]
    assert [s.fill for s in inside] == [CONFIDENCE_COLOURS["amber"]]
    assert not [
        s for s in layout.shapes if isinstance(s, Rect) and s.fill == "#dde3ea" and _inside(box, s.x, s.y)
    ]


def test_scores_print_as_pills_in_the_trainers_colours() -> None:
    from okrworkshop.poster.shapes import Text

    board = followup_board()
    committed = board.objectives()[0]
    late, complaints = board.key_results(committed.id)
    board.update(complaints.id, current=6.0, score=0.8)  # committed: 0.8 is amber
    layout = layout_poster(board, OPTIONS, NO_CHECKER)

    def pills(card_id: str) -> list[tuple[str, str]]:
        box = layout.card_boxes[card_id]
        fills = [
            s
            for s in layout.shapes
            if isinstance(s, Rect) and s.fill in CONFIDENCE_COLOURS.values() and _inside(box, s.x, s.y)
        ]
        found = []
        for pill in fills:
            [text] = [
                s
                for s in layout.shapes
                if isinstance(s, Text)
                and s.centred
                and pill.x <= s.x <= pill.x + pill.width
                and pill.y <= s.y <= pill.y + pill.height
            ]
            found.append((pill.fill, text.lines[0]))
        return found

    assert pills(late.id) == [(CONFIDENCE_COLOURS["red"], "0,6")]  # committed, 0.6: red
    assert pills(complaints.id) == [(CONFIDENCE_COLOURS["amber"], "0,8")]
    # The objective's pill sits in its own header, above its first key result.
    objective_box = layout.card_boxes[committed.id]
    head = [
        (fill, text)
        for fill, text in pills(committed.id)
        if (fill, text) not in pills(late.id) + pills(complaints.id)
    ]
    assert head == [(CONFIDENCE_COLOURS["amber"], "0,7")]
    # Unscored cards print no pill (the aspirational objective and its key result).
    aspirational = board.objectives()[1]
    [nps] = board.key_results(aspirational.id)
    assert pills(nps.id) == []
    assert objective_box[1] < layout.card_boxes[late.id][1]
