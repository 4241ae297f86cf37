"""Interface language: qa-desk's own French catalogue plus Qt's for standard dialogs.

The catalogue is resources/i18n/qa_desk_fr.qm, compiled from qa_desk_fr.ts with
pyside6-lrelease (see resources/i18n/README.md). The language is read at start-up;
a change in the preferences applies at the next start.
"""
from __future__ import annotations

from ..paths import resource_path
from .qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list = []  # keep translators alive as long as the application


def tr(text: str) -> str:
    """Translate a user-visible string. One (empty) context for the whole app: pyside6-lupdate
    files free ``tr("...")`` calls under it, so extraction and lookup agree."""
    return QCoreApplication.translate("", text)


def choose_language(preference: str) -> str:
    """'en' or 'fr': the preference, else the system locale, else English."""
    if preference in ("en", "fr"):
        return preference
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def install(app, preference: str = "") -> str:
    """Install the translators for the chosen language; returns the language in use."""
    language = choose_language(preference)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"qa_desk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return language


def uninstall(app) -> None:
    """Remove the translators this module installed (tests switch languages in one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
