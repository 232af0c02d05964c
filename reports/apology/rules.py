"""Reads an apology: which of the six components it has and which non-apology patterns it uses."""
from __future__ import annotations

import re
from dataclasses import dataclass

from reports.apology.lexicon import COMPONENTS, Lexicon, lexicon

# Sentences end at . ! ? … followed by a capital (or an opening quote), at a line break,
# and at a semicolon; "Mr. Smith" and "3.5" stay whole.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]?\s+(?=[\"“„«(¿¡]?[A-ZÀ-ÖØ-Þ0-9])|\s*\n\s*")
_APOSTROPHES = str.maketrans({"'": "’", "`": "’", "´": "’", "ʼ": "’"})
_WINDOW_WORDS = 6  # how far back a "not" or "no" still negates a word
_WORD = re.compile(r"\w+(?:’\w+)?")

# The patterns that make a text a non-apology, in the order warnings are given.
PROBLEMS = ("conditional", "feelings", "deflection", "passive", "third_party", "blame",
            "minimising")


@dataclass(frozen=True)
class Finding:
    code: str       # a component, a problem from PROBLEMS, or "admission"
    phrase: str     # the words found, as written
    sentence: int   # the sentence's number, from 0


@dataclass(frozen=True)
class Analysis:
    """What the check read in one text."""
    language: str
    sentences: tuple[str, ...]
    components: dict[str, tuple[Finding, ...]]
    problems: tuple[Finding, ...]
    admissions: tuple[Finding, ...]

    def has(self, component: str) -> bool:
        return bool(self.components[component])

    @property
    def present(self) -> tuple[str, ...]:
        """The components found, most important first."""
        return tuple(c for c in COMPONENTS if self.components[c])


