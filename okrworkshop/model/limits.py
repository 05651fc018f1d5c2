"""What a value in a workshop may be: the limits every reader and the board itself apply.

One table of field rules, read by the workshop file's row validation, the JSON and CSV readers and
the board's own checks, so that whatever the app writes it reads back, and whatever it reads the
canvas, the checker and the poster can draw. The checks work on plain values (str, int, float,
None, bytes as SQLite returns them), never on ORM objects, so that a light reader built on plain
``sqlite3`` reuses them as they are.

Limits are far beyond any real workshop and well inside what Qt, reportlab and SQLite handle:
positions within 35 km of the origin, numbers up to a million billion, texts of a hundred
thousand characters (a long brief: a million).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from okrworkshop.model.entities import DECISIONS, DIRECTIONS, KEY_RESULT_KINDS, LANGUAGES, OBJECTIVE_KINDS
from okrworkshop.model.value import Value

#: Characters in one text field (a card's title, an owner, a unit...).
TEXT_LIMIT = 100_000
#: Characters in a long text (a case brief, a description, a round's instructions).
LONG_TEXT_LIMIT = 1_000_000
#: Characters of a snapshot's JSON data.
DATA_LIMIT = 200_000_000
#: Board coordinates and lane sizes, in points (1e8 points is 35 km: a board of a million cards fits).
POSITION_LIMIT = 1e8
#: Magnitude of a key result's numbers and of a threshold (1e15: still exact as a float).
NUMBER_LIMIT = 1e15
#: Longest round, in seconds (a week).
DURATION_LIMIT = 7 * 24 * 3600
#: Ids are short texts.
ID_LIMIT = 64
#: Deepest nesting of JSON arrays and objects (an okrworkshop/v1 document needs 7).
JSON_DEPTH_LIMIT = 64

Kind = Literal[
    "text",
    "long",
    "id",
    "number",
    "int",
    "position",
    "size",
    "enum",
    "colour",
    "time",
    "date",
    "json",
]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Rule(Value):
    """What one field holds: a kind, whether it may be empty (None), and its choices for enums."""

    kind: Kind
    nullable: bool = False
    choices: tuple[str, ...] = ()
    low: float = 0.0
    high: float = 0.0
    blank: bool = True


_TEXT, _LONG, _ID = Rule("text"), Rule("long"), Rule("id")
_REF = Rule("id", nullable=True)
_POS, _ORDER = Rule("position"), Rule("number", low=-NUMBER_LIMIT, high=NUMBER_LIMIT)
_VALUE = Rule("number", nullable=True, low=-NUMBER_LIMIT, high=NUMBER_LIMIT)
_TIME = Rule("time")
_DECISION = Rule("enum", choices=DECISIONS)
_CONFIDENCE = Rule("int", nullable=True, low=0, high=10)

#: Field rules by entity kind name (the entities' own field names).
FIELDS: dict[str, dict[str, Rule]] = {
    "Workshop": {
        "title": _TEXT,
        "language": Rule("enum", choices=LANGUAGES),
        "period": _TEXT,
        "case_id": _TEXT,
        "case_brief": _LONG,
        "profile": _TEXT,
        "thresholds": Rule("json"),
        "disabled_rules": Rule("json"),
        "facilitator": _TEXT,
    },
    "Team": {
        "name": Rule("text", blank=False),
        "id": _ID,
        "parent_id": _REF,
        "colour": Rule("colour"),
        "order": _ORDER,
        "x": _POS,
        "y": _POS,
        "width": Rule("size"),
        "height": Rule("size"),
        "lessons": _LONG,
    },
    "Objective": {
        "team_id": _ID,
        "title": _TEXT,
        "id": _ID,
        "description": _LONG,
        "kind": Rule("enum", choices=OBJECTIVE_KINDS),
        "owner": _TEXT,
        "aligned_to": _REF,
        "order": _ORDER,
        "x": _POS,
        "y": _POS,
        "decision": _DECISION,
    },
    "KeyResult": {
        "objective_id": _ID,
        "title": _TEXT,
        "id": _ID,
        "owner": _TEXT,
        "kind": Rule("enum", choices=KEY_RESULT_KINDS),
        "direction": Rule("enum", choices=DIRECTIONS),
        "baseline": _VALUE,
        "target": _VALUE,
        "current": _VALUE,
        "unit": _TEXT,
        "confidence": _CONFIDENCE,
        "order": _ORDER,
        "score": Rule("number", nullable=True, low=0.0, high=1.0),
        "decision": _DECISION,
    },
    "CheckIn": {
        "key_result_id": _ID,
        "date": Rule("date"),
        "value": _VALUE,
        "confidence": _CONFIDENCE,
        "comment": _TEXT,
        "id": _ID,
    },
    "Initiative": {"key_result_id": _ID, "title": _TEXT, "id": _ID, "owner": _TEXT, "order": _ORDER},
    "Note": {"text": _TEXT, "id": _ID, "team_id": _REF, "colour": Rule("colour"), "x": _POS, "y": _POS},
    "Round": {
        "title": _TEXT,
        "id": _ID,
        "order": _ORDER,
        "instructions": _LONG,
        "duration_s": Rule("int", low=0, high=DURATION_LIMIT),
        "started_at": _TIME,
        "ended_at": _TIME,
        "scripted_check_ins": _LONG,
    },
    "Snapshot": {"name": _TEXT, "data": Rule("json"), "id": _ID, "created_at": _TIME, "round_id": _REF},
}

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(value: str, limit: int = TEXT_LIMIT) -> str | None:
    """Why ``value`` is not text a workshop can hold (too long, or not valid Unicode), or None."""
    if len(value) > limit:
        return f"is too long ({len(value):,} characters, at most {limit:,})"
    if _SURROGATE.search(value):
        return "is not valid text (it holds a broken character)"
    return None


def number_problem(value: object, low: float, high: float, whole: bool = False) -> str | None:
    """Why ``value`` is not a number from ``low`` to ``high`` (a whole one if ``whole``), or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be a {'whole ' if whole else ''}number, not {_describe(value)}"
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    if whole and not isinstance(value, int):
        return f"must be a whole number, not {value!r}"
    if not low <= value <= high:
        shown = f"{value:.3g}" if abs(value) >= 1e6 else f"{value!r}"
        return f"{shown} is out of range ({low:g} to {high:g})"
    return None


