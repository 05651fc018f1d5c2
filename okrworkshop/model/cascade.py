"""What removing cards really removes: the cascade, spelled out so it can be undone exactly."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from okrworkshop.model.board import Board
from okrworkshop.model.entities import Entity, Objective, Snapshot
from okrworkshop.model.value import Value


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class RemovalPlan(Value):
    """Links to clear first, then entities to remove, deepest first.

    Applying it: ``board.update(id, field=None)`` for each unlink, then ``board.remove`` each
    entity in order. Undoing it: ``board.add`` the entities in reverse order, then restore the
    unlinked fields to their old values.
    """

    unlinks: tuple[tuple[str, str, str], ...]  # (entity id, field, old value)
    removals: tuple[Entity, ...]

    def apply(self, board: Board) -> None:
        with board.transaction():
            for entity_id, field, _old in self.unlinks:
                board.update(entity_id, **{field: None})
            for entity in self.removals:
                board.remove(entity.id)

    def revert(self, board: Board) -> None:
        with board.transaction():
            for entity in reversed(self.removals):
                board.add(entity)
            for entity_id, field, old in reversed(self.unlinks):
                board.update(entity_id, **{field: old})


def removal_plan(board: Board, entity_ids: Iterable[str]) -> RemovalPlan:
    """The plan that removes ``entity_ids`` with everything they own, clearing links to them."""
    doomed: list[Entity] = []
    seen: set[str] = set()

    def visit(entity: Entity) -> None:
        if entity.id in seen:
            return
        seen.add(entity.id)
        for child in sorted(board.children(entity.id), key=lambda e: e.id):
            visit(child)
        doomed.append(entity)  # children before their owner

    for entity_id in entity_ids:
        visit(board.get(entity_id))

    unlinks: list[tuple[str, str, str]] = []
    for entity in doomed:
        for referrer in sorted(board.referrers(entity.id), key=lambda e: e.id):
            if referrer.id in seen:
                continue
            if isinstance(referrer, Objective) and referrer.aligned_to == entity.id:
                unlinks.append((referrer.id, "aligned_to", entity.id))
            elif isinstance(referrer, Snapshot) and referrer.round_id == entity.id:
                unlinks.append((referrer.id, "round_id", entity.id))
    # Links between two doomed entities are removed with them; but a doomed objective aligned to a
    # doomed key result must drop its link before that key result goes, whatever the order.
    for entity in doomed:
        if isinstance(entity, Objective) and entity.aligned_to in seen:
            unlinks.append((entity.id, "aligned_to", entity.aligned_to))
    # Removals re-read entities after unlinking, so keep the unlinked values out of them.
    cleared = {(eid, f) for eid, f, _ in unlinks}
    removals = tuple(_without(entity, cleared) for entity in doomed)
    return RemovalPlan(tuple(unlinks), removals)


def _without(entity: Entity, cleared: set[tuple[str, str]]) -> Entity:
    fields = {f for eid, f in cleared if eid == entity.id}
    if not fields:
        return entity
    unlinked: Any = dataclasses.replace(cast(Any, entity), **dict.fromkeys(fields))
    return cast(Entity, unlinked)
