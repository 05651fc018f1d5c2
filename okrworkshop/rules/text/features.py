"""What a coach reads in a title: a task, an activity, a yes/no state, a range, two goals in one…

Each predicate takes an :class:`~okrworkshop.rules.text.analysis.Analysis` and answers one question
the rules ask. They are heuristics: each one leans towards *not* flagging when a title could be
read both ways, so that a good card is not nagged.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.analysis import LEAD_SKIP, Analysis, Phrases, stem
from okrworkshop.rules.text.lexicon import words
from okrworkshop.rules.text.normalize import fold
from okrworkshop.rules.text.quantities import Quantity

F = TypeVar("F", bound=Callable[..., Any])


_MISSING = object()


def _memo(function: F) -> F:
    """Compute a feature once per analysis (rules ask the same questions about the same title)."""
    name = function.__name__

    @functools.wraps(function)
    def cached(a: Analysis) -> Any:
        # A miss is the rule on a fresh title: a lookup with a default, not a raised KeyError.
        value = a.cache.get(name, _MISSING)
        if value is _MISSING:
            value = a.cache[name] = function(a)
        return value

    return cached  # type: ignore[return-value]


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_DELIVERABLES = _folded(lx.DELIVERABLES) | _folded(lx.ROLES)
_ASPIRATIONAL = _folded(lx.ASPIRATIONAL)
_ACTIVITY_NOUNS = _folded(lx.ACTIVITY_NOUNS)
_VAGUE = _folded(lx.VAGUE_WORDS)
_GENERIC = _folded(lx.GENERIC_MEASURES)
#: Every phrase the features look for, searched in one pass per title.
_PHRASES = Phrases(
    tuple(
        (category, phrase)
        for category, phrases in (
            ("hedge", lx.HEDGES),
            ("bau", lx.BAU_PHRASES),
            ("routine", lx.ROUTINE_PHRASES),
            ("state", lx.STATE_PHRASES),
            ("target", lx.IMPLICIT_TARGETS),
        )
        for phrase in phrases
    )
)
_BINARY_OBJECTS = _folded(lx.BINARY_OBJECTS)
_BINARY_LEADS = words(
    "obtenir passer reussir decrocher get obtain pass achieve earn win secure receive recevoir"
)
#: Verb classes that make a card something to do rather than a result.
_DOING = frozenset({lx.TASK, lx.AMBIGUOUS, lx.ACTIVITY})
_BOUND_ENDS = frozenset(bound[-1] for bound in lx.UPPER_BOUNDS)
#: Ambiguous verbs that make their object (as opposed to gaining it: signer, obtenir, win, get).
_MAKING_VERBS = words(
    "creer construire developper realiser faire livrer ajouter ouvrir create build develop do make "
    "deliver add open"
)
_DELIVERABLE_LEADS = _BINARY_LEADS | {"ensure", "assurer", "garantir", "guarantee"}
_OBJECT_STOPS = words(
    "pour afin avec chez grace par en dans sur for to with by in on at through via so avant before , ; : ( -"
)
#: In French the object also ends at "à/au/aux" ("mettre le client au cœur de…"); in English
#: the folded "a" is the article.
_OBJECT_END_FR = _OBJECT_STOPS | {"a", "au", "aux"}
_MOTION_VERBS = frozenset({"move", "switch", "transition", "relocate"})
_ACTIVITY_MODIFIERS = words(
    "new nouveaux nouvelles nouveau nouvelle more additional supplementaires blog sales cold "
    "customer client clients commercial commerciales commerciaux prospect prospects internal "
    "internes weekly hebdomadaires mensuels monthly linkedin de d' of qualified qualifies "
    "qualifiees terrain video one-on-one team equipe partner partenaires partners outbound inbound "
    "social press presse"
)
_BASELINE_BEFORE = frozenset({"from", "vs", "versus", "contre", "depuis"})
_COMPLEMENT_PREPOSITIONS = words(
    "into in across to towards toward beyond abroad internationally dans en vers a au aux sur hors"
)
_PLACE_PREPOSITIONS = words("in into across abroad internationally worldwide globally overseas")
#: English words that are as often nouns as verbs ("support for users", "design and test plans").
_NOUN_LIKE_VERBS = words(
    "support help design plan test review release launch work lead map list post call demo survey "
    "audit study update upgrade record pilot offer drive run sign book host contact email visit "
    "interview pitch blog tweet train hire cut lift hit close drop save move land double triple "
    "halve build start present process market focus report change transform increase decrease "
    "boost return"
)
#: English verbs that are as often adjectives ("a fast, friendly and complete answer", "clean and
#: secure data"): a verb only with a determiner after it ("and complete the migration").
_ADJECTIVE_LIKE_VERBS = words(
    "complete clean secure open clear free close ready perfect correct direct smooth empty slow "
    "level right tidy calm warm cool dry narrow broad fit better lower double"
)
_VERSION = re.compile(r"^v\d+(?:[.,]\d+)?$")
_SUPERLATIVE_LEADS = frozenset({"le", "la", "les", "l'"})
_COORDINATORS = words("et and & ; ainsi while whilst tout as puis then plus")
_JOINERS = _COORDINATORS | {","}
_RIGHT_SKIP = words("de d' to also aussi en then puis que well as egalement")
_DETERMINERS = words(
    "le la les l' un une des du de d' nos notre leur leurs ses son sa ce cette ces the a an our "
    "their its his her your this these those all tous toutes"
)


@_memo
def _phrases(a: Analysis) -> dict[str, list[tuple[int, int]]]:
    """Where each category of phrase occurs in the title (one pass)."""
    return _PHRASES.scan(a.folds)


# ------------------------------------------------------------------------------------- the object
def object_words(a: Analysis, limit: int = 4) -> list[str]:
    """Up to ``limit`` words of the leading verb's direct object (before "pour", "for", a comma…)."""
    if a.lead is None:
        return []
    found: list[str] = []
    start = a.lead.after
    if a.lead.lemma in _MOTION_VERBS and start < len(a.tokens) and a.tokens[start].fold in ("to", "into"):
        start += 1  # "Move to a new office": the destination is what the card is about
    stops = _OBJECT_END_FR if a.lang == "fr" else _OBJECT_STOPS
    for token in a.tokens[start:]:
        if token.fold in stops:
            break
        if token.kind == "word" and token.fold not in lx.STOP_WORDS:
            found.append(token.fold)
            if len(found) == limit:
                break
    return found


