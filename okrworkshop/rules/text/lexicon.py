"""Word lists for French and English card analysis (data only; written with accents, folded on use).

The verbs live in :mod:`okrworkshop.rules.text.verb_lexicon`; their classes say what a card
*leads with*:

- ``outcome``: moves a measure (augmenter, réduire, reach, cut): a key result's natural verb;
- ``vague``: an intention without a measure (améliorer, optimiser, improve): fine in an objective;
- ``task``: a project or deliverable (lancer, mettre en place, implement, migrate);
- ``ambiguous``: a task only when its object is a deliverable (créer un site / créer une
  expérience inoubliable; develop an app / develop our presence);
- ``activity``: doing more of something (organiser, appeler, publish, call): an input, not a result;
- ``bau``: keeping things as they are (maintenir, continuer, keep): business as usual;
- ``state``: être/devenir/avoir, to be or become something.
"""

from __future__ import annotations

from okrworkshop.rules.text.normalize import fold


def folded_words(text: str) -> frozenset[str]:
    """A word list compared with folded tokens: each word as written and without accents."""
    written = words(text)
    return written | {fold(w) for w in written}


def words(text: str) -> frozenset[str]:
    """A word list written as one string (data stays readable)."""
    return frozenset(text.split())


OUTCOME, VAGUE, TASK, AMBIGUOUS, ACTIVITY, BAU, STATE = (
    "outcome",
    "vague",
    "task",
    "ambiguous",
    "activity",
    "bau",
    "state",
)

# --------------------------------------------------------------------------------- Nominalisations
#: Nouns naming a project or deliverable when a card leads with them ("Lancement du site").
FR_TASK_NOUNS = words(
    "lancement refonte déploiement création rédaction organisation migration implémentation "
    "installation livraison réalisation finalisation conception élaboration formalisation "
    "publication tenue construction ouverture recrutement achat intégration automatisation "
    "digitalisation dématérialisation modernisation refactorisation rénovation réorganisation "
    "restructuration audit étude analyse cartographie formation préparation planification "
    "définition sélection choix remplacement paramétrage configuration écriture sortie démarrage "
    "développement mise organisation"
)
EN_TASK_NOUNS = words(
    "launch rollout roll-out redesign implementation deployment creation migration installation "
    "delivery completion release overhaul setup set-up development construction opening hiring "
    "recruitment purchase integration automation digitization digitisation modernization "
    "refactoring renovation reorganization reorganisation restructuring audit study analysis "
    "mapping training preparation planning definition selection replacement configuration writing "
    "drafting publication organization organisation revamp rebuild go-live"
)

