"""The apology check, pattern by pattern, in every document language: the non-apology
patterns fire, each of the six components is read, negations and look-alike words
(credit card, French "avoir", "reduce the noise") do not count as repair."""
from __future__ import annotations

import pytest

from data.l10n import DOCUMENT_LANGUAGES
from reports.apology import COMPONENTS, analyse, lexicon

# A sentence per non-apology pattern and language, written as people write them; each
# must raise its pattern (and the letter holds no acknowledgment, so hedges count).
PROBLEMS = {
    "conditional": {
        "en": "If anyone was offended by our staff, we apologise.",
        "de": "Falls Sie sich von unserem Personal schlecht behandelt fühlten, bitten wir um Entschuldigung.",
        "fr": "Si vous avez été offensé par notre personnel, nous vous présentons nos excuses.",
        "es": "Si alguien se sintió ofendido por nuestro personal, pedimos disculpas.",
        "it": "Se qualcuno si è sentito offeso dal nostro personale, ci scusiamo.",
        "nl": "Als iemand zich gekwetst voelde door ons personeel, bieden wij onze excuses aan.",
        "pt": "Se alguém se sentiu ofendido pelo nosso pessoal, pedimos desculpa.",
    },
    "feelings": {
        "en": "We apologise to anyone who felt offended by the waiter's remark.",
        "de": "Wir entschuldigen uns bei allen, die sich durch die Bemerkung verletzt gefühlt haben.",
        "fr": "Nous présentons nos excuses à tous ceux qui se sont sentis offensés par cette remarque.",
        "es": "Pedimos disculpas a quienes se hayan sentido ofendidos por el comentario.",
        "it": "Ci scusiamo con tutti coloro che si sono sentiti offesi dal commento.",
        "nl": "Wij bieden excuses aan iedereen die zich gekwetst voelde door de opmerking.",
        "pt": "Pedimos desculpa a todos os que se sentiram ofendidos pelo comentário.",
    },
    "deflection": {
        "en": "We are sorry that your parcel, which you had ordered three weeks before the wedding, arrived late, but the roads were closed.",
        "de": "Es tut uns leid, dass Ihr Paket, das Sie drei Wochen vor der Hochzeit bestellt hatten, zu spät kam, aber die Straßen waren gesperrt.",
        "fr": "Nous sommes désolés que votre colis, commandé trois semaines avant le mariage, soit arrivé en retard, mais les routes étaient fermées.",
        "es": "Sentimos que su paquete, que pidió tres semanas antes de la boda, llegara tarde, pero las carreteras estaban cortadas.",
        "it": "Ci dispiace che il suo pacco, ordinato tre settimane prima del matrimonio, sia arrivato in ritardo, ma le strade erano chiuse.",
        "nl": "Het spijt ons dat uw pakket, dat u drie weken voor de bruiloft had besteld, te laat kwam, maar de wegen waren afgesloten.",
        "pt": "Lamentamos que a sua encomenda, feita três semanas antes do casamento, tenha chegado atrasada, mas as estradas estavam cortadas.",
    },
    "passive": {
        "en": "We are sorry. Mistakes were made.",
        "de": "Es tut uns leid. Es wurden Fehler gemacht.",
        "fr": "Nous sommes désolés. Des erreurs ont été commises.",
        "es": "Lo sentimos. Se cometieron errores.",
        "it": "Ci dispiace. Sono stati commessi errori.",
        "nl": "Het spijt ons. Er zijn fouten gemaakt.",
        "pt": "Lamentamos. Foram cometidos erros.",
    },
    "third_party": {
        "en": "We are sorry your order was late. This was due to an error by our courier.",
        "de": "Es tut uns leid, dass Ihre Bestellung zu spät kam. Das lag an einem Fehler unseres Paketdienstes, der Paketdienst hat das Paket verloren.",
        "fr": "Nous sommes désolés du retard. Il est dû à une erreur de notre transporteur.",
        "es": "Lamentamos el retraso, que se debió a un error de nuestro proveedor.",
        "it": "Ci dispiace per il ritardo, dovuto a un errore del nostro corriere.",
        "nl": "Het spijt ons dat uw bestelling te laat was. Dat kwam door een fout van onze koerier.",
        "pt": "Lamentamos o atraso, devido a um erro da nossa transportadora.",
    },
    "blame": {
        "en": "We are sorry, although you should have told us about the allergy.",
        "de": "Es tut uns leid, allerdings hätten Sie uns die Allergie nennen müssen.",
        "fr": "Nous sommes désolés, même si vous auriez dû nous signaler votre allergie.",
        "es": "Lo sentimos, aunque usted debería haber avisado de su alergia.",
        "it": "Ci dispiace, anche se avrebbe dovuto segnalarci l'allergia.",
        "nl": "Het spijt ons, hoewel u ons de allergie had moeten melden.",
        "pt": "Lamentamos, embora devesse ter-nos avisado da alergia, pois deveria ter avisado antes.",
    },
    "minimising": {
        "en": "We regret any inconvenience this may cause.",
        "de": "Wir bitten etwaige Unannehmlichkeiten zu entschuldigen.",
        "fr": "Nous nous excusons pour la gêne éventuelle.",
        "es": "Disculpe cualquier molestia que esto pueda causar.",
        "it": "Ci scusiamo per gli eventuali disagi.",
        "nl": "Excuses voor het eventuele ongemak.",
        "pt": "Pedimos desculpa por qualquer incómodo.",
    },
}


