"""Undo commands of the workshop flow: rounds started and ended, snapshots kept, renamed, restored.

Like every command (:mod:`okrworkshop.canvas.commands.base`), each is a list of absolute model
changes worked out when the trainer acts, so undo and redo replay exactly that. Ending a round is
one step: the round's end time and the snapshot kept of the board go together.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from okrworkshop.canvas.commands.base import BoardCommand, ChangeSet, tr
from okrworkshop.canvas.commands.followup import follow_latest
from okrworkshop.model import (
    Board,
    CheckIn,
    Entity,
    Initiative,
    KeyResult,
    ModelError,
    Note,
    Objective,
    Round,
    Snapshot,
    Team,
)
from okrworkshop.model.scripted import parse_scripted
from okrworkshop.workflow.snapshots import board_of, snapshot_data

#: What a snapshot holds and a restore replaces, owners before what they own.
BOARD_KINDS: tuple[type, ...] = (Team, Objective, KeyResult, Initiative, Note, CheckIn)


def _named(text: str, name: str) -> str:
    return text.replace("%1", name)


class StartRound(BoardCommand):
    """Mark a round as started now (a round started again forgets its earlier end).

    A round that brings check-ins (a follow-up case's week of data) puts them on the board in the
    same step, each key result taking the value and confidence of its latest check-in; undo takes
    the start and the data back together. Check-ins already on the board (the round started
    before) are not added twice, and those of key results since deleted are left out.
    """

    def __init__(self, board: Board, round_id: str, started_at_iso: str) -> None:
        round_ = board.typed(round_id, Round)
        changes = ChangeSet(board)
        changes.update(round_id, started_at=started_at_iso, ended_at="")
        arrived: set[str] = set()
        for check_in in parse_scripted(round_.scripted_check_ins):
            if check_in.id in board or not isinstance(board.find(check_in.key_result_id), KeyResult):
                continue
            changes.add(check_in)
            arrived.add(check_in.key_result_id)
        for key_result_id in sorted(arrived):
            follow_latest(changes, key_result_id)
        super().__init__(board, _named(tr("Start round “%1”"), round_.title), changes.changes)
        #: How many check-ins arrived with the start.
        self.arrived = len([c for c in changes.changes if c.action == "add"])


class EndRound(BoardCommand):
    """End a round and keep a named snapshot of the board as it stands: one undo step."""

    def __init__(self, board: Board, round_id: str, ended_at_iso: str, snapshot_name: str) -> None:
        round_ = board.typed(round_id, Round)
        changes = ChangeSet(board)
        changes.update(round_id, ended_at=ended_at_iso, started_at=round_.started_at or ended_at_iso)
        snapshot = changes.add(
            Snapshot(snapshot_name, snapshot_data(board), created_at=ended_at_iso, round_id=round_id)
        )
        super().__init__(board, _named(tr("End round “%1”"), round_.title), changes.changes)
        self.snapshot_id = snapshot.id


class TakeSnapshot(BoardCommand):
    """Keep a named snapshot of the board now (tied to the running round, if any)."""

    def __init__(self, board: Board, name: str, created_at_iso: str, round_id: str | None = None) -> None:
        if not name.strip():
            raise ModelError(tr("a snapshot needs a name"))
        changes = ChangeSet(board)
        snapshot = changes.add(
            Snapshot(name, snapshot_data(board), created_at=created_at_iso, round_id=round_id)
        )
        super().__init__(board, _named(tr("Take snapshot “%1”"), name), changes.changes)
        self.snapshot_id = snapshot.id


class RenameSnapshot(BoardCommand):
    """Give a snapshot a new name."""

    def __init__(self, board: Board, snapshot_id: str, name: str) -> None:
        board.typed(snapshot_id, Snapshot)
        if not name.strip():
            raise ModelError(tr("a snapshot needs a name"))
        changes = ChangeSet(board)
        changes.update(snapshot_id, name=name.strip())
        super().__init__(board, tr("Rename snapshot"), changes.changes)


class DeleteSnapshot(BoardCommand):
    """Forget a snapshot (undo brings it back)."""

    def __init__(self, board: Board, snapshot_id: str) -> None:
        snapshot = board.typed(snapshot_id, Snapshot)
        changes = ChangeSet(board)
        changes.remove(snapshot_id)
        super().__init__(board, _named(tr("Delete snapshot “%1”"), snapshot.name), changes.changes)


class AddRound(BoardCommand):
    """Add a round after the others."""

    def __init__(self, board: Board, title: str, duration_s: int, instructions: str = "") -> None:
        if not title.strip():
            raise ModelError(tr("a round needs a title"))
        if duration_s <= 0:
            raise ModelError(tr("a round lasts at least one minute"))
        changes = ChangeSet(board)
        order = board.next_order(board.rounds())
        round_ = changes.add(
            Round(title.strip(), order=order, instructions=instructions.strip(), duration_s=int(duration_s))
        )
        super().__init__(board, _named(tr("Add round “%1”"), round_.title), changes.changes)
        self.round_id = round_.id


class EditRound(BoardCommand):
    """Change a round's title, length and instructions."""

    def __init__(self, board: Board, round_id: str, title: str, duration_s: int, instructions: str) -> None:
        board.typed(round_id, Round)
        if not title.strip():
            raise ModelError(tr("a round needs a title"))
        if duration_s <= 0:
            raise ModelError(tr("a round lasts at least one minute"))
        changes = ChangeSet(board)
        changes.update(
            round_id, title=title.strip(), duration_s=int(duration_s), instructions=instructions.strip()
        )
        super().__init__(board, tr("Edit round"), changes.changes)


class DeleteRound(BoardCommand):
    """Remove a round; the snapshots it kept stay, no longer tied to a round."""

    def __init__(self, board: Board, round_id: str) -> None:
        round_ = board.typed(round_id, Round)
        changes = ChangeSet(board)
        for snapshot in board.snapshots():
            if snapshot.round_id == round_id:
                changes.update(snapshot.id, round_id=None)
        changes.remove(round_id)
        super().__init__(board, _named(tr("Delete round “%1”"), round_.title), changes.changes)


class RestoreSnapshot(BoardCommand):
    """Put the board back as a snapshot kept it: teams and cards, not rounds nor snapshots.

    Cards present on both boards are updated in place (the scene keeps their items); the others
    are added or removed. Order matters because the board checks every step: alignments that
    change are cleared first, then owners are added or updated before what they own, the cards
    that go are removed children first, and the snapshot's alignments are set last.
    """

    def __init__(self, board: Board, snapshot_id: str) -> None:
        snapshot = board.typed(snapshot_id, Snapshot)
        target = board_of(snapshot)  # InputError if the snapshot is damaged
        changes = restore_changes(board, target)
        super().__init__(board, _named(tr("Restore snapshot “%1”"), snapshot.name), changes.changes)


def restore_changes(board: Board, target: Board) -> ChangeSet:
    """The changes turning the teams and cards of ``board`` into those of ``target``."""
    changes = ChangeSet(board)
    current = _board_entities(board)
    wanted = _board_entities(target)
    # An id reused by another kind (never made by the app, but possible in a hand-edited file)
    # cannot be updated into the other kind: it goes and comes back.
    kept = {i for i, e in wanted.items() if i in current and type(current[i]) is type(e)}

    # While cards move, a half-moved board could hold an alignment loop neither board has; the
    # board refuses loops, so alignments are cleared first unless they stay and nothing moves
    # under them (a key result changing objective is such a move).
    krs_move = any(
        isinstance(e, KeyResult) and e.id in kept and e.objective_id != wanted[e.id].objective_id  # type: ignore[union-attr]
        for e in current.values()
    )
    for entity in current.values():
        if isinstance(entity, Objective) and entity.aligned_to is not None:
            final = wanted[entity.id].aligned_to if entity.id in kept else None  # type: ignore[union-attr]
            if krs_move or final != entity.aligned_to or entity.aligned_to not in kept:
                changes.update(entity.id, aligned_to=None)

    for entity in _owners_first(target):
        if entity.id in kept:
            changes.update(entity.id, **_fields(entity))
        elif isinstance(entity, Objective):
            changes.add(dataclasses.replace(entity, aligned_to=None))
        else:
            changes.add(entity)

    for entity in _children_first(board, set(current) - kept):
        changes.remove(entity.id)

    for objective in target.all(Objective):
        if objective.aligned_to is not None:
            changes.update(objective.id, aligned_to=objective.aligned_to)
    return changes


def _board_entities(board: Board) -> dict[str, Entity]:
    found: dict[str, Entity] = {}
    for kind in BOARD_KINDS:
        entity: Entity
        for entity in board.all(kind):
            found[entity.id] = entity
    return found


def _fields(entity: Entity) -> dict[str, Any]:
    """Every field but the id and the alignment (set once every card is in place)."""
    return {
        f.name: getattr(entity, f.name)
        for f in dataclasses.fields(entity)
        if f.name not in ("id", "aligned_to")
    }


def _depth(board: Board, team: Team) -> int:
    depth, parent = 0, board.find(team.parent_id)
    while isinstance(parent, Team):
        depth, parent = depth + 1, board.find(parent.parent_id)
    return depth


def _owners_first(board: Board) -> list[Entity]:
    teams = sorted(board.teams(), key=lambda t: _depth(board, t))
    return [
        *teams,
        *board.all(Objective),
        *board.all(KeyResult),
        *board.all(Initiative),
        *board.all(Note),
        *board.all(CheckIn),
    ]


def _children_first(board: Board, ids: set[str]) -> list[Entity]:
    going = [board.get(i) for i in ids]
    rank = {CheckIn: 0, Initiative: 0, KeyResult: 1, Note: 2, Objective: 3, Team: 4}

    def key(entity: Entity) -> tuple[int, int, str]:
        depth = _depth(board, entity) if isinstance(entity, Team) else 0
        return (rank[type(entity)], -depth, entity.id)

    return sorted(going, key=key)
