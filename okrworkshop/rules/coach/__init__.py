"""The coach: for the flaws a team can fix by rewording, a suggested rewrite of the card.

:func:`suggest` is called by the checker for each finding of a coached rule (:data:`COACHED`). The
rewrite is in the card's language (the workshop's unless the card is plainly in the other one),
reuses the card's own words and shows ``_`` where the team has to choose a figure or a measure. It
is never the card's own text. An objective with a figure gets two texts: the objective without the
figure, and a key result that carries it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from okrworkshop.rules.coach import figures as f
from okrworkshop.rules.coach import templates as t
from okrworkshop.rules.coach.phrases import unhedged
from okrworkshop.rules.text import Analysis, analyze, fold, stem

BLANK = f.BLANK
_COMMA_SPACE = re.compile(r" ([,.])(?=\s|$)")


class Rewrite(NamedTuple):
    """What the coach proposes: the card's new title, and for an objective with a figure, the key
    result that takes the figure over."""

    title: str
    key_result: str | None = None


def _task(a: Analysis, lang: str, target: float | None) -> Rewrite:
    return Rewrite(t.task_key_result(a, lang))


def _objective_task(a: Analysis, lang: str, target: float | None) -> Rewrite:
    return Rewrite(t.task_objective(a, lang))


def _not_measurable(a: Analysis, lang: str, target: float | None) -> Rewrite:
    return Rewrite(t.not_measurable(a, lang))


def _no_baseline(a: Analysis, lang: str, target: float | None) -> Rewrite:
    return Rewrite(f.no_baseline(a, lang, target))


def _activity(a: Analysis, lang: str, target: float | None) -> Rewrite:
    return Rewrite(t.activity_key_result(a, lang))


def _metric_objective(a: Analysis, lang: str, target: float | None) -> Rewrite:
    objective, key_result = f.metric_objective(a, lang)
    return Rewrite(objective, key_result)


_TEMPLATES: dict[str, Callable[[Analysis, str, float | None], Rewrite]] = {
    "kr-is-task": _task,
    "objective-is-task": _objective_task,
    "kr-not-measurable": _not_measurable,
    "kr-no-baseline": _no_baseline,
    "kr-activity-metric": _activity,
    "objective-has-metric": _metric_objective,
}
#: The rules whose findings carry a rewrite.
COACHED = frozenset(_TEMPLATES)


def _same(a: str, b: str) -> bool:
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def suggest(rule_id: str, a: Analysis, *, target: float | None = None) -> Rewrite | None:
    """The coach's rewrite of a card flagged by ``rule_id`` (None for other rules, an empty card,
    or when the only rewrite found would be the card itself)."""
    template = _TEMPLATES.get(rule_id)
    if template is None or a.empty:
        return None
    # The analysis is shared by every check of the same title: keep the rewrite with it.
    key = f"coach:{rule_id}:{target!r}"
    if key in a.cache:
        return a.cache[key]  # type: ignore[no-any-return]
    lang = a.lang if a.lang in ("fr", "en") else "fr"
    # A rewrite commits: it leaves out "try to", "si possible"… (the hedged rule says why).
    found = template(unhedged(a), lang, target)
    title = _COMMA_SPACE.sub(r"\1", " ".join(found.title.split()))
    key_result = " ".join(found.key_result.split()) if found.key_result else None
    rewrite = None if not title or _same(title, a.raw) else Rewrite(title, key_result)
    a.cache[key] = rewrite
    return rewrite


def reuse(card: Analysis, rewrite: str) -> float | None:
    """Share of the card's own content words found again in ``rewrite`` (accents, case, plural
    ignored), not counting the leading verb (the coach replaces it on purpose) nor figures.
    None when the card has no such word to reuse ("Lancer")."""
    lead = card.lead.lemma if card.lead is not None else ""
    own = {w for w in card.content_stems() if not w.startswith("#") and w != lead and fold(w) != lead}
    if card.lead is not None and not card.lead.noun:
        verb_words = {t.fold for t in card.tokens[: card.lead.after]}
        own -= {stem(w) for w in verb_words}
    if not own:
        return None
    again = analyze(rewrite, card.lang).content_stems()
    return len(own & again) / len(own)