@_memo
def has_deliverable_object(a: Analysis) -> bool:
    """The object is a thing one builds or a person one hires ("un tableau de bord", "a CTO", "la V2")."""
    return any(w in _DELIVERABLES or stem(w) in _DELIVERABLES or _VERSION.match(w) for w in object_words(a))


@_memo
def is_aspirational(a: Analysis) -> bool:
    """A superlative or an aspiration ("le meilleur", "inoubliable", "the best", "world-class")."""
    folds = a.folds
    if not _ASPIRATIONAL.isdisjoint(folds):
        return True
    return "plus" in folds and any(
        word == "plus" and i > 0 and folds[i - 1] in _SUPERLATIVE_LEADS for i, word in enumerate(folds)
    )


# ----------------------------------------------------------------------------------- quantities
@_memo
def bare_counts(a: Analysis) -> bool:
    """All figures are plain counts ("3 nouvelles offres"), no rate, money, time or percentage.

    A count with a ceiling is a quality bar, not an output ("moins de 2 bugs critiques par mise
    en production", "ship with zero critical bugs").
    """
    metrics = a.metrics
    return bool(metrics) and all(q.unit == "count" and not _capped(a, q) for q in metrics)


def _capped(a: Analysis, quantity: Quantity) -> bool:
    """The quantity is a ceiling ("moins de 3", "fewer than 2", "au plus 5", "< 2") or zero."""
    if quantity.value == 0:
        return True
    start = quantity.start
    if start == 0 or a.folds[start - 1] not in _BOUND_ENDS:
        return False
    before = a.folds[max(0, start - 3) : start]
    return any(tuple(before[len(before) - len(bound) :]) == bound for bound in lx.UPPER_BOUNDS)


def has_objective_metric(a: Analysis) -> list[Quantity]:
    """Figures in an objective ("zéro déchet" is a vision and "en 2 ans" a deadline, not figures)."""
    return [q for q in a.metrics if q.value != 0 and q.unit not in lx.CALENDAR_UNITS]


@_memo
def is_measurable(a: Analysis) -> bool:
    """The title states a figure, a rank or a threshold ("le point mort")."""
    return bool(a.measures) or bool(_phrases(a).get("target"))


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
            if connectors.isdisjoint(gap) or not _RANGE_GAP.issuperset(gap):
                continue
            arrow = "->" in gap or "=>" in gap
            if arrow or not lx.RANGE_STARTS.isdisjoint(folds[max(0, first.start - 2) : first.start]):
                found.append((first, second))
    a.cache["ranges"] = found
    return found


