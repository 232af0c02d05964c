"""Reading another tool's file as its owner wrote it: column headers in any of the seven
languages (Datum, Kunde, Téléphone ...) recognised as Goodwill's columns, and dates
written with slashes (03/10/2026), which en_US reads as 10 March and en_GB as 3 October,
read in the order the file uses, or asked about when nothing in the file tells."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterator

from data.errors import Invalid
from data.l10n import parse_local_datetime

DATE_COLUMNS = ("occurred_at", "acknowledged_at", "resolved_at")
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
DATE_ORDERS = (DAY_FIRST, MONTH_FIRST)
DATES_OPTION = "--dates"

# Headers as owners write them, per Goodwill column (compared without case, accents,
# spaces or punctuation; Goodwill's own names are recognised too).
HEADER_WORDS = {
    "ref": ("reference", "ref", "case", "case number", "referenz", "aktenzeichen", "reference",
            "référence", "referencia", "riferimento", "referentie", "referência"),
    "occurred_at": ("date", "when", "occurred", "datum", "wann", "fecha", "data", "quando",
                    "cuándo", "quand", "date and time", "datum und uhrzeit"),
    "customer_name": ("name", "customer", "customer name", "client", "kunde", "kundin",
                      "kundenname", "nom", "nom du client", "nombre", "cliente", "nome",
                      "naam", "klant", "klantnaam", "nome do cliente", "nombre del cliente"),
    "customer_email": ("email", "e-mail", "email address", "e-mail-adresse", "mail",
                       "courriel", "adresse e-mail", "correo", "correo electrónico",
                       "posta elettronica", "e-mailadres"),
    "customer_phone": ("phone", "telephone", "tel", "phone number", "telefon", "téléphone",
                       "teléfono", "telefono", "telefoon", "telefone", "telefonnummer"),
    "customer_address": ("address", "adresse", "anschrift", "dirección", "indirizzo", "adres",
                         "endereço", "morada"),
    "kind": ("type", "kind", "typ", "art", "tipo", "soort"),
    "channel": ("channel", "kanal", "canal", "canale", "kanaal"),
    "category": ("category", "kategorie", "catégorie", "categoría", "categoria", "categorie"),
    "severity": ("severity", "schweregrad", "gravité", "gravedad", "gravità", "ernst",
                 "gravidade"),
    "summary": ("complaint", "subject", "summary", "beschwerde", "betreff",
                "zusammenfassung", "réclamation", "plainte", "objet", "résumé", "queja",
                "reclamación", "asunto", "resumen", "reclamo", "lamentela", "oggetto",
                "riepilogo", "klacht", "onderwerp", "samenvatting", "reclamação", "assunto",
                "resumo"),
    "details": ("description", "details", "notes", "beschreibung", "einzelheiten",
                "détails", "descripción", "detalles", "descrizione", "dettagli",
                "beschrijving", "omschrijving", "descrição", "detalhes"),
    "staff": ("staff", "member of staff", "handled by", "mitarbeiter", "bearbeiter",
              "personnel", "employé", "empleado", "personal", "dipendente", "personale",
              "medewerker", "funcionário"),
    "status": ("status", "state", "statut", "état", "estado", "stato"),
}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if c.isalnum())


_WORDS: dict[str, str] = {}
for _column, _words in HEADER_WORDS.items():
    for _word in _words:
        _WORDS.setdefault(_plain(_word), _column)


def recognised_column(header: str, columns) -> str:
    """Goodwill's column for a header (`Customer Name`, `Kunde`, `Téléphone`), or ''."""
    plain = _plain(header)
    for column in columns:
        if _plain(column) == plain:
            return column
    return _WORDS.get(plain, "")


# The choice columns' values as owners write them: Goodwill's own words for each stored key,
# in English, German, French, Spanish, Italian, Dutch and Portuguese (the window's labels,
# which tests/test_import_dialog.py checks against its catalogues, and a few words owners
# use as often).
VALUE_WORDS = {
    "kind": {
        "complaint": ("Complaint", "Beschwerde", "Reklamation", "Réclamation", "Reclamación",
                      "Reclamo", "Klacht", "Reclamação"),
        "compliment": ("Compliment", "Lob", "Kompliment", "Felicitación", "Complimento",
                       "Elogio"),
        "question": ("Question", "Frage", "Pregunta", "Domanda", "Vraag", "Pergunta"),
        "request": ("Request", "Anliegen", "Anfrage", "Demande", "Solicitud", "Richiesta",
                    "Verzoek", "Solicitação"),
    },
    "channel": {
        "in_person": ("In person", "Persönlich", "En personne", "En persona", "Di persona",
                      "Persoonlijk", "Pessoalmente"),
        "phone": ("Phone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon",
                  "Telefone"),
        "email": ("Email", "E-Mail", "Correo electrónico"),
        "letter": ("Letter", "Brief", "Courrier", "Carta", "Lettera"),
        "web": ("Web", "Website", "Site web", "Sito web", "Site"),
        "social": ("Social", "Soziale Medien", "Réseaux sociaux", "Redes sociales",
                   "Sociale media", "Redes sociais"),
        "other": ("Other", "Sonstiges", "Autre", "Otro", "Altro", "Anders", "Outro"),
    },
    "severity": {
        "low": ("Low", "Gering", "Niedrig", "Faible", "Baja", "Bassa", "Laag", "Baixa"),
        "medium": ("Medium", "Mittel", "Moyenne", "Media", "Gemiddeld", "Média"),
        "high": ("High", "Hoch", "Élevée", "Alta", "Hoog"),
        "critical": ("Critical", "Kritisch", "Critique", "Crítica", "Critica", "Kritiek"),
    },
    "status": {
        "open": ("Open", "Offen", "Ouvert", "Abierto", "Aperto", "Aberto"),
        "in_progress": ("In progress", "In Bearbeitung", "En cours", "En curso", "In corso",
                        "In behandeling", "Em andamento"),
        "resolved": ("Resolved", "Erledigt", "Résolu", "Resuelto", "Risolto", "Opgelost",
                     "Resolvido"),
        "closed": ("Closed", "Abgeschlossen", "Clôturé", "Cerrado", "Chiuso", "Gesloten",
                   "Fechado"),
    },
}


