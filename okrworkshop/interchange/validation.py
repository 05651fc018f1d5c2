"""Validate ``okrworkshop/v1`` data and turn schema errors into one line with a JSON path.

Valid data, the common case, costs one linear pass of a checker compiled once from the schema
(plain closures, no dependency); only data that fails it goes through ``jsonschema``, whose best
match names the problem and its path, so the messages stay the same.

Fields the schema does not name are no error (DESIGN.md §4.2: other tools add their own):
:func:`unknown_fields` finds them, in one pass, so that the reader can report them once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from okrworkshop.errors import InputError
from okrworkshop.interchange.schema import FORMAT, SCHEMA

_SURROGATE = re.compile("[\ud800-\udfff]")


def json_path(parts: Iterable[Any]) -> str:
    """``["teams", 0, "name"]`` -> ``teams[0].name`` (the path style of the checker's findings)."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "top level"


#: The schema's patterns, in words a trainer reads.
_PATTERN_WORDS = {
    r"^#[0-9a-fA-F]{6}$": "must be a colour like '#4e79a7', not {instance!r}",
    r"^\d{4}-\d{2}-\d{2}$": "must be a date written YYYY-MM-DD, not {instance!r}",
    r"\S": "must not be blank (it holds only spaces)",
}


def _describe(error: Any) -> str:
    """One schema error in the reader's words (jsonschema's own for a keyword the schema may use
    one day without a message here)."""
    validator, value = error.validator, error.validator_value
    if validator == "required":
        missing = [name for name in value if name not in error.instance]
        return f"missing required field {missing[0]!r}"
    if validator == "type":
        expected = value if isinstance(value, str) else " or ".join(value)
        expected = expected.replace("null", "null (empty)")
        return f"must be {expected}, not {type(error.instance).__name__.replace('NoneType', 'null')}"
    if validator == "enum":
        return f"must be one of {', '.join(map(str, value))}, not {error.instance!r}"
    if validator == "pattern" and value in _PATTERN_WORDS:
        return _PATTERN_WORDS[value].format(instance=error.instance)
    if validator in ("minimum", "maximum", "exclusiveMinimum"):
        number = error.instance
        if isinstance(number, float) and not math.isfinite(number):
            return "is too large to be a number"
        shown = f"{number:.6g}" if abs(number) >= 1e6 else repr(number)
        bound = f"more than {value:g}" if validator == "exclusiveMinimum" else f"{validator} {value:g}"
        return f"{shown} is out of range ({bound})"
    if validator == "minLength" and value == 1:
        return "must not be empty"
    if validator == "maxLength":
        return f"is too long ({len(error.instance):,} characters, at most {value:,})"
    if validator == "oneOf":
        return "must be a text or an object with a 'title'"
    return str(error.message)


def validate(data: Any, source: str) -> None:
    """Raise :class:`InputError` naming ``source`` and the JSON path of the first problem."""
    if not isinstance(data, dict):
        raise InputError(source, "not an okrworkshop JSON draft (the top level is not an object)")
    if data.get("format") != FORMAT:
        found = data.get("format")
        if found is None:
            raise InputError(source, f"missing required field 'format' (expected {FORMAT!r})", "format")
        raise InputError(source, f"unsupported format {found!r} (this version reads {FORMAT!r})", "format")
    _check_text(data, source, [])
    if _compiled()(data):
        return
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(SCHEMA)
    error = best_match(validator.iter_errors(data))
    if error is not None:
        raise InputError(source, _describe(error), json_path(error.absolute_path))


def _check_text(data: Any, source: str, path: list[Any]) -> None:
    """Refuse broken characters (lone surrogates, which JSON's \\u escapes allow) with their path."""
    stack: list[tuple[Any, list[Any]]] = [(data, path)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise InputError(source, "is not valid text (it holds a broken character)", json_path(where))
        elif isinstance(value, dict):
            for key, item in value.items():
                if _SURROGATE.search(key):
                    raise InputError(source, "a field name is not valid text", json_path(where))
                stack.append((item, [*where, key]))
        elif isinstance(value, list):
            stack.extend((item, [*where, i]) for i, item in enumerate(value))


# --------------------------------------------------------------------------- the compiled checker
Check = Callable[[Any], bool]

_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    # JSON Schema counts 3.0 as an integer, as jsonschema does.
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
    ),
}