#: What may stand between the two ends of a range.
_RANGE_GAP = lx.RANGE_CONNECTORS | lx.RANGE_FILLERS


@_memo
def range_ends(a: Analysis) -> list[tuple[Quantity, Quantity, float, float]]:
    """Each range with its two ends made comparable (see :func:`range_values`)."""
    found: list[tuple[Quantity, Quantity, float, float]] = []
    for start, end in ranges(a):
        before, after = range_values(start, end)
        found.append((start, end, before, after))
    return found


@_memo
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
    if start_unit == "count" and end_unit != "count":
        start_unit = end_unit
    elif end_unit == "count" and start_unit != "count":
        end_unit = start_unit
    scale = lx.DURATION_MINUTES
    return start.value * scale.get(start_unit, 1.0), end.value * scale.get(end_unit, 1.0)


@_memo
def has_baseline(a: Analysis) -> bool:
    """The title says where the measure starts ("de 32 à 45", "aujourd'hui 32", "vs 2026")."""
    if not lx.BASELINE_MARKERS.isdisjoint(a.words) or ranges(a):
        return True
    # "(up from 120)", "vs 32", "contre 40": a figure introduced as the starting point.
    folds = a.folds
    return any(q.start > 0 and folds[q.start - 1] in _BASELINE_BEFORE for q in a.metrics)


# ------------------------------------------------------------------------------- leading verb
@_memo
def is_task(a: Analysis) -> bool:
    """The title is a project, deliverable or activity to do, not a result to obtain."""
    lead = a.lead
    if lead is None:
        # "Carte déployée dans les 12 magasins", "200 salariés formés": outputs counted.
        return bare_counts(a) and _task_participle(a)
    if lead.noun:
        return not is_aspirational(a)
    cls = lead.cls
    if cls not in _DOING:
        return False  # led by an outcome, an intention, a routine or a state
    if lead.perfect:
        return True  # "Avoir lancé…", "Have shipped…"
    if is_aspirational(a) and not (cls == lx.TASK and has_deliverable_object(a)):
        # "Build the best browser", "Produire le meilleur pain de la ville": an aspiration. A
        # project verb on a deliverable stays a project ("Launch an awesome MVP").
        return False
    if cls == lx.TASK:
        # "Lancer 3 offres" counts outputs; "Former 100 % des managers" states a coverage rate;
        # "Write 30 articles" is an activity count (its own finding).
        return not a.metrics or (bare_counts(a) and not is_activity_metric(a))
    if cls == lx.AMBIGUOUS:
        # "Créer un tableau de bord"; "Réaliser 3 études", "Build 5 dashboards" count what is made
        # (signing or winning 25 accounts counts what is gained: an outcome).
        made = not a.metrics or (lead.lemma in _MAKING_VERBS and bare_counts(a) and not is_activity_metric(a))
        return made and has_deliverable_object(a) and not _transforms(a)
    if cls == lx.ACTIVITY:
        return not a.metrics
    return False


@_memo
def _task_participle(a: Analysis) -> bool:
    """A project verb's past participle after the first word ("site lancé", "CRM deployed")."""
    participles = verbs.TASK_PARTICIPLES[a.lang]
    return not participles.isdisjoint(a.words[1:])


@_memo
def is_deliverable_objective(a: Analysis) -> bool:
    """An objective that is a yes/no deliverable ("Obtenir la certification", "Ensure GDPR compliance")."""
    lead = a.lead
    if lead is None or lead.noun or lead.lemma not in _DELIVERABLE_LEADS:
        return False
    return any(w in _BINARY_OBJECTS for w in object_words(a))


def _transforms(a: Analysis) -> bool:
    """ "Faire de l'agence un lieu…", "Make our platform trusted…": turning something into something."""
    lead = a.lead
    if lead is None or lead.lemma not in ("faire", "make", "rendre"):
        return False
    nxt = a.tokens[lead.after].fold if lead.after < len(a.tokens) else ""
    if lead.lemma == "faire":
        return nxt in ("de", "d'", "du", "des")
    return nxt not in ("a", "an", "the")


