"""The verbs of the checker's lexicon, French and English, by class (data only).

Classes (see :mod:`okrworkshop.rules.text.lexicon`): outcome, vague, task, ambiguous, activity,
bau, state. :mod:`okrworkshop.rules.text.verbs` expands each verb into its forms.
"""

from __future__ import annotations

from okrworkshop.rules.text.lexicon import ACTIVITY, AMBIGUOUS, BAU, OUTCOME, STATE, TASK, VAGUE, words

# ------------------------------------------------------------------------------------ French verbs
FR_VERBS: dict[str, frozenset[str]] = {
    OUTCOME: words(
        "augmenter accroître accroitre hausser relever élever doubler tripler quadrupler multiplier "
        "gagner conquérir acquérir générer atteindre dépasser franchir porter croître progresser "
        "grimper maximiser attirer fidéliser vendre convertir réduire diminuer baisser abaisser "
        "diviser limiter ramener contenir minimiser éliminer supprimer résorber raccourcir alléger "
        "éradiquer passer stabiliser amener satisfaire retenir récupérer économiser encaisser "
        "facturer collecter lever toucher séduire engager activer battre pénétrer résoudre éviter prévenir renouveler redresser retrouver exporter répondre viser"
    ),
    VAGUE: words(
        "améliorer optimiser renforcer favoriser promouvoir dynamiser booster accompagner faciliter "
        "soutenir encourager valoriser consolider accélérer fluidifier simplifier moderniser enrichir "
        "élargir étendre diversifier professionnaliser rationaliser structurer sécuriser harmoniser "
        "transformer exceller offrir ravir enchanter inspirer proposer aider permettre garantir "
        "rendre bâtir imposer asseoir incarner libérer réinventer révolutionner émerveiller fédérer "
        "démocratiser réussir donner redonner apporter affirmer ancrer cultiver nourrir embarquer impliquer mobiliser responsabiliser positionner maîtriser protéger défendre servir accueillir éduquer populariser internationaliser renouer débloquer investir prendre fournir apprendre comprendre concentrer décarboner verdir rajeunir dominer assainir"
    ),
    TASK: words(
        "lancer rédiger implémenter implanter installer migrer déployer refondre refaire finaliser "
        "terminer achever concevoir élaborer formaliser documenter paramétrer configurer intégrer "
        "automatiser digitaliser dématérialiser définir écrire réécrire préparer planifier remplacer "
        "acheter choisir sélectionner auditer cartographier recenser étudier analyser tester "
        "prototyper coder programmer réorganiser restructurer négocier fusionner externaliser "
        "internaliser rénover aménager équiper démarrer commencer initier entamer sortir introduire "
        "revoir repenser réviser actualiser nettoyer archiver lister valider effectuer mener conduire "
        "produire mettre former embaucher recruter traduire réserver identifier outiller corriger réparer finir arrêter déménager "
        "basculer"
    ),
    AMBIGUOUS: words(
        "créer construire développer ouvrir faire réaliser signer obtenir livrer ajouter établir instaurer "
        "trouver"
    ),
    ACTIVITY: words(
        "organiser tenir animer publier envoyer appeler contacter relancer rencontrer visiter "
        "participer assister présenter communiquer informer sensibiliser poster démarcher prospecter "
        "interviewer sonder consacrer diffuser tweeter partager dépenser distribuer soumettre"
    ),
    BAU: words(
        "maintenir continuer poursuivre conserver garder préserver rester pérenniser gérer suivre "
        "administrer assurer piloter exploiter"
    ),
    STATE: words("être devenir avoir"),
}

