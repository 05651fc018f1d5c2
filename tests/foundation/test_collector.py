"""Holding the cyclic garbage collector while long-lived objects are made, and giving it back."""

from __future__ import annotations

import gc
import weakref
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


def test_what_was_made_while_held_goes_to_the_oldest_generation_unscanned(collections: list[int]) -> None:
    with collector_paused():
        kept = [[n] for n in range(5_000)]
        collections.clear()
    assert collections == [], "resuming scans nothing: what was made is moved aside whole"
    assert gc.get_count()[0] < 100  # the young count starts again from (almost) nothing
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert not any(id(item) in young for item in kept)
    assert all(id(item) in oldest for item in kept)
    assert gc.get_freeze_count() == 0  # nothing left frozen


def test_garbage_cycles_made_while_held_are_still_freed_by_a_full_collection() -> None:
    class Node:
        other: object = None

    freed: list[str] = []
    with collector_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: reference counting alone never frees it
        weakref.finalize(a, freed.append, "a")
        del a, b
    assert freed == []
    gc.collect()
    assert freed == ["a"]


def test_objects_someone_else_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
        assert len(made) == 1_000
    finally:
        gc.unfreeze()
