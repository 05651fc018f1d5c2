"""Quantities in a card: numbers with their units, number words, and what is *not* a measure.

``Q3``, ``T1 2027``, ``d'ici 6 mois``, ``31 mars``, ``ISO 9001`` and ``24/7`` contain digits but
measure nothing: they are periods, dates and names. A rank (``top 3``, ``n° 1``) measures a key
result but is a slogan in an objective. Everything else with a number is a measure: ``48 h``,
``12 k€``, ``4,5/5``, ``de 32 à 45``, ``doubler``, ``la moitié``, ``twice``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.normalize import Token

MEASURE, RANK, PERIOD, NAME = "measure", "rank", "period", "name"

_PERIOD_TOKEN = re.compile(r"^(?:[tqsh][1-4](?:'?\d{2,4})?|fy\d{2,4}|s[12]|[12]s|h[12])$")
_MULTIPLIER_TOKEN = re.compile(r"^x\d+(?:[.,]\d+)?$")
_RANK_WORDS = frozenset(
    {"n", "no", "numero", "number", "rang", "rank", "top", "classement", "ranking", "position"}
)
_CURRENCY_SYMBOLS = frozenset({"€", "$", "£"})
#: "J+12", "D+5": a day counted from an event (the close of the month, the order).
_DAY_OFFSETS = frozenset({"j", "d"})
#: Before a day offset, words that make it the day something is done ("à J+2", "by D+3").
_AT_A_DAY = frozenset({"a", "au", "at", "by", "on", "avant", "before", "des", "until", "jusqu'"})


def _day_offset_before(tokens: list[Token], i: int) -> bool:
    """Another day offset a few tokens before ``i`` ("de J+12 *à* J+5": the end of a range)."""
    return any(
        tokens[k].fold in _DAY_OFFSETS and tokens[k + 1].fold == "+" for k in range(max(0, i - 4), i - 1)
    )


#: What makes the number after it a rank ("top 3", "n° 1" is handled apart, "#1").
_RANK_BEFORE = _RANK_WORDS | {"#"}
_FRACTION_LEADS = frozenset({"un", "une", "deux", "trois", "des", "la", "a", "one", "two"})
_HALF_PERIOD_LEADS = frozenset({"first", "second", "this", "next", "last", "premier"})
_STRICT_PERIOD_PREPOSITIONS = frozenset(
    {"ici", "within", "next", "prochains", "prochaines", "sous", "dans", "over"}
)


#: Number words that are also other words: "neuf" (new), "sept" (the month, abbreviated). They
#: count inside a hyphenated number ("dix-sept"), before a plural noun ("neuf nuits") or before
#: "sur" ("sept sur dix"); "un site neuf", "remis à neuf" and "15 sept" count nothing.
_AMBIGUOUS_NUMBER_WORDS = {"neuf": 9.0, "sept": 7.0}
#: Words that may start a quantity besides number words ("un million", "numéro un").
_WORD_STARTS = frozenset({"un", "one", "a", "numero", "number", *_AMBIGUOUS_NUMBER_WORDS})
#: Fractions after "one"/"un" ("one third", "un cinquième"; "un tiers", "un quart" are number words).
_FRACTION_PARTS = {
    "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "tiers": 3, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "dixieme": 10,
}  # fmt: skip
_AFTER_A_SHARE = frozenset({"of", "to", "and", "or", "in", "by"})


_new = tuple.__new__  # builds a Quantity without its Python-level constructor (hot path)


class Quantity(NamedTuple):
    """A quantity found in a card, with the token span ``[start, end)`` it covers."""

    value: float
    unit: str
    kind: str
    start: int
    end: int
    #: Spelt as a word ("deux", "doubler", "half") rather than in digits.
    word: bool = False
    #: Written with a sign (``+15 %``): a change rather than a level.
    signed: bool = False


def _prev_word(tokens: list[Token], i: int) -> str:
    return tokens[i - 1].fold if i > 0 else ""


def _is_year(tokens: list[Token], i: int, value: float) -> bool:
    token = tokens[i]
    if token.suffix or not (1900 <= value <= 2100) or not value.is_integer() or len(token.text) != 4:
        return False
    before = _prev_word(tokens, i)
    if before in lx.PERIOD_WORDS or before in lx.MONTHS or _PERIOD_TOKEN.match(before):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    # "2000 clients" counts clients; "fin 2027." and "2027 et 2028" are years.
    return (
        after is None or after.kind != "word" or after.fold in lx.STOP_WORDS or after.fold in lx.PERIOD_WORDS
    )


def _unit_after(tokens: list[Token], j: int, value: float) -> tuple[float, str, int]:
    """Read scale words and a unit after a number at ``j``: returns (value, unit family, next index)."""
    n = len(tokens)
    unit = ""
    if j < n and tokens[j].kind == "word" and tokens[j].fold in lx.SCALES:
        value *= lx.SCALES[tokens[j].fold]
        unit = "count"
        j += 1
        # "3 millions d'euros", "2 millions de visiteurs"
        if j + 1 < n and tokens[j].fold in ("d'", "de", "of") and tokens[j + 1].fold in lx.UNITS:
            unit = lx.UNITS[tokens[j + 1].fold]
            return value, unit, j + 2
    if j < n:
        nxt = tokens[j]
        if nxt.kind in ("sym", "word") and nxt.fold in lx.UNITS:
            return value, lx.UNITS[nxt.fold], j + 1
        if j + 1 < n and nxt.fold in ("pour", "per"):
            # "4,1 pour mille", "3 per thousand", "12 per cent"
            two_words = _TWO_WORD_UNITS.get((nxt.fold, tokens[j + 1].fold))
            if two_words is not None:
                return value, two_words, j + 2
    return value, unit, j


_TWO_WORD_UNITS = {
    ("pour", "mille"): "permille",
    ("per", "mille"): "permille",
    ("per", "thousand"): "permille",
    ("pour", "cent"): "percent",
    ("per", "cent"): "percent",
}


#: Words that may start a quantity ("deux", "moitié", "un million", "numéro un").
_QUANTITY_WORDS = _WORD_STARTS | frozenset(lx.NUMBER_WORDS)


def may_start_quantity(token: Token) -> bool:
    """Whether a quantity may start at this token: a number, a slashed figure, a period, a number
    word ("deux", "moitié", "un million"), a word ending with a digit ("T1") or a hyphenated
    number word ("vingt-cinq"). A function of the token alone (the reading keeps it per chunk)."""
    kind = token.kind
    if kind == "sym":
        return False
    if kind != "word":
        return True
    folded = token.fold
    words = _QUANTITY_WORDS
    return folded in words or folded[-1].isdigit() or ("-" in folded and folded.partition("-")[0] in words)


def find_quantities(tokens: list[Token], candidates: list[int] | None = None) -> list[Quantity]:
    """Every quantity in the tokens, in order, each classified as measure, rank, period or name.

    ``candidates`` are the indexes of the tokens that :func:`may_start_quantity` (the others are
    passed over), when the caller has them already.
    """
    if candidates is None:
        candidates = [i for i, token in enumerate(tokens) if may_start_quantity(token)]
    found: list[Quantity] = []
    skip_to = 0  # tokens before this index belong to the quantity found last
    for i in candidates:
        if i < skip_to:
            continue
        token = tokens[i]
        kind = token.kind
        if kind == "word":
            folded = token.fold
            if folded[-1].isdigit() or folded in _QUANTITY_WORDS:
                quantity = _word(tokens, i)
            else:
                quantity = _compound_word(tokens, i)
            if quantity is None:
                continue
            if folded == "demi" and found and found[-1].end == i - 1 and tokens[i - 1].fold == "et":
                # "deux mois et demi": one duration, not a second figure
                last = found[-1]
                found[-1] = last._replace(value=last.value + 0.5, end=i + 1)
                skip_to = i + 1
                continue
        elif kind == "num":
            quantity = _number(tokens, i)
        elif kind == "slash":
            quantity = _slashed(token.fold, i)
        else:
            quantity = _new(Quantity, (0.0, "", PERIOD, i, i + 1, False, False))
        found.append(quantity)
        skip_to = quantity.end
    return _join_pairs(tokens, found) if len(found) > 1 else found


#: Words between the two numbers of a proportion: "huit nuits sur dix", "one in three".
_PROPORTION = frozenset({"sur", "in"})
_HUNDREDS = frozenset({"hundred", "cent", "cents"})


def _join_pairs(tokens: list[Token], found: list[Quantity]) -> list[Quantity]:
    """ "Huit nuits sur dix", "one in three", "3 sur 4": one proportion (a percentage), not two
    counts; "a hundred and twenty": one number."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        if (
            second is not None
            and first.word
            and second.word
            and second.start == first.end + 1
            and tokens[first.end].fold == "and"
            and first.value >= 100
            and first.value % 100 == 0
            and 0 < second.value < 100
        ):
            # "a hundred and twenty", "two thousand and fifty": one number
            merged.append(first._replace(value=first.value + second.value, unit=second.unit, end=second.end))
            i += 2
            continue
        if (
            second is not None
            and first.word
            and second.word
            and second.start == first.end
            and first.value >= 100
            and 0 < second.value < 1000
            and second.value < first.value
            and (first.value % 1000 == 0 or second.value < 100)
        ):
            # "deux cent cinquante", "deux mille cinq cents": one number, written in several words
            found[i + 1] = first._replace(value=first.value + second.value, unit=second.unit, end=second.end)
            i += 1
            continue
        # Most pairs: no "sur"/"in" right before the second figure (one lookup, no gap list).
        if second is not None and second.start > 0 and tokens[second.start - 1].fold in _PROPORTION:
            gap = [t.fold for t in tokens[first.end : second.start]]
            after = tokens[second.end] if second.end < len(tokens) else None
            bare_after = after is None or after.kind != "word" or after.fold in lx.STOP_WORDS
            if (
                first.kind == MEASURE
                and second.kind == MEASURE
                # "neuf fois sur dix": times out of a number of occasions
                and (first.unit == "count" or (first.unit == "times" and gap[-1:] == ["sur"]))
                and second.unit == "count"
                and second.value > 0
                and first.value <= second.value
                and float(first.value).is_integer()
                and float(second.value).is_integer()
                and 1 <= len(gap) <= 2
                and gap[-1] in _PROPORTION
                # "Open 5 stores in 3 cities" counts two things; "sur" is always a proportion.
                and (gap[-1] == "sur" or len(gap) == 1 or bare_after)
            ):
                value = round(100 * first.value / second.value, 1)
                merged.append(Quantity(value, "percent", MEASURE, first.start, second.end, word=first.word))
                i += 2
                continue
        merged.append(first)
        i += 1
    return merged


