"""Reading typed fields out of parsed TOML, each problem naming the file and the field.

:class:`FieldReader` is the generic half of the case loader: tables, texts per language, numbers,
whole numbers, choices, ids and unknown-key detection (with a did-you-mean for typos). Every
problem is one :class:`InputError` such as ``cases/x/case.toml: rounds[2].minutes: must be a
whole number of minutes``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from okrworkshop.cases.text import LANGUAGE_NAMES, Text
from okrworkshop.errors import InputError
from okrworkshop.model import LANGUAGES

#: An id: a case folder's name, a team, figure, objective or key result id.
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

T = TypeVar("T")


def display_path(path: Path) -> str:
    """The path as the user will recognise it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


class FieldReader:
    """Reads the fields of one file's parsed TOML; every problem names this file and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = display_path(path)
        self.languages: tuple[str, ...] = LANGUAGES

    def fail(self, where: str, problem: str) -> InputError:
        return InputError(self.shown, problem, where=where or None)

    # ------------------------------------------------------------- primitives
    def keys(self, table: dict[str, Any], where: str, known: dict[str, bool]) -> None:
        """Refuse unknown keys (with a did-you-mean) and report the first missing required one."""
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, list(known), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f"; known fields: {', '.join(known)}"
                raise self.fail(join(where, key), f"unknown field{hint}")
        for key, required in known.items():
            if required and key not in table:
                raise self.fail(join(where, key), "missing (this field is required)")

    def table(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"must be a table of fields, not {kind_of(value)}")
        return value

    def tables(
        self, table: dict[str, Any], key: str, where: str, *, minimum: int = 0
    ) -> list[dict[str, Any]]:
        """An array of tables (``[[key]]``), each checked to be a table."""
        value = table.get(key, [])
        here = join(where, key)
        if not isinstance(value, list):
            raise self.fail(here, f"must be a list of [[{key}]] tables, not {kind_of(value)}")
        if len(value) < minimum:
            raise self.fail(here, f"needs at least {minimum} {'entry' if minimum == 1 else 'entries'}")
        return [self.table(item, f"{here}[{i}]") for i, item in enumerate(value)]

    def string(self, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
        here = join(where, key)
        if key not in table:
            if required:
                raise self.fail(here, "missing (this field is required)")
            return None
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(here, f"must be text in quotes, not {kind_of(value)}")
        if not value.strip():
            raise self.fail(here, "is empty")
        return value.strip()

    def ident(self, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
        value = self.string(table, key, where, required=required)
        if value is not None and not ID_PATTERN.match(value):
            raise self.fail(
                join(where, key),
                f"{value!r} is not a valid id (lowercase letters, digits, '-' and '_', at most 64)",
            )
        return value

    def text(self, table: dict[str, Any], key: str, where: str) -> Text:
        """A required human text: one string for every language, or a table with one per language."""
        if key not in table:
            raise self.fail(join(where, key), "missing (this field is required)")
        return self.text_value(table[key], join(where, key))

    def optional_text(self, table: dict[str, Any], key: str, where: str) -> Text | None:
        return self.text_value(table[key], join(where, key)) if key in table else None

    def text_value(self, value: Any, here: str) -> Text:
        if isinstance(value, str):
            if not value.strip():
                raise self.fail(here, "is empty")
            return Text.neutral(value.strip())
        if not isinstance(value, dict):
            raise self.fail(here, f"must be text, or a table of texts by language, not {kind_of(value)}")
        for lang, text in value.items():
            if lang not in LANGUAGES:
                raise self.fail(
                    join(here, lang),
                    f"unknown language {lang!r} (use {', '.join(repr(c) for c in LANGUAGES)})",
                )
            if not isinstance(text, str):
                raise self.fail(join(here, lang), f"must be text in quotes, not {kind_of(text)}")
            if not text.strip():
                raise self.fail(join(here, lang), "is empty")
        for lang in self.languages:
            if lang not in value:
                raise self.fail(join(here, lang), f"missing {LANGUAGE_NAMES[lang]} text")
        return Text(tuple((lang, value[lang].strip()) for lang in self.languages))

    def number(self, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> float | None:
        here = join(where, key)
        if key not in table:
            if required:
                raise self.fail(here, "missing (this field is required)")
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(here, f"must be a number (without quotes or unit), not {kind_of(value)}")
        if value != value or value in (float("inf"), float("-inf")):
            raise self.fail(here, "must be a finite number")
        return float(value)

    def whole(
        self, table: dict[str, Any], key: str, where: str, what: str, low: int, high: int
    ) -> int | None:
        here = join(where, key)
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(here, f"must be a whole number of {what}")
        if not low <= value <= high:
            raise self.fail(here, f"must be from {low} to {high} {what}, not {value}")
        return value

    def choice(
        self, table: dict[str, Any], key: str, where: str, options: tuple[str, ...], default: str
    ) -> str:
        value = self.string(table, key, where, required=False)
        if value is None:
            return default
        if value not in options:
            raise self.fail(join(where, key), f"must be one of {', '.join(options)}, not {value!r}")
        return value

    def unique(self, items: list[T], ident: Callable[[T], str | None], where: str, field: str) -> None:
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            value = ident(item)
            if value is None:
                continue
            if value in seen:
                raise self.fail(
                    f"{where}[{index}].{field}", f"{value!r} is already used by {where}[{seen[value]}]"
                )
            seen[value] = index


def join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.time)):
        return "a date or time"
    return type(value).__name__


def plain_number(value: float) -> str:
    return f"{int(value)}" if value == int(value) else f"{value:g}"


def unknown(what: str, value: str, known: list[str], listed_in: str | None = None) -> str:
    where = f" in [[{listed_in}]]" if listed_in else ""
    if not known:
        return f"unknown {what} {value!r}{where}"
    return f"unknown {what} {value!r}{where} (known: {', '.join(known)})"
