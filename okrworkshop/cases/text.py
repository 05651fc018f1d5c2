"""Texts of a case study in several languages, and numbers and dates written the local way.

A case file gives each human text either once for every language (``name = "Lumeo"``) or per
language (``title = { fr = "…", en = "…" }``). Figures are written for the reader: French uses a
decimal comma and a narrow no-break space between thousands (``38 500,5``), English a decimal point
and commas (``38,500.5``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from okrworkshop.model.value import Value

#: The languages a case can be written in (the model's languages), with their names for messages.
LANGUAGE_NAMES: dict[str, str] = {"fr": "French", "en": "English"}

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

_MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_QUARTER_LETTER = {"fr": "T", "en": "Q"}

#: The date forms a figure's ``as_of`` accepts (after a TOML date is turned into ``YYYY-MM-DD``).
AS_OF_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"), "day"),
    (re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})$"), "year"),
)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Text(Value):
    """One human text of a case: per language, or the same in every language (key ``""``)."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def neutral(cls, text: str) -> Text:
        """A text that reads the same in every language (names, units such as ``%``)."""
        return cls((("", text),))

    @classmethod
    def of(cls, **by_language: str) -> Text:
        """A text per language: ``Text.of(fr="Boutique", en="Shop")``."""
        return cls(tuple(by_language.items()))

    def get(self, lang: str, fallback: str | None = None) -> str:
        """The text in ``lang``; else in ``fallback``; else the first one written."""
        table = dict(self.values)
        for key in (lang, fallback, ""):
            if key is not None and key in table:
                return table[key]
        return self.values[0][1] if self.values else ""

    def languages(self) -> tuple[str, ...]:
        """The languages written out (empty for a language-neutral text)."""
        return tuple(lang for lang, _ in self.values if lang)


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """``value`` as a reader of ``lang`` writes it (``decimals``: fixed count, else as few as needed)."""
    if decimals is None:
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def with_unit(number: str, unit: str, lang: str) -> str:
    """A number followed by its unit, kept on one line (French spaces ``%``, English does not)."""
    if not unit:
        return number
    if unit == "%" and lang == "en":
        return f"{number}%"
    if unit.startswith("/"):
        return f"{number}{unit}"
    return f"{number}{NARROW_NBSP if unit == '%' else NBSP}{unit}"


def as_of_kind(text: str) -> str | None:
    """Which date form ``text`` is (day, month, quarter, year), or None if it is none of them."""
    for pattern, kind in AS_OF_FORMS:
        if pattern.match(text):
            return kind
    return None


def format_as_of(text: str, lang: str) -> str:
    """An ``as_of`` date for a reader of ``lang``: ``2026-12`` -> ``déc. 2026`` / ``Dec 2026``."""
    months = _MONTHS.get(lang, _MONTHS["en"])
    for pattern, kind in AS_OF_FORMS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groups()
        if kind == "day":
            return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
        if kind == "month":
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
        if kind == "quarter":
            return f"{_QUARTER_LETTER.get(lang, 'Q')}{parts[1]} {parts[0]}"
        return parts[0]
    return text


def system_language(supported: tuple[str, ...] = tuple(LANGUAGE_NAMES)) -> str:
    """The user's language from the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), if supported.

    Falls back to English: the one language every case is most likely to be written in besides
    French, and the language of the command line's own messages.
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        code = value.split(":")[0][:2].lower()
        if code in supported:
            return code
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            break
    return "en"
