"""The coach's rewrites, rule by rule, in French and English (one function per kind of flaw).

Each function receives the analysed title and returns the new title (with ``_`` where the team
has to fill in a figure or a measure), built from the card's own words: the verb's object, the
measure and the figure stay; what changes is the frame around them ("de _ à _", "Faire passer").
"""

from __future__ import annotations

from okrworkshop.rules.coach.gerunds import gerund
from okrworkshop.rules.coach.phrases import (
    capitalised,
    definite,
    lowered_start,
    object_span,
    of,
    span_text,
    to_the,
)
from okrworkshop.rules.text import Analysis, Quantity, fold, verbs
from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text.verb_lexicon import DOWN_VERBS, UP_VERBS

BLANK = "_"
#: Project verbs whose deliverable people then use: the outcome is who uses it.
_LAUNCH_LEMMAS = lx.folded_words(
    "lancer déployer livrer installer implémenter implanter migrer ouvrir sortir mettre refondre "
    "lancement déploiement livraison installation implémentation migration ouverture sortie mise "
    "refonte launch deploy ship release install implement migrate open roll set introduce rollout "
    "redesign rebuild revamp overhaul launching"
)
#: Verbs that state a level to reach rather than a direction ("Atteindre 45", "Reach 2 %").
_REACH_LEMMAS = lx.words(
    "atteindre obtenir arriver viser passer reach hit achieve attain get deliver aim shoot"
)
#: Words before a figure that say "up to this level" ("à 45", "to 2 %", "≥ 45", ": 80 k€").
_LEVEL_BEFORE = frozenset({"a", "au", "to", "at", ">=", ">", "=", ":", "->", "=>", "of", "de", "d'"})
#: Words before a figure that say "by this much" ("de 20 %" after a verb of change, "by 20 %").
_CHANGE_BEFORE = frozenset({"by", "de", "d'"})
_RATE_BEFORE = lx.words("par per")


def _object(a: Analysis) -> str:
    start, end = object_span(a)
    return span_text(a, start, end)


def _tail(a: Analysis, end: int) -> str:
    """What the card says after its object ("pour les PME", "d'ici juin"), kept as written."""
    return span_text(a, end, len(a.tokens))


def task_key_result(a: Analysis, lang: str) -> str:
    """ "Lancer l'appli mobile" -> "Faire passer les utilisateurs actifs de l'appli mobile de _ à _";
    "Rédiger une plaquette" -> "Faire passer _ de _ à _ en rédigeant une plaquette" (the task
    becomes the means of a measured outcome)."""
    lead = a.lead
    if lead is None:
        # "Carte déployée dans les 12 magasins": no verb to replace; the card names the deliverable.
        thing = lowered_start(span_text(a, 0, len(a.tokens)))
        if lang == "fr":
            return f"Faire passer {BLANK} de {BLANK} à {BLANK} grâce à « {thing} »"
        return f"Move {BLANK} from {BLANK} to {BLANK} thanks to “{thing}”"
    start, end = object_span(a)
    thing = definite(span_text(a, start, end), lang)
    if thing and a.metrics and any(q.end == start for q in a.metrics):
        thing = _with_article(thing, lang)  # "Recruter 2 développeurs": "nos développeurs"
    if lead.lemma in _LAUNCH_LEMMAS and thing and not a.metrics:
        tail = _tail(a, end)
        # "… avant fin mars", "… on Mac and Linux" stay; "to the new CMS" (a destination) goes.
        tail = "" if not tail or tail.split(" ", 1)[0].lower() in _DESTINATIONS else f" {tail}"
        if lang == "fr":
            return f"Faire passer les utilisateurs actifs {of(thing, lang)} de {BLANK} à {BLANK}{tail}"
        return f"Grow active users {of(thing, lang)} from {BLANK} to {BLANK}{tail}"
    return by_doing(a, lang)


_DESTINATIONS = frozenset({"to", "into", "onto", "vers", "à", "a", "au", "aux", "sur"})


