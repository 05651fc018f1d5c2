"""Where a key result stands: progress from baseline to target, quarter-end scores and their colours.

Plain functions of the model, shared by the card, the poster, the checker's follow-up rules and the
retrospective, so that every view of a key result tells the same story.

- **Progress** is the share of the way from baseline to target covered by a value: 0.0 at the
  baseline, 1.0 at the target, below 0 when the value went the wrong way, above 1 beyond the target
  (:func:`progress`). It works for both directions (a decrease from 12 to 8 at 10 is 0.5).
- **Score** (0.0–1.0, in tenths, the way trainers grade at the end of a quarter) is the progress of the
  key result's current value, clamped, unless the team overrides it (:attr:`KeyResult.score`).
  An objective scores the mean of its key results.
- **Colours** follow the trainers' convention: for an aspirational objective 0.7 is the sweet spot
  (green from 0.7, amber from 0.4, red below); a committed objective is expected at 1.0 (green at
  1.0 only, amber from 0.7, red below). Confidence (0–10) is red up to 3, amber 4–6, green from 7.
- **Scored** cards: a key result is scored once the team has given it a score (by hand, or by
  taking the one its progress gives in the retrospective); an objective is scored once one of its
  key results is. Only scored cards show a score on the board and the poster: mid-quarter, a bar
  half-way is on track, not a red 0.5.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal, TypeAlias

from okrworkshop.model.board import Board
from okrworkshop.model.entities import CheckIn, KeyResult, Objective, ObjectiveKind

Band: TypeAlias = Literal["red", "amber", "green"]

#: Where the aspirational sweet spot starts, and where a committed objective is met.
ASPIRATIONAL_GREEN = 0.7
COMMITTED_GREEN = 1.0
#: Below this, a score is red (aspirational) — or, for committed, below :data:`ASPIRATIONAL_GREEN`.
ASPIRATIONAL_AMBER = 0.4
#: Confidence bands (out of 10): red up to this, green from :data:`CONFIDENCE_GREEN`.
CONFIDENCE_RED_MAX = 3
CONFIDENCE_GREEN = 7


def progress(kr: KeyResult, value: float | None = None) -> float | None:
    """How far ``value`` (default: the key result's current value) is from baseline to target.

    None when it cannot be told (no value, no target, or a metric without a baseline). A milestone
    without a baseline counts from 0. A key result whose target equals its baseline (a level to
    hold) is 1.0 while the value holds it and 0.0 otherwise.
    """
    value = kr.current if value is None else value
    if value is None or kr.target is None:
        return None
    baseline = kr.baseline
    if baseline is None:
        if kr.kind != "milestone":
            return None
        baseline = 0.0
    span = kr.target - baseline
    if span == 0:
        if kr.direction == "decrease":
            return 1.0 if value <= kr.target else 0.0
        if kr.direction == "increase":
            return 1.0 if value >= kr.target else 0.0
        return 1.0 if value == kr.target else 0.0
    return (value - baseline) / span


def clamp(share: float) -> float:
    """``share`` held between 0.0 and 1.0 (for bars and scores)."""
    return min(1.0, max(0.0, share))


def in_tenths(share: float) -> float:
    """A score rounded to the nearest tenth, halves up (0.65 -> 0.7), as trainers grade."""
    return math.floor(clamp(share) * 10 + 0.5 + 1e-9) / 10


def computed_score(kr: KeyResult) -> float | None:
    """The score the key result's progress gives (None when progress cannot be told)."""
    share = progress(kr)
    return None if share is None else in_tenths(share)


def score(kr: KeyResult) -> float | None:
    """The key result's quarter-end score: the team's own if set, else the computed one."""
    return kr.score if kr.score is not None else computed_score(kr)


def objective_score(board: Board, objective: Objective) -> float | None:
    """The mean score of an objective's scored key results, in hundredths (None if none is scored)."""
    return mean_score(board.key_results(objective.id))


def mean_score(key_results: Iterable[KeyResult]) -> float | None:
    """The mean of the key results' scores, in hundredths (those without a score left out)."""
    scores = [s for kr in key_results if (s := score(kr)) is not None]
    return round(math.fsum(scores) / len(scores), 2) if scores else None  # statistics.fmean, unloaded


def shown_objective_score(key_results: Iterable[KeyResult]) -> float | None:
    """The objective's score as the board shows it: only once one of its key results is scored."""
    found = list(key_results)
    return mean_score(found) if any(kr.score is not None for kr in found) else None


def score_band(value: float, kind: ObjectiveKind) -> Band:
    """The colour trainers give a score: 0.7 is the aspirational sweet spot, committed means 1.0."""
    value = round(value, 6)
    if kind == "committed":
        if value >= COMMITTED_GREEN:
            return "green"
        return "amber" if value >= ASPIRATIONAL_GREEN else "red"
    if value >= ASPIRATIONAL_GREEN:
        return "green"
    return "amber" if value >= ASPIRATIONAL_AMBER else "red"


def confidence_band(confidence: int) -> Band:
    """Red up to 3/10, amber from 4 to 6, green from 7."""
    if confidence <= CONFIDENCE_RED_MAX:
        return "red"
    return "green" if confidence >= CONFIDENCE_GREEN else "amber"


def latest_check_in(board: Board, key_result_id: str) -> CheckIn | None:
    """The most recent check-in of a key result (by date), or None."""
    found = board.check_ins(key_result_id)
    return found[-1] if found else None


def score_text(value: float, language: str) -> str:
    """A score as trainers write it: ``0,7`` / ``0.7``, ``0,65`` for an objective's mean, ``1,0``."""
    text = f"{value:.2f}"
    if text.endswith("0"):
        text = text[:-1]
    return text.replace(".", ",") if language == "fr" else text
