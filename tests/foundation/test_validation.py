"""The compiled checker of okrworkshop/v1 agrees with jsonschema, and valid drafts skip jsonschema."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from okrworkshop.interchange import board_to_dict
from okrworkshop.interchange.schema import SCHEMA
from okrworkshop.interchange.validation import compile_schema
from okrworkshop.model import Board

ORACLE = Draft202012Validator(SCHEMA)
CHECK = compile_schema(SCHEMA)

#: Values put anywhere in a draft: every JSON type, and the edge of each bound the schema has.
VALUES: list[Any] = [
    None,
    "",
    " ",
    "x",
    "a" * 64,
    "a" * 65,
    "#4e79a7",
    "red",
    "metric",
    "milestone",
    "decrease",
    "committed",
    "okrworkshop/v1",
    "okrworkshop/v2",
    "fr",
    0,
    -1,
    10,
    11,
    3.0,
    3.5,
    -0.0,
    True,
    False,
    [],
    ["a"],
    [{"title": "t"}],
    [{"title": 1}],
    [1],
    {},
    {"title": "t"},
    {"title": "t", "owner": 3},
    {"name": "n"},
    {"text": "n"},
]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _mutate(data: Any, rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    for _ in range(rng.choice((1, 1, 2, 3))):
        path = rng.choice(_paths(data)[1:])
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        if isinstance(parent, dict) and rng.random() < 0.2:
            del parent[path[-1]]
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(VALUES))
    return data


def test_the_compiled_checker_agrees_with_jsonschema_on_mutated_drafts(rich_board: Board) -> None:
    base = json.loads(json.dumps(board_to_dict(rich_board)))
    base["teams"][0]["objectives"][0]["key_results"][0]["initiatives"] = ["a", {"title": "b", "owner": "c"}]
    assert CHECK(base) and ORACLE.is_valid(base)
    rng = random.Random(13)
    verdicts = {True: 0, False: 0}
    for _ in range(1500):
        data = _mutate(base, rng)
        expected = ORACLE.is_valid(data)
        assert CHECK(data) == expected, json.dumps(data, ensure_ascii=False)[:2000]
        verdicts[expected] += 1
    assert min(verdicts.values()) > 200  # both verdicts well exercised


@pytest.mark.parametrize(
    ("schema", "good", "bad"),
    [
        ({"type": "integer"}, [3, 3.0, -2], [3.5, True, "3"]),
        ({"type": "number", "minimum": 0, "maximum": 10}, [0, 10, 5.5], [-0.001, 10.001, False]),
        ({"exclusiveMinimum": 0}, [0.0001, "x"], [0, -1]),
        ({"enum": [1, "a"]}, [1, 1.0, "a"], [True, "b"]),
        ({"const": False}, [False], [0, None]),
        ({"type": "string", "minLength": 1, "maxLength": 2}, ["a", "ab"], ["", "abc"]),
        ({"pattern": r"\S"}, ["a", 3], [" ", ""]),
        ({"oneOf": [{"type": "string"}, {"type": "string", "minLength": 2}]}, ["a"], ["ab", 1]),
        ({"additionalProperties": {"type": "number"}}, [{"a": 1}, {}], [{"a": "1"}]),
        ({"additionalProperties": True}, [{"a": 1}, {"b": None}], []),
        ({"type": ["string", "null"]}, ["a", None], [1, False, []]),
        (
            {"type": "object", "required": ["id", "title"]},
            [{"id": 1, "title": 2}, {"id": 1, "title": 2, "x": 3}],
            [{"id": 1}, {}, []],
        ),
        ({"required": ["id"]}, [{"id": 1}, "not an object", 3], [{"ID": 1}]),
        (
            {"properties": {"n": {"type": "integer"}}},
            [{"n": 2}, {}, {"m": "x"}, "x"],
            [{"n": "2"}, {"n": 2.5}],
        ),
        ({"type": "array", "items": {"type": "string"}}, [[], ["a", "b"]], [["a", 1], [None], "ab"]),
        ({"items": {"minimum": 1}}, [[1, 2], "not a list"], [[1, 0]]),
        ({"type": "boolean"}, [True, False], [0, 1, "true", None]),
        ({"type": "null"}, [None], [0, "", False]),
    ],
)
def test_each_keyword_at_its_boundary(schema: dict[str, Any], good: list[Any], bad: list[Any]) -> None:
    check, oracle = compile_schema(schema), Draft202012Validator(schema)
    for value in good:
        assert check(value) and oracle.is_valid(value), value
    for value in bad:
        assert not check(value) and not oracle.is_valid(value), value


@pytest.mark.parametrize(
    ("change", "line"),
    [
        # One fault at a time in a valid draft, and the one line the reader says (written from
        # the contract's words: the field, its place, what it must be).
        (lambda d: d["teams"][0].pop("name"), "teams[0]: missing required field 'name'"),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(target="haut"),
            "teams[0].objectives[0].key_results[0].target: must be number or null (empty), not str",
        ),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(confidence=11),
            "teams[0].objectives[0].key_results[0].confidence: 11 is out of range (maximum 10)",
        ),
        (lambda d: d["teams"][0].update(name=None), "teams[0].name: must be string, not null"),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(confidence=-1),
            "teams[0].objectives[0].key_results[0].confidence: -1 is out of range (minimum 0)",
        ),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(confidence=999_999),
            "teams[0].objectives[0].key_results[0].confidence: 999999 is out of range (maximum 10)",
        ),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(confidence=1_000_000),
            "teams[0].objectives[0].key_results[0].confidence: 1e+06 is out of range (maximum 10)",
        ),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(initiatives=[5]),
            "teams[0].objectives[0].key_results[0].initiatives[0]: must be a text or an object with a 'title'",
        ),
        (
            lambda d: d["teams"][0].update(name="x" * 100_001),
            "teams[0].name: is too long (100,001 characters, at most 100,000)",
        ),
        (lambda d: d["teams"][0].update(name=4), "teams[0].name: must be string, not int"),
        (
            lambda d: d.update(format="okrworkshop/v9"),
            "format: unsupported format 'okrworkshop/v9' (this version reads 'okrworkshop/v1')",
        ),
        (
            lambda d: d["teams"][0].update(colour="blue"),
            "teams[0].colour: must be a colour like '#4e79a7', not 'blue'",
        ),
        (
            lambda d: d["teams"][0]["objectives"][0].update(kind="bold"),
            "teams[0].objectives[0].kind: must be one of committed, aspirational, not 'bold'",
        ),
        # Empty and blank texts, an id, a date and a size, in words rather than the schema's.
        (lambda d: d["teams"][0].update(name=""), "teams[0].name: must not be empty"),
        (
            lambda d: d["teams"][0].update(name="  \t "),
            "teams[0].name: must not be blank (it holds only spaces)",
        ),
        (lambda d: d["teams"][0].update(id=""), "teams[0].id: must not be empty"),
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(
                check_ins=[{"date": "3 mars", "value": 1}]
            ),
            "teams[0].objectives[0].key_results[0].check_ins[0].date: "
            "must be a date written YYYY-MM-DD, not '3 mars'",
        ),
        (lambda d: d["teams"][0].update(width=0), "teams[0].width: 0 is out of range (more than 0)"),
        # Below a million a figure is shown as written, not rounded to six digits ("1").
        (
            lambda d: d["teams"][0]["objectives"][0]["key_results"][0].update(score=1.0000001),
            "teams[0].objectives[0].key_results[0].score: 1.0000001 is out of range (maximum 1)",
        ),
        (lambda d: d["teams"][0].update(height=-0.5), "teams[0].height: -0.5 is out of range (more than 0)"),
    ],
)
def test_a_faulty_draft_is_refused_in_one_line_naming_the_place(
    tmp_path: Path, rich_board: Board, change: Any, line: str
) -> None:
    from okrworkshop.errors import InputError
    from okrworkshop.interchange import read_json

    data = board_to_dict(rich_board)
    change(data)
    path = tmp_path / "brouillon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_json(path)
    assert refused.value.line() == f"{path}: {line}"


def test_an_unknown_keyword_is_refused_when_compiling() -> None:
    with pytest.raises(ValueError, match="'uniqueItems'"):
        compile_schema({"type": "array", "uniqueItems": True})


def test_a_valid_draft_is_read_without_loading_jsonschema(tmp_path: Path) -> None:
    draft = tmp_path / "d.json"
    draft.write_text(json.dumps({"format": "okrworkshop/v1", "teams": [{"name": "T"}]}), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "okrworkshop/v1", "teams": [{"name": 3}]}), encoding="utf-8")
    code = (
        "import sys\n"
        "from okrworkshop.errors import InputError\n"
        "from okrworkshop.interchange import read_json\n"
        f"read_json({str(draft)!r})\n"
        "print('jsonschema' in sys.modules)\n"
        "try:\n"
        f"    read_json({str(bad)!r})\n"
        "except InputError as exc:\n"
        "    print(exc.where, '|', exc.problem, '|', 'jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["False", "teams[0].name | must be string, not int | True"]


# ------------------------------------------------------------------ nesting depth in one pass (issue 10)
def _json_depth_before(text: str) -> int:
    """The character loop json_depth was (20 s on a 50 MB draft): the oracle."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from('[]{}"\\ a\n:,'), max_size=80))
