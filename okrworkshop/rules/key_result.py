"""Key-result rules: a key result is a measurable outcome, one measure, with a start and a target.

The card's structured fields count as much as its title: a key result with a target (or declared
a milestone) is measurable, and one with a baseline has a starting point, whatever the title says.
"""

from __future__ import annotations

from okrworkshop.model import KeyResult
from okrworkshop.rules.engine import Context, Hit, hit, rule
from okrworkshop.rules.text import features as f
from okrworkshop.rules.text.hedges import hedge
from okrworkshop.rules.text.states import is_binary
from okrworkshop.rules.text.upkeep import is_business_as_usual


@rule("kr-not-measurable")
def kr_not_measurable(ctx: Context, kr: KeyResult) -> Hit | None:
    """No figure, no target: nobody can tell whether it is met."""
    if kr.kind == "milestone" or kr.target is not None:
        return None
    text = ctx.text(kr)
    if text.empty or f.is_measurable(text):
        return None
    # A task or a yes/no state gets its own, more telling finding.
    if f.is_task(text) or f.is_kr_doing(text) or is_binary(text):
        return None
    return hit()


@rule("kr-is-task")
def kr_is_task(ctx: Context, kr: KeyResult) -> Hit | None:
    """Something to do ("Mettre en place un CRM", "Faire des ateliers") rather than a result to obtain."""
    text = ctx.text(kr)
    return hit() if f.is_task(text) or f.is_kr_doing(text) else None


@rule("kr-no-baseline")
def kr_no_baseline(ctx: Context, kr: KeyResult) -> Hit | None:
    """A target without a starting point ("Atteindre un NPS de 45": from where?)."""
    if kr.kind == "milestone" or kr.baseline is not None or kr.direction == "maintain":
        return None
    text = ctx.text(kr)
    if kr.target is None and not f.is_measurable(text):
        return None
    if f.has_baseline(text) or is_business_as_usual(text) or f.is_task(text) or f.is_activity_metric(text):
        return None
    bar = [q for q in text.metrics if not f.is_qualifier(text, q)]
    if bar and all(q.value == 0 or f.capped_count(text, q) for q in bar):
        return None  # "zéro accident", "moins de 2 pannes de plus d'une heure": a bar to stay under
    if bar and not f.led_by_change(text) and all(f.is_capped(text, q) for q in bar):
        return None  # "Moins de 3 % de retours", "Waiting time under 4 hours": a standard to hold
    return hit()


@rule("kr-activity-metric")
def kr_activity_metric(ctx: Context, kr: KeyResult) -> Hit | None:
    """Counting meetings, calls or articles measures effort, not results."""
    return hit() if f.is_activity_metric(ctx.text(kr)) else None


@rule("kr-binary")
def kr_binary(ctx: Context, kr: KeyResult) -> Hit | None:
    """Done / not done ("Site en ligne", "Obtenir la certification"), unless declared a milestone."""
    if kr.kind == "milestone" or kr.target is not None:
        return None
    text = ctx.text(kr)
    return hit() if is_binary(text) and not f.is_task(text) else None


@rule("kr-compound")
def kr_compound(ctx: Context, kr: KeyResult) -> Hit | None:
    """Two measures in one card ("NPS à 45 et churn à 3 %")."""
    return hit() if f.is_compound_key_result(ctx.text(kr)) else None


@rule("kr-hedged")
def kr_hedged(ctx: Context, kr: KeyResult) -> Hit | None:
    """ "Essayer d'atteindre…", "if possible": a key result is a commitment."""
    phrase = hedge(ctx.text(kr))
    return hit(phrase=phrase) if phrase else None
