"""The words our documents print, read from resources/i18n/documents_<language>.ts: the
same Qt Linguist format as the window's catalogues, read here with the standard library's
XML parser because reports/ never loads Qt.

Each message has an `id` (the key the layout code asks for), the English `source` and the
language's `translation`, with {named} values filled in after the lookup. A translation
that is missing or marked unfinished falls back to the English source, so a document never
fails for a missing word.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from data.paths import resource_path

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")


def catalogue_path(language: str):
    return resource_path("i18n") / f"documents_{language}.ts"


def read_catalogue(path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """{(context, id): (English source, translation or None when unfinished)} of one file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in (
                    "unfinished", "vanished", "obsolete"):
                text = translation.text or ""
            out[(name, message.get("id") or "")] = (message.findtext("source") or "", text)
    return out


@lru_cache(maxsize=len(LANGUAGES))
def _words(language: str) -> dict[tuple[str, str], str]:
    english = {key: source for key, (source, _) in read_catalogue(catalogue_path("en")).items()}
    if language == "en" or not catalogue_path(language).is_file():
        return english
    own = read_catalogue(catalogue_path(language))
    return {key: (own.get(key, (None, None))[1] or source) for key, source in english.items()}


def lookup(context: str, language: str, key: str) -> str | None:
    """The word `key` of `context` in `language` (English when it lacks one), or None when
    the catalogue has no such word."""
    return _words(language if language in LANGUAGES else "en").get((context, key))