def test_every_language_has_a_sentence_for_every_pattern():
    for pattern, sentences in PROBLEMS.items():
        assert sorted(sentences) == sorted(DOCUMENT_LANGUAGES), pattern


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
@pytest.mark.parametrize("pattern", sorted(PROBLEMS))
def test_each_non_apology_pattern_is_caught(pattern, language):
    reading = analyse(PROBLEMS[pattern][language], language)
    assert pattern in [p.code for p in reading.problems], reading.problems


# Per language: an acknowledgment of responsibility, an offer of repair, an explanation, a
# declaration of repentance ("never again"), a request for forgiveness.
COMPONENT_SENTENCES = {
    "en": {"responsibility": "This was our mistake and we let you down.",
           "repair": "We will refund the full amount.",
           "regret": "I am truly sorry.",
           "explanation": "The soup was cold because the heater had failed.",
           "repentance": "This will never happen again.",
           "forgiveness": "I hope you can forgive us."},
    "de": {"responsibility": "Uns ist ein Fehler unterlaufen, und wir haben Sie enttäuscht.",
           "repair": "Wir erstatten Ihnen den vollen Betrag.",
           "regret": "Es tut mir aufrichtig leid.",
           "explanation": "Die Suppe war kalt, weil die Warmhalteplatte ausgefallen war.",
           "repentance": "Das wird nie wieder passieren.",
           "forgiveness": "Ich hoffe, Sie können uns verzeihen."},
    "fr": {"responsibility": "C'était notre erreur et nous n'avons pas été à la hauteur.",
           "repair": "Nous vous remboursons l'intégralité du montant.",
           "regret": "Je suis sincèrement désolée.",
           "explanation": "La soupe était froide parce que le chauffe-plat était en panne.",
           "repentance": "Cela ne se reproduira plus.",
           "forgiveness": "J'espère que vous pourrez nous pardonner."},
    "es": {"responsibility": "Fue un error nuestro y le fallamos.",
           "repair": "Le reembolsamos el importe íntegro.",
           "regret": "Lo siento de verdad.",
           "explanation": "La sopa llegó fría porque el calentador se había averiado.",
           "repentance": "Esto no volverá a ocurrir.",
           "forgiveness": "Espero que pueda perdonarnos."},
    "it": {"responsibility": "È stato un nostro errore e l'abbiamo delusa.",
           "repair": "Le rimborsiamo l'intero importo.",
           "regret": "Mi dispiace davvero.",
           "explanation": "La zuppa era fredda perché lo scaldavivande si era guastato.",
           "repentance": "Non si ripeterà mai più.",
           "forgiveness": "Spero che possa perdonarci."},
    "nl": {"responsibility": "Het was onze fout en we hebben u teleurgesteld.",
           "repair": "We betalen het volledige bedrag terug.",
           "regret": "Het spijt me oprecht.",
           "explanation": "De soep was koud omdat de warmhouder kapot was.",
           "repentance": "Dit zal nooit meer gebeuren.",
           "forgiveness": "Ik hoop dat u ons kunt vergeven."},
    "pt": {"responsibility": "Foi um erro nosso e falhámos consigo.",
           "repair": "Vamos reembolsar o valor total.",
           "regret": "Lamento sinceramente.",
           "explanation": "A sopa chegou fria porque o aquecedor avariou.",
           "repentance": "Isto não voltará a acontecer.",
           "forgiveness": "Espero que nos possa perdoar."},
}


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
@pytest.mark.parametrize("component", COMPONENTS)
def test_each_component_is_read_in_each_language(component, language):
    sentence = COMPONENT_SENTENCES[language][component]
    assert analyse(sentence, language).has(component), sentence


