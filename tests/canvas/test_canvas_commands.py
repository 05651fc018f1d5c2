"""Undo commands on a real workshop file: redo/undo restore the model exactly, one commit each."""

from __future__ import annotations

from typing import Any

import pytest
from canvas_driver import reopened, snapshot

from okrworkshop.canvas.commands import (
    AddCard,
    AddTeam,
    ChangeCardFields,
    ConvertNoteToKeyResult,
    DeleteCards,
    LinkAlignment,
    MoveCards,
    MoveInitiative,
    NestTeam,
    RecolourTeam,
    ReorderTeams,
    ReparentKeyResult,
    ResizeLane,
)
from okrworkshop.model import Committed, KeyResult, Objective, Team


def _roundtrip(document: Any, make: Any) -> Any:
    """Push a command; check undo and redo restore the before and after states, on disk too."""
    board = document.board
    before = snapshot(board)
    command = document.execute(make)
    assert command is not None
    after = snapshot(board)
    assert after != before
    assert reopened(document.path) == after
    document.undo_stack.undo()
    assert snapshot(board) == before
    assert reopened(document.path) == before
    document.undo_stack.redo()
    assert snapshot(board) == after
    assert reopened(document.path) == after
    return command


def test_one_gesture_is_one_commit(document: Any) -> None:
    commits: list[int] = []
    document.board.subscribe(lambda e: commits.append(e.changes) if isinstance(e, Committed) else None)
    board = document.board
    document.execute(lambda: DeleteCards(board, ["obj-grow"]))
    assert len(commits) == 1 and commits[0] >= 6  # unlink + 3 KRs + initiative + objective
    document.undo_stack.undo()
    assert len(commits) == 2


def test_add_key_result_at_an_index_renumbers_siblings(document: Any) -> None:
    board = document.board
    _roundtrip(
        document, lambda: AddCard(board, KeyResult("obj-grow", "Margin from 10% to 14%", id="kr-new"), 1)
    )
    assert [k.id for k in board.key_results("obj-grow")] == ["kr-arr", "kr-new", "kr-churn", "kr-nps"]


def test_move_cards_with_a_lane_change(document: Any) -> None:
    board = document.board
    _roundtrip(
        document,
        lambda: MoveCards(
            board,
            {"obj-public": (300.0, 600.0), "note-finance": (50.0, 990.0)},
            {"obj-public": "team-support", "note-finance": None},
        ),
    )
    assert board.get("obj-public").team_id == "team-support"  # type: ignore[union-attr]
    assert board.get("note-finance").team_id is None  # type: ignore[union-attr]


def test_arrow_key_nudges_merge_into_one_step(document: Any) -> None:
    board = document.board
    before = snapshot(board)
    for _ in range(3):
        o = board.get("obj-grow")
        document.execute(lambda o=o: MoveCards(board, {"obj-grow": (o.x + 10, o.y)}, nudge=True))
    assert board.get("obj-grow").x == 60.0  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(board) == before


def test_nudging_back_to_the_start_leaves_no_step(document: Any) -> None:
    board = document.board
    document.execute(lambda: MoveCards(board, {"obj-grow": (40.0, 70.0)}, nudge=True))
    document.execute(lambda: MoveCards(board, {"obj-grow": (30.0, 70.0)}, nudge=True))
    assert document.undo_stack.count() == 0


def test_inspector_edits_of_one_session_merge(document: Any) -> None:
    board = document.board
    session = object()
    for text in ("Tenders", "Tenders won", "Tenders won from 2 to 6"):
        document.execute(lambda text=text: ChangeCardFields(board, "kr-tenders", {"title": text}, session))
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit key result"
    document.execute(lambda: ChangeCardFields(board, "kr-tenders", {"confidence": 7}, object()))
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert board.get("kr-tenders").title == "Tenders won from 1 to 5"  # type: ignore[union-attr]


def test_reparent_moves_the_initiatives_along(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: ReparentKeyResult(board, "kr-churn", "obj-public", 0))
    assert [k.id for k in board.key_results("obj-public")] == ["kr-churn", "kr-tenders"]
    assert board.initiatives("kr-churn")[0].id == "ini-call"


def test_reparent_refuses_an_alignment_loop(document: Any) -> None:
    """ "Delight" serves "churn": churn cannot become one of Delight's own key results."""
    board = document.board
    before = snapshot(board)
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert document.execute(lambda: ReparentKeyResult(board, "kr-churn", "obj-delight", 0)) is None
    assert refused and "Delight our customers" in refused[0]
    assert snapshot(board) == before
    # Nor under an objective that serves Delight.
    document.execute(lambda: LinkAlignment(board, "obj-public", "obj-delight"))
    assert document.execute(lambda: ReparentKeyResult(board, "kr-churn", "obj-public", 0)) is None


