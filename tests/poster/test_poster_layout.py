"""Poster geometry from the model: nothing overlaps, everything is on the sheet, text stays readable."""

from __future__ import annotations

import itertools

import pytest

from okrworkshop.model import Board, KeyResult, Note, Objective, Team, Workshop
from okrworkshop.palette import SEVERITY_COLOURS
from okrworkshop.poster import PosterLayout, PosterOptions, Quality, layout_poster
from okrworkshop.poster.layout import ARROW
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.shapes import Polygon, Rect, Text

Box = tuple[float, float, float, float]


def _overlap(a: Box, b: Box) -> bool:
    return (
        a[0] < b[0] + b[2] - 0.01
        and b[0] < a[0] + a[2] - 0.01
        and a[1] < b[1] + b[3] - 0.01
        and b[1] < a[1] + a[3] - 0.01
    )


def _top_level_boxes(board: Board, layout: PosterLayout) -> list[Box]:
    """Boxes of objective blocks and notes (key results sit inside their objective by design)."""
    ids = [o.id for o in board.objectives()] + [n.id for n in board.notes()]
    return [layout.card_boxes[i] for i in ids]


def _messy_board() -> Board:
    """Cards that overlap on the board once printed (long text makes them taller)."""
    board = Board(Workshop(title="Messy"))
    team = board.add(Team("Équipe", x=0, y=0, width=700, height=300))
    for index in range(3):
        objective = board.add(
            Objective(team.id, "Objectif " * 30, order=index, x=24 + index * 40, y=56 + index * 30)
        )
        for k in range(3):
            board.add(KeyResult(objective.id, f"Résultat clé {k} " * 6, order=k))
    board.add(Note("Note qui chevauche", team_id=team.id, x=60, y=80))
    below = board.add(Team("Dessous", order=1, x=0, y=340, width=700, height=200))
    board.add(Objective(below.id, "Plus bas", x=24, y=396))
    return board


@pytest.mark.parametrize("layout", ["board", "tidy"])
@pytest.mark.parametrize("landscape", [False, True])
def test_blocks_never_overlap_and_stay_on_the_sheet(board: Board, layout: str, landscape: bool) -> None:
    for subject in (board, _messy_board()):
        result = layout_poster(
            subject, PosterOptions(paper="A1", layout=layout, landscape=landscape), NO_CHECKER
        )
        boxes = _top_level_boxes(subject, result)
        for a, b in itertools.combinations(boxes, 2):
            assert not _overlap(a, b), (a, b)
        width, height = result.sheet.width, result.sheet.height
        title, summary = result.shapes[0], _footer_summary(result)
        for x, y, w, h in result.card_boxes.values():
            assert x >= 0 and x + w <= width and y >= 0 and y + h <= height
            assert y > title.y + len(title.lines) * title.leading  # below the header
            assert y + h < summary.y  # above the footer


def _footer_summary(result: PosterLayout) -> Text:
    return next(
        s for s in result.shapes if isinstance(s, Text) and s.bold and s.lines[0].startswith("Vérificateur")
    )


def test_key_results_and_initiatives_sit_inside_their_objective(board: Board) -> None:
    result = layout_poster(board, PosterOptions(paper="A2"), NO_CHECKER)
    for kr in board.key_results():
        outer, inner = result.card_boxes[kr.objective_id], result.card_boxes[kr.id]
        assert outer[0] < inner[0] and inner[0] + inner[2] < outer[0] + outer[2]
        assert outer[1] < inner[1] and inner[1] + inner[3] < outer[1] + outer[3]
        previous = None
        for initiative in board.initiatives(kr.id):
            box = result.card_boxes[initiative.id]
            assert box[1] >= inner[1] + inner[3]  # under its key result
            assert previous is None or box[1] >= previous[1] + previous[3]
            previous = box


def test_board_layout_keeps_the_rooms_arrangement_and_grows_lanes() -> None:
    board = _messy_board()
    result = layout_poster(board, PosterOptions(paper="A1", layout="board"), NO_CHECKER)
    lanes = [s for s in result.shapes if isinstance(s, Rect) and s.fill and s.stroke in ("#4e79a7",)]
    assert lanes, "the lanes are drawn with their team colour"
    lane_top, lane_bottom = lanes[0].y, lanes[0].y + lanes[0].height
    team = board.teams()[0]
    for objective in board.objectives(team.id):
        _x, y, _w, h = result.card_boxes[objective.id]
        assert lane_top < y and y + h < lane_bottom  # the lane grew to hold its cards
    # left-to-right order of the room is kept
    xs = [result.card_boxes[o.id][0] for o in board.objectives(team.id)]
    assert xs == sorted(xs)
    # the lane below was pushed down, not overlapped
    lower = board.objectives(board.teams()[1].id)[0]
    assert result.card_boxes[lower.id][1] > lane_bottom


