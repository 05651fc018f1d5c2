"""One card title, analysed once: language, tokens, quantities, leading verb, ranges, markers.

:func:`analyze` is pure and cheap (tens of microseconds); the rules read its fields and the
predicates in :mod:`okrworkshop.rules.text.features`. Features that only some rules need are
computed on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.language import detect
from okrworkshop.rules.text.lexicon import words
from okrworkshop.rules.text.normalize import Token, fold, normalise
from okrworkshop.rules.text.quantities import MEASURE, RANK, Quantity, find_quantities
from okrworkshop.rules.text.reading import read
from okrworkshop.rules.text.reading import stem as stem  # where the rules have always found it

#: "KR1 :", "O2 -", "Objectif 1 :", "Résultat clé 1.2 :", "1)", "- " before the title itself,
#: and a period heading a slide line ("Q2 ->", "T1 :", "H2 -", "2027 :").
_LABEL = re.compile(
    r"^\s*(?:[-*•·>]+\s*|\d+\s*[.)]\s+|(?:kr|rc|okr|o|obj|objectif|objective|key\s+result|"
    r"r[ée]sultat\s+cl[ée])\s*\d*(?:\.\d+)?\s*[:.)-]+\s*"
    r"|(?:[qtsh][1-4]|20\d\d(?:[- ]?[qtsh][1-4])?)\s*(?:->|=>|→|:|-)\s+)",
    re.IGNORECASE,
)
#: Words that may come before the leading verb: "Nous allons lancer", "We will launch", "To grow".
LEAD_SKIP = words(
    "nous on we je j' i il faut va vais allons allez vont voulons voulez veut veulent devons devez "
    "doit doivent pouvons will want wants need needs must should shall to lets let's let us "
    "objectif objective ensemble together essayer essayons essayez tenter tentons try attempt d' de ab "
    # fillers before the verb: "just boost our numbers", "basically grow"
    "just simply basically really honestly juste "
    # reflexive pronouns: "Se transformer", "S'améliorer" lead with their verb
    "se s'"
)
_ARTICLES = words("le la les l' un une des du de d' the a an our notre nos votre vos their my")
_WORDS_RE = re.compile(r"\S*\w\S*")
#: "1,250" or "1.250": thousands in one language, a decimal in the other.
_AMBIGUOUS_NUMBER = re.compile(r"\d[.,]\d{3}(?!\d)")


class Lead(NamedTuple):
    """The verb a card leads with (or the task noun it leads with, ``cls`` = ``task``).

    A named tuple rather than a frozen dataclass: one is built per title, and a tuple is built
    several times faster.
    """

    lemma: str
    cls: str
    form: str
    #: Index of the first token after the verb (and its particle: "mettre en place").
    after: int
    #: Led by "avoir lancé" / "have launched" (a past task) or "être certifié" (a state).
    perfect: bool = False
    #: Led by a noun ("Lancement du site", "Website redesign") rather than a verb.
    noun: bool = False


class Phrases:
    """Categorised folded word sequences, indexed by first word, found in one pass over a title."""

    def __init__(self, phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for category, phrase in phrases:
            by_first.setdefault(phrase[0], []).append((category, phrase))
        self._firsts = frozenset(by_first)
        #: First word -> (second word -> the phrases, in order, that may match there; the phrases
        #: of one word, which match wherever their word is).
        self._by_first: dict[
            str, tuple[dict[str, list[tuple[str, tuple[str, ...]]]], list[tuple[str, tuple[str, ...]]]]
        ] = {}
        for first, entries in by_first.items():
            seconds = {phrase[1] for _, phrase in entries if len(phrase) > 1}
            self._by_first[first] = (
                {s: [e for e in entries if len(e[1]) == 1 or e[1][1] == s] for s in seconds},
                [e for e in entries if len(e[1]) == 1],
            )

    def scan(self, folds: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Category -> (start, end) of each phrase found in ``folds``."""
        found: dict[str, list[tuple[int, int]]] = {}
        if self._firsts.isdisjoint(folds):
            return found  # most titles: no phrase starts anywhere (one set operation)
        by_first = self._by_first
        firsts = self._firsts
        last = len(folds) - 1
        for i in [i for i, word in enumerate(folds) if word in firsts]:
            by_second, single = by_first[folds[i]]
            for category, phrase in by_second.get(folds[i + 1], single) if i < last else single:
                end = i + len(phrase)
                # The first two words are known to match: only longer phrases compare the rest.
                if end <= i + 2 or tuple(folds[i:end]) == phrase:
                    found.setdefault(category, []).append((i, end))
        return found


