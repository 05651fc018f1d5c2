"""What a participant may change, checked like the JSON reader's input, and planned as steps.

A participant's request is plain JSON (``{"op": "add", "kind": "key_result", "parent": ID,
"title": "…"}``). :func:`plan_edit` validates it against the board and the participant's team and
returns the :class:`Step` s that carry it out — adds, removals and field updates with their old and
new values — or raises :class:`EditRefused` with a message for the participant. The steps are the
same shape as the canvas's undo changes, so the app turns them into one undo command; headless,
the room applies them in one board transaction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from okrworkshop.interchange.layout import (
    CARD_WIDTH,
    COLUMN_WIDTH,
    LANE_HEADER,
    LANE_PADDING,
    estimated_height,
)
from okrworkshop.model import Board, Entity, Initiative, KeyResult, Objective, Team, removal_plan

#: The longest title a participant can send (the JSON reader's limit for card text).
MAX_TITLE = 500
MAX_OWNER = 80
KINDS = {"objective": Objective, "key_result": KeyResult, "initiative": Initiative}
#: What one more key result or initiative adds to an objective's height on the board.
GROWTH_PER_CARD = 64.0


class EditRefused(ValueError):
    """A request the room does not carry out; ``key`` names the message shown to the participant."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Step:
    """Add ``entity``, remove ``entity``, or update ``entity_id`` from ``before`` to ``after``."""

    action: str  # "add" | "remove" | "update"
    entity_id: str
    entity: Entity | None = None
    before: tuple[tuple[str, Any], ...] = ()
    after: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    """The steps of one request, and what it does in words (for the undo history)."""

    steps: tuple[Step, ...]
    #: "add_objective", "add_key_result", "add_initiative", "edit", "delete", "move".
    verb: str
    #: The card the request is about (the new one for an add).
    card_id: str


def apply_steps(board: Board, steps: tuple[Step, ...]) -> None:
    """Carry the steps out on ``board`` in one transaction (headless rooms)."""
    with board.transaction():
        for step in steps:
            if step.action == "add":
                assert step.entity is not None
                board.add(step.entity)
            elif step.action == "remove":
                board.remove(step.entity_id)
            else:
                board.update(step.entity_id, **dict(step.after))


def _text(data: Mapping[str, Any], name: str, limit: int, *, required: bool) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise EditRefused("bad-request", f"{name} must be text")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value) or "\x00" in value:
        raise EditRefused("bad-request", f"{name} has characters that are not text")
    value = " ".join(value.split()) if name == "owner" else value.strip()
    if required and not value:
        raise EditRefused("empty-title")
    if len(value) > limit:
        raise EditRefused("too-long", str(limit))
    return value