#: Objects that make an ambiguous verb a task ("créer un tableau de bord", "build a dashboard").
DELIVERABLES = words(
    # French
    "site web application appli app outil plateforme crm erp logiciel tableau dashboard rapport "
    "document documentation guide charte procédure processus process politique plan roadmap "
    "feuille campagne newsletter programme module fonctionnalité version api intranet extranet "
    "portail page catalogue brochure plaquette offre produit service gamme base wiki template "
    "modèle kit questionnaire enquête sondage comité poste organigramme espace boutique magasin "
    "agence bureau usine e-shop eshop chatbot système infrastructure prototype mvp poc "
    "pilote contrat partenariat projet formation étude audit cartographie référentiel matrice "
    "fichier tableur script workflow grille fiche formulaire logo vidéo film podcast blog compte "
    "salle showroom entrepôt ligne machine équipement serveur réseau événement séminaire salon "
    "atelier webinaire réunion parcours tunnel landing boîte dossier candidature présentation "
    # English
    "website tool platform software report charter procedure policy campaign program feature "
    "portal catalog database committee position chart space store shop office factory plant "
    "system contract partnership project training course study framework file spreadsheet form "
    "video account room warehouse line server network event seminar conference workshop webinar "
    "meeting offer product range integration migration redesign backlog repository repo "
    "playbook handbook manual pilot lease bail checkout checklist faq tutoriel tutorial flow funnel "
    "widget bot filiale succursale antenne subsidiary branch restaurant proposal bid deck "
    # Projects named by their nominalisation ("faire la refonte du back-office", "do the migration")
    "refonte lancement déploiement implémentation installation refactorisation restructuration "
    "réorganisation paramétrage finalisation automatisation digitalisation dématérialisation "
    "déménagement rollout launch overhaul revamp rebuild refactoring restructuring reorganization "
    "implementation deployment setup installation configuration automation digitization relocation"
)
#: People one hires ("recruter un directeur commercial" is a task; hiring counts are outputs).
ROLES = words(
    "directeur directrice responsable manager chef développeur développeuse commercial "
    "commerciale stagiaire alternant cto cfo ceo coo cmo daf drh head engineer developer designer "
    "lead director salesperson intern recruiter assistant assistante consultant analyst analyste "
    "technicien technicienne ingénieur ingénieure vp"
)
#: Words that make an objective aspirational rather than a deliverable ("build the best browser").
ASPIRATIONAL = words(
    "meilleur meilleure meilleurs meilleures best inoubliable unforgettable exceptionnel "
    "exceptionnelle exceptional remarquable remarkable world-class incontournable préféré "
    "préférée favorite favourite leader référence iconique iconic légendaire legendary magique "
    "magical delightful amazing incroyable extraordinaire extraordinary irrésistible "
    "irréprochable exemplaire exemplary parfait parfaite perfect idéal idéale rêve dream wow "
    "waouh most simplest fastest easiest greatest awesome great outstanding stellar superbe "
    "formidable génial géniale reliable fiable fiables seamless effortless intuitive intuitif "
    "loved aimé aimée trusted robust robuste mémorable memorable fluide"
)
#: Generic business measures: an objective that only names one of them ("Reduce costs",
#: "Augmenter le chiffre d'affaires") is a slogan or a key result in disguise.
GENERIC_MEASURES = words(
    "coût coûts cost costs dépense dépenses spending ventes vente sales chiffre affaires ca revenu "
    "revenus revenue revenues profit profits bénéfice bénéfices marge marges margin margins "
    "chiffres numbers figures stats metrics kpi kpis indicateurs indicators "
    "rentabilité profitability productivité productivity processus process processes organisation "
    "organization fonctionnement operations communication satisfaction image visibilité visibility"
)

#: Measures written as acronyms, whose bare number is their level ("NPS 45", "le CA 2 M€").
METRIC_ACRONYMS = words(
    "nps enps csat ces ca arr mrr kpi sla slo roi cac ltv aov ebitda ebit gmv dau mau wau otif "
    "mttr mtbf mttd ttm tjm rex okr"
)

# -------------------------------------------------------------------------------------- Stop words
STOP_WORDS = words(
    # French
    "le la les l' un une des du de d' et ou à au aux en dans par pour sur avec sans sous chez entre "
    "vers ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que qu' "
    "quoi dont où est sont sera seront ont ne n' pas plus moins très tout tous toute toutes chaque se "
    "s' il elle ils elles nous vous on y afin ainsi comme mais donc car si lors aussi encore même "
    "déjà c' j' m' t' jusqu' lorsqu' puisqu' ça cela ceci celui celle ceux afin "
    # tokens are folded ("très" reads "tres"); "ça" is left out: folded, it is "CA", a measure
    "deja meme tres "
    # English
    "the a an of to and or in on at by for with without from into onto over under per than that "
    "this these those its it our your their my his her we you they us them is are be been being was "
    "were will would can could should shall must may might do does did has have had not no so such "
    "very more most less least all each every any some both also just only up down out about as if "
    "then there here which who whom whose what when where how while"
)
#: Words that carry no content in a slogan: an objective made only of these is vague.
VAGUE_WORDS = words(
    "meilleur meilleure meilleurs meilleures mieux bien bon bons bonne bonnes top excellent "
    "excellente excellence succès réussir réussite gagner grandir croître croissance améliorer "
    "amélioration optimiser performance performances performant qualité résultat résultats chose "
    "choses tout encore toujours être devenir faire avoir aller loin haut fort grand grande super "
    "génial monde mondial classe niveau supérieur ensemble année objectif objectifs nouveau "
    "nouvelle entreprise société business boîte équipe équipes efficacité efficace efficaces "
    "performer progresser avancer booster dynamiser mieux-être maximum max possible vite rapide "
    "best better good great awesome amazing excellent excellence success successful succeed win "
    "winning grow growth improve improvement optimize optimise performance quality result results "
    "thing things everything more most be become do make get go world class level next team teams "
    "together year goal goals new company business hard work kill crush rock it big ever "
    "efficiency efficient effective higher high further faster fast happen arriver performante "
    "performants performantes stuff truc trucs look "
    # intensifiers and buzzwords that add no direction ("pretty much everything", "truly agile")
    "pretty much really truly totally absolutely basically vraiment carrément franchement "
    "just simply juste simplement tbh honestly lol perf perfs gros "
    "data-driven customer-centric customer-first digital-first world-class best-in-class agile "
    "agiles innovative innovant innovante innovants innovantes organisation organization "
    # A position with no "where" or "for whom" ("Être le leader du marché", "Be number one"):
    "leader leaders numéro number one référence reference marché marchés market markets secteur "
    "secteurs sector sectors industry industrie domaine"
)

