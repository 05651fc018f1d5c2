"""The words printed on a poster, in the workshop's language, and numbers the way it writes them.

French labels follow French typography: a no-break space before « : », a narrow no-break space
(U+202F) before « ; ! ? » and inside numbers (« 10 000 »), a decimal comma (« 4,5 »).
"""

from __future__ import annotations

from okrworkshop.i18n.plural import plural

NBSP = "\u00a0"
NNBSP = "\u202f"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "case": "Case study: {}",
        "round": "Round: {}",
        "snapshot": "Snapshot: {}",
        "date": "Date: {}",
        "period": "Period: {}",
        "facilitator": "Facilitator: {}",
        "owner": "Owner: {}",
        "committed": "committed",
        "aspirational": "aspirational",
        "milestone": "milestone",
        "current": "now {}",
        "confidence": "confidence {}/10",
        "objective": "Objective",
        "key_result": "Key result",
        "initiative": "Initiative",
        "note": "Note",
        "free_notes": "Parking lot",
        "summary": "Checker: {error} · {warning} · {info}",
        "summary_clean": "Checker: no finding",
        "summary_missing": "Checker: not run",
        "error": "{} error|{} errors",
        "warning": "{} warning|{} warnings",
        "info": "{} info|{} infos",
        "legend_error": "error",
        "legend_warning": "warning",
        "legend_info": "info",
        "legend_arrow": "aligned to",
        "legend_tag": "↑ Team · O1: aligned to that team's objective O1 (KR2: to its key result 2)",
        "tag": "↑ {team} · {card}",
        "sheet": "Sheet {number}/{total}",
        "findings_title": "What the checker found, card by card",
        "findings_more": "… and {} more: see the findings list in okrworkshop",
        "made_with": "Made with okrworkshop {version} · {date} · {paper} {orientation}",
        "portrait": "portrait",
        "landscape": "landscape",
        "tile": "Sheet {label} — row {row} of {rows}, column {col} of {cols}",
        "tile_hint": "Cut along the marks; overlap {overlap} with the next sheet",
        "map_title": "Assembly map — {title}",
        "print_note": "Print every sheet at 100 % (actual size, not “fit to page”): the bar below "
        "measures 10 cm.",
        "map_hint": "{count} sheets of {paper}, {rows} rows × {cols} columns, {overlap} overlap. "
        "Poster {poster} {orientation}.",
    },
    "fr": {
        "case": f"Cas{NNBSP}: {{}}",
        "round": f"Tour{NNBSP}: {{}}",
        "snapshot": f"Instantané{NNBSP}: {{}}",
        "date": f"Date{NNBSP}: {{}}",
        "period": f"Période{NNBSP}: {{}}",
        "facilitator": f"Animation{NNBSP}: {{}}",
        "owner": f"Resp.{NNBSP}: {{}}",
        "committed": "engagé",
        "aspirational": "ambitieux",
        "milestone": "jalon",
        "current": f"actuel{NNBSP}: {{}}",
        "confidence": "confiance {}/10",
        "objective": "Objectif",
        "key_result": "Résultat clé",
        "initiative": "Initiative",
        "note": "Note",
        "free_notes": "Parking",
        "summary": f"Vérificateur{NNBSP}: {{error}} · {{warning}} · {{info}}",
        "summary_clean": f"Vérificateur{NNBSP}: aucune remarque",
        "summary_missing": f"Vérificateur{NNBSP}: non lancé",
        "error": "{} erreur|{} erreurs",
        "warning": "{} avertissement|{} avertissements",
        "info": "{} info|{} infos",
        "legend_error": "erreur",
        "legend_warning": "avertissement",
        "legend_info": "info",
        "legend_arrow": "aligné sur",
        "legend_tag": f"↑ Équipe · O1{NNBSP}: aligné sur l’objectif O1 de cette équipe (KR2{NNBSP}: sur son résultat clé 2)",
        "tag": "↑ {team} · {card}",
        "sheet": "Feuille {number}/{total}",
        "findings_title": "Ce que le vérificateur a relevé, carte par carte",
        "findings_more": f"… et {{}} de plus{NNBSP}: voir la liste des remarques dans okrworkshop",
        "made_with": "Réalisé avec okrworkshop {version} · {date} · {paper} {orientation}",
        "portrait": "portrait",
        "landscape": "paysage",
        "tile": "Feuille {label} — ligne {row} sur {rows}, colonne {col} sur {cols}",
        "tile_hint": f"Couper le long des repères{NNBSP}; chevauchement de {{overlap}} avec la feuille suivante",
        "map_title": "Plan d’assemblage — {title}",
        "print_note": f"Imprimer chaque feuille à 100{NNBSP}% (taille réelle, sans «{NNBSP}ajuster à la "
        f"page{NNBSP}»){NNBSP}: la barre ci-dessous mesure 10{NBSP}cm.",
        "map_hint": "{count} feuilles {paper}, {rows} lignes × {cols} colonnes, chevauchement {overlap}. "
        "Affiche {poster} {orientation}.",
    },
}


def label(language: str, key: str, *args: object, **kwargs: object) -> str:
    """The label ``key`` in ``language`` (English if the language is unknown), formatted."""
    table = LABELS.get(language, LABELS["en"])
    text = table[key].format(*args, **kwargs)
    if language == "fr":
        text = text.replace(" ;", f"{NNBSP};")
    return text


def counted(language: str, key: str, count: int) -> str:
    """``"1 error"`` / ``"3 errors"`` (French: 0 and 1 take the singular)."""
    one, many = LABELS.get(language, LABELS["en"])[key].split("|")
    return plural(count, one, many, language)


def number(value: float, language: str) -> str:
    """A figure as the language writes it: ``4,5`` and ``10 000`` in French, ``4.5``/``10,000`` in English."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")
    if language == "fr":
        return text.replace(",", NNBSP).replace(".", ",")
    return text


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


def long_date(iso_date: str, language: str) -> str:
    """``2027-03-05`` as ``5 mars 2027`` / ``5 March 2027``; any other text is kept as given."""
    try:
        year, month, day = (int(part) for part in iso_date.split("-"))
        names = _MONTHS.get(language, _MONTHS["en"]).split()
        return f"{day}{NBSP}{names[month - 1]}{NBSP}{year}" if 1 <= month <= 12 else iso_date
    except ValueError:
        return iso_date
