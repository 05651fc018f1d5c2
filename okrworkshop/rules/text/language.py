"""Which language one card is written in (a French workshop often has a card or two in English).

A card title is short, so the detector counts the words that belong to one language only: function
words above all (articles, pronouns, prepositions, auxiliaries), a few frequent business words
("taux", "chiffre d'affaires" / "revenue", "share"), accents, and the leading verb. Words both
languages use in business writing ("on", "a", "client", "plan", "marketing", "test") count for
neither; "an" is English unless it follows a number or "par" ("12 k€ par an", "1 an").
"""

from __future__ import annotations

import itertools

from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.lexicon import words
from okrworkshop.rules.text.normalize import Token

#: Folded words that are French only (none of them is an English word in a card title).
_FRENCH = words(
    "le la les des du de d' l' un une et ou pour par avec sur dans nos notre vos votre au aux est sont "
    "qui que qu' ce cet cette ces en chaque tous toutes toute chez sans plus moins nouveau nouvelle "
    "nouveaux nouvelles il ils elle elles nous vous leur leurs son sa ses mes ne n' pas se s' j' c' "
    "tres afin grace depuis entre vers sous lors aussi mais donc car deja encore etre avoir faire "
    "ainsi comme dont jusqu' lorsqu' puisqu' quand apres avant pendant selon plutot peu beaucoup "
    "trop mieux notamment taux chiffre affaires nombre moyen moyenne mois jours ans d'ici equipe "
    "equipes semaine semaines annee delai delais salaries collaborateurs ventes nouvel premier "
    "premiere fois mensuel mensuelle mensuels hebdomadaire annuel annuelle peut-etre"
)
#: Folded words that are English only.
_ENGLISH = words(
    "the of to and for by with our their its is are that this from per each all more less new into "
    "than between without rate revenue users user at within average number month months days year "
    "weekly monthly team teams they them we you your it can will when who which what how do does "
    "get make have has been be was were in out up down off over under after before while every "
    "most least only also just so not no any some both such these those my his her first last next "
    "own then there here where why if or but because through across about around using used share "
    "customers customer sales people staff employees week weeks time maybe perhaps hopefully bit"
)
#: After these, "an" is the French year ("1 an", "par an", "chaque an").
_YEAR_BEFORE = frozenset({"par", "un", "l'", "chaque", "cet", "d'un"})
_FRENCH_LETTERS = frozenset("éèêàùçîôûëïœ")


#: Folded first word -> +2 if it is a French verb, -2 if an English one (0 if both or neither).
_LEAD_SCORES: dict[str, int] = {}
#: +1 for a French-only word, -1 for an English-only one.
_SCORES: dict[str, int] = {**dict.fromkeys(_ENGLISH, -1), **dict.fromkeys(_FRENCH, 1)}
#: The score of a word in neither list, for ``map`` (summing in C rather than word by word).
_ZEROS = itertools.repeat(0)


def clear_cache() -> None:
    """Forget the verb scores of every leading word seen."""
    _LEAD_SCORES.clear()


def word_score(word: str) -> int:
    """+1 for a folded word that is French only, -1 for one that is English only, else 0."""
    return _SCORES.get(word, 0)


def detect(tokens: list[Token], words: list[str], raw: str, default: str, score: int | None = None) -> str:
    """``fr`` or ``en`` from function words, accents and the leading verb; ``default`` on a tie.

    ``words`` are the folded word tokens, in order; ``score`` the sum of their :func:`word_score`
    when the caller has it already.
    """
    if not words:
        return default if raw.isascii() or _FRENCH_LETTERS.isdisjoint(raw.lower()) else "fr"
    if score is None:
        score = sum(map(_SCORES.get, words, _ZEROS))  # French minus English
    # The leading verb is the strongest clue in a short title ("Launch…", "Lancer…").
    first = words[0]
    lead = _LEAD_SCORES.get(first)
    if lead is None:
        if len(_LEAD_SCORES) >= 50_000:
            _LEAD_SCORES.clear()
        lead = _LEAD_SCORES[first] = 2 * (verbs.lookup(first, "fr") is not None) - 2 * (
            verbs.lookup(first, "en") is not None
        )
    score += lead
    if "an" in words:
        score += _an_score(tokens)
    if not raw.isascii() and not _FRENCH_LETTERS.isdisjoint(raw.lower()):
        score += 2
    if score > 0:
        return "fr"
    if score < 0:
        return "en"
    return default


def _an_score(tokens: list[Token]) -> int:
    """ "an" is English (the article) unless it follows a number or "par" (the French year)."""
    score = 0
    previous: Token | None = None
    for token in tokens:
        if token.kind == "word" and token.fold == "an":
            french = previous is not None and (previous.kind == "num" or previous.fold in _YEAR_BEFORE)
            score += 1 if french else -1
        previous = token
    return score