#: Nouns of keeping things running: "Assurer la maintenance de…", "Ensure the upkeep of…".
BAU_NOUNS = words(
    "maintenance entretien suivi gestion continuité fonctionnement exploitation administration "
    "upkeep monitoring running run operations exploitation support permanence astreinte helpdesk"
)
#: People a team can keep or lose: keeping them is retention, an outcome ("Garder nos adhérents").
PEOPLE = words(
    "client clients clientes customer customers adhérent adhérents adhérente adhérentes membre "
    "membres member members abonné abonnés abonnée abonnées subscriber subscribers utilisateur "
    "utilisateurs utilisatrices user users talent talents salarié salariés employee employees "
    "collaborateur collaborateurs staff bénévole bénévoles volunteer volunteers donateur donateurs "
    "donor donors patient patients élève élèves étudiant étudiants student students fan fans "
    "supporter supporters partenaire partenaires partner partners lecteur lecteurs reader readers "
    "public audience joueur joueurs player players licencié licenciés infirmière infirmières "
    "infirmier infirmiers nurse nurses designer designers engineer engineers ingénieur ingénieurs"
)
#: Words that make a verbless title state a result rather than name a topic: "sans", "zéro"…
STATE_MARKERS = words(
    "sans without zéro zero aucun aucune no never jamais toujours always enfin finally plus more "
    "moins less fewer fier fière fiers fières proud ravi ravis ravie ravies happy happier heureux "
    "heureuse heureuses satisfait satisfaits satisfaite satisfaites à a l'heure on time"
)
#: Comparatives and superlatives that leave "Être …" without content ("Être plus pro", "Be the best NGO").
COMPARATIVES = words(
    "plus more meilleur meilleure meilleurs meilleures mieux best better top greater bigger moins less"
)

