"""Words that hedge a commitment: "essayer de", "si possible", "hopefully", a condition put on it.

A hedged card promises to try; the rules say so, and the coach's rewrites leave the hedge out.
"""

from __future__ import annotations

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text.analysis import LEAD_SKIP, Analysis
from okrworkshop.rules.text.features import _as_written, _phrases
from okrworkshop.rules.text.lexicon import OBJECT_STOPS, words
from okrworkshop.rules.text.memo import memo as _memo
from okrworkshop.rules.text.ranges import ranges


@_memo
def hedge(a: Analysis) -> str | None:
    """The words that hedge a commitment ("essayer", "si possible", "try", "hopefully", a leading
    condition "Si tout va bien, …", a wish: "we would love to", "nous aimerions"), if any.

    Not a leading "Que…" ("Que chaque élève quitte l'année en sachant lire"): French teams write
    the state they aim at in the subjunctive, and trainers who labeled drafts blind call it a good
    objective. The bundled reference answers avoid it (tests/course/test_case_references.py)."""
    spans = hedge_spans(a)
    return _as_written(a, *spans[0]) if spans else None


@_memo
def hedge_spans(a: Analysis) -> list[tuple[int, int]]:
    """Token spans of the words that hedge (see :func:`hedge`), in order: a leading condition up
    to its comma, then each hedging phrase ("try", "si possible")."""
    folds = a.folds
    found: list[tuple[int, int]] = []
    if folds and folds[0] in ("si", "if") and "," in folds[1:8]:
        found.append((0, folds.index(",")))
    for start, end in _phrases(a).get("hedge", ()):
        if a.folds[start] in lx.HEDGE_VERBS and not _hedging_verb(a, start):
            continue
        if not found or start >= found[-1][1]:
            found.append((start, end))
    condition = _trailing_condition(a)
    if condition is not None and not any(s <= condition[0] < e for s, e in found):
        found.append(condition)
    approximate = _approximate_target(a)
    if approximate is not None and not any(s < approximate[1] and approximate[0] < e for s, e in found):
        found.append(approximate)
        found.sort()
    return found


#: Words that make a target approximate ("roughly 20 %", "environ 30 clients", "à peu près 4 000",
#: "something like 10", "autour de 5 %"); after it: "5 % or so", "2 000, give or take", "80 % environ".
_APPROXIMATE_BEFORE = (
    ("roughly",),
    ("approximately",),
    ("approx",),
    ("about",),
    ("around",),
    ("environ",),
    ("a", "peu", "pres"),
    ("grosso", "modo"),
    ("something", "like"),
    ("autour", "de"),
    ("autour", "d'"),
)
_APPROXIMATE_AFTER = (("or", "so"), ("give", "or", "take"), ("environ",), ("ish",))
#: A word of each phrase above that none of the others needs.
_APPROXIMATE_WORDS = frozenset(
    {
        "roughly",
        "approximately",
        "approx",
        "about",
        "around",
        "environ",
        "pres",
        "modo",
        "like",
        "autour",
        "or",
        "ish",
    }
)


def _approximate_target(a: Analysis) -> tuple[int, int] | None:
    """The words that make the card's target approximate ("aim for *roughly* 70%", "*environ* 30
    nouveaux cavistes", "5% *or so*"): a key result promises a figure, not its neighbourhood. Not
    on the start of a range ("from about 20 to 10 minutes": the start is an estimate)."""
    metrics = a.metrics
    folds = a.folds
    if not metrics or _APPROXIMATE_WORDS.isdisjoint(folds):
        return None  # most cards: no word any approximation needs (one set operation)
    starts = {first.start for first, _ in ranges(a)}
    for quantity in metrics:
        if quantity.start in starts:
            continue
        before = tuple(folds[max(0, quantity.start - 3) : quantity.start])
        for words_ in _APPROXIMATE_BEFORE:
            if before[len(before) - len(words_) :] == words_:
                return quantity.start - len(words_), quantity.start
        after = tuple(folds[quantity.end : quantity.end + 3])
        for words_ in _APPROXIMATE_AFTER:
            if after[: len(words_)] == words_:
                return quantity.end, quantity.end + len(words_)
    return None


#: What opens a French condition after "si" ("si le budget le permet", "si on peut", "si tout va").
_FR_CONDITION_STARTS = words("le la les l' on nous tout notre nos il ils elle c'est ca ça cela les")
#: English words before "if" that do not make a condition ("as if", "even if", "what if").
_NOT_CONDITION_BEFORE = words("as even what only")


#: The words :func:`_trailing_condition` looks for.
_CONDITION_WORDS = frozenset({"if", "si", "permitting", "sous"})


def _trailing_condition(a: Analysis) -> tuple[int, int] | None:
    """A condition put on the commitment after it: "… if sales capacity allows", "…, budget
    permitting", "… si le budget le permet", "… sous réserve de …" (to the end of the card)."""
    folds = a.folds
    if _CONDITION_WORDS.isdisjoint(folds):
        return None  # most cards: no word that opens a condition (one set operation)
    n = len(folds)
    for i in range(1, n):
        word = folds[i]
        if word == "if" and folds[i - 1] not in _NOT_CONDITION_BEFORE and i + 1 < n:
            return i, n
        if word == "si" and i + 1 < n and folds[i + 1] in _FR_CONDITION_STARTS:
            return i, n
        if word == "permitting" and a.tokens[i - 1].kind == "word":
            start = i - 1
            while start > 0 and a.tokens[start - 1].kind == "word" and folds[start - 1] not in OBJECT_STOPS:
                start -= 1
            return (start, n) if start > 0 else None
        if word == "sous" and i + 2 < n and folds[i + 1] == "reserve":
            return i, n
    return None


_HEDGE_COMPLEMENTS = frozenset({"to", "de", "d'", "and"})
_GERUND_PREPOSITIONS = words("from of after by before without sans apres avant")


def _hedging_verb(a: Analysis, i: int) -> bool:
    """ "Try to…", "essayer d'…", or the verb the card opens with ("Try harder…", "We will try…")."""
    tokens = a.tokens
    if i > 0 and tokens[i - 1].fold in _GERUND_PREPOSITIONS:
        return False  # "from trying to loving the app": a stage, not a hedge
    if i + 1 < len(tokens) and tokens[i + 1].fold in _HEDGE_COMPLEMENTS:
        return True
    return all(t.kind == "sym" or t.fold in LEAD_SKIP for t in tokens[:i])
