"""Interface language: qa-desk's own French catalogue plus Qt's for standard dialogs.

The catalogue is resources/i18n/qa_desk_fr.qm, compiled from qa_desk_fr.ts with
pyside6-lrelease (see resources/i18n/README.md). The language is read at start-up;
a change in the preferences applies at the next start.
"""
from __future__ import annotations

from ..paths import resource_path
from .qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list = []  # keep translators alive as long as the application


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a user-visible string. One (empty) context for the whole app: pyside6-lupdate
    files free ``tr("...")`` calls under it, so extraction and lookup agree.

    With ``n``, the text's ``%n`` is the count and the plural form is Qt's for the language
    (qa_desk_fr.qm carries the French forms: "1 modification en attente", "2 modifications en
    attente"); English source texts say "(s)" where the plural adds an s ("%n issue(s)": "1 issue",
    "2 issues"). The count is written the locale's way (1 234 / 1,234).
    """
    if n < 0:
        return QCoreApplication.translate("", text)
    out = QCoreApplication.translate("", text, disambiguation or None, n)
    if "(s)" in out:  # not translated: the English forms
        out = out.replace("(s)", "" if n == 1 else "s")
    return out.replace(str(n), number(n)) if n >= 1000 else out


def number(value, decimals: int = -1) -> str:
    """A number as the interface language writes it: "1 234" and "0,4" in French, "1,234" and "0.4" in English."""
    locale = QLocale(current_language())
    if decimals >= 0:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(int(value))


_language = ["en"]


def current_language() -> str:
    """The language installed at start-up ("en" or "fr")."""
    return _language[0]


def choose_language(preference: str) -> str:
    """'en' or 'fr': the preference, else the system locale, else English."""
    if preference in ("en", "fr"):
        return preference
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def install(app, preference: str = "") -> str:
    """Install the translators for the chosen language; returns the language in use."""
    language = choose_language(preference)
    _language[0] = language
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
    _language[0] = "en"


def localised_message(issue) -> str:
    """An issue's message in the interface language (the checks write English; qa_desk.l10n translates)."""
    from ..l10n import translate_message
    return translate_message(issue.message, current_language())


def localised_evidence(evidence) -> str:
    """Evidence as one line in the interface language ("source: 'she said', paragraph 3")."""
    from ..l10n import describe_evidence
    return describe_evidence(evidence, current_language())
