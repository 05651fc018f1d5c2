"""Structure rules: counts, owners, period, duplicates, alignment, targets and confidence.

Each rule is one function registered under its catalogue id; it returns :func:`hit` with the
parameters its message names, or None.
"""

from __future__ import annotations

import functools
import math

from okrworkshop.model import KeyResult, Objective, Team, Workshop
from okrworkshop.rules.engine import Context, Hit, hit, rule
from okrworkshop.rules.text import fold
from okrworkshop.rules.text.features import is_compound_key_result, quoted
from okrworkshop.rules.text.lexicon import COMMITTEE_OWNERS
from okrworkshop.rules.text.ranges import flat_range, range_ends
from okrworkshop.rules.text.upkeep import is_business_as_usual
from okrworkshop.rules.text.verb_lexicon import DOWN_VERBS, UP_VERBS

#: The direction as the card's "Direction" field names it on screen (the inspector's choices).
_DIRECTION_WORDS = {
    "increase": {"fr": "Augmenter", "en": "Increase"},
    "decrease": {"fr": "Diminuer", "en": "Decrease"},
    "maintain": {"fr": "Maintenir", "en": "Maintain"},
}
#: Words that make an owner a group: "Équipe marketing", "Marketing team".
_GROUP_FIRST = frozenset({"equipe", "team", "comite", "committee", "service", "direction", "pole", "cellule"})
_GROUP_LAST = frozenset({"team", "committee", "department", "group", "board", "squad"})
#: What separates several names in one owner field ("Léa et Tom", "Léa/Tom", "Léa, Tom").
_OWNER_SEPARATORS = (" et ", " and ", "/", ",", "&", "+", ";")


@rule("too-many-objectives")
def too_many_objectives(ctx: Context, team: Team) -> Hit | None:
    """Few objectives: focus (Doerr: "less is more")."""
    count = len(ctx.objectives(team.id))
    limit = ctx.threshold("max_objectives")
    return hit(count=count, max=limit) if count > limit else None


@rule("objective-without-key-results")
def objective_without_key_results(ctx: Context, objective: Objective) -> Hit | None:
    """An objective nobody can measure yet: at least as serious as too few key results."""
    if ctx.key_results(objective.id):
        return None
    return hit(min=ctx.threshold("min_key_results"), max=ctx.threshold("max_key_results"))


@rule("too-few-key-results")
def too_few_key_results(ctx: Context, objective: Objective) -> Hit | None:
    """One key result alone rarely captures an objective."""
    count = len(ctx.key_results(objective.id))
    minimum = ctx.threshold("min_key_results")
    return hit(count=count, min=minimum) if 0 < count < minimum else None


@rule("too-many-key-results")
def too_many_key_results(ctx: Context, objective: Objective) -> Hit | None:
    """Beyond a handful of key results the objective gets diluted."""
    count = len(ctx.key_results(objective.id))
    limit = ctx.threshold("max_key_results")
    return hit(count=count, max=limit) if count > limit else None


@rule("too-many-team-key-results")
def too_many_team_key_results(ctx: Context, team: Team) -> Hit | None:
    """What one team can follow up every week."""
    count = sum(len(ctx.key_results(o.id)) for o in ctx.objectives(team.id))
    limit = ctx.threshold("max_team_key_results")
    return hit(count=count, max=limit) if count > limit else None


@rule("missing-owner")
def missing_owner(ctx: Context, card: Objective | KeyResult) -> Hit | None:
    """Every objective and key result has someone who reports on it."""
    return hit() if not card.owner.strip() and card.title.strip() else None


@functools.lru_cache(maxsize=4096)
def is_group(owner: str) -> bool:
    """An owner that is a group ("Comité de direction", "Tous") or several people ("Léa et Tom")."""
    folded = " ".join(fold(owner).split())
    words = folded.split(" ")
    if folded in COMMITTEE_OWNERS or words[0] in _GROUP_FIRST or words[-1] in _GROUP_LAST:
        return True
    padded = f" {folded} "
    return any(sep in padded for sep in _OWNER_SEPARATORS)


@rule("owner-is-committee")
def owner_is_committee(ctx: Context, card: Objective | KeyResult) -> Hit | None:
    """One accountable person, not a group or a list of names."""
    owner = card.owner.strip()
    return hit(owner=owner) if owner and is_group(owner) else None


@rule("missing-period")
def missing_period(ctx: Context, workshop: Workshop) -> Hit | None:
    """OKRs are time-bound."""
    return None if workshop.period.strip() else hit()


@rule("duplicate-card")
def duplicate_card(ctx: Context, card: Objective | KeyResult) -> Hit | None:
    """Near-identical cards anywhere in the workshop (accents, case, stop words, plurals ignored)."""
    first = ctx.duplicates.first_other(card.id)
    if first is None:
        return None
    other = ctx.board.get(first)
    assert isinstance(other, (Objective, KeyResult))
    return hit(other=other.title.strip())


