"""The French/English text analysis: tokens, numbers, ranges, periods, verbs, language."""

from __future__ import annotations

import pytest

from okrworkshop.rules.text import NAME, PERIOD, RANK, analyze, fold, normalise, tokenize, verbs
from okrworkshop.rules.text import features as f
from okrworkshop.rules.text import ranges as rg


def test_folding_strips_accents_and_case() -> None:
    assert fold("Équipe Déjà Où Cœur ÆON") == "equipe deja ou coeur aeon"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("l'équipe", ["l'", "equipe"]),
        ("L’équipe d’accueil", ["l'", "equipe", "d'", "accueil"]),  # typographic apostrophe
        ("qu'on", ["qu'", "on"]),
        ("jusqu'à", ["jusqu'", "a"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("the customer's journey", ["the", "customer", "journey"]),
    ],
)
def test_elisions_are_split_off(text: str, words: list[str]) -> None:
    assert [t.fold for t in tokenize(normalise(text))] == words


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("4,5", 4.5, "count"),
        ("10 000", 10000, "count"),
        ("10\u00a0000", 10000, "count"),  # no-break space
        ("10\u202f000", 10000, "count"),  # narrow no-break space
        ("12 k€", 12000, "money"),
        ("12k€", 12000, "money"),
        ("1,2 M€", 1_200_000, "money"),
        ("3 millions d'euros", 3_000_000, "money"),
        ("48 h", 48, "hours"),
        ("48h", 48, "hours"),
        ("1h30", 1.5, "hours"),
        ("40 %", 40, "percent"),
        ("40\u202f%", 40, "percent"),
        ("+15 %", 15, "percent"),
        ("4,5/5", 4.5, "score"),
        ("x2", 2, "times"),
        ("deux", 2, "count"),
        ("la moitié", 0.5, "count"),
        ("doubler", 2, "count"),
    ],
)
def test_french_numbers(text: str, value: float, unit: str) -> None:
    measures = analyze(text, "fr").metrics
    assert len(measures) == 1
    assert measures[0].value == pytest.approx(value)
    assert measures[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,250 users", 1250), ("$1.2M", 1_200_000), ("twice", 2), ("half", 0.5), ("3.5%", 3.5), ("20k", 20000)],
)
def test_english_numbers(text: str, value: float) -> None:
    assert analyze(text, "en").metrics[0].value == pytest.approx(value)


def test_french_card_in_english_workshop_reads_french_decimals() -> None:
    # Detected as French, "1,250" is one and a quarter, not one thousand two hundred and fifty.
    a = analyze("Atteindre une note de 1,250 sur 2 pour les clients", "en")
    assert a.lang == "fr"
    assert a.metrics[0].value == pytest.approx(1.25)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("T1 2027", PERIOD),
        ("Q3", PERIOD),
        ("S2", PERIOD),
        ("H1", PERIOD),
        ("2027", PERIOD),
        ("fin 2027", PERIOD),
        ("2027-Q1", PERIOD),
        ("d'ici 6 mois", PERIOD),
        ("within three months", PERIOD),
        ("31 mars", PERIOD),
        ("31/03/2027", PERIOD),
        ("1er avril", PERIOD),
        ("ISO 9001", NAME),
        ("24/7", NAME),
        ("7j/7", NAME),
        ("4G", NAME),
        ("n° 1", RANK),
        ("top 3", RANK),
        ("numéro un", RANK),
    ],
)
def test_years_quarters_dates_and_names_are_not_measures(text: str, kind: str) -> None:
    quantities = analyze(text, "fr").quantities
    assert quantities, text
    assert {q.kind for q in quantities} == {kind}