@dataclass(slots=True)
class Analysis:
    """Everything the text rules read about one title."""

    raw: str
    lang: str
    tokens: list[Token]
    #: Folded text of every token, and of the word tokens only (elisions split off).
    folds: list[str]
    words: list[str]
    #: The content stem of each word ("" for a stop word or a single letter), see :func:`content_stem`.
    stems: list[str]
    quantities: list[Quantity]
    #: Quantities that measure something (ranks included: "top 3" is measurable).
    measures: list[Quantity]
    #: Quantities that are figures to reach (not ranks, periods or names).
    metrics: list[Quantity]
    lead: Lead | None
    #: The title as analysed (label removed, spaces and apostrophes normalised).
    clean: str
    #: Derived features, computed once on first use (see :mod:`okrworkshop.rules.text.features`).
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not self.tokens

    @property
    def word_count(self) -> int:
        """Words as a reader counts them ("l'équipe" is one word)."""
        count = self.cache.get("word_count")
        if count is None:
            count = self.cache["word_count"] = len(_WORDS_RE.findall(self.clean))
        return count  # type: ignore[no-any-return]

    def content_stems(self) -> frozenset[str]:
        """Content words without stop words, accents, case or plural: the card's gist."""
        cached = self.cache.get("stems")
        if cached is None:
            found = self.stems
            if self.metrics:
                found = found + [_figure_key(quantity) for quantity in self.metrics]
            stems = frozenset(found)
            cached = self.cache["stems"] = stems - _NOTHING if "" in stems else stems
        return cached  # type: ignore[no-any-return]


_NOTHING = frozenset({""})
#: (value, unit) -> the key of a figure among a card's content stems (a float's repr is dear).
_NUMBER_KEYS: dict[tuple[float, str], str] = {}
_TABLE_LIMIT = 50_000


def clear_cache() -> None:
    """Forget the keys of every figure seen."""
    _NUMBER_KEYS.clear()


def _figure_key(quantity: Quantity) -> str:
    """:func:`_number_key`, remembered (zero is not: 0.0 and -0.0 are equal keys but not equal texts)."""
    if not quantity.value:
        return _number_key(quantity)
    pair = (quantity.value, quantity.unit)
    found = _NUMBER_KEYS.get(pair)
    if found is None:
        if len(_NUMBER_KEYS) >= _TABLE_LIMIT:
            _NUMBER_KEYS.clear()
        found = _NUMBER_KEYS[pair] = _number_key(quantity)
    return found


def _number_key(quantity: Quantity) -> str:
    return f"#{quantity.value!r}{quantity.unit}"


#: A slide heading before a colon: "Chantier T4 :", "FY goal:", "Axe 2 :", "Priorité 1 -" (not the
#: name of a measure: "Taux de conversion : de 3 à 5 %" keeps it).
_HEADING = re.compile(
    r"^\s*(?:[\w'’.]+[\s-]+){0,2}?(?:goal|objective|objectif|axe|chantier|priorit[ée]|priority|th[èe]me|"
    r"theme|pillar|pilier|enjeu|focus|mission|okr|workstream)(?:\s+[\w.-]{1,4})?\s*(?::|->|=>|→)\s*",
    re.IGNORECASE,
)


#: Every label and heading ends with one of these signs: a title without any has neither.
_LABEL_SIGNS = frozenset("-*•·>.):→")
_HEADING_SIGNS = frozenset(":>→")
_LABEL_SIGN = re.compile("[" + re.escape("".join(sorted(_LABEL_SIGNS))) + "]")


def _strip_label(text: str) -> str:
    if _LABEL_SIGN.search(text) is None:
        return text  # most titles: no sign a label or a heading needs (one scan in C)
    stripped = _LABEL.sub("", text, count=1)
    if not _HEADING_SIGNS.isdisjoint(stripped):
        stripped = _HEADING.sub("", stripped, count=1)
    return stripped if stripped.strip() else text


