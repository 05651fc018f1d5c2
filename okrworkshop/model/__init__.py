"""The workshop model: plain Python, no Qt, no database (see :mod:`okrworkshop.storage`)."""

from okrworkshop.model.board import AlignmentError, Board, ModelError
from okrworkshop.model.cascade import RemovalPlan, removal_plan
from okrworkshop.model.entities import (
    DECISIONS,
    DIRECTIONS,
    KEY_RESULT_KINDS,
    LANGUAGES,
    OBJECTIVE_KINDS,
    Card,
    CheckIn,
    Entity,
    Initiative,
    KeyResult,
    Note,
    Objective,
    Round,
    Snapshot,
    Team,
    Workshop,
    new_id,
)
from okrworkshop.model.events import Added, Committed, Event, Reloaded, Removed, Updated, WorkshopChanged
from okrworkshop.model.paths import card_paths

__all__ = [
    "DECISIONS",
    "DIRECTIONS",
    "KEY_RESULT_KINDS",
    "LANGUAGES",
    "OBJECTIVE_KINDS",
    "Added",
    "AlignmentError",
    "Board",
    "Card",
    "CheckIn",
    "Committed",
    "Entity",
    "Event",
    "Initiative",
    "KeyResult",
    "ModelError",
    "Note",
    "Objective",
    "Reloaded",
    "RemovalPlan",
    "Removed",
    "Round",
    "Snapshot",
    "Team",
    "Updated",
    "Workshop",
    "WorkshopChanged",
    "card_paths",
    "new_id",
    "removal_plan",
]
