"""What a coach reads in a title: a task, an activity, a yes/no state, a range, two goals in one…

Each predicate takes an :class:`~okrworkshop.rules.text.analysis.Analysis` and answers one question
the rules ask. They are heuristics: each one leans towards *not* flagging when a title could be
read both ways, so that a good card is not nagged.
"""

from __future__ import annotations

import re

from okrworkshop.rules.text import lexicon as lx
from okrworkshop.rules.text import verbs
from okrworkshop.rules.text.analysis import LEAD_SKIP, Analysis, Phrases, stem, topic_end
from okrworkshop.rules.text.clauses import compound
from okrworkshop.rules.text.headings import is_empty_state, is_heading, is_superlative_position
from okrworkshop.rules.text.lexicon import OBJECT_STOPS, words
from okrworkshop.rules.text.memo import memo as _memo
from okrworkshop.rules.text.normalize import fold
from okrworkshop.rules.text.quantities import Quantity
from okrworkshop.rules.text.ranges import ranges
from okrworkshop.rules.text.verb_lexicon import DOWN_VERBS, UP_VERBS


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_DELIVERABLES = _folded(lx.DELIVERABLES) | _folded(lx.ROLES)
_ASPIRATIONAL = _folded(lx.ASPIRATIONAL)
_ACTIVITY_NOUNS = _folded(lx.ACTIVITY_NOUNS)
_VAGUE = _folded(lx.VAGUE_WORDS)
_GENERIC = _folded(lx.GENERIC_MEASURES)
#: Every phrase the features look for, searched in one pass per title.
_PHRASES = Phrases(
    tuple(
        (category, phrase)
        for category, phrases in (
            ("hedge", lx.HEDGES),
            ("bau", lx.BAU_PHRASES),
            ("routine", lx.ROUTINE_PHRASES),
            ("usual", lx.USUAL_PHRASES),
            ("vague", lx.VAGUE_PHRASES),
            ("potential", lx.POTENTIAL_PHRASES),
            ("first_time", lx.FIRST_TIME_PHRASES),
            ("state", lx.STATE_PHRASES),
            ("target", lx.IMPLICIT_TARGETS),
        )
        for phrase in phrases
    )
)
_BINARY_OBJECTS = _folded(lx.BINARY_OBJECTS)
_BINARY_LEADS = words(
    "obtenir passer reussir decrocher get obtain pass achieve earn win secure receive recevoir"
)
#: Verb classes that make a card something to do rather than a result.
_DOING = frozenset({lx.TASK, lx.AMBIGUOUS, lx.ACTIVITY})
#: Last word of a ceiling -> the ceilings ending with it ("de" -> "moins de", "pas plus de").
_BOUNDS_BY_END: dict[str, list[tuple[str, ...]]] = {}
for _bound in lx.UPPER_BOUNDS:
    _BOUNDS_BY_END.setdefault(_bound[-1], []).append(_bound)
#: Ambiguous verbs that make their object (as opposed to gaining it: signer, obtenir, win, get).
_MAKING_VERBS = words(
    "creer construire developper realiser faire livrer ajouter ouvrir create build develop do make "
    "deliver add open"
)
_DELIVERABLE_LEADS = _BINARY_LEADS | {"ensure", "assurer", "garantir", "guarantee"}
#: In French the object also ends at "à/au/aux" ("mettre le client au cœur de…"); in English
#: the folded "a" is the article.
_OBJECT_END_FR = OBJECT_STOPS | {"a", "au", "aux"}
_MOTION_VERBS = frozenset({"move", "switch", "transition", "relocate"})
_ACTIVITY_MODIFIERS = words(
    "new nouveaux nouvelles nouveau nouvelle more additional supplementaires blog sales cold "
    "customer client clients commercial commerciales commerciaux prospect prospects internal "
    "internes weekly hebdomadaires mensuels monthly linkedin de d' of qualified qualifies "
    "qualifiees terrain video one-on-one team equipe partner partenaires partners outbound inbound "
    "social press presse"
)
_BASELINE_BEFORE = frozenset({"from", "vs", "versus", "contre", "depuis"})
_VERSION = re.compile(r"^v\d+(?:[.,]\d+)?$")
_SUPERLATIVE_LEADS = frozenset({"le", "la", "les", "l'"})


