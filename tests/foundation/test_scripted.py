"""A round's scripted check-ins: the JSON text a follow-up case brings, read and written exactly."""

from __future__ import annotations

import dataclasses
import json

import pytest

from okrworkshop.model import CheckIn, ModelError
from okrworkshop.model.scripted import parse_scripted, write_scripted

GOOD = {"id": "c1", "key_result_id": "kr1", "date": "2027-02-10"}


def _one(**fields: object) -> str:
    return json.dumps([{**GOOD, **fields}])


def test_no_text_is_no_check_in() -> None:
    assert parse_scripted("") == []
    assert write_scripted([]) == ""


def test_check_ins_are_read_with_every_field() -> None:
    text = json.dumps(
        [
            {**GOOD, "value": 3, "confidence": 0, "comment": "départ lent"},
            {"id": "c2", "key_result_id": "kr2", "date": "2027-02-17", "value": 2.5, "confidence": 10},
            {"id": "c3", "key_result_id": "kr2", "date": "2027-02-24"},
        ]
    )
    found = parse_scripted(text)
    assert [dataclasses.astuple(c) for c in found] == [
        dataclasses.astuple(CheckIn("kr1", "2027-02-10", 3.0, 0, "départ lent", id="c1")),
        dataclasses.astuple(CheckIn("kr2", "2027-02-17", 2.5, 10, "", id="c2")),
        dataclasses.astuple(CheckIn("kr2", "2027-02-24", None, None, "", id="c3")),
    ]
    assert isinstance(found[0].value, float)  # a whole number in JSON is still a float value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2", "scripted check-ins: not JSON"),
        ('{"id": "c1"}', "scripted check-ins: must be a JSON list"),
        (
            "[3]",
            "scripted check-ins: [0] needs id, key_result_id and date (and may have value, confidence, comment)",
        ),
        (
            json.dumps([GOOD, {"id": "c2", "date": "2027-02-10"}]),
            "scripted check-ins: [1] needs id, key_result_id",
        ),
        (_one(colour="red"), "scripted check-ins: [0] needs id"),  # a field it does not know
        (_one(id=""), "scripted check-ins: [0] id, key_result_id and date are texts"),
        (_one(date=20270210), "scripted check-ins: [0] id, key_result_id and date are texts"),
        (_one(value="3"), "scripted check-ins: [0].value must be a number"),
        (_one(value=True), "scripted check-ins: [0].value must be a number"),
        (_one(confidence=-1), "scripted check-ins: [0].confidence must be a whole number from 0 to 10"),
        (_one(confidence=11), "scripted check-ins: [0].confidence must be a whole number from 0 to 10"),
        (_one(confidence=7.5), "scripted check-ins: [0].confidence must be a whole number from 0 to 10"),
        (_one(confidence=False), "scripted check-ins: [0].confidence must be a whole number from 0 to 10"),
        (_one(comment=4), "scripted check-ins: [0].comment must be a text"),
    ],
)
def test_bad_scripted_check_ins_are_refused_in_words(text: str, message: str) -> None:
    with pytest.raises(ModelError) as refused:
        parse_scripted(text)
    assert str(refused.value).startswith(message)


def test_the_exact_set_of_required_fields_is_enough() -> None:
    # The three required fields and nothing else: a check-in with no value, confidence or comment.
    assert parse_scripted(json.dumps([GOOD]))[0].value is None


@pytest.mark.parametrize(("confidence", "ok"), [(0, True), (10, True), (-1, False), (11, False), (1, True)])
def test_confidence_runs_from_0_to_10_inclusive(confidence: int, ok: bool) -> None:
    if ok:
        assert parse_scripted(_one(confidence=confidence))[0].confidence == confidence
    else:
        with pytest.raises(ModelError):
            parse_scripted(_one(confidence=confidence))


def test_check_ins_are_written_compact_with_their_accents_and_whole_numbers_as_integers() -> None:
    check_ins = [
        CheckIn("kr1", "2027-02-10", 3.0, 6, "à l’heure", id="c1"),
        CheckIn("kr2", "2027-02-17", 2.5, None, "", id="c2"),
    ]
    # Written by hand from the format: no spaces, no \\u escapes, 3.0 as 3, empty fields left out.
    expected = (
        '[{"id":"c1","key_result_id":"kr1","date":"2027-02-10","value":3,"confidence":6,"comment":"à l’heure"},'
        '{"id":"c2","key_result_id":"kr2","date":"2027-02-17","value":2.5}]'
    )
    assert write_scripted(check_ins) == expected
    assert [dataclasses.astuple(c) for c in parse_scripted(expected)] == [
        dataclasses.astuple(c) for c in check_ins
    ]
