"""The coach's rewrites of a card around its figure: a key result given its start ("de _ à 45"),
and an objective with a figure split into the objective without it and a key result that holds it.

:func:`measure_parts` finds in the card the verb, the measure, the figure and the change it asks
for ("+20 %", "÷2", "×3"); both rewrites are built from those parts, in the card's own words.
"""

from __future__ import annotations

from okrworkshop.rules.coach.phrases import (
    ARTICLES,
    BLANK,
    capitalised,
    definite,
    french_articles,
    lowered_start,
    number_of,
    span_text,
    with_article,
)
from okrworkshop.rules.text import Analysis, Quantity
from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text.verb_lexicon import DOWN_VERBS, UP_VERBS

#: Verbs that state a level to reach rather than a direction ("Atteindre 45", "Reach 2 %").
_REACH_LEMMAS = lx.words(
    "atteindre obtenir arriver viser passer reach hit achieve attain get deliver aim shoot"
)
#: Words before a figure that say "up to this level" ("à 45", "to 2 %", "≥ 45", ": 80 k€").
_LEVEL_BEFORE = frozenset({"a", "au", "to", "at", ">=", ">", "=", ":", "->", "=>", "of", "de", "d'"})
#: Words before a figure that say "by this much" ("de 20 %" after a verb of change, "by 20 %").
_CHANGE_BEFORE = frozenset({"by", "de", "d'"})
_RATE_BEFORE = lx.words("par per")


def no_baseline(a: Analysis, lang: str, target: float | None = None) -> str:
    """ "Atteindre un NPS de 45" -> "Faire passer le NPS de _ à 45"; "Reduce churn to 2 %" ->
    "Reduce churn from _ to 2 %"; a relative change keeps its figure beside the range."""
    parts = measure_parts(a)
    start_word, connector = ("de", "à") if lang == "fr" else ("from", "to")
    if parts is None:
        shown = _number(target, lang) if target is not None else BLANK
        return f"{a.clean.rstrip('. ')} {start_word} {BLANK} {connector} {shown}"
    verb, measure, figure, change, rest = parts
    if change:
        frame = f"{start_word} {BLANK} {connector} {BLANK} ({change})"
    else:
        frame = f"{start_word} {BLANK} {connector} {figure}"
    if verb is None:
        verb = "Faire passer" if lang == "fr" else "Take"
        measure = with_article(definite(measure, lang), lang) or BLANK
    return capitalised(" ".join(p for p in (verb, measure, frame, rest) if p))


