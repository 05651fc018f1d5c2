"""What the board announces to its observers after each real change."""

from __future__ import annotations

from dataclasses import dataclass

from okrworkshop.model.entities import Entity, Workshop


@dataclass(frozen=True, slots=True)
class Added:
    """An entity was added to the board."""

    entity: Entity


@dataclass(frozen=True, slots=True)
class Removed:
    """An entity was removed from the board."""

    entity: Entity


@dataclass(frozen=True, slots=True)
class Updated:
    """An entity was replaced by a changed copy; ``fields`` names what differs."""

    before: Entity
    after: Entity
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class WorkshopChanged:
    """The workshop's own settings changed; ``fields`` names what differs."""

    before: Workshop
    after: Workshop
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class Committed:
    """A unit of change is complete: one change outside a transaction, or a whole transaction.

    Storage commits to disk on this event; views may refresh derived state (checker, badges).
    """

    changes: int


@dataclass(frozen=True, slots=True)
class Reloaded:
    """The whole board content was replaced (file opened, snapshot restored)."""


Event = Added | Removed | Updated | WorkshopChanged | Committed | Reloaded
