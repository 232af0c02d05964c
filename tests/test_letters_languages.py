"""Letters in the business's, the customer's or a chosen language, read back from the PDF."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from data.letters import LETTER_KINDS, builtin_template, letter_language
from reports.letter import render_case_letter

TODAY = datetime(2026, 9, 3, 10, 0)

# Per locale: words that only a letter in that language carries, the long date, the money.
LOCALES = {
    "de_DE": dict(address="Lindenstraße 5\n10115 Berlin", today="Berlin, 3. September 2026",
                  occurred="14. August 2026", money="1.950,00\xa0€",
                  words={"apology": "Mit freundlichen Grüßen", "thank-you": "Mit herzlichen Grüßen",
                         "follow-up": "Mit freundlichen Grüßen",
                         "acknowledgement": "Mit freundlichen Grüßen"},
                  labels=("Datum", "Unser Zeichen", "Telefon"), salutation="Guten Tag Anna Weber,"),
    "fr_FR": dict(address="12 rue des Lilas\n75011 Paris", today="Paris, le 3 septembre 2026",
                  occurred="14 août 2026", money="1\u202f950,00\xa0€",
                  words={"apology": "salutations distinguées", "thank-you": "Bien cordialement",
                         "follow-up": "Cordialement", "acknowledgement": "salutations distinguées"},
                  labels=("Date", "Notre référence", "Téléphone"), salutation="Bonjour Anna Weber,"),
    "es_ES": dict(address="Calle Mayor 7\n28013 Madrid", today="Madrid, 3 de septiembre de 2026",
                  occurred="14 de agosto de 2026", money="1.950,00\xa0€",
                  words={"apology": "le saluda atentamente", "thank-you": "Un cordial saludo",
                         "follow-up": "Un cordial saludo", "acknowledgement": "Atentamente"},
                  labels=("Fecha", "Nuestra referencia", "Teléfono"),
                  salutation="Estimado/a Anna Weber:"),
    "it_IT": dict(address="Via Roma 10\n00184 Roma", today="Roma, 3 settembre 2026",
                  occurred="14 agosto 2026", money="1.950,00 €",
                  words={"apology": "Le porgo cordiali saluti", "thank-you": "Cordiali saluti",
                         "follow-up": "Cordiali saluti", "acknowledgement": "Distinti saluti"},
                  labels=("Data", "Nostro riferimento", "Telefono"), salutation="Gentile Anna Weber,"),
    "nl_NL": dict(address="Prinsengracht 12\n1015 DV Amsterdam",
                  today="Amsterdam, 3 september 2026", occurred="14 augustus 2026",
                  money="€ 1.950,00",
                  words={"apology": "Met vriendelijke groet", "thank-you": "Met hartelijke groet",
                         "follow-up": "Met vriendelijke groet",
                         "acknowledgement": "Met vriendelijke groet"},
                  labels=("Datum", "Ons kenmerk", "Telefoon"), salutation="Geachte Anna Weber,"),
    "pt_PT": dict(address="Rua Augusta 20\n1100-053 Lisboa", today="Lisboa, 3 de setembro de 2026",
                  occurred="14 de agosto de 2026", money="1 950,00 €",
                  words=dict.fromkeys(("apology", "thank-you", "follow-up", "acknowledgement"),
                                      "Com os melhores cumprimentos"),
                  labels=("Data", "Nossa referência", "Telefone"),
                  salutation="Estimado(a) Anna Weber,"),
}
# What each kind's letter says about the case (the money shows in apology and follow-up).
WITH_MONEY = ("apology", "follow-up")


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """pdftotext's line breaks as spaces, so a phrase split over two lines still matches;
    no-break spaces (which pdftotext writes as plain ones) plain too, on both sides."""
    return " ".join(text.split(" \n")).replace("\n", " ").replace("\xa0", " ").replace(
        "\u202f", " ")


def business_in(store, locale: str):
    store.profile.update(name="Café Linde", address=LOCALES[locale]["address"],
                         phone="030 1234567", email="hallo@linde.example", owner="Rosa Linde",
                         title="Inhaberin", currency="EUR", paper="a4", locale=locale)
    return store


def add_case(store, kind: str, language: str = "", name: str = "Anna Weber"):
    customer = {"name": name, "address": "Am Markt 3\n04109 Leipzig", "language": language}
    return store.cases.add(customer=customer, kind="compliment" if kind == "thank-you" else "complaint",
                           summary="Suppe kalt serviert", occurred_at="2026-08-14 12:30",
                           staff="Maya", remedy="refund", remedy_cost="1950",
                           lesson="Die Suppe wird jetzt vor dem Servieren gemessen.")


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_each_letter_is_written_in_the_business_language_with_its_formats(store, tmp_path,
                                                                         locale, kind):
    want = LOCALES[locale]
    business_in(store, locale)
    case = add_case(store, kind)
    draft = store.letters.draft(case.ref, kind)
    letter = render_case_letter(case, store.profile.get(), kind, draft.text, today=TODAY)
    text = flat(pdf_text(letter.pdf, tmp_path))
    assert flat(want["today"]) in text
    assert want["salutation"] in text
    assert want["words"][kind] in text
    for label in want["labels"]:
        assert label in text
    if kind != "follow-up":
        assert flat(want["occurred"]) in text
    if kind in WITH_MONEY:
        assert flat(want["money"]) in text
    assert "Dear" not in text and "Subject" not in text and "{" not in text
    assert letter.pages == 1


def test_the_customer_language_wins_over_the_business_and_the_option_over_both(store, tmp_path):
    business_in(store, "de_DE")
    case = add_case(store, "apology", language="fr_FR")
    assert letter_language(case, store.profile.get()) == "fr"
    assert letter_language(case, store.profile.get(), "es") == "es"
    french = store.letters.draft(case.ref, "apology").text
    assert french.startswith("Objet\xa0: Nos excuses")
    # A French letter from a Berlin shop: French words and French formats, Berlin in the date.
    letter = render_case_letter(case, store.profile.get(), "apology", french, today=TODAY)
    text = flat(pdf_text(letter.pdf, tmp_path))
    assert "Berlin, le 3 septembre 2026" in text and "1 950,00 €" in text
    spanish = store.letters.draft(case.ref, "apology", "es").text
    assert spanish.startswith("Asunto: Nuestras disculpas")


def test_a_language_without_letters_falls_back_to_english(store):
    store.profile.update(locale="sv_SE", currency="SEK")
    case = add_case(store, "apology")
    assert letter_language(case, store.profile.get()) == "en"
    assert store.letters.draft(case.ref, "apology").text.startswith("Subject: Our apology")
    assert builtin_template("apology", "sv").language == "en"


def test_the_owner_template_serves_the_business_language_only(store):
    business_in(store, "de_DE")
    store.letters.save_template("apology", "Betreff: Verzeihung {ref}\n\nGuten Tag {name},\n\n"
                                          "es tut uns leid.\n\nViele Grüße")
    german = add_case(store, "apology")
    assert store.letters.draft(german.ref, "apology").text.startswith("Betreff: Verzeihung")
    french = add_case(store, "apology", language="fr_FR", name="Claire Martin")
    assert store.letters.draft(french.ref, "apology").text.startswith("Objet\xa0: Nos excuses")
    assert not store.letters.template("apology", "fr").edited
    assert store.letters.template("apology").edited


def test_a_saved_draft_is_kept_unless_a_language_is_asked_for(store):
    business_in(store, "de_DE")
    case = add_case(store, "apology")
    store.letters.save_draft(case.ref, "apology", "Guten Tag,\n\nmein eigener Text.")
    assert store.letters.draft(case.ref, "apology").text.endswith("mein eigener Text.")
    assert store.letters.draft(case.ref, "apology", "fr").text.startswith("Objet")


def test_the_letter_command_takes_a_language(store, tmp_path):
    business_in(store, "de_DE")
    case = add_case(store, "apology")
    store.close()
    main = Path(__file__).resolve().parent.parent / "main.py"
    out = tmp_path / "lettre.pdf"
    done = subprocess.run([sys.executable, str(main), "--db", str(store.target),
                           "letter", case.ref, "--kind", "apology", "--out", str(out),
                           "--language", "fr", "--check"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    text = flat(pdf_text(out.read_bytes(), tmp_path))
    assert "Objet : Nos excuses" in text and "Berlin, le" in text
    wrong = subprocess.run([sys.executable, str(main), "--db", str(store.target),
                            "letter", case.ref, "--kind", "apology", "--out", str(out),
                            "--language", "xx"], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "HOME": str(tmp_path)})
    assert wrong.returncode == 2 and "--language 'xx'" in wrong.stderr
