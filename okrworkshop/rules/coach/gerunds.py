"""The gerund of a card's leading verb, so that a task becomes the means of an outcome:
"Rédiger une plaquette" -> "… en rédigeant une plaquette", "Train all staff" -> "… by training all staff"."""

from __future__ import annotations

from functools import cache

from okrworkshop.rules.text import fold, verbs
from okrworkshop.rules.text import verb_lexicon as vl

#: French verbs whose gerund the regular endings miss (infinitive -> gerund).
_FR_IRREGULAR = {
    "faire": "faisant",
    "refaire": "refaisant",
    "écrire": "écrivant",
    "réécrire": "réécrivant",
    "prendre": "prenant",
    "apprendre": "apprenant",
    "comprendre": "comprenant",
    "être": "étant",
    "avoir": "ayant",
    "tenir": "tenant",
    "devenir": "devenant",
    "ouvrir": "ouvrant",
    "offrir": "offrant",
    "conquérir": "conquérant",
    "acquérir": "acquérant",
    "servir": "servant",
    "sortir": "sortant",
    "conduire": "conduisant",
    "produire": "produisant",
    "traduire": "traduisant",
    "construire": "construisant",
    "réduire": "réduisant",
    "introduire": "introduisant",
    "satisfaire": "satisfaisant",
    "vendre": "vendant",
    "atteindre": "atteignant",
    "éteindre": "éteignant",
    "résoudre": "résolvant",
    "battre": "battant",
    "mettre": "mettant",
    "promouvoir": "promouvant",
    "accroître": "accroissant",
    "accroitre": "accroissant",
    "croître": "croissant",
    "croitre": "croissant",
    "suivre": "suivant",
    "poursuivre": "poursuivant",
    "rendre": "rendant",
    "répondre": "répondant",
    "fournir": "fournissant",
}


@cache
def _french_lemmas() -> dict[str, str]:
    """Folded lemma -> the lemma with its accents, as the lexicon writes it."""
    found: dict[str, str] = {}
    for lemmas in vl.FR_VERBS.values():
        for lemma in lemmas:
            found.setdefault(fold(lemma), lemma)
    return found


def french_gerund(lemma: str) -> str:
    """ "rédiger" -> "rédigeant", "lancer" -> "lançant", "choisir" -> "choisissant"."""
    written = _french_lemmas().get(fold(lemma), lemma)
    if written in _FR_IRREGULAR:
        return _FR_IRREGULAR[written]
    stem = written[:-2]
    if written.endswith("er"):
        if stem.endswith("g"):
            return stem + "eant"
        if stem.endswith("c"):
            return stem[:-1] + "çant"
        return stem + "ant"
    if written.endswith("ir"):
        regular = verbs.FR_INDEX.get(fold(stem) + "issant")
        return stem + ("issant" if regular is not None else "ant")
    if written.endswith("re"):
        return stem + "ant"
    return written


def english_gerund(lemma: str) -> str:
    """ "train" -> "training", "ship" -> "shipping", "write" -> "writing"."""
    for form, kind in verbs._english_forms(lemma):  # the same endings as the lexicon
        if kind == verbs.GER:
            return form
    return lemma + "ing"


def gerund(lemma: str, lang: str) -> str:
    """The gerund of a lexicon lemma in ``lang``."""
    return french_gerund(lemma) if lang == "fr" else english_gerund(lemma)