@_memo
def is_activity_metric(a: Analysis) -> bool:
    """A count of activities or inputs ("50 appels par semaine", "publish 10 blog posts")."""
    counts = [q for q in a.metrics if q.unit == "count"]
    if not counts:
        return False
    if a.lead is not None and a.lead.cls == lx.ACTIVITY and not a.lead.noun:
        return True
    tokens = a.tokens
    for quantity in counts:
        skipped: list[str] = []
        for index in range(quantity.end, min(len(tokens), quantity.end + 4)):
            word = tokens[index].fold
            if word in lx.VISIT_NOUNS:
                # "20 visites clients", "30 customer visits" are field work; "45k visits" is traffic.
                following = tokens[index + 1].fold if index + 1 < len(tokens) else ""
                if following in lx.FIELD_VISIT_WORDS or any(w in lx.FIELD_VISIT_WORDS for w in skipped):
                    return True
                break
            if word in _ACTIVITY_NOUNS:
                return True
            if word in _ACTIVITY_MODIFIERS and len(skipped) < 2:
                skipped.append(word)
                continue
            break
    return False


@_memo
def is_binary(a: Analysis) -> bool:
    """A yes/no state rather than a level ("Site en ligne", "Obtenir la certification ISO")."""
    if a.measures:
        return False
    lead = a.lead
    if lead is not None and not lead.noun:
        if lead.lemma in _BINARY_LEADS and any(w in _BINARY_OBJECTS for w in object_words(a)):
            return True
        if lead.cls == lx.STATE:
            return lead.perfect or any(start >= lead.after for start, _ in _phrases(a).get("state", ()))
        return False
    if lead is not None:
        return False
    if _phrases(a).get("state"):
        return True
    for token in a.tokens[1:]:
        found = verbs.lookup(token.fold, a.lang)
        if found is not None and found.form == verbs.PP and found.cls in (lx.TASK, lx.AMBIGUOUS, lx.ACTIVITY):
            return True
    return False


@_memo
def is_business_as_usual(a: Analysis) -> bool:
    """Keeping things as they are ("Maintenir…", "Continuer à…", "keep the lights on")."""
    phrases = _phrases(a)
    if phrases.get("bau"):
        return True
    lead = a.lead
    if phrases.get("routine") and (
        lead is None or lead.noun or lead.cls in _ROUTINE_LEADS or lead.lemma in ("assurer", "ensure")
    ):
        return True
    return lead is not None and lead.cls == lx.BAU and lead.lemma not in ("assurer", "ensure")


#: Leads that keep a routine phrase routine ("Gérer les demandes au quotidien").
_ROUTINE_LEADS = frozenset({lx.BAU, lx.ACTIVITY})


@_memo
def is_vague(a: Analysis) -> bool:
    """A slogan with nothing concrete in it ("Être les meilleurs", "Do great things", "Croître")."""
    lead = a.lead
    if lead is not None and lead.cls in (lx.TASK, lx.ACTIVITY, lx.BAU):
        return False
    if lead is not None and lead.cls == lx.AMBIGUOUS and has_deliverable_object(a):
        return False
    start = lead.after if lead is not None and not lead.noun else 0
    content = [
        t.fold
        for t in a.tokens[start:]
        if t.kind == "word" and t.fold not in lx.STOP_WORDS and len(t.fold) > 1
    ]
    if lead is None and not content:
        return False
    if all(w in _VAGUE or stem(w) in _VAGUE for w in content):
        return True
    # "Reduce costs", "Augmenter le chiffre d'affaires": a verb and one generic measure.
    return (
        lead is not None
        and not lead.noun
        and not a.metrics
        and len(content) <= 2
        and all(w in _GENERIC or stem(w) in _GENERIC or w in _VAGUE for w in content)
    )


@_memo
def hedge(a: Analysis) -> str | None:
    """The words that hedge a commitment ("essayer", "si possible", "try", "hopefully"), if any."""
    for start, end in _phrases(a).get("hedge", ()):
        if a.folds[start] in lx.HEDGE_VERBS and not _hedging_verb(a, start):
            continue
        return _as_written(a, start, end)
    return None


_HEDGE_COMPLEMENTS = frozenset({"to", "de", "d'", "and"})


def _hedging_verb(a: Analysis, i: int) -> bool:
    """ "Try to…", "essayer d'…", or the verb the card opens with ("Try harder…", "We will try…")."""
    tokens = a.tokens
    if i + 1 < len(tokens) and tokens[i + 1].fold in _HEDGE_COMPLEMENTS:
        return True
    return all(t.kind == "sym" or t.fold in LEAD_SKIP for t in tokens[:i])


def quoted(a: Analysis, quantity: Quantity) -> str:
    """The words of the title that make up a quantity, as written ("20 %", "12 k€", "doubler")."""
    return _as_written(a, quantity.start, quantity.end)