def test_move_initiative_to_another_key_result(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: MoveInitiative(board, "ini-call", "kr-nps"))
    assert board.initiatives("kr-nps")[0].id == "ini-call"


def test_convert_note_keeps_its_id_and_text(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: ConvertNoteToKeyResult(board, "note-finance", "obj-delight", 0))
    converted = board.get("note-finance")
    assert isinstance(converted, KeyResult) and converted.title == "Ask finance for the churn data"


def test_link_and_unlink(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: LinkAlignment(board, "obj-public", "obj-grow"))
    _roundtrip(document, lambda: LinkAlignment(board, "obj-delight", None))


def test_delete_an_objective_cascades_and_undo_restores_everything(document: Any) -> None:
    board = document.board
    command = _roundtrip(document, lambda: DeleteCards(board, ["obj-grow"]))
    assert command.text() == "Delete objective"
    assert "kr-churn" not in board and "ini-call" not in board
    # "Delight" was aligned to a key result of "Grow": the link went with it...
    assert board.get("obj-delight").aligned_to is None  # type: ignore[union-attr]
    document.undo_stack.undo()
    # ...and came back.
    assert board.get("obj-delight").aligned_to == "kr-churn"  # type: ignore[union-attr]


def test_delete_a_team_restacks_the_lanes_below(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: DeleteCards(board, ["team-sales"]))
    support = board.get("team-support")
    assert (support.x, support.y) == (0.0, 0.0)  # type: ignore[union-attr]
    # Its cards moved up with it.
    assert board.get("obj-delight").y == 70.0  # type: ignore[union-attr]


def test_add_team_after_a_lane(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: AddTeam(board, Team("Marketing", id="team-mkt", height=300), 1))
    assert [t.id for t in board.teams()] == ["team-sales", "team-mkt", "team-support"]
    assert board.get("team-mkt").y == 500.0  # type: ignore[union-attr]
    assert board.get("team-support").y == 840.0  # type: ignore[union-attr]
    assert board.get("obj-delight").y == 570.0 + 340.0  # type: ignore[union-attr]


def test_reorder_and_nest_teams(document: Any) -> None:
    board = document.board
    command = _roundtrip(document, lambda: ReorderTeams(board, "team-support", None, 0))
    assert command.text() == "Reorder teams"
    assert [t.id for t in board.teams()] == ["team-support", "team-sales"]
    assert board.get("team-support").y == 0.0  # type: ignore[union-attr]
    command = _roundtrip(document, lambda: NestTeam(board, "team-sales", "team-support"))
    assert command.text() == "Nest team under Support"
    sales = board.get("team-sales")
    assert isinstance(sales, Team) and sales.parent_id == "team-support" and sales.x == 40.0
    assert board.get("obj-grow").x == 70.0  # type: ignore[union-attr]


def test_nesting_a_team_inside_itself_is_refused(document: Any) -> None:
    board = document.board
    document.execute(lambda: NestTeam(board, "team-support", "team-sales"))
    before = snapshot(board)
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert document.execute(lambda: NestTeam(board, "team-sales", "team-support")) is None
    assert refused and "inside itself" in refused[0]
    assert snapshot(board) == before
    assert document.undo_stack.count() == 1


def test_resize_lane_moves_the_lanes_below(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: ResizeLane(board, "team-sales", 1500.0, 600.0))
    assert board.get("team-support").y == 640.0  # type: ignore[union-attr]
    assert board.get("obj-delight").y == 710.0  # type: ignore[union-attr]


def test_recolour_team(document: Any) -> None:
    board = document.board
    _roundtrip(document, lambda: RecolourTeam(board, "team-sales", "#59a14f"))


def test_a_change_refused_half_way_is_rolled_back(document: Any) -> None:
    """A command whose second change the board refuses leaves neither change behind."""
    board = document.board
    before = snapshot(board)
    bad = Objective("team-sales", "Dangling", id="obj-dangling", aligned_to="no-such-card")
    assert document.execute(lambda: _Pair(board, bad)) is None
    assert snapshot(board) == before
    assert reopened(document.path) == before
    assert document.undo_stack.count() == 0


class _Pair(MoveCards):
    """A real move followed by an add the board refuses."""

    def __init__(self, board: Any, bad: Objective) -> None:
        super().__init__(board, {"obj-grow": (500.0, 70.0)})
        from okrworkshop.canvas.commands import Change

        self.changes = [*self.changes, Change("add", bad.id, entity=bad)]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_reorder_key_result_every_position(document: Any, index: int) -> None:
    from okrworkshop.canvas.commands import ReorderKeyResult

    board = document.board
    if index == 1:  # already there: nothing to do, nothing pushed
        assert document.execute(lambda: ReorderKeyResult(board, "kr-churn", index)) is None
        return
    _roundtrip(document, lambda: ReorderKeyResult(board, "kr-churn", index))
    assert [k.id for k in board.key_results("obj-grow")].index("kr-churn") == index