def split_sentences(text: str) -> list[str]:
    text = (text or "").translate(_APOSTROPHES)
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _clause_before(lex: Lexicon, sentence: str, start: int) -> str:
    """The words before `start` back to the last comma or clause word, at most a few."""
    before = sentence[:start]
    breaks = list(lex.patterns["clause_break"].finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = _WORD.findall(before)[-_WINDOW_WORDS:]
    return " ".join(words)


def _clause_after(lex: Lexicon, sentence: str, end: int) -> str:
    after = sentence[end:]
    cut = lex.patterns["clause_break"].search(after)
    return after[:cut.start()] if cut else after


def negated(lex: Lexicon, sentence: str, hit: re.Match, *, inside: bool = False,
            pattern: re.Pattern | None = None) -> bool:
    """True when a negation governs the words found: "no refund", "we cannot offer a
    refund", "une remise n'est pas possible"; with `inside`, also a negation within the
    words found when they do not start with one ("we are not responsible")."""
    if lex.patterns["negation"].search(_clause_before(lex, sentence, hit.start())):
        return True
    if lex.patterns["after_negation"].match(_clause_after(lex, sentence, hit.end()).lstrip()):
        return True
    if inside and pattern is not None:
        words = hit[0].split(maxsplit=1)
        rest = words[1] if len(words) > 1 else ""
        if lex.patterns["negation"].search(rest):
            # A negation the words allow but do not need ("we are not responsible"), not
            # one they are made of ("this should not have happened").
            plain = " ".join(lex.patterns["negation"].sub(" ", hit[0]).split())
            return bool(pattern.search(plain))
    return False


def _collides(lex: Lexicon, sentence: str, hit: re.Match) -> bool:
    """True when the words found are part of a phrase that means something else
    ("credit card", "feel free", "regret to inform")."""
    for other in lex.patterns["collisions"].finditer(sentence):
        if other.start() < hit.end() and hit.start() < other.end():
            return True
    return False


def real_hits(lex: Lexicon, pattern: re.Pattern, sentence: str, *, negatable: bool,
               inside: bool = False) -> list[re.Match]:
    out = []
    for hit in pattern.finditer(sentence):
        if _collides(lex, sentence, hit):
            continue
        if negatable and negated(lex, sentence, hit, inside=inside, pattern=pattern):
            continue
        out.append(hit)
    return out


# Components whose words a negation turns around ("no refund", "we are not responsible").
_NEGATABLE = {"regret": False, "responsibility": True, "repair": True, "explanation": False,
              "repentance": False, "forgiveness": False}


def analyse(text: str, language: str = "en") -> Analysis:
    """The components and patterns of `text`, read with `language`'s word lists."""
    lex = lexicon(language)
    sentences = split_sentences(text)
    components: dict[str, list[Finding]] = {c: [] for c in COMPONENTS}
    per_sentence: list[set[str]] = []
    for n, sentence in enumerate(sentences):
        found = set()
        for component in COMPONENTS:
            hits = real_hits(lex, lex.components[component], sentence,
                              negatable=_NEGATABLE[component], inside=_NEGATABLE[component])
            if component == "regret":
                hits = [h for h in hits if not _negated_regret(lex, sentence, h)]
            if hits:
                components[component].append(Finding(component, hits[0][0], n))
                found.add(component)
        per_sentence.append(found)
    has_responsibility = bool(components["responsibility"])

    problems: list[Finding] = []

    def problem(code: str, hit: re.Match | str, n: int) -> None:
        problems.append(Finding(code, hit if isinstance(hit, str) else hit[0], n))

    for n, sentence in enumerate(sentences):
        if "regret" in per_sentence[n]:
            hit = lex.patterns["conditional"].search(sentence)
            if not hit and not has_responsibility:
                # "... we may have caused": a hedge on the harm, an excuse only when
                # nothing else in the letter owns it.
                hit = lex.patterns["hedge"].search(sentence)
            if hit and not _collides(lex, sentence, hit):
                problem("conditional", hit, n)
            hit = lex.patterns["feelings"].search(sentence)
            if not hit and not has_responsibility:
                # "Sorry for the frustration this caused" is empathy beside an
                # acknowledgment, and an apology for the reaction without one.
                hit = lex.patterns["feelings_soft"].search(sentence)
            if hit:
                problem("feelings", hit, n)
            deflection = _deflection(lex, sentences, n, per_sentence)
            if deflection:
                problem("deflection", deflection, n)
        if "responsibility" not in per_sentence[n]:
            hit = lex.patterns["passive"].search(sentence)
            if hit:
                problem("passive", hit, n)
        for hit in real_hits(lex, lex.patterns["third_party"], sentence, negatable=False):
            if not has_responsibility or _is_denial(lex, hit):
                problem("third_party", hit, n)
                break
        hits = real_hits(lex, lex.patterns["customer_blame"], sentence, negatable=True)
        if hits:
            problem("blame", hits[0], n)
        hit = lex.patterns["minimising"].search(sentence)
        if hit:
            problem("minimising", hit, n)
    admissions = [Finding("admission", hits[0][0], n) for n, sentence in enumerate(sentences)
                  if (hits := real_hits(lex, lex.patterns["admission"], sentence,
                                         negatable=True, inside=True))]
    return Analysis(lex.language, tuple(sentences),
                    {c: tuple(f) for c, f in components.items()}, tuple(problems),
                    tuple(admissions))


def _negated_regret(lex: Lexicon, sentence: str, hit: re.Match) -> bool:
    """"We will not apologise" is no apology; "we cannot apologise enough" is one."""
    before = _clause_before(lex, sentence, hit.start())
    if not lex.patterns["negation"].search(before):
        return False
    return not re.search(r"\b(?:enough|genug|assez|suficiente|abbastanza|genoeg|suficientemente)\b",
                         sentence[hit.end():hit.end() + 30], re.IGNORECASE)


def _is_denial(lex: Lexicon, hit: re.Match) -> bool:
    """"Beyond our control", "not our fault": a denial even beside an acknowledgment."""
    return bool(lex.patterns["denial"].search(hit[0]))


def _deflection(lex: Lexicon, sentences: tuple[str, ...] | list[str], n: int,
                per_sentence: list[set[str]]) -> str | None:
    """The "but ..." that takes back an apology in sentence `n`: later in the same
    sentence, or opening the next one, unless what follows it is itself part of the
    apology ("... but above all we are sorry", "..., but we will refund you")."""
    sentence = sentences[n]
    regret = lex.components["regret"].search(sentence)
    candidates = []
    for hit in lex.patterns["adversative"].finditer(sentence, regret.end() if regret else 0):
        candidates.append((sentence, hit))
    # A later sentence that opens with "But ..." / "However, ..." answers the apology
    # however far away it stands.
    for following in sentences[n + 1:]:
        hit = lex.patterns["adversative"].search(following)
        if hit and len(_WORD.findall(following[:hit.start()])) <= 1:
            candidates.append((following, hit))
    for where, hit in candidates:
        if any(other.start() <= hit.start() < other.end()
               for other in lex.patterns["adversative_not"].finditer(where)):
            continue
        rest = where[hit.end():]
        if any(real_hits(lex, lex.components[c], rest, negatable=_NEGATABLE[c])
               for c in ("regret", "responsibility", "repair", "repentance")):
            continue
        return " ".join(where[hit.start():].split()[:8])
    return None
