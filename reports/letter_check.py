"""The apology check: plain-language warnings about a letter's text, never blocking it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from data.l10n import document_locale, format_number, language_of
from data.model import Case
from reports.fonts import unprintable
from reports.texts import REMEDY_NAMES, word


@dataclass(frozen=True)
class LetterWarning:
    code: str
    message: str

    def __str__(self) -> str:
        return self.message


def _words(*patterns: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


_APOSTROPHE = "['\u2019]"
_NUMBER = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?")


@dataclass(frozen=True)
class Phrases:
    """What the check looks for in letters of one language."""
    apology: re.Pattern      # saying sorry at all
    conditional: re.Pattern  # "sorry if", "sorry, but": an apology taken back
    blame: re.Pattern        # the customer made responsible
    change: re.Pattern       # what was changed or learned
    remedy: dict[str, re.Pattern]


def _any(*patterns: str) -> re.Pattern:
    return re.compile("|".join(patterns), re.IGNORECASE)


# Per language, written for how people in that language actually say it, not translated.
PHRASES = {
    # Asking forgiveness without saying sorry is not yet an apology, so "forgive" does not
    # count. "Sorry if..." doubts the harm; "sorry, but..." takes it back; "sorry you
    # feel..." blames the feeling instead of the event.
    "en": Phrases(
        apology=_words(r"sorry", r"apologi[sz]e[sd]?", r"apolog(?:y|ies)", r"regret(?:s|ted|ful)?"),
        conditional=_any(
            r"\b(?:sorry|apologi[sz]e|apologies|regret)\s*,?\s+(?:if|but|that\s+you\s+(?:feel|felt)|"
            r"you\s+(?:feel|felt)|for\s+any\s+inconvenience)\b",
            r"\b(?:if|to\s+the\s+extent\s+that)\s+(?:you\s+were|anyone\s+was)\s+(?:offended|upset)\b"),
        blame=_words(
            r"you\s+should\s+have", r"you\s+should\s+not\s+have", r"you\s+shouldn'?t\s+have",
            r"your\s+(?:own\s+)?fault", r"your\s+(?:own\s+)?mistake", r"you\s+failed\s+to",
            r"you\s+forgot", r"you\s+neglected", r"you\s+misunderstood", r"you\s+misread",
            r"if\s+you\s+had\s+(?:only\s+)?(?:read|told|asked|checked|listened)",
            r"as\s+you\s+were\s+told", r"you\s+were\s+(?:rude|wrong|mistaken|told)",
            r"you\s+did\s+not\s+(?:read|tell|ask|check|follow)",
            r"you\s+didn'?t\s+(?:read|tell|ask|check|follow)", r"caused\s+by\s+you",
            r"your\s+own\s+(?:doing|choice)"),
        change=_words(
            r"chang(?:e|ed|es|ing)", r"lessons?", r"learn(?:t|ed|ing)?", r"from\s+now\s+on",
            r"in\s+future", r"in\s+the\s+future", r"never\s+again", r"we\s+now",
            r"improv(?:e|ed|ing)", r"train(?:ed|ing)", r"new\s+(?:rule|procedure|process|check)",
            r"make\s+sure", r"no\s+longer", r"put\s+in\s+place",
            r"so\s+that\s+it\s+(?:does|will)\s+not"),
        remedy={
            "refund": _words(r"refund(?:ed|s)?", r"money\s+back", r"repa(?:y|id)", r"reimburs\w*"),
            "credit": _words(r"credit(?:ed|s)?", r"voucher"),
            "replacement": _words(r"replace(?:d|ment)?", r"new\s+one", r"free\s+of\s+charge"),
            "discount": _words(r"discount(?:ed)?", r"off\s+your", r"reduc\w*"),
            "gift": _words(r"gifts?", r"on\s+the\s+house", r"complimentary", r"voucher", r"free"),
            "other": _words(r"gesture", r"make\s+(?:it\s+)?up", r"goodwill", r"compensat\w*"),
        }),
    # "Es tut mir leid, aber ...", "falls Sie sich verärgert fühlten", "für etwaige
    # Unannehmlichkeiten": the German ways of taking an apology back.
    "de": Phrases(
        apology=_words(r"entschuldig\w*", r"Entschuldigung", r"tut\s+(?:mir|uns)\s+(?:\w+\s+){0,2}leid",
                       r"bedauer\w*", r"Verzeihung"),
        conditional=_words(
            r"(?:leid|entschuldigen|Entschuldigung|bedauern?)\s*,?\s+(?:wenn|falls|sofern|aber|doch)",
            r"(?:falls|wenn|sofern)\s+Sie\s+sich\s+(?:\w+\s+){0,2}(?:verärgert|gekränkt|beleidigt|"
            r"geärgert|gestört|schlecht\s+behandelt)",
            r"(?:etwaige|eventuelle|mögliche|entstandene)\s+Unannehmlichkeiten"),
        blame=_words(
            r"Sie\s+hätten\s+(?:\w+\s+){0,4}(?:sollen|müssen)", r"Ihr(?:e|en)?\s+(?:eigene[nr]?\s+)?"
            r"(?:Schuld|Fehler|Versäumnis)", r"selbst\s+schuld",
            r"Sie\s+haben\s+(?:\w+\s+){0,3}(?:vergessen|übersehen|missverstanden|nicht\s+gelesen|"
            r"versäumt|falsch\s+verstanden)",
            r"wie\s+(?:Ihnen|man\s+Ihnen)\s+(?:bereits\s+|schon\s+)?gesagt",
            r"Sie\s+waren\s+(?:unhöflich|im\s+Unrecht)", r"von\s+Ihnen\s+verursacht",
            r"wenn\s+Sie\s+(?:\w+\s+){0,3}(?:gelesen|gefragt|gesagt|zugehört)\s+hätten"),
        change=_words(
            r"geändert", r"änder\w*", r"gelernt", r"lernen", r"künftig", r"zukünftig",
            r"in\s+Zukunft", r"ab\s+sofort", r"ab\s+jetzt", r"nie\s+wieder", r"nicht\s+mehr",
            r"verbesser\w*", r"geschult", r"Schulung\w*", r"umgestellt",
            r"neue[nrs]?\s+(?:Regel|Ablauf|Prüfung|Kontrolle|Verfahren)", r"sorgen\s+dafür",
            r"damit\s+(?:so\s+etwas|das|es)\s+(?:\w+\s+){0,3}nicht"),
        remedy={
            "refund": _words(r"erstatt\w*", r"Erstattung", r"zurückgezahlt", r"zurückzahlen",
                             r"zurücküberwiesen", r"Geld\s+zurück"),
            "credit": _words(r"Gutschrift\w*", r"Gutschein\w*", r"gutgeschrieben"),
            "replacement": _words(r"Ersatz\w*", r"ersetz\w*", r"umgetauscht", r"kostenlos\w*"),
            "discount": _words(r"Nachlass", r"Rabatt\w*", r"Preisnachlass", r"ermäßig\w*",
                               r"reduziert"),
            "gift": _words(r"Geschenk\w*", r"Aufmerksamkeit", r"aufs\s+Haus", r"gratis",
                           r"kostenlos\w*", r"Gutschein\w*"),
            "other": _words(r"Entschädigung", r"entschädig\w*", r"Kulanz\w*",
                            r"wiedergutzumachen", r"Wiedergutmachung"),
        }),
    # "Désolé si ...", "mes excuses, mais ...", "pour la gêne occasionnée".
    "fr": Phrases(
        apology=_words(r"désolée?s?", r"excuses?", r"excusons", r"excusez", r"pardon",
                       r"regrett?\w*"),
        conditional=_words(
            r"(?:désolée?s?|excuses|regrettons|regrette)\s*,?\s+(?:si|mais|que\s+vous\s+(?:vous\s+)?"
            r"(?:soyez|ayez|sentiez))",
            r"(?:si|dans\s+la\s+mesure\s+où)\s+vous\s+(?:avez\s+été|vous\s+êtes\s+senti(?:e|s|es)?)"
            r"\s+(?:\w+\s+)?(?:offens|vex|contrari|bless|froiss)\w*",
            r"(?:la\s+)?(?:gêne|désagrément)\s+(?:éventuel(?:le)?|occasionnée?)"),
        blame=_words(
            r"vous\s+auriez\s+dû", r"vous\s+n" + _APOSTROPHE + r"auriez\s+pas\s+dû",
            r"(?:votre|de\s+votre)\s+(?:propre\s+)?(?:faute|erreur)", r"vous\s+avez\s+oublié",
            r"vous\s+avez\s+mal\s+(?:lu|compris)",
            r"vous\s+n" + _APOSTROPHE + r"avez\s+pas\s+(?:lu|suivi|vérifié|demandé|précisé|écouté)",
            r"comme\s+(?:on\s+)?vous\s+l" + _APOSTROPHE + r"(?:a|avait)(?:\s+déjà)?\s+dit",
            r"si\s+vous\s+aviez\s+(?:\w+\s+)?(?:lu|demandé|vérifié|écouté|précisé)",
            r"de\s+votre\s+fait"),
        change=_words(
            r"chang\w*", r"modifi\w*", r"leçons?", r"appris", r"désormais", r"dorénavant",
            r"à\s+l" + _APOSTROPHE + r"avenir", r"plus\s+jamais", r"amélior\w*", r"formée?s?",
            r"formation", r"nouvelles?\s+(?:règles?|procédures?|vérifications?)",
            r"nouveaux?\s+contrôles?", r"veill\w+\s+à", r"mis\s+en\s+place"),
        remedy={
            "refund": _words(r"rembours\w*"),
            "credit": _words(r"avoirs?", r"bons?\s+d" + _APOSTROPHE + r"achat", r"crédit\w*"),
            "replacement": _words(r"remplac\w*", r"échang\w*", r"sans\s+frais", r"gratuit\w*"),
            "discount": _words(r"remises?", r"réductions?", r"rabais"),
            "gift": _words(r"cadeaux?", r"offerte?s?", r"gratuit\w*", r"geste"),
            "other": _words(r"geste\s+commercial", r"dédommag\w*", r"compens\w*", r"indemn\w*"),
        }),
    # "Lo siento si ...", "lamentamos ..., pero", "cualquier molestia".
    "es": Phrases(
        apology=_words(r"lament\w*", r"disculp\w*", r"perd[oó]n\w*", r"siento", r"sentimos"),
        conditional=_words(
            r"(?:siento|sentimos|lamento|lamentamos|disculpas?|disculpe)\s*,?\s+(?:si|pero|que\s+"
            r"(?:usted\s+)?se\s+(?:haya\s+)?sienta)",
            r"si\s+(?:usted\s+)?se\s+(?:ha\s+)?(?:sentido\s+(?:\w+\s+)?)?(?:molest|ofendid|incómod)\w*",
            r"cualquier\s+molestia", r"(?:las\s+)?posibles\s+molestias"),
        blame=_words(
            r"(?:usted\s+)?debería\s+haber", r"(?:es|fue)\s+(?:culpa|error)\s+suy[oa]",
            r"(?:por\s+)?su\s+(?:propia\s+)?culpa", r"su\s+(?:propio\s+)?error",
            r"(?:usted\s+)?(?:se\s+)?olvidó", r"usted\s+no\s+(?:leyó|siguió|comprobó|preguntó|indicó)",
            r"como\s+ya\s+se\s+le\s+(?:dijo|indicó)", r"como\s+se\s+le\s+(?:dijo|indicó)",
            r"si\s+(?:usted\s+)?hubiera\s+(?:\w+\s+)?(?:leído|preguntado|comprobado|indicado)",
            r"usted\s+se\s+equivocó"),
        change=_words(
            r"cambi\w*", r"lecci(?:ón|ones)", r"aprend\w*", r"a\s+partir\s+de\s+ahora",
            r"en\s+adelante", r"en\s+el\s+futuro", r"nunca\s+más", r"ya\s+no", r"mejora\w*",
            r"formad[oa]s?", r"formación", r"nuev[oa]s?\s+(?:normas?|procedimientos?|controles?)",
            r"nos\s+aseguramos", r"hemos\s+introducido"),
        remedy={
            "refund": _words(r"reembols\w*", r"devol\w*", r"devuelto"),
            "credit": _words(r"vales?", r"abono", r"saldo", r"crédito"),
            "replacement": _words(r"sustitu\w*", r"reemplaz\w*", r"sin\s+(?:ningún\s+)?coste",
                                  r"gratis"),
            "discount": _words(r"descuentos?", r"rebaja"),
            "gift": _words(r"obsequios?", r"regalos?", r"invitación", r"gratis", r"cortesía"),
            "other": _words(r"compensa\w*", r"indemniza\w*", r"gesto"),
        }),
    "it": Phrases(
        apology=_words(r"scus\w*", r"dispiac\w*", r"rammaric\w*", r"perdon\w*"),
        conditional=_words(
            r"(?:scuse|scusi|scuso|dispiace|rammarico)\s*,?\s+(?:se|ma|che\s+(?:lei\s+)?si\s+sia)",
            r"se\s+(?:lei\s+)?si\s+è\s+sentit[oa]\s+(?:\w+\s+)?(?:offes[oa]|a\s+disagio)",
            r"(?:gli\s+)?eventuali\s+disagi", r"l" + _APOSTROPHE + r"eventuale\s+disagio"),
        blame=_words(
            r"avrebbe\s+dovuto", r"(?:è|era)\s+colpa\s+sua", r"(?:per\s+)?sua\s+colpa",
            r"suo\s+errore", r"(?:lei\s+)?ha\s+dimenticato",
            r"non\s+ha\s+(?:letto|seguito|controllato|chiesto)",
            r"come\s+le\s+(?:era\s+stato|è\s+stato|avevamo)\s+detto",
            r"se\s+avesse\s+(?:\w+\s+)?(?:letto|chiesto|controllato)", r"ha\s+frainteso"),
        change=_words(
            r"cambi\w*", r"modific\w*", r"lezion[ei]", r"impar\w*", r"d" + _APOSTROPHE
            + r"ora\s+in\s+poi", r"in\s+futuro", r"mai\s+più", r"non\s+più", r"miglior\w*",
            r"formazione", r"formati", r"nuov[aoei]\s+(?:regol[ae]|procedur[ae]|controll[oi])",
            r"ci\s+assicuriamo"),
        remedy={
            "refund": _words(r"rimbors\w*", r"restitu\w*"),
            "credit": _words(r"buon[oi]", r"credito"),
            "replacement": _words(r"sostitu\w*", r"senza\s+(?:alcun\s+)?costo", r"gratuit\w*"),
            "discount": _words(r"scont\w*", r"riduzione"),
            "gift": _words(r"omagg\w*", r"regal\w*", r"offert[oa]", r"gratuit\w*"),
            "other": _words(r"gesto", r"risarc\w*", r"compens\w*", r"indennizz\w*"),
        }),
    "nl": Phrases(
        apology=_words(r"excuses", r"excuseer", r"verontschuldig\w*", r"spijt", r"betreur\w*",
                       r"sorry"),
        conditional=_words(
            r"(?:spijt|excuses|sorry|betreuren)\s*,?\s+(?:als|indien|maar)",
            r"(?:als|indien)\s+u\s+zich\s+(?:\w+\s+)?(?:gekwetst|beledigd|gestoord|geërgerd)",
            r"(?:het\s+)?eventuele\s+ongemak"),
        blame=_words(
            r"u\s+had\s+(?:\w+\s+){0,3}moeten", r"uw\s+(?:eigen\s+)?(?:schuld|fout)",
            r"u\s+bent\s+(?:\w+\s+)?vergeten",
            r"u\s+heeft\s+(?:\w+\s+){0,3}(?:vergeten|niet\s+gelezen|verkeerd\s+begrepen)",
            r"zoals\s+u\s+(?:al\s+)?(?:was\s+)?verteld", r"als\s+u\s+(?:\w+\s+){0,3}had\s+"
            r"(?:gelezen|gevraagd|gecontroleerd)", r"door\s+uzelf"),
        change=_words(
            r"veranderd", r"verander\w*", r"aangepast", r"geleerd", r"les(?:sen)?", r"voortaan",
            r"vanaf\s+nu", r"in\s+de\s+toekomst", r"nooit\s+meer", r"niet\s+meer",
            r"verbeter\w*", r"getraind", r"training",
            r"nieuwe\s+(?:regel|procedure|controle|werkwijze)", r"zorgen\s+ervoor"),
        remedy={
            "refund": _words(r"terugbetal\w*", r"teruggestort", r"terugstorten", r"geld\s+terug",
                             r"vergoed\w*"),
            "credit": _words(r"tegoed\w*", r"tegoedbon", r"waardebon"),
            "replacement": _words(r"vervang\w*", r"kosteloos\w*", r"gratis", r"omgeruild"),
            "discount": _words(r"korting"),
            "gift": _words(r"attentie", r"cadeau\w*", r"geschenk", r"gratis", r"van\s+het\s+huis"),
            "other": _words(r"tegemoetkoming", r"compensatie", r"schadevergoeding", r"goedmaken"),
        }),
    "pt": Phrases(
        apology=_words(r"desculp\w*", r"lament\w*", r"perd[aã]o", r"sinto\s+muito"),
        conditional=_words(
            r"(?:desculpas?|desculpe|lamentamos|lamento)\s*,?\s+(?:se|mas|que\s+(?:se\s+)?tenha\s+"
            r"sentido)",
            r"se\s+(?:se\s+)?sentiu\s+(?:\w+\s+)?(?:ofendid[oa]|incomodad[oa])",
            r"(?:qualquer|eventual|eventuais)\s+incómodos?"),
        blame=_words(
            r"deveria\s+ter", r"(?:a\s+)?culpa\s+(?:é|foi)\s+sua", r"(?:por\s+)?sua\s+culpa",
            r"seu\s+(?:próprio\s+)?erro", r"esqueceu-se", r"não\s+(?:leu|seguiu|verificou|perguntou|"
            r"indicou)", r"como\s+lhe\s+foi\s+dito",
            r"se\s+tivesse\s+(?:\w+\s+)?(?:lido|perguntado|verificado)", r"percebeu\s+mal"),
        change=_words(
            r"mud\w*", r"alter\w*", r"liç(?:ão|ões)", r"aprend\w*", r"a\s+partir\s+de\s+agora",
            r"no\s+futuro", r"nunca\s+mais", r"já\s+não", r"melhor(?:ar|ámos|amos|ia|ias)",
            r"formação",
            r"formad[oa]s?", r"nov[oa]s?\s+(?:regras?|procedimentos?|controlos?)", r"garantimos"),
        remedy={
            "refund": _words(r"reembols\w*", r"devolu\w*", r"devolver"),
            "credit": _words(r"vales?", r"crédito"),
            "replacement": _words(r"substitu\w*", r"troca", r"sem\s+(?:qualquer\s+)?custo",
                                  r"gratuit\w*"),
            "discount": _words(r"descontos?"),
            "gift": _words(r"ofert\w*", r"presente", r"brinde", r"gratuit\w*"),
            "other": _words(r"compensa\w*", r"indemniza\w*", r"gesto"),
        }),
}

# The warnings, in the letter's language: {q} is the phrase found, quoted.
MESSAGES = {
    "en": {
        "no_apology": "No apology words: the letter never says sorry or apologises.",
        "conditional": "Conditional or deflecting apology ({q}): apologise for what happened, "
                       "without \u201cif\u201d or \u201cbut\u201d.",
        "blame": "Blames the customer ({q}): take responsibility for your side.",
        "remedy": "The recorded remedy ({what}) is not mentioned.",
        "no_change": "No change or lesson is mentioned: say what you have changed so it does "
                     "not happen again.",
        "no_address": "The customer has no postal address: the letter cannot go in a window "
                      "envelope.",
        "long": "The letter runs to {pages} pages; one page reads better.",
        "unprintable": "The letter font cannot print: {shown}; they would show as empty boxes.",
        "more": " and {n} more", "quote": "\u201c{}\u201d"},
    "de": {
        "no_apology": "Keine Entschuldigung: Der Brief sagt nirgends, dass es Ihnen leidtut.",
        "conditional": "Bedingte oder ausweichende Entschuldigung ({q}): Entschuldigen Sie "
                       "sich für das, was passiert ist – ohne \u201ewenn\u201c und \u201eaber\u201c.",
        "blame": "Gibt der Kundschaft die Schuld ({q}): Übernehmen Sie die Verantwortung für "
                 "Ihren Teil.",
        "remedy": "Die erfasste Wiedergutmachung ({what}) wird nicht erwähnt.",
        "no_change": "Keine Änderung und keine Lehre erwähnt: Schreiben Sie, was Sie geändert "
                     "haben, damit es nicht wieder passiert.",
        "no_address": "Keine Postanschrift: Der Brief passt so nicht in einen Fensterumschlag.",
        "long": "Der Brief ist {pages} Seiten lang; eine Seite liest sich besser.",
        "unprintable": "Die Briefschrift kann nicht drucken: {shown}; diese Zeichen erschienen "
                       "als leere Kästchen.",
        "more": " und {n} weitere", "quote": "\u201e{}\u201c"},
    "fr": {
        "no_apology": "Aucun mot d\u2019excuse : la lettre ne dit jamais que vous êtes désolé "
                      "ni ne présente d\u2019excuses.",
        "conditional": "Excuses conditionnelles ou qui se dérobent ({q}) : excusez-vous de ce "
                       "qui s\u2019est passé, sans \u00ab\u00a0si\u00a0\u00bb ni \u00ab\u00a0mais\u00a0\u00bb.",
        "blame": "Rejette la faute sur le client ({q}) : assumez votre part.",
        "remedy": "Le geste enregistré ({what}) n\u2019est pas mentionné.",
        "no_change": "Aucun changement ni leçon mentionné : dites ce que vous avez changé pour "
                     "que cela ne se reproduise pas.",
        "no_address": "Le client n\u2019a pas d\u2019adresse postale : la lettre ne peut pas "
                      "partir en enveloppe à fenêtre.",
        "long": "La lettre fait {pages} pages ; une seule page se lit mieux.",
        "unprintable": "La police de la lettre ne peut pas imprimer : {shown} ; ces caractères "
                       "apparaîtraient comme des cases vides.",
        "more": " et {n} autres", "quote": "\u00ab\u00a0{}\u00a0\u00bb"},
    "es": {
        "no_apology": "No hay palabras de disculpa: la carta no dice en ningún momento que lo "
                      "siente ni pide perdón.",
        "conditional": "Disculpa condicional o evasiva ({q}): discúlpese por lo ocurrido, sin "
                       "\u00absi\u00bb ni \u00abpero\u00bb.",
        "blame": "Culpa al cliente ({q}): asuma la responsabilidad que le corresponde.",
        "remedy": "No se menciona la compensación registrada ({what}).",
        "no_change": "No se menciona ningún cambio ni lección: diga qué han cambiado para que "
                     "no vuelva a ocurrir.",
        "no_address": "El cliente no tiene dirección postal: la carta no puede ir en un sobre "
                      "con ventana.",
        "long": "La carta ocupa {pages} páginas; una sola página se lee mejor.",
        "unprintable": "La fuente de la carta no puede imprimir: {shown}; aparecerían como "
                       "recuadros vacíos.",
        "more": " y {n} más", "quote": "\u00ab{}\u00bb"},
    "it": {
        "no_apology": "Nessuna parola di scuse: la lettera non dice mai che vi dispiace né "
                      "chiede scusa.",
        "conditional": "Scuse condizionate o evasive ({q}): scusatevi per quanto accaduto, "
                       "senza \u00abse\u00bb e senza \u00abma\u00bb.",
        "blame": "Dà la colpa al cliente ({q}): assumetevi la vostra parte di responsabilità.",
        "remedy": "Il rimedio registrato ({what}) non è menzionato.",
        "no_change": "Nessun cambiamento o insegnamento menzionato: dite che cosa avete "
                     "cambiato perché non si ripeta.",
        "no_address": "Il cliente non ha un indirizzo postale: la lettera non può andare in "
                      "una busta a finestra.",
        "long": "La lettera occupa {pages} pagine; una pagina sola si legge meglio.",
        "unprintable": "Il carattere della lettera non può stampare: {shown}; apparirebbero "
                       "come caselle vuote.",
        "more": " e altri {n}", "quote": "\u00ab{}\u00bb"},
    "nl": {
        "no_apology": "Geen excuses: de brief zegt nergens dat het u spijt.",
        "conditional": "Voorwaardelijke of ontwijkende excuses ({q}): bied excuses aan voor "
                       "wat er gebeurd is, zonder \u2018als\u2019 of \u2018maar\u2019.",
        "blame": "Geeft de klant de schuld ({q}): neem de verantwoordelijkheid voor uw deel.",
        "remedy": "De vastgelegde oplossing ({what}) wordt niet genoemd.",
        "no_change": "Geen verandering of les genoemd: schrijf wat u heeft veranderd zodat "
                     "het niet opnieuw gebeurt.",
        "no_address": "De klant heeft geen postadres: de brief past niet in een "
                      "vensterenvelop.",
        "long": "De brief telt {pages} pagina\u2019s; één pagina leest prettiger.",
        "unprintable": "Het lettertype van de brief kan niet afdrukken: {shown}; ze zouden "
                       "als lege vakjes verschijnen.",
        "more": " en {n} meer", "quote": "\u2018{}\u2019"},
    "pt": {
        "no_apology": "Não há palavras de desculpa: a carta nunca pede desculpa nem diz que "
                      "lamenta.",
        "conditional": "Pedido de desculpa condicional ou evasivo ({q}): peça desculpa pelo "
                       "que aconteceu, sem \u201cse\u201d nem \u201cmas\u201d.",
        "blame": "Culpa o cliente ({q}): assuma a responsabilidade pela sua parte.",
        "remedy": "A compensação registada ({what}) não é mencionada.",
        "no_change": "Não é mencionada nenhuma mudança nem lição: diga o que mudou para que "
                     "não volte a acontecer.",
        "no_address": "O cliente não tem morada postal: a carta não pode seguir num envelope "
                      "de janela.",
        "long": "A carta tem {pages} páginas; uma só página lê-se melhor.",
        "unprintable": "O tipo de letra da carta não consegue imprimir: {shown}; apareceriam "
                       "como quadrados vazios.",
        "more": " e mais {n}", "quote": "\u201c{}\u201d"},
}


def check_letter(kind: str, text: str, case: Case, *, pages: int | None = None,
                 language: str = "en") -> list[LetterWarning]:
    """Everything worth a second look before this letter goes out, in reading order, in
    the letter's language and judged by that language's phrases."""
    language = language_of(language)
    phrases, words = PHRASES[language], MESSAGES[language]

    def warn(code: str, **values) -> None:
        out.append(LetterWarning(code, words[code].format(**values)))

    def quoted(hit: re.Match) -> str:
        return words["quote"].format(" ".join(hit[0].split()))

    out: list[LetterWarning] = []
    body = text or ""
    if kind == "apology":
        if not phrases.apology.search(body):
            warn("no_apology")
        hit = phrases.conditional.search(body)
        if hit:
            warn("conditional", q=quoted(hit))
        hit = phrases.blame.search(body)
        if hit:
            warn("blame", q=quoted(hit))
        if _remedy_missing(case, body, phrases):
            locale = document_locale(language, "")
            what = remedy_name(case.remedy, language) + (
                f", {format_number(case.remedy_cost, locale, 2)}" if case.remedy_cost > 0 else "")
            warn("remedy", what=what)
        if not phrases.change.search(body):
            warn("no_change")
    if not case.customer.address.strip() or case.customer.erased:
        warn("no_address")
    if pages is not None and pages > 1:
        warn("long", pages=pages)
    # The name and address print too, in the window, so they count as much as the text.
    missing = unprintable("\n".join((body, case.customer.name, case.customer.address)))
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:8])
        if len(missing) > 8:
            shown += words["more"].format(n=len(missing) - 8)
        warn("unprintable", shown=shown)
    return out


def remedy_name(remedy: str, language: str) -> str:
    return word(REMEDY_NAMES, language, remedy) if remedy in REMEDY_NAMES["en"] else \
        remedy.replace("_", " ")


def _remedy_missing(case: Case, body: str, phrases: Phrases) -> bool:
    if case.remedy in ("none", "apology_only"):
        return False
    pattern = phrases.remedy.get(case.remedy)
    if pattern is not None and pattern.search(body):
        return False
    if case.remedy_cost > 0:
        # The amount in any locale's writing (12.50, 12,50, 1.950,00, 1 950,00): its digits.
        cents = f"{case.remedy_cost:.2f}".replace(".", "")
        units = cents[:-2] if cents.endswith("00") else None
        for number in _NUMBER.findall(body):
            digits = re.sub(r"\D", "", number)
            if digits == cents or digits == units:
                return False
    return True
