"""The JSON Schema of ``okrworkshop/v1`` (DESIGN.md §4.2), as data.

Only ``format``, ``teams[].name``, ``objectives[].title`` and ``key_results[].title`` are required.
Fields the schema does not name are accepted (other tools add their own): the reader reports them
once as a warning and ignores them (:func:`okrworkshop.interchange.validation.unknown_fields`).
``id``, ``parent_id``, ``aligned_to_id`` and ``initiative_details`` are extensions that keep ids and
owners and disambiguate names, so that ``.okrw -> .json -> .okrw`` loses nothing; ``initiatives``
stays a list of texts, as the contract says. The follow-up extensions —
``key_results[].check_ins`` (dated value, confidence and comment), ``score`` and ``decision`` (keep,
adjust, drop) on cards, ``lessons`` on teams, ``rounds[].scripted_check_ins`` (the check-ins a
follow-up case's round brings) — are written only when set.
"""

from __future__ import annotations

from typing import Any

from okrworkshop.model.limits import (
    DATA_LIMIT,
    DURATION_LIMIT,
    ID_LIMIT,
    LONG_TEXT_LIMIT,
    NUMBER_LIMIT,
    POSITION_LIMIT,
    TEXT_LIMIT,
)

FORMAT = "okrworkshop/v1"

_text = {"type": "string", "maxLength": TEXT_LIMIT}
_long_text = {"type": "string", "maxLength": LONG_TEXT_LIMIT}
_optional_text = {"type": ["string", "null"], "maxLength": TEXT_LIMIT}
_number = {"type": ["number", "null"], "minimum": -NUMBER_LIMIT, "maximum": NUMBER_LIMIT}
_coordinate = {"type": "number", "minimum": -POSITION_LIMIT, "maximum": POSITION_LIMIT}
_size = {"type": "number", "exclusiveMinimum": 0, "maximum": POSITION_LIMIT}
_colour = {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"}
_id = {"type": "string", "minLength": 1, "maxLength": ID_LIMIT}
_optional_id = {"type": ["string", "null"], "maxLength": ID_LIMIT}

_initiative: dict[str, Any] = {
    "oneOf": [
        {"type": "string"},
        {
            "type": "object",
            "required": ["title"],
            "properties": {"id": _id, "title": _text, "owner": _text, "x": _coordinate, "y": _coordinate},
        },
    ]
}

_decision = {"enum": ["", "keep", "adjust", "drop"]}
_confidence = {"type": ["integer", "null"], "minimum": 0, "maximum": 10}

#: A dated check-in of a key result (extension: older readers need not know it).
_check_in: dict[str, Any] = {
    "type": "object",
    "required": ["date"],
    "properties": {
        "id": _id,
        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "value": _number,
        "confidence": _confidence,
        "comment": _text,
    },
}

#: ``initiative_details[n]`` gives the id and owner of ``initiatives[n]`` (an extension of v1).
_initiative_detail: dict[str, Any] = {
    "type": "object",
    "properties": {"id": _id, "title": _text, "owner": _text},
}

_key_result: dict[str, Any] = {
    "type": "object",
    "required": ["title"],
    "properties": {
        "id": _id,
        "title": _text,
        "owner": _text,
        "kind": {"enum": ["metric", "milestone"]},
        "direction": {"enum": ["increase", "decrease", "maintain"]},
        "baseline": _number,
        "target": _number,
        "current": _number,
        "unit": _text,
        "confidence": _confidence,
        "x": _coordinate,
        "y": _coordinate,
        "initiatives": {"type": "array", "items": _initiative},
        "initiative_details": {"type": "array", "items": _initiative_detail},
        "score": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
        "decision": _decision,
        "check_ins": {"type": "array", "items": _check_in},
    },
}

_objective: dict[str, Any] = {
    "type": "object",
    "required": ["title"],
    "properties": {
        "id": _id,
        "title": _text,
        "description": _long_text,
        "owner": _text,
        "kind": {"enum": ["committed", "aspirational"]},
        "aligned_to": _optional_text,
        "aligned_to_id": _optional_id,
        "x": _coordinate,
        "y": _coordinate,
        "decision": _decision,
        "key_results": {"type": "array", "items": _key_result},
    },
}

_team: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "id": _id,
        "name": {"type": "string", "minLength": 1, "maxLength": TEXT_LIMIT, "pattern": r"\S"},
        "parent": _optional_text,
        "parent_id": _optional_id,
        "colour": _colour,
        "x": _coordinate,
        "y": _coordinate,
        "width": _size,
        "height": _size,
        "lessons": _long_text,
        "objectives": {"type": "array", "items": _objective},
    },
}

_note: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "id": _id,
        "text": _text,
        "team": _optional_text,
        "team_id": _optional_id,
        "colour": _colour,
        "x": _coordinate,
        "y": _coordinate,
    },
}

_round: dict[str, Any] = {
    "type": "object",
    "required": ["title"],
    "properties": {
        "id": _id,
        "title": _text,
        "instructions": _long_text,
        "duration_s": {"type": "integer", "minimum": 0, "maximum": DURATION_LIMIT},
        "started_at": _text,
        "ended_at": _text,
        "scripted_check_ins": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "key_result_id", "date"],
                "properties": {
                    "id": _id,
                    "key_result_id": _id,
                    "date": _text,
                    "value": {"type": ["number", "null"]},
                    "confidence": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                    "comment": _text,
                },
            },
        },
    },
}

_snapshot: dict[str, Any] = {
    "type": "object",
    "required": ["name", "data"],
    "properties": {
        "id": _id,
        "name": _text,
        "data": {"type": "string", "maxLength": DATA_LIMIT},
        "created_at": _text,
        "round_id": _optional_id,
    },
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format"],
    "properties": {
        "format": {"const": FORMAT},
        "workshop": {
            "type": "object",
            "properties": {
                "title": _text,
                "language": {"enum": ["fr", "en"]},
                "period": _text,
                "case": _optional_text,
                "case_brief": _long_text,
                "profile": _text,
                "facilitator": _text,
                "thresholds": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "number",
                        "minimum": -NUMBER_LIMIT,
                        "maximum": NUMBER_LIMIT,
                    },
                },
                "disabled_rules": {"type": "array", "items": {"type": "string", "maxLength": 200}},
            },
        },
        "teams": {"type": "array", "items": _team},
        "notes": {"type": "array", "items": _note},
        "rounds": {"type": "array", "items": _round},
        "snapshots": {"type": "array", "items": _snapshot},
    },
}
