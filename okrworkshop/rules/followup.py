"""Follow-up rules: what a trainer looks at in the weekly check-in of a key result.

They read a key result's check-ins (oldest first) and the board's follow-up day, the date of the
latest check-in anywhere on the board, so that a check stays a pure function of the workshop (no
clock): a key result that nobody has checked in since the others moved on is "late" on the day the
board has reached. A board without check-ins gets none of these findings.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from okrworkshop.model import KeyResult, Objective
from okrworkshop.model.progress import progress
from okrworkshop.rules.engine import Context, Hit, hit, rule


@rule("confidence-dropping")
def confidence_dropping(ctx: Context, kr: KeyResult) -> Hit | None:
    """Confidence lower at each of the last check-ins: the team sees something coming."""
    check_ins = ctx.check_ins(kr.id)
    if not check_ins:
        return None
    drops = max(1, int(ctx.threshold("confidence_drops")))
    rated = [c.confidence for c in check_ins if c.confidence is not None]
    if len(rated) < drops + 1:
        return None
    window = rated[-(drops + 1) :]
    if all(later < earlier for earlier, later in pairwise(window)):
        return hit(drops=drops, first=window[0], last=window[-1])
    return None


@rule("check-in-missing")
def check_in_missing(ctx: Context, kr: KeyResult) -> Hit | None:
    """No check-in for weeks while the rest of the board moves on."""
    day = ctx.followup_day()
    if day is None:
        return None
    check_ins = ctx.check_ins(kr.id)
    since = date.fromisoformat(check_ins[-1].date) if check_ins else ctx.followup_start()
    assert since is not None
    weeks = ctx.threshold("weeks_without_check_in")
    days = (day - since).days
    if weeks <= 0 or days < weeks * 7:
        return None
    return hit(weeks=days // 7, days=days)


@rule("committed-confidence-low")
def committed_confidence_low(ctx: Context, kr: KeyResult) -> Hit | None:
    """A committed objective is aimed at 100 %: a key result checked in under 8/10 is at risk."""
    if not ctx.check_ins(kr.id) or kr.confidence is None:
        return None
    objective = ctx.board.find(kr.objective_id)
    if not isinstance(objective, Objective) or objective.kind != "committed":
        return None
    minimum = ctx.threshold("committed_confidence")
    return hit(confidence=kr.confidence, minimum=minimum) if kr.confidence < minimum else None


@rule("progress-stalled")
def progress_stalled(ctx: Context, kr: KeyResult) -> Hit | None:
    """The value has not moved towards the target over the last check-ins."""
    check_ins = ctx.check_ins(kr.id)
    if not check_ins:
        return None
    count = max(2, int(ctx.threshold("stalled_check_ins")))
    values = [c.value for c in check_ins if c.value is not None]
    if len(values) < count or kr.target is None:
        return None
    first, last = values[-count], values[-1]
    start, end = progress(kr, first), progress(kr, last)
    if start is None or end is None:
        gained = (last < first) if kr.direction == "decrease" else (last > first)
        reached = (last <= kr.target) if kr.direction == "decrease" else (last >= kr.target)
    else:
        gained, reached = end > start + 1e-9, end >= 1.0 - 1e-9
    if gained or reached:
        return None
    return hit(count=count, value=last)