#: Phrases saying "keep doing what we do" (business as usual), folded.
BAU_PHRASES: tuple[tuple[str, ...], ...] = (
    ("comme", "d'", "habitude"),
    ("comme", "d'", "hab"),
    ("as", "usual"),
    ("bon", "fonctionnement"),
    ("continuite",),
    ("keep", "the", "lights"),
    ("statu", "quo"),
    ("status", "quo"),
    ("business", "continuity"),
    ("smooth", "running"),
)
#: Aims with no direction, whatever they apply to ("Take the brewery to the next level").
VAGUE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("next", "level"),
    ("niveau", "superieur"),
    ("new", "heights"),
    ("nouveaux", "sommets"),
    ("passer", "un", "cap"),
    ("franchir", "un", "cap"),
    ("vitesse", "superieure"),
    ("up", "a", "gear"),
)
#: Doing a thing right the first time: a rate of work that needs no second pass, an outcome
#: ("Fix turbines right the first time", "Résoudre les pannes du premier coup").
FIRST_TIME_PHRASES: tuple[tuple[str, ...], ...] = (
    ("first", "time"),
    ("first-time",),
    ("premier", "coup"),
    ("premiere", "fois"),
)
#: Potential or power as the object of the leading verb ("Unlock the power of our brand",
#: "Libérer le potentiel de nos données"): what should change is not said. Elsewhere in the card
#: they may be the aim's own words ("Help every pupil reach their full potential in maths").
POTENTIAL_PHRASES: tuple[tuple[str, ...], ...] = (("power",), ("potential",), ("potentiel",), ("puissance",))
#: What may stand between the verb and its potential ("the full", "tout le").
POTENTIAL_DETERMINERS = words(
    "the our their its your full whole le la notre nos leur leurs son sa tout plein"
)
#: Things as they are ("aux horaires habituels", "at the usual level"): business as usual after a
#: verb that keeps, runs or does ("Assurer l'ouverture aux horaires habituels"), not after one that
#: changes something ("Faire de nos espaces le lieu de travail habituel des freelances").
USUAL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("habituels",),
    ("habituelles",),
    ("habituel",),
    ("habituelle",),
    ("usual",),
)

#: Verbs that hedge a commitment when they govern it ("essayer d'atteindre", "try to reach", "Try
#: harder"); as nouns or with an object they measure or describe ("at the first attempt", "users
#: who try the demo").
HEDGE_VERBS = words("essayer essayons essayez tenter tentons try trying attempt attempting")
#: Routine phrases: business as usual when the card does nothing else ("Assurer le support au
#: quotidien", "Day-to-day operations"), an adverbial after a verb that changes something
#: ("Rendre l'appli indispensable au quotidien", "Make security part of day-to-day work").
ROUTINE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("au", "quotidien"),
    ("day-to-day",),
    ("day", "to", "day"),
)

#: Words or phrases that hedge a commitment (folded); the verbs among them only as above.
HEDGES: tuple[tuple[str, ...], ...] = (
    *((verb,) for verb in sorted(HEDGE_VERBS)),
    ("si", "possible"),
    ("if", "possible"),
    ("autant", "que", "possible"),
    ("as", "much", "as", "possible"),
    ("dans", "la", "mesure", "du", "possible"),
    ("where", "possible"),
    ("where", "feasible"),
    ("if", "feasible"),
    ("si", "faisable"),
    ("fingers", "crossed"),
    ("croisons", "les", "doigts"),
    ("touchons", "du", "bois"),
    ("knock", "on", "wood"),
    ("wherever", "possible"),
    ("peut-etre",),
    ("maybe",),
    ("perhaps",),
    ("hopefully",),
    ("idealement",),
    ("ideally",),
    ("esperons",),
    ("on", "verra"),
    ("if", "we", "can"),
    ("si", "on", "peut"),
    ("si", "nous", "pouvons"),
    ("probablement",),
    ("probably",),
    ("ce", "serait"),
    ("serait", "bien"),
    ("il", "faudrait"),
    ("on", "devrait"),
    ("nous", "devrions"),
    ("we", "should"),
    ("would", "be", "nice"),
    ("it", "would", "be"),
    # Wishes: wanting in the conditional, hoping ("We'd like to be…", "Nous aimerions…")
    ("aimerions",),
    ("aimerait",),
    ("aimerais",),
    ("voudrions",),
    ("voudrait",),
    ("voudrais",),
    ("souhaiterions",),
    ("souhaiterait",),
    ("souhaiterais",),
    ("espere",),
    ("esperer",),
    ("we'd", "like"),
    ("we'd", "love"),
    ("would", "like"),
    ("would", "love"),
    ("i'd", "like"),
    ("hoping",),
    ("we", "hope"),
    ("i", "hope"),
    ("hope", "to"),
    ("we", "wish"),
    ("si", "tout", "va", "bien"),
    ("if", "all", "goes", "well"),
    ("if", "things", "go", "well"),
)

