"""What the board announces to its observers after each real change."""

from __future__ import annotations

from dataclasses import dataclass

from okrworkshop.model.entities import Entity, Workshop
from okrworkshop.model.value import Value


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Added(Value):
    """An entity was added to the board."""

    entity: Entity


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Removed(Value):
    """An entity was removed from the board."""

    entity: Entity


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Updated(Value):
    """An entity was replaced by a changed copy; ``fields`` names what differs."""

    before: Entity
    after: Entity
    fields: frozenset[str]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class WorkshopChanged(Value):
    """The workshop's own settings changed; ``fields`` names what differs."""

    before: Workshop
    after: Workshop
    fields: frozenset[str]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Committed(Value):
    """A unit of change is complete: one change outside a transaction, or a whole transaction.

    Storage commits to disk on this event; views may refresh derived state (checker, badges).
    """

    changes: int


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Reloaded(Value):
    """The whole board content was replaced (file opened, snapshot restored)."""


Event = Added | Removed | Updated | WorkshopChanged | Committed | Reloaded
