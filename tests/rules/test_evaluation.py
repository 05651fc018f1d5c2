"""The labeled evaluation sets: well formed, half French, and the checker meets its targets on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrworkshop.rules import catalogue
from okrworkshop.rules.evaluation import evaluate, load_sets
from tests.conftest import DATA

SETS = sorted((DATA / "eval").glob("*.jsonl"))


def test_there_is_a_development_set_and_a_held_out_set() -> None:
    assert {p.name for p in SETS} >= {"okr_sets.jsonl", "holdout.jsonl"}


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_labels_are_well_formed(path: Path) -> None:
    ids = {r.id for r in catalogue()}
    sets = load_sets(path)
    cards = [(s, c) for s in sets for c in [s["objective"], *s["key_results"]]]
    assert len({s["id"] for s in sets}) == len(sets)
    for entry, card in cards:
        assert entry["lang"] in ("fr", "en") and entry["workshop_lang"] in ("fr", "en")
        assert card["title"].strip()
        assert card["label"] in ("good", "bad")
        assert set(card["rules"]) | set(card["notes"]) <= ids, card
        # A bad card breaks a warning-level rule; a good card breaks none.
        assert bool(card["rules"]) == (card["label"] == "bad"), card
    french = sum(e["lang"] == "fr" for e, _ in cards)
    assert 0.4 <= french / len(cards) <= 0.6


def test_at_least_120_labeled_cards_in_all() -> None:
    total = sum(1 + len(s["key_results"]) for p in SETS for s in load_sets(p))
    assert total >= 120


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_the_checker_flags_bad_cards_and_spares_good_ones(path: Path) -> None:
    score = evaluate(load_sets(path))
    assert score.recall >= 0.90
    assert score.false_positive_rate <= 0.10
    for lang in ("fr", "en"):
        cards = [c for c in score.cards if c.lang == lang]
        assert (
            sum(c.flagged for c in cards if c.label == "bad") / sum(c.label == "bad" for c in cards) >= 0.85
        )
