"""Copy, paste and duplicate: cards as JSON on the clipboard, pasted back with fresh ids.

Objectives travel with their key results and initiatives, key results with their initiatives.
Pasted cards keep their lane or objective when it still exists; otherwise they go to the lane or
objective the paste is aimed at (the selected one, or the lane under the mouse).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from okrworkshop.model import Board, Entity, Initiative, KeyResult, Note, Objective, new_id

MIME_TYPE = "application/x-okrworkshop-cards"
FORMAT = "okrworkshop/cards-v1"
_KINDS: dict[str, type] = {
    "objective": Objective,
    "key_result": KeyResult,
    "initiative": Initiative,
    "note": Note,
}
_KIND_NAMES = {v: k for k, v in _KINDS.items()}


def _entry(entity: Entity, children: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": _KIND_NAMES[type(entity)], "fields": dataclasses.asdict(entity), "children": children}  # type: ignore[call-overload]


def copy_cards(board: Board, ids: Iterable[str]) -> dict[str, Any]:
    """The cards of ``ids`` (with what they hold) as clipboard data; lanes and unknown ids are skipped."""
    chosen = [e for i in ids if isinstance(e := board.find(i), (Objective, KeyResult, Initiative, Note))]
    chosen_ids = {e.id for e in chosen}

    def initiative(i: Initiative) -> dict[str, Any]:
        return _entry(i, [])

    def key_result(k: KeyResult) -> dict[str, Any]:
        return _entry(k, [initiative(i) for i in board.initiatives(k.id)])

    cards: list[dict[str, Any]] = []
    for entity in chosen:
        if isinstance(entity, Objective):
            cards.append(_entry(entity, [key_result(k) for k in board.key_results(entity.id)]))
        elif isinstance(entity, KeyResult) and entity.objective_id not in chosen_ids:
            cards.append(key_result(entity))
        elif isinstance(entity, Initiative):
            parent = board.find(entity.key_result_id)
            held = entity.key_result_id in chosen_ids or (
                isinstance(parent, KeyResult) and parent.objective_id in chosen_ids
            )
            if not held:
                cards.append(initiative(entity))
        elif isinstance(entity, Note):
            cards.append(_entry(entity, []))
    return {"format": FORMAT, "cards": cards}


def to_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def from_bytes(data: bytes) -> dict[str, Any] | None:
    """Clipboard bytes back to data, or None if they are not ours (nothing from it is executed)."""
    try:
        payload = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if (
        not isinstance(payload, dict)
        or payload.get("format") != FORMAT
        or not isinstance(payload.get("cards"), list)
    ):
        return None
    return payload


def plain_text(payload: dict[str, Any]) -> str:
    """The cards as an indented outline, for pasting into other applications."""
    lines: list[str] = []

    def walk(entries: list[dict[str, Any]], depth: int) -> None:
        for entry in entries:
            fields = entry.get("fields", {})
            lines.append("  " * depth + str(fields.get("title", fields.get("text", ""))))
            walk(entry.get("children", []), depth + 1)

    walk(payload["cards"], 0)
    return "\n".join(lines)


def paste_cards(
    board: Board,
    payload: dict[str, Any],
    *,
    offset: tuple[float, float] = (30.0, 30.0),
    team_id: str | None = None,
    objective_id: str | None = None,
    key_result_id: str | None = None,
) -> list[Entity]:
    """New entities (fresh ids, parents first) for the cards in ``payload``.

    ``team_id``, ``objective_id`` and ``key_result_id`` say where cards go whose own lane,
    objective or key result is gone (or, for ``objective_id``/``key_result_id``, where loose key
    results and initiatives should go when one is selected). Cards that have nowhere to go are
    left out. Malformed entries are skipped, never trusted.
    """
    dx, dy = offset
    made: list[Entity] = []
    next_order: dict[str, float] = {}

    def order_after(parent: str, siblings: list[Any]) -> float:
        value = next_order.get(parent, board.next_order(siblings))
        next_order[parent] = value + 1.0
        return value

    def build(entry: Any, parent: str | None) -> None:
        if not isinstance(entry, dict) or entry.get("kind") not in _KINDS:
            return
        kind = _KINDS[entry["kind"]]
        raw = entry.get("fields")
        if not isinstance(raw, dict):
            return
        names = {f.name for f in dataclasses.fields(kind)}
        fields = {k: v for k, v in raw.items() if k in names}
        fields["id"] = new_id()
        try:
            if kind is Objective:
                team = fields.get("team_id") if fields.get("team_id") in board else team_id
                if team is None:
                    return
                fields.update(
                    team_id=team, x=float(fields.get("x", 0)) + dx, y=float(fields.get("y", 0)) + dy
                )
                fields["order"] = order_after(team, board.objectives(team))
                fields["aligned_to"] = fields.get("aligned_to") if fields.get("aligned_to") in board else None
            elif kind is KeyResult:
                target = (
                    parent
                    or objective_id
                    or (fields.get("objective_id") if fields.get("objective_id") in board else None)
                )
                if target is None:
                    return
                fields["objective_id"] = target
                fields["order"] = order_after(target, board.key_results(target) if target in board else [])
            elif kind is Initiative:
                target = (
                    parent
                    or key_result_id
                    or (fields.get("key_result_id") if fields.get("key_result_id") in board else None)
                )
                if target is None:
                    return
                fields["key_result_id"] = target
                fields["order"] = order_after(target, board.initiatives(target) if target in board else [])
            else:
                note_team = fields.get("team_id")
                fields["team_id"] = note_team if note_team in board else team_id
                fields.update(x=float(fields.get("x", 0)) + dx, y=float(fields.get("y", 0)) + dy)
            entity = kind(**fields)
        except (TypeError, ValueError):
            return
        made.append(entity)
        for child in entry.get("children", []) or []:
            build(child, entity.id)

    for entry in payload.get("cards", []):
        build(entry, None)
    return made
