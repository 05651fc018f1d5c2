"""Every example of the rule catalogue, run through the checker: the flagged one is flagged by its
rule, the passing one leaves the whole board clean (examples of situations through their
``situation`` data, see :mod:`okrworkshop.rules.examples`)."""

from __future__ import annotations

import pytest

from okrworkshop.rules import catalogue, check_board
from okrworkshop.rules.examples import example_board
from okrworkshop.rules.rulebook import LANGUAGES, RuleInfo

ENTRIES = catalogue()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_the_flagged_example_is_flagged_by_its_rule(entry: RuleInfo, lang: str) -> None:
    built = example_board(entry, lang, "bad")
    found = [f for f in check_board(built.board) if f.entity_id == built.target and f.rule == entry.id]
    assert found, f"{entry.id} ({lang}) does not flag its own example: {entry.example[lang]['bad']!r}"
    for finding in found:
        assert "{" not in finding.message + finding.hint, (entry.id, finding.message, finding.hint)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_the_passing_example_leaves_the_board_clean(entry: RuleInfo, lang: str) -> None:
    built = example_board(entry, lang, "good")
    findings = [(f.path, f.rule, f.message) for f in check_board(built.board)]
    assert findings == [], f"{entry.id} ({lang}) good example {entry.example[lang]['good']!r}"


def test_a_situation_needs_both_examples_and_a_target() -> None:
    for entry in ENTRIES:
        if entry.situation is not None:
            assert set(entry.situation) == {"at", "bad", "good"}, entry.id
