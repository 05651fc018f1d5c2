"""Objective rules: an objective is short, qualitative, inspiring, one focus, a change to make.

These read the title only (through :meth:`Context.text`); they warn and explain, and lean towards
silence when a title could be read both ways.
"""

from __future__ import annotations

from okrworkshop.model import Objective
from okrworkshop.rules.engine import Context, Hit, hit, rule
from okrworkshop.rules.text import features as f
from okrworkshop.rules.text.hedges import hedge
from okrworkshop.rules.text.upkeep import is_business_as_usual


@rule("objective-has-metric")
def objective_has_metric(ctx: Context, objective: Objective) -> Hit | None:
    """Figures belong to key results ("Augmenter le CA de 20 %" is a key result in disguise)."""
    text = ctx.text(objective)
    figures = f.has_objective_metric(text)
    return hit(figure=f.quoted(text, figures[0])) if figures else None


@rule("objective-is-task")
def objective_is_task(ctx: Context, objective: Objective) -> Hit | None:
    """A project or deliverable ("Lancer le nouveau site") instead of the change it should bring."""
    text = ctx.text(objective)
    return hit() if f.is_task(text) or f.is_deliverable_objective(text) else None


@rule("objective-too-long")
def objective_too_long(ctx: Context, objective: Objective) -> Hit | None:
    """An objective the team cannot repeat by heart."""
    count = ctx.text(objective).word_count
    limit = ctx.threshold("max_objective_words")
    return hit(count=count, max=limit) if count > limit else None


@rule("objective-vague")
def objective_vague(ctx: Context, objective: Objective) -> Hit | None:
    """A slogan made only of generic words ("Être les meilleurs", "Do great things")."""
    return hit() if f.is_vague(ctx.text(objective)) else None


@rule("objective-business-as-usual")
def objective_business_as_usual(ctx: Context, objective: Objective) -> Hit | None:
    """Keeping things running ("Maintenir…", "Continuer à…") is not an objective."""
    return hit() if is_business_as_usual(ctx.text(objective)) else None


@rule("objective-compound")
def objective_compound(ctx: Context, objective: Objective) -> Hit | None:
    """Two goals joined by "et"/"and" ("Augmenter les ventes et réduire les coûts")."""
    return hit() if f.is_compound_objective(ctx.text(objective)) else None


@rule("objective-hedged")
def objective_hedged(ctx: Context, objective: Objective) -> Hit | None:
    """ "Essayer de…", "si possible": an objective commits."""
    phrase = hedge(ctx.text(objective))
    return hit(phrase=phrase) if phrase else None
