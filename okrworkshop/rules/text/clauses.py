"""Two goals or two measures in one title: coordinators, intervals, relative and verb clauses.

"Augmenter les ventes et réduire les coûts" holds two goals; "Attirer et fidéliser les talents",
"entre 3 et 5 jours", "the share of users who sign up and complete onboarding" and "a fast,
friendly and complete answer" hold one.
"""

from __future__ import annotations

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.analysis import LEAD_SKIP, Analysis
from okrworkshop.rules.text.lexicon import OBJECT_STOPS, words
from okrworkshop.rules.text.ranges import ranges

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
_COORDINATORS = words("et and & + ; ainsi while whilst tout as puis then plus")
_JOINERS = _COORDINATORS | {","}
_RIGHT_SKIP = words("de d' to also aussi en then puis que well as egalement")
_DETERMINERS = words(
    "le la les l' un une des du de d' nos notre leur leurs ses son sa ce cette ces the a an our "
    "their its his her your this these those all tous toutes"
)


_ADVERBS = words("plus moins mieux vite bien davantage encore more less better faster quickly fast")
#: Signs that end a sentence ("Read more. Sleep better.": two aims, one after the other).
_SENTENCE_ENDS = frozenset(
    {".", "!"}
)  # not "?": questions are quoted ("les appels « où en est mon vélo ? »")


def sentences(a: Analysis) -> int:
    """How many sentences with a content word the title holds (a trailing full stop ends the last;
    a stop inside a word, as in "Booking.com", ends none)."""
    count = 0
    content = False
    inside = _stops_inside_words(a)
    for i, token in enumerate(a.tokens):
        if token.fold in _SENTENCE_ENDS and i not in inside:
            count += content
            content = False
        elif token.kind in ("word", "num") and token.fold not in lx.STOP_WORDS and len(token.fold) > 1:
            content = True
    return count + content


#: Signs after which a stop was an abbreviation's ("déc.-févr. :", "approx., ", "Mar.)").
_AFTER_ABBREVIATION = frozenset({":", ",", ";", ")", "-"})


def _stops_inside_words(a: Analysis) -> set[int]:
    """Indexes of the "." tokens that end no sentence: written after a letter and before anything
    but a space ("Booking.com", "e.g", "nov.-mars"), or an abbreviation's before a sign ("déc.-févr.
    :", "approx., ")."""
    found: set[int] = set()
    clean = a.clean
    position = 0
    tokens = a.tokens
    for i, token in enumerate(tokens):
        start = clean.find(token.text, position)
        if start < 0:
            continue
        position = start + len(token.text)
        if token.text != ".":
            continue
        glued = 0 < start < len(clean) - 1 and clean[start - 1].isalnum() and not clean[start + 1].isspace()
        if glued or (i + 1 < len(tokens) and tokens[i + 1].fold in _AFTER_ABBREVIATION):
            found.add(i)
    return found


def _slash_split(a: Analysis) -> bool:
    """Two aims either side of a spaced slash ("Expand into Japan / improve teacher retention",
    "fresher flowers / faster quotes"); "clients/partenaires" or "4,6/5" join no aims."""
    if " / " not in a.clean:
        return False
    left, _, right = a.clean.partition(" / ")

    def content(text: str) -> int:
        return sum(1 for w in text.split() if len(w) > 2 and w.lower() not in lx.STOP_WORDS)

    return content(left) >= 2 and content(right) >= 2