def by_doing(a: Analysis, lang: str) -> str:
    """ "Faire passer _ de _ à _ en rédigeant une plaquette", "Move _ from _ to _ by training all
    staff": an outcome to choose, reached through what the card says to do."""
    frame = (
        f"Faire passer {BLANK} de {BLANK} à {BLANK}"
        if lang == "fr"
        else f"Move {BLANK} from {BLANK} to {BLANK}"
    )
    lead = a.lead
    if lead is None or lead.noun:
        whole = lowered_start(a.clean.strip().rstrip(".!"))
        if lang == "fr":
            return f"{frame} grâce {to_the(_noun_article(whole))}"
        return f"{frame} thanks to {definite(whole, lang) if whole.split(' ', 1)[0].lower() in ('a', 'an') else 'the ' + whole}"
    means = "en" if lang == "fr" else "by"
    verb_at = _verb_index(a)
    particle = span_text(a, verb_at + 1, lead.after) if verb_at is not None else ""
    rest = _rest_as_gerunds(a, lead.after, lang)
    ing = gerund(lead.lemma, lang)
    written = a.tokens[verb_at].text if verb_at is not None else ""
    if written[:2].lower() in ("re", "ré") and not fold(lead.lemma).startswith("re"):
        ing = written[:2].lower() + ing  # "Renegotiate" read as "negotiate": "renegotiating"
    doing = " ".join(p for p in (ing, particle, rest) if p)
    return f"{frame} {means} {doing}"


def _verb_index(a: Analysis) -> int | None:
    lead = a.lead
    assert lead is not None
    for i in range(min(lead.after, len(a.tokens))):
        found = verbs.lookup(a.tokens[i].fold, a.lang)
        if found is not None and found.lemma == lead.lemma:
            return i
    return None


def _rest_as_gerunds(a: Analysis, start: int, lang: str) -> str:
    """The rest of the card, with a second verb after "et"/"and" turned into a gerund too
    ("Hire and train 12 staff" -> "hiring and training 12 staff")."""
    tokens = a.tokens
    if start + 1 < len(tokens) and tokens[start].fold in ("et", "and", ","):
        second = verbs.lookup(tokens[start + 1].fold, lang)
        if second is not None and second.form in (verbs.INF, verbs.IMP):
            joiner = span_text(a, start, start + 1)
            after = span_text(a, start + 2, len(tokens))
            link = f"{joiner} en" if lang == "fr" else joiner
            return " ".join(p for p in (link, gerund(second.lemma, lang), after) if p)
    return span_text(a, start, len(tokens))


_FEMININE_ENDINGS = (
    "tion",
    "sion",
    "ure",
    "ise",
    "ée",
    "ee",
    "te",
    "de",
    "ie",
    "ette",
    "ance",
    "ence",
    "ue",
    "ve",
)


def _noun_article(phrase: str) -> str:
    """A French noun phrase with a definite article guessed from its first noun's ending."""
    head = phrase.split(" ", 1)[0]
    low = head.lower()
    if low in ("le", "la", "les", "l'") or low.startswith("l'"):
        return phrase
    if low[:1] in "aeiouyhàâéèêîôû":
        return "l'" + phrase
    return ("la " if low.endswith(_FEMININE_ENDINGS) else "le ") + phrase


def task_objective(a: Analysis, lang: str) -> str:
    """ "Lancer le nouveau site web" -> "Faire du nouveau site web _ pour _" (the change it brings)."""
    thing = definite(_object(a), lang) if a.lead is not None else lowered_start(a.clean)
    if not thing and a.lead is not None and a.lead.noun and a.lead.after > 1:
        # "Website redesign": what is redesigned comes before the noun.
        before = lowered_start(span_text(a, 0, a.lead.after - 1))
        thing = before if lang == "fr" else f"the {before}"
    rest = ""
    if a.lead is not None and not a.lead.noun:
        rest = _tail(a, object_span(a)[1])
        head, _, after = rest.partition(" ")
        if fold(head) in ("up", "out", "off"):
            rest = after  # "get the new website up before…": the particle goes with the verb
            head, _, after = rest.partition(" ")
        if a.lead.lemma in _MOVING_LEMMAS and fold(head) in ("to", "vers", "into"):
            rest = ("sur " if lang == "fr" else "on ") + after  # migrated *to* X: used *on* X
        elif a.lead.lemma in _SPREADING_LEMMAS and fold(head) in ("to", "vers", "across"):
            rest = ("dans " if lang == "fr" else "in ") + after  # rolled out *to* X: used *in* X
    beneficiary = BLANK
    if fold(rest.partition(" ")[0]) in ("pour", "for"):
        beneficiary, rest = rest.partition(" ")[2], ""  # "… for small shops": who it is for is said
    if lang == "fr":
        return f"Faire {of(thing or BLANK, lang)} {BLANK} pour {beneficiary} {rest}".rstrip()
    return f"Make {thing or BLANK} {BLANK} for {beneficiary} {rest}".rstrip()