#: Irregular French forms (folded lemma -> extra forms) that the regular endings miss.
FR_IRREGULAR: dict[str, tuple[str, ...]] = {
    "mettre": ("mis", "mise", "mises", "mettez", "mettons", "mettant", "met", "mets"),
    "faire": ("fait", "faite", "faits", "faites", "faisons", "faisant", "fais"),
    "refaire": ("refait", "refaite", "refaits", "refaites", "refaisons"),
    "écrire": ("écrit", "écrite", "écrits", "écrites", "écrivez", "écrivons", "écrivant"),
    "soumettre": ("soumis", "soumise", "soumises", "soumettez", "soumettons"),
    "réécrire": ("réécrit", "réécrite", "réécrivez", "réécrivons"),
    "construire": ("construit", "construite", "construits", "construisez", "construisons", "construisant"),
    "produire": ("produit", "produite", "produits", "produisez", "produisons", "produisant"),
    "conduire": ("conduit", "conduite", "conduisez", "conduisons", "conduisant"),
    "introduire": ("introduit", "introduite", "introduisez", "introduisons"),
    "traduire": ("traduit", "traduite", "traduisez", "traduisons"),
    "réduire": ("réduit", "réduite", "réduits", "réduites", "réduisez", "réduisons", "réduisant"),
    "atteindre": ("atteint", "atteinte", "atteints", "atteignez", "atteignons", "atteignant"),
    "obtenir": ("obtenu", "obtenue", "obtenus", "obtenues", "obtenez", "obtenons", "obtenant", "obtiens"),
    "tenir": ("tenu", "tenue", "tenus", "tenez", "tenons", "tenant", "tiens"),
    "maintenir": ("maintenu", "maintenue", "maintenez", "maintenons", "maintenant", "maintiens"),
    "devenir": ("devenu", "devenue", "devenez", "devenons", "devenant", "deviens"),
    "ouvrir": ("ouvert", "ouverte", "ouverts", "ouvertes", "ouvrez", "ouvrons", "ouvrant"),
    "offrir": ("offert", "offerte", "offrez", "offrons", "offrant"),
    "conquérir": ("conquis", "conquise", "conquérez", "conquérons", "conquérant"),
    "acquérir": ("acquis", "acquise", "acquérez", "acquérons", "acquérant"),
    "concevoir": ("conçu", "conçue", "concevez", "concevons", "concevant"),
    "croître": ("crû", "croissez", "croissons", "croissant"),
    "accroître": ("accru", "accrue", "accroissez", "accroissons", "accroissant"),
    "accroitre": ("accru", "accrue", "accroissez", "accroissons", "accroissant"),
    "promouvoir": ("promu", "promue", "promouvez", "promouvons", "promouvant"),
    "être": ("sois", "soyez", "soyons", "été", "étant"),
    "avoir": ("aie", "ayez", "ayons", "eu", "ayant"),
    "rendre": ("rendu", "rendue", "rendez", "rendons", "rendant"),
    "vendre": ("vendu", "vendue", "vendus", "vendez", "vendons", "vendant"),
    "permettre": ("permis", "permise", "permettez", "permettons"),
    "satisfaire": ("satisfait", "satisfaite", "satisfaits", "satisfaites"),
    "établir": ("établi", "établie"),
    "prendre": ("pris", "prise", "prises", "prenez", "prenons", "prenant"),
    "résoudre": ("résolu", "résolue", "résolus", "résolues", "résolvez", "résolvons"),
    "prévenir": ("prévenu", "prévenez", "prévenons"),
    "apprendre": ("appris", "apprenez", "apprenons"),
    "comprendre": ("compris", "comprenez", "comprenons"),
    "servir": ("sers", "sert", "servez", "servons", "servant"),
}

#: Verbs whose class holds only inside one of their multi-word phrases: bare, the object decides
#: ("mettre en place un CRM" is a task; "mettre le client au cœur de nos décisions" is not).
FR_BARE: dict[str, str] = {"mettre": AMBIGUOUS}

#: Multi-word French verbs: lemma + following folded words -> class.
FR_PHRASES: dict[tuple[str, ...], str] = {
    ("mettre", "en", "place"): TASK,
    ("mettre", "en", "oeuvre"): TASK,
    ("mettre", "en", "ligne"): TASK,
    ("mettre", "en", "production"): TASK,
    ("mettre", "en", "service"): TASK,
    ("mettre", "a", "jour"): TASK,
    ("mettre", "au", "point"): TASK,
    ("mettre", "sur", "pied"): TASK,
    ("mettre", "a", "disposition"): TASK,
    ("sortir", "de"): OUTCOME,
    ("sortir", "du"): OUTCOME,
    ("sortir", "d'"): OUTCOME,
    ("sortir", "des"): OUTCOME,
    ("faire", "passer"): OUTCOME,
    ("faire", "croitre"): OUTCOME,
    ("faire", "progresser"): OUTCOME,
    ("faire", "le", "point"): ACTIVITY,
    ("faire", "un", "point"): ACTIVITY,
    # "Arrêter de perdre des clients": stopping a loss is an outcome ("arrêter le projet" a task).
    ("arreter", "de"): OUTCOME,
    ("arreter", "d'"): OUTCOME,
    ("travailler", "sur"): VAGUE,
    ("se", "concentrer"): VAGUE,
}

