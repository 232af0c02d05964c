"""The words our own layout prints around the owner's text, in each document language.

Letters and the monthly report look their words up here by key; a language without a
word falls back to English, so a missing entry shows English rather than failing.
"""
from __future__ import annotations

from data.l10n import language_of

# On every page and on a letter's first page.
LAYOUT = {
    "en": {"page": "Page {n} of {total}", "tel": "Tel.", "date": "Date",
           "our_ref": "Our reference", "telephone": "Telephone", "letter": "Letter"},
    "de": {"page": "Seite {n} von {total}", "tel": "Tel.", "date": "Datum",
           "our_ref": "Unser Zeichen", "telephone": "Telefon", "letter": "Brief"},
    "fr": {"page": "Page {n} sur {total}", "tel": "Tél.", "date": "Date",
           "our_ref": "Notre référence", "telephone": "Téléphone", "letter": "Lettre"},
    "es": {"page": "Página {n} de {total}", "tel": "Tel.", "date": "Fecha",
           "our_ref": "Nuestra referencia", "telephone": "Teléfono", "letter": "Carta"},
    "it": {"page": "Pagina {n} di {total}", "tel": "Tel.", "date": "Data",
           "our_ref": "Nostro riferimento", "telephone": "Telefono", "letter": "Lettera"},
    "nl": {"page": "Pagina {n} van {total}", "tel": "Tel.", "date": "Datum",
           "our_ref": "Ons kenmerk", "telephone": "Telefoon", "letter": "Brief"},
    "pt": {"page": "Página {n} de {total}", "tel": "Tel.", "date": "Data",
           "our_ref": "Nossa referência", "telephone": "Telefone", "letter": "Carta"},
}

# The date line of a letter with the business's town in front, as each country writes it
# (English letters give the date alone).
DATE_LINE = {"de": "{town}, {date}", "fr": "{town}, le {date}",
             "es": "{town}, {date}", "it": "{town}, {date}", "nl": "{town}, {date}",
             "pt": "{town}, {date}"}

# Languages whose letters print the subject's label ("Objet : ...") in front of it;
# German (DIN 5008) and English letters print the subject alone, in bold.
SUBJECT_PREFIX = {"fr": "Objet\u00a0: ", "es": "Asunto: ", "it": "Oggetto: ", "nl": "Betreft: ",
                  "pt": "Assunto: "}

LETTER_NAMES = {
    "en": {"apology": "Apology", "thank-you": "Thank-you", "follow-up": "Follow-up",
           "acknowledgement": "Acknowledgement"},
    "de": {"apology": "Entschuldigung", "thank-you": "Dank", "follow-up": "Nachfrage",
           "acknowledgement": "Eingangsbestätigung"},
    "fr": {"apology": "Excuses", "thank-you": "Remerciements", "follow-up": "Suivi",
           "acknowledgement": "Accusé de réception"},
    "es": {"apology": "Disculpa", "thank-you": "Agradecimiento", "follow-up": "Seguimiento",
           "acknowledgement": "Acuse de recibo"},
    "it": {"apology": "Scuse", "thank-you": "Ringraziamento", "follow-up": "Seguito",
           "acknowledgement": "Conferma di ricezione"},
    "nl": {"apology": "Excuses", "thank-you": "Bedankt", "follow-up": "Nazorg",
           "acknowledgement": "Ontvangstbevestiging"},
    "pt": {"apology": "Pedido de desculpa", "thank-you": "Agradecimento",
           "follow-up": "Acompanhamento", "acknowledgement": "Aviso de receção"},
}


def word(table: dict, language: str, key: str, **values) -> str:
    """`table[language][key]` filled with `values`; English when the language lacks it."""
    language = language_of(language)
    text = table.get(language, {}).get(key)
    if text is None:
        text = table["en"][key]
    return text.format(**values) if values else text


# The names of the recorded values, as tables and warnings print them.
REMEDY_NAMES = {
    "en": {"none": "None", "refund": "Refund", "credit": "Credit", "replacement": "Replacement",
           "discount": "Discount", "gift": "Gift", "apology_only": "Apology only",
           "other": "Other"},
    "de": {"none": "Keine", "refund": "Erstattung", "credit": "Gutschrift",
           "replacement": "Ersatz", "discount": "Nachlass", "gift": "Geschenk",
           "apology_only": "Nur Entschuldigung", "other": "Sonstiges"},
    "fr": {"none": "Aucun", "refund": "Remboursement", "credit": "Avoir",
           "replacement": "Remplacement", "discount": "Remise", "gift": "Cadeau",
           "apology_only": "Excuses seules", "other": "Autre"},
    "es": {"none": "Ninguna", "refund": "Reembolso", "credit": "Vale", "replacement": "Sustitución",
           "discount": "Descuento", "gift": "Obsequio", "apology_only": "Solo disculpas",
           "other": "Otra"},
    "it": {"none": "Nessuno", "refund": "Rimborso", "credit": "Buono", "replacement": "Sostituzione",
           "discount": "Sconto", "gift": "Omaggio", "apology_only": "Solo scuse",
           "other": "Altro"},
    "nl": {"none": "Geen", "refund": "Terugbetaling", "credit": "Tegoed",
           "replacement": "Vervanging", "discount": "Korting", "gift": "Attentie",
           "apology_only": "Alleen excuses", "other": "Overig"},
    "pt": {"none": "Nenhuma", "refund": "Reembolso", "credit": "Vale", "replacement": "Substituição",
           "discount": "Desconto", "gift": "Oferta", "apology_only": "Apenas desculpas",
           "other": "Outra"},
}
CHANNEL_NAMES = {
    "en": {"in_person": "In person", "phone": "Phone", "email": "Email", "letter": "Letter",
           "web": "Web", "social": "Social", "other": "Other"},
    "de": {"in_person": "Persönlich", "phone": "Telefon", "email": "E-Mail", "letter": "Brief",
           "web": "Website", "social": "Soziale Medien", "other": "Sonstiges"},
    "fr": {"in_person": "En personne", "phone": "Téléphone", "email": "E-mail",
           "letter": "Courrier", "web": "Site web", "social": "Réseaux sociaux", "other": "Autre"},
    "es": {"in_person": "En persona", "phone": "Teléfono", "email": "Correo electrónico",
           "letter": "Carta", "web": "Web", "social": "Redes sociales", "other": "Otro"},
    "it": {"in_person": "Di persona", "phone": "Telefono", "email": "E-mail", "letter": "Lettera",
           "web": "Sito web", "social": "Social", "other": "Altro"},
    "nl": {"in_person": "Persoonlijk", "phone": "Telefoon", "email": "E-mail", "letter": "Brief",
           "web": "Website", "social": "Sociale media", "other": "Overig"},
    "pt": {"in_person": "Presencial", "phone": "Telefone", "email": "E-mail", "letter": "Carta",
           "web": "Site", "social": "Redes sociais", "other": "Outro"},
}
SEVERITY_NAMES = {
    "en": {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"},
    "de": {"low": "Gering", "medium": "Mittel", "high": "Hoch", "critical": "Kritisch"},
    "fr": {"low": "Faible", "medium": "Moyenne", "high": "Élevée", "critical": "Critique"},
    "es": {"low": "Baja", "medium": "Media", "high": "Alta", "critical": "Crítica"},
    "it": {"low": "Bassa", "medium": "Media", "high": "Alta", "critical": "Critica"},
    "nl": {"low": "Laag", "medium": "Middel", "high": "Hoog", "critical": "Kritiek"},
    "pt": {"low": "Baixa", "medium": "Média", "high": "Alta", "critical": "Crítica"},
}
