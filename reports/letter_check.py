"""The apology check: plain-language findings about a letter's text, in its language; a
missing sender is an error, everything else a warning with its reason and a better sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from data.l10n import document_locale, format_number, language_of
from data.model import Case
from reports.apology.lexicon import Lexicon, lexicon
from reports.apology.rules import Analysis, analyse, real_hits
from reports.fonts import unprintable
from reports.texts import REMEDY_NAMES, has_word, word


@dataclass(frozen=True)
class LetterWarning:
    """One finding: `level` is "error" (the letter must not go out as it is) or "warning";
    `why` gives the research's reason and `better` a sentence to write instead, both
    already in `message`."""
    code: str
    message: str
    level: str = "warning"
    why: str = ""
    better: str = ""

    def __str__(self) -> str:
        return self.message


_NUMBER = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?")


# The warnings, in the letter's language: {q} is the phrase found, quoted.
MESSAGES = {
    "en": {
        "no_address": "The customer has no postal address: the letter cannot go in a window "
                      "envelope.",
        "long": "The letter runs to {pages} pages; one page reads better.",
        "unprintable": "The letter font cannot print: {shown}; they would show as empty boxes.",
        "more": " and {n} more", "quote": "\u201c{}\u201d"},
    "de": {
        "no_address": "Keine Postanschrift: Der Brief passt so nicht in einen Fensterumschlag.",
        "long": "Der Brief ist {pages} Seiten lang; eine Seite liest sich besser.",
        "unprintable": "Die Briefschrift kann nicht drucken: {shown}; diese Zeichen erschienen "
                       "als leere Kästchen.",
        "more": " und {n} weitere", "quote": "\u201e{}\u201c"},
    "fr": {
        "no_address": "Le client n\u2019a pas d\u2019adresse postale : la lettre ne peut pas "
                      "partir en enveloppe à fenêtre.",
        "long": "La lettre fait {pages} pages ; une seule page se lit mieux.",
        "unprintable": "La police de la lettre ne peut pas imprimer : {shown} ; ces caractères "
                       "apparaîtraient comme des cases vides.",
        "more": " et {n} autres", "quote": "\u00ab\u00a0{}\u00a0\u00bb"},
    "es": {
        "no_address": "El cliente no tiene dirección postal: la carta no puede ir en un sobre "
                      "con ventana.",
        "long": "La carta ocupa {pages} páginas; una sola página se lee mejor.",
        "unprintable": "La fuente de la carta no puede imprimir: {shown}; aparecerían como "
                       "recuadros vacíos.",
        "more": " y {n} más", "quote": "\u00ab{}\u00bb"},
    "it": {
        "no_address": "Il cliente non ha un indirizzo postale: la lettera non può andare in "
                      "una busta a finestra.",
        "long": "La lettera occupa {pages} pagine; una pagina sola si legge meglio.",
        "unprintable": "Il carattere della lettera non può stampare: {shown}; apparirebbero "
                       "come caselle vuote.",
        "more": " e altri {n}", "quote": "\u00ab{}\u00bb"},
    "nl": {
        "no_address": "De klant heeft geen postadres: de brief past niet in een "
                      "vensterenvelop.",
        "long": "De brief telt {pages} pagina\u2019s; één pagina leest prettiger.",
        "unprintable": "Het lettertype van de brief kan niet afdrukken: {shown}; ze zouden "
                       "als lege vakjes verschijnen.",
        "more": " en {n} meer", "quote": "\u2018{}\u2019"},
    "pt": {
        "no_address": "O cliente não tem morada postal: a carta não pode seguir num envelope "
                      "de janela.",
        "long": "A carta tem {pages} páginas; uma só página lê-se melhor.",
        "unprintable": "O tipo de letra da carta não consegue imprimir: {shown}; apareceriam "
                       "como quadrados vazios.",
        "more": " e mais {n}", "quote": "\u201c{}\u201d"},
}


def check_letter(kind: str, text: str, case: Case, *, pages: int | None = None,
                 language: str = "en", cause_open: bool = False,
                 liability_sensitive: bool = False, sender: str | None = None,
                 signature: str | None = None) -> list[LetterWarning]:
    """Everything worth a second look before this letter goes out, errors first, then in
    reading order, in the letter's language and judged by that language's word lists.

    `cause_open` (the cause is not yet found) and `liability_sensitive` (illness, injury,
    safety or damage to property) make an admission of fault a warning. `sender` and
    `signature`, when given, must not be blank: a letter from nobody is an error."""
    language = language_of(language)
    words, lex = MESSAGES[language], lexicon(language)
    out: list[LetterWarning] = []

    def warn(code: str, level: str = "warning", **values) -> None:
        if code in lex.messages:
            m = lex.messages[code]
            title = m.title.format(**values)
            # An error's remedy is a step to take, a warning's a sentence to write instead.
            better = m.better if level == "error" else \
                f"{lex.better_label}: {words['quote'].format(m.better)}"
            out.append(LetterWarning(code, f"{title} {m.why} {better}", level=level,
                                     why=m.why, better=m.better))
        else:
            out.append(LetterWarning(code, words[code].format(**values), level=level))

    def quoted(phrase: str) -> str:
        return words["quote"].format(" ".join(phrase.split()))

    body = text or ""
    if sender is not None and not sender.strip():
        warn("no_sender", level="error")
    if signature is not None and not signature.strip():
        warn("no_signature", level="error")
    if kind == "apology":
        reading = analyse(body, language)
        if not reading.has("regret"):
            warn("no_apology")
        if not reading.has("responsibility"):
            warn("no_responsibility")
        if (cause_open or liability_sensitive) and reading.admissions:
            warn("admission", q=quoted(reading.admissions[0].phrase))
        for problem in _first_of_each(reading.problems):
            warn(problem.code, q=quoted(problem.phrase))
        if _remedy_missing(case, reading, lex):
            locale = document_locale(language, "")
            what = remedy_name(case.remedy, language) + (
                f", {format_number(case.remedy_cost, locale, 2)}" if case.remedy_cost > 0 else "")
            warn("remedy", what=what)
        # Repentance ranks below responsibility and repair: its absence alone does not
        # make a bad apology, but a lesson the owner recorded belongs in the letter, as
        # the recorded remedy does.
        if case.lesson.strip() and not reading.has("repentance"):
            warn("no_change")
    if not case.customer.address.strip() or case.customer.erased:
        warn("no_address")
    if pages is not None and pages > 1:
        warn("long", pages=pages)
    # The name and address print too, in the window, so they count as much as the text.
    missing = unprintable("\n".join((body, case.customer.name, case.customer.address)))
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:8])
        if len(missing) > 8:
            shown += words["more"].format(n=len(missing) - 8)
        warn("unprintable", shown=shown)
    return out


def _first_of_each(problems):
    """One warning per kind of problem, at its first place: the advice is the same."""
    seen = set()
    for problem in problems:
        if problem.code not in seen:
            seen.add(problem.code)
            yield problem


def remedy_name(remedy: str, language: str) -> str:
    return word(REMEDY_NAMES, language, remedy) if has_word(REMEDY_NAMES, remedy) else \
        remedy.replace("_", " ")


def _remedy_missing(case: Case, reading: Analysis, lex: Lexicon) -> bool:
    """True when the case records a remedy the letter does not offer: neither its words
    ("refund", not "no refund", not "credit card") nor its amount in a sentence that
    does not refuse it."""
    if case.remedy in ("none", "apology_only"):
        return False
    pattern = lex.repair_kinds.get(case.remedy)
    for sentence in reading.sentences:
        if pattern is not None and real_hits(lex, pattern, sentence, negatable=True):
            return False
    if case.remedy_cost > 0:
        # The amount in any locale's writing (12.50, 12,50, 1.950,00, 1 950,00): its digits.
        cents = f"{case.remedy_cost:.2f}".replace(".", "")
        units = cents[:-2] if cents.endswith("00") else None
        for sentence in reading.sentences:
            if lex.patterns["negation"].search(sentence):
                continue
            for number in _NUMBER.findall(sentence):
                digits = re.sub(r"\D", "", number)
                if digits == cents or digits == units:
                    return False
    return True