#: Words and signs after which the words no longer belong to the leading verb's direct object
#: ("Establish our chip as the fastest product": the object is the chip, not a product to make).
OBJECT_STOPS = words(
    "pour afin avec chez grace par en dans sur for to with by in on at into onto through via so avant before "
    "as comme , ; : ( -"
)

# --------------------------------------------------------------------------------------- Numbers
NUMBER_WORDS: dict[str, float] = {
    # French
    "zero": 0, "aucun": 0, "aucune": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "huit": 8, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "dizaine": 10, "dizaines": 10,
    "douzaine": 12, "centaine": 100, "centaines": 100, "millier": 1000, "milliers": 1000,
    "huitaine": 8, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60,
    "moitie": 0.5, "demi": 0.5, "tiers": 0.33, "quart": 0.25, "double": 2, "triple": 3,
    "doubler": 2, "tripler": 3, "quadrupler": 4, "doublement": 2, "decupler": 10,
    # English
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "hundreds": 100, "thousand": 1000, "thousands": 1000, "dozen": 12, "dozens": 12, "half": 0.5,
    "halve": 0.5, "halving": 0.5, "halved": 0.5, "twice": 2, "thrice": 3, "doubling": 2,
    "doubled": 2, "tripling": 3, "tripled": 3, "quadrupled": 4, "doublee": 2,
    "quadruple": 4, "tenfold": 10,
}  # fmt: skip
#: Scale words after a number ("3 millions", "1,2 Md€", "5 k").
SCALES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9,
    "billions": 1e9, "thousand": 1e3, "millier": 1e3, "milliers": 1e3, "mille": 1e3,
}  # fmt: skip
#: Unit words after a number, by family (folded).
UNITS: dict[str, str] = {
    "%": "percent", "pourcent": "percent", "pourcents": "percent", "percent": "percent", "‰": "permille",
    "pts": "points", "pt": "points", "points": "points", "point": "points", "pp": "points",
    "€": "money", "eur": "money", "euro": "money", "euros": "money", "$": "money", "usd": "money",
    "dollars": "money", "dollar": "money", "£": "money", "gbp": "money", "k€": "money",
    "h": "hours", "heure": "hours", "heures": "hours", "hour": "hours", "hours": "hours", "hr": "hours",
    "hrs": "hours", "min": "minutes", "mn": "minutes", "minute": "minutes", "minutes": "minutes",
    "s": "seconds", "sec": "seconds", "seconde": "seconds", "secondes": "seconds", "second": "seconds",
    "seconds": "seconds", "ms": "ms", "j": "days", "jour": "days", "jours": "days", "day": "days", "days": "days",
    "semaine": "weeks", "semaines": "weeks", "week": "weeks", "weeks": "weeks", "mois": "months",
    "g": "grams", "gr": "grams", "kg": "kg", "t": "tonnes", "tonne": "tonnes", "tonnes": "tonnes",
    "ton": "tonnes", "tons": "tonnes", "l": "litres", "litre": "litres", "litres": "litres",
    "liter": "litres", "liters": "litres", "km": "km", "kwh": "kwh", "mwh": "mwh", "teq": "tonnes",
    "month": "months", "months": "months", "an": "years", "ans": "years", "annee": "years",
    "annees": "years", "year": "years", "years": "years", "trimestre": "quarters",
    "trimestres": "quarters", "quarter": "quarters", "quarters": "quarters", "x": "times",
    "fois": "times", "times": "times", "etoiles": "score", "etoile": "score", "stars": "score",
    "star": "score",
    # lengths, areas and volumes ("de 400 m² à 650 m²", "14 m3 per tonne")
    "cm": "cm", "mm": "mm", "metre": "metres", "metres": "metres", "meter": "metres",
    "meters": "metres", "mile": "miles", "miles": "miles", "m2": "m2", "m²": "m2", "km2": "km2",
    "km²": "km2", "ha": "hectares", "hectare": "hectares", "hectares": "hectares", "m3": "m3",
    "m³": "m3",
}  # fmt: skip
#: Glued ordinal suffixes: "1er", "2e", "3ème", "1st", "4th".
ORDINAL_SUFFIXES = frozenset({"er", "re", "ere", "e", "eme", "nd", "nde", "st", "rd", "th", "ieme"})
#: Words after which a number is a name or a rank, not a measure ("ISO 9001", "niveau 3", "n° 1").
IDENTIFIER_WORDS = words(
    "iso iec soc type windows ios android version v web python java covid industrie industry phase etape "
    "step sprint lot wave release niveau level tier n no numero number rang rank top article "
    "chapitre chapter page route salle room gen generation pci usb hdmi ipv bac pme eti cac "
    "classement ranking position"
)
#: Words that make a following duration a period rather than a measure ("d'ici 6 mois").
PERIOD_PREPOSITIONS = words(
    "en dans sous sur pendant prochains prochaines d'ici ici avant in within over for next during before"
)
#: Units that are calendar spans (a duration of these after a period preposition is a deadline).
CALENDAR_UNITS = frozenset({"months", "years", "quarters"})
#: Durations in minutes (and masses in kg), so that "de 4 h à 30 min" compares 240 with 30.
DURATION_MINUTES: dict[str, float] = {
    "grams": 1 / 1000, "kg": 1.0, "tonnes": 1000.0, "ms": 1 / 60000, "seconds": 1 / 60, "minutes": 1.0, "hours": 60.0, "days": 1440.0,
    "weeks": 10080.0, "months": 43200.0, "quarters": 129600.0, "years": 525600.0,
}  # fmt: skip
SHORT_CALENDAR_UNITS = frozenset({"days", "weeks"})
MONTHS = words(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv "
    "fevr sept oct nov dec january february march april may june july august september october "
    "november december jan feb apr jun jul aug sep"
)
#: Words marking a calendar reference: a following or preceding 4-digit number is a year.
PERIOD_WORDS = words(
    "en fin debut mi d'ici ici avant apres depuis annee exercice fy in end start by before after "
    "since year fiscal eoy eoq semestre trimestre quarter half h1 h2 s1 s2 t1 t2 t3 t4 q1 q2 q3 "
    "q4 ytd jusqu'a jusqu until"
)
PERIOD_TOKEN_PREFIXES = ("t", "q", "s", "h")

