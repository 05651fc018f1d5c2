"""Objectives that name a topic instead of an aim ("Communication et plaidoyer", "Digital services")
or say "to be" with nothing but a comparative ("Être plus pro"): the grammar of a slogan."""

from __future__ import annotations

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.analysis import Analysis, topic_end
from okrworkshop.rules.text.lexicon import words

#: Words that open a verbless title that states something ("Des bus à l'heure", "Que chaque client…").
_STATEMENT_OPENERS = words(
    "le la les l' un une des du de d' the a an our notre nos votre vos their ce cette ces chaque "
    "tous toutes all each every que qu' that let"
)
DETERMINER_AFTER_VERB = words(
    "le la les l' un une des du d' nos notre vos votre leur leurs the a an our your their"
)
#: A modal says what someone can or will do ("numbers franchisees *can* trust"): a statement,
#: even when the clause has no "that".
_MODALS = words("can could will would must may might peut peuvent pourront pourra puisse puissent")
_COMPLEMENTS = words("de du des d' of for pour in en a au aux with avec among aupres dans chez on sur")


def is_heading(a: Analysis) -> bool:
    """A verbless title that names a topic: one to four content words, no figure, no determiner or
    "que" opening a statement, no verb (known, or unknown but followed by a determiner: "Fiabiliser
    nos livraisons"), and none of the words that state a result ("sans", "zéro", "plus", "ravis")."""
    if a.measures:
        return False
    lead = a.lead
    if lead is not None and not (lead.noun and lead.after >= len(a.tokens)):
        return False  # a verb, or a task noun with its object ("Refonte du site")
    # "Jardin partagé : dynamisme et convivialité": the topic before a colon names where, and
    # what follows is the title ("Archives 2030 : modernité, ouverture, excellence").
    words_ = [t for t in a.tokens[topic_end(a.folds) if lead is None else 0 :] if t.kind == "word"]
    if not words_ or words_[0].fold in _STATEMENT_OPENERS:
        return False
    if len(words_) > 1 and words_[1].fold in DETERMINER_AFTER_VERB:
        return False
    if any(verbs.lookup(t.fold, a.lang) is not None for t in words_):
        return False
    if not lx.STATE_MARKERS.isdisjoint(a.folds) or not _MODALS.isdisjoint(a.folds):
        return False
    content = [t.fold for t in words_ if t.fold not in lx.STOP_WORDS and len(t.fold) > 1]
    return 1 <= len(content) <= 4


def is_empty_state(a: Analysis) -> bool:
    """ "Être plus pro", "Be the best NGO": to be, a comparative, at most one other word, no complement."""
    lead = a.lead
    if lead is None or lead.noun or lead.cls != lx.STATE or a.metrics:
        return False
    rest = [t.fold for t in a.tokens[lead.after :] if t.kind == "word"]
    if not rest or lx.COMPARATIVES.isdisjoint(rest) or not _COMPLEMENTS.isdisjoint(rest):
        return False
    content = [w for w in rest if w not in lx.STOP_WORDS and w not in lx.COMPARATIVES and len(w) > 1]
    return len(content) <= 1


_SUPERLATIVES = words("meilleur meilleure meilleurs meilleures best greatest top leading premier premiere")
#: What turns a position into an aim: who chooses or gains ("que les joueurs recommandent", "for
#: families"), said by a relative clause or a beneficiary.
_JUDGES = words("que qu' qui dont ou that who whom which where whose pour for")


def is_superlative_position(a: Analysis) -> bool:
    """ "Devenir le meilleur studio indépendant de France", "Be the best destination in the region":
    to be or become the best, the top or the first of a kind somewhere, with nobody who says so and
    nothing the team changes (no relative clause, no beneficiary, no other verb)."""
    lead = a.lead
    if lead is None or lead.noun or lead.cls != lx.STATE or a.metrics:
        return False
    rest = [t.fold for t in a.tokens[lead.after :] if t.kind == "word"]
    if len(rest) < 2 or _SUPERLATIVES.isdisjoint(rest[:2]) or not _JUDGES.isdisjoint(rest):
        return False
    if any(verbs.lookup(w, a.lang) is not None for w in rest if w not in _SUPERLATIVES):
        return False
    content = [w for w in rest if w not in lx.STOP_WORDS and w not in _SUPERLATIVES and len(w) > 1]
    return 1 <= len(content) <= 5
