"""The apology check in every document language: each warning fires, a good letter is quiet."""
from __future__ import annotations

import pytest

from data.l10n import DOCUMENT_LANGUAGES
from reports.letter_check import MESSAGES, check_letter

# A short good apology per language, in parts the tests take out or swap:
# apology, conditional (the apology taken back), blame, change, remedy, closing, and the
# acknowledgment of responsibility research ranks first.
LETTERS = {
    "en": ("I am truly sorry that your soup arrived cold.",
           "I am sorry if you felt the soup was cold.",
           "You should have told us at once.",
           "We have changed how we check the temperature of every bowl.",
           "I have arranged a refund of £12.50.", "Kind regards,", "We let you down and I take responsibility for it."),
    "de": ("Es tut mir aufrichtig leid, dass Ihre Suppe kalt war.",
           "Es tut mir leid, falls Sie die Suppe als zu kalt empfunden haben.",
           "Sie hätten uns das sofort sagen sollen.",
           "Wir haben geändert, wie wir die Temperatur jedes Tellers prüfen.",
           "Den Betrag von 12,50 € erstatten wir Ihnen.", "Mit freundlichen Grüßen", "Wir haben Sie enttäuscht."),
    "fr": ("Je suis sincèrement désolée que votre soupe soit arrivée froide.",
           "Je suis désolé si la soupe vous a semblé froide.",
           "Vous auriez dû nous le signaler tout de suite.",
           "Désormais, nous vérifions la température de chaque assiette.",
           "Je vous rembourse les 12,50 €.", "Cordialement,", "Nous vous avons déçue."),
    "es": ("Lamento sinceramente que la sopa llegara fría.",
           "Lo siento si la sopa le pareció fría.",
           "Usted debería haber avisado en ese momento.",
           "A partir de ahora comprobamos la temperatura de cada plato.",
           "Le devolvemos los 12,50 €.", "Atentamente,", "Le fallamos."),
    "it": ("Mi dispiace davvero che la zuppa sia arrivata fredda.",
           "Ci dispiace se la zuppa le è sembrata fredda.",
           "Avrebbe dovuto dircelo subito.",
           "D'ora in poi controlliamo la temperatura di ogni piatto.",
           "Le rimborsiamo i 12,50 €.", "Cordiali saluti,", "L'abbiamo delusa."),
    "nl": ("Het spijt me oprecht dat de soep koud was.",
           "Excuses als de soep te koud was.",
           "U had het ons meteen moeten zeggen.",
           "Voortaan controleren we de temperatuur van elk bord.",
           "We storten de € 12,50 terug.", "Met vriendelijke groet,", "Wij hebben u teleurgesteld."),
    "pt": ("Lamento sinceramente que a sopa tenha chegado fria.",
           "Peço desculpa se a sopa lhe pareceu fria.",
           "Deveria ter-nos avisado logo.",
           "A partir de agora verificamos a temperatura de cada prato.",
           "Vamos reembolsar os 12,50 €.", "Com os melhores cumprimentos,", "Falhámos."),
}


def letter(language: str, *, apology=True, conditional=False, blame=False, change=True,
           remedy=True, responsibility=True) -> str:
    sorry, taken_back, blaming, changed, remedied, closing, owned = LETTERS[language]
    parts = [taken_back if conditional else sorry if apology else "",
             owned if responsibility else "", blaming if blame else "",
             changed if change else "", remedied if remedy else "", closing]
    return "\n\n".join(p for p in parts if p)


@pytest.fixture
def case(store):
    return store.cases.add(customer={"name": "Anna Weber", "address": "Am Markt 3\n04109 Leipzig"},
                           kind="complaint", summary="Soup cold", occurred_at="2026-08-14 12:30",
                           remedy="refund", remedy_cost="12.50",
                           lesson="Every bowl is checked with a probe.")


def codes(language, text, case):
    return [w.code for w in check_letter("apology", text, case, language=language)]


def test_every_document_language_has_phrases_and_messages():
    assert sorted(LETTERS) == sorted(DOCUMENT_LANGUAGES) == sorted(MESSAGES)


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_a_good_apology_keeps_the_check_quiet(language, case):
    assert codes(language, letter(language), case) == []


@pytest.mark.parametrize("language", sorted(LETTERS))
@pytest.mark.parametrize("code, change", [
    ("no_apology", dict(apology=False)), ("conditional", dict(conditional=True)),
    ("blame", dict(blame=True)), ("remedy", dict(remedy=False)),
    ("no_change", dict(change=False)), ("no_responsibility", dict(responsibility=False))])
def test_each_warning_fires_in_the_letters_language(language, code, change, case):
    warnings = check_letter("apology", letter(language, **change), case, language=language)
    assert [w.code for w in warnings] == [code]
    if language != "en":  # the advice is written in the letter's language
        english = check_letter("apology", letter("en", **change), case, language="en")
        assert warnings[0].message != english[0].message
    if code in ("conditional", "blame"):
        phrase = LETTERS[language][1 if code == "conditional" else 2]
        found = warnings[0].message.split(MESSAGES[language]["quote"][0], 1)[1]
        assert found.split(MESSAGES[language]["quote"][-1])[0].strip("\xa0") in phrase


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl", "pt"])
def test_the_shipped_apology_templates_pass_their_own_check(store, language):
    store.profile.update(locale=f"{language}_{'PT' if language == 'pt' else language.upper()}",
                         phone="030 1234567", name="Café Linde")
    case = store.cases.add(customer={"name": "Anna Weber", "address": "Am Markt 3\n04109 Leipzig"},
                           kind="complaint", summary="Suppe kalt", occurred_at="2026-08-14 12:30",
                           remedy="refund", remedy_cost="12.50", lesson="Wir messen jetzt nach.")
    text = store.letters.draft(case.ref, "apology").text
    assert codes(language, text, case) == []
