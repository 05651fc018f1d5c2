"""The duplicate index answers like a full scan, however large a group of identical cards grows.

A group of thousands of identical key results (a CSV from a tool that repeats a template) was
sorted again for each of its cards, which made ``check`` and ``poster`` quadratic (issue 10).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okrworkshop.rules.engine import DuplicateIndex

KEYS = [("KeyResult", frozenset({"nps", "client"})), ("Objective", frozenset({"nps", "client"})), None]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["put", "drop"]), st.integers(0, 12), st.integers(0, 2)), max_size=60)
)
def test_the_index_agrees_with_a_full_scan(steps: list[tuple[str, int, int]]) -> None:
    index, truth = DuplicateIndex(), {}
    for step, (action, card, key) in enumerate(steps):
        card_id = f"card-{card:02d}"
        if action == "put":
            index.put(card_id, KEYS[key])
            truth[card_id] = KEYS[key]
        else:
            index.drop(card_id)
            truth.pop(card_id, None)
        for other in (f"card-{n:02d}" for n in range(13)):
            key_of = truth.get(other)
            expected = sorted(c for c, k in truth.items() if k is not None and k == key_of and c != other)
            if key_of is None:
                expected = []
            assert index.others(other) == expected, step
            assert index.first_other(other) == (expected[0] if expected else None), step


def test_a_large_group_is_sorted_once() -> None:
    index = DuplicateIndex()
    key = KEYS[0]
    for n in range(3000):
        index.put(f"kr-{n:05d}", key)
    firsts = [index.first_other(f"kr-{n:05d}") for n in range(3000)]
    assert firsts == ["kr-00001"] + ["kr-00000"] * 2999
    assert index._sorted == {key: [f"kr-{n:05d}" for n in range(3000)]}
    index.drop("kr-00000")
    assert index.first_other("kr-00002") == "kr-00001"