def _proportion_after(tokens: list[Token], i: int) -> bool:
    """ "un sur deux", "one in three", "un client sur deux": "sur"/"in" then a number, one word apart at most."""
    for gap in (1, 2):
        j = i + gap
        if j + 1 < len(tokens) and tokens[j].fold in _PROPORTION:
            nxt = tokens[j + 1]
            return nxt.kind == "num" or nxt.fold in lx.NUMBER_WORDS
    return False


def _compound_word(tokens: list[Token], i: int) -> Quantity | None:
    """A number written as hyphenated words: "vingt-cinq", "quatre-vingt-dix", "twenty-five"."""
    parts = [p for p in tokens[i].fold.split("-") if p not in ("et", "and")]
    total = current = 0.0
    for part in parts:
        value = lx.NUMBER_WORDS.get(part) or _AMBIGUOUS_NUMBER_WORDS.get(part)
        if value is None and part in ("un", "une", "one"):
            value = 1.0
        if value is None or value < 1:
            return None
        if value in (100, 1000):
            current = max(current, 1.0) * value
            if value == 1000:
                total, current = total + current, 0.0
        elif part == "vingt" and current in (4.0,):
            current *= 20  # quatre-vingt
        else:
            current += value
    value, unit, end = _unit_after(tokens, i + 1, total + current)
    return Quantity(value, unit or "count", MEASURE, i, end, word=True)


