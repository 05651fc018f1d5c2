"""Undo commands for team lanes: add, rename, recolour, reorder, nest, resize."""

from __future__ import annotations

import dataclasses

from okrworkshop.canvas.commands.base import BoardCommand, ChangeSet, tr
from okrworkshop.canvas.commands.lanes import restack, siblings, stack_origin
from okrworkshop.canvas.style import MIN_LANE_HEIGHT, MIN_LANE_WIDTH
from okrworkshop.model import Board, ModelError, Team


def _place_among_siblings(changes: ChangeSet, team: Team, parent_id: str | None, index: int | None) -> None:
    """Put ``team`` under ``parent_id`` at ``index`` among its sub-teams and renumber them."""
    others = [t for t in siblings(changes, parent_id) if t.id != team.id]
    index = len(others) if index is None else max(0, min(index, len(others)))
    sequence = [*others[:index], team, *others[index:]]
    if changes.find(team.id) is None:
        changes.add(dataclasses.replace(team, parent_id=parent_id, order=float(index)))
    else:
        changes.update(team.id, parent_id=parent_id, order=float(index))
    for position, sibling in enumerate(sequence):
        if sibling.id != team.id:
            changes.update(sibling.id, order=float(position))


def is_inside(board: Board, team_id: str, ancestor_id: str) -> bool:
    """Whether ``team_id`` is ``ancestor_id`` or nested (at any depth) under it."""
    current: str | None = team_id
    while current is not None:
        if current == ancestor_id:
            return True
        found = board.find(current)
        current = found.parent_id if isinstance(found, Team) else None
    return False


class AddTeam(BoardCommand):
    """Add a team lane under ``parent_id`` at ``index`` among its siblings (the end if None)."""

    def __init__(self, board: Board, team: Team, index: int | None = None) -> None:
        changes = ChangeSet(board)
        origin = stack_origin(changes)
        _place_among_siblings(changes, team, team.parent_id, index)
        restack(changes, origin)
        super().__init__(board, tr("Add team"), changes.changes)
        self.team_id = team.id


class RenameTeam(BoardCommand):
    """Give a team a new name."""

    def __init__(self, board: Board, team_id: str, name: str) -> None:
        if not name.strip():
            raise ModelError(tr("a team needs a name"))
        changes = ChangeSet(board)
        changes.update(team_id, name=name)
        super().__init__(board, tr("Rename team"), changes.changes)


class RecolourTeam(BoardCommand):
    """Give a team lane a new colour (``#rrggbb``)."""

    def __init__(self, board: Board, team_id: str, colour: str) -> None:
        changes = ChangeSet(board)
        changes.update(team_id, colour=colour)
        super().__init__(board, tr("Recolour team"), changes.changes)


class ReorderTeams(BoardCommand):
    """Move a lane to ``index`` among the sub-teams of ``parent_id`` (a new parent nests it)."""

    def __init__(self, board: Board, team_id: str, parent_id: str | None, index: int | None) -> None:
        team = board.typed(team_id, Team)
        if parent_id is not None and is_inside(board, parent_id, team_id):
            raise ModelError(tr("a team cannot go inside itself"))
        changes = ChangeSet(board)
        origin = stack_origin(changes)
        old_parent = team.parent_id
        _place_among_siblings(changes, team, parent_id, index)
        if old_parent != parent_id:
            changes.renumber(siblings(changes, old_parent))
        restack(changes, origin)
        if parent_id == old_parent:
            text = tr("Reorder teams")
        elif parent_id is None:
            text = tr("Move team to the top level")
        else:
            text = tr("Nest team under %1").replace("%1", board.typed(parent_id, Team).name)
        super().__init__(board, text, changes.changes)


class NestTeam(ReorderTeams):
    """Nest a team under another (as its last sub-team), or back at the top level with ``None``."""

    def __init__(self, board: Board, team_id: str, parent_id: str | None) -> None:
        super().__init__(board, team_id, parent_id, None)


class ResizeLane(BoardCommand):
    """Give a lane a new size; the lanes under it move to make room (or close the gap)."""

    def __init__(self, board: Board, team_id: str, width: float, height: float) -> None:
        changes = ChangeSet(board)
        origin = stack_origin(changes)
        changes.update(team_id, width=max(width, MIN_LANE_WIDTH), height=max(height, MIN_LANE_HEIGHT))
        restack(changes, origin)
        super().__init__(board, tr("Resize team lane"), changes.changes)


class FitLanes(BoardCommand):
    """Grow lanes so that they hold their cards (``needed``: team id -> width and height), then restack."""

    def __init__(self, board: Board, needed: dict[str, tuple[float, float]]) -> None:
        changes = ChangeSet(board)
        origin = stack_origin(changes)
        for team_id, (width, height) in needed.items():
            team = board.typed(team_id, Team)
            changes.update(team_id, width=max(team.width, width), height=max(team.height, height))
        restack(changes, origin)
        super().__init__(board, tr("Fit lanes to their cards"), changes.changes)