def measure_parts(a: Analysis) -> tuple[str | None, str, str, str, str] | None:
    """(verb as written or None to replace, measure, figure, change such as "+20 %" or "", rest)."""
    figures = a.metrics or a.measures
    if not figures:
        return None
    # The share is the target when there is one ("95 % des commandes livrées en 24 h").
    q = next((f for f in figures if f.unit == "percent"), figures[-1])
    lead = a.lead
    head_from = lead.after if lead is not None and not lead.noun else 0
    first_of_figure = _bound_start(a, q.start, head_from)
    figure = span_text(a, first_of_figure, q.end)
    if first_of_figure < q.start and a.lang == "fr" and a.tokens[first_of_figure].fold in _BELOW_FR:
        # "sous 8 %", "inférieur à 8 %" read wrongly after "à": "de _ à moins de 8 %".
        figure = "moins de " + span_text(a, q.start, q.end)
    if first_of_figure == 0:
        figure = lowered_start(figure)  # "Moins de 3 incidents" -> "Incidents de _ à moins de 3"
    if q.word and lead is not None and q.start < head_from:
        # "Doubler le nombre de clients": the verb is the figure.
        start, end = object_span_from(a, head_from)
        factor = f"×{_number(q.value, 'fr')}" if q.value >= 1 else f"÷{_number(1 / q.value, 'fr')}"
        return None, span_text(a, start, end), figure, factor, span_text(a, end, len(a.tokens))
    if _by_a_factor(a, q):
        # "Diviser par deux les retours", "Multiply sign-ups by three": the verb and its figure.
        assert lead is not None
        start, end = (
            object_span_from(a, q.end) if q.start == head_from + 1 else object_span_from(a, head_from)
        )
        sign = "÷" if lead.lemma in _DIVIDING else "×"
        rest = span_text(a, end, q.start - 1) if end < q.start else ""
        rest = " ".join(p for p in (rest, span_text(a, max(end, q.end), len(a.tokens))) if p)
        return None, span_text(a, start, end), figure, f"{sign}{_number(q.value, 'fr')}", rest
    before = first_of_figure
    joining = _LEVEL_BEFORE | _CHANGE_BEFORE | (_SHARE_CHANGE_BEFORE if _is_share_word(q) else frozenset())
    while before > head_from and a.tokens[before - 1].fold in joining:
        before -= 1
    joiner = [t.fold for t in a.tokens[before:first_of_figure]]
    measure = span_text(a, head_from, before)
    after = q.end
    counted = (
        q.unit == "count"
        and not _is_share_word(q)  # "in half across our stores": "half" counts no stores
        and after < len(a.tokens)
        and a.tokens[after].kind == "word"
        and a.tokens[after].fold not in lx.OBJECT_STOPS
        and a.tokens[after].fold not in lx.STOP_WORDS
    )
    share = (
        q.unit == "percent"
        and after + 1 < len(a.tokens)
        and a.tokens[after].fold in _SHARE_OF
        and a.tokens[after + 1].kind == "word"
    )
    bare = not measure or all(t.fold in ARTICLES for t in a.tokens[head_from:before])
    if share:
        # "Atteindre 60 % de clients satisfaits" -> "la part de clients satisfaits".
        start, after = object_span_from(a, after + 1)
        joined = a.tokens[q.end].text.lower()
        counted_word = a.tokens[start].fold if start < len(a.tokens) else ""
        if a.lang != "fr":
            lead_word = "the share of"
        elif joined in ("de", "d'") and not counted_word.endswith(("s", "x")):
            lead_word = f"le taux {joined}"  # "92 % de satisfaction": a rate, not a share
        else:
            lead_word = f"la part {joined}"
        space = "" if lead_word.endswith(("'", "’")) else " "
        measure = f"{lead_word}{space}{span_text(a, start, after)}"
    elif counted or (bare and after < len(a.tokens)):
        # "Atteindre 1 M€ de CA", "Reach 500 paying customers": the measure comes after its figure.
        first = after + 1 if a.tokens[after].fold in ("de", "d'", "of") else after
        start, after = object_span_from(a, first)
        measure = span_text(a, start, after)
    rest = span_text(a, after, len(a.tokens))
    change = ""
    directional = lead is not None and not lead.noun and lead.lemma in (UP_VERBS | DOWN_VERBS)
    if joiner and joiner[-1] in _CHANGE_BEFORE and (q.signed or q.unit == "percent") and directional:
        assert lead is not None
        change = _signed(figure, lead.lemma in DOWN_VERBS)
    elif _is_share_word(q) and directional:
        # "Réduire de moitié les déchets", "Cut waiting time in half": divided by two.
        change = f"÷{round(1 / q.value)}"
    # A verb that moves the measure stays ("Réduire le churn à 2 %"); "Atteindre", "Être",
    # "Améliorer"… give way to "Faire passer … de _ à …".
    verb = span_text(a, 0, head_from) if directional or lead is None or lead.noun else None
    return verb, measure, figure, change, rest


_DIVIDING = lx.words("diviser divide")
_MULTIPLYING = lx.words("multiplier multiply")


def _by_a_factor(a: Analysis, q: Quantity) -> bool:
    """ "Diviser par deux …", "Multiply … by 3": the figure is a factor of the verb."""
    lead = a.lead
    if lead is None or lead.noun or lead.lemma not in _DIVIDING | _MULTIPLYING or q.start == 0:
        return False
    return a.tokens[q.start - 1].fold in ("par", "by") and q.value > 1


def _is_share_word(q: Quantity) -> bool:
    """ "moitié", "half", "un tiers": a part of the whole, written in words."""
    return q.word and q.unit == "count" and 0 < q.value < 1