def test_json_depth_counts_like_the_character_loop(text: str) -> None:
    from okrworkshop.model.limits import json_depth

    assert json_depth(text) == _json_depth_before(text)


def test_json_depth_of_real_and_deep_documents() -> None:
    from okrworkshop.model.limits import json_depth

    for text in ('{"a": [1, {"b": "[[[["}]}', '"\\"[[', '["\\\\", [[]]]', "[" * 5000, '["unterminated [[['):
        assert json_depth(text) == _json_depth_before(text), text


@pytest.mark.parametrize(("figure", "field"), [("1e999", "width"), ("-1e999", "x")])
def test_a_figure_too_large_for_a_number_is_refused_in_words(tmp_path: Path, figure: str, field: str) -> None:
    from okrworkshop.errors import InputError
    from okrworkshop.interchange import read_json

    path = tmp_path / "d.json"
    path.write_text(f'{{"format": "okrworkshop/v1", "teams": [{{"name": "T", "{field}": {figure}}}]}}')
    with pytest.raises(InputError) as refused:
        read_json(path)
    assert refused.value.line() == f"{path}: teams[0].{field}: is too large to be a number"


def test_every_pattern_of_the_schema_has_words() -> None:
    from okrworkshop.interchange.validation import _PATTERN_WORDS

    def patterns(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                yield node["pattern"]
            for value in node.values():
                yield from patterns(value)
        elif isinstance(node, list):
            for value in node:
                yield from patterns(value)

    used = set(patterns(SCHEMA))
    assert len(used) == 3  # a colour, a date and "not blank" (the test would pass on none)
    assert used == set(_PATTERN_WORDS)


def test_a_keyword_without_words_of_its_own_keeps_jsonschemas_message() -> None:
    from okrworkshop.interchange.validation import _describe

    (error,) = Draft202012Validator({"type": "array", "minItems": 2}).iter_errors([1])
    assert _describe(error) == error.message == "[1] is too short"


def test_a_field_the_reader_does_not_know_is_named_with_its_place_top_level_included(tmp_path: Path) -> None:
    from okrworkshop.interchange import read_json

    path = tmp_path / "d.json"
    path.write_text('{"format": "okrworkshop/v1", "teams": [{"name": "T", "zz": 1}], "extra": true}')
    heard: list[str] = []
    read_json(path, notify=heard.append)
    assert heard == [
        f"{path}: warning: ignored 2 fields this version does not know: 'zz' (teams[0]), 'extra' (top level)"
    ]


def test_a_broken_field_name_at_the_top_level_says_so(tmp_path: Path) -> None:
    from okrworkshop.errors import InputError
    from okrworkshop.interchange import read_json

    path = tmp_path / "d.json"
    path.write_text('{"format": "okrworkshop/v1", "teams": [], "\\udc80": 1}')
    with pytest.raises(InputError) as refused:
        read_json(path)
    assert refused.value.line() == f"{path}: top level: a field name is not valid text"
