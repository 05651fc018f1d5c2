"""The wall layout: an organisation chart packed for the largest type, split at the type floor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from okrworkshop.model import Board, KeyResult, Note, Objective, Team, Workshop
from okrworkshop.poster import PosterOptions, layout_poster, write_poster
from okrworkshop.poster.cards import TITLE_STYLES, CardMaker
from okrworkshop.poster.layout import layout_sheets
from okrworkshop.poster.quality import NO_CHECKER
from okrworkshop.poster.shapes import Line, Text
from okrworkshop.poster.wall import KR_FLOOR_AT_A0, best_packing, forest, plan_sheets

KR_SIZE = TITLE_STYLES["key_result"].size


def _org(children: int = 3, objectives: int = 2) -> Board:
    board = Board(Workshop(title="Org", language="en"))
    top = board.add(Team("Direction", colour="#4e79a7"))
    o = board.add(Objective(top.id, "Grow the business"))
    kr = board.add(KeyResult(o.id, "Raise revenue from 10 to 12", baseline=10, target=12))
    for index in range(children):
        team = board.add(Team(f"Team {index}", parent_id=top.id, order=index))
        for n in range(objectives):
            child = board.add(Objective(team.id, f"Objective {index}.{n}", order=n, aligned_to=kr.id))
            board.add(KeyResult(child.id, f"Key result of {index}.{n}", baseline=1, target=2))
    return board


def _blocks(board: Board) -> list[Any]:
    maker = CardMaker(board, "en", {}, NO_CHECKER, shrink=False)
    return [maker.objective_block(o) for o in board.objectives()]


def test_sub_teams_stand_side_by_side_under_their_parent() -> None:
    board = _org(children=3, objectives=2)
    # a wide, low area: the children's lanes fit side by side in one row
    (sheet,) = plan_sheets(board, _blocks(board), (6000.0, 1000.0), 1.0, 99.0)
    lanes = {lane.team.name: lane for lane in sheet.arrangement.lanes if lane.team}
    parent, kids = lanes["Direction"], [lanes[f"Team {i}"] for i in range(3)]
    assert len({k.y for k in kids}) == 1  # one row
    assert [k.x for k in kids] == sorted(k.x for k in kids)  # in team order, left to right
    assert all(k.y >= parent.y + parent.height for k in kids)  # under the parent
    assert (
        parent.x <= kids[0].x and kids[-1].x + kids[-1].width <= parent.x + parent.width + 0.01
    )  # spans them
    boxes = {b.entity_id: b for b in sheet.arrangement.blocks}
    for i in range(3):
        own = board.objectives(kids[i].team.id)  # type: ignore[union-attr]
        assert [boxes[o.id].x for o in own] == sorted(boxes[o.id].x for o in own)  # reading order
        assert all(kids[i].x < boxes[o.id].x < kids[i].x + kids[i].width for o in own)  # in its lane
    # each lane as wide as its content: two objectives side by side and the lane's padding
    first = board.objectives(kids[0].team.id)  # type: ignore[union-attr]
    assert kids[0].width == max(boxes[o.id].x + boxes[o.id].width for o in first) - kids[0].x + 18.0


def test_one_sheet_exactly_at_the_floor_two_just_below() -> None:
    board = _org(children=4, objectives=2)
    blocks = _blocks(board)
    floor = KR_FLOOR_AT_A0 / KR_SIZE
    roots = forest(board, blocks)
    _packed, scale = best_packing(roots, (1000.0, 1000.0), 99.0)
    exact = (1000.0 * floor / scale, 1000.0 * floor / scale)
    assert len(plan_sheets(board, blocks, exact, 1.0, 99.0)) == 1
    below = (exact[0] * 0.999, exact[1] * 0.999)
    sheets = plan_sheets(board, blocks, below, 1.0, 99.0)
    assert len(sheets) > 1
    assert all(s.scale >= floor - 1e-9 for s in sheets)
    # every objective is on exactly one sheet
    shown = [b.entity_id for s in sheets for b in s.arrangement.blocks]
    assert sorted(shown) == sorted(o.id for o in board.objectives())


def test_several_sheets_are_numbered_with_their_team_path(tmp_path: Path, poppler: Any) -> None:
    board = _org(children=8, objectives=4)
    sheets = layout_sheets(board, PosterOptions(paper="A3", language="en"), NO_CHECKER)
    assert len(sheets) > 1
    out = tmp_path / "poster.pdf"
    result = write_poster(board, out, PosterOptions(paper="A3", language="en"), quality=NO_CHECKER)
    assert result.pages == len(sheets)
    for number in range(1, len(sheets) + 1):
        text = " ".join(poppler.text(out, number).split())
        assert f"Sheet {number}/{len(sheets)}" in text
        assert "Direction" in text
    for sheet in sheets:
        assert (
            TITLE_STYLES["key_result"].size * sheet.scale
            >= KR_FLOOR_AT_A0 * sheet.sheet.short_side / 2383.937 - 1e-6
        )


def test_alignment_is_a_tag_on_the_card_not_a_line_across_the_sheet(tmp_path: Path, poppler: Any) -> None:
    board = _org(children=2, objectives=1)
    result = layout_poster(board, PosterOptions(paper="A1"), NO_CHECKER)
    assert not [s for s in result.shapes if isinstance(s, Line) and s.role == "link"]
    texts = [line for s in result.shapes if isinstance(s, Text) for line in s.lines]
    assert texts.count("↑ Direction · O1 KR1") == 2
    arranged = layout_poster(board, PosterOptions(paper="A1", layout="board"), NO_CHECKER)
    assert len([s for s in arranged.shapes if isinstance(s, Line) and s.role == "link"]) == 2


def test_long_key_results_grow_the_card_instead_of_shrinking() -> None:
    board = _org(children=1, objectives=1)
    long = board.key_results()[0]
    board.update(long.id, title=" ".join(["Raise the share of happy customers"] * 8))
    result = layout_poster(board, PosterOptions(paper="A0"), NO_CHECKER)
    x, y, w, h = result.card_boxes[long.id]
    sizes = {
        s.size
        for s in result.shapes
        if isinstance(s, Text) and x <= s.x <= x + w and y <= s.y <= y + h and len(s.lines) > 3
    }
    assert sizes == {KR_SIZE * result.scale}
    assert KR_SIZE * result.scale >= KR_FLOOR_AT_A0
    board_layout = layout_poster(board, PosterOptions(paper="A0", layout="board"), NO_CHECKER)
    assert board_layout.smallest_text < KR_SIZE * board_layout.scale  # the board layout still shrinks


# ------------------------------------------------------------------ measured, then laid out once (issue 10)
def _best_packing_before(nodes: list[Any], area: tuple[float, float], max_scale: float) -> tuple[Any, float]:
    """The packer as it was: every candidate width laid out in full (minutes for 20,000 notes)."""
    import math

    from okrworkshop.poster.arrange import LANE_PAD
    from okrworkshop.poster.cards import OBJECTIVE_WIDTH
    from okrworkshop.poster.wall import WIDTH_STEPS, _blocks, _pack_forest

    widest = _pack_forest(nodes, math.inf)
    narrowest = max((b.width for n in nodes for b in _blocks(n)), default=OBJECTIVE_WIDTH) + 2 * LANE_PAD
    candidates = {widest.width}
    if widest.width > narrowest:
        step = (widest.width - narrowest) / WIDTH_STEPS
        candidates.update(narrowest + i * step for i in range(WIDTH_STEPS))
    best = None
    for budget in sorted(candidates):
        packed = _pack_forest(nodes, budget + 0.01)
        if packed.width <= 0 or packed.height <= 0:
            continue
        scale = min(area[0] / packed.width, area[1] / packed.height, max_scale)
        if best is None or scale > best[1] + 1e-9:
            best = (packed, scale)
    return best if best is not None else (widest, max_scale)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5), st.integers(0, 3)), min_size=1, max_size=7),
    st.tuples(st.floats(300, 20000), st.floats(300, 20000)),
)
def test_the_packing_is_the_one_laying_out_every_width_gave(
    shape: list[tuple[int, int, int]], area: tuple[float, float]
) -> None:
    board = Board(Workshop(title="Org", language="en"))
    teams: list[Team] = []
    for index, (parent, objectives, notes) in enumerate(shape):
        parent_id = teams[parent % len(teams)].id if teams and parent else None
        team = board.add(Team(f"Team {index}", parent_id=parent_id, order=index))
        teams.append(team)
        for n in range(objectives):
            o = board.add(Objective(team.id, f"Objective {index}.{n} " + "word " * (n * 3), order=n))
            for k in range(n % 3):
                board.add(KeyResult(o.id, f"Key result {k} " * (k + 1)))
        for n in range(notes):
            board.add(Note("note " * (n + 1), team_id=team.id))
    board.add(Note("loose"))
    maker = CardMaker(board, "en", {}, NO_CHECKER, shrink=False)
    blocks = [maker.objective_block(o) for o in board.objectives()] + [
        maker.note_block(n) for n in board.notes()
    ]
    roots = forest(board, blocks)
    packed, scale = best_packing(roots, area, 3.0)
    expected, expected_scale = _best_packing_before(roots, area, 3.0)
    assert scale == expected_scale
    assert (packed.width, packed.height) == (expected.width, expected.height)
    assert packed.lanes == expected.lanes
    assert packed.blocks == expected.blocks