#: Words that state where a measure starts from, besides "de X à Y" / "from X to Y".
BASELINE_MARKERS = folded_words(
    "aujourd'hui actuellement actuel actuelle actuels currently current today vs versus contre "
    "baseline base compared comparé comparée rapport n-1 yoy instead lieu initial initialement "
    "actuellement precedent precedente previous last dernier derniere"
)
#: Words joining the two ends of a range: "de 32 à 45", "from 3% to 7%", "32 -> 45".
RANGE_CONNECTORS = frozenset({"a", "to", "vers", "->", "=>", "jusqu'", "jusqu"})
#: Words that may stand between the two ends of a range besides the connector
#: ("de 40 par mois à moins de 15", "from 4% to under 1%").
RANGE_FILLERS = words(
    ", par per / moins plus de d' under below less fewer than over above at least au mois month semaine week "
    "jour day an year trimestre quarter environ about around seulement only maximum max minimum min "
    # an article before a fraction word: "d'un tiers à la moitié", "from a third to the half"
    "la le l' the"
)
RANGE_STARTS = frozenset({"de", "d'", "from", "passer", "entre"})
#: Words that make the next figure a ceiling ("moins de 2 bugs", "fewer than 3 incidents").
UPPER_BOUNDS: tuple[tuple[str, ...], ...] = (
    ("moins", "de"),
    ("moins", "d'"),
    ("pas", "plus", "de"),
    ("au", "plus"),
    ("au", "maximum"),
    ("inferieur", "a"),
    ("inferieure", "a"),
    ("inferieurs", "a"),
    ("inferieures", "a"),
    ("en", "dessous", "de"),
    ("sous", "les"),
    ("sous",),
    ("fewer", "than"),
    ("less", "than"),
    ("no", "more", "than"),
    ("not", "more", "than"),
    ("at", "most"),
    ("under",),
    ("below",),
    ("max",),
    ("maximum",),
    ("<",),
    ("<=",),
)
#: Thresholds that are measurable without a number ("atteindre le point mort").
IMPLICIT_TARGETS: tuple[tuple[str, ...], ...] = (
    ("point", "mort"),
    ("break-even",),
    ("breakeven",),
    ("break", "even"),
    ("equilibre", "financier"),
    ("seuil", "de", "rentabilite"),
)