def _word(text: str) -> str:
    """A value compared without case, accents, spaces, hyphens or underscores ('E-Mail',
    'in_progress', 'Téléphone'); other punctuation counts ('<open>' is no status)."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed
                   if not unicodedata.combining(c) and not c.isspace() and c not in "-_")


_VALUES = {column: {_word(word): key for key, words in keys.items() for word in (key, *words)}
           for column, keys in VALUE_WORDS.items()}


def values_read(rows: Iterator[tuple[int, list]], names: list[str]):
    """`rows` with the choice columns' words in any of the seven languages ('Beschwerde',
    'Lob', 'E-Mail', 'hoch') put as the keys Goodwill stores; anything else is left as it
    is, for the checks to name."""
    wanted = [(i, _VALUES[name]) for i, name in enumerate(names) if name in _VALUES]
    if not wanted:
        yield from rows
        return
    for line, cells in rows:
        cells = list(cells)
        for i, words in wanted:
            if i < len(cells) and isinstance(cells[i], str):
                cells[i] = words.get(_word(cells[i]), cells[i])
        yield line, cells


# 03/10/2026 or 3/10/26, with anything after it (a time) kept as it is.
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)(.*)", re.S)
_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*")


def in_order(text: str, order: str) -> str:
    """A slashed date in ISO form under `order` (03/10/2026 day-first -> 2026-10-03);
    any other text as it is, for the usual reading to judge."""
    match = _SLASHED.fullmatch(text)
    if not match:
        return text
    first, second, year, rest = match.groups()
    day, month = (first, second) if order == DAY_FIRST else (second, first)
    iso = f"{year}-{int(month):02d}-{int(day):02d}"
    if not rest.strip():
        return iso
    clock = _CLOCK.fullmatch(rest)
    if not clock:
        return text
    hour, minute, second_, half = clock.groups()
    hour = int(hour)
    if half:
        hour = hour % 12 + (12 if half[0] in "Pp" else 0)
    return f"{iso} {hour:02d}:{minute}" + (f":{second_}" if second_ else "")


def reading(text: str, order: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a slashed date under `order`, or None."""
    match = _SLASHED.fullmatch(text)
    if not match:
        return None
    first, second, year, _ = match.groups()
    day, month = (int(first), int(second)) if order == DAY_FIRST else (int(second), int(first))
    return (int(year), month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


@dataclass
class DateQuestion:
    """A slashed date that reads two ways, in a file where no other date tells which."""
    line: int
    column: str
    text: str

    def message(self) -> str:
        return (f"'{self.text}' reads as a day first (as en_GB writes it) or a month first "
                f"(as en_US writes it), and no date in the file tells which: say which with "
                f"{DATES_OPTION} {DAY_FIRST} or {DATES_OPTION} {MONTH_FIRST}")


def locale_order(locale_name: str) -> str | None:
    """The order in which a locale reads slashed dates (en_GB day-first, en_US month-first),
    or None when it reads none (de_DE writes dots)."""
    for order, sample in ((DAY_FIRST, "13/01/2026"), (MONTH_FIRST, "01/13/2026")):
        try:
            if parse_local_datetime(sample, locale_name):
                return order
        except Invalid:
            continue
    return None


@dataclass
class DateOrderWatch:
    """Looks at the slashed dates going by: which order the file shows (a 13th or later
    in first or second place) and the first date that reads both ways. With `order` given
    (the owner's answer) it puts every slashed date in ISO form under that order."""
    order: str | None = None
    usual: str | None = None  # the business locale's own order, the reading without `order`
    seen: set = field(default_factory=set)
    question: DateQuestion | None = None

    def look(self, line: int, column: str, text) -> None:
        match = _SLASHED.fullmatch(text) if isinstance(text, str) else None
        if not match:
            return
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12:
            self.seen.add(DAY_FIRST)
        elif second > 12:
            self.seen.add(MONTH_FIRST)
        elif first != second and self.question is None:
            self.question = DateQuestion(line, column, text.strip())

    def unanswered(self) -> DateQuestion | None:
        """The question to put to the owner: a date read two ways, no order given, and the
        file not showing that the locale's usual reading is its own."""
        if self.order or self.question is None:
            return None
        return None if self.usual and self.seen == {self.usual} else self.question

    def rows(self, rows: Iterator[tuple[int, list]], names: list[str]):
        """`rows`, watched on the way, their slashed dates in ISO form when `order` is set."""
        wanted = [(i, name) for i, name in enumerate(names) if name in DATE_COLUMNS]
        if not wanted:
            yield from rows
            return
        for line, cells in rows:
            for i, name in wanted:
                if i < len(cells):
                    self.look(line, name, cells[i])
            if self.order:
                cells = list(cells)
                for i, _ in wanted:
                    if i < len(cells) and isinstance(cells[i], str):
                        cells[i] = in_order(cells[i], self.order)
            yield line, cells