def _number(tokens: list[Token], i: int) -> Quantity:
    token = tokens[i]
    value, suffix, start = token.value, token.suffix, i
    before = _prev_word(tokens, i)
    if suffix == "g" and token.text.endswith("G"):
        return Quantity(value, "", NAME, i, i + 1)  # 4G, 5G: a network, not grams
    if len(suffix) == 3 and suffix[0] == "h" and suffix[1:].isdigit():
        # "1h30": an hour and a half
        value, suffix = value + int(suffix[1:]) / 60, "h"
    if suffix:
        if suffix in lx.ORDINAL_SUFFIXES:
            nxt = tokens[i + 1].fold if i + 1 < len(tokens) else ""
            calendar = nxt in lx.MONTHS or nxt in (
                "trimestre",
                "semestre",
                "quarter",
                "half",
                "semaine",
                "week",
            )
            return Quantity(value, "", PERIOD if calendar else RANK, i, i + 1)
        if suffix in lx.SCALES:
            value *= lx.SCALES[suffix]
            value, unit, end = _unit_after(tokens, i + 1, value)
            unit = unit or "count"
        elif suffix in lx.UNITS:
            unit, end = lx.UNITS[suffix], i + 1
        else:
            return Quantity(value, "", NAME, i, i + 1)  # 4G, 3D, 5G
    else:
        value, unit, end = _unit_after(tokens, i + 1, value)
    if unit == "hours" and end < len(tokens) and tokens[end].kind == "num" and not tokens[end].suffix:
        minutes = tokens[end].value
        if minutes.is_integer() and 0 <= minutes < 60:
            value, end = value + minutes / 60, end + 1  # "3 h 40"
    if before == "+" and not unit and i > 1 and tokens[i - 2].fold in _DAY_OFFSETS:
        # "de J+12 à J+5": the day something happens, a duration to cut; "Appeler à J+2": when.
        if _prev_word(tokens, i - 2) in _AT_A_DAY and not _day_offset_before(tokens, i - 2):
            return Quantity(value, "days", PERIOD, i - 2, end)
        unit, start = "days", i - 2
    if before in _CURRENCY_SYMBOLS:
        unit, start = "money", i - 1
    elif before == "x":
        unit, start = "times", i - 1
    if before in _RANK_BEFORE or (before == "°" and _prev_word(tokens, i - 1) == "n"):
        return Quantity(value, unit, RANK, start, end)
    if unit:
        if unit in lx.CALENDAR_UNITS and before in lx.PERIOD_PREPOSITIONS:
            return Quantity(value, unit, PERIOD, start, end)
        if unit in lx.SHORT_CALENDAR_UNITS and before in _STRICT_PERIOD_PREPOSITIONS:
            return Quantity(value, unit, PERIOD, start, end)
        return _new(Quantity, (value, unit, MEASURE, start, end, False, token.signed))
    # A bare number: a count, unless it names, dates or bands something.
    if (
        (before in lx.IDENTIFIER_WORDS and not _leading_verb(tokens, i))
        or _after_proper_name(tokens, i)
        or _model_name(tokens, i)
    ):
        return Quantity(value, unit, NAME, start, end)
    if before in _BETWEEN and _between_things(tokens, i):
        # "entre 2 visites", "between 2 releases": the time between them, not a figure to reach
        return Quantity(value, unit, PERIOD, start, end)
    if _whole_set(tokens, i):
        # "live in all 14 shops", "dans toutes les 6 agences": where, not how many
        return Quantity(value, unit, NAME, start, end)
    if _age_band(tokens, i):
        # "les 18-25 ans": an age group, not a figure.
        return Quantity(value, "", NAME, start, i + 3 if tokens[i + 1].fold == "-" else i + 4)
    if _is_year(tokens, i, value):
        return Quantity(value, "years", PERIOD, start, end)
    if value.is_integer() and 1 <= value <= 31:
        nxt = tokens[i + 1].fold if i + 1 < len(tokens) else ""
        if nxt in lx.MONTHS or before in lx.MONTHS:
            return Quantity(value, "", PERIOD, start, end)
    return _new(Quantity, (value, "count", MEASURE, start, end, False, token.signed))


