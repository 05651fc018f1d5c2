"""Yes/no results: a state reached once ("Site en ligne", "Obtenir la certification ISO", "Plan
plastifié et affiché") rather than a level that moves during the quarter."""

from __future__ import annotations

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.analysis import Analysis
from okrworkshop.rules.text.features import _BINARY_LEADS, _BINARY_OBJECTS, _folded, _phrases, object_words
from okrworkshop.rules.text.lexicon import words
from okrworkshop.rules.text.memo import memo as _memo


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
    seen_binary_object = bool(a.tokens) and a.tokens[0].fold in _BINARY_OBJECTS
    # Past the first linking verb or degree, a participle describes a feeling ("feel valued").
    linking = next((i for i, w in enumerate(a.folds) if w in _LINKING), len(a.folds))
    for i, token in enumerate(a.tokens[1:], 1):
        if token.fold in _APPROVED:
            return True  # "Keyless pickup approved by our insurer", "Devis validé par le client"
        own = verbs.lookup(token.fold, a.lang)
        if own is None and i <= linking and _done_participle(a, i):
            return True  # "Plan d'évacuation plastifié et affiché", "Poster laminated and displayed"
        found = own or verbs.lookup(token.fold, _OTHER[a.lang])
        if found is not None and found.form == verbs.PP and found.cls in (lx.TASK, lx.AMBIGUOUS, lx.ACTIVITY):
            return True
        if seen_binary_object and (
            (found is not None and found.form == verbs.PP)
            or (found is None and _looks_participle(token.fold, a.lang))
        ):
            return True  # "Licence granted by the regulator", "Certificat de sécurité renouvelé"
        seen_binary_object = seen_binary_object or token.fold in _BINARY_OBJECTS
    return False


#: Participles that say someone said yes: a milestone, whatever was approved.
_APPROVED = _folded(lx.APPROVED)
_OTHER = {"fr": "en", "en": "fr"}


#: What follows the participle of a thing done: nothing, a second participle, where, when or by whom.
_AFTER_DONE = words(
    "et and , au aux en a dans par sur pour avant des chez by in at on to for before across within"
)
_NOT_PARTICIPLE_ENDINGS = ("ite", "eed")
#: Words after which a participle qualifies nothing named ("de livrée", "the printed").
_NOT_A_THING = words(
    "le la les l' un une des du de d' the a an of au aux en dans par pour sur avec sans chez"
)
#: Linking verbs and degrees before a participle make it a feeling or a quality ("feel valued",
#: "se sentent écoutées", "more connected"): a level nobody measured, not a thing done.
_LINKING = words(
    "feel feels felt seem seems look looks are is be been become becomes stay stays remain remains "
    "get gets more less very really fully truly most sentent sent sentir sont est etre restent reste "
    "deviennent devient plus moins tres vraiment bien mieux"
)


def _done_participle(a: Analysis, i: int) -> bool:
    """A verbless card naming one thing and then what was done to it, in a participle written as
    one ("Plan d'évacuation *plastifié* et affiché", "Poster *laminated* and displayed in every
    room"): done or not done, for a verb the lexicon lacks (the caller has looked it up: one it
    knows is read by its class, "Qualité améliorée" is a level). Not many things in a state
    ("Colis livrés à l'heure"): the share of them is missing."""
    tokens = a.tokens
    token, before = tokens[i], tokens[i - 1]
    if token.kind != "word" or before.kind != "word" or before.fold in _NOT_A_THING:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].fold not in _AFTER_DONE:
        return False
    word = token.fold
    if len(word) < 5 or word in lx.STOP_WORDS or word.endswith(_NOT_PARTICIPLE_ENDINGS):
        return False
    if a.lang == "fr":
        # Singular, written with its accent ("affichée") or without it, as drafts are ("affichee").
        return token.text.lower().endswith(("é", "ée")) or word.endswith("ee")
    return word.endswith("ed") and not before.fold.endswith("s")


def _looks_participle(word: str, lang: str) -> bool:
    """A past participle by its ending, for verbs the lexicon lacks ("granted", "accordé")."""
    if lang == "fr":
        return len(word) > 4 and word.endswith(("e", "ee", "es", "ees")) and word.rstrip("s").endswith("e")
    return len(word) > 4 and word.endswith("ed")