@_memo
def _phrases(a: Analysis) -> dict[str, list[tuple[int, int]]]:
    """Where each category of phrase occurs in the title (one pass)."""
    return _PHRASES.scan(a.folds)


# ------------------------------------------------------------------------------------- the object
def object_words(a: Analysis, limit: int = 4) -> list[str]:
    """Up to ``limit`` words of the leading verb's direct object (before "pour", "for", a comma…)."""
    if a.lead is None:
        return []
    found: list[str] = []
    start = a.lead.after
    if a.lead.lemma in _MOTION_VERBS and start < len(a.tokens) and a.tokens[start].fold in ("to", "into"):
        start += 1  # "Move to a new office": the destination is what the card is about
    stops = _OBJECT_END_FR if a.lang == "fr" else OBJECT_STOPS
    for token in a.tokens[start:]:
        if token.fold in stops:
            break
        if token.kind == "word" and token.fold not in lx.STOP_WORDS:
            found.append(token.fold)
            if len(found) == limit:
                break
    return found


@_memo
def has_deliverable_object(a: Analysis) -> bool:
    """The object is a thing one builds or a person one hires ("un tableau de bord", "a CTO", "la V2")."""
    return any(w in _DELIVERABLES or stem(w) in _DELIVERABLES or _VERSION.match(w) for w in object_words(a))


@_memo
def is_aspirational(a: Analysis) -> bool:
    """A superlative or an aspiration ("le meilleur", "inoubliable", "the best", "world-class")."""
    folds = a.folds
    if not _ASPIRATIONAL.isdisjoint(folds):
        return True
    return "plus" in folds and any(
        word == "plus" and i > 0 and folds[i - 1] in _SUPERLATIVE_LEADS for i, word in enumerate(folds)
    )


# ----------------------------------------------------------------------------------- quantities
@_memo
def bare_counts(a: Analysis) -> bool:
    """All figures are plain counts ("3 nouvelles offres"), no rate, money, time or percentage.

    A count with a ceiling is a quality bar, not an output ("moins de 2 bugs critiques par mise
    en production", "ship with zero critical bugs").
    """
    metrics = a.metrics
    return bool(metrics) and all(q.unit == "count" and not is_capped(a, q) for q in metrics)


def is_qualifier(a: Analysis, quantity: Quantity) -> bool:
    """A floor after a noun that says which things count, not a target ("pannes *de plus d'une
    heure*", "stoppages *longer than 30 minutes*", "vacant *depuis plus de 60 jours*")."""
    before = a.folds[max(0, quantity.start - 3) : quantity.start]
    return quantity.start > 1 and any(tuple(before[len(before) - len(b) :]) == b for b in _QUALIFIER_FLOORS)


_QUALIFIER_FLOORS = (
    ("longer", "than"),
    ("more", "than"),
    ("over",),
    ("plus", "de"),
    ("plus", "d'"),
    ("au-dela", "de"),
    ("au-dela", "d'"),
)


def capped_count(a: Analysis, quantity: Quantity) -> bool:
    """A count with a ceiling ("moins de 2 interruptions", "fewer than 3 cancelled lessons")."""
    return quantity.unit == "count" and is_capped(a, quantity)


def led_by_change(a: Analysis) -> bool:
    """Led by a verb that moves a measure ("Réduire…", "Bring … down", "Augmenter…"): the card
    starts somewhere, even when its target is a ceiling ("Réduire le churn à moins de 2 %")."""
    lead = a.lead
    if lead is None or lead.noun:
        return False
    if lead.lemma in UP_VERBS or lead.lemma in DOWN_VERBS:
        return True
    # "Bring failed deliveries down to…", "Get churn down to…": a particle says which way
    return not _DIRECTIONS.isdisjoint(a.folds[lead.after : lead.after + 5])


