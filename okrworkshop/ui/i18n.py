"""The interface language: French or English, from the system locale or the user's choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from okrworkshop.i18n import CATALOGUES, UI_LANGUAGES

SETTING = "interface/language"
_installed: list[QTranslator] = []


def system_language() -> str:
    """``fr`` on a French system, ``en`` otherwise."""
    name = QLocale.system().name().split("_")[0]
    return name if name in UI_LANGUAGES else "en"


def preferred_language() -> str:
    """The language chosen in the app, or the system's."""
    chosen = QSettings().value(SETTING, "", type=str)
    return chosen if chosen in UI_LANGUAGES else system_language()


def remember_language(language: str) -> None:
    if language not in UI_LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    QSettings().setValue(SETTING, language)


def install_language(language: str) -> str:
    """Load the app's and Qt's own catalogues for ``language``; returns the language in force."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    language = language if language in UI_LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"okrworkshop_{language}", str(CATALOGUES)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    return language