def test_auto_uses_the_tidy_layout_for_a_pile_of_cards() -> None:
    board = Board(Workshop(title="Pile"))
    team = board.add(Team("A"))
    for index in range(4):
        board.add(Objective(team.id, f"Objectif {index}", order=index))  # all at (0, 0)
    assert layout_poster(board, PosterOptions(layout="auto"), NO_CHECKER).layout == "tidy"
    arranged = Board(Workshop(title="Rangé"))
    lane = arranged.add(Team("A"))
    arranged.add(Objective(lane.id, "Un", x=24, y=56))
    arranged.add(Objective(lane.id, "Deux", x=324, y=56))
    assert layout_poster(arranged, PosterOptions(layout="auto"), NO_CHECKER).layout == "board"


def test_tidy_layout_fills_a_landscape_sheet_with_columns() -> None:
    board = Board(Workshop(title="Large"))
    team = board.add(Team("Une équipe"))
    for index in range(12):
        board.add(Objective(team.id, f"Objectif {index}", order=index))
    portrait = layout_poster(board, PosterOptions(layout="tidy"), NO_CHECKER)
    landscape = layout_poster(board, PosterOptions(layout="tidy", landscape=True), NO_CHECKER)
    rows = {round(box[1]) for box in landscape.card_boxes.values()}
    assert 1 < len(rows) < 12  # a grid, neither one row nor one column
    assert landscape.scale > 0 and portrait.scale > 0


def test_demo_sized_board_is_readable_on_a0(board: Board) -> None:
    result = layout_poster(board, PosterOptions(paper="A0"), NO_CHECKER)
    assert result.smallest_text >= 14.0
    assert not [w for w in result.warnings if "key-result text prints at" in w]


def test_a_crowded_small_poster_warns_about_readability() -> None:
    board = Board(Workshop(title="Foule"))
    for t in range(10):
        team = board.add(Team(f"Équipe {t}", order=t))
        for o in range(8):
            objective = board.add(Objective(team.id, f"Objectif {t}.{o}", order=o))
            for k in range(5):
                board.add(KeyResult(objective.id, f"Résultat {k}", order=k))
    result = layout_poster(board, PosterOptions(paper="A3", layout="tidy"), NO_CHECKER)
    assert any("key-result text prints at" in w and "on A3" in w for w in result.warnings)


def test_one_arrow_per_alignment_as_arranged(board: Board) -> None:
    result = layout_poster(board, PosterOptions(paper="A2", layout="board"), NO_CHECKER)
    heads = [s for s in result.shapes if isinstance(s, Polygon) and s.fill == ARROW]
    aligned = [o for o in board.objectives() if o.aligned_to]
    assert len(heads) == len(aligned) + 1  # + the legend's arrow
    # the arrow to a key result points at its objective's side, level with the key result
    target = board.get(aligned[0].aligned_to or "")
    assert isinstance(target, KeyResult)
    tip = heads[0].points[0]
    block = result.card_boxes[target.objective_id]
    kr_box = result.card_boxes[target.id]
    assert tip[0] == pytest.approx(block[0]) or tip[0] == pytest.approx(block[0] + block[2])
    assert tip[1] == pytest.approx(kr_box[1] + kr_box[3] / 2)


def test_team_findings_get_a_badge_on_the_lane(board: Board) -> None:
    team = board.teams()[0]
    quality = Quality({team.id: {"warning": 2}}, {"error": 0, "warning": 2, "info": 0})
    result = layout_poster(board, PosterOptions(paper="A2"), quality)
    triangles = [s for s in result.shapes if isinstance(s, Polygon) and s.fill == SEVERITY_COLOURS["warning"]]
    assert len(triangles) == 2  # the lane's badge and the legend's


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="paper"):
        PosterOptions(paper="A4")
    with pytest.raises(ValueError, match="layout"):
        PosterOptions(layout="spiral")


def test_an_empty_board_still_makes_a_poster() -> None:
    result = layout_poster(Board(Workshop()), PosterOptions(paper="A3"), NO_CHECKER)
    assert result.card_boxes == {}
    assert any(isinstance(s, Text) and s.lines == ("okrworkshop",) for s in result.shapes)


def test_notes_without_a_team_in_the_tidy_layout_get_a_parking_lane() -> None:
    board = Board(Workshop(title="Notes", language="en"))
    board.add(Team("A"))
    board.add(Note("loose idea"))
    result = layout_poster(board, PosterOptions(layout="tidy"), NO_CHECKER)
    assert any(isinstance(s, Text) and s.lines == ("Parking lot",) for s in result.shapes)