_DIRECTIONS = frozenset({"down", "up"})


def is_capped(a: Analysis, quantity: Quantity) -> bool:
    """The quantity is a ceiling on any measure ("moins de 3", "fewer than 2", "au plus 5", "< 1,5 %",
    "under 4 hours") or zero."""
    if quantity.value == 0:
        return True
    start = quantity.start
    bounds = _BOUNDS_BY_END.get(a.folds[start - 1]) if start > 0 else None
    if bounds is None:
        return False
    before = a.folds[max(0, start - 3) : start]
    return any(tuple(before[len(before) - len(bound) :]) == bound for bound in bounds)


def has_objective_metric(a: Analysis) -> list[Quantity]:
    """Figures in an objective ("zéro déchet" is a vision and "en 2 ans" a deadline, not figures)."""
    return [q for q in a.metrics if q.value != 0 and q.unit not in lx.CALENDAR_UNITS]


@_memo
def is_measurable(a: Analysis) -> bool:
    """The title states a figure, a rank or a threshold ("le point mort")."""
    return bool(a.measures) or bool(_phrases(a).get("target"))


@_memo
def has_baseline(a: Analysis) -> bool:
    """The title says where the measure starts ("de 32 à 45", "aujourd'hui 32", "vs 2026")."""
    if not lx.BASELINE_MARKERS.isdisjoint(a.words) or ranges(a):
        return True
    # "(up from 120)", "vs 32", "contre 40": a figure introduced as the starting point.
    folds = a.folds
    return any(q.start > 0 and folds[q.start - 1] in _BASELINE_BEFORE for q in a.metrics)


# ------------------------------------------------------------------------------- leading verb
@_memo
def is_task(a: Analysis) -> bool:
    """The title is a project, deliverable or activity to do, not a result to obtain."""
    lead = a.lead
    if lead is None:
        # "Carte déployée dans les 12 magasins", "200 salariés formés": outputs counted ("Repairs
        # booked per week from 35 to 55" is a level that moves: a measure).
        return bare_counts(a) and _task_participle(a) and not has_baseline(a)
    if lead.noun:
        # "Digitalisation" alone is a slogan (see is_vague); "Refonte du site" is a project.
        alone = lead.after >= len(a.tokens) and a.words[:1] == [lead.lemma]
        return not alone and not is_aspirational(a)
    cls = lead.cls
    if cls not in _DOING:
        return False  # led by an outcome, an intention, a routine or a state
    if cls != lx.TASK and not a.metrics and _adverbs_only(a):
        return False  # "Prospecter davantage", "Distribuer mieux et plus vite": not measurable
    if lead.perfect:
        return True  # "Avoir lancé…", "Have shipped…"
    if is_aspirational(a) and not (cls == lx.TASK and has_deliverable_object(a)):
        # "Build the best browser", "Produire le meilleur pain de la ville": an aspiration. A
        # project verb on a deliverable stays a project ("Launch an awesome MVP").
        return False
    if _shared_object_outcome(a):
        return False  # "Hire and hold on to senior designers": the pair aims at keeping them
    if not a.metrics and _phrases(a).get("first_time"):
        return False  # "Fix turbines right the first time": work that needs no second visit
    if cls == lx.TASK and not a.metrics and lead.lemma in _DESIGN_VERBS and _experience_clause(a):
        return False  # "Concevoir un paiement qui paraît sans effort": the experience is the aim
    if cls == lx.TASK:
        # "Lancer 3 offres" counts outputs (a task and an output count); "Former 100 % des
        # managers" states a coverage rate; "Write 30 articles" is an activity count only.
        return not a.metrics or (bare_counts(a) and not _activity_nouns(a))
    if cls == lx.AMBIGUOUS:
        # "Créer un tableau de bord"; "Réaliser 3 études", "Build 5 dashboards" count what is made
        # (signing or winning 25 accounts counts what is gained: an outcome).
        made = not a.metrics or (lead.lemma in _MAKING_VERBS and bare_counts(a) and not _activity_nouns(a))
        # "Livrer les projets sans rush de dernière minute": how it is done is the aim.
        manner = not _MANNER.isdisjoint(a.folds[lead.after :])
        return (
            made
            and (has_deliverable_object(a) or _opens_a_new_thing(a))
            and not _transforms(a)
            and not manner
            and not _experience_clause(a)
        )
    if cls == lx.ACTIVITY:
        # "Tenir nos promesses de livraison": keeping one's word is a result, holding a meeting is not.
        return not a.metrics and not (lead.lemma == "tenir" and any(w in _KEPT for w in object_words(a, 2)))
    return False


