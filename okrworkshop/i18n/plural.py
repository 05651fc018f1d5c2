"""Counts in words, the way each language says them: one helper for every count the CLI and the
poster print ("3 cartes vérifiées dans 1 équipe", "0 erreur, 0 avertissement", "1 team, 2 rounds").

French puts 0 and 1 in the singular ("0 erreur"); English only 1 ("0 errors").
"""

from __future__ import annotations

NNBSP = "\u202f"


def is_singular(count: float, lang: str) -> bool:
    """Whether ``count`` takes the singular in ``lang`` (French: 0 and 1; English: 1)."""
    return abs(count) < 2 if lang == "fr" else count == 1


def plural(count: float, one: str, many: str, lang: str) -> str:
    """``count`` followed by the right form: ``plural(0, "erreur", "erreurs", "fr") == "0 erreur"``.

    A form may hold ``{}`` where the number goes (``"{} carte vérifiée"``); otherwise the number
    comes first, followed by a space. Whole numbers print without decimals.
    """
    form = one if is_singular(count, lang) else many
    number = str(int(count)) if float(count).is_integer() else str(count)
    return form.format(number) if "{}" in form else f"{number} {form}"
