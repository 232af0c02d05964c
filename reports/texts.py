"""The words our own layout prints around the owner's text, in each document language.

Letters, case sheets and the monthly report ask for a word by its catalogue context (the
names below) and key; the words themselves live in resources/i18n/documents_<lang>.ts
(reports/catalogue.py reads them). A language without a word falls back to English, so a
missing entry shows English rather than failing.
"""
from __future__ import annotations

from data.l10n import language_of
from reports.catalogue import lookup

LAYOUT = "Layout"              # on every page and on a letter's first page
LETTER = "Letter"              # the date line with the town, the subject with its label
LETTER_NAMES = "LetterNames"   # the kinds of letter
REMEDY_NAMES = "Remedies"      # the names of the recorded values, as tables and warnings print them
CHANNEL_NAMES = "Channels"
SEVERITY_NAMES = "Severities"
REPORT = "Report"              # the monthly report; keys ending in _one / _other by plural rule
BANDS = "Bands"                # data.metrics' response-time and backlog bands, by English label


def has_word(context: str, key: str) -> bool:
    """Whether the catalogue has `key` in `context` (a recorded value it can name)."""
    return lookup(context, "en", key) is not None


def word(context: str, language: str, key: str, **values) -> str:
    """The word `key` of `context` in `language`, filled with `values`; English when the
    language lacks it."""
    text = lookup(context, language_of(language), key)
    if text is None:
        raise KeyError(f"{context}/{key} is not in resources/i18n/documents_en.ts")
    return text.format(**values) if values else text