#: Words before a part written in words that say "by this part" ("in half", "en deux").
_SHARE_CHANGE_BEFORE = frozenset({"in", "en"})
#: French ceilings that do not read after "à" ("de _ à sous 8 %"): written "moins de".
_BELOW_FR = frozenset({"sous", "en", "inferieur", "inferieure", "inferieurs", "inferieures"})
#: What joins a share to what it counts ("60 % *des* commandes", "40 % *of* homes").
_SHARE_OF = frozenset({"de", "d'", "des", "du", "of"})


def _bound_start(a: Analysis, start: int, floor: int) -> int:
    """Where a figure starts with its ceiling words ("moins de 2 %", "under 1 %", "< 3")."""
    folds = [t.fold for t in a.tokens]
    for bound in sorted(lx.UPPER_BOUNDS, key=len, reverse=True):
        begin = start - len(bound)
        if begin >= floor and tuple(folds[begin:start]) == bound:
            return begin
    return start


def object_span_from(a: Analysis, start: int) -> tuple[int, int]:
    """A noun phrase from ``start`` to the next purpose, deadline or break."""
    end = start
    while end < len(a.tokens) and (
        end == start or (a.tokens[end].fold not in lx.OBJECT_STOPS and not _deadline_at(a, end))
    ):
        end += 1
    return start, end


#: Words that open a deadline or a period after a noun phrase ("d'ici juin", "this year").
_THIS = lx.words("this next ce cet cette")
_SPANS = lx.words("year quarter season term semester month week annee trimestre saison semestre mois semaine")


def _deadline_at(a: Analysis, k: int) -> bool:
    """ "… nos déchets *d'ici* 2028", "… pints *this year*": the object ends before its deadline."""
    if k + 1 >= len(a.tokens):
        return False
    here, nxt = a.tokens[k].fold, a.tokens[k + 1].fold
    return (here == "d'" and nxt == "ici") or (here in _THIS and nxt in _SPANS)


def _signed(figure: str, down: bool) -> str:
    return figure if figure[:1] in "+-−" else ("−" if down else "+") + figure


def _number(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "fr" else text


def metric_objective(a: Analysis, lang: str) -> tuple[str, str]:
    """ "Grow revenue by 20 % in Q3" -> ("Grow revenue in Q3", "Grow revenue from _ to _ (+20 %) in Q3"):
    the objective without its figures, and a key result that holds them."""
    key_result = no_baseline(a, lang)
    parts = measure_parts(a)
    lead = a.lead
    figures = a.metrics or a.measures
    verb_is_figure = (
        bool(figures) and lead is not None and figures[-1].word and figures[-1].start < lead.after
    )
    reach = lead is not None and not lead.noun and lead.lemma in _REACH_LEMMAS
    factor = bool(figures) and _by_a_factor(a, figures[-1])
    if parts is not None and (verb_is_figure or reach or factor):
        # "Atteindre 1 M€ de CA", "Doubler le nombre de clients": the verb carried the figure.
        _, measure, _, change, rest = parts
        down = change.startswith(("÷", "−", "-"))
        verb = ("Réduire" if down else "Faire croître") if lang == "fr" else ("Reduce" if down else "Grow")
        measure = number_of(measure, lang) or with_article(definite(measure, lang), lang) or BLANK
        return " ".join(p for p in (verb, measure, rest) if p), key_result
    drop: set[int] = set()
    for q in a.metrics:
        drop.update(range(q.start, q.end))
        before = q.start - 1
        joining = _LEVEL_BEFORE | _CHANGE_BEFORE | _RATE_BEFORE
        if _is_share_word(q):
            joining = joining | _SHARE_CHANGE_BEFORE
        while before >= 0 and a.tokens[before].fold in joining:
            drop.add(before)
            before -= 1
    articles = french_articles(a, drop) if lang == "fr" and a.lang == "fr" else {}
    drop.update(i for i, word in articles.items() if word == "")
    kept = [i for i in range(len(a.tokens)) if i not in drop]
    pieces: list[str] = []
    run: list[int] = []
    for i in kept:
        if run and i != run[-1] + 1:
            pieces.append(span_text(a, run[0], run[-1] + 1))
            run = []
        if not run and articles.get(i):
            pieces.append(articles[i])
        run.append(i)
    if run:
        pieces.append(span_text(a, run[0], run[-1] + 1))
    objective = capitalised(" ".join(p for p in pieces if p).strip(" ,:;-"))
    return objective or BLANK, key_result