_IGNORED = {"$schema"}


@cache
def _compiled() -> Check:
    return compile_schema(SCHEMA)


def compile_schema(schema: dict[str, Any]) -> Check:
    """A function telling whether a value is valid against ``schema`` (the keywords SCHEMA uses).

    An unsupported keyword raises :class:`ValueError` at once: the checker never silently
    accepts what the schema would refuse.
    """
    checks: list[Check] = []
    for keyword, value in schema.items():
        if keyword not in _IGNORED:
            checks.append(_keyword(keyword, value))

    def check(value: Any) -> bool:
        return all(c(value) for c in checks)

    return checks[0] if len(checks) == 1 else check


def _keyword(keyword: str, value: Any) -> Check:
    if keyword == "type":
        kinds = [_TYPES[t] for t in ([value] if isinstance(value, str) else value)]
        return kinds[0] if len(kinds) == 1 else (lambda v: any(k(v) for k in kinds))
    if keyword == "enum":
        allowed = list(value)
        return lambda v: any(_same(v, a) for a in allowed)
    if keyword == "const":
        return lambda v: _same(v, value)
    if keyword == "pattern":
        search = re.compile(value).search
        return lambda v: not isinstance(v, str) or search(v) is not None
    if keyword in ("minLength", "maxLength"):
        bound = int(value)
        if keyword == "minLength":
            return lambda v: not isinstance(v, str) or len(v) >= bound
        return lambda v: not isinstance(v, str) or len(v) <= bound
    if keyword in ("minimum", "maximum", "exclusiveMinimum"):
        number = _TYPES["number"]
        compare: Callable[[Any], bool] = {
            "minimum": lambda v: v >= value,
            "maximum": lambda v: v <= value,
            "exclusiveMinimum": lambda v: v > value,
        }[keyword]
        return lambda v: not number(v) or compare(v)
    if keyword == "required":
        names = list(value)
        return lambda v: not isinstance(v, dict) or all(n in v for n in names)
    if keyword == "properties":
        fields = {name: compile_schema(sub) for name, sub in value.items()}
        return lambda v: (
            not isinstance(v, dict) or all(fields[k](item) for k, item in v.items() if k in fields)
        )
    if keyword == "additionalProperties":
        if value is True:
            return lambda v: True
        # Only the free maps (thresholds) use it, and they have no "properties".
        each = compile_schema(value)
        return lambda v: not isinstance(v, dict) or all(each(item) for item in v.values())
    if keyword == "items":
        each = compile_schema(value)
        return lambda v: not isinstance(v, list) or all(each(item) for item in v)
    if keyword == "oneOf":
        branches = [compile_schema(b) for b in value]
        return lambda v: sum(1 for b in branches if b(v)) == 1
    raise ValueError(f"the compiled checker does not know the JSON Schema keyword {keyword!r}")


def _same(value: Any, expected: Any) -> bool:
    """JSON equality: ``True`` is not ``1``."""
    return value == expected and isinstance(value, bool) == isinstance(expected, bool)


def unknown_fields(data: Any) -> list[tuple[str, str]]:
    """``(field, JSON path of its object)`` for every field the schema does not name, in file order.

    Only objects the schema describes are walked (the free maps, ``thresholds``, are not).
    """
    found: list[tuple[str, str]] = []
    _walk(SCHEMA, data, [], found)
    return found


def _walk(schema: dict[str, Any], value: Any, path: list[Any], found: list[tuple[str, str]]) -> None:
    if "oneOf" in schema:  # an initiative: a text, or an object with a title
        branches = [b for b in schema["oneOf"] if b.get("type") == "object"]
        if isinstance(value, dict) and branches:
            _walk(branches[0], value, path, found)
        return
    properties = schema.get("properties")
    if isinstance(value, dict) and properties is not None:
        for key, item in value.items():
            if key not in properties:
                found.append((str(key), json_path(path)))
            else:
                _walk(properties[key], item, [*path, key], found)
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _walk(schema["items"], item, [*path, index], found)
