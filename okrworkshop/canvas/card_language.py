"""Text the board writes in the workshop's own language (the card language), not the interface's.

A French workshop run under an English interface still gets "Nouvel objectif" on a new card and
"1 objectif" on its lanes, so that its poster is French throughout. The messages are the
interface catalogues' own (context and source text as in the code); a language the app has no
catalogue for falls back to the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from okrworkshop.i18n import CATALOGUES, UI_LANGUAGES

_translators: dict[str, QTranslator] = {}


def _translator(language: str) -> QTranslator:
    translator = _translators.get(language)
    if translator is None:
        translator = QTranslator()
        translator.load(f"okrworkshop_{language}", str(CATALOGUES))
        _translators[language] = translator
    return translator


def translate(context: str, text: str, language: str | None, n: int = -1) -> str:
    """``text`` of ``context`` in ``language`` (the interface's if None or not catalogued);
    ``%n`` is the count ``n`` with its plural form."""
    if language not in UI_LANGUAGES:
        return QCoreApplication.translate(context, text, None, n)
    found = _translator(str(language)).translate(context, text, None, n) or text
    return found.replace("%n", str(n)) if n >= 0 else found
