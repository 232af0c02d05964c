"""The window's language: Qt's translators for the business locale, and the owner's words
for the enumeration values the database stores as English keys (`in_person`)."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime,
    QTranslator,
)

from data.paths import resource_path

# Languages with a catalogue in resources/i18n (English is the source language).
LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")
# Qt ships no qtbase_pt.qm; the Brazilian one serves Portugal's standard dialogs too.
QT_FALLBACK = {"pt": "pt_BR"}

# Stored keys and their English labels, translated when shown (label()).
ENUM_TEXTS = {
    "complaint": QT_TRANSLATE_NOOP("Enum", "Complaint"),
    "compliment": QT_TRANSLATE_NOOP("Enum", "Compliment"),
    "question": QT_TRANSLATE_NOOP("Enum", "Question"),
    "request": QT_TRANSLATE_NOOP("Enum", "Request"),
    "in_person": QT_TRANSLATE_NOOP("Enum", "In person"),
    "phone": QT_TRANSLATE_NOOP("Enum", "Phone"),
    "email": QT_TRANSLATE_NOOP("Enum", "Email"),
    "letter": QT_TRANSLATE_NOOP("Enum", "Letter"),
    "web": QT_TRANSLATE_NOOP("Enum", "Web"),
    "social": QT_TRANSLATE_NOOP("Enum", "Social"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other"),
    "low": QT_TRANSLATE_NOOP("Enum", "Low"),
    "medium": QT_TRANSLATE_NOOP("Enum", "Medium"),
    "high": QT_TRANSLATE_NOOP("Enum", "High"),
    "critical": QT_TRANSLATE_NOOP("Enum", "Critical"),
    "open": QT_TRANSLATE_NOOP("Enum", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Enum", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Enum", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Enum", "Closed"),
    "none": QT_TRANSLATE_NOOP("Enum", "None"),
    "refund": QT_TRANSLATE_NOOP("Enum", "Refund"),
    "credit": QT_TRANSLATE_NOOP("Enum", "Credit"),
    "replacement": QT_TRANSLATE_NOOP("Enum", "Replacement"),
    "discount": QT_TRANSLATE_NOOP("Enum", "Discount"),
    "gift": QT_TRANSLATE_NOOP("Enum", "Gift"),
    "apology_only": QT_TRANSLATE_NOOP("Enum", "Apology only"),
    "yes": QT_TRANSLATE_NOOP("Enum", "Yes"),
    "no": QT_TRANSLATE_NOOP("Enum", "No"),
    "unknown": QT_TRANSLATE_NOOP("Enum", "Unknown"),
    "apology": QT_TRANSLATE_NOOP("Enum", "Apology"),
    "thank-you": QT_TRANSLATE_NOOP("Enum", "Thank you"),
    "follow-up": QT_TRANSLATE_NOOP("Enum", "Follow up"),
    "acknowledgement": QT_TRANSLATE_NOOP("Enum", "Acknowledgement"),
    "printed": QT_TRANSLATE_NOOP("Enum", "Printed"),
    "emailed": QT_TRANSLATE_NOOP("Enum", "E-mailed"),
    "saved": QT_TRANSLATE_NOOP("Enum", "Saved"),
}

# Sentences data/ writes as data.errors.Message templates ({names} are filled after
# translating), and the history's stored event names and values.
DATA_TEXTS = (
    QT_TRANSLATE_NOOP("DataText", "is required"),
    QT_TRANSLATE_NOOP("DataText", "acknowledged ({stamp}) before it occurred ({occurred})"),
    QT_TRANSLATE_NOOP("DataText", "resolved ({stamp}) before it occurred ({occurred})"),
    QT_TRANSLATE_NOOP("DataText", "'{value}' is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM "
                                  "or ISO 8601)"),
    QT_TRANSLATE_NOOP("DataText", "'{value}' is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM "
                                  "or ISO 8601, or as {locale} writes it: {example})"),
    QT_TRANSLATE_NOOP("DataText", "1 hour"),
    QT_TRANSLATE_NOOP("DataText", "This evening (17:00)"),
    QT_TRANSLATE_NOOP("DataText", "Tomorrow 9:00"),
    QT_TRANSLATE_NOOP("DataText", "Next week"),
)
HISTORY_TEXTS = {
    "created": QT_TRANSLATE_NOOP("History", "created"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "deleted": QT_TRANSLATE_NOOP("History", "deleted"),
    "restored": QT_TRANSLATE_NOOP("History", "restored"),
    "moved to the Trash": QT_TRANSLATE_NOOP("History", "moved to the Trash"),
    "in the Trash": QT_TRANSLATE_NOOP("History", "in the Trash"),
    "checklist started": QT_TRANSLATE_NOOP("History", "checklist started"),
    "checklist removed": QT_TRANSLATE_NOOP("History", "checklist removed"),
    "step done": QT_TRANSLATE_NOOP("History", "step done"),
    "step undone": QT_TRANSLATE_NOOP("History", "step undone"),
    "letter": QT_TRANSLATE_NOOP("History", "letter"),
    "customer": QT_TRANSLATE_NOOP("History", "customer"),
    "attachment added": QT_TRANSLATE_NOOP("History", "attachment added"),
    "attachment removed": QT_TRANSLATE_NOOP("History", "attachment removed"),
    "erased": QT_TRANSLATE_NOOP("History", "erased"),
    "remedy": QT_TRANSLATE_NOOP("History", "remedy"),
    "approval": QT_TRANSLATE_NOOP("History", "approval"),
}
# "step 3 note", "step 3 follow-up": the step's number kept, the words translated.
HISTORY_STEP_TEXTS = {
    "note": QT_TRANSLATE_NOOP("History", "step %1 note"),
    "follow-up": QT_TRANSLATE_NOOP("History", "step %1 follow-up"),
}

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
    uninstall()
    app = QCoreApplication.instance()
    QLocale.setDefault(QLocale(locale_name or "en_US"))
    shown_when.cache_clear()
    language = window_language(locale_name)
    # English needs its catalogue too: it holds the singular/plural forms of "%n …".
    ours = QTranslator(app)
    if ours.load(f"goodwill_{language}", str(catalogue_dir())):
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if any(qt.load(QLocale(locale_name), "qtbase", "_", folder)
               or qt.load(f"qtbase_{QT_FALLBACK.get(language, language)}", folder)
               for folder in _qt_translation_folders()):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return language


@lru_cache(maxsize=8192)
def shown_when(stamp: str | None) -> str:
    """A stored time (ISO 8601 with its offset) as the window's locale writes a date and a
    time (en_US 12/5/2026 5:56 PM, de_DE 05.12.2026 17:56), in this computer's local time.
    For lists, history and labels; fields the owner types into keep ISO, which every
    locale reads back."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp  # not a time we wrote: show it as it is
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    locale = QLocale()
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")  # two-digit years read as other centuries
    return locale.toString(QDateTime(QDate(moment.year, moment.month, moment.day),
                                     QTime(moment.hour, moment.minute)),
                           f"{date_format} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def uninstall() -> None:
    """Back to the source texts: remove what install() put in."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _labels.clear()
    shown_when.cache_clear()


def _qt_translation_folders():
    """Qt's own folder, then the one inside the PySide6 package (where a PyInstaller
    bundle keeps the qtbase files build.spec lets through)."""
    import PySide6

    yield QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    yield str(Path(PySide6.__file__).parent / "Qt" / "translations")


def label(value: str) -> str:
    """A stored value in the owner's words: 'in_progress' -> 'In progress' / 'In Bearbeitung'.
    Unknown values (a newer database) fall back to the key made readable."""
    if not value:
        return ""
    if not _labels:  # filled once per installed language: the table model asks per cell
        _labels.update((key, QCoreApplication.translate("Enum", text))
                       for key, text in ENUM_TEXTS.items())
    return _labels.get(value) or value.replace("_", " ").capitalize()


def fill(text: str, *args) -> str:
    """Put arguments into a translated text's %1, %2… in one pass (a value that itself
    contains "%2" stays as it is), as Qt's QString.arg does."""
    import re

    return re.sub(r"%([1-9])", lambda m: str(args[int(m.group(1)) - 1])
                  if int(m.group(1)) <= len(args) else m.group(0), text)


def data_text(text: str) -> str:
    """A sentence from data/ in the owner's language: a data.errors.Message through the
    catalogue (its values filled in after), anything else as it came."""
    template = getattr(text, "template", None)
    if template is None:
        return text
    translated = QCoreApplication.translate("DataText", template)
    try:
        return translated.format(**text.values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that lost a {name}: the English is still right


def history_text(value: str) -> str:
    """A history line's stored event name or value in the owner's words ('step 3 note' ->
    'Schritt 3 Notiz'); other values (what the owner typed) as they are."""
    if value in HISTORY_TEXTS:
        return QCoreApplication.translate("History", HISTORY_TEXTS[value])
    parts = value.split(" ", 2)
    if len(parts) == 3 and parts[0] == "step" and parts[1].isdigit() \
            and parts[2] in HISTORY_STEP_TEXTS:
        return fill(QCoreApplication.translate("History", HISTORY_STEP_TEXTS[parts[2]]),
                    parts[1])
    return value
