"""Round and snapshot commands: one undo step each, exact undo, restore back to a kept board."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okrworkshop.canvas.document import Document
from okrworkshop.canvas.round_commands import (
    AddRound,
    DeleteRound,
    DeleteSnapshot,
    EditRound,
    EndRound,
    RenameSnapshot,
    RestoreSnapshot,
    StartRound,
    TakeSnapshot,
)
from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board, Initiative, KeyResult, ModelError, Note, Objective, Snapshot, Team
from okrworkshop.storage import read_okrw
from okrworkshop.workflow import board_of
from okrworkshop.workflow.rounds import end_snapshot_name, round_state

BOARD_KINDS = (Team, Objective, KeyResult, Initiative, Note)


def _cards(board: Board) -> dict:
    data = board_to_dict(board)
    data.pop("rounds", None)
    data.pop("snapshots", None)
    return data


def test_start_then_end_keeps_a_snapshot_of_that_round_in_one_undo_step(document: Document) -> None:
    board = document.board
    second = board.rounds()[1]
    document.execute(lambda: StartRound(board, second.id, "2027-01-12T09:00:00+01:00"))
    assert round_state(board.get(second.id)) == "running"  # type: ignore[arg-type]
    name = end_snapshot_name(board, second.id)
    assert name == "Tour 2 — fin"
    command = document.execute(lambda: EndRound(board, second.id, "2027-01-12T09:15:00+01:00", name))
    assert command is not None
    snapshot = board.typed(command.snapshot_id, Snapshot)  # type: ignore[attr-defined]
    assert (snapshot.name, snapshot.round_id, snapshot.created_at) == (
        name,
        second.id,
        "2027-01-12T09:15:00+01:00",
    )
    assert _cards(board_of(snapshot))["teams"] == _cards(board)["teams"]
    assert round_state(board.get(second.id)) == "done"  # type: ignore[arg-type]

    document.undo_stack.undo()  # the end and its snapshot go together
    assert board.snapshots() == []
    assert round_state(board.get(second.id)) == "running"  # type: ignore[arg-type]
    document.undo_stack.redo()
    assert [s.id for s in board.snapshots()] == [snapshot.id]

    reopened = read_okrw(document.path)  # type: ignore[arg-type]
    assert reopened.snapshots() == [snapshot]
    assert round_state(reopened.get(second.id)) == "done"  # type: ignore[arg-type]


def test_english_workshops_name_end_snapshots_in_english(case_board) -> None:
    board = case_board(reference=False, lang="en")
    assert end_snapshot_name(board, board.rounds()[2].id) == "Round 3 — end"


def test_snapshot_rename_delete_and_refusals(document: Document) -> None:
    board = document.board
    taken = document.execute(lambda: TakeSnapshot(board, "Avant la pause", "2027-01-12T10:00:00+01:00"))
    snapshot_id = taken.snapshot_id  # type: ignore[union-attr]
    document.execute(lambda: RenameSnapshot(board, snapshot_id, "  Avant le café  "))
    assert board.typed(snapshot_id, Snapshot).name == "Avant le café"
    refusals: list[str] = []
    document.refused.connect(refusals.append)
    assert document.execute(lambda: RenameSnapshot(board, snapshot_id, "   ")) is None
    assert refusals == ["a snapshot needs a name"]
    document.execute(lambda: DeleteSnapshot(board, snapshot_id))
    assert board.snapshots() == []
    document.undo_stack.undo()
    assert board.typed(snapshot_id, Snapshot).name == "Avant le café"
    assert document.undo_stack.undoText() == "Rename snapshot"


def test_rounds_can_be_added_edited_and_deleted_without_losing_snapshots(document: Document) -> None:
    board = document.board
    before = list(board.rounds())
    added = document.execute(lambda: AddRound(board, "Bonus", 300, "Relisez."))
    round_id = added.round_id  # type: ignore[union-attr]
    assert board.rounds()[-1].id == round_id
    document.execute(lambda: EditRound(board, round_id, "Bonus final", 600, "Relisez tout."))
    edited = board.rounds()[-1]
    assert (edited.title, edited.duration_s, edited.instructions) == ("Bonus final", 600, "Relisez tout.")
    assert document.execute(lambda: EditRound(board, round_id, "x", 0, "")) is None
    document.execute(lambda: StartRound(board, round_id, "2027-01-12T11:00:00+01:00"))
    ended = document.execute(lambda: EndRound(board, round_id, "2027-01-12T11:10:00+01:00", "fin"))
    document.execute(lambda: DeleteRound(board, round_id))
    assert board.rounds() == before
    assert board.typed(ended.snapshot_id, Snapshot).round_id is None  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert board.typed(ended.snapshot_id, Snapshot).round_id == round_id  # type: ignore[union-attr]


def _edit_heavily(board: Board) -> None:
    """Change the board in every way a room does: add, rewrite, move, re-parent, realign, delete."""
    team = board.teams()[0]
    objectives = board.objectives(team.id)
    first, second = objectives[0], objectives[1]
    board.update(first.id, title="Un tout autre objectif", owner="Yanis", x=first.x + 200)
    kr = board.key_results(first.id)[0]
    board.update(kr.id, objective_id=second.id, target=99.0)  # a key result moves to another objective
    for initiative in board.initiatives(board.key_results(first.id)[-1].id):
        board.remove(initiative.id)
    board.remove(board.key_results(first.id)[-1].id)
    new_team = board.add(Team("Boutique", parent_id=team.id, order=5))
    new_objective = board.add(Objective(new_team.id, "Vendre des vélos révisés", aligned_to=kr.id))
    board.add(KeyResult(new_objective.id, "Ventes de 12 à 20 vélos par mois", baseline=12, target=20))
    board.add(Note("Et le samedi ?", team_id=new_team.id))
    board.update(team.id, name="Atelier & boutique")


def test_restore_brings_the_kept_board_back_and_undo_returns_the_exact_board(
    document: Document, entities
) -> None:
    board = document.board
    team = board.teams()[0]
    second = board.add(Objective(team.id, "Faire de nos clients de passage des cyclistes fidèles", order=1.0))
    board.update(second.id, aligned_to=board.objectives()[0].id)
    kept = document.execute(lambda: TakeSnapshot(board, "Tour 1 — fin", "2027-01-12T09:30:00+01:00"))
    snapshot = board.typed(kept.snapshot_id, Snapshot)  # type: ignore[union-attr]
    _edit_heavily(board)
    edited = entities(board)

    command = document.execute(lambda: RestoreSnapshot(board, snapshot.id))
    assert command is not None
    assert _cards(board) == _cards(board_of(snapshot))
    assert board.snapshots() == [snapshot]  # rounds and snapshots are not part of a restore
    assert document.undo_stack.undoText() == "Restore snapshot “Tour 1 — fin”"

    document.undo_stack.undo()
    assert entities(board) == edited
    document.undo_stack.redo()
    assert _cards(board) == _cards(board_of(snapshot))

    reopened = read_okrw(document.path)  # type: ignore[arg-type]
    assert entities(reopened) == entities(board)


def test_restoring_the_board_as_it_is_changes_nothing_that_matters(document: Document) -> None:
    board = document.board
    kept = document.execute(lambda: TakeSnapshot(board, "maintenant", "2027-01-12T09:30:00+01:00"))
    snapshot = board.typed(kept.snapshot_id, Snapshot)  # type: ignore[union-attr]
    before = _cards(board)
    document.execute(lambda: RestoreSnapshot(board, snapshot.id))
    assert _cards(board) == before


def test_a_damaged_snapshot_cannot_be_restored(document: Document) -> None:
    board = document.board
    board.add(Snapshot("abîmé", "{pas du json"))
    snapshot = board.snapshots()[0]
    with pytest.raises(Exception, match="snapshot 'abîmé' is damaged"):
        RestoreSnapshot(board, snapshot.id)


def test_unknown_ids_are_refused_not_crashing(document: Document) -> None:
    with pytest.raises(ModelError):
        StartRound(document.board, "nope", "2027-01-12T09:00:00+01:00")


def _random_edit(board: Board, rng: random.Random) -> None:
    teams = board.teams()
    objectives = board.objectives()
    key_results = board.key_results()
    choice = rng.randrange(7)
    if choice == 0:
        board.add(Team(f"Équipe {rng.randrange(99)}", parent_id=rng.choice([None, *[t.id for t in teams]])))
    elif choice == 1 and teams:
        board.add(Objective(rng.choice(teams).id, f"Objectif {rng.randrange(99)}"))
    elif choice == 2 and objectives:
        board.add(KeyResult(rng.choice(objectives).id, f"RC {rng.randrange(99)}", order=rng.random()))
    elif choice == 3 and key_results and len(objectives) > 1:
        kr = rng.choice(key_results)
        with contextlib.suppress(ModelError):  # the model refuses a move that closes an alignment loop
            board.update(kr.id, objective_id=rng.choice(objectives).id)
    elif choice == 4 and objectives and key_results:
        objective = rng.choice(objectives)
        with contextlib.suppress(ModelError):  # a loop: the room would have been refused too
            board.update(objective.id, aligned_to=rng.choice([None, *[k.id for k in key_results]]))
    elif choice == 5 and objectives:
        from okrworkshop.model import removal_plan

        removal_plan(board, [rng.choice(objectives).id]).apply(board)
    elif choice == 6 and teams:
        team = rng.choice(teams)
        board.update(team.id, name=team.name + " bis", x=team.x + 10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), before=st.integers(0, 8), after=st.integers(1, 12))
def test_restore_and_undo_hold_for_any_edits(
    tmp_path: Path, case_board, entities, seed, before, after
) -> None:
    rng = random.Random(seed)
    board = case_board(reference=True)
    doc = Document(board)
    for _ in range(before):
        _random_edit(board, rng)
    kept = doc.execute(lambda: TakeSnapshot(board, "kept", "2027-01-12T09:30:00+01:00"))
    snapshot = board.typed(kept.snapshot_id, Snapshot)  # type: ignore[union-attr]
    for _ in range(after):
        _random_edit(board, rng)
    edited = entities(board)
    restored = doc.execute(lambda: RestoreSnapshot(board, snapshot.id))
    assert _cards(board) == _cards(board_of(snapshot))
    if restored is not None:  # None: the edits happened to cancel out
        doc.undo_stack.undo()
    assert entities(board) == edited
    doc.close()