def compound(a: Analysis, *, measures: bool) -> bool:
    """A second goal after a coordinator (a verb with its own object), or with ``measures``, a
    figure on each side of one ("NPS à 45 et churn à 3 %")."""
    if not _SENTENCE_ENDS.isdisjoint(a.folds) and sentences(a) > 1:
        return True  # "Vendre plus. Dépenser moins en pub.": one aim per sentence
    if not measures and _slash_split(a):
        return True
    if _JOINERS.isdisjoint(a.folds):
        return False  # no "et", "and", ";" or comma: one goal, one measure
    tokens = a.tokens
    lead = a.lead
    # Where the first verb's object starts: after the lead, or after a French infinitive the
    # lexicon lacks ("Dépister plus de personnes et former…").
    verb_after = (lead.after if not lead.noun else None) if lead is not None else _unknown_infinitive(a)
    for c, token in enumerate(tokens):
        word = token.fold
        if word not in _COORDINATORS and word != ",":
            continue
        if word == "tout" and (c + 1 >= len(tokens) or tokens[c + 1].fold != "en"):
            continue
        if word == "plus" and a.lang != "en":
            continue
        if word == "as" and "as" in a.folds[max(0, c - 3) : c]:
            continue  # "as easy as buying one": a comparison, not a second aim
        if word == "+" and " + " not in a.clean:
            continue  # "3+ features", "16+": at least, not a second measure
        if _in_interval(a, c) or (word != "," and _in_relative_clause(a, c)):
            continue
        if (
            verb_after is not None
            and c > verb_after
            and _verb_clause_after(a, c, comma=word == ",")
            and any(
                t.kind == "word" and (t.fold not in lx.STOP_WORDS or t.fold in _ADVERBS)
                for t in tokens[verb_after:c]
            )
        ):
            return True
        if measures and (word != "," or _named_measure_after(a, c)):
            left = any(q.end <= c for q in a.metrics)
            right = [q for q in a.metrics if q.start > c]
            if left and right and not _joins_range(a, c):
                return True
    return False


#: Words after a comma that restate or qualify the measure before it ("…, soit 200 clients",
#: "…, i.e. 40 more", "…, dont 30 % en ligne", "…, with 2 h at most").
_RESTATING = words(
    "soit dont avec par pour sur en a au aux chaque mesure mesuree i.e ie that so thus including "
    "with per each measured in at by on for of from de du des d'"
)


def _named_measure_after(a: Analysis, c: int) -> bool:
    """After the comma at ``c``, a second measure named by its own noun, up to the next comma
    ("Water per kg from 8.5 L to 6 L, energy per kg down 10%"; not ", soit 200 clients")."""
    tokens = a.tokens
    if c + 1 >= len(tokens):
        return False
    first = tokens[c + 1]
    if first.kind != "word" or first.fold in lx.STOP_WORDS or first.fold in _RESTATING:
        return False
    if first.fold in lx.PERIOD_WORDS or first.fold in lx.MONTHS:
        return False
    end = next((i for i in range(c + 1, len(tokens)) if tokens[i].fold == ","), len(tokens))
    return any(c < q.start < end for q in a.metrics)


def _unknown_infinitive(a: Analysis) -> int | None:
    """1 when a French card without a known lead opens with a word ending like an infinitive
    ("Dépister", "Fiabiliser"), the index its object starts at; else None."""
    if a.lead is not None or a.lang != "fr" or len(a.tokens) < 3:
        return None
    first = a.tokens[0]
    word = first.fold
    if first.kind != "word" or len(word) < 5 or word in lx.STOP_WORDS or not word.endswith(("er", "ir")):
        return None
    if word in LEAD_SKIP or verbs.lookup(word, "fr") is not None:
        return None  # "Essayer, si on y arrive, de…": a word the lexicon reads already
    return 1


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
    k = j + 1
    while k < len(tokens) - 1 and tokens[k].fold in _ADVERBS:
        k += 1  # "et livrer plus vite nos clients": the object comes after the adverbs
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    if k == len(tokens) - 1 and nxt.fold in _ADVERBS and k > j:
        return True  # "et dépenser moins": a verb and how much is an aim of its own
    if a.lang == "en" and tokens[j].fold in _ADJECTIVE_LIKE_VERBS:
        return nxt.fold in _DETERMINERS
    # A verb has its own object: "et réduire les coûts"; "and support for users" is a noun.
    if nxt.fold in _DETERMINERS or (
        nxt.kind in ("word", "num") and nxt.fold not in OBJECT_STOPS and nxt.fold not in lx.STOP_WORDS
    ):
        return True
    # "and expand into Germany", "and launch in Canada": a verb with a place complement. A word
    # that is as often a noun ("and support for users") only counts before a place.
    if a.lang == "en" and tokens[j].fold in _NOUN_LIKE_VERBS:
        return nxt.fold in _PLACE_PREPOSITIONS
    return nxt.fold in _COMPLEMENT_PREPOSITIONS
