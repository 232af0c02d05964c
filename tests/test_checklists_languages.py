"""The built-in checklists in the business language, snapshotted onto a case in it."""
from __future__ import annotations

import json

import pytest

from data.checklists import (
    BOOKING, DAMAGED, DIFFICULT, FOOD_SAFETY, GENERAL, REFUND, STAFF_CONDUCT, builtin_names,
    builtin_templates, parse_template, template_files, translated,
)
from data.suggestion import suggest_template

TRANSLATED = ("de", "fr", "es", "it", "nl", "pt")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_builtin_checklist_is_translated_step_for_step(language):
    english = {t.name: t for t in builtin_templates("en")}
    local = builtin_templates(language)
    assert len(local) == len(english) == len(template_files()) == 9
    for path in template_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        words = data["translations"][language]
        assert words["name"] != data["name"], path.name
        for original, own in zip(data["steps"], words["steps"], strict=True):
            assert own["text"] and own["text"] != original["text"], (path.name, own)
            assert bool(own.get("help")) == bool(original.get("help")), (path.name, own)
        # What the procedure demands stays the English original's in every language.
        ours = parse_template(translated(data, language))
        assert [(s.required, s.follow_up_days) for s in ours.steps] == [
            (s.required, s.follow_up_days) for s in english[data["name"]].steps]


def test_a_german_business_starts_a_german_checklist_and_keeps_it(store):
    store.profile.update(locale="de_DE")
    names = [t.name for t in store.checklists.templates()]
    assert "Allgemeine Wiedergutmachung" in names and GENERAL not in names
    case = store.cases.add(customer={"name": "Anna Weber"}, kind="complaint", summary="Suppe kalt",
                           occurred_at="2026-08-14 12:30")
    started = store.checklists.start(case.ref, GENERAL)  # the English name still finds it
    assert started.name == "Allgemeine Wiedergutmachung"
    assert started.steps[0].text.startswith("Die ganze Geschichte anhören")
    store.profile.update(locale="fr_FR")  # the snapshot keeps the language it was started in
    [kept] = store.checklists.of(case.id)
    assert kept.name == "Allgemeine Wiedergutmachung"
    assert kept.steps[0].text == started.steps[0].text


@pytest.mark.parametrize("language, name", [
    ("de", "Lob erhalten"), ("fr", "Compliment reçu"), ("es", "Elogio recibido"),
    ("it", "Complimento ricevuto"), ("nl", "Compliment ontvangen"), ("pt", "Elogio recebido"),
    ("en", "Compliment received")])
def test_the_suggestion_names_the_template_in_the_business_language(language, name):
    assert suggest_template("", "", "", "", "", kind="compliment", language=language) == name


@pytest.mark.parametrize("language, summary, english", [
    ("de", "Suppe war kalt und mir wurde übel", FOOD_SAFETY),
    ("de", "Ich möchte mein Geld zurück", REFUND),
    ("de", "Lange Wartezeit trotz Reservierung", BOOKING),
    ("fr", "Le plat est arrivé abîmé", DAMAGED),
    ("fr", "Je veux être remboursé", REFUND),
    ("es", "El camarero fue muy grosero", STAFF_CONDUCT),
    ("es", "Había moho en el pan", FOOD_SAFETY),
    ("it", "Ci ha minacciato al telefono", DIFFICULT),
    ("nl", "Het pakket was kapot", DAMAGED),
    ("pt", "Quero o meu dinheiro de volta", REFUND),
    ("pt", "Esperamos voltar a ser bem atendidos", GENERAL),  # "esperamos" is "we hope"
])
def test_the_suggestion_reads_the_case_in_its_language(language, summary, english):
    suggested = suggest_template("", "", summary, "", "Maya", language=language)
    assert suggested == builtin_names(language)[english]
    assert suggested in {t.name for t in builtin_templates(language)}


# Illness, an allergic reaction and a foreign object, in each language the app speaks.
HEALTH_REPORTS = {
    "en": ("Felt ill after the prawn sandwich", "Allergic reaction to the satay",
           "Found a piece of plastic in the bread"),
    "de": ("Nach dem Essen wurde mir übel", "Allergische Reaktion auf die Nüsse",
           "Ein Fremdkörper im Brot"),
    "fr": ("Malade après le déjeuner", "Réaction allergique aux noix",
           "Un corps étranger dans le pain"),
    "es": ("Me puse enfermo después de comer", "Reacción alérgica a los frutos secos",
           "Un cuerpo extraño en el pan"),
    "it": ("Mi sono sentito male dopo il pranzo", "Reazione allergica alle noci",
           "Un corpo estraneo nel pane"),
    "nl": ("Ziek geworden na de lunch", "Allergische reactie op de noten",
           "Een vreemd voorwerp in het brood"),
    "pt": ("Fiquei doente depois do almoço", "Reação alérgica às nozes",
           "Um corpo estranho no pão"),
}


@pytest.mark.parametrize("language, summary", [
    (language, summary) for language, reports in HEALTH_REPORTS.items() for summary in reports])
def test_illness_allergy_and_foreign_objects_suggest_food_safety(language, summary):
    suggested = suggest_template("Service", "medium", summary, "", "", language=language)
    assert suggested == builtin_names(language)[FOOD_SAFETY]


@pytest.mark.parametrize("language, category, summary", [
    ("en", "Food", "The soup was cold"),
    ("en", "Food", "A glass of wine arrived warm"),
    ("en", "Food", "Sick of waiting for the bill"),
    ("en", "Haircut", "The stylist cut my hair too short"),
    ("de", "Lebensmittel", "Die Suppe war kalt"),
    ("de", "Essen", "Das Glas Wein war warm"),
    ("fr", "Alimentation", "La soupe était froide"),
    ("es", "Comida", "La sopa estaba fría"),
    ("it", "Cibo", "La zuppa era fredda"),
    ("nl", "Voedsel", "Ik heb haar gevraagd de soep op te warmen"),
    ("pt", "Comida", "A sopa estava fria"),
])
def test_a_food_complaint_that_harms_nobody_gets_no_food_safety_checklist(language, category,
                                                                          summary):
    suggested = suggest_template(category, "medium", summary, "", "", language=language)
    assert suggested != builtin_names(language)[FOOD_SAFETY]
