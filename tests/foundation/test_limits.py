"""What a workshop field may hold, every limit at its value and a step either side, in the user's words.

The messages end up in the one-line refusals of ``check``/``convert`` and in the GUI's dialogs
("teams row 3, name: is too long (100,001 characters, at most 100,000)"); the expected texts are
written from the rules, not pasted from a run.
"""

from __future__ import annotations

import math

import pytest

from okrworkshop.model.limits import (
    ID_LIMIT,
    JSON_DEPTH_LIMIT,
    NUMBER_LIMIT,
    POSITION_LIMIT,
    TEXT_LIMIT,
    Rule,
    field_problem,
    json_int,
    load_json,
    number_problem,
    text_problem,
)

RANGE = f"(-{NUMBER_LIMIT:g} to {NUMBER_LIMIT:g})"


@pytest.mark.parametrize(
    ("value", "limit", "problem"),
    [
        ("x" * 10, 10, None),  # at the limit
        ("x" * 9, 10, None),
        ("x" * 11, 10, "is too long (11 characters, at most 10)"),
        ("x" * (TEXT_LIMIT + 1), TEXT_LIMIT, "is too long (100,001 characters, at most 100,000)"),
        ("abc\ud800", 10, "is not valid text (it holds a broken character)"),  # a lone surrogate
        ("déjà vu 🎯", 10, None),  # accents and emoji are text
    ],
)
def test_text_length_and_validity(value: str, limit: int, problem: str | None) -> None:
    assert text_problem(value, limit) == problem


@pytest.mark.parametrize(
    ("value", "whole", "problem"),
    [
        (5, False, None),
        (5.5, False, None),
        (0, False, None),  # the low end, included
        (10, False, None),  # the high end, included
        (-0.001, False, "-0.001 is out of range (0 to 10)"),
        (10.001, False, "10.001 is out of range (0 to 10)"),
        ("5", False, "must be a number, not the text '5'"),
        ("5", True, "must be a whole number, not the text '5'"),
        (True, False, "must be a number, not true/false"),
        (None, False, "must be a number, not None"),
        (b"5", False, "must be a number, not binary data"),
        ([1, 2], True, "must be a whole number, not [1, 2]"),
        (math.nan, False, "must be a finite number"),
        (math.inf, True, "must be a finite number"),
        (5.0, True, "must be a whole number, not 5.0"),
        (7, True, None),
    ],
)
def test_numbers_from_0_to_10(value: object, whole: bool, problem: str | None) -> None:
    assert number_problem(value, 0, 10, whole=whole) == problem


def test_large_numbers_out_of_range_are_shown_short_from_a_million() -> None:
    assert number_problem(999_999.0, 0, 10) == "999999.0 is out of range (0 to 10)"
    assert number_problem(1e6, 0, 10) == "1e+06 is out of range (0 to 10)"  # exactly a million: short
    assert number_problem(-1e6, 0, 10) == "-1e+06 is out of range (0 to 10)"
    assert number_problem(1_234_567, 0, 10) == "1.23e+06 is out of range (0 to 10)"
    big = NUMBER_LIMIT * 10
    assert number_problem(big, -NUMBER_LIMIT, NUMBER_LIMIT) == f"1e+16 is out of range {RANGE}"


def test_a_described_value_is_cut_at_40_characters() -> None:
    long_text = "a" * 50
    assert number_problem(long_text, 0, 1) == f"must be a number, not the text {'a' * 40!r}"
    long_list = list(range(30))
    assert number_problem(long_list, 0, 1) == f"must be a number, not {repr(long_list)[:40]}"