# ----------------------------------------------------------------------------------- English verbs
EN_VERBS: dict[str, frozenset[str]] = {
    OUTCOME: words(
        "increase grow raise boost lift double triple quadruple multiply gain win generate acquire "
        "attract earn exceed surpass maximize maximise sell convert reduce decrease cut lower drop "
        "shrink halve minimize minimise eliminate limit shorten lessen slash reach achieve hit attain "
        "retain save recover bring land close onboard activate engage collect bill convince capture conquer penetrate beat resolve solve prevent avoid remove stop satisfy renew subscribe enroll register adopt answer respond aim"
    ),
    VAGUE: words(
        "improve enhance optimize optimise strengthen foster promote support facilitate encourage "
        "leverage accelerate streamline simplify modernize modernise enrich broaden extend diversify "
        "professionalize rationalize secure harmonize transform succeed excel offer delight empower "
        "enable drive inspire help provide guarantee revolutionize reinvent wow amaze dominate "
        "democratize unlock expand scale own lead give take turn elevate embed embrace instill cultivate nurture champion reimagine invest position master safeguard protect defend educate welcome serve learn understand pioneer enter focus crush nail rock smash"
    ),
    TASK: words(
        "launch ship release write rewrite draft implement install migrate deploy redesign rebuild "
        "revamp overhaul finalize finalise finish complete design document configure integrate "
        "automate digitize digitise define prepare plan replace buy purchase choose select audit map "
        "study analyze analyse test prototype code program reorganize reorganise restructure "
        "negotiate merge outsource renovate equip start begin initiate introduce review rethink "
        "revise update upgrade refactor clean archive list validate perform produce "
        "translate execute train hire recruit book identify fix relocate"
    ),
    AMBIGUOUS: words(
        "create build develop open do make sign get obtain deliver pass add set roll put carry kick stand go "
        "establish institute "
        "follow find move spin sort"
    ),
    ACTIVITY: words(
        "organize organise hold host run conduct publish post send call contact email meet visit "
        "attend present communicate pitch demo blog tweet prospect interview survey spend dedicate distribute report coach mentor "
        "submit work knock canvass leaflet reset"
    ),
    BAU: words(
        "maintain continue sustain preserve keep remain stay manage handle monitor ensure administer operate track"
    ),
    STATE: words("be become have"),
}

#: Irregular English forms (lemma -> extra forms).
EN_IRREGULAR: dict[str, tuple[str, ...]] = {
    "build": ("built",),
    "submit": ("submitted", "submitting"),
    "rebuild": ("rebuilt",),
    "write": ("wrote", "written"),
    "rewrite": ("rewrote", "rewritten"),
    "make": ("made",),
    "hold": ("held",),
    "run": ("ran", "running"),
    "set": ("setting",),
    "put": ("putting",),
    "go": ("went", "gone", "going", "goes"),
    "send": ("sent",),
    "get": ("got", "gotten", "getting"),
    "win": ("won", "winning"),
    "grow": ("grew", "grown"),
    "begin": ("began", "begun", "beginning"),
    "bring": ("brought",),
    "buy": ("bought",),
    "meet": ("met",),
    "lead": ("led",),
    "do": ("did", "done", "does", "doing"),
    "keep": ("kept",),
    "cut": ("cutting",),
    "sell": ("sold",),
    "spend": ("spent",),
    "hit": ("hitting",),
    "be": ("is", "are", "was", "were", "been", "being"),
    "become": ("became", "becoming"),
    "have": ("has", "had", "having"),
    "drive": ("drove", "driven", "driving"),
    "overtake": ("overtook", "overtaken"),
    "choose": ("chose", "chosen"),
    "lose": ("lost",),
    "pay": ("paid",),
    "redo": ("redid", "redone"),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "find": ("found",),
    "beat": ("beaten",),
    "understand": ("understood",),
    "learn": ("learnt",),
}

EN_PHRASES: dict[tuple[str, ...], str] = {
    ("set", "up"): TASK,
    ("roll", "out"): TASK,
    ("put", "in", "place"): TASK,
    ("put", "together"): TASK,
    ("carry", "out"): TASK,
    ("kick", "off"): TASK,
    ("stand", "up"): TASK,
    ("go", "live"): TASK,
    ("work", "on"): TASK,
    ("hold", "on", "to"): OUTCOME,
    ("hang", "on", "to"): OUTCOME,
    ("focus", "on"): VAGUE,
    ("reach", "out"): ACTIVITY,
    ("follow", "up"): ACTIVITY,
    ("sign", "up"): OUTCOME,
    ("scale", "up"): VAGUE,
    ("spin", "up"): TASK,
    ("sort", "out"): TASK,
    ("aim", "for"): OUTCOME,
    ("aim", "at"): OUTCOME,
    ("shoot", "for"): OUTCOME,
}

#: Verbs that push a measure up or down (to catch "réduire ... de 3 % à 5 %").
UP_VERBS = words(
    "augmenter accroitre hausser relever elever doubler tripler quadrupler multiplier croitre "
    "progresser grimper maximiser increase grow raise boost lift double triple quadruple multiply "
    "maximize maximise"
)
DOWN_VERBS = words(
    "reduire diminuer baisser abaisser diviser ramener minimiser eliminer resorber raccourcir "
    "alleger eradiquer reduce decrease cut lower drop shrink halve minimize minimise eliminate "
    "shorten lessen slash"
)
