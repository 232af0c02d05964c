"""Which built-in checklist fits a case, by the words in it, in the seven document languages."""
from __future__ import annotations

from data.checklists import (
    BOOKING, COMPLIMENT, DAMAGED, DIFFICULT, FOOD_SAFETY, FORMAL, GENERAL, REFUND, STAFF_CONDUCT,
    builtin_names,
)
from data.harm import Words, about_health

def _words(*patterns: str) -> str:
    """One language's words for a signal (Words puts the word boundaries round all of them)."""
    return "|".join(patterns)


_REFUND = _words(r"refunds?", r"refunded", r"money", r"charged?", r"charges", r"overcharged",
                 r"credit", r"reimburse\w*", r"compensation", r"money back")
_RUDE = _words(r"rude\w*", r"attitude", r"manners?", r"impolite", r"dismissive", r"unfriendly",
               r"disrespectful", r"condescending", r"shouted", r"ignored")
_COMPLIMENT = _words(r"compliments?", r"praise\w*")
_DAMAGED = _words(r"damaged", r"broken", r"faulty", r"cracked", r"wrong (?:item|order|size|colou?r)",
                  r"missing item", r"defective")
_BOOKING = _words(r"book(?:ing|ed)", r"reservations?", r"wait(?:ed|ing)?", r"queue\w*", r"late",
                  r"delay\w*", r"double-booked", r"no-show")
_ABUSIVE = _words(r"abus\w*", r"threat\w*", r"aggressive", r"swore", r"swearing")

# The same signals in the other document languages, so a case written in German or French
# gets the same suggestion (words that are also common function words - Portuguese "pelo",
# Dutch "haar", French "avoir" - are left out). Health is read by data.harm, which the
# letters read too.
_REFUND = Words(_REFUND, _words(
    r"erstatt\w*", r"Erstattung", r"Rückerstattung", r"Geld\s+zurück", r"Gutschrift",
    r"Entschädigung", r"rembours\w*", r"argent", r"surfactur\w*", r"dédommag\w*",
    r"reembols\w*", r"devolución", r"dinero", r"cobrad[oa]", r"compensación", r"rimbors\w*",
    r"soldi", r"addebit\w*", r"risarc\w*", r"terugbetal\w*", r"geld\s+terug", r"vergoeding",
    r"dinheiro", r"compensação"))
_RUDE = Words(_RUDE, _words(
    r"unhöflich\w*", r"unfreundlich\w*", r"frech\w*", r"herablassend\w*", r"angeschrien",
    r"ignoriert", r"impoli\w*", r"désagréable\w*", r"méprisant\w*", r"condescendant\w*",
    r"maleducad\w*", r"groser[oa]s?", r"antipátic\w*", r"scortes\w*", r"maleducat\w*",
    r"sgarbat\w*", r"onbeleefd\w*", r"onvriendelijk\w*", r"neerbuigend\w*", r"mal-educad\w*",
    r"malcriad\w*", r"indelicad\w*"))
_COMPLIMENT = Words(_COMPLIMENT, _words(
    r"Lob", r"gelobt", r"Kompliment\w*", r"félicit\w*", r"elogi\w*", r"felicit\w*",
    r"complimenti", r"lof", r"parabéns"))
_DAMAGED = Words(_DAMAGED, _words(
    r"beschädigt\w*", r"kaputt\w*", r"defekt\w*", r"zerbrochen\w*", r"abîmée?s?", r"cassée?s?",
    r"défectueu\w*", r"endommagée?s?", r"dañad[oa]s?", r"defectuos[oa]s?", r"danneggiat[oaie]",
    r"difettos[oaie]", r"beschadigd\w*", r"kapot\w*", r"danificad[oa]s?",
    r"defeituos[oa]s?"))
_BOOKING = Words(_BOOKING, _words(
    r"Reservierung\w*", r"reserviert", r"gebucht", r"Buchung\w*", r"Warte\w*", r"gewartet",
    r"Verspätung", r"verspätet", r"réservation\w*", r"attente", r"retard\w*", r"reservas?",
    r"tiempo\s+de\s+espera", r"esperé", r"retras\w*", r"prenotazion[ei]", r"attesa",
    r"aspettat[oi]", r"ritard\w*", r"reservering\w*", r"gereserveerd", r"gewacht",
    r"wachttijd", r"vertraging", r"tempo\s+de\s+espera", r"esperei", r"atras\w*"))
_ABUSIVE = Words(_ABUSIVE, _words(
    r"beleidigt", r"beschimpft", r"Beleidigung\w*", r"droht\w*", r"Drohung\w*", r"aggressiv\w*",
    r"insult\w*", r"menac\w*", r"agressi\w*", r"amenaz\w*", r"agresiv\w*", r"minacc\w*",
    r"scheld\w*", r"bedreig\w*", r"ameaç\w*"))


def suggest_template(category: str, severity: str, summary: str, details: str, staff: str,
                     *, kind: str = "", language: str = "en") -> str:
    """The built-in template that best fits a new case, by the words in it, named in
    `language`; the owner may pick another."""
    return builtin_names(language)[_suggest(category, severity, summary, details, staff, kind)]


def _suggest(category: str, severity: str, summary: str, details: str, staff: str,
             kind: str) -> str:
    """Health comes first because it is the one that can hurt someone."""
    text = " ".join(str(part or "") for part in (category, summary, details))
    if kind == "compliment" or _COMPLIMENT.search(text):
        return COMPLIMENT
    if about_health(text):
        return FOOD_SAFETY
    if _REFUND.search(text):
        return REFUND
    if str(staff or "").strip() and _RUDE.search(text):
        return STAFF_CONDUCT
    if _ABUSIVE.search(text):
        return DIFFICULT
    if _DAMAGED.search(text):
        return DAMAGED
    if _BOOKING.search(text):
        return BOOKING
    if severity == "critical":
        return FORMAL
    return GENERAL