#: Verbs that shape something for the people who use it (unlike launch or deploy, which deliver it).
_DESIGN_VERBS = words("concevoir design redesign repenser rethink")
#: What one keeps as a result ("tenir nos promesses", "tenir les délais").
_KEPT = words(
    "promesse promesses engagement engagements delai delais parole "
    "promise promises commitment commitments deadline deadlines word"
)


def _adverbs_only(a: Analysis) -> bool:
    """Nothing after the verb but adverbs and small words ("davantage", "mieux et plus vite")."""
    lead = a.lead
    assert lead is not None
    rest = [t.fold for t in a.tokens[lead.after :] if t.kind == "word" and t.fold not in lx.STOP_WORDS]
    return bool(rest) and all(w in _ADVERBS for w in rest)


_ADVERBS = words("davantage mieux vite bien beaucoup better faster more harder quickly well much")


def _shared_object_outcome(a: Analysis) -> bool:
    """Two verbs sharing one object, the second an outcome ("Recruter et fidéliser…", "Hire and
    hold on to…"): the pair is read by its outcome."""
    lead = a.lead
    if lead is None or lead.noun:
        return False
    tokens = a.tokens
    j = lead.after
    if j + 1 >= len(tokens) or tokens[j].fold not in ("et", "and", "&"):
        return False
    second = verbs.lookup(tokens[j + 1].fold, a.lang)
    if second is None:
        return False
    cls = second.cls
    if second.lemma in verbs.PHRASE_LEMMAS[a.lang]:
        phrase = verbs.phrase_class(second.lemma, [t.fold for t in tokens[j + 2 : j + 5]], a.lang)
        cls = phrase[0] if phrase is not None else cls
    return cls == lx.OUTCOME


def _opens_a_new_thing(a: Analysis) -> bool:
    """ "Ouvrir une antenne dans chaque quartier", "Open a pop-up at every station": opening a new
    thing is setting it up, whatever it is ("Ouvrir nos ateliers aux familles" opens access)."""
    lead = a.lead
    assert lead is not None
    nxt = a.tokens[lead.after].fold if lead.after < len(a.tokens) else ""
    return lead.lemma in _OPENING and nxt in _INDEFINITE


@_memo
def is_kr_doing(a: Analysis) -> bool:
    """A key result that does something rather than measure it, beyond :func:`is_task`: a making
    verb without a figure ("Faire des ateliers", "Créer un livret d'accueil"), or a verb the
    lexicon lacks followed by its object ("Remercier les bénévoles")."""
    if a.measures or is_task(a):
        return False
    lead = a.lead
    tokens = a.tokens
    if lead is not None and not lead.noun:
        nxt = tokens[lead.after].fold if lead.after < len(tokens) else ""
        # "Faire des ateliers", "Créer un livret": making things ("Faire mieux", "Faire connaître
        # la marque", "Développer la notoriété" are not).
        return lead.lemma in _MAKING_VERBS and nxt in _INDEFINITE and not is_aspirational(a)
    if lead is not None:
        return False
    first = next((i for i, t in enumerate(tokens) if t.kind == "word" and t.fold not in LEAD_SKIP), None)
    if first is None or first + 1 >= len(tokens):
        return False
    word, nxt = tokens[first].fold, tokens[first + 1].fold
    # An infinitive or imperative the lexicon lacks, then a determiner: a verb and its object.
    looks_verb = word.endswith(("er", "ir", "re")) if a.lang == "fr" else True
    return looks_verb and nxt in _INDEFINITE and word not in lx.STOP_WORDS