def _after_proper_name(tokens: list[Token], i: int) -> bool:
    """ "Corridor 4", "Star Drift 2": a bare number right after a capitalised word inside the title
    (not its first word, not an acronym such as "NPS 40") names a thing. Not in a title that
    capitalises most of its words after the first ("Close Deals With 20 Customers")."""
    if i < 2:
        return False
    prev = tokens[i - 1]
    text = prev.text
    if prev.kind != "word" or not text[:1].isupper() or text.isupper() or prev.fold in lx.STOP_WORDS:
        return False
    # The first word is capitalised in any sentence: only the others tell a title in title case.
    long_words = [t.text for t in tokens[1:] if t.kind == "word" and len(t.text) > 3]
    capitalised = sum(w[:1].isupper() for w in long_words)
    return capitalised * 2 <= len(long_words)


#: Words that make what follows one thing among others ("every ATR 72", "nos A320", "the F-35").
_THING_DETERMINERS = frozenset(
    {
        "every",
        "each",
        "all",
        "our",
        "the",
        "their",
        "any",
        "chaque",
        "tous",
        "toutes",
        "nos",
        "notre",
        "les",
        "le",
        "la",
        "nouveau",
        "nouvelle",
        "new",
    }
)


def _leading_verb(tokens: list[Token], i: int) -> bool:
    """ "Release 8 new beers": the word before the number opens the card and is a verb, so the
    number counts its object ("Release 8" alone would name a version)."""
    return i == 1 and any(verbs.lookup(tokens[0].fold, lang) is not None for lang in ("en", "fr"))


