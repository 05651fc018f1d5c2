"""Lane geometry: lanes stack top to bottom, sub-teams right under their parent, indented.

Every command that changes lanes (add, delete, reorder, nest, resize) ends by restacking, which
moves each lane to its place in that stack and carries the lane's cards along (a card's position
is absolute, so a lane that moves down 200 points takes its objectives and notes with it). The
stack is the one :mod:`okrworkshop.interchange.layout` lays out imported drafts in.
"""

from __future__ import annotations

from okrworkshop.canvas.commands.base import ChangeSet
from okrworkshop.interchange.layout import INDENT, LANE_GAP
from okrworkshop.model import Note, Objective, Team


def lane_order(changes: ChangeSet) -> list[tuple[Team, int]]:
    """Teams as the changes leave them, depth-first in order, with their nesting depth."""
    teams = changes.all(Team)
    by_parent: dict[str | None, list[Team]] = {}
    for team in teams:
        by_parent.setdefault(team.parent_id, []).append(team)
    ordered: list[tuple[Team, int]] = []

    def visit(team: Team, depth: int) -> None:
        ordered.append((team, depth))
        for child in by_parent.get(team.id, []):
            visit(child, depth + 1)

    for team in by_parent.get(None, []):
        visit(team, 0)
    return ordered


def siblings(changes: ChangeSet, parent_id: str | None) -> list[Team]:
    return [t for t in changes.all(Team) if t.parent_id == parent_id]


def stack_origin(changes: ChangeSet) -> tuple[float, float]:
    """Where the stack starts: the top lane's corner (taken before a change moves or removes it)."""
    ordered = lane_order(changes)
    if not ordered:
        return (0.0, 0.0)
    return (ordered[0][0].x, ordered[0][0].y)


def restack(changes: ChangeSet, origin: tuple[float, float]) -> None:
    """Move every lane to its place in the stack starting at ``origin``, with its cards.

    Restacking a board that is already stacked from that origin changes nothing.
    """
    ordered = lane_order(changes)
    if not ordered:
        return
    left, y = origin
    offsets: dict[str, tuple[float, float]] = {}
    for team, depth in ordered:
        x = left + depth * INDENT
        if (x, y) != (team.x, team.y):
            offsets[team.id] = (x - team.x, y - team.y)
            changes.update(team.id, x=x, y=y)
        y += team.height + LANE_GAP
    if not offsets:
        return
    cards: list[Objective | Note] = [*changes.all(Objective), *changes.all(Note)]
    for card in cards:
        shift = offsets.get(card.team_id) if card.team_id is not None else None
        if shift is not None:
            changes.update(card.id, x=card.x + shift[0], y=card.y + shift[1])
