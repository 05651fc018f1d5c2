"""Ranges in a title: "de 32 à 45", "from 3% to 7%", "40 % → 55 %", and their two ends made comparable."""

from __future__ import annotations

import itertools

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text.analysis import Analysis
from okrworkshop.rules.text.memo import memo
from okrworkshop.rules.text.quantities import Quantity


def ranges(a: Analysis) -> list[tuple[Quantity, Quantity]]:
    """Start and end of each "de X à Y" / "from X to Y" / "X -> Y" in the title."""
    cached = a.cache.get("ranges")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[tuple[Quantity, Quantity]] = []
    metrics = a.metrics
    if len(metrics) > 1:
        folds = a.folds
        connectors = lx.RANGE_CONNECTORS
        for first, second in itertools.pairwise(metrics):
            gap = folds[first.end : second.start]
            if connectors.isdisjoint(gap):
                continue
            if first.unit == "percent" and gap[0] in _SHARE_OF:
                # "de 70 % des jours à 95 %", "from 40% of the stores to 60%": what it is a share of
                link = next(i for i, word in enumerate(gap) if word in connectors)
                gap = gap[link:] if link <= 3 else gap
            if not _RANGE_GAP.issuperset(gap):
                continue
            arrow = "->" in gap or "=>" in gap
            # "Retention: 71% to 85%": after a colon (or opening the card) the pair is a range too.
            opens = first.start == 0 or folds[first.start - 1] in _RANGE_OPENERS
            if arrow or opens or not lx.RANGE_STARTS.isdisjoint(folds[max(0, first.start - 2) : first.start]):
                found.append((first, second))
    a.cache["ranges"] = found
    return found


#: Words after a share that say what it is a share of ("70 % des jours").
_SHARE_OF = frozenset({"des", "du", "de", "d'", "of"})
#: Signs after which a pair of figures joined by "to"/"à" is a range without "from"/"de".
_RANGE_OPENERS = frozenset({":", "(", "=", ","})
#: What may stand between the two ends of a range.
_RANGE_GAP = lx.RANGE_CONNECTORS | lx.RANGE_FILLERS


@memo
def range_ends(a: Analysis) -> list[tuple[Quantity, Quantity, float, float]]:
    """Each range with its two ends made comparable (see :func:`range_values`)."""
    found: list[tuple[Quantity, Quantity, float, float]] = []
    for start, end in ranges(a):
        before, after = range_values(start, end)
        found.append((start, end, before, after))
    return found


@memo
def flat_range(a: Analysis) -> Quantity | None:
    """The end of the first range that goes nowhere ("de 40 à 40", "from 2 h to 120 min"), if any."""
    for _, end, before, after in range_ends(a):
        if abs(before - after) <= 1e-9 * max(1.0, abs(before), abs(after)):
            return end
    return None


def comparable(quantity: Quantity) -> float:
    """A value comparable across units of one kind (durations in minutes)."""
    return quantity.value * lx.DURATION_MINUTES.get(quantity.unit, 1.0)


def range_values(start: Quantity, end: Quantity) -> tuple[float, float]:
    """Both ends of a range, comparable; a bare end takes the other's unit ("de 21 à 10 jours")."""
    start_unit, end_unit = start.unit, end.unit
    start_value, end_value = start.value, end.value
    # "d'un tiers à la moitié": a fraction word (0.5) against a share (33.3 %) is a share too.
    if start_unit == "percent" and end.word and end_unit == "count" and end_value <= 1:
        end_value, end_unit = end_value * 100, "percent"
    elif end_unit == "percent" and start.word and start_unit == "count" and start_value <= 1:
        start_value, start_unit = start_value * 100, "percent"
    if start_unit == "count" and end_unit != "count":
        start_unit = end_unit
    elif end_unit == "count" and start_unit != "count":
        end_unit = start_unit
    scale = lx.DURATION_MINUTES
    return start_value * scale.get(start_unit, 1.0), end_value * scale.get(end_unit, 1.0)
