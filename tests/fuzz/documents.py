"""Hypothesis strategies for hostile inputs: JSON drafts from the schema, damaged ``.okrw``, CSV.

JSON drafts are drawn from :data:`okrworkshop.interchange.schema.SCHEMA` itself, field by field, so
a field added to the schema is fuzzed without touching this file (a schema keyword this builder
does not know fails loudly instead of being skipped). A *valid* draft follows the schema, with
names that refer to each other (parents, alignments) so that it reaches the checker and the poster;
a *hostile* draft replaces some values by wrong types, out-of-range, non-finite or enormous numbers,
lone surrogates, deep nesting, boundary lengths and unknown fields, and may damage the text.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from okrworkshop.exports.csv_columns import COLUMNS
from okrworkshop.interchange.schema import SCHEMA
from okrworkshop.model.limits import ID_LIMIT, TEXT_LIMIT
from okrworkshop.rules.profiles import THRESHOLDS

KEYWORDS = {
    "$schema",
    "type",
    "properties",
    "required",
    "items",
    "maxLength",
    "minLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "pattern",
    "enum",
    "const",
    "oneOf",
    "additionalProperties",
}

_words = st.sampled_from(
    [
        "Augmenter",
        "le NPS",
        "de 30 à 45",
        "lancer",
        "l'offre",
        "R&D <b>",
        "« café »",
        "et",
        "KR",
        "🙂",
        "2027",
    ]
)
_plain_text = st.one_of(
    st.lists(_words, max_size=6).map(" ".join),
    st.text(max_size=12),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8),
)


def deep(depth: int, inner: Any = 0) -> Any:
    for _ in range(depth):
        inner = [inner]
    return inner


HOSTILE_VALUES: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(
        [
            10**400,
            -(10**400),
            2**63,
            -(2**63) - 1,
            float("inf"),
            float("-inf"),
            float("nan"),
            1e308,
            -1e308,
            1e-320,
            "\ud800",
            "a\udfffb",
            "",
            " ",
            "\x00",
            "x" * (TEXT_LIMIT + 1),
            "i" * (ID_LIMIT + 1),
            [],
            {},
            {"$ref": "#"},
            "#GGGGGG",
            "2027-02-30",
            "9999-99-99T99:99",
        ]
    ),
    st.integers(),
    st.floats(),
    st.text(max_size=6),
    st.integers(60, 70).map(deep),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)


def _string(node: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = node.get("minLength", 0), node.get("maxLength")
    pattern = node.get("pattern")
    if pattern == r"\S":
        return _plain_text.filter(lambda t: t.strip() != "").map(lambda t: t[:high])
    if pattern is not None:
        return st.from_regex(pattern, fullmatch=True)
    base = _plain_text.filter(lambda t: len(t) >= low)
    if high is None:
        return base
    # The limit itself, as words (a card that long must still be laid out) and as one word.
    longest = min(high, TEXT_LIMIT)
    at_limit = st.sampled_from([("mot " * (longest // 4 + 1))[:longest], "x" * min(high, 20_000)])
    return st.one_of(base, base, base, base, base, base, base, at_limit).map(lambda t: t[:high])


def _number(node: dict[str, Any], integer: bool) -> st.SearchStrategy[Any]:
    low, high = node.get("minimum"), node.get("maximum")
    if "exclusiveMinimum" in node:
        low = node["exclusiveMinimum"]
    exclusive = "exclusiveMinimum" in node
    if integer:
        return st.integers(low, high)
    choices: list[st.SearchStrategy[Any]] = [
        st.floats(low, high, allow_nan=False, exclude_min=exclusive),
        st.integers(
            int(low) + exclusive if low is not None else None, int(high) if high is not None else None
        ),
    ]
    bounds = [b for b in (low, high) if b is not None and not (exclusive and b == low)]
    if bounds:
        choices.append(st.sampled_from(bounds))
    return st.one_of(*choices)


def _single(node: dict[str, Any], kind: str, hostile: bool) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "string":
        return _string(node)
    if kind in ("number", "integer"):
        return _number(node, kind == "integer")
    if kind == "array":
        return st.lists(from_schema(node["items"], hostile), max_size=3)
    if kind == "object":
        properties = node.get("properties", {})
        required = {name: from_schema(properties[name], hostile) for name in node.get("required", [])}
        optional = {
            name: from_schema(sub, hostile) for name, sub in properties.items() if name not in required
        }
        if "additionalProperties" in node:
            names = st.one_of(st.sampled_from(sorted(THRESHOLDS)), st.text(max_size=8))
            return st.dictionaries(names, from_schema(node["additionalProperties"], hostile), max_size=3)
        fixed = st.fixed_dictionaries(required, optional=optional)
        if not hostile:
            return fixed
        unknown = st.dictionaries(st.text(min_size=1, max_size=6), HOSTILE_VALUES, max_size=2)
        return st.builds(lambda known, extra: {**extra, **known}, fixed, unknown)
    raise AssertionError(f"schema type {kind!r} is not fuzzed: teach tests/fuzz/documents.py")


def from_schema(node: dict[str, Any], hostile: bool) -> st.SearchStrategy[Any]:
    """Values for schema ``node``: valid ones, and in ``hostile`` mode sometimes anything at all."""
    unknown = set(node) - KEYWORDS
    assert not unknown, f"schema keywords {sorted(unknown)} are not fuzzed: teach tests/fuzz/documents.py"
    if "const" in node:
        valid: st.SearchStrategy[Any] = st.just(node["const"])
    elif "enum" in node:
        valid = st.sampled_from(node["enum"])
    elif "oneOf" in node:
        valid = st.one_of(*(from_schema(sub, hostile) for sub in node["oneOf"]))
    else:
        kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
        valid = st.one_of(*(_single(node, kind, hostile) for kind in kinds))
    if not hostile:
        return valid
    return st.one_of(valid, valid, valid, valid, valid, valid, valid, HOSTILE_VALUES)


def _link(draft: dict[str, Any], picks: list[int]) -> dict[str, Any]:
    """Make parents and alignments name teams and objectives of the draft (cycles included)."""
    teams = [t for t in draft.get("teams", []) if isinstance(t, dict) and isinstance(t.get("name"), str)]
    names = [t["name"] for t in teams]
    objectives = [
        f"{t['name']}/{o['title']}"
        for t in teams
        for o in t.get("objectives", [])
        if isinstance(o, dict) and isinstance(o.get("title"), str)
    ]
    choose = iter(picks * 50)
    for team in teams:
        team.pop("parent_id", None)
        if names and "parent" in team:
            team["parent"] = names[next(choose) % len(names)] if next(choose) % 3 else None
        for objective in team.get("objectives", []):
            if isinstance(objective, dict):
                objective.pop("aligned_to_id", None)
                if objectives and "aligned_to" in objective:
                    objective["aligned_to"] = objectives[next(choose) % len(objectives)]
    return draft


@st.composite
def drafts(draw: st.DrawFn) -> bytes:
    """The bytes of a JSON draft: valid, hostile, or damaged as text."""
    hostile = draw(st.booleans())
    draft = draw(from_schema(SCHEMA, hostile))
    if not hostile and draw(st.booleans()):
        draft = _link(draft, draw(st.lists(st.integers(0, 1000), min_size=1, max_size=8)))
    if (
        isinstance(draft, dict)
        and isinstance(draft.setdefault("snapshots", []), list)
        and draw(st.booleans())
    ):
        draft["snapshots"].append(
            {"name": "fuzzed", "data": draw(st.one_of(_inner_snapshot(), st.text(max_size=20)))}
        )
    text = json.dumps(draft, ensure_ascii=draw(st.booleans()), allow_nan=True)
    damage = draw(st.sampled_from(["none"] * 6 + ["truncate", "splice", "bytes", "bom"]))
    if damage == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif damage == "splice":
        at = draw(st.integers(0, len(text)))
        piece = draw(
            st.sampled_from(
                [
                    "[" * 100_000,
                    "{" * 70,
                    "1e999",
                    "NaN",
                    "-Infinity",
                    '"\\ud800"',
                    "9" * 5000,
                    ',"x":',
                    "\x00",
                ]
            )
        )
        text = text[:at] + piece + text[at:]
    data = text.encode("utf-8", "surrogatepass")
    if damage == "bytes":
        data = _flip(
            data, draw(st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(0, 255)), max_size=6))
        )
    elif damage == "bom":
        data = b"\xef\xbb\xbf" + data
    return data


def _inner_snapshot() -> st.SearchStrategy[str]:
    return st.one_of(
        from_schema(SCHEMA, False).map(lambda d: json.dumps(d, ensure_ascii=True)),
        st.integers(60, 200).map(lambda n: "[" * n + "]" * n),
        st.just('{"format": "okrworkshop/v1", "teams": [{"name": 1}]}'),
    )


def _flip(data: bytes, changes: list[tuple[int, int]]) -> bytes:
    if not data:
        return data
    damaged = bytearray(data)
    for position, value in changes:
        damaged[position % len(damaged)] = value
    return bytes(damaged)


# ------------------------------------------------------------------ workshop files
SQL_VALUES = st.one_of(
    st.none(),
    st.sampled_from([2**63 - 1, -(2**63), 0, -1, 1e308, float("inf"), float("-inf"), 1e-320, 4294967295]),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(
        ["", " ", "\x00", "[" * 100, '{"a": [1, 2', "#zzzzzz", "not-a-date", "x" * (TEXT_LIMIT + 1)]
    ),
    st.binary(max_size=8),
    st.just(b"\xed\xa0\x80"),  # a lone surrogate in UTF-8 form
)

SQL_DAMAGE = [
    "CREATE TRIGGER fuzz AFTER UPDATE ON objective BEGIN DELETE FROM key_result; END",
    "CREATE VIEW fuzz AS SELECT 1",
    "CREATE TABLE fuzz (x)",
    "CREATE INDEX fuzz ON objective (title)",
    "DROP TABLE note",
    "DELETE FROM workshop",
    "INSERT INTO workshop SELECT * FROM workshop",
    "PRAGMA user_version = 999",
    "PRAGMA user_version = -1",
    "PRAGMA application_id = 0",
    "PRAGMA journal_mode = WAL",
]


def tables_and_columns(path: Path) -> list[tuple[str, list[str]]]:
    db = sqlite3.connect(path)
    try:
        names = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return [(name, [c[1] for c in db.execute(f'PRAGMA table_info("{name}")')]) for name in names]
    finally:
        db.close()


@st.composite
def damaged_workshop(draw: st.DrawFn, base: bytes, tables: list[tuple[str, list[str]]], folder: Path) -> Path:
    """A copy of a workshop file in ``folder``, damaged as bytes or as SQL values and objects."""
    path = folder / "input.okrw"
    how = draw(st.sampled_from(["bytes", "bytes", "header", "truncate", "pages", "value", "value", "sql"]))
    data = base
    page = int.from_bytes(base[16:18], "big") or 65536
    if how == "bytes":
        data = _flip(
            base, draw(st.lists(st.tuples(st.integers(0, len(base)), st.integers(0, 255)), max_size=8))
        )
    elif how == "header":
        data = _flip(
            base, draw(st.lists(st.tuples(st.integers(0, 99), st.integers(0, 255)), min_size=1, max_size=4))
        )
    elif how == "truncate":
        data = base[: draw(st.integers(0, len(base)))]
    elif how == "pages":
        pages = max(1, len(base) // page)
        source, target = draw(st.integers(0, pages - 1)), draw(st.integers(0, pages - 1))
        filler = draw(st.sampled_from(["copy", "zero", "ones"]))
        chunk = {
            "copy": base[source * page : (source + 1) * page],
            "zero": bytes(page),
            "ones": b"\xff" * page,
        }[filler]
        data = base[: target * page] + chunk + base[(target + 1) * page :]
    path.write_bytes(data)
    if how in ("value", "sql"):
        db = sqlite3.connect(path)
        try:
            with db:
                if how == "value":
                    table, columns = draw(st.sampled_from(tables))
                    column = draw(st.sampled_from(columns))
                    db.execute(f'UPDATE "{table}" SET "{column}" = ?', (draw(SQL_VALUES),))
                else:
                    db.execute(draw(st.sampled_from(SQL_DAMAGE)))
        except sqlite3.Error:
            pass  # a constraint refused the value: the file stays as it was
        finally:
            db.close()
        for side in folder.iterdir():
            if side != path:
                side.unlink()  # WAL side files of the damaging connection, not of the app
    return path


# ------------------------------------------------------------------ CSV
_CELLS = st.one_of(
    _plain_text,
    st.sampled_from(
        [
            "",
            "4,5",
            "-5",
            "1 000",
            "\u22123",
            "1e999",
            "nan",
            "inf",
            "10" * 200,
            "'=1+1",
            '=HYPERLINK("x")',
            "#4e79a7",
            "#zz",
            "rouge",  # a colour in words, a size of 0 and an impossible date: once read, saved,
            "0",  # and then refused when the saved workshop file was opened
            '[{"date": "2027-02-30"}]',
            "1",
            "1.1",
            "1.1.1",
            "1.2.3.4",
            "r1",
            "r2",
            "r3",
            "objective",
            "key_result",
            "Équipe",
            '[{"date": "2027-01-01", "value": 3}]',
            '[{"date": 5}]',
            "[" * 100,
            "\ud800",
            "keep",
            "hausse",
            "jalon",
            "x" * (TEXT_LIMIT + 1),
        ]
    ),
    st.floats(allow_nan=True).map(str),
)
_TYPES = st.sampled_from(
    ["workshop", "team", "objective", "key_result", "initiative", "note", "O", "KR", "rc", "?", ""]
)
_HEADERS = st.sampled_from([*COLUMNS, "Résultat clé", "Type", "TITRE", "extra", ""])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """The bytes of a CSV file: rows of any types in any columns, any delimiter and encoding."""
    import csv
    import io

    header = draw(st.lists(_HEADERS, min_size=1, max_size=10, unique=True))
    if draw(st.booleans()):
        header = ["type", "id", "parent_id", "team", "title", *header]
    rows: list[list[str]] = []
    for _ in range(draw(st.integers(0, 8))):
        row = [draw(_CELLS) for _ in header]
        for i, name in enumerate(header):
            if name == "type":
                row[i] = draw(_TYPES)
            elif name in ("id", "parent_id"):
                row[i] = draw(st.sampled_from(["", "r1", "r2", "r3", "r4"]))
        rows.append(row)
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"]))).writerows(
        [header, *rows]
    )
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]))
    data = (
        text.encode(encoding, "replace") if encoding == "cp1252" else text.encode(encoding, "surrogatepass")
    )
    damage = draw(st.sampled_from(["none"] * 5 + ["bytes", "truncate", "quote"]))
    if damage == "bytes":
        data = _flip(
            data, draw(st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=4))
        )
    elif damage == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "quote":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b'"' + data[at:]
    return data