def _id(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > 64:
        raise EditRefused("bad-request", f"{name} must be a card id")
    return value


def team_of(board: Board, entity_id: str) -> str | None:
    team = board.team_of(entity_id)
    return team.id if team is not None else None


def _own_card(board: Board, card_id: str, team_id: str) -> Entity:
    card = board.find(card_id)
    if not isinstance(card, (Objective, KeyResult, Initiative)):
        raise EditRefused("gone")
    if team_of(board, card_id) != team_id:
        raise EditRefused("other-team")
    return card


def _order_after(siblings: list[Any]) -> float:
    return max((s.order for s in siblings), default=-1.0) + 1.0


def plan_edit(board: Board, team_id: str, data: Any) -> Plan:
    """Validate one request of a participant of ``team_id`` and plan it (see the module doc)."""
    if not isinstance(data, Mapping):
        raise EditRefused("bad-request", "a change is a JSON object")
    if not isinstance(board.find(team_id), Team):
        raise EditRefused("gone")
    op = data.get("op")
    if op == "add":
        return _plan_add(board, team_id, data)
    if op == "edit":
        card = _own_card(board, _id(data, "id"), team_id)
        changes: dict[str, Any] = {}
        if "title" in data:
            changes["title"] = _text(data, "title", MAX_TITLE, required=True)
        if "owner" in data:
            changes["owner"] = _text(data, "owner", MAX_OWNER, required=False)
        steps = _updates(card, changes)
        return Plan(steps, "edit", card.id)
    if op == "delete":
        card = _own_card(board, _id(data, "id"), team_id)
        plan = removal_plan(board, [card.id])
        unlinks = [
            Step("update", entity_id, before=((field, old),), after=((field, None),))
            for entity_id, field, old in plan.unlinks
        ]
        removals = [Step("remove", e.id, entity=e) for e in plan.removals]
        return Plan(tuple(unlinks + removals), "delete", card.id)
    if op == "move":
        card = _own_card(board, _id(data, "id"), team_id)
        direction = data.get("direction")
        if direction not in ("up", "down"):
            raise EditRefused("bad-request", "direction is up or down")
        return Plan(_reorder(board, card, -1 if direction == "up" else 1), "move", card.id)
    raise EditRefused("bad-request", "op is add, edit, delete or move")


def _updates(card: Entity, changes: Mapping[str, Any]) -> tuple[Step, ...]:
    changed = {k: v for k, v in changes.items() if getattr(card, k) != v}
    if not changed:
        return ()
    before = tuple((k, getattr(card, k)) for k in changed)
    return (Step("update", card.id, before=before, after=tuple(changed.items())),)


def _plan_add(board: Board, team_id: str, data: Mapping[str, Any]) -> Plan:
    kind = data.get("kind")
    if kind not in KINDS:
        raise EditRefused("bad-request", "kind is objective, key_result or initiative")
    title = _text(data, "title", MAX_TITLE, required=True)
    owner = _text(data, "owner", MAX_OWNER, required=False)
    card: Entity
    growth: tuple[Step, ...] = ()
    if kind == "objective":
        team = board.get(team_id)
        assert isinstance(team, Team)
        siblings = board.objectives(team_id)
        # A new column to the right of the lane's objectives, at the top of the lane.
        x = max((o.x for o in siblings), default=team.x + LANE_PADDING - COLUMN_WIDTH) + COLUMN_WIDTH
        y = team.y + LANE_HEADER
        card = Objective(team_id, title, owner=owner, order=_order_after(siblings), x=x, y=y)
        growth = _grow(team, width=x + CARD_WIDTH + LANE_PADDING - team.x)
    elif kind == "key_result":
        parent = _own_card(board, _id(data, "parent"), team_id)
        if not isinstance(parent, Objective):
            raise EditRefused("bad-parent")
        card = KeyResult(parent.id, title, owner=owner, order=_order_after(board.key_results(parent.id)))
        growth = _grow_for(board, parent)
    else:
        parent = _own_card(board, _id(data, "parent"), team_id)
        if not isinstance(parent, KeyResult):
            raise EditRefused("bad-parent")
        card = Initiative(parent.id, title, owner=owner, order=_order_after(board.initiatives(parent.id)))
        objective = board.get(parent.objective_id)
        assert isinstance(objective, Objective)
        growth = _grow_for(board, objective)
    return Plan((Step("add", card.id, entity=card), *growth), f"add_{kind}", card.id)


def _grow(team: Team, width: float = 0.0, height: float = 0.0) -> tuple[Step, ...]:
    """The lane grows with its cards, in the same step (as on the board)."""
    changes = {}
    if width > team.width:
        changes["width"] = float(width)
    if height > team.height:
        changes["height"] = float(height)
    return _updates(team, changes)


def _grow_for(board: Board, objective: Objective) -> tuple[Step, ...]:
    """Room in the lane for one more line of cards under ``objective``."""
    team = board.get(objective.team_id)
    assert isinstance(team, Team)
    bottom = objective.y + estimated_height(board, objective.id) + GROWTH_PER_CARD
    return _grow(team, height=bottom + LANE_PADDING - team.y)


def _reorder(board: Board, card: Entity, delta: int) -> tuple[Step, ...]:
    if isinstance(card, Objective):
        siblings: list[Any] = board.objectives(card.team_id)
    elif isinstance(card, KeyResult):
        siblings = board.key_results(card.objective_id)
    else:
        assert isinstance(card, Initiative)
        siblings = board.initiatives(card.key_result_id)
    index = next(i for i, s in enumerate(siblings) if s.id == card.id)
    target = index + delta
    if not 0 <= target < len(siblings):
        return ()
    neighbour = siblings[target]
    siblings.insert(target, siblings.pop(index))
    steps: list[Step] = []
    for order, sibling in enumerate(siblings):
        if not math.isclose(sibling.order, float(order)):
            steps.extend(_updates(sibling, {"order": float(order)}))
    if isinstance(card, Objective):
        # Objectives stand where they were placed in their lane: they trade places as well.
        steps.extend(_updates(card, {"x": neighbour.x, "y": neighbour.y}))
        steps.extend(_updates(neighbour, {"x": card.x, "y": card.y}))
    return tuple(steps)