# Repair that is refused, or a word that only looks like repair: none of them is repair.
NOT_REPAIR = {
    "en": ["We cannot offer a refund.", "There will be no compensation.",
           "A refund is not possible in this case.", "You paid by credit card.",
           "We will reduce the noise in the dining room."],
    "de": ["Eine Erstattung ist leider nicht möglich.", "Eine Entschädigung können wir nicht anbieten.",
           "Sie haben mit Kreditkarte bezahlt.", "Wir lehnen eine Erstattung ab."],
    "fr": ["Nous ne pouvons pas vous rembourser.", "Aucun dédommagement n'est prévu.",
           "Vous avez payé par carte de crédit.", "Nous aimerions vous avoir au téléphone.",
           "Merci de nous avoir prévenus."],
    "es": ["No podemos ofrecerle un reembolso.", "No habrá ninguna compensación.",
           "Pagó con tarjeta de crédito."],
    "it": ["Non possiamo rimborsarla.", "Non è previsto alcun risarcimento.",
           "Ha pagato con carta di credito."],
    "nl": ["Een terugbetaling is helaas niet mogelijk.", "Wij bieden geen compensatie.",
           "U betaalde met uw creditcard."],
    "pt": ["Não podemos oferecer um reembolso.", "Não haverá qualquer compensação.",
           "Pagou com cartão de crédito."],
}


@pytest.mark.parametrize("language, sentence",
                         [(lang, s) for lang, ss in NOT_REPAIR.items() for s in ss])
def test_refused_repair_and_look_alike_words_are_not_repair(language, sentence):
    assert not analyse(sentence, language).has("repair")


def test_french_credit_note_is_repair_but_the_verb_avoir_is_not():
    assert analyse("Nous vous proposons un avoir de 20 €.", "fr").has("repair")
    assert not analyse("Nous sommes heureux de vous avoir comme client.", "fr").has("repair")


INCIDENTAL_CHANGE = {
    "en": "We made a change to the menu last spring, and I am sorry the soup was cold.",
    "de": "Es tut mir leid, dass die Suppe nach der Änderung der Speisekarte kalt war.",
    "fr": "Je suis désolée que la soupe ait été froide après le changement de carte.",
    "es": "Siento que la sopa llegara fría después del cambio de carta.",
    "it": "Mi dispiace che la zuppa fosse fredda dopo il cambio del menù.",
    "nl": "Het spijt me dat de soep koud was na de verandering van de kaart.",
    "pt": "Lamento que a sopa tenha chegado fria depois da mudança da ementa.",
}


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_an_incidental_change_is_no_lesson(language):
    assert not analyse(INCIDENTAL_CHANGE[language], language).has("repentance")


ADMISSIONS = {
    "en": "This was our fault, and we take full responsibility for your illness.",
    "de": "Das war unser Fehler, und ich übernehme die volle Verantwortung.",
    "fr": "C'était notre faute et nous assumons l'entière responsabilité.",
    "es": "Fue culpa nuestra y asumimos toda la responsabilidad.",
    "it": "È stata colpa nostra e ci assumiamo la piena responsabilità.",
    "nl": "Het was onze schuld en wij nemen de volledige verantwoordelijkheid.",
    "pt": "Foi culpa nossa e assumimos total responsabilidade.",
}
SYMPATHY = {
    "en": "I am truly sorry you became ill after your visit, and we are looking into what happened.",
    "de": "Es tut mir aufrichtig leid, dass Sie nach Ihrem Besuch krank wurden; wir klären, was passiert ist.",
    "fr": "Je suis sincèrement désolée que vous soyez tombé malade ; nous cherchons ce qui s'est passé.",
    "es": "Siento mucho que enfermara después de su visita; estamos investigando lo ocurrido.",
    "it": "Mi dispiace davvero che lei si sia sentito male; stiamo verificando che cosa è successo.",
    "nl": "Het spijt me oprecht dat u ziek werd; we zoeken uit wat er is gebeurd.",
    "pt": "Lamento sinceramente que tenha ficado doente; estamos a apurar o que aconteceu.",
}


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_an_admission_of_fault_is_found_and_sympathy_is_not_one(language):
    assert analyse(ADMISSIONS[language], language).admissions
    assert not analyse(SYMPATHY[language], language).admissions


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_a_denied_fault_is_no_admission(language):
    denial = {"en": "This was not our fault.", "de": "Das war nicht unser Fehler.",
              "fr": "Ce n'était pas notre faute.", "es": "No fue culpa nuestra.",
              "it": "Non è stata colpa nostra.", "nl": "Het was niet onze schuld.",
              "pt": "Não foi culpa nossa."}[language]
    reading = analyse(denial, language)
    assert not reading.admissions and not reading.has("responsibility")


def test_the_word_lists_name_every_pattern_in_every_language():
    for language in DOCUMENT_LANGUAGES:
        lex = lexicon(language)
        assert lex.language == language
        assert set(lex.messages) >= {"no_responsibility", "admission", "no_sender"}
