"""Verb forms of the lexicon, indexed by folded spelling, per language.

Cards lead with an infinitive ("Lancer", "Launch"), an imperative ("Lancez"), a first-person plural
("Lançons"), a past form ("avoir lancé", "Launched") or a gerund ("Launching"). Each lexicon verb
is expanded into those forms once, at import, so a lookup is one dictionary access.
"""

from __future__ import annotations

from typing import NamedTuple

from okrworkshop.rules.text import lexicon, verb_lexicon
from okrworkshop.rules.text.normalize import fold

#: Form kinds: infinitive/base, imperative or present, past participle, gerund.
INF, IMP, PP, GER = "inf", "imp", "pp", "ger"


class VerbForm(NamedTuple):
    """What a word is, as a verb: its lemma (folded), class (lexicon) and form kind."""

    lemma: str
    cls: str
    form: str


def _french_forms(lemma: str) -> list[tuple[str, str]]:
    forms = [(lemma, INF)]
    if lemma.endswith("er"):
        stem = lemma[:-2]
        forms += [(stem + end, PP) for end in ("e", "ee", "es", "ees")]
        forms += [(stem + end, IMP) for end in ("ez", "ons", "ent", "es")]
        forms.append((stem + "ant", GER))
        if stem.endswith("g"):
            forms += [(stem + "eons", IMP), (stem + "eant", GER)]
        if stem.endswith("y"):
            forms += [(stem[:-1] + end, IMP) for end in ("ie", "ies", "ient")]
        if stem.endswith(("l", "t")):
            forms += [(stem + stem[-1] + "e", IMP), (stem + stem[-1] + "ent", IMP)]
    elif lemma.endswith("ir"):
        stem = lemma[:-2]
        forms += [(stem + end, PP) for end in ("i", "ie", "is", "ies")]
        forms += [(stem + end, IMP) for end in ("issez", "issons", "issent", "it")]
        forms.append((stem + "issant", GER))
    elif lemma.endswith("re"):
        stem = lemma[:-2]
        forms += [(stem + end, PP) for end in ("u", "ue", "us", "ues")]
        forms += [(stem + end, IMP) for end in ("ez", "ons", "ent")]
        forms.append((stem + "ant", GER))
    return forms


_VOWELS = frozenset("aeiou")


def _doubles(lemma: str) -> bool:
    """One-syllable verbs ending consonant-vowel-consonant double it: plan -> planned, ship -> shipping."""
    vowels = [c for c in lemma if c in _VOWELS]
    return (
        len(vowels) == 1
        and len(lemma) >= 3
        and lemma[-1] not in _VOWELS
        and lemma[-1] not in "wxy"
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )


def _english_forms(lemma: str) -> list[tuple[str, str]]:
    forms = [(lemma, INF)]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.append((lemma + "es", IMP))
    elif lemma.endswith("y") and lemma[-2] not in _VOWELS:
        forms.append((lemma[:-1] + "ies", IMP))
    else:
        forms.append((lemma + "s", IMP))
    if lemma.endswith("e"):
        forms += [(lemma + "d", PP), ((lemma[:-1] if not lemma.endswith("ee") else lemma) + "ing", GER)]
    elif lemma.endswith("y") and lemma[-2] not in _VOWELS:
        forms += [(lemma[:-1] + "ied", PP), (lemma + "ing", GER)]
    elif _doubles(lemma):
        forms += [(lemma + lemma[-1] + "ed", PP), (lemma + lemma[-1] + "ing", GER)]
    else:
        forms += [(lemma + "ed", PP), (lemma + "ing", GER)]
    return forms


def _irregular_kind(form: str, lang: str) -> str:
    if lang == "en":
        return GER if form.endswith("ing") else PP
    if form.endswith(("ez", "ons", "s")) and not form.endswith(("is", "us")):
        return IMP
    if form.endswith("ant"):
        return GER
    return PP


def _build(
    verbs: dict[str, frozenset[str]],
    irregular: dict[str, tuple[str, ...]],
    lang: str,
) -> dict[str, VerbForm]:
    index: dict[str, VerbForm] = {}
    expand = _french_forms if lang == "fr" else _english_forms
    # Classes listed later never override an earlier, more specific reading of the same spelling;
    # infinitives always win over a coincidental inflected form of another verb.
    for cls, lemmas in verbs.items():
        for raw in sorted(lemmas):
            lemma = fold(raw)
            forms = expand(lemma) + [
                (fold(f), _irregular_kind(fold(f), lang)) for f in irregular.get(raw, ())
            ]
            for spelling, kind in forms:
                current = index.get(spelling)
                if current is None or (kind == INF and current.form != INF):
                    index[spelling] = VerbForm(lemma, cls, kind)
    return index