def topic_end(folds: list[str], start: int = 0) -> int:
    """Where the card starts after a topic of one to three tokens from ``start`` and a colon
    ("Accueil : …"), else 0."""
    return folds.index(":", start) + 1 if ":" in folds[start + 1 : start + 4] else 0


def _skip_prefix(tokens: list[Token], folds: list[str], quantities: list[Quantity]) -> int:
    """Index where the title itself starts, past "D'ici fin 2027," or "En T1," before a comma."""
    if "," not in folds[:9]:
        return 0
    for i, token in enumerate(tokens[:9]):
        if token.fold == ",":
            head_periods = any(q.end <= i and q.kind not in (MEASURE, RANK) for q in quantities)
            head_words = {t.fold for t in tokens[:i]}
            if head_periods or head_words & lx.PERIOD_WORDS or head_words & lx.MONTHS:
                return i + 1
            return 0
    return 0


def _find_lead(tokens: list[Token], start: int, lang: str) -> Lead | None:
    n = len(tokens)
    i = start
    while i < n and (tokens[i].kind == "sym" or tokens[i].fold in LEAD_SKIP):
        i += 1
    if i >= n or tokens[i].kind != "word":
        return None
    word = tokens[i].fold
    found = verbs.lookup_lead(word, tokens[i + 1].fold if i + 1 < n else "", lang)
    if found is not None and lang == "fr" and found.form == verbs.IMP and word.endswith(("es", "ent")):
        # "Postes de nuit vacants", "Visites de familles": plural nouns, not "tu postes".
        found = None
    if found is not None:
        lemma, cls, form = found
        after = i + 1
        perfect = False
        if cls == "state" and after < n:
            participle = verbs.lookup(tokens[after].fold, lang)
            if participle is not None and participle.form == verbs.PP and participle.cls != "state":
                perfect = True
                if lemma in ("avoir", "have"):
                    lemma, cls, form = participle
                    after += 1
        if lemma in verbs.PHRASE_LEMMAS[lang]:
            following = [t.fold for t in tokens[after : after + 3]]
            phrase = verbs.phrase_class(lemma, following, lang)
            if phrase is not None:
                cls, extra = phrase
                after += extra
            elif lang == "en":
                cls = _separated_particle(tokens, after, lemma) or cls
        elif lemma == "get" and lang == "en":
            cls = _caused_task(tokens, after) or cls
        return Lead(lemma, cls, form, after, perfect=perfect)
    return _noun_lead(tokens, i, lang) or _unknown_verb_lead(tokens, i, lang)


#: English particles that may stand after the object ("Roll the new tills out", "Set the lab up").
_PARTICLES = frozenset({"out", "up", "off"})


def _caused_task(tokens: list[Token], after: int) -> str | None:
    """ "Get the bike corner set up", "Get the new tills installed": "get", a short object, then
    the participle of a task (or a two-word task verb): the card is that task, or None. Not with a
    figure: "Get our gin listed on 15 menus" counts where it is taken."""
    if any(t.kind == "num" for t in tokens):
        return None
    for j in range(after + 1, min(len(tokens), after + 5)):
        token = tokens[j]
        if token.kind != "word":
            return None
        nxt = tokens[j + 1].fold if j + 1 < len(tokens) else ""
        phrase = (
            verbs.phrase_class(token.fold, [nxt], "en") if token.fold in verbs.PHRASE_LEMMAS["en"] else None
        )
        if phrase is not None and phrase[1] and phrase[0] == lx.TASK:
            return lx.TASK  # "set up", "roll out"
        found = verbs.lookup(token.fold, "en")
        if found is not None and found.form == verbs.PP and found.cls == lx.TASK:
            return lx.TASK
        if token.fold in lx.OBJECT_STOPS:
            return None
    return None


def _separated_particle(tokens: list[Token], after: int, lemma: str) -> str | None:
    """The class of a two-word English verb whose particle follows a short object ("Roll the new
    tills out to every store" reads as "roll out"), or None."""
    for j in range(after + 1, min(len(tokens), after + 5)):
        token = tokens[j]
        if token.kind != "word":
            return None
        if token.fold in _PARTICLES:
            phrase = verbs.phrase_class(lemma, [token.fold], "en")
            return phrase[0] if phrase is not None else None
        if token.fold in lx.OBJECT_STOPS:
            return None
    return None