@pytest.mark.parametrize(
    ("rule", "value", "problem"),
    [
        (Rule("text"), None, "is missing"),
        (Rule("text", nullable=True), None, None),
        (Rule("text"), 3, "must be text, not 3"),
        (Rule("text", blank=False), "  ", "is empty (a team needs a name)"),
        (Rule("text"), "  ", None),
        (Rule("id"), "", "is empty (an id is needed)"),
        (Rule("id"), "x" * ID_LIMIT, None),
        (Rule("id"), "x" * (ID_LIMIT + 1), "is too long (65 characters, at most 64)"),
        (Rule("position"), POSITION_LIMIT, None),
        (Rule("position"), -POSITION_LIMIT, None),
        (Rule("position"), POSITION_LIMIT * 1.5, "1.5e+08 is out of range (-1e+08 to 1e+08)"),
        (Rule("size"), 0, "0 is out of range (more than 0)"),
        (Rule("size"), 0.5, None),
        (Rule("size"), -1, "-1 is out of range (0 to 1e+08)"),
        (Rule("int", low=0, high=10), 10, None),
        (Rule("int", low=0, high=10), 11, "11 is out of range (0 to 10)"),
        (Rule("int", low=0, high=10), 2.0, "must be a whole number, not 2.0"),
        (Rule("enum", choices=("metric", "milestone")), "okr", "must be metric or milestone, not 'okr'"),
        (
            Rule("enum", choices=("", "keep", "adjust", "drop")),
            "x",
            "must be keep, adjust or drop (or empty), not 'x'",
        ),
        (Rule("enum", choices=("fr",)), "en", "must be fr, not 'en'"),
        (Rule("enum", choices=("fr",)), "fr", None),
        (Rule("colour"), "#4e79A7", None),
        (Rule("colour"), "#4e79a", "must be a colour like '#4e79a7', not '#4e79a'"),
        (Rule("colour"), "red", "must be a colour like '#4e79a7', not 'red'"),
        (Rule("date"), "2027-02-12", None),
        (Rule("date"), "2027-2-12", "must be a date written YYYY-MM-DD (2027-02-12), not '2027-2-12'"),
        (Rule("date"), "2027-02-30", "must be a date written YYYY-MM-DD (2027-02-12), not '2027-02-30'"),
        (Rule("time"), "", None),  # not started yet
        (Rule("time"), "2027-01-05T09:00:00", None),
        (Rule("time"), "1000-01-01T00:00:00", None),  # the earliest year kept
        (Rule("time"), "9000-12-31T23:59:59", None),  # the latest
        (
            Rule("time"),
            "0999-12-31T23:59:59",
            "must be a date and time like 2027-01-05T09:00:00, not '0999-12-31T23:59:59'",
        ),
        (
            Rule("time"),
            "9001-01-01T00:00:00",
            "must be a date and time like 2027-01-05T09:00:00, not '9001-01-01T00:00:00'",
        ),
        (Rule("time"), "yesterday", "must be a date and time like 2027-01-05T09:00:00, not 'yesterday'"),
        (Rule("json"), "[" * JSON_DEPTH_LIMIT + "]" * JSON_DEPTH_LIMIT, None),
        (Rule("json"), "[" * (JSON_DEPTH_LIMIT + 1), "is nested too deeply (more than 64 levels)"),
    ],
)
def test_each_kind_of_field(rule: Rule, value: object, problem: str | None) -> None:
    assert field_problem(rule, value) == problem


def test_a_timestamp_is_at_most_40_characters() -> None:
    # Both are times Python reads (a fraction and an offset with seconds); only the length differs.
    forty = "2027-01-05T09:00:00.1234+01:00:00.123456"
    forty_one = "2027-01-05T09:00:00.12345+01:00:00.123456"
    assert (len(forty), len(forty_one)) == (40, 41)
    assert field_problem(Rule("time"), forty) is None
    assert field_problem(Rule("time"), forty_one) == (
        f"must be a date and time like 2027-01-05T09:00:00, not {forty_one[:40]!r}"
    )


def test_json_text_is_read_with_its_refusals_in_words() -> None:
    assert load_json('{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    with pytest.raises(ValueError) as refused:
        load_json("[1, NaN]")
    assert str(refused.value) == "is not valid JSON (NaN is not a number JSON allows)"
    with pytest.raises(ValueError) as refused:
        load_json('{"a": }')
    assert str(refused.value) == "is not valid JSON (Expecting value, line 1, column 7)"
    with pytest.raises(ValueError) as refused:
        load_json("[" * (JSON_DEPTH_LIMIT + 1) + "]" * (JSON_DEPTH_LIMIT + 1))
    assert str(refused.value) == "is nested too deeply (more than 64 levels)"
    assert load_json("[" * JSON_DEPTH_LIMIT + "]" * JSON_DEPTH_LIMIT) is not None  # at the limit


def test_integers_too_long_for_a_float_are_infinite_from_301_digits() -> None:
    assert json_int("9" * 300) == int("9" * 300)
    assert json_int("-" + "9" * 300) == -int("9" * 300)
    assert json_int("9" * 301) == math.inf
    assert json_int("-" + "9" * 301) == -math.inf
    assert load_json("[" + "1" * 400 + "]") == [math.inf]  # and then refused by the range checks
