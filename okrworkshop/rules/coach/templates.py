"""The coach's rewrites, rule by rule, in French and English (one function per kind of flaw; the
rewrites around a figure, for a missing start and an objective with a figure, are in ``figures``).

Each function receives the analysed title and returns the new title (with ``_`` where the team
has to fill in a figure or a measure), built from the card's own words: the verb's object, the
measure and the figure stay; what changes is the frame around them ("de _ à _", "Faire passer").
"""

from __future__ import annotations

from okrworkshop.rules.coach.gerunds import gerund
from okrworkshop.rules.coach.phrases import (
    BLANK,
    definite,
    lowered_start,
    object_span,
    of,
    span_text,
    to_the,
    with_article,
)
from okrworkshop.rules.text import Analysis, fold, verbs
from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text.verb_lexicon import DOWN_VERBS, UP_VERBS

#: Project verbs whose deliverable people then use: the outcome is who uses it.
_LAUNCH_LEMMAS = lx.folded_words(
    "lancer déployer livrer installer implémenter implanter migrer ouvrir sortir mettre refondre "
    "lancement déploiement livraison installation implémentation migration ouverture sortie mise "
    "refonte launch deploy ship release install implement migrate open roll set introduce rollout "
    "redesign rebuild revamp overhaul launching"
)


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
        thing = with_article(thing, lang)  # "Recruter 2 développeurs": "nos développeurs"
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
