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


# The monthly report. Keys ending in _one / _other are chosen by the locale's plural rule.
REPORT = {
    "en": {
        "doc_title": "Service report {month}",
        "title": "Service report: {month}",
        "intro": "Cases that occurred in {month} (local time). Targets: acknowledge a complaint "
                 "within {ack} hours, resolve it within {days} days. Prepared {today}.",
        "running": " {name} is not over yet: these are the figures so far, against the whole "
                   "of last month.",
        "empty": "No cases were logged in {month}.",
        "empty_text": "There is nothing to report for this month: no complaints, compliments, "
                      "questions or requests were recorded. If that is a surprise, check that the "
                      "team is logging what customers tell them.",
        "empty_open_one": "{n} complaint from earlier months was still open at the end of the month.",
        "empty_open_other": "{n} complaints from earlier months were still open at the end of the "
                            "month.",
        "no_figure": "no figure for {prev}", "same": "= same as {prev}", "versus": "on {prev} ({before})",
        "tile_cases": "Cases logged", "tile_complaints": "Complaints",
        "tile_compliments": "Compliments", "tile_recovered": "Customers recovered",
        "tile_resolve": "Median time to resolve", "tile_satisfaction": "Satisfaction (of 5)",
        "tile_cost": "Cost of putting it right", "tile_open": "Complaints open at month end",
        "on_time": "Complaints answered on time",
        "ack_within": "Acknowledged within {h} h", "resolved_within": "Resolved within {d} days",
        "no_complaints": "no complaints", "part_of": "{part} of {whole} complaints",
        "hours": "{v} h", "days": "{v} days",
        "by_kind": "Cases by kind", "by_category": "Complaints by category",
        "none_this_month": "No complaints this month.",
        "largest": "The 8 largest of {n} categories.", "no_category": "(no category)",
        "kind_complaint": "Complaints", "kind_compliment": "Compliments",
        "kind_question": "Questions", "kind_request": "Requests",
        "response_times": "Response times",
        "none_acked": "none acknowledged yet",
        "ack_text": "Median time to acknowledge a complaint: <b>{median}</b> (target {h} h); "
                    "{part} of {whole} acknowledged within target.",
        "not_acked": " {n} not acknowledged yet.",
        "none_resolved": "none resolved yet",
        "resolve_text": "Median time to resolve: <b>{median}</b> (target {d} days); {part} of "
                        "{whole} resolved within target, {done} resolved so far.",
        "time_to_ack": "Time to acknowledge", "time_to_resolve": "Time to resolve",
        "backlog": "Backlog",
        "backlog_clear": "Every complaint was settled by {date}. Nothing is waiting.",
        "open_for": "Open for", "complaints": "Complaints",
        "backlog_one": "<b>{n}</b> complaint (from this month or earlier) was still open on {date}.",
        "backlog_other": "<b>{n}</b> complaints (from this month or earlier) were still open on "
                         "{date}.",
        "in_detail": "Cases in detail", "category": "Category", "all_cases": "All cases",
        "other_categories": "{n} other categories", "channel": "Channel", "cases": "Cases",
        "severity_head": "Complaint severity",
        "remedies": "Putting things right", "no_remedies": "No remedies were given this month.",
        "remedy": "Remedy", "cost": "Cost", "total": "Total",
        "remedies_one": "{n} case received a remedy, costing <b>{cost}</b> in all.",
        "remedies_other": "{n} cases received a remedy, costing <b>{cost}</b> in all.",
        "satisfaction": "Satisfaction and recovered customers",
        "rated_one": "{n} customer told us how satisfied they were: an average of <b>{avg}</b> "
                     "out of 5.",
        "rated_other": "{n} customers told us how satisfied they were: an average of <b>{avg}</b> "
                       "out of 5.",
        "not_rated": "No customer rated their satisfaction this month.",
        "recovered": "<b>Recovered customers:</b> {back} of the {n} customers who complained this "
                     "month have come back. Winning them back is the point of it all.",
        "compliments": "Compliments", "no_compliments": "No compliments were logged this month.",
        "compliments_one": "<b>{n}</b> compliment this month.",
        "compliments_other": "<b>{n}</b> compliments this month.",
        "shout_outs": "Compliments and staff shout-outs", "praised": "Praised by name",
        "others": "{n} others",
        "thanks": "A special thank-you to <b>{top}</b>, named most often by customers.",
        "lessons": "Lessons learned", "no_lessons": "No lessons were written down this month.",
        "and_more": " and {n} more", "more_lessons": "… and {n} more lessons.",
        "open_list": "Complaints still open at the end of the month",
        "ref": "Ref", "since": "Since", "age": "Age", "severity": "Severity",
        "who_what": "Customer, category and summary", "now": "Now", "age_days": "{n} d",
        "resolved_on": "resolved {date}", "still_open": "still open",
        "oldest_first": "Oldest first, aged on {date}.",
        "listed": " The {n} oldest of {total} are listed.",
    },
    "de": {
        "doc_title": "Servicebericht {month}",
        "title": "Servicebericht: {month}",
        "intro": "Fälle mit Datum im {month} (Ortszeit). Ziele: eine Beschwerde innerhalb von "
                 "{ack} Stunden bestätigen und innerhalb von {days} Tagen lösen. Erstellt am {today}.",
        "running": " Der {name} ist noch nicht vorbei: Das sind die bisherigen Zahlen, verglichen "
                   "mit dem ganzen Vormonat.",
        "empty": "Im {month} wurden keine Fälle erfasst.",
        "empty_text": "Für diesen Monat gibt es nichts zu berichten: Es wurden keine Beschwerden, "
                      "kein Lob, keine Fragen und keine Wünsche erfasst. Falls Sie das überrascht, "
                      "prüfen Sie, ob das Team notiert, was die Kundschaft ihm sagt.",
        "empty_open_one": "{n} Beschwerde aus früheren Monaten war am Monatsende noch offen.",
        "empty_open_other": "{n} Beschwerden aus früheren Monaten waren am Monatsende noch offen.",
        "no_figure": "kein Wert für {prev}", "same": "= wie im {prev}",
        "versus": "ggü. {prev} ({before})",
        "tile_cases": "Erfasste Fälle", "tile_complaints": "Beschwerden", "tile_compliments": "Lob",
        "tile_recovered": "Zurückgewonnene Kunden", "tile_resolve": "Mittlere Lösungszeit",
        "tile_satisfaction": "Zufriedenheit (von 5)", "tile_cost": "Kosten der Wiedergutmachung",
        "tile_open": "Offene Beschwerden am Monatsende",
        "on_time": "Beschwerden rechtzeitig bearbeitet",
        "ack_within": "Bestätigt innerhalb von {h} Std.", "resolved_within": "Gelöst innerhalb von {d} Tagen",
        "no_complaints": "keine Beschwerden", "part_of": "{part} von {whole} Beschwerden",
        "hours": "{v} Std.", "days": "{v} Tage",
        "by_kind": "Fälle nach Art", "by_category": "Beschwerden nach Kategorie",
        "none_this_month": "Keine Beschwerden in diesem Monat.",
        "largest": "Die 8 größten von {n} Kategorien.", "no_category": "(ohne Kategorie)",
        "kind_complaint": "Beschwerden", "kind_compliment": "Lob", "kind_question": "Fragen",
        "kind_request": "Wünsche",
        "response_times": "Reaktionszeiten", "none_acked": "noch keine bestätigt",
        "ack_text": "Mittlere Zeit bis zur Bestätigung einer Beschwerde: <b>{median}</b> (Ziel "
                    "{h} Std.); {part} von {whole} rechtzeitig bestätigt.",
        "not_acked": " {n} noch nicht bestätigt.", "none_resolved": "noch keine gelöst",
        "resolve_text": "Mittlere Zeit bis zur Lösung: <b>{median}</b> (Ziel {d} Tage); {part} "
                        "von {whole} rechtzeitig gelöst, {done} bisher gelöst.",
        "time_to_ack": "Zeit bis zur Bestätigung", "time_to_resolve": "Zeit bis zur Lösung",
        "backlog": "Rückstand",
        "backlog_clear": "Bis zum {date} war jede Beschwerde erledigt. Nichts ist liegen geblieben.",
        "open_for": "Offen seit", "complaints": "Beschwerden",
        "backlog_one": "<b>{n}</b> Beschwerde (aus diesem oder früheren Monaten) war am {date} "
                       "noch offen.",
        "backlog_other": "<b>{n}</b> Beschwerden (aus diesem oder früheren Monaten) waren am "
                         "{date} noch offen.",
        "in_detail": "Fälle im Einzelnen", "category": "Kategorie", "all_cases": "Alle Fälle",
        "other_categories": "{n} weitere Kategorien", "channel": "Kanal", "cases": "Fälle",
        "severity_head": "Schwere der Beschwerde",
        "remedies": "Wiedergutmachung",
        "no_remedies": "In diesem Monat gab es keine Wiedergutmachung.",
        "remedy": "Art", "cost": "Kosten", "total": "Summe",
        "remedies_one": "In {n} Fall gab es eine Wiedergutmachung, insgesamt <b>{cost}</b>.",
        "remedies_other": "In {n} Fällen gab es eine Wiedergutmachung, insgesamt <b>{cost}</b>.",
        "satisfaction": "Zufriedenheit und zurückgewonnene Kunden",
        "rated_one": "{n} Kunde hat uns gesagt, wie zufrieden er war: im Schnitt <b>{avg}</b> "
                     "von 5.",
        "rated_other": "{n} Kundinnen und Kunden haben uns gesagt, wie zufrieden sie waren: im "
                       "Schnitt <b>{avg}</b> von 5.",
        "not_rated": "In diesem Monat hat niemand seine Zufriedenheit bewertet.",
        "recovered": "<b>Zurückgewonnen:</b> {back} der {n} Kunden, die sich in diesem Monat "
                     "beschwert haben, sind wiedergekommen. Genau darum geht es.",
        "compliments": "Lob", "no_compliments": "In diesem Monat wurde kein Lob erfasst.",
        "compliments_one": "<b>{n}</b> Lob in diesem Monat.",
        "compliments_other": "<b>{n}</b>-mal Lob in diesem Monat.",
        "shout_outs": "Lob und Dank ans Team", "praised": "Namentlich gelobt", "others": "{n} weitere",
        "thanks": "Ein besonderes Dankeschön an <b>{top}</b> – am häufigsten von der Kundschaft "
                  "genannt.",
        "lessons": "Daraus gelernt", "no_lessons": "In diesem Monat wurden keine Lehren notiert.",
        "and_more": " und {n} weitere", "more_lessons": "… und {n} weitere Lehren.",
        "open_list": "Am Monatsende noch offene Beschwerden",
        "ref": "Zeichen", "since": "Seit", "age": "Alter", "severity": "Schwere",
        "who_what": "Kunde, Kategorie und Zusammenfassung", "now": "Jetzt", "age_days": "{n} T.",
        "resolved_on": "gelöst {date}", "still_open": "noch offen",
        "oldest_first": "Älteste zuerst, Alter am {date}.",
        "listed": " Aufgeführt sind die {n} ältesten von {total}.",
    },
    "fr": {
        "doc_title": "Rapport de service {month}",
        "title": "Rapport de service : {month}",
        "intro": "Dossiers survenus en {month} (heure locale). Objectifs : accuser réception d'une "
                 "réclamation sous {ack} heures, la résoudre sous {days} jours. Établi le {today}.",
        "running": " Le mois de {name} n'est pas terminé : voici les chiffres à ce jour, comparés "
                   "à l'ensemble du mois précédent.",
        "empty": "Aucun dossier enregistré en {month}.",
        "empty_text": "Rien à signaler pour ce mois : aucune réclamation, aucun compliment, "
                      "aucune question ni demande n'a été enregistré. Si cela vous surprend, "
                      "vérifiez que l'équipe note bien ce que les clients lui disent.",
        "empty_open_one": "{n} réclamation des mois précédents était encore ouverte à la fin du mois.",
        "empty_open_other": "{n} réclamations des mois précédents étaient encore ouvertes à la fin "
                            "du mois.",
        "no_figure": "pas de chiffre pour {prev}", "same": "= comme en {prev}",
        "versus": "par rapport à {prev} ({before})",
        "tile_cases": "Dossiers enregistrés", "tile_complaints": "Réclamations",
        "tile_compliments": "Compliments", "tile_recovered": "Clients reconquis",
        "tile_resolve": "Délai médian de résolution", "tile_satisfaction": "Satisfaction (sur 5)",
        "tile_cost": "Coût des gestes commerciaux", "tile_open": "Réclamations ouvertes en fin de mois",
        "on_time": "Réclamations traitées dans les délais",
        "ack_within": "Accusé de réception sous {h} h", "resolved_within": "Résolues sous {d} jours",
        "no_complaints": "aucune réclamation", "part_of": "{part} réclamations sur {whole}",
        "hours": "{v} h", "days": "{v} jours",
        "by_kind": "Dossiers par type", "by_category": "Réclamations par catégorie",
        "none_this_month": "Aucune réclamation ce mois-ci.",
        "largest": "Les 8 plus grandes des {n} catégories.", "no_category": "(sans catégorie)",
        "kind_complaint": "Réclamations", "kind_compliment": "Compliments",
        "kind_question": "Questions", "kind_request": "Demandes",
        "response_times": "Délais de réponse", "none_acked": "aucun accusé de réception pour l'instant",
        "ack_text": "Délai médian d'accusé de réception : <b>{median}</b> (objectif {h} h) ; "
                    "{part} sur {whole} dans les délais.",
        "not_acked": " {n} sans accusé de réception pour l'instant.",
        "none_resolved": "aucune résolue pour l'instant",
        "resolve_text": "Délai médian de résolution : <b>{median}</b> (objectif {d} jours) ; "
                        "{part} sur {whole} résolues dans les délais, {done} résolues à ce jour.",
        "time_to_ack": "Délai d'accusé de réception", "time_to_resolve": "Délai de résolution",
        "backlog": "En attente",
        "backlog_clear": "Toutes les réclamations étaient réglées au {date}. Rien n'est en attente.",
        "open_for": "Ouverte depuis", "complaints": "Réclamations",
        "backlog_one": "<b>{n}</b> réclamation (de ce mois ou d'avant) était encore ouverte le {date}.",
        "backlog_other": "<b>{n}</b> réclamations (de ce mois ou d'avant) étaient encore ouvertes "
                         "le {date}.",
        "in_detail": "Les dossiers en détail", "category": "Catégorie", "all_cases": "Tous les dossiers",
        "other_categories": "{n} autres catégories", "channel": "Canal", "cases": "Dossiers",
        "severity_head": "Gravité des réclamations",
        "remedies": "Réparer", "no_remedies": "Aucun geste commercial ce mois-ci.",
        "remedy": "Geste", "cost": "Coût", "total": "Total",
        "remedies_one": "{n} dossier a donné lieu à un geste commercial, pour un coût total de "
                        "<b>{cost}</b>.",
        "remedies_other": "{n} dossiers ont donné lieu à un geste commercial, pour un coût total "
                          "de <b>{cost}</b>.",
        "satisfaction": "Satisfaction et clients reconquis",
        "rated_one": "{n} client nous a dit son degré de satisfaction : <b>{avg}</b> sur 5 en "
                     "moyenne.",
        "rated_other": "{n} clients nous ont dit leur degré de satisfaction : <b>{avg}</b> sur 5 "
                       "en moyenne.",
        "not_rated": "Aucun client n'a noté sa satisfaction ce mois-ci.",
        "recovered": "<b>Clients reconquis :</b> {back} des {n} clients qui ont fait une "
                     "réclamation ce mois-ci sont revenus. C'est tout l'enjeu.",
        "compliments": "Compliments", "no_compliments": "Aucun compliment enregistré ce mois-ci.",
        "compliments_one": "<b>{n}</b> compliment ce mois-ci.",
        "compliments_other": "<b>{n}</b> compliments ce mois-ci.",
        "shout_outs": "Compliments et bravo à l'équipe", "praised": "Cité par son nom",
        "others": "{n} autres",
        "thanks": "Un merci tout particulier à <b>{top}</b>, le plus souvent cité par les clients.",
        "lessons": "Leçons tirées", "no_lessons": "Aucune leçon notée ce mois-ci.",
        "and_more": " et {n} autres", "more_lessons": "… et {n} autres leçons.",
        "open_list": "Réclamations encore ouvertes à la fin du mois",
        "ref": "Réf.", "since": "Depuis", "age": "Âge", "severity": "Gravité",
        "who_what": "Client, catégorie et résumé", "now": "Aujourd'hui", "age_days": "{n} j",
        "resolved_on": "résolue le {date}", "still_open": "encore ouverte",
        "oldest_first": "Les plus anciennes d'abord, âge au {date}.",
        "listed": " Les {n} plus anciennes sur {total} sont listées.",
    },
    "es": {
        "doc_title": "Informe de servicio {month}",
        "title": "Informe de servicio: {month}",
        "intro": "Casos ocurridos en {month} (hora local). Objetivos: acusar recibo de una "
                 "reclamación en {ack} horas y resolverla en {days} días. Elaborado el {today}.",
        "running": " El mes de {name} aún no ha terminado: estas son las cifras hasta ahora, frente al mes "
                   "anterior completo.",
        "empty": "No se registró ningún caso en {month}.",
        "empty_text": "No hay nada que informar este mes: no se registraron reclamaciones, "
                      "elogios, preguntas ni peticiones. Si le sorprende, compruebe que el equipo "
                      "anota lo que le cuentan los clientes.",
        "empty_open_one": "{n} reclamación de meses anteriores seguía abierta al final del mes.",
        "empty_open_other": "{n} reclamaciones de meses anteriores seguían abiertas al final del mes.",
        "no_figure": "sin dato para {prev}", "same": "= igual que en {prev}",
        "versus": "frente a {prev} ({before})",
        "tile_cases": "Casos registrados", "tile_complaints": "Reclamaciones",
        "tile_compliments": "Elogios", "tile_recovered": "Clientes recuperados",
        "tile_resolve": "Tiempo mediano de resolución", "tile_satisfaction": "Satisfacción (de 5)",
        "tile_cost": "Coste de las compensaciones", "tile_open": "Reclamaciones abiertas a fin de mes",
        "on_time": "Reclamaciones atendidas a tiempo",
        "ack_within": "Acuse de recibo en {h} h", "resolved_within": "Resueltas en {d} días",
        "no_complaints": "sin reclamaciones", "part_of": "{part} de {whole} reclamaciones",
        "hours": "{v} h", "days": "{v} días",
        "by_kind": "Casos por tipo", "by_category": "Reclamaciones por categoría",
        "none_this_month": "Ninguna reclamación este mes.",
        "largest": "Las 8 mayores de {n} categorías.", "no_category": "(sin categoría)",
        "kind_complaint": "Reclamaciones", "kind_compliment": "Elogios",
        "kind_question": "Preguntas", "kind_request": "Peticiones",
        "response_times": "Tiempos de respuesta", "none_acked": "ninguna con acuse de recibo aún",
        "ack_text": "Tiempo mediano hasta el acuse de recibo: <b>{median}</b> (objetivo {h} h); "
                    "{part} de {whole} dentro del objetivo.",
        "not_acked": " {n} aún sin acuse de recibo.", "none_resolved": "ninguna resuelta aún",
        "resolve_text": "Tiempo mediano de resolución: <b>{median}</b> (objetivo {d} días); "
                        "{part} de {whole} resueltas dentro del objetivo, {done} resueltas hasta ahora.",
        "time_to_ack": "Tiempo hasta el acuse de recibo", "time_to_resolve": "Tiempo de resolución",
        "backlog": "Pendientes",
        "backlog_clear": "Todas las reclamaciones estaban resueltas el {date}. No queda nada pendiente.",
        "open_for": "Abierta desde hace", "complaints": "Reclamaciones",
        "backlog_one": "<b>{n}</b> reclamación (de este mes o anteriores) seguía abierta el {date}.",
        "backlog_other": "<b>{n}</b> reclamaciones (de este mes o anteriores) seguían abiertas el "
                         "{date}.",
        "in_detail": "Los casos en detalle", "category": "Categoría", "all_cases": "Todos los casos",
        "other_categories": "{n} categorías más", "channel": "Canal", "cases": "Casos",
        "severity_head": "Gravedad de la reclamación",
        "remedies": "Compensaciones", "no_remedies": "Este mes no se dio ninguna compensación.",
        "remedy": "Compensación", "cost": "Coste", "total": "Total",
        "remedies_one": "{n} caso recibió una compensación, con un coste total de <b>{cost}</b>.",
        "remedies_other": "{n} casos recibieron una compensación, con un coste total de "
                          "<b>{cost}</b>.",
        "satisfaction": "Satisfacción y clientes recuperados",
        "rated_one": "{n} cliente nos dijo lo satisfecho que quedó: una media de <b>{avg}</b> "
                     "sobre 5.",
        "rated_other": "{n} clientes nos dijeron lo satisfechos que quedaron: una media de "
                       "<b>{avg}</b> sobre 5.",
        "not_rated": "Ningún cliente valoró su satisfacción este mes.",
        "recovered": "<b>Clientes recuperados:</b> {back} de los {n} clientes que reclamaron este "
                     "mes han vuelto. De eso se trata.",
        "compliments": "Elogios", "no_compliments": "Este mes no se registró ningún elogio.",
        "compliments_one": "<b>{n}</b> elogio este mes.",
        "compliments_other": "<b>{n}</b> elogios este mes.",
        "shout_outs": "Elogios y reconocimiento al equipo", "praised": "Elogiado por su nombre",
        "others": "{n} más",
        "thanks": "Un agradecimiento especial a <b>{top}</b>, a quien más nombran los clientes.",
        "lessons": "Lecciones aprendidas", "no_lessons": "Este mes no se anotó ninguna lección.",
        "and_more": " y {n} más", "more_lessons": "… y {n} lecciones más.",
        "open_list": "Reclamaciones aún abiertas al final del mes",
        "ref": "Ref.", "since": "Desde", "age": "Antigüedad", "severity": "Gravedad",
        "who_what": "Cliente, categoría y resumen", "now": "Ahora", "age_days": "{n} d",
        "resolved_on": "resuelta el {date}", "still_open": "aún abierta",
        "oldest_first": "Las más antiguas primero, antigüedad al {date}.",
        "listed": " Se muestran las {n} más antiguas de {total}.",
    },
}