FR_INDEX = _build(verb_lexicon.FR_VERBS, verb_lexicon.FR_IRREGULAR, "fr")
EN_INDEX = _build(verb_lexicon.EN_VERBS, verb_lexicon.EN_IRREGULAR, "en")
_INDEXES = {"fr": FR_INDEX, "en": EN_INDEX}
#: Past participles of project verbs ("lancé", "deployed"), per language.
TASK_PARTICIPLES = {
    lang: frozenset(w for w, v in index.items() if v.form == PP and v.cls == lexicon.TASK)
    for lang, index in _INDEXES.items()
}


#: Past participles of doing verbs (task, activity, making): "distribués", "sent", "submitted".
DOING_PARTICIPLES = {
    lang: frozenset(
        w
        for w, v in index.items()
        if v.form == PP and v.cls in (lexicon.TASK, lexicon.ACTIVITY, lexicon.AMBIGUOUS) and len(w) > 3
    )
    for lang, index in _INDEXES.items()
}


def _phrase_index(phrases: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, cls in phrases.items():
        index.setdefault(words[0], []).append((words[1:], cls))
    return index


_PHRASES = {"fr": _phrase_index(verb_lexicon.FR_PHRASES), "en": _phrase_index(verb_lexicon.EN_PHRASES)}


def lookup(word: str, lang: str) -> VerbForm | None:
    """The verb reading of a folded word in one language, or None.

    A verb the lexicon lacks but that is a known verb with "re" in front ("renegotiate",
    "redéployer") reads as that verb.
    """
    index = _INDEXES[lang]
    found = index.get(word)
    if found is None and len(word) > 6 and word.startswith("re"):
        found = index.get(word[2:])
    if found is None:
        found = _GLUED[lang].get(word)
    return found


def lookup_lead(word: str, following: str, lang: str) -> VerbForm | None:
    """:func:`lookup` for the word a card leads with; an English verb with a French ending reads
    as that verb when a French determiner follows ("shipper le reporting")."""
    found = lookup(word, lang)
    if found is None and following in _FR_DETERMINERS:
        found = _franglais(word, lang)
    return found


_FR_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "nos", "notre", "vos", "votre"}
)


def _glued(phrases: dict[tuple[str, ...], str], index: dict[str, VerbForm]) -> dict[str, VerbForm]:
    """Two-word verbs written as one word ("setup", "rollout", "kickoff"): the phrase's class."""
    return {
        "".join(words): VerbForm(words[0], cls, INF)
        for words, cls in phrases.items()
        if len(words) == 2 and words[0] in index and "".join(words) not in index
    }


_GLUED = {"fr": {}, "en": _glued(verb_lexicon.EN_PHRASES, EN_INDEX)}


def _franglais(word: str, lang: str) -> VerbForm | None:
    """An English verb with a French ending ("shipper", "checker", "forwarder") reads as that verb."""
    if lang != "fr" or len(word) < 6 or not word.endswith("er"):
        return None
    stem = word[:-2]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # shipp-er -> ship
    found = EN_INDEX.get(stem)
    return VerbForm(found.lemma, found.cls, INF) if found is not None and found.form == INF else None


_BARE = {"fr": {fold(k): v for k, v in verb_lexicon.FR_BARE.items()}, "en": {}}
#: Lemmas that start a multi-word verb or have a bare class, per language (others skip phrase_class).
PHRASE_LEMMAS = {lang: frozenset(_PHRASES[lang]) | frozenset(_BARE[lang]) for lang in ("fr", "en")}


def phrase_class(lemma: str, following: list[str], lang: str) -> tuple[str, int] | None:
    """Class and extra length of a multi-word verb ("mettre" + "en place"), if ``following`` starts one.

    A verb whose class belongs to its phrases ("mettre") gets its bare class otherwise, length 0.
    """
    for rest, cls in _PHRASES[lang].get(lemma, ()):
        if tuple(following[: len(rest)]) == rest:
            return cls, len(rest)
    bare = _BARE[lang].get(lemma)
    return (bare, 0) if bare is not None else None
