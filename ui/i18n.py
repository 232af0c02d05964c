"""The window's language: Qt's translators for the business locale, and the owner's words
for the enumeration values the database stores as English keys (`in_person`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from data.paths import resource_path

# Languages with a catalogue in resources/i18n (English is the source language).
LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")
# Qt ships no qtbase_pt.qm; the Brazilian one serves Portugal's standard dialogs too.
QT_FALLBACK = {"pt": "pt_BR"}

_installed: list[QTranslator] = []
_labels: dict[str, str] = {}


def catalogue_dir():
    return resource_path("i18n")


def window_language(locale_name: str) -> str:
    """The language the window speaks for a business locale: `de_AT` -> `de`, else `en`."""
    language = (locale_name or "").split("_")[0].lower()
    return language if language in LANGUAGES else "en"


def install(locale_name: str) -> str:
    """Translate the window into the business locale's language and make it QLocale's
    default (dates and numbers in the widgets). Replaces what an earlier call installed;
    call before building windows. Returns the language used."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _labels.clear()
    QLocale.setDefault(QLocale(locale_name or "en_US"))
    language = window_language(locale_name)
    # English needs its catalogue too: it holds the singular/plural forms of "%n …".
    ours = QTranslator(app)
    if ours.load(f"goodwill_{language}", str(catalogue_dir())):
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if (qt.load(QLocale(locale_name), "qtbase", "_", folder)
                or qt.load(f"qtbase_{QT_FALLBACK.get(language, language)}", folder)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return language


def _enum_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        # kinds
        "complaint": t("Enum", "Complaint"), "compliment": t("Enum", "Compliment"),
        "question": t("Enum", "Question"), "request": t("Enum", "Request"),
        # channels
        "in_person": t("Enum", "In person"), "phone": t("Enum", "Phone"),
        "email": t("Enum", "Email"), "letter": t("Enum", "Letter"), "web": t("Enum", "Web"),
        "social": t("Enum", "Social"), "other": t("Enum", "Other"),
        # severities
        "low": t("Enum", "Low"), "medium": t("Enum", "Medium"), "high": t("Enum", "High"),
        "critical": t("Enum", "Critical"),
        # statuses
        "open": t("Enum", "Open"), "in_progress": t("Enum", "In progress"),
        "resolved": t("Enum", "Resolved"), "closed": t("Enum", "Closed"),
        # remedies
        "none": t("Enum", "None"), "refund": t("Enum", "Refund"), "credit": t("Enum", "Credit"),
        "replacement": t("Enum", "Replacement"), "discount": t("Enum", "Discount"),
        "gift": t("Enum", "Gift"), "apology_only": t("Enum", "Apology only"),
        # customer returned
        "yes": t("Enum", "Yes"), "no": t("Enum", "No"), "unknown": t("Enum", "Unknown"),
        # letter kinds
        "apology": t("Enum", "Apology"), "thank-you": t("Enum", "Thank you"),
        "follow-up": t("Enum", "Follow up"), "acknowledgement": t("Enum", "Acknowledgement"),
    }


def label(value: str) -> str:
    """A stored value in the owner's words: 'in_progress' -> 'In progress' / 'In Bearbeitung'.
    Unknown values (a newer database) fall back to the key made readable."""
    if not value:
        return ""
    if not _labels:
        _labels.update(_enum_labels())
    return _labels.get(value) or value.replace("_", " ").capitalize()


def fill(text: str, *args) -> str:
    """Put arguments into a translated text's %1, %2… in one pass (a value that itself
    contains "%2" stays as it is), as Qt's QString.arg does."""
    import re

    return re.sub(r"%([1-9])", lambda m: str(args[int(m.group(1)) - 1])
                  if int(m.group(1)) <= len(args) else m.group(0), text)
