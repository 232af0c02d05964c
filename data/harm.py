"""The words that show a case is about someone's health or safety, or damage to their things, in
the seven document languages: one list read by the checklist suggestion and the letters."""
from __future__ import annotations

import re

# Illness, an allergic reaction, a foreign object or unsafe food: what the food-safety
# checklist is for. A word that only names the subject ("food", "Lebensmittel", "voedsel")
# is not here: a cold soup filed under "Food" is a service complaint. Idioms that use the
# words without meaning them ("sick of waiting", "ill-mannered", "a glass of wine",
# "my hair" at a hairdresser's) are left out by the patterns.
_HEALTH = (
    # en
    r"food\s*safety", r"health", r"hygien\w*", r"ill(?!-)", r"illness", r"unwell",
    r"sick\w*(?!\s+(?:and\s+tired\s+)?of\b)", r"poison\w*", r"vomit\w*", r"diarrh\w*",
    r"nause\w*", r"allerg\w*", r"anaphyla\w*", r"undercooked", r"mou?ldy?",
    r"foreign\s+(?:object|body)", r"glass(?!\s+of\b)", r"(?<!my )(?<!her )(?<!his )hairs?",
    r"insects?", r"(?:piece|bit|shard|splinter|fragment)s?\s+of\s+(?:metal|plastic|bone)",
    r"(?:metal|plastic|bone)\s+(?:in|shards?|splinters?|fragments?|pieces?)",
    # de
    r"Lebensmittel(?:sicherheit|vergiftung|hygiene)\w*", r"Gesundheit\w*", r"krank\w*",
    r"unwohl", r"Übelkeit", r"übel", r"erbroch\w*", r"Erbrechen", r"Vergiftung\w*",
    r"Durchfall", r"Allergi\w*", r"allergisch\w*", r"Fremdkörper\w*", r"Glassplitter\w*",
    r"Glasscherbe\w*", r"Haare", r"Haar\s+(?:im|in\s+(?:der|dem|meine[mnr]?))",
    # "ein Glas Wein", "een glas wijn" are drinks (German and Dutch alike)
    r"Glas(?!\s+(?:Wein|Bier|Wasser|Saft|Sekt|Milch|wijn|bier|water|melk)\b)",
    r"Insekt\w*", r"schimm\w*",
    # fr
    r"sécurité\s+alimentaire", r"santé", r"malade", r"malaise", r"vomi\w*", r"intoxication",
    r"diarrhée", r"nausée\w*", r"corps\s+étranger", r"moisi\w*", r"cheveux?", r"insectes?",
    r"hygiène", r"verre(?!\s+d[e'’])",
    # es
    r"seguridad\s+alimentaria", r"salud", r"enferm\w*", r"alergi\w*", r"vómit\w*",
    r"alérgic\w*", r"intoxicación", r"diarrea", r"náusea\w*", r"cuerpo\s+extraño", r"moho",
    r"insectos?",
    r"higiene", r"vidrio",
    # it
    r"sicurezza\s+alimentare", r"salute", r"malat\w*", r"(?:sentit|stat)[oaie]\s+male",
    r"intossicazione", r"nausea", r"corpo\s+estraneo", r"muffa", r"capell[oi]", r"insett[oi]",
    r"vetro", r"igiene",
    # nl
    r"voedselveiligheid", r"voedselvergiftiging", r"gezondheid", r"ziek\w*", r"misselijk\w*",
    r"overgeven", r"vergiftig\w*", r"diarree", r"vreemd\s+voorwerp", r"schimmel\w*",
    r"haren", r"insect\w*", r"hygiëne",
    # pt
    r"segurança\s+alimentar", r"saúde", r"doente", r"(?:senti|sentiu|passei|passou)\s+mal",
    r"intoxicação", r"diarreia", r"vômit\w*", r"corpo\s+estranho", r"bolor", r"cabelos?",
    r"insetos?", r"vidro",
)

# Injury, safety in general and damage to property: not the food-safety checklist's business,
# but a letter there must not admit fault either.
_INJURY_OR_DAMAGE = (
    r"safety", r"unsafe", r"injur\w*", r"hurt", r"burn(?:t|ed|s)?",
    r"cut\s+(?:my|his|her|their)", r"slipped", r"tripped", r"fell", r"fall", r"damage\w*",
    r"stain\w*", r"ruined",
    r"Sicherheit", r"verletz\w*", r"Verbrennung\w*", r"gestürzt", r"beschädigt\w*",
    r"Schaden\w*",
    r"sécurité", r"bless\w*", r"brûl\w*", r"endommag\w*", r"dégât\w*",
    r"seguridad", r"lesi[oó]n\w*", r"herid\w*", r"quemad\w*", r"dañad\w*", r"daños?",
    r"sicurezza", r"ferit\w*", r"ustion\w*", r"danneggiat\w*", r"dann[oi]",
    r"veiligheid", r"letsel", r"gewond", r"verbrand\w*", r"beschadigd\w*", r"schade",
    r"segurança", r"ferid\w*", r"queimad\w*", r"danificad\w*", r"danos?",
)


class Words:
    """Whole-word patterns compiled on the first search: compiling them all would slow every
    start of the window, long before a case is read (bench/run.py startup)."""

    def __init__(self, *patterns: str):
        self._patterns, self._compiled = patterns, None

    def search(self, text: str):
        if self._compiled is None:
            self._compiled = re.compile(r"\b(?:" + "|".join(self._patterns) + r")\b",
                                        re.IGNORECASE)
        return self._compiled.search(text)


_HEALTH_WORDS = Words(*_HEALTH)
_HARM_WORDS = Words(*_HEALTH, *_INJURY_OR_DAMAGE)


def about_health(text: str) -> bool:
    """The text reports illness, an allergic reaction, a foreign object or unsafe food."""
    return bool(_HEALTH_WORDS.search(text))


def about_harm(text: str) -> bool:
    """The text reports harm to health or safety, or damage to property."""
    return bool(_HARM_WORDS.search(text))
