"""The cards and containers of a workshop board, as immutable values.

Entities are frozen dataclasses: nobody changes one in place. The :class:`~okrworkshop.model.board.Board`
replaces an entity with an updated copy and announces the change, so the board is the only
writer of the model and every change can be observed, stored and undone.

Ids are strings, unique across every kind in one workshop. Positions are board coordinates in
points at 100 % zoom (the canvas and the poster share them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from okrworkshop.model.value import Value

ObjectiveKind: TypeAlias = Literal["committed", "aspirational"]
KeyResultKind: TypeAlias = Literal["metric", "milestone"]
Direction: TypeAlias = Literal["increase", "decrease", "maintain"]
#: What a team decides for a card at the quarter's retrospective ("" while undecided).
Decision: TypeAlias = Literal["", "keep", "adjust", "drop"]

OBJECTIVE_KINDS: tuple[ObjectiveKind, ...] = ("committed", "aspirational")
KEY_RESULT_KINDS: tuple[KeyResultKind, ...] = ("metric", "milestone")
DIRECTIONS: tuple[Direction, ...] = ("increase", "decrease", "maintain")
LANGUAGES: tuple[str, ...] = ("fr", "en")
DECISIONS: tuple[Decision, ...] = ("", "keep", "adjust", "drop")


def new_id() -> str:
    """A fresh id, unique across workshops (so boards can later be merged or shared)."""
    import uuid  # on first use: reading a file makes no new id

    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Workshop(Value):
    """The workshop itself: what it is about and how its drafts are checked."""

    title: str = ""
    language: str = "fr"
    period: str = ""
    case_id: str = ""
    case_brief: str = ""
    profile: str = "workshop"
    #: Rule thresholds overriding the profile's (rule id or threshold name -> value).
    thresholds: dict[str, float] = field(default_factory=dict)
    #: Rule ids switched off for this workshop.
    disabled_rules: tuple[str, ...] = ()
    facilitator: str = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Team(Value):
    """A team, drawn as a lane; ``parent_id`` nests it under another team."""

    name: str
    id: str = field(default_factory=new_id)
    parent_id: str | None = None
    colour: str = "#4e79a7"
    order: float = 0.0
    x: float = 0.0
    y: float = 0.0
    width: float = 1200.0
    height: float = 420.0
    #: What the team learnt this quarter (written at the retrospective).
    lessons: str = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Objective(Value):
    """A qualitative, inspiring goal of one team."""

    team_id: str
    title: str
    id: str = field(default_factory=new_id)
    description: str = ""
    kind: ObjectiveKind = "aspirational"
    owner: str = ""
    #: Id of the parent objective or key result this objective contributes to.
    aligned_to: str | None = None
    order: float = 0.0
    x: float = 0.0
    y: float = 0.0
    #: Keep, adjust or drop it next quarter (the retrospective's decision).
    decision: Decision = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class KeyResult(Value):
    """A measurable outcome that shows progress towards its objective."""

    objective_id: str
    title: str
    id: str = field(default_factory=new_id)
    owner: str = ""
    kind: KeyResultKind = "metric"
    direction: Direction = "increase"
    baseline: float | None = None
    target: float | None = None
    current: float | None = None
    unit: str = ""
    confidence: int | None = None
    order: float = 0.0
    #: The quarter-end score (0.0–1.0) when the team overrides the one computed from progress.
    score: float | None = None
    #: Keep, adjust or drop it next quarter (the retrospective's decision).
    decision: Decision = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class CheckIn(Value):
    """One weekly check-in of a key result: where it stands that day and how confident the team is.

    ``date`` is an ISO date (``2027-02-12``); ``value`` is the key result's current value then.
    """

    key_result_id: str
    date: str
    value: float | None = None
    confidence: int | None = None
    comment: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Initiative(Value):
    """Work the team will do in the hope of moving a key result."""

    key_result_id: str
    title: str
    id: str = field(default_factory=new_id)
    owner: str = ""
    order: float = 0.0


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Note(Value):
    """A free sticky note: the brainstorming parking lot."""

    text: str
    id: str = field(default_factory=new_id)
    team_id: str | None = None
    colour: str = "#f6e27f"
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Round(Value):
    """One timed exercise round of the workshop."""

    title: str
    id: str = field(default_factory=new_id)
    order: float = 0.0
    instructions: str = ""
    duration_s: int = 0
    #: ISO-8601 timestamps, empty while not started / not ended.
    started_at: str = ""
    ended_at: str = ""
    #: Check-ins that arrive when the round starts (a follow-up case's week of data), as a JSON
    #: list of check-ins (see :mod:`okrworkshop.model.scripted`); empty for most rounds.
    scripted_check_ins: str = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Snapshot(Value):
    """A named copy of the board, kept at the end of a round (``data`` is okrworkshop/v1 JSON)."""

    name: str
    data: str
    id: str = field(default_factory=new_id)
    created_at: str = ""
    round_id: str | None = None


Card: TypeAlias = Objective | KeyResult | Initiative | Note
Entity: TypeAlias = Team | Objective | KeyResult | Initiative | Note | Round | Snapshot | CheckIn
ENTITY_TYPES: tuple[type, ...] = (Team, Objective, KeyResult, Initiative, Note, Round, Snapshot, CheckIn)