def test_a_count_of_4_digits_is_not_a_year_when_it_counts_something() -> None:
    assert analyze("Atteindre 2000 clients", "fr").metrics[0].value == 2000


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("de 32 à 45", "fr", 32, 45),
        ("passer de 40 % à 55 %", "fr", 40, 55),
        ("Passer le NPS de 32 à 45", "fr", 32, 45),
        ("from 3% to 7%", "en", 3, 7),
        ("de 12 k€ à 20 k€", "fr", 12000, 20000),
        ("NPS 32 -> 45", "fr", 32, 45),
        ("NPS 32 → 45", "fr", 32, 45),
        ("de 40 par mois à moins de 15", "fr", 40, 15),
        ("from 4% to under 1%", "en", 4, 1),
        ("de 3 h 40 à 2 h", "fr", 3 + 40 / 60, 2),
    ],
)
def test_ranges(text: str, lang: str, start: float, end: float) -> None:
    found = rg.ranges(analyze(text, lang))
    assert [(a.value, b.value) for a, b in found] == [pytest.approx((start, end))]


def test_a_band_is_not_a_range_and_not_two_measures() -> None:
    a = analyze("Maintenir le délai de livraison entre 3 et 5 jours", "fr")
    assert rg.ranges(a) == []
    assert not f.is_compound_key_result(a)


def test_range_ends_compare_across_units() -> None:
    start, end = rg.ranges(analyze("de 4 h à 30 min", "fr"))[0]
    assert rg.range_values(start, end) == (240, 30)
    start, end = rg.ranges(analyze("de 21 à 10 jours", "fr"))[0]
    assert rg.range_values(start, end) == (21 * 1440, 10 * 1440)


@pytest.mark.parametrize(
    ("word", "lemma", "form"),
    [
        ("lancer", "lancer", verbs.INF),
        ("lancez", "lancer", verbs.IMP),
        ("lancons", "lancer", verbs.IMP),
        ("lance", "lancer", verbs.PP),
        ("redigeons", "rediger", verbs.IMP),
        ("mis", "mettre", verbs.PP),
        ("deploye", "deployer", verbs.PP),
    ],
)
def test_french_verb_forms(word: str, lemma: str, form: str) -> None:
    found = verbs.lookup(word, "fr")
    assert found is not None
    assert (found.lemma, found.form) == (lemma, form)


@pytest.mark.parametrize(
    ("word", "lemma", "form"),
    [
        ("launch", "launch", verbs.INF),
        ("launched", "launch", verbs.PP),
        ("launching", "launch", verbs.GER),
        ("shipped", "ship", verbs.PP),
        ("built", "build", verbs.PP),
        ("renegotiate", "negotiate", verbs.INF),
    ],
)
def test_english_verb_forms(word: str, lemma: str, form: str) -> None:
    found = verbs.lookup(word, "en")
    assert found is not None
    assert (found.lemma, found.form) == (lemma, form)


@pytest.mark.parametrize(
    "text",
    [
        "Lancer le nouveau site",
        "Lancez le nouveau site",
        "Avoir lancé le nouveau site",
        "Lancement du nouveau site",
        "Mise en place d'un CRM",
        "Mettre en œuvre la nouvelle procédure",
        "Refonte du parcours d'inscription",
        "Déploiement du CRM",
        "Nous allons lancer le site",
        "KR1 : Rédiger la charte qualité",
        "D'ici fin T2, organiser le séminaire",
    ],
)
def test_french_tasks(text: str) -> None:
    assert f.is_task(analyze(text, "fr")), text


@pytest.mark.parametrize(
    "text",
    [
        "Launch the new website",
        "Website redesign",
        "Have shipped the billing system",
        "Set up a CRM",
        "Launching the app",
    ],
)
def test_english_tasks(text: str) -> None:
    assert f.is_task(analyze(text, "en")), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Créer une expérience client inoubliable", "fr"),
        ("Faire de l'agence un lieu où les talents veulent rester", "fr"),
        ("Livrer 95 % des commandes en moins de 48 h", "fr"),
        ("Former 100 % des managers au feedback", "fr"),
        ("Build the best browser", "en"),
        ("Make our platform trusted by enterprise buyers", "en"),
        ("Deliver 95% of orders on time", "en"),
    ],
)
def test_not_tasks(text: str, lang: str) -> None:
    assert not f.is_task(analyze(text, lang)), text