#: Determiners that follow a verb and not a noun ("Fill the hall", "monter le dossier"; a noun is
#: followed by "de/of": "Satisfaction des clients").
_OBJECT_DETERMINERS = {
    "fr": words(
        "le la les l' un une nos notre vos votre leur leurs ses son sa ce cette ces tous toutes chaque"
    ),
    "en": words("the a an our your their my this these those every all each"),
}
_FR_INFINITIVE = ("er", "ir", "re")


def _unknown_verb_lead(tokens: list[Token], i: int, lang: str) -> Lead | None:
    """A word the lexicon does not know, opening the title before a determiner, is a verb: an
    infinitive in French ("Fiabiliser nos livraisons"), an imperative in English ("Fill the
    hall"). Its object says what it is (the class of verbs such as "faire" / "make")."""
    if i + 1 >= len(tokens) or tokens[i].kind != "word":
        return None
    word = tokens[i].fold
    if tokens[i + 1].fold not in _OBJECT_DETERMINERS.get(lang, frozenset()) or word in lx.STOP_WORDS:
        return None
    if lang == "fr" and (not word.endswith(_FR_INFINITIVE) or len(word) < 5):
        return None
    if lang == "en" and (len(word) < 3 or word.endswith(("ing", "ed", "ly", "tion", "ment", "ness"))):
        return None
    return Lead(word, lx.AMBIGUOUS, verbs.INF, i + 1)


def _noun_lead(tokens: list[Token], i: int, lang: str) -> Lead | None:
    """A task noun leading the card: "Lancement du site", "Mise en place d'un CRM", "CRM migration"."""
    n = len(tokens)
    while i < n and tokens[i].fold in _ARTICLES:
        i += 1
    if i >= n:
        return None
    word = tokens[i].fold
    nxt = tokens[i + 1].fold if i + 1 < n else ""
    if lang == "fr":
        if word == "mise" and nxt in ("en", "a", "au"):
            return Lead(word, "task", "noun", i + 3, noun=True)
        if word in _FR_TASK_NOUNS and word != "mise" and (nxt in ("de", "du", "des", "d'") or nxt == ""):
            return Lead(word, "task", "noun", i + 1, noun=True)
        return None
    if word in _EN_TASK_NOUNS and nxt in ("of", ""):
        return Lead(word, "task", "noun", i + 1, noun=True)
    # "Website redesign", "New CRM rollout": a short noun phrase ending with the task noun.
    for j in range(i, min(n, i + 5)):
        token = tokens[j]
        if token.kind != "word" or token.fold in lx.STOP_WORDS:
            break
        if j > i and token.fold in _EN_TASK_NOUNS and (j + 1 == n or tokens[j + 1].kind == "sym"):
            return Lead(token.fold, "task", "noun", j + 1, noun=True)
    return None


def _fold_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_FR_TASK_NOUNS = _fold_set(lx.FR_TASK_NOUNS)
_EN_TASK_NOUNS = _fold_set(lx.EN_TASK_NOUNS)


def analyze(text: str, default_lang: str = "fr") -> Analysis:
    """Analyse one title; ``default_lang`` is the workshop's language, used when the card is ambiguous."""
    clean = _strip_label(normalise(text))
    tokens, folds, words, stems, score, candidates = read(clean, default_lang)
    lang = detect(tokens, words, clean, default_lang, score)
    if lang != default_lang and _AMBIGUOUS_NUMBER.search(clean):
        # Folded texts do not depend on the language (only the values of "1,250"-like numbers do).
        tokens = read(clean, lang).tokens
    quantities = find_quantities(tokens, candidates)
    start = _skip_prefix(tokens, folds, quantities)
    lead = _find_lead(tokens, start, lang)
    topic = topic_end(folds, start)
    if topic and (lead is None or lead.noun or folds[lead.after : lead.after + 1] == [":"]):
        # "Sécurité : déployer les badges", "Recruiting: …": a topic before a colon, then the card.
        after_topic = _find_lead(tokens, topic, lang)
        if after_topic is not None and not after_topic.noun:
            lead = after_topic
    measures = [q for q in quantities if q.kind == MEASURE or q.kind == RANK] if quantities else []
    metrics = [q for q in measures if q.kind == MEASURE] if measures else []
    # Positional arguments: one Analysis per title, and keywords cost more to pass.
    return Analysis(text, lang, tokens, folds, words, stems, quantities, measures, metrics, lead, clean, {})