@rule("duplicate-team-name")
def duplicate_team_name(ctx: Context, team: Team) -> Hit | None:
    """Two lanes with the same name make alignment and posters ambiguous."""
    return hit(name=team.name) if ctx.same_name_teams(team) else None


@rule("objective-unaligned")
def objective_unaligned(ctx: Context, objective: Objective) -> Hit | None:
    """In a multi-level workshop, a sub-team's objective says what it contributes to."""
    team = ctx.board.find(objective.team_id)
    if not isinstance(team, Team) or team.parent_id is None or objective.aligned_to is not None:
        return None
    parent = ctx.board.find(team.parent_id)
    return hit(parent=parent.name if isinstance(parent, Team) else "")


@rule("alignment-not-to-parent")
def alignment_not_to_parent(ctx: Context, objective: Objective) -> Hit | None:
    """Alignment goes up the organisation, to a parent (or grand-parent) team."""
    target = ctx.board.find(objective.aligned_to)
    if target is None:
        return None
    target_team = ctx.board.team_of(target.id)
    team = ctx.board.find(objective.team_id)
    ancestors: set[str] = set()
    while isinstance(team, Team) and team.parent_id is not None and team.parent_id not in ancestors:
        ancestors.add(team.parent_id)
        team = ctx.board.find(team.parent_id)
    if target_team is None or target_team.id in ancestors:
        return None
    title = getattr(target, "title", "")
    return hit(target=title.strip())


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


@rule("kr-target-equals-baseline")
def kr_target_equals_baseline(ctx: Context, kr: KeyResult) -> Hit | None:
    """A key result whose target is where it starts asks for nothing (unless it is a "maintain")."""
    if kr.direction == "maintain":
        return None
    if kr.baseline is not None and kr.target is not None:
        return hit(target=kr.target) if _equal(kr.baseline, kr.target) else None
    if kr.baseline is None and kr.target is None:
        text = ctx.text(kr)
        end = flat_range(text)
        if end is not None and not is_business_as_usual(text):
            return hit(target=quoted(text, end))
    return None


@rule("kr-target-contradicts-direction")
def kr_target_contradicts_direction(ctx: Context, kr: KeyResult) -> Hit | None:
    """ "Réduire de 3 % à 5 %": the target goes the wrong way."""
    if kr.baseline is not None and kr.target is not None:
        wrong = (kr.direction == "increase" and kr.target < kr.baseline) or (
            kr.direction == "decrease" and kr.target > kr.baseline
        )
        if wrong:
            return hit(target=kr.target, baseline=kr.baseline, direction=_DIRECTION_WORDS[kr.direction])
        return None
    text = ctx.text(kr)
    lead = text.lead
    if lead is None or not (lead.lemma in UP_VERBS or lead.lemma in DOWN_VERBS):
        return None
    ends = range_ends(text)
    if len(ends) > 1 and is_compound_key_result(text):
        # "Augmenter X de 20 à 40 et réduire Y de 5 % à 3 %": the lead verb owns the first range only.
        ends = ends[:1]
    for start, end, before, after in ends:
        if lead.lemma in UP_VERBS and after < before:
            return hit(
                target=quoted(text, end), baseline=quoted(text, start), direction=_DIRECTION_WORDS["increase"]
            )
        if lead.lemma in DOWN_VERBS and after > before:
            return hit(
                target=quoted(text, end), baseline=quoted(text, start), direction=_DIRECTION_WORDS["decrease"]
            )
    return None


def _mean_confidence(ctx: Context, objective: Objective) -> float | None:
    rated = [kr.confidence for kr in ctx.key_results(objective.id) if kr.confidence is not None]
    return math.fsum(rated) / len(rated) if len(rated) >= 2 else None  # statistics.fmean, unloaded


@rule("confidence-sandbagging")
def confidence_sandbagging(ctx: Context, objective: Objective) -> Hit | None:
    """An aspirational objective everyone is sure to reach is not aspirational."""
    if objective.kind != "aspirational":
        return None
    mean = _mean_confidence(ctx, objective)
    if mean is None or mean < ctx.threshold("sandbagging_confidence"):
        return None
    return hit(mean=round(mean, 1))


@rule("confidence-too-low")
def confidence_too_low(ctx: Context, objective: Objective) -> Hit | None:
    """Key results nobody believes in."""
    mean = _mean_confidence(ctx, objective)
    if mean is None or mean > ctx.threshold("low_confidence"):
        return None
    return hit(mean=round(mean, 1))


@rule("empty-title")
def empty_title(ctx: Context, card: Objective | KeyResult) -> Hit | None:
    """A card with no text yet."""
    return None if card.title.strip() else hit()
