"""Every row of a workshop file is checked as it is loaded, as plain values.

A row is a mapping of column names to what SQLite returns (str, int, float, bytes or None). Each
value is checked against :data:`okrworkshop.model.limits.FIELDS` (types, missing values, ranges,
finite numbers, text length and validity, the nesting of JSON columns) before any entity is built,
and a bad row is one line naming the table, the row and the field. Nothing here knows the ORM, so a
light reader on plain ``sqlite3`` can use it as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from okrworkshop.errors import InputError
from okrworkshop.model import Entity, Workshop
from okrworkshop.model.limits import (
    NUMBER_LIMIT,
    field_problem,
    load_json,
    number_problem,
    snapshot_data_problem,
    text_problem,
)
from okrworkshop.storage.tables import ENTITY_TABLES, TABLE_OF

#: Table -> entity class, in the order rows are loaded (parents before children).
TABLES: dict[str, type] = {t.name: t.kind for t in ENTITY_TABLES}
#: Columns whose name differs from the entity field they hold.
COLUMN_OF_FIELD = {c.field: c.name for t in ENTITY_TABLES for c in t.columns if c.field}


def columns(kind: type) -> list[str]:
    """The columns of ``kind``'s table, in the table's order (see :mod:`.tables`)."""
    return TABLE_OF[kind].names


def row_problem(table: str, values: Mapping[str, object]) -> tuple[str, str] | None:
    """The first (column, problem) of a row of ``table``, or None when every value is fine."""
    from okrworkshop.model.limits import FIELDS

    kind = "Workshop" if table == "workshop" else TABLES[table].__name__
    for name, rule in FIELDS[kind].items():
        column = COLUMN_OF_FIELD.get(name, name)
        if column not in values:
            continue
        value = values[column]
        problem = field_problem(rule, value)
        if problem is None and rule.kind == "json":
            problem = _json_problem(table, column, str(value))
        if problem is not None:
            return column, problem
    return None


def check_row(path: Path, table: str, row_number: int, values: Mapping[str, object]) -> None:
    """Raise :class:`InputError` naming the table, row and field of the row's first bad value."""
    found = row_problem(table, values)
    if found is not None:
        column, problem = found
        raise InputError(path, problem, f"{table} row {row_number}, {column}")


def workshop_from_row(values: Mapping[str, Any]) -> Workshop:
    """The workshop settings of a row already checked by :func:`check_row`."""
    thresholds = load_json(values["thresholds"] or "{}")
    rules = load_json(values["disabled_rules"] or "[]")
    return Workshop(
        title=values["title"],
        language=values["language"],
        period=values["period"],
        case_id=values["case_id"],
        case_brief=values["case_brief"],
        profile=values["profile"],
        thresholds={str(k): float(v) for k, v in thresholds.items()},
        disabled_rules=tuple(str(r) for r in rules),
        facilitator=values.get("facilitator", ""),
    )


def entity_from_row(table: str, values: Mapping[str, Any]) -> Entity:
    """The entity of a row already checked by :func:`check_row` (REAL columns give floats)."""
    from dataclasses import fields

    kind = TABLES[table]
    arguments = {f.name: values[COLUMN_OF_FIELD.get(f.name, f.name)] for f in fields(kind)}
    for name in ("order", "x", "y", "width", "height", "baseline", "target", "current", "score", "value"):
        if arguments.get(name) is not None and name in arguments:
            arguments[name] = float(arguments[name])
    return kind(**arguments)  # type: ignore[no-any-return]


def _json_problem(table: str, column: str, text: str) -> str | None:
    if table == "workshop" and not text:
        return None
    if table == "snapshot":
        return snapshot_data_problem(text)
    try:
        data = load_json(text)
    except ValueError as exc:
        return str(exc)
    if column == "thresholds":
        if not isinstance(data, dict):
            return "must be a JSON object of threshold names and numbers"
        for key, number in data.items():
            problem = text_problem(key, 200) or number_problem(number, -NUMBER_LIMIT, NUMBER_LIMIT)
            if problem is not None:
                return f"threshold {key[:40]!r} {problem}"
    elif column == "disabled_rules" and (
        not isinstance(data, list)
        or not all(isinstance(r, str) and text_problem(r, 200) is None for r in data)
    ):
        return "must be a JSON list of rule ids"
    return None
