"""Pieces of a card's own text, as written, for the coach's rewrites.

The coach rebuilds a card from its words: the object of its leading verb ("l'appli mobile"), the
measure before its figure ("le NPS"), the figure itself ("45"), what follows it ("d'ici juin").
Spans are token ranges of an :class:`~okrworkshop.rules.text.Analysis`; :func:`span_text` gives them
back as the team typed them (accents, case and spacing kept).
"""

from __future__ import annotations

from okrworkshop.rules.text import Analysis, analyze, fold
from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text.hedges import hedge_spans

#: A blank the team fills in: a figure, or a measure to choose.
BLANK = "_"
#: Where a verb's object ends, besides a figure: purpose, means, deadline, clause breaks.
_OBJECT_END = lx.OBJECT_STOPS | lx.words("afin grâce grace d'ici ici avant by before until jusqu' jusqu")
_FR_VOWEL_START = tuple("aeiouyhàâäéèêëîïôöùûüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ")
#: Words that only open what follows them ("d'ici juin", "jusqu'en mars").
_DANGLING = frozenset({"d'", "de", "jusqu'", "jusqu", "by", "of"})
#: English particles that may follow the object of a two-word verb ("roll … out", "set … up").
_PARTICLES = frozenset({"out", "up", "off"})
#: Leading prepositions of a noun-led task's complement ("Lancement *de* l'appli").
_OF = frozenset({"de", "d'", "du", "des", "of"})


def offsets(a: Analysis) -> list[tuple[int, int]]:
    """Character span of each token in ``a.clean`` (tokens appear in order; computed once per title)."""
    cached = a.cache.get("offsets")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[tuple[int, int]] = []
    position = 0
    clean = a.clean
    for token in a.tokens:
        start = clean.find(token.text, position)
        if start < 0:  # never expected: a token is a piece of the text; keep going regardless
            start = position
        end = start + len(token.text)
        found.append((start, end))
        position = end
    a.cache["offsets"] = found
    return found


def span_text(a: Analysis, start: int, end: int) -> str:
    """Tokens ``[start, end)`` as written in the card (empty when the span is empty)."""
    if start >= end:
        return ""
    spans = offsets(a)
    return a.clean[spans[start][0] : spans[end - 1][1]].strip()


def figure_spans(a: Analysis) -> list[tuple[int, int]]:
    """Token spans of the figures the title states (measures and ranks)."""
    return [(q.start, q.end) for q in a.measures]


def object_span(a: Analysis, *, skip_figures: bool = True) -> tuple[int, int]:
    """The leading verb's object: from after the verb to the first purpose, deadline or break.

    A count that opens the object is left out ("Publier 10 articles" -> "articles"), as are the
    "de"/"of" that join a task noun to its object ("Lancement de l'appli" -> "l'appli").
    """
    tokens = a.tokens
    start = a.lead.after if a.lead is not None else 0
    if a.lead is not None and a.lead.noun:
        while start < len(tokens) and tokens[start].fold in _OF:
            if tokens[start].fold in ("du", "des"):
                break  # kept: article() turns "du site" into "le site"
            start += 1
    if skip_figures:
        for q_start, q_end in figure_spans(a):
            if q_start == start:
                start = q_end
    end = start
    while end < len(tokens):
        token = tokens[end]
        if end > start and token.fold in _OBJECT_END:
            break
        if end > start and a.lang == "en" and token.fold in _PARTICLES:
            break  # "Roll the new tills out to…": the particle belongs to the verb
        if skip_figures and any(q.start == end for q in a.measures) and end > start:
            break
        end += 1
    while end > start + 1 and tokens[end - 1].fold in _DANGLING:
        end -= 1  # "l'appli mobile d'" + "ici juin": the "d'" opens the deadline
    return start, end