#: "entre deux bulletins", "between two seasons".
_BETWEEN = frozenset({"entre", "between"})


def _between_things(tokens: list[Token], i: int) -> bool:
    """ "entre deux bulletins", "between 2 releases": a bare number after "entre"/"between" (the
    caller has seen it) and before a noun names the interval between two things, unless "et"/"and"
    makes it a band ("entre 2 et 4 %", "between two and five days")."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.kind == "word" and nxt.fold not in lx.STOP_WORDS and nxt.fold not in lx.UNITS


def _whole_set(tokens: list[Token], i: int) -> bool:
    """ "all 14 shops", "tous les 12 sites", "each of our 5 depots", "sur les 200 molécules": every
    one of a known set."""
    if i == 0 or tokens[i - 1].fold not in _WHOLE_SET_ENDS:
        return False  # most numbers: the word before them opens no set (one lookup)
    before = tuple(t.fold for t in tokens[max(0, i - 3) : i])
    return before[-1:] == ("all",) or before[-2:] in _WHOLE_SET_PAIRS or before[-3:] in _WHOLE_SET_TRIPLES


_WHOLE_SET_PAIRS = frozenset(
    {
        ("tous", "les"),
        ("toutes", "les"),
        ("all", "our"),
        # "ruptures sur les 200 molécules critiques", "among the 40 depots": the set counted in
        ("sur", "les"),
        ("parmi", "les"),
        ("among", "the"),
        ("across", "the"),
    }
)
_WHOLE_SET_TRIPLES = frozenset({("each", "of", "our"), ("all", "of", "our")})
#: The last word of every phrase above (and "all" alone).
_WHOLE_SET_ENDS = frozenset({"all"} | {phrase[-1] for phrase in _WHOLE_SET_PAIRS | _WHOLE_SET_TRIPLES})


def _model_name(tokens: list[Token], i: int) -> bool:
    """ "every ATR 72", "chaque TGV 2N2": a bare number right after a word in capitals that a
    determiner counts names a model, not a measure such as "NPS 45". Not in a title written in
    capitals, where every word looks like an acronym."""
    if i < 2:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or len(prev.text) < 2 or not prev.text.isupper():
        return False
    if tokens[i - 2].fold not in _THING_DETERMINERS or prev.fold in lx.METRIC_ACRONYMS:
        return False
    words = [t.text for t in tokens if t.kind == "word" and len(t.text) > 3]
    return sum(w.isupper() for w in words) * 2 < len(words)


_AGE_WORDS = frozenset({"ans", "years", "year-olds", "yo"})
_AGE_GAPS = frozenset({"-", "a", "to"})


def _age_band(tokens: list[Token], i: int) -> bool:
    """ "18-25 ans", "18 à 25 ans", "25-40 year-olds"."""
    n = len(tokens)
    if i + 3 >= n or tokens[i + 1].fold not in _AGE_GAPS:
        return False
    for gap in (("-",), ("a",), ("to",)):
        j = i + 1 + len(gap)
        if j + 1 < n and tuple(t.fold for t in tokens[i + 1 : j]) == gap and tokens[j].kind == "num":
            return tokens[j + 1].fold in _AGE_WORDS
    return False


def _ambiguous_word(tokens: list[Token], i: int) -> Quantity | None:
    """ "Neuf nuits sur dix", "sept adhérents", "sept sur dix", "de neuf à quatre": the number
    (see :data:`_AMBIGUOUS_NUMBER_WORDS`); "un site neuf", "remettre à neuf", "le 3 sept": not."""
    if i + 1 >= len(tokens) or _prev_word(tokens, i) in ("a", "tout", "le", "du", "au"):
        return None
    nxt = tokens[i + 1]
    then = tokens[i + 2] if i + 2 < len(tokens) else None
    # "de neuf à quatre": one end of a range, the other end a number
    in_range = (
        nxt.fold in lx.RANGE_CONNECTORS
        and then is not None
        and (then.kind == "num" or then.fold in lx.NUMBER_WORDS)
    )
    plural = len(nxt.fold) > 2 and nxt.fold[-1] in "sx" and nxt.fold not in lx.STOP_WORDS
    if nxt.kind == "num" or not (in_range or plural or nxt.fold == "sur" or nxt.fold in lx.UNITS):
        return None
    value, unit, end = _unit_after(tokens, i + 1, _AMBIGUOUS_NUMBER_WORDS[tokens[i].fold])
    return Quantity(value, unit or "count", MEASURE, i, end, word=True)


def _slashed(text: str, i: int) -> Quantity:
    """``4,5/5`` is a score; ``24/7`` and ``7j/7`` are opening hours; ``31/03`` a date."""
    parts = [p for p in text.replace("h", "").replace("j", "").split("/") if p]
    try:
        numerator = float(parts[0].replace(",", "."))
        denominator = float(parts[1])
    except (IndexError, ValueError):
        return Quantity(0.0, "", NAME, i, i + 1)
    if denominator in (7, 24) or (numerator in (7, 24) and denominator in (7, 24)):
        return Quantity(numerator, "", NAME, i, i + 1)
    if len(parts) == 2 and denominator in (5, 10, 20, 100) and numerator <= denominator:
        return Quantity(numerator, "score", MEASURE, i, i + 1)
    return Quantity(0.0, "", PERIOD, i, i + 1)


_PLACE_STEPS = frozenset(
    {"pas", "rue", "rues", "arret", "arrets", "station", "stations", "porte", "portes"}
    | {"street", "streets", "block", "blocks", "stop", "stops", "door", "doors"}
)
_DISTANCE_ENDS = frozenset({"de", "d'", "from", "away"})


def _is_distance(tokens: list[Token], i: int, before: str) -> bool:
    """A count of streets, stops or steps between two places ("à deux arrêts de", "three streets
    away from") places the aim; it is no target."""
    if i + 1 >= len(tokens) or tokens[i + 1].fold not in _PLACE_STEPS:
        return False
    if tokens[i + 1].fold == "pas":
        return before == "a"  # "à deux pas": close by; "deux pas de danse" are steps
    after = tokens[i + 2].fold if i + 2 < len(tokens) else ""
    return after in _DISTANCE_ENDS and (before == "a" or after in ("from", "away"))


def _word(tokens: list[Token], i: int) -> Quantity | None:
    word = tokens[i].fold
    if word[-1].isdigit():
        if _PERIOD_TOKEN.match(word):
            return Quantity(0.0, "", PERIOD, i, i + 1)
        if _MULTIPLIER_TOKEN.match(word):
            return Quantity(float(word[1:].replace(",", ".")), "times", MEASURE, i, i + 1)
        return None
    if word in _AMBIGUOUS_NUMBER_WORDS:
        return _ambiguous_word(tokens, i)
    if word not in lx.NUMBER_WORDS:
        if (
            word in ("un", "one")
            and i + 1 < len(tokens)
            and tokens[i + 1].fold in ("million", "milliard", "billion")
        ):
            return Quantity(lx.SCALES[tokens[i + 1].fold], "count", MEASURE, i, i + 2, word=True)
        if word in ("numero", "number") and i + 1 < len(tokens) and tokens[i + 1].fold in ("un", "one", "1"):
            return Quantity(1.0, "", RANK, i, i + 2, word=True)
        if word in ("un", "une", "one") and _proportion_after(tokens, i):
            return Quantity(1.0, "count", MEASURE, i, i + 1, word=True)  # "one in three"
        if word in ("un", "une", "one", "a") and i + 1 < len(tokens):
            parts = _FRACTION_PARTS.get(tokens[i + 1].fold)
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if (
                word == "a"
                and after is not None
                and after.kind == "word"
                and after.fold not in _AFTER_A_SHARE
            ):
                parts = None  # "a third store" counts stores; "a third of…", "to a quarter" is a share
            if parts:  # "one fifth", "un cinquième", "a tenth": a share
                return Quantity(round(100 / parts, 1), "percent", MEASURE, i, i + 2, word=True)
        return None
    before = _prev_word(tokens, i)
    if word in ("double", "doubling") and i + 1 < len(tokens) and tokens[i + 1].fold == "down":
        return None  # "double down on…": an idiom, not a figure
    if _is_distance(tokens, i, before):
        return None  # "à trois rues de chez vous", "two blocks from your door": where, not how much
    if word in ("tiers", "quart") and before not in _FRACTION_LEADS:
        return None  # "prestataires tiers", "quart d'heure"
    if word == "half" and before in _HALF_PERIOD_LEADS:
        return Quantity(0.0, "", PERIOD, i, i + 1)
    value, j = lx.NUMBER_WORDS[word], i + 1
    if j < len(tokens) and tokens[j].fold in _HUNDREDS and 1 < value < 100:
        value, j = value * 100, j + 1  # "five hundred", "deux cents"
    value, unit, end = _unit_after(tokens, j, value)
    if not unit and before in _BETWEEN and _between_things(tokens, i):
        return Quantity(value, "", PERIOD, i, end, word=True)
    if unit in lx.CALENDAR_UNITS and before in lx.PERIOD_PREPOSITIONS:
        return Quantity(value, unit, PERIOD, i, end, word=True)
    return Quantity(value, unit or "count", MEASURE, i, end, word=True)