_INDEFINITE = words("un une des d' a an some")


@_memo
def _task_participle(a: Analysis) -> bool:
    """A project verb's past participle after the first word ("site lancé", "CRM deployed")."""
    participles = verbs.TASK_PARTICIPLES[a.lang]
    return not participles.isdisjoint(a.words[1:])


@_memo
def is_deliverable_objective(a: Analysis) -> bool:
    """An objective that is a yes/no deliverable ("Obtenir la certification", "Ensure GDPR compliance")."""
    lead = a.lead
    if lead is None or lead.noun or lead.lemma not in _DELIVERABLE_LEADS:
        return False
    return any(w in _BINARY_OBJECTS for w in object_words(a))


def _transforms(a: Analysis) -> bool:
    """ "Faire de l'agence un lieu…", "Make our platform trusted…": turning something into something."""
    lead = a.lead
    if lead is None or lead.lemma not in ("faire", "make", "rendre"):
        return False
    nxt = a.tokens[lead.after].fold if lead.after < len(a.tokens) else ""
    if lead.lemma == "faire":
        return nxt in ("de", "d'", "du", "des")
    if nxt not in ("a", "an", "the"):
        return True
    # "Make the branch libraries the place teenagers choose": object, then what it becomes (a
    # second noun phrase straight after the first one); "Make a new website for…" makes a thing.
    for token in a.tokens[lead.after + 2 : lead.after + 6]:
        if token.fold in _BECOMES:
            return True
        if token.kind != "word" or token.fold in lx.STOP_WORDS:
            return False
    return False


_BECOMES = frozenset({"the", "a", "an", "our", "their"})
#: What opens a clause about the made thing: a relative pronoun or who uses it ("a checkout
#: *that* feels…", "a supplier base *we* can rely on", "un parcours *que* les clients…").
_CLAUSE_OPENERS = words("that which who where qui que qu' dont ou we they people nous ils elles on")
#: How people live with what is made: its aim is the experience, not the making.
_EXPERIENCE = words(
    "feel feels love loves trust trusts rely relies enjoy enjoys recommend recommends want wants "
    "choose chooses prefer prefers return returns come comes aime aiment adore adorent recommande "
    "recommandent choisit choisissent prefere preferent revient reviennent rassure rassurent envie "
    "confiance fier fiers fiere fieres proud parait paraisse semble semblent seem seems"
)


def _experience_clause(a: Analysis) -> bool:
    """ "Build a supplier base we can rely on", "Design a checkout that feels effortless",
    "Créer un lieu que les familles recommandent": a clause says how people live with the thing
    made, which is the aim (a coach would not call it a task)."""
    lead = a.lead
    assert lead is not None
    folds = a.folds
    for i in range(lead.after + 1, len(folds)):
        if folds[i] in _CLAUSE_OPENERS:
            return any(f in _EXPERIENCE for f in folds[i + 1 : i + 6])
    return False


_MANNER = frozenset({"sans", "without"})
_OPENING = frozenset({"ouvrir", "open"})
#: Units of what a doing verb produces or spends ("Créer 2 km de pistes", "Dépensé 50 k€").
_OUTPUT_UNITS = frozenset({"count", "km", "money", "tonnes", "litres", "hours"})