#: Verbs that move a thing onto something new: the destination says where the change shows.
_MOVING_LEMMAS = lx.words("migrer basculer transferer migrate move switch transfer port")
#: Verbs that spread a thing to places: the places are where it is used.
_SPREADING_LEMMAS = lx.words("deployer etendre generaliser roll deploy extend spread")


def activity_key_result(a: Analysis, lang: str) -> str:
    """ "Faire 50 appels par semaine" -> "Faire passer _ grâce aux appels de _ à _"."""
    counted = _counted(a)
    if lang == "fr":
        phrase = to_the("les " + counted) if counted else to_the(BLANK)
        return f"Faire passer {BLANK} grâce {phrase} de {BLANK} à {BLANK}"
    return f"Grow {BLANK} won through {counted or BLANK} from {BLANK} to {BLANK}"


def _counted(a: Analysis) -> str:
    """What an activity metric counts ("appels", "blog posts"): the words after its count."""
    for quantity in a.metrics:
        if quantity.unit != "count":
            continue
        end = quantity.end
        while (
            end < len(a.tokens)
            and a.tokens[end].fold not in lx.OBJECT_STOPS
            and (a.tokens[end].kind == "word")
        ):
            if end > quantity.end and a.tokens[end].fold in ("par", "per", "chaque", "each", "every", "a"):
                break
            end += 1
        found = span_text(a, quantity.end, end)
        if found:
            return found
    return _object(a)


def not_measurable(a: Analysis, lang: str) -> str:
    """ "Améliorer la satisfaction client" -> "Faire passer la satisfaction client de _ à _";
    "Monitor the servers" -> "Move _ from _ to _ by monitoring the servers"."""
    lead = a.lead
    if lead is None or lead.noun:
        whole = a.clean.strip().rstrip(".!")
        return f"{whole} : de {BLANK} à {BLANK}" if lang == "fr" else f"{whole}: from {BLANK} to {BLANK}"
    start, end = object_span(a)
    thing = span_text(a, start, end)
    has_content = any(
        t.kind == "word" and t.fold not in lx.STOP_WORDS and t.fold not in _VAGUE_OBJECT
        for t in a.tokens[start:end]
    )
    tail = _tail(a, end)
    tail = f" {tail}" if tail else ""
    if has_content and (lead.lemma in UP_VERBS or lead.lemma in DOWN_VERBS):
        verb = span_text(a, 0, start)
        return (
            f"{verb} {thing} de {BLANK} à {BLANK}{tail}"
            if lang == "fr"
            else (f"{verb} {thing} from {BLANK} to {BLANK}{tail}")
        )
    if has_content and lead.cls == lx.VAGUE:
        # "Améliorer la satisfaction": what is improved is what to measure.
        if lang == "fr":
            return f"Faire passer {thing} de {BLANK} à {BLANK}{tail}"
        return f"Take {thing} from {BLANK} to {BLANK}{tail}"
    return by_doing(a, lang)


_VAGUE_OBJECT = lx.words("plus more mieux better davantage encore")


def no_baseline(a: Analysis, lang: str, target: float | None = None) -> str:
    """ "Atteindre un NPS de 45" -> "Faire passer le NPS de _ à 45"; "Reduce churn to 2 %" ->
    "Reduce churn from _ to 2 %"; a relative change keeps its figure beside the range."""
    parts = _measure_parts(a)
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
        measure = _with_article(definite(measure, lang), lang) or BLANK
    return capitalised(" ".join(p for p in (verb, measure, frame, rest) if p))


def _measure_parts(a: Analysis) -> tuple[str | None, str, str, str, str] | None:
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
    bare = not measure or all(t.fold in _ARTICLES for t in a.tokens[head_from:before])
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


_ARTICLES = lx.words("le la les l' un une des du the a an our notre nos votre vos their my mon ma mes")