def definite(phrase: str, lang: str) -> str:
    """The phrase with a definite article: "un CRM" -> "le CRM", "a new site" -> "the new site",
    "du site" -> "le site" (what a noun-led task names)."""
    if not phrase:
        return phrase
    head, _, rest = phrase.partition(" ")
    low = head.lower()
    if lang == "fr":
        if low in ("un", "du") and rest:
            return ("l'" if rest.startswith(_FR_VOWEL_START) else "le ") + rest
        if low == "une" and rest:
            return ("l'" if rest.startswith(_FR_VOWEL_START) else "la ") + rest
        if low == "des" and rest:
            return "les " + rest
        if low.startswith("d'") and len(head) > 2:
            return "l'" + phrase[2:]
        return phrase
    if low in ("a", "an") and rest:
        return "the " + rest
    return phrase


def of(phrase: str, lang: str) -> str:
    """ "de" + the phrase with French contractions ("le site" -> "du site", "les" -> "des",
    "l'appli" -> "de l'appli", "équipe" -> "d'équipe"); English: "of the site"."""
    if lang != "fr":
        return f"of {phrase}" if phrase else "of _"
    if not phrase:
        return "de _"
    head, _, rest = phrase.partition(" ")
    low = head.lower()
    if low == "le" and rest:
        return "du " + rest
    if low == "les" and rest:
        return "des " + rest
    if low == "des":
        return phrase
    if phrase.startswith(_FR_VOWEL_START) and not low.startswith("l'"):
        return "d'" + phrase
    return "de " + phrase


def to_the(phrase: str) -> str:
    """French "à" + the phrase with contractions ("les appels" -> "aux appels")."""
    head, _, rest = phrase.partition(" ")
    low = head.lower()
    if low == "le" and rest:
        return "au " + rest
    if low in ("les", "des") and rest:
        return "aux " + rest
    return "à " + phrase


def capitalised(text: str) -> str:
    """First letter upper case, the rest as written."""
    return text[:1].upper() + text[1:] if text else text


def lowered_start(text: str) -> str:
    """First letter lower case unless the first word is an acronym or all caps ("CRM", "NPS")."""
    head = text.split(" ", 1)[0]
    if len(head) > 1 and head.isupper():
        return text
    return text[:1].lower() + text[1:] if text else text


#: What joins a hedging verb to the verb it hedges ("try *to* reach", "essayer *d'*atteindre").
_HEDGE_JOINS = frozenset({"to", "de", "d'"})


def unhedged(a: Analysis) -> Analysis:
    """The card without the words that hedge it ("Essayer de passer le churn sous 2 % si possible"
    -> "passer le churn sous 2 %"), so that a rewrite commits; the card itself when nothing hedges
    or nothing would be left."""
    spans = hedge_spans(a)
    if not spans:
        return a
    tokens = a.tokens
    drop: set[int] = set()
    for start, end in spans:
        drop.update(range(start, end))
        # A leading condition goes with its comma; a hedging verb with what joins it to its verb.
        if end < len(tokens) and (tokens[end].fold in _HEDGE_JOINS or tokens[end].text == ","):
            drop.add(end)
    kept = [i for i in range(len(tokens)) if i not in drop]
    while kept and tokens[kept[-1]].kind == "sym" and tokens[kept[-1]].text in ",;":
        kept.pop()
    if not kept or not any(tokens[i].kind == "word" for i in kept):
        return a
    spans_of = offsets(a)
    runs: list[list[int]] = []
    for i in kept:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    pieces = [a.clean[spans_of[run[0]][0] : spans_of[run[-1]][1]] for run in runs]
    return analyze(" ".join(p.strip() for p in pieces), a.lang)


ARTICLES = lx.words("le la les l' un une des du the a an our notre nos votre vos their my mon ma mes")


def with_article(phrase: str, lang: str) -> str:
    """ "CA" -> "notre CA", "clients" -> "nos clients": an article that needs no gender."""
    if not phrase or fold_head(phrase) in ARTICLES:
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


def number_of(phrase: str, lang: str) -> str:
    """ "abonnés" -> "le nombre d'abonnés", "stores" -> "the number of stores": a count of things
    written as a bare plural; "" for anything else (it keeps its own article)."""
    if not phrase or fold_head(phrase) in ARTICLES:
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


def french_articles(a: Analysis, drop: set[int]) -> dict[int, str]:
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