@_memo
def _activity_count(a: Analysis) -> bool:
    """A doing verb counting its own object, with no starting point: "Former 40 agents",
    "Créer 2 km de pistes", "Lancé 2 fonctionnalités"; or, without a verb in front, a task or
    activity participle beside the count ("Composteurs distribués : 500", "emails sent: 5")."""
    if has_baseline(a):
        return False
    lead = a.lead
    outputs = [q for q in a.metrics if q.unit in _OUTPUT_UNITS and not is_capped(a, q)]
    if not outputs:
        return False
    if lead is not None and not lead.noun:
        if lead.cls not in _DOING:
            return False
        if lead.cls == lx.AMBIGUOUS and (lead.lemma not in _MAKING_VERBS or lead.lemma in _OPENING):
            return False  # "Signer 25 comptes", "Ouvrir 2 marchés": what is gained is an outcome
        if lead.cls != lx.ACTIVITY:
            outputs = [q for q in outputs if q.unit != "money"]  # "Réaliser 300 k€ de CA" is revenue
        # The figure opens the verb's object ("Former 40 agents", "Replace 15 km of mains").
        start = lead.after
        while start < len(a.tokens) and a.tokens[start].fold in ("de", "d'", "the", "our", "nos"):
            start += 1
        return any(q.start == start for q in outputs)
    if lead is None:
        participles = verbs.DOING_PARTICIPLES[a.lang]
        return not participles.isdisjoint(a.words[1:]) and all(q.unit != "percent" for q in a.metrics)
    return False


@_memo
def is_activity_metric(a: Analysis) -> bool:
    """A count of activities or inputs ("50 appels par semaine", "publish 10 blog posts"), or of
    outputs a doing verb makes (see :func:`_activity_count`)."""
    return _activity_count(a) or _activity_nouns(a)


@_memo
def _activity_nouns(a: Analysis) -> bool:
    """Counts of activities: an activity verb with a count, or a count of meetings, calls, posts."""
    counts = [q for q in a.metrics if q.unit == "count"]
    if not counts:
        return False
    if a.lead is not None and a.lead.cls == lx.ACTIVITY and not a.lead.noun:
        # "Reported errors per 10,000 doses: 5.2 → 2.0": a participle describing a measured level.
        return a.lead.form != verbs.PP or not has_baseline(a)
    tokens = a.tokens
    for quantity in counts:
        skipped: list[str] = []
        for index in range(quantity.end, min(len(tokens), quantity.end + 4)):
            word = tokens[index].fold
            if word in lx.VISIT_NOUNS:
                # "20 visites clients", "30 customer visits" are field work; "45k visits" is traffic.
                following = tokens[index + 1].fold if index + 1 < len(tokens) else ""
                if following in lx.FIELD_VISIT_WORDS or any(w in lx.FIELD_VISIT_WORDS for w in skipped):
                    return True
                break
            if word in _ACTIVITY_NOUNS:
                return True
            if word in _ACTIVITY_MODIFIERS and len(skipped) < 2:
                skipped.append(word)
                continue
            break
    return False


@_memo
def is_vague(a: Analysis) -> bool:
    """A slogan with nothing concrete in it ("Être les meilleurs", "Do great things", "Croître"),
    a heading rather than an aim ("Communication et plaidoyer", "Digital services"), or "Être"
    with a comparative and nothing else ("Être plus pro")."""
    if is_heading(a) or is_empty_state(a) or is_superlative_position(a) or _stop_being(a):
        return True
    if _comparative_list(a):
        return True  # "more magic, more fun, more everything": more of what, for whom?
    if _phrases(a).get("vague") and not a.metrics:
        return True  # "Take the brewery to the next level": no direction, whatever the object
    lead = a.lead
    if lead is not None and not lead.noun and _potential_object(a, lead.after):
        return True  # "Unlock the power of our heritage": the verb's object is a potential
    if lead is not None and lead.cls in (lx.TASK, lx.ACTIVITY, lx.BAU):
        return False
    if lead is not None and lead.cls == lx.AMBIGUOUS and has_deliverable_object(a):
        return False
    # "Formation : grandir ensemble": the topic before the colon is not part of the slogan.
    start = lead.after if lead is not None and not lead.noun else topic_end(a.folds)
    content = [
        t.fold
        for t in a.tokens[start:]
        if t.kind == "word"
        and t.fold not in lx.STOP_WORDS
        and len(t.fold) > 1
        and t.fold not in lx.PERIOD_WORDS
        # English adverbs say how much, not what ("a genuinely customer-centric team")
        and not (a.lang == "en" and len(t.fold) > 5 and t.fold.endswith("ly"))
    ]
    if lead is None and not content:
        return False
    if all(w in _VAGUE or stem(w) in _VAGUE for w in content):
        return True
    # "Reduce costs", "Augmenter le chiffre d'affaires", "Make the numbers look good": a verb and
    # a generic measure, with nothing that says which or for whom.
    return (
        lead is not None
        and not lead.noun
        and not a.metrics
        and len(content) <= 3
        and all(w in _GENERIC or stem(w) in _GENERIC or w in _VAGUE for w in content)
    )