def _with_article(phrase: str, lang: str) -> str:
    """ "CA" -> "notre CA", "clients" -> "nos clients": an article that needs no gender."""
    if not phrase or fold_head(phrase) in _ARTICLES:
        return phrase
    if lang == "fr":
        return ("nos " if phrase.split(" ", 1)[0][-1:] in "sx" else "notre ") + phrase
    head_words = []
    for word in phrase.split():
        if fold(word) in _EN_PREPOSITIONS:
            break
        head_words.append(fold(word))
    if head_words and head_words[-1] in _EN_MEASURE_NOUNS:
        return "the " + phrase  # "recycling rate" -> "the recycling rate"
    return phrase


#: English nouns that name a measure and take "the" ("Take the recycling rate from _ to 65 %").
_EN_MEASURE_NOUNS = lx.words(
    "rate score share ratio margin level index time number count average rating percentage "
    "cost price value revenue turnover"
)
_EN_PREPOSITIONS = lx.words("across of in on for at per among with within by")


def _number_of(phrase: str, lang: str) -> str:
    """ "abonnés" -> "le nombre d'abonnés", "stores" -> "the number of stores": a count of things
    written as a bare plural; "" for anything else (it keeps its own article)."""
    if not phrase or fold_head(phrase) in _ARTICLES:
        return ""
    words_ = phrase.split()
    if lang == "fr":
        head = words_[0]
    else:  # the head noun ends the noun phrase ("paying customers in Leeds" -> "customers")
        cut = next((i for i, w in enumerate(words_) if fold(w) in _EN_PREPOSITIONS), len(words_))
        before = words_[:cut]
        head = before[-1] if before else words_[0]
    if head[-1:] not in ("s", "x") or len(head) < 4:
        return ""
    if lang == "fr":
        return ("le nombre d'" if phrase.startswith(_FR_VOWELS) else "le nombre de ") + phrase
    return "the number of " + phrase


_FR_VOWELS = tuple("aeiouyhàâéèêëîïôùûAEIOUYHÀÂÉÈÊËÎÏÔÙÛ")


def fold_head(phrase: str) -> str:
    head = phrase.split(" ", 1)[0].lower()
    return head[:2] if head.startswith(("l'", "d'")) else head


def _french_articles(a: Analysis, drop: set[int]) -> dict[int, str]:
    """Where a French count left the objective, the article it stood for: "Recruter 3
    développeurs" -> "Recruter des développeurs", "Produire 5 tonnes de légumes" -> "Produire des
    légumes". Maps a token index to the article to put before it ("" for a "de" to leave out)."""
    found: dict[int, str] = {}
    for q in a.metrics:
        if q.unit not in ("count", "kg", "tonnes") or q.start == 0 or q.start - 1 in drop:
            continue
        nxt = q.end
        if nxt < len(a.tokens) and a.tokens[nxt].fold in ("de", "d'") and q.unit != "count":
            found[nxt] = ""  # "5 tonnes de légumes": the "de" went with the figure
            nxt += 1
        if nxt < len(a.tokens) and a.tokens[nxt].kind == "word" and a.tokens[nxt].fold not in lx.STOP_WORDS:
            # "des agences", but "de nouvelles agences": an adjective before the noun takes "de"
            found[nxt] = "de" if a.tokens[nxt].fold in _BEFORE_THE_NOUN else "des"
    return found


#: French adjectives written before their noun ("de nouvelles agences", "d'autres clients").
_BEFORE_THE_NOUN = lx.words(
    "nouveaux nouvelles nouveau nouvelle grands grandes petits petites jeunes vrais vraies "
    "bons bonnes meilleurs meilleures premiers premieres vieux belles beaux gros grosses"
)


def _signed(figure: str, down: bool) -> str:
    return figure if figure[:1] in "+-−" else ("−" if down else "+") + figure


def _number(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "fr" else text


def metric_objective(a: Analysis, lang: str) -> tuple[str, str]:
    """ "Grow revenue by 20 % in Q3" -> ("Grow revenue in Q3", "Grow revenue from _ to _ (+20 %) in Q3"):
    the objective without its figures, and a key result that holds them."""
    key_result = no_baseline(a, lang)
    parts = _measure_parts(a)
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
        measure = _number_of(measure, lang) or _with_article(definite(measure, lang), lang) or BLANK
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
    articles = _french_articles(a, drop) if lang == "fr" and a.lang == "fr" else {}
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
