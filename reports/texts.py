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
# French puts a no-break space before ":" and a narrow one before ";", so neither starts a line.
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
        "title": "Rapport de service\u00a0: {month}",
        "intro": "Dossiers survenus en {month} (heure locale). Objectifs\u00a0: accuser réception d'une "
                 "réclamation sous {ack} heures, la résoudre sous {days} jours. Établi le {today}.",
        "running": " Le mois de {name} n'est pas terminé\u00a0: voici les chiffres à ce jour, comparés "
                   "à l'ensemble du mois précédent.",
        "empty": "Aucun dossier enregistré en {month}.",
        "empty_text": "Rien à signaler pour ce mois\u00a0: aucune réclamation, aucun compliment, "
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
        "ack_text": "Délai médian d'accusé de réception\u00a0: <b>{median}</b> (objectif {h} h)\u202f; "
                    "{part} sur {whole} dans les délais.",
        "not_acked": " {n} sans accusé de réception pour l'instant.",
        "none_resolved": "aucune résolue pour l'instant",
        "resolve_text": "Délai médian de résolution\u00a0: <b>{median}</b> (objectif {d} jours)\u202f; "
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
        "rated_one": "{n} client nous a dit son degré de satisfaction\u00a0: <b>{avg}</b> sur 5 en "
                     "moyenne.",
        "rated_other": "{n} clients nous ont dit leur degré de satisfaction\u00a0: <b>{avg}</b> sur 5 "
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
    "it": {
        "doc_title": "Rapporto sul servizio {month}",
        "title": "Rapporto sul servizio: {month}",
        "intro": "Casi avvenuti a {month} (ora locale). Obiettivi: confermare un reclamo entro "
                 "{ack} ore e risolverlo entro {days} giorni. Redatto il {today}.",
        "running": " Il mese di {name} non è ancora finito: queste sono le cifre finora, "
                   "confrontate con l'intero mese precedente.",
        "empty": "Nessun caso registrato a {month}.",
        "empty_text": "Non c'è nulla da segnalare per questo mese: nessun reclamo, complimento, "
                      "domanda o richiesta è stato registrato. Se la cosa La sorprende, verifichi "
                      "che il team annoti ciò che dicono i clienti.",
        "empty_open_one": "{n} reclamo dei mesi precedenti era ancora aperto a fine mese.",
        "empty_open_other": "{n} reclami dei mesi precedenti erano ancora aperti a fine mese.",
        "no_figure": "nessun dato per {prev}", "same": "= come a {prev}",
        "versus": "rispetto a {prev} ({before})",
        "tile_cases": "Casi registrati", "tile_complaints": "Reclami",
        "tile_compliments": "Complimenti", "tile_recovered": "Clienti recuperati",
        "tile_resolve": "Tempo mediano di soluzione", "tile_satisfaction": "Soddisfazione (su 5)",
        "tile_cost": "Costo dei rimedi", "tile_open": "Reclami aperti a fine mese",
        "on_time": "Reclami gestiti in tempo",
        "ack_within": "Confermati entro {h} h", "resolved_within": "Risolti entro {d} giorni",
        "no_complaints": "nessun reclamo", "part_of": "{part} reclami su {whole}",
        "hours": "{v} h", "days": "{v} giorni",
        "by_kind": "Casi per tipo", "by_category": "Reclami per categoria",
        "none_this_month": "Nessun reclamo questo mese.",
        "largest": "Le 8 maggiori di {n} categorie.", "no_category": "(senza categoria)",
        "kind_complaint": "Reclami", "kind_compliment": "Complimenti",
        "kind_question": "Domande", "kind_request": "Richieste",
        "response_times": "Tempi di risposta", "none_acked": "ancora nessuno confermato",
        "ack_text": "Tempo mediano di conferma di un reclamo: <b>{median}</b> (obiettivo {h} h); "
                    "{part} su {whole} confermati entro l'obiettivo.",
        "not_acked": " {n} non ancora confermati.", "none_resolved": "ancora nessuno risolto",
        "resolve_text": "Tempo mediano di soluzione: <b>{median}</b> (obiettivo {d} giorni); "
                        "{part} su {whole} risolti entro l'obiettivo, {done} risolti finora.",
        "time_to_ack": "Tempo di conferma", "time_to_resolve": "Tempo di soluzione",
        "backlog": "Arretrati",
        "backlog_clear": "Al {date} ogni reclamo era stato risolto. Non c'è nulla in sospeso.",
        "open_for": "Aperto da", "complaints": "Reclami",
        "backlog_one": "<b>{n}</b> reclamo (di questo mese o precedente) era ancora aperto il {date}.",
        "backlog_other": "<b>{n}</b> reclami (di questo mese o precedenti) erano ancora aperti il "
                         "{date}.",
        "in_detail": "I casi nel dettaglio", "category": "Categoria", "all_cases": "Tutti i casi",
        "other_categories": "altre {n} categorie", "channel": "Canale", "cases": "Casi",
        "severity_head": "Gravità del reclamo",
        "remedies": "Rimediare", "no_remedies": "Nessun rimedio concesso questo mese.",
        "remedy": "Rimedio", "cost": "Costo", "total": "Totale",
        "remedies_one": "{n} caso ha ricevuto un rimedio, per un costo totale di <b>{cost}</b>.",
        "remedies_other": "{n} casi hanno ricevuto un rimedio, per un costo totale di "
                          "<b>{cost}</b>.",
        "satisfaction": "Soddisfazione e clienti recuperati",
        "rated_one": "{n} cliente ci ha detto quanto era soddisfatto: in media <b>{avg}</b> su 5.",
        "rated_other": "{n} clienti ci hanno detto quanto erano soddisfatti: in media <b>{avg}</b> "
                       "su 5.",
        "not_rated": "Nessun cliente ha valutato la propria soddisfazione questo mese.",
        "recovered": "<b>Clienti recuperati:</b> {back} dei {n} clienti che hanno presentato un "
                     "reclamo questo mese sono tornati. È questo che conta.",
        "compliments": "Complimenti", "no_compliments": "Nessun complimento registrato questo mese.",
        "compliments_one": "<b>{n}</b> complimento questo mese.",
        "compliments_other": "<b>{n}</b> complimenti questo mese.",
        "shout_outs": "Complimenti e ringraziamenti al team", "praised": "Lodato per nome",
        "others": "altri {n}",
        "thanks": "Un grazie speciale a <b>{top}</b>, il nome più citato dai clienti.",
        "lessons": "Lezioni apprese", "no_lessons": "Nessuna lezione annotata questo mese.",
        "and_more": " e altri {n}", "more_lessons": "… e altre {n} lezioni.",
        "open_list": "Reclami ancora aperti a fine mese",
        "ref": "Rif.", "since": "Dal", "age": "Età", "severity": "Gravità",
        "who_what": "Cliente, categoria e riepilogo", "now": "Oggi", "age_days": "{n} g",
        "resolved_on": "risolto il {date}", "still_open": "ancora aperto",
        "oldest_first": "Prima i più vecchi, età al {date}.",
        "listed": " Sono elencati i {n} più vecchi su {total}.",
    },
    "nl": {
        "doc_title": "Servicerapport {month}",
        "title": "Servicerapport: {month}",
        "intro": "Gevallen die zich voordeden in {month} (lokale tijd). Doelen: een klacht binnen "
                 "{ack} uur bevestigen en binnen {days} dagen oplossen. Opgesteld op {today}.",
        "running": " {name} is nog niet voorbij: dit zijn de cijfers tot nu toe, vergeleken met "
                   "de hele vorige maand.",
        "empty": "In {month} zijn geen gevallen vastgelegd.",
        "empty_text": "Er valt deze maand niets te melden: er zijn geen klachten, complimenten, "
                      "vragen of verzoeken vastgelegd. Verbaast u dat, ga dan na of het team "
                      "noteert wat klanten vertellen.",
        "empty_open_one": "{n} klacht uit eerdere maanden stond aan het eind van de maand nog open.",
        "empty_open_other": "{n} klachten uit eerdere maanden stonden aan het eind van de maand "
                            "nog open.",
        "no_figure": "geen cijfer voor {prev}", "same": "= gelijk aan {prev}",
        "versus": "t.o.v. {prev} ({before})",
        "tile_cases": "Vastgelegde gevallen", "tile_complaints": "Klachten",
        "tile_compliments": "Complimenten", "tile_recovered": "Teruggewonnen klanten",
        "tile_resolve": "Mediane oplostijd", "tile_satisfaction": "Tevredenheid (van 5)",
        "tile_cost": "Kosten van het goedmaken", "tile_open": "Open klachten aan het eind van de maand",
        "on_time": "Klachten op tijd afgehandeld",
        "ack_within": "Bevestigd binnen {h} u", "resolved_within": "Opgelost binnen {d} dagen",
        "no_complaints": "geen klachten", "part_of": "{part} van {whole} klachten",
        "hours": "{v} u", "days": "{v} dagen",
        "by_kind": "Gevallen per soort", "by_category": "Klachten per categorie",
        "none_this_month": "Geen klachten deze maand.",
        "largest": "De 8 grootste van {n} categorieën.", "no_category": "(geen categorie)",
        "kind_complaint": "Klachten", "kind_compliment": "Complimenten",
        "kind_question": "Vragen", "kind_request": "Verzoeken",
        "response_times": "Reactietijden", "none_acked": "nog geen bevestigd",
        "ack_text": "Mediane tijd tot bevestiging van een klacht: <b>{median}</b> (doel {h} u); "
                    "{part} van {whole} binnen het doel bevestigd.",
        "not_acked": " {n} nog niet bevestigd.", "none_resolved": "nog geen opgelost",
        "resolve_text": "Mediane oplostijd: <b>{median}</b> (doel {d} dagen); {part} van {whole} "
                        "binnen het doel opgelost, {done} tot nu toe opgelost.",
        "time_to_ack": "Tijd tot bevestiging", "time_to_resolve": "Tijd tot oplossing",
        "backlog": "Achterstand",
        "backlog_clear": "Op {date} was elke klacht afgehandeld. Er ligt niets meer.",
        "open_for": "Open sinds", "complaints": "Klachten",
        "backlog_one": "<b>{n}</b> klacht (van deze maand of eerder) stond op {date} nog open.",
        "backlog_other": "<b>{n}</b> klachten (van deze maand of eerder) stonden op {date} nog open.",
        "in_detail": "Gevallen in detail", "category": "Categorie", "all_cases": "Alle gevallen",
        "other_categories": "{n} andere categorieën", "channel": "Kanaal", "cases": "Gevallen",
        "severity_head": "Ernst van de klacht",
        "remedies": "Goedmaken", "no_remedies": "Deze maand is er niets goedgemaakt.",
        "remedy": "Oplossing", "cost": "Kosten", "total": "Totaal",
        "remedies_one": "In {n} geval is iets goedgemaakt, in totaal <b>{cost}</b>.",
        "remedies_other": "In {n} gevallen is iets goedgemaakt, in totaal <b>{cost}</b>.",
        "satisfaction": "Tevredenheid en teruggewonnen klanten",
        "rated_one": "{n} klant vertelde ons hoe tevreden hij of zij was: gemiddeld <b>{avg}</b> "
                     "van 5.",
        "rated_other": "{n} klanten vertelden ons hoe tevreden ze waren: gemiddeld <b>{avg}</b> "
                       "van 5.",
        "not_rated": "Deze maand heeft geen klant een tevredenheidscijfer gegeven.",
        "recovered": "<b>Teruggewonnen klanten:</b> {back} van de {n} klanten die deze maand "
                     "klaagden, zijn teruggekomen. Daar draait het om.",
        "compliments": "Complimenten", "no_compliments": "Deze maand zijn geen complimenten "
                                                        "vastgelegd.",
        "compliments_one": "<b>{n}</b> compliment deze maand.",
        "compliments_other": "<b>{n}</b> complimenten deze maand.",
        "shout_outs": "Complimenten en een pluim voor het team", "praised": "Bij naam genoemd",
        "others": "{n} anderen",
        "thanks": "Een speciaal woord van dank aan <b>{top}</b>, het vaakst genoemd door klanten.",
        "lessons": "Geleerde lessen", "no_lessons": "Deze maand zijn geen lessen genoteerd.",
        "and_more": " en {n} meer", "more_lessons": "… en nog {n} lessen.",
        "open_list": "Klachten die aan het eind van de maand nog open stonden",
        "ref": "Kenmerk", "since": "Sinds", "age": "Leeftijd", "severity": "Ernst",
        "who_what": "Klant, categorie en samenvatting", "now": "Nu", "age_days": "{n} d",
        "resolved_on": "opgelost {date}", "still_open": "nog open",
        "oldest_first": "Oudste eerst, leeftijd op {date}.",
        "listed": " De {n} oudste van {total} staan in de lijst.",
    },
    "pt": {
        "doc_title": "Relatório de serviço {month}",
        "title": "Relatório de serviço: {month}",
        "intro": "Casos ocorridos em {month} (hora local). Objetivos: confirmar a receção de uma "
                 "reclamação em {ack} horas e resolvê-la em {days} dias. Elaborado a {today}.",
        "running": " O mês de {name} ainda não terminou: estes são os números até agora, "
                   "comparados com todo o mês anterior.",
        "empty": "Não foi registado nenhum caso em {month}.",
        "empty_text": "Não há nada a relatar este mês: não foram registadas reclamações, elogios, "
                      "perguntas nem pedidos. Se isso o surpreende, confirme que a equipa regista "
                      "o que os clientes lhe dizem.",
        "empty_open_one": "{n} reclamação de meses anteriores continuava aberta no fim do mês.",
        "empty_open_other": "{n} reclamações de meses anteriores continuavam abertas no fim do mês.",
        "no_figure": "sem valor para {prev}", "same": "= igual a {prev}",
        "versus": "face a {prev} ({before})",
        "tile_cases": "Casos registados", "tile_complaints": "Reclamações",
        "tile_compliments": "Elogios", "tile_recovered": "Clientes recuperados",
        "tile_resolve": "Tempo mediano de resolução", "tile_satisfaction": "Satisfação (de 5)",
        "tile_cost": "Custo das compensações", "tile_open": "Reclamações abertas no fim do mês",
        "on_time": "Reclamações tratadas a tempo",
        "ack_within": "Receção confirmada em {h} h", "resolved_within": "Resolvidas em {d} dias",
        "no_complaints": "sem reclamações", "part_of": "{part} de {whole} reclamações",
        "hours": "{v} h", "days": "{v} dias",
        "by_kind": "Casos por tipo", "by_category": "Reclamações por categoria",
        "none_this_month": "Nenhuma reclamação este mês.",
        "largest": "As 8 maiores de {n} categorias.", "no_category": "(sem categoria)",
        "kind_complaint": "Reclamações", "kind_compliment": "Elogios",
        "kind_question": "Perguntas", "kind_request": "Pedidos",
        "response_times": "Tempos de resposta", "none_acked": "nenhuma confirmada ainda",
        "ack_text": "Tempo mediano até confirmar a receção de uma reclamação: <b>{median}</b> "
                    "(objetivo {h} h); {part} de {whole} dentro do objetivo.",
        "not_acked": " {n} ainda sem confirmação.", "none_resolved": "nenhuma resolvida ainda",
        "resolve_text": "Tempo mediano de resolução: <b>{median}</b> (objetivo {d} dias); {part} "
                        "de {whole} resolvidas dentro do objetivo, {done} resolvidas até agora.",
        "time_to_ack": "Tempo até confirmar", "time_to_resolve": "Tempo de resolução",
        "backlog": "Pendentes",
        "backlog_clear": "A {date}, todas as reclamações estavam resolvidas. Nada está pendente.",
        "open_for": "Aberta há", "complaints": "Reclamações",
        "backlog_one": "<b>{n}</b> reclamação (deste mês ou anteriores) continuava aberta a {date}.",
        "backlog_other": "<b>{n}</b> reclamações (deste mês ou anteriores) continuavam abertas a "
                         "{date}.",
        "in_detail": "Os casos em detalhe", "category": "Categoria", "all_cases": "Todos os casos",
        "other_categories": "mais {n} categorias", "channel": "Canal", "cases": "Casos",
        "severity_head": "Gravidade da reclamação",
        "remedies": "Compensações", "no_remedies": "Não houve compensações este mês.",
        "remedy": "Compensação", "cost": "Custo", "total": "Total",
        "remedies_one": "{n} caso recebeu uma compensação, com um custo total de <b>{cost}</b>.",
        "remedies_other": "{n} casos receberam uma compensação, com um custo total de "
                          "<b>{cost}</b>.",
        "satisfaction": "Satisfação e clientes recuperados",
        "rated_one": "{n} cliente disse-nos o seu grau de satisfação: em média <b>{avg}</b> em 5.",
        "rated_other": "{n} clientes disseram-nos o seu grau de satisfação: em média <b>{avg}</b> "
                       "em 5.",
        "not_rated": "Nenhum cliente avaliou a sua satisfação este mês.",
        "recovered": "<b>Clientes recuperados:</b> {back} dos {n} clientes que reclamaram este mês "
                     "voltaram. É disso que se trata.",
        "compliments": "Elogios", "no_compliments": "Não foi registado nenhum elogio este mês.",
        "compliments_one": "<b>{n}</b> elogio este mês.",
        "compliments_other": "<b>{n}</b> elogios este mês.",
        "shout_outs": "Elogios e reconhecimento à equipa", "praised": "Elogiado pelo nome",
        "others": "mais {n}",
        "thanks": "Um agradecimento especial a <b>{top}</b>, o nome mais referido pelos clientes.",
        "lessons": "Lições aprendidas", "no_lessons": "Não foi registada nenhuma lição este mês.",
        "and_more": " e mais {n}", "more_lessons": "… e mais {n} lições.",
        "open_list": "Reclamações ainda abertas no fim do mês",
        "ref": "Ref.", "since": "Desde", "age": "Idade", "severity": "Gravidade",
        "who_what": "Cliente, categoria e resumo", "now": "Agora", "age_days": "{n} d",
        "resolved_on": "resolvida a {date}", "still_open": "ainda aberta",
        "oldest_first": "As mais antigas primeiro, idade a {date}.",
        "listed": " São apresentadas as {n} mais antigas de {total}.",
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
    "it": {"< 1 h": "< 1 h", "1-4 h": "1–4 h", "4-24 h": "4–24 h", "1-2 days": "1–2 giorni",
           "> 2 days": "> 2 giorni", "< 1 day": "< 1 giorno", "1-3 days": "1–3 giorni",
           "3-7 days": "3–7 giorni", "1-2 weeks": "1–2 sett.", "> 2 weeks": "> 2 sett.",
           "under a week": "meno di una settimana", "1-4 weeks": "1–4 settimane",
           "over 4 weeks": "oltre 4 settimane"},
    "nl": {"< 1 h": "< 1 u", "1-4 h": "1–4 u", "4-24 h": "4–24 u", "1-2 days": "1–2 dagen",
           "> 2 days": "> 2 dagen", "< 1 day": "< 1 dag", "1-3 days": "1–3 dagen",
           "3-7 days": "3–7 dagen", "1-2 weeks": "1–2 wk.", "> 2 weeks": "> 2 wk.",
           "under a week": "minder dan een week", "1-4 weeks": "1–4 weken",
           "over 4 weeks": "meer dan 4 weken"},
    "pt": {"< 1 h": "< 1 h", "1-4 h": "1–4 h", "4-24 h": "4–24 h", "1-2 days": "1–2 dias",
           "> 2 days": "> 2 dias", "< 1 day": "< 1 dia", "1-3 days": "1–3 dias",
           "3-7 days": "3–7 dias", "1-2 weeks": "1–2 sem.", "> 2 weeks": "> 2 sem.",
           "under a week": "menos de uma semana", "1-4 weeks": "1 a 4 semanas",
           "over 4 weeks": "mais de 4 semanas"},
}