#: "Stop being slow", "Quit being so reactive", "Arrêter d'être en retard": a complaint, not an aim.
_STOP_VERBS = words("stop quit arreter cesser arretons cessons")
_BEING = words("being etre")


_MORE = words("more less fewer better plus moins mieux")
_LIST_JOINERS = frozenset({",", "et", "and", "&", ";"})


def _comparative_list(a: Analysis) -> bool:
    """Two or more "more X" side by side and nothing else ("more magic, more fun, more
    everything", "Plus de sens, moins de process"): a list of wishes with no measure or verb."""
    if a.metrics or (a.lead is not None and not a.lead.noun) or _MORE.isdisjoint(a.folds):
        return False
    segments: list[list[str]] = [[]]
    for word in a.folds:
        if word in _LIST_JOINERS:
            segments.append([])
        else:
            segments[-1].append(word)
    segments = [s for s in segments if s]
    if len(segments) < 2:
        return False
    for segment in segments:
        content = [w for w in segment[1:] if w not in lx.STOP_WORDS and len(w) > 1]
        if segment[0] not in _MORE or len(content) > 1:
            return False
    return True


def _potential_object(a: Analysis, after: int) -> bool:
    """The leading verb's object is a potential or a power ("Unlock *the power* of…", "Libérer
    *tout le potentiel* de…"): a determiner or "full" at most between them."""
    for start, _ in _phrases(a).get("potential", ()):
        between = a.folds[after:start]
        if start >= after and len(between) <= 3 and all(w in lx.POTENTIAL_DETERMINERS for w in between):
            return True
    return False


def _stop_being(a: Analysis) -> bool:
    folds = [f for f in a.folds[:6] if f not in ("d'", "de", "to", "we", "nous", "on", "let's", "lets")]
    if len(folds) < 3 or folds[0] not in _STOP_VERBS or folds[1] not in _BEING:
        return False
    # "Stop being *the bottleneck* at partner sign-off": a role to stop playing, and where, is an
    # aim; "stop being slow", "quit being the slowest desk" only complain.
    role = folds[2] in _ROLE_DETERMINERS and len(folds) > 4
    return not (role and not folds[3].endswith("est") and folds[3] not in _WORST)


_ROLE_DETERMINERS = words("the a an our le la l' un une notre")
_WORST = words("worst best most least plus moins pire pires meilleur meilleure")


def quoted(a: Analysis, quantity: Quantity) -> str:
    """The words of the title that make up a quantity, as written ("20 %", "12 k€", "doubler")."""
    return _as_written(a, quantity.start, quantity.end)


def _as_written(a: Analysis, start: int, end: int) -> str:
    parts = [re.escape(t.text) for t in a.tokens[start:end]]
    found = re.search(r"\s*".join(parts), a.clean) if parts else None
    return found.group() if found else " ".join(t.text for t in a.tokens[start:end])


@_memo
def is_compound_objective(a: Analysis) -> bool:
    """Two goals in one objective: a second verb after "et/and" ("Augmenter X et réduire Y")."""
    return compound(a, measures=False)


@_memo
def is_compound_key_result(a: Analysis) -> bool:
    """Two measures in one key result: a second verb, or a figure on each side of "et/and"."""
    return compound(a, measures=True)
