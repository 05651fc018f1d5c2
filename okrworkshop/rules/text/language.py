"""Which language one card is written in (a French workshop often has a card or two in English)."""

from __future__ import annotations

from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.lexicon import words
from okrworkshop.rules.text.normalize import Token

_FRENCH = words(
    "le la les des du de d' l' une et pour par avec sur dans nos notre au aux est sont qui que qu' "
    "ce cette ces en chaque tous toutes chez sans plus moins nouveau nouvelle nouveaux nouvelles "
    "clients client taux chiffre affaires nombre moyen moyenne mois jours an ans d'ici equipe "
    "equipes"
)
_ENGLISH = words(
    "the of to and for by with our their its is are that this from per each all more less new into "
    "than between without customers customer rate revenue users user at within average number month "
    "months days year weekly monthly team"
)
_FRENCH_LETTERS = frozenset("éèêàùçîôûëïœ")


def detect(tokens: list[Token], raw: str, default: str) -> str:
    """``fr`` or ``en`` from function words, accents and the leading verb; ``default`` on a tie."""
    french = english = 0
    first = True
    for token in tokens:
        if token.kind != "word":
            continue
        word = token.fold
        if word in _FRENCH:
            french += 1
        if word in _ENGLISH:
            english += 1
        if first:
            # The leading verb is the strongest clue in a short title ("Launch…", "Lancer…").
            if verbs.lookup(word, "fr") is not None:
                french += 2
            if verbs.lookup(word, "en") is not None:
                english += 2
            first = False
    if not _FRENCH_LETTERS.isdisjoint(raw.lower()):
        french += 2
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return default