def _as_written(a: Analysis, start: int, end: int) -> str:
    parts = [re.escape(t.text) for t in a.tokens[start:end]]
    found = re.search(r"\s*".join(parts), a.clean) if parts else None
    return found.group() if found else " ".join(t.text for t in a.tokens[start:end])


@_memo
def is_compound_objective(a: Analysis) -> bool:
    """Two goals in one objective: a second verb after "et/and" ("Augmenter X et réduire Y")."""
    return _compound(a, measures=False)


@_memo
def is_compound_key_result(a: Analysis) -> bool:
    """Two measures in one key result: a second verb, or a figure on each side of "et/and"."""
    return _compound(a, measures=True)


def _compound(a: Analysis, *, measures: bool) -> bool:
    if _JOINERS.isdisjoint(a.folds):
        return False  # no "et", "and", ";" or comma: one goal, one measure
    tokens = a.tokens
    lead = a.lead
    for c, token in enumerate(tokens):
        word = token.fold
        if word not in _COORDINATORS and word != ",":
            continue
        if word == "tout" and (c + 1 >= len(tokens) or tokens[c + 1].fold != "en"):
            continue
        if word == "plus" and a.lang != "en":
            continue
        if _in_interval(a, c) or (word != "," and _in_relative_clause(a, c)):
            continue
        if (
            lead is not None
            and not lead.noun
            and c > lead.after
            and _verb_clause_after(a, c, comma=word == ",")
            and any(t.kind == "word" and t.fold not in lx.STOP_WORDS for t in tokens[lead.after : c])
        ):
            return True
        if measures and word != ",":
            left = any(q.end <= c for q in a.metrics)
            right = [q for q in a.metrics if q.start > c]
            if left and right and not _joins_range(a, c):
                return True
    return False


def _in_interval(a: Analysis, c: int) -> bool:
    """ "entre 3 et 5", "between 3 and 5": one band, not two measures."""
    before = [t.fold for t in a.tokens[max(0, c - 4) : c]]
    return "entre" in before or "between" in before


_RELATIVE_PRONOUNS = words("who whom whose which that qui que qu' dont")
#: What ends a relative clause before a coordinator.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "-", "->", "=>"})


def _in_relative_clause(a: Analysis, c: int) -> bool:
    """The coordinator at ``c`` sits in a relative clause that describes what is measured.

    "the share of participants who then do their paperwork alone", "users who sign up and
    complete onboarding", "les inscrits qui suivent la formation puis passent l'examen": the
    verbs after "who/qui" say *which* people are counted; they are one measure, not two goals.
    The pronoun must follow at least one word of the lead's object ("Ensure that…" opens no clause).
    """
    lead = a.lead
    first = lead.after + 1 if lead is not None and not lead.noun else 1
    folds = a.folds
    for r in range(c - 1, first - 1, -1):
        word = folds[r]
        if word in _CLAUSE_BREAKS:
            return False
        if word in _RELATIVE_PRONOUNS:
            return True
    return False


def _joins_range(a: Analysis, c: int) -> bool:
    return any(first.end <= c < second.start for first, second in ranges(a))


def _verb_clause_after(a: Analysis, c: int, *, comma: bool) -> bool:
    tokens = a.tokens
    j = c + 1
    while j < len(tokens) and tokens[j].fold in _RIGHT_SKIP:
        j += 1
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    found = verbs.lookup(tokens[j].fold, a.lang)
    if found is None or found.cls == lx.STATE:
        return False
    allowed = (verbs.INF,) if comma else (verbs.INF, verbs.IMP, verbs.GER)
    if found.form not in allowed:
        return False
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if a.lang == "en" and tokens[j].fold in _ADJECTIVE_LIKE_VERBS:
        return nxt.fold in _DETERMINERS
    # A verb has its own object: "et réduire les coûts"; "and support for users" is a noun.
    if nxt.fold in _DETERMINERS or (
        nxt.kind in ("word", "num") and nxt.fold not in _OBJECT_STOPS and nxt.fold not in lx.STOP_WORDS
    ):
        return True
    # "and expand into Germany", "and launch in Canada": a verb with a place complement. A word
    # that is as often a noun ("and support for users") only counts before a place.
    if a.lang == "en" and tokens[j].fold in _NOUN_LIKE_VERBS:
        return nxt.fold in _PLACE_PREPOSITIONS
    return nxt.fold in _COMPLEMENT_PREPOSITIONS