#: A JSON string (to its closing quote, or to the end of an unterminated one) or a bracket.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON ``text``, found in one linear pass.

    Strings are skipped, so brackets inside them do not count; the text need not be valid JSON.
    Lets a reader refuse a document nested too deep before :func:`json.loads` recurses into it.
    The regular expression skips each string in one step (a character loop in Python took 20 s
    on a 50 MB draft); only brackets come back to Python.
    """
    depth = deepest = 0
    for match in _JSON_TOKENS.finditer(text):
        char = text[match.start()]
        if char == '"':
            continue
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def json_int(digits: str) -> int | float:
    """``parse_int`` for :func:`json.loads`: an integer too long to be a float is infinite.

    Python would build any integer (and refuse beyond 4,300 digits with its own message); an
    infinite value is then refused by the range checks, with the place where it was found.
    """
    if len(digits.lstrip("-")) > 300:
        return -math.inf if digits.startswith("-") else math.inf
    return int(digits)


def load_json(text: str) -> Any:
    """:func:`json.loads` that refuses, with a :class:`ValueError` in the user's words, text
    nested too deeply (before parsing it), NaN and Infinity; too long integers become infinite."""
    if json_depth(text) > JSON_DEPTH_LIMIT:
        raise ValueError(f"is nested too deeply (more than {JSON_DEPTH_LIMIT} levels)")
    try:
        return json.loads(text, parse_int=json_int, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"is not valid JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})") from None


def _refuse_constant(name: str) -> None:
    raise ValueError(f"is not valid JSON ({name} is not a number JSON allows)")


def field_problem(rule: Rule, value: object) -> str | None:
    """Why ``value`` cannot be a field following ``rule``, in the user's words, or None if it can."""
    if value is None:
        return None if rule.nullable else "is missing"
    kind = rule.kind
    if kind in ("number", "int", "position", "size"):
        if kind == "position":
            return number_problem(value, -POSITION_LIMIT, POSITION_LIMIT)
        if kind == "size":
            problem = number_problem(value, 0, POSITION_LIMIT)
            return problem or (f"{value!r} is out of range (more than 0)" if value == 0 else None)
        return number_problem(value, rule.low, rule.high, whole=kind == "int")
    if not isinstance(value, str):
        return f"must be text, not {_describe(value)}"
    limit = {"long": LONG_TEXT_LIMIT, "json": DATA_LIMIT, "id": ID_LIMIT}.get(kind, TEXT_LIMIT)
    problem = text_problem(value, limit)
    if problem is not None:
        return problem
    if kind == "id" and not value:
        return "is empty (an id is needed)"
    if kind == "text" and not rule.blank and not value.strip():
        return "is empty (a team needs a name)"
    if kind == "enum" and value not in rule.choices:
        named = [c for c in rule.choices if c]
        either = f"{', '.join(named[:-1])} or {named[-1]}" if len(named) > 1 else named[0]
        empty = " (or empty)" if "" in rule.choices else ""
        return f"must be {either}{empty}, not {value[:40]!r}"
    if kind == "colour" and not _COLOUR.fullmatch(value):
        return f"must be a colour like '#4e79a7', not {value[:40]!r}"
    if kind == "date" and not _is_date(value):
        return f"must be a date written YYYY-MM-DD (2027-02-12), not {value[:40]!r}"
    if kind == "time" and value and not _is_timestamp(value):
        return f"must be a date and time like 2027-01-05T09:00:00, not {value[:40]!r}"
    if kind == "json" and json_depth(value) > JSON_DEPTH_LIMIT:
        return f"is nested too deeply (more than {JSON_DEPTH_LIMIT} levels)"
    return None


def snapshot_data_problem(text: str) -> str | None:
    """Why ``text`` is not a snapshot's board (JSON text of an object), or None.

    The board holds any text (a damaged snapshot is shown as such), but every reader refuses
    one, so that a file written from a draft is never refused when opened.
    """
    try:
        data = load_json(text)
    except ValueError as exc:
        return str(exc)
    return None if isinstance(data, dict) else "must be a JSON object (an okrworkshop/v1 board)"


def values_problem(kind: str, values: Mapping[str, object]) -> tuple[str, str] | None:
    """The first (field, problem) among ``values`` of an entity of ``kind``, or None if all are fine."""
    for name, rule in FIELDS[kind].items():
        if name in values:
            problem = field_problem(rule, values[name])
            if problem is not None:
                return name, problem
    return None


def _is_timestamp(value: str) -> bool:
    if len(value) > 40:
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return 1000 <= moment.year <= 9000


def _is_date(value: str) -> bool:
    try:
        return len(value) == 10 and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _describe(value: object) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "binary data"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, bool):
        return "true/false"
    return repr(value)[:40]
