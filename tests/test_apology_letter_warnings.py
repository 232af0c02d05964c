"""What the owner sees from the apology check: the recorded remedy and lesson read from the
text (with refusals and look-alike words), admissions while the cause is open, a letter
without sender, and advice that says why and offers a better sentence in its language."""
from __future__ import annotations

import pytest

from data.l10n import DOCUMENT_LANGUAGES
from reports.letter_check import check_letter

OWNED = "I am truly sorry the soup was cold. We let you down."


def add(store, **fields):
    values = {"customer": {"name": "Anna Weber", "address": "Am Markt 3\n04109 Leipzig"},
              "kind": "complaint", "summary": "Soup cold", "occurred_at": "2026-08-14 12:30"}
    values.update(fields)
    return store.cases.add(**values)


def codes(text, case, language="en", **kw):
    return [w.code for w in check_letter("apology", text, case, language=language, **kw)]


def test_never_again_counts_as_the_lesson(store):
    case = add(store, lesson="Bowls are checked with a probe.")
    assert codes(OWNED + " This will never happen again.", case) == []


def test_an_incidental_change_does_not_count_as_the_lesson(store):
    case = add(store, lesson="Bowls are checked with a probe.")
    text = OWNED + " We made a change to the menu last spring."
    assert codes(text, case) == ["no_change"]


def test_without_a_recorded_lesson_a_missing_lesson_is_no_alarm(store):
    assert codes(OWNED, add(store)) == []


@pytest.mark.parametrize("remedy, language, text", [
    ("refund", "en", OWNED + " Unfortunately we cannot offer a refund."),
    ("refund", "en", OWNED + " There is no refund for set menus."),
    ("credit", "en", OWNED + " Your credit card was charged twice."),
    ("discount", "en", OWNED + " We will reduce the noise in the dining room."),
    ("credit", "fr", "Je suis désolée, nous n'avons pas été à la hauteur. Merci de nous avoir prévenus."),
    ("refund", "de", "Es tut mir leid, wir haben Sie enttäuscht. Eine Erstattung ist leider nicht möglich."),
    ("refund", "es", "Lo siento, le fallamos. No podemos ofrecerle un reembolso."),
])
def test_a_refused_or_look_alike_remedy_is_not_the_recorded_one(store, remedy, language, text):
    case = add(store, remedy=remedy)
    assert "remedy" in codes(text, case, language)


@pytest.mark.parametrize("remedy, language, text", [
    ("credit", "fr", "Je suis désolée, nous n'avons pas été à la hauteur. Voici un avoir de 20 €."),
    ("refund", "en", OWNED + " We have refunded your payment."),
    ("discount", "it", "Mi dispiace, l'abbiamo delusa. Le offriamo uno sconto del 20%."),
])
def test_the_recorded_remedy_offered_in_the_text_is_found(store, remedy, language, text):
    assert "remedy" not in codes(text, add(store, remedy=remedy), language)


ADMISSION = "I am truly sorry you fell ill. It was our fault and I take full responsibility."


def test_an_admission_warns_only_while_the_cause_is_open_or_health_is_at_stake(store):
    case = add(store)
    assert "admission" not in codes(ADMISSION, case)
    assert "admission" in codes(ADMISSION, case, cause_open=True)
    assert "admission" in codes(ADMISSION, case, liability_sensitive=True)
    sympathy = "I am truly sorry you fell ill after your visit; we let you down and we are finding out how."
    assert "admission" not in codes(sympathy, case, cause_open=True)


def test_a_letter_without_sender_or_signature_is_an_error(store):
    case = add(store)
    warnings = check_letter("apology", OWNED, case, sender="", signature=" ")
    assert [(w.code, w.level) for w in warnings] == [("no_sender", "error"),
                                                     ("no_signature", "error")]
    assert check_letter("apology", OWNED, case, sender="Café Linde", signature="Rosa Linde") == []
    assert check_letter("apology", OWNED, case) == []  # not given: not checked


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_every_warning_says_why_and_offers_a_better_sentence_in_the_letters_language(store, language):
    case = add(store)
    warnings = check_letter("apology", "Merci.", case, language=language, sender="")
    english = {w.code: w for w in check_letter("apology", "Merci.", case, sender="")}
    assert {w.code for w in warnings} >= {"no_apology", "no_responsibility", "no_sender"}
    for w in warnings:
        assert w.why and w.better and w.why in w.message and w.better in w.message
        if language != "en":
            assert w.why != english[w.code].why


def test_a_deflecting_but_far_from_the_apology_is_caught(store):
    text = ("I am truly sorry that the birthday cake you ordered for your daughter, which you "
            "collected on Saturday morning, was the wrong flavour. We let you down. "
            "However, the order form was filled in by a temporary assistant.")
    assert "deflection" in codes(text, add(store))
