"""Business as usual: keeping things as they are ("Maintenir…", "Assurer la maintenance…",
"keep the lights on"), as opposed to keeping customers or one's word, which are results.
"""

from __future__ import annotations

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.analysis import Analysis, stem
from okrworkshop.rules.text.features import _KEPT, _phrases, object_words
from okrworkshop.rules.text.lexicon import OBJECT_STOPS, words
from okrworkshop.rules.text.memo import memo as _memo
from okrworkshop.rules.text.normalize import fold

_BAU_NOUNS = frozenset(fold(w) for w in lx.BAU_NOUNS)
_PEOPLE = frozenset(fold(w) for w in lx.PEOPLE)
#: States people are kept in ("Keep our users happy"): keeping a mood is not retention.
_STATES = words("happy satisfied informed content contents heureux heureuses satisfaits satisfaites informes")
_BEYOND = frozenset({"au-dela", "beyond", "past", "longer", "longtemps"})


@_memo
def is_business_as_usual(a: Analysis) -> bool:
    """Keeping things as they are ("Maintenir…", "Continuer à…", "keep the lights on")."""
    phrases = _phrases(a)
    if phrases.get("bau"):
        return True
    lead = a.lead
    routine = phrases.get("routine") or phrases.get("usual")
    if routine and (
        (lead is None and not _clause_before(a, routine[0][0]))
        or (lead is not None and (lead.noun or lead.cls in _ROUTINE_LEADS or lead.lemma in _KEEPING_LEADS))
    ):
        return True
    if lead is not None and lead.lemma in ("assurer", "ensure", "garantir", "guarantee") and not lead.noun:
        # "Assurer la maintenance de la plateforme": keeping it running, said with a noun; not
        # when a clause says what it should become ("Assurer un support qui donne envie de revenir").
        kept = any(w in _BAU_NOUNS for w in object_words(a, limit=2)) or _routine_frequency(a)
        return kept and not _describes_a_change(a)
    if lead is not None and lead.cls == lx.BAU and any(w in _KEPT for w in object_words(a, 2)):
        return False  # "Keep our delivery promises": keeping one's word is a result
    if lead is not None and lead.cls == lx.BAU and _keeps_people(a):
        return False  # "Garder nos adhérents": retention is an outcome ("Keep our customers happy" is not)
    return lead is not None and lead.cls == lx.BAU


_RELATIVES = words("qui que qu' that which who feels feel seems looks")


#: How often a routine comes back ("tous les matins", "chaque semaine", "every night", "daily").
_FREQUENCY_UNITS = words(
    "jours matins soirs nuits semaines jour matin soir nuit semaine day morning evening night week "
    "days mornings evenings nights weeks"
)
_FREQUENCY_WORDS = words("daily nightly weekly quotidiennement")


def _routine_frequency(a: Analysis) -> bool:
    """ "Assurer le damage des pistes *tous les matins*", "Ensure the gates are checked *every
    night*": keeping a routine going at its usual rhythm."""
    folds = a.folds
    if not _FREQUENCY_WORDS.isdisjoint(folds):
        return True
    for i in range(1, len(folds)):
        if folds[i] in _FREQUENCY_UNITS and (
            folds[i - 1] in ("chaque", "every", "each") or (i > 1 and folds[i - 2 : i] == ["tous", "les"])
        ):
            return True
    return False


def _clause_before(a: Analysis, end: int) -> bool:
    """A clause before the routine phrase of a verbless card ("*Que* chaque résident se sente chez
    lui au quotidien", "Des parents *qui* suivent les devoirs au quotidien"): the phrase says when
    the aimed state holds, not that a service runs."""
    return not _RELATIVES.isdisjoint(a.folds[:end])


def _describes_a_change(a: Analysis) -> bool:
    """A relative clause or a second verb after the lead's object ("support *that* members
    praise", "support *feels* personal"): the card states what the thing should become."""
    assert a.lead is not None
    for i in range(a.lead.after + 1, len(a.tokens)):
        fold_ = a.tokens[i].fold
        if fold_ in _RELATIVES:
            return True
        found = verbs.lookup(fold_, a.lang)
        if a.lang == "en" and found is not None and found.form != verbs.INF and found.cls != lx.STATE:
            return True
    return False


#: Verbs that promise things keep going ("Assurer l'accueil aux horaires habituels").
_KEEPING_LEADS = frozenset({"assurer", "ensure", "garantir", "guarantee"})
#: Leads that keep a routine phrase routine ("Gérer les demandes au quotidien").
_ROUTINE_LEADS = frozenset({lx.BAU, lx.ACTIVITY})


def _keeps_people(a: Analysis) -> bool:
    """ "Garder nos adhérents (au-delà de janvier)", "Keep our best engineers": the object is people,
    followed by nothing or by when (not by a state: "Keep our users happy")."""
    lead = a.lead
    assert lead is not None
    tokens = a.tokens
    i = lead.after
    while i < len(tokens) and (tokens[i].fold in lx.STOP_WORDS or tokens[i].fold in _QUALIFIERS):
        i += 1
    if i >= len(tokens) or (tokens[i].fold not in _PEOPLE and stem(tokens[i].fold) not in _PEOPLE):
        return False
    nxt = tokens[i + 1].fold if i + 1 < len(tokens) else ""
    if nxt in ("du", "de", "d'", "des", "of"):
        # "Garder mes élèves du soir d'un trimestre à l'autre": which people, then when
        return not any(t.fold in _STATES for t in tokens[i + 1 :])
    return nxt == "" or nxt in _BEYOND or nxt in OBJECT_STOPS or nxt in lx.PERIOD_WORDS or nxt in _AFTER


_QUALIFIERS = words("best meilleurs meilleures top key cles fideles loyal")
_AFTER = words("apres after until jusqu' jusqu longer")
