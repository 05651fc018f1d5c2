"""Undo commands as lists of absolute model changes, computed once when the gesture ends.

A command is built from a :class:`ChangeSet`: the adds, removals and field updates (old and new
values) that one user gesture means, worked out against the board as it is at that moment. Redo
replays them in order, undo plays their inverse backwards; both call only the board's mutation
API, inside one ``board.transaction()`` so that one gesture is one commit to the workshop file.
Commands never touch the scene: the scene follows the board's events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from okrworkshop.model import Board, Entity, ModelError

E = TypeVar("E", bound=Entity)


def tr(text: str) -> str:
    """Translate an undo text (context ``commands``)."""
    return QCoreApplication.translate("commands", text)


@dataclass(frozen=True, slots=True)
class Change:
    """One step: add ``entity``, remove ``entity``, or update ``entity_id`` from ``before`` to ``after``."""

    action: str  # "add" | "remove" | "update"
    entity_id: str
    entity: Entity | None = None
    before: tuple[tuple[str, Any], ...] = ()
    after: tuple[tuple[str, Any], ...] = ()

    def apply(self, board: Board) -> None:
        if self.action == "add":
            assert self.entity is not None
            board.add(self.entity)
        elif self.action == "remove":
            board.remove(self.entity_id)
        else:
            board.update(self.entity_id, **dict(self.after))

    def revert(self, board: Board) -> None:
        if self.action == "add":
            board.remove(self.entity_id)
        elif self.action == "remove":
            assert self.entity is not None
            board.add(self.entity)
        else:
            board.update(self.entity_id, **dict(self.before))


class ChangeSet:
    """Collects the changes of one gesture, seeing the board as those changes leave it."""

    def __init__(self, board: Board) -> None:
        self.board = board
        self.changes: list[Change] = []
        self._overlay: dict[str, Entity | None] = {}

    # What the board will look like once the changes so far are applied.
    def find(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        if entity_id in self._overlay:
            return self._overlay[entity_id]
        return self.board.find(entity_id)

    def get(self, entity_id: str) -> Entity:
        found = self.find(entity_id)
        if found is None:
            raise ModelError(f"no card or team with id {entity_id!r}")
        return found

    def all(self, kind: type[E]) -> list[E]:
        """Every entity of ``kind`` after the changes so far, in (order, id) order where ordered."""
        found: dict[str, E] = {e.id: e for e in self.board.all(kind)}
        for entity_id, entity in self._overlay.items():
            if isinstance(entity, kind):
                found[entity_id] = entity
            else:
                found.pop(entity_id, None)
        result = list(found.values())
        if result and hasattr(result[0], "order"):
            result.sort(key=lambda e: (getattr(e, "order", 0.0), e.id))
        return result

    def children(self, kind: type[E], field: str, owner_id: str) -> list[E]:
        """Entities of ``kind`` whose ``field`` is ``owner_id``, in order."""
        return [e for e in self.all(kind) if getattr(e, field) == owner_id]

    # Recording changes.
    def add(self, entity: E) -> E:
        self.changes.append(Change("add", entity.id, entity=entity))
        self._overlay[entity.id] = entity
        return entity

    def remove(self, entity_id: str) -> None:
        entity = self.get(entity_id)
        self.changes.append(Change("remove", entity_id, entity=entity))
        self._overlay[entity_id] = None

    def update(self, entity_id: str, **changes: Any) -> None:
        """Record the fields of ``changes`` that really differ (nothing if none do)."""
        current = self.get(entity_id)
        changed = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changed:
            return
        before = tuple((k, getattr(current, k)) for k in changed)
        self.changes.append(Change("update", entity_id, before=before, after=tuple(changed.items())))
        self._overlay[entity_id] = dataclasses.replace(current, **changed)

    def renumber(self, entities: Iterable[Entity]) -> None:
        """Give ``entities`` the orders 0, 1, 2… in the sequence given."""
        for index, entity in enumerate(entities):
            self.update(entity.id, order=float(index))


class BoardCommand(QUndoCommand):
    """An undo step made of :class:`Change` s (see the module docstring)."""

    #: Commands with the same non-negative id may merge (``mergeWith``).
    merge_id = -1
    #: Whether lanes grow to hold their cards after this command (card changes do; lane
    #: resizing, deleting and workshop settings don't).
    grows_lanes = False

    def __init__(self, board: Board, text: str, changes: list[Change]) -> None:
        super().__init__(text)
        self.board = board
        self.changes = changes
        #: Changes made right after the command's own ones as part of the same step (lanes
        #: growing to hold the cards); replayed after them, undone before them.
        self.follow_up: list[Change] = []
        #: Set to take the command off the stack when it is next undone (a new card cancelled).
        self.discard_on_undo = False
        self._skip_redo = False

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def touched_ids(self) -> set[str]:
        return {c.entity_id for c in self.changes}

    def add_follow_up(self, changes: list[Change]) -> None:
        """Changes already applied after this command's, to replay and undo with it."""
        self.follow_up.extend(changes)

    def fold(self, other: BoardCommand) -> None:
        """Take in ``other`` (already applied) as part of this step: an update of an entity this
        command adds becomes part of the added entity; anything else follows the step's changes."""
        added = {c.entity_id: i for i, c in enumerate(self.changes) if c.action == "add"}
        for change in other.changes:
            index = added.get(change.entity_id)
            if change.action == "update" and index is not None:
                entity = self.changes[index].entity
                assert entity is not None
                self.changes[index] = dataclasses.replace(
                    self.changes[index], entity=dataclasses.replace(entity, **dict(change.after))
                )
            else:
                self.follow_up.append(change)
        self.follow_up.extend(other.follow_up)

    def apply_first(self) -> None:
        """Apply the changes now, rolling back what was done if the board refuses one.

        The undo stack calls ``redo()`` once when the command is pushed; that call is skipped
        afterwards, so a refused change never reaches the stack.
        """
        self._run(forward=True)
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(forward=True)

    def undo(self) -> None:
        self._run(forward=False)
        if self.discard_on_undo:
            self.setObsolete(True)  # the stack deletes an obsolete command it has just undone

    def _run(self, *, forward: bool) -> None:
        everything = [*self.changes, *self.follow_up]
        steps = everything if forward else list(reversed(everything))
        done: list[Change] = []
        with self.board.transaction():
            try:
                for change in steps:
                    if forward:
                        change.apply(self.board)
                    else:
                        change.revert(self.board)
                    done.append(change)
            except ModelError:
                for change in reversed(done):
                    if forward:
                        change.revert(self.board)
                    else:
                        change.apply(self.board)
                raise

    def id(self) -> int:
        return self.merge_id