# The response-time and backlog bands data.metrics labels in English (the JSON keeps those);
# the chart bands are short, five of them share a half-page axis.
BANDS = {
    "de": {"< 1 h": "< 1 Std.", "1-4 h": "1–4 Std.", "4-24 h": "4–24 Std.", "1-2 days": "1–2 Tage",
           "> 2 days": "> 2 Tage", "< 1 day": "< 1 Tag", "1-3 days": "1–3 Tage",
           "3-7 days": "3–7 Tage", "1-2 weeks": "1–2 Wo.", "> 2 weeks": "> 2 Wo.",
           "under a week": "unter einer Woche", "1-4 weeks": "1–4 Wochen",
           "over 4 weeks": "über 4 Wochen"},
    "fr": {"< 1 h": "< 1 h", "1-4 h": "1–4 h", "4-24 h": "4–24 h", "1-2 days": "1–2 jours",
           "> 2 days": "> 2 jours", "< 1 day": "< 1 jour", "1-3 days": "1–3 jours",
           "3-7 days": "3–7 jours", "1-2 weeks": "1–2 sem.", "> 2 weeks": "> 2 sem.",
           "under a week": "moins d'une semaine", "1-4 weeks": "1 à 4 semaines",
           "over 4 weeks": "plus de 4 semaines"},
    "es": {"< 1 h": "< 1 h", "1-4 h": "1–4 h", "4-24 h": "4–24 h", "1-2 days": "1–2 días",
           "> 2 days": "> 2 días", "< 1 day": "< 1 día", "1-3 days": "1–3 días",
           "3-7 days": "3–7 días", "1-2 weeks": "1–2 sem.", "> 2 weeks": "> 2 sem.",
           "under a week": "menos de una semana", "1-4 weeks": "1 a 4 semanas",
           "over 4 weeks": "más de 4 semanas"},
}
