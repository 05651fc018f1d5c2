"""Snapshots keep the board as it stood at the end of a round, as ``okrworkshop/v1`` JSON.

A snapshot holds the cards only (not the rounds nor the other snapshots), with their ids, so the
board of any round can be rebuilt, exported as a poster, or compared with the board of today.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from okrworkshop.errors import InputError
from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Snapshot, Team

#: The kinds a comparison reports on, with the field that carries their text.
_COMPARED: tuple[tuple[type[Any], str], ...] = (
    (Team, "name"),
    (Objective, "title"),
    (KeyResult, "title"),
    (Initiative, "title"),
    (Note, "text"),
)
#: Fields whose change counts as a change of the card (positions do not: moving is not rewriting).
_CONTENT_FIELDS: dict[type, tuple[str, ...]] = {
    Team: ("name", "parent_id"),
    Objective: ("title", "description", "kind", "owner", "aligned_to", "team_id"),
    KeyResult: (
        "title",
        "owner",
        "kind",
        "direction",
        "baseline",
        "target",
        "current",
        "unit",
        "confidence",
        "objective_id",
    ),
    Initiative: ("title", "owner", "key_result_id"),
    Note: ("text", "team_id"),
}


def snapshot_data(board: Board) -> str:
    """The board's cards as compact ``okrworkshop/v1`` JSON (without rounds and snapshots)."""
    from okrworkshop.interchange import board_to_dict

    data = board_to_dict(board)
    data.pop("rounds", None)
    data.pop("snapshots", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def board_of(snapshot: Snapshot) -> Board:
    """Rebuild the board a snapshot kept."""
    from okrworkshop.interchange import board_from_dict

    try:
        data = json.loads(snapshot.data)
    except json.JSONDecodeError as exc:
        raise InputError(None, f"snapshot {snapshot.name!r} is damaged ({exc.msg})") from None
    return board_from_dict(data, f"snapshot {snapshot.name!r}")


@dataclass(frozen=True, slots=True)
class CardChange:
    """One card that differs between two boards."""

    id: str
    kind: str
    text: str
    team: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BoardDiff:
    """What happened between an earlier and a later board."""

    added: list[CardChange] = field(default_factory=list)
    changed: list[CardChange] = field(default_factory=list)
    removed: list[CardChange] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def status_of(self, entity_id: str) -> str | None:
        """ "added", "changed", "removed" or None for a card id."""
        for status, items in (("added", self.added), ("changed", self.changed), ("removed", self.removed)):
            if any(item.id == entity_id for item in items):
                return status
        return None


def _describe(board: Board, entity: object, text_field: str, fields: tuple[str, ...] = ()) -> CardChange:
    team = board.team_of(entity.id) if not isinstance(entity, Team) else entity  # type: ignore[attr-defined]
    return CardChange(
        id=entity.id,  # type: ignore[attr-defined]
        kind=type(entity).__name__,
        text=getattr(entity, text_field),
        team=team.name if team is not None else "",
        fields=fields,
    )


def compare(before: Board, after: Board) -> BoardDiff:
    """Cards added, changed (content, not position) and removed from ``before`` to ``after``."""
    diff = BoardDiff()
    for kind, text_field in _COMPARED:
        old = {e.id: e for e in before.all(kind)}
        new = {e.id: e for e in after.all(kind)}
        for entity_id, entity in new.items():
            if entity_id not in old:
                diff.added.append(_describe(after, entity, text_field))
                continue
            changed = tuple(
                f for f in _CONTENT_FIELDS[kind] if getattr(old[entity_id], f) != getattr(entity, f)
            )
            if changed:
                diff.changed.append(_describe(after, entity, text_field, changed))
        for entity_id, entity in old.items():
            if entity_id not in new:
                diff.removed.append(_describe(before, entity, text_field))
    return diff
