"""Holding the cyclic garbage collector while long-lived objects are made, and giving it back."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from okrworkshop.collector import collector_paused


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of the collections that start while the test runs."""
    started: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(heard)
    yield started
    gc.callbacks.remove(heard)


def test_no_collection_while_held_and_collection_as_before_after(collections: list[int]) -> None:
    assert gc.isenabled()
    with collector_paused():
        collections.clear()  # (what pytest did before the hold does not count)
        kept = [[n] for n in range(20_000)]  # far more than a young generation holds
        assert not gc.isenabled()
        assert collections == []
    assert gc.isenabled()
    more = [[n] for n in range(20_000)]
    assert collections, "the same allocations with the collector on are collected"
    assert len(kept) == len(more)


def test_a_hold_inside_a_hold_leaves_it_to_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failure_inside_gives_the_collector_back() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