# -------------------------------------------------------------------------------------- Key results
#: Activities and inputs: counting them measures effort, not results.
ACTIVITY_NOUNS = words(
    "réunion réunions rendez-vous rdv appel appels call calls e-mail e-mails email emails mail "
    "mails courriel courriels article articles post posts publication publications billet billets "
    "newsletter newsletters webinaire webinaires webinar webinars événement événements evenement "
    "evenements salon salons atelier ateliers session sessions présentation présentations démo "
    "démos demo demos démonstration démonstrations tweet tweets vidéo vidéos video videos podcast "
    "podcasts campagne campagnes campaign campaigns relance relances entretien entretiens "
    "interview interviews meeting meetings event events workshop workshops presentation "
    "presentations follow-up follow-ups touchpoint touchpoints commit commits conférence conférences "
    "conference conferences formation formations petit-déjeuner petits-déjeuners déjeuner déjeuners "
    "afterwork afterworks breakfast breakfasts lunch lunches offsite offsites séminaire séminaires "
    "seminar seminars team-building"
)
#: Visits are an activity when they are sales or field visits ("visites clients", "sales visits");
#: otherwise they are traffic, an outcome ("45k visits per month").
VISIT_NOUNS = frozenset({"visite", "visites", "visit", "visits"})
FIELD_VISIT_WORDS = words(
    "client clients terrain commercial commerciale commerciales commerciaux customer customers sales "
    "field prospect prospects magasins"
)

#: States saying a deliverable is done: a yes/no result ("site en ligne", "contract signed").
STATE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("en", "ligne"),
    ("en", "place"),
    ("en", "production"),
    ("en", "service"),
    ("disponible",),
    ("disponibles",),
    ("operationnel",),
    ("operationnelle",),
    ("operationnels",),
    ("operationnelles",),
    ("pret",),
    ("prete",),
    ("prets",),
    ("conforme",),
    ("conformes",),
    ("go-live",),
    ("golive",),
    ("live",),
    ("open",),
    ("done",),
    ("ready",),
    ("operational",),
    ("available",),
    ("in", "place"),
    ("in", "production"),
    ("up", "and", "running"),
    ("compliant",),
    ("sold", "out"),
    ("fully", "booked"),
    ("guichets", "fermes"),
)
#: Things one obtains once, yes or no ("obtenir la certification ISO 9001").
#: Participles of approval ("validé", "approved", "signed off" is a phrase of "signed"): yes/no.
APPROVED = words(
    "approuve approuvee approuves approuvees valide validee valides validees homologue homologuee "
    "certifie certifiee certifies certifiees accredite accreditee labellise labellisee agree agreee "
    "approved validated certified accredited endorsed ratified"
)
BINARY_OBJECTS = words(
    "certification label agrément accréditation audit homologation conformité compliance "
    "certificate certified accreditation approval validation feu vert green sign-off signature "
    "autorisation permis licence license brevet patent financement funding subvention grant "
    "budget accord agreement go certificat permit visa habilitation"
)

#: Owners that are a group, not one accountable person.
COMMITTEE_OWNERS = frozenset(
    {
        "tous",
        "tout le monde",
        "equipe",
        "l'equipe",
        "toute l'equipe",
        "everyone",
        "everybody",
        "all",
        "team",
        "the team",
        "whole team",
        "comite",
        "committee",
        "direction",
        "codir",
        "comex",
        "board",
        "management",
        "managers",
        "groupe",
        "group",
        "collectif",
        "service",
        "departement",
        "department",
        "personne",
        "nobody",
        "tbd",
        "tbc",
        "?",
        "??",
        "a definir",
        "n/a",
        "na",
        "x",
        "nous",
        "we",
        "us",
    }
)
