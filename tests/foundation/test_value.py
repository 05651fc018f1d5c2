"""The model's frozen dataclasses take equality, hash and repr from :class:`Value`: the very same
results as the methods ``@dataclass`` would write for them (checked against those methods)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from okrworkshop.model import (
    Added,
    CheckIn,
    Committed,
    Initiative,
    KeyResult,
    Note,
    Objective,
    Reloaded,
    Removed,
    Round,
    Snapshot,
    Team,
    Updated,
    Workshop,
    WorkshopChanged,
)
from okrworkshop.model.value import Value
from okrworkshop.poster.paper import Sheet
from okrworkshop.poster.shapes import Circle, Line, Polygon, Rect
from okrworkshop.rules.finding import Finding
from okrworkshop.storage.header import Header
from okrworkshop.storage.tables import WORKSHOP_TABLE

_TEAM = Team("Direction", id="t1")
_KR = KeyResult("o1", "Faire passer le NPS de 32 à 45", id="k1", baseline=32.0, target=45.0, unit="NPS")
SAMPLES: list[Any] = [
    Workshop(title="Atelier", thresholds={"too-many-objectives": 4.0}, disabled_rules=("kr-is-task",)),
    _TEAM,
    Objective("t1", "Devenir la boulangerie préférée", id="o1", owner="Léa"),
    _KR,
    CheckIn("k1", "2027-02-12", value=38.0, id="c1"),
    Initiative("k1", "Sondage en caisse", id="i1"),
    Note("Idée : un carnet", id="n1", team_id=None),
    Round("Tour 1", id="r1"),
    Snapshot("Fin du tour 1", "{}", id="s1"),
    Added(_TEAM),
    Removed(_KR),
    Updated(_TEAM, dataclasses.replace(_TEAM, name="Ventes"), frozenset({"name"})),
    WorkshopChanged(Workshop(), Workshop(title="x"), frozenset({"title"})),
    Committed(2),
    Reloaded(),
    Finding("missing-owner", "warning", "teams[0]", "m", "h", "s", "t1"),
    Header(4096, 10, 4, 0x4F4B5257),
    WORKSHOP_TABLE,
    Rect(1.0, 2.0, 30.0, 40.0, fill="#ffffff", radius=4.0),
    Circle(1.0, 2.0, 3.0, "#000000"),
    Polygon(((0.0, 0.0), (1.0, 1.0), (2.0, 0.0)), "#ff0000", 0.5),
    Line(((0.0, 0.0), (5.0, 5.0)), "#333333", 1.0, dash=(2.0, 1.0)),
    Sheet("A0", 2384.0, 3370.0),
]


def _as_written_by_dataclass(value: Any) -> Any:
    """The same value as an instance of a plain ``@dataclass(frozen=True)`` with the same fields."""
    cls = type(value)
    plain = dataclasses.make_dataclass(
        cls.__name__,
        [
            (f.name, Any, dataclasses.field(compare=f.compare, repr=f.repr, hash=f.hash))
            for f in dataclasses.fields(cls)
        ],
        frozen=True,
    )
    plain.__qualname__ = cls.__qualname__
    return plain(**{f.name: getattr(value, f.name) for f in dataclasses.fields(cls)})


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_equality_hash_and_repr_are_those_dataclass_writes(value: Any) -> None:
    assert isinstance(value, Value)
    assert type(value).__eq__ is Value.__eq__ and type(value).__repr__ is Value.__repr__
    plain = _as_written_by_dataclass(value)
    assert repr(value) == repr(plain)
    copy = dataclasses.replace(value)
    assert copy == value
    assert (copy != value) is False
    assert (value == object()) is False and value.__eq__(object()) is NotImplemented
    try:
        expected: int | None = hash(plain)
    except TypeError:  # a field holds a dict (Workshop.thresholds): unhashable, as before
        expected = None
    if expected is None:
        with pytest.raises(TypeError):
            hash(value)
    else:
        assert hash(value) == expected == hash(copy)


def test_a_changed_field_makes_another_value() -> None:
    for value in SAMPLES:
        first = dataclasses.fields(value)[0].name if dataclasses.fields(value) else None
        if first is None:
            continue
        other = dataclasses.replace(value, **{first: "something else"})
        assert other != value, type(value).__name__
        assert (other == value) is False, type(value).__name__


def test_values_of_two_kinds_are_never_equal() -> None:
    assert Added(_TEAM) != Removed(_TEAM)
    assert Reloaded() == Reloaded() and hash(Reloaded()) == hash(())


def test_frozen_as_before() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _TEAM.name = "Ventes"  # type: ignore[misc]


@dataclasses.dataclass(frozen=True, slots=True, eq=False, repr=False)
class _Holder(Value):
    items: list[Any]


@dataclasses.dataclass(frozen=True)
class _WrittenHolder:
    items: list[Any]


def test_a_value_that_holds_itself_is_shown_as_dataclasses_shows_it() -> None:
    ours, theirs = _Holder([]), _WrittenHolder([])
    ours.items.append(ours)
    theirs.items.append(theirs)
    assert repr(ours) == "_Holder(items=[...])"
    assert repr(theirs).replace("_WrittenHolder", "_Holder") == repr(ours)  # the oracle: dataclasses
    assert repr(ours) == repr(ours)  # shown twice the same: nothing is left marked