@pytest.mark.parametrize(
    ("text", "default", "lang"),
    [
        ("Launch the onboarding checklist", "fr", "en"),
        ("Réduire le délai de réponse", "en", "fr"),
        ("NPS ≥ 45", "fr", "fr"),
        ("NPS ≥ 45", "en", "en"),
        ("Increase week-4 retention from 35% to 50%", "fr", "en"),
        ("Faire passer le taux de renouvellement de 70 % à 85 %", "en", "fr"),
        # Reported: English pronouns, modals and "an" (the article) read as English.
        ("Give families an app they can rely on when they shop", "fr", "en"),
        ("Offer seniors a service they can trust when they travel", "fr", "en"),
        ("Make an app that parents use every week", "fr", "en"),
        ("Donner aux familles une appli sur laquelle compter quand elles font leurs courses", "en", "fr"),
        ("Vendre 12 abonnements par an aux familles", "en", "fr"),  # "an": the French year
    ],
)
def test_language_is_detected_per_card(text: str, default: str, lang: str) -> None:
    assert analyze(text, default).lang == lang


def test_labels_before_the_title_are_ignored() -> None:
    a = analyze("KR 1.2 : Lancer le site", "fr")
    assert a.lead is not None and a.lead.lemma == "lancer"
    assert analyze("Objectif 3 - Devenir la référence", "fr").word_count == 3


def test_content_stems_ignore_accents_case_stop_words_and_plurals() -> None:
    first = analyze("Augmenter la satisfaction des clients", "fr").content_stems()
    second = analyze("augmenter  SATISFACTION client", "fr").content_stems()
    assert first == second


@pytest.mark.parametrize("table", ["FR_VERBS", "EN_VERBS"])
def test_each_verb_has_one_class(table: str) -> None:
    from okrworkshop.rules.text import verb_lexicon

    seen: dict[str, str] = {}
    for cls, lemmas in getattr(verb_lexicon, table).items():
        for lemma in lemmas:
            assert lemma not in seen, f"{lemma} is both {seen[lemma]} and {cls}"
            seen[lemma] = cls


def test_word_level_caches_never_change_a_result() -> None:
    """Tokens, stems and verb scores are remembered per chunk of text; a title reads the same
    whether its words were seen before or not, and numbers keep each language's reading."""
    from okrworkshop.rules.text import clear_caches

    titles = [
        "Passer de 10 000 à 12 500 abonnés (4,5 / 5 de satisfaction)",
        "Reach 1,250 weekly users, up from 900",
        "Atteindre une note de 1,250 sur 2",
        "L’équipe d’accueil répond en 48 h, 7 j/7",
    ]

    def read(title: str, lang: str) -> tuple[object, ...]:
        a = analyze(title, lang)
        return (a.lang, a.tokens, a.quantities, a.lead, a.content_stems())

    clear_caches()
    fresh = {(t, lang): read(t, lang) for t in titles for lang in ("fr", "en")}
    for title in reversed(titles):  # every chunk now cached, in the other order
        for lang in ("en", "fr"):
            assert read(title, lang) == fresh[(title, lang)]
    assert tokenize("1,250", "fr")[0].value == pytest.approx(1.25)
    assert tokenize("1,250", "en")[0].value == pytest.approx(1250)


def test_accented_list_words_match_folded_tokens() -> None:
    # Tokens are folded: "comparé" must still mark a baseline, "très" still be a stop word.
    assert f.has_baseline(analyze("Réduire le churn de 20 % comparé à 2025", "fr"))
    assert "tres" not in analyze("Des clients très fidèles", "fr").content_stems()
    # ...but "CA" (chiffre d'affaires) is content, though "ça" folds to the same letters.
    assert "ca" in analyze("Augmenter le CA export", "fr").content_stems()
