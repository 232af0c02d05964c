"""The monthly report PDF in the business language, with the locale's months, numbers, money."""
from __future__ import annotations

import io
import json
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from data.l10n import DOCUMENT_LANGUAGES, format_long_date, format_month_year
from data.metrics import ACK_BANDS, BACKLOG_BANDS, RESOLVE_BANDS, month_metrics, recent_months
from data.model import iso, parse_when
from reports.monthly import MonthlyReport
from reports.catalogue import catalogue_path, read_catalogue
from reports.texts import BANDS, has_word

LAST = recent_months(3)[1]

LOCALES = {
    "de_DE": dict(title="Servicebericht", money="1.950,00 €", pct="50,0 %", hours="30,0 Std.",
                  words=("Reaktionszeiten", "Wiedergutmachung", "Daraus gelernt", "Fälle nach Art",
                         "Erfasste Fälle", "Seite 1 von", "Erstattung"),
                  english=("Response times", "Putting things right", "Page 1 of", "Refund")),
    "fr_FR": dict(title="Rapport de service", money="1 950,00 €", pct="50,0 %", hours="30,0 h",
                  words=("Délais de réponse", "Leçons tirées", "Dossiers par type",
                         "Dossiers enregistrés", "Page 1 sur", "Remboursement"),
                  english=("Response times", "Putting things right", "Page 1 of", "Refund")),
    "es_ES": dict(title="Informe de servicio", money="1.950,00 €", pct="50,0 %", hours="30,0 h",
                  words=("Tiempos de respuesta", "Compensaciones", "Lecciones aprendidas",
                         "Casos por tipo", "Casos registrados", "Página 1 de", "Reembolso"),
                  english=("Response times", "Putting things right", "Page 1 of", "Refund")),
    "it_IT": dict(title="Rapporto sul servizio", money="1.950,00 €", pct="50,0%", hours="30,0 h",
                  words=("Tempi di risposta", "Rimediare", "Lezioni apprese", "Casi per tipo",
                         "Casi registrati", "Pagina 1 di", "Rimborso"),
                  english=("Response times", "Putting things right", "Page 1 of", "Refund")),
    "nl_NL": dict(title="Servicerapport", money="€ 1.950,00", pct="50,0%", hours="30,0 u",
                  words=("Reactietijden", "Goedmaken", "Geleerde lessen", "Gevallen per soort",
                         "Pagina 1 van", "Terugbetaling"),
                  english=("Response times", "Putting things right", "Page 1 of", "Refund")),
    "pt_PT": dict(title="Relatório de serviço", money="1 950,00 €", pct="50,0%", hours="30,0 h",
                  words=("Tempos de resposta", "Compensações", "Lições aprendidas",
                         "Casos por tipo", "Página 1 de", "Reembolso"),
                  english=("Response times", "Putting things right", "Page 1 of", "Refund")),
}


def test_every_document_catalogue_has_every_text_translated():
    english = read_catalogue(catalogue_path("en"))
    for language in DOCUMENT_LANGUAGES:
        own = read_catalogue(catalogue_path(language))
        assert own.keys() == english.keys(), language
        assert all(text is not None for _, text in own.values()), language
    assert all(has_word(BANDS, label) for label, _ in ACK_BANDS + RESOLVE_BANDS + BACKLOG_BANDS)


def at(month, day: int, hour: int = 12, plus_hours: float = 0) -> str:
    return iso(parse_when(f"{month.key}-{day:02d} {hour:02d}:00") + timedelta(hours=plus_hours))


def flat(pdf: bytes) -> str:
    """All pages' text with no-break spaces and line breaks made plain spaces."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def month_in(store, locale: str):
    store.profile.update(name="Café Linde", currency="EUR", locale=locale)
    who = {"name": "Anna Weber"}
    a = store.cases.add(customer=who, occurred_at=at(LAST, 3), kind="complaint",
                        summary="Kalter Kaffee", category="Kaffee", remedy="refund",
                        remedy_cost="1950", satisfaction="4", customer_returned="yes",
                        lesson="Milchtemperatur prüfen")
    store.cases.acknowledge(a.ref, at=at(LAST, 3, plus_hours=2))
    store.cases.resolve(a.ref, at=at(LAST, 3, plus_hours=30))
    store.cases.add(customer=who, occurred_at=at(LAST, 5), kind="complaint", summary="Wartezeit",
                    category="Kaffee")
    store.cases.add(customer=who, occurred_at=at(LAST, 6), kind="compliment", summary="Toll",
                    staff="Priya")
    return store


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_text_of_the_report_is_in_the_business_language(store, locale):
    want = LOCALES[locale]
    month_in(store, locale)
    report = MonthlyReport(month_metrics(store, LAST), store.profile.get())
    text = flat(report.render())
    month = format_month_year(LAST.year, LAST.month, locale)
    assert f"{want['title']}" in text and month in text
    assert month.split()[0] != LAST.title.split()[0] or locale == "de_DE"  # a local month name
    assert format_long_date(datetime.now(), locale).replace("\xa0", " ") in text  # "Prepared"
    for figure in (want["money"], want["pct"], want["hours"], *want["words"]):
        assert figure in text, figure
    for english in want["english"]:
        assert english not in text, english


def test_the_json_stays_language_neutral(store):
    month_in(store, "fr_FR")
    french = json.dumps(month_metrics(store, LAST).as_json())
    store.profile.update(locale="en_US")
    assert json.dumps(month_metrics(store, LAST).as_json()) == french
    assert f'"month": "{LAST.key}"' in french and "1950.0" in french and "1 950" not in french
