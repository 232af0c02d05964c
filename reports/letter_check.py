"""The apology check: plain-language warnings about a letter's text, never blocking it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from data.model import Case
from reports.fonts import unprintable


@dataclass(frozen=True)
class LetterWarning:
    code: str
    message: str

    def __str__(self) -> str:
        return self.message


def _words(*patterns: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


# Asking forgiveness without saying sorry is not yet an apology, so "forgive" does not count.
APOLOGY = _words(r"sorry", r"apologi[sz]e[sd]?", r"apolog(?:y|ies)", r"regret(?:s|ted|ful)?")
# "Sorry if..." doubts the harm; "sorry, but..." takes it back; "sorry you feel..." blames
# the feeling instead of the event.
CONDITIONAL = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|regret)\s*,?\s+(?:if|but|that\s+you\s+(?:feel|felt)|"
    r"you\s+(?:feel|felt)|for\s+any\s+inconvenience)\b"
    r"|\b(?:if|to\s+the\s+extent\s+that)\s+(?:you\s+were|anyone\s+was)\s+(?:offended|upset)\b",
    re.IGNORECASE)
BLAME = _words(
    r"you\s+should\s+have", r"you\s+should\s+not\s+have", r"you\s+shouldn'?t\s+have",
    r"your\s+(?:own\s+)?fault", r"your\s+(?:own\s+)?mistake", r"you\s+failed\s+to",
    r"you\s+forgot", r"you\s+neglected", r"you\s+misunderstood", r"you\s+misread",
    r"if\s+you\s+had\s+(?:only\s+)?(?:read|told|asked|checked|listened)",
    r"as\s+you\s+were\s+told", r"you\s+were\s+(?:rude|wrong|mistaken|told)",
    r"you\s+did\s+not\s+(?:read|tell|ask|check|follow)", r"you\s+didn'?t\s+(?:read|tell|ask|check|follow)",
    r"caused\s+by\s+you", r"your\s+own\s+(?:doing|choice)")
CHANGE = _words(r"chang(?:e|ed|es|ing)", r"lessons?", r"learn(?:t|ed|ing)?", r"from\s+now\s+on",
                r"in\s+future", r"in\s+the\s+future", r"never\s+again", r"we\s+now",
                r"improv(?:e|ed|ing)", r"train(?:ed|ing)", r"new\s+(?:rule|procedure|process|check)",
                r"make\s+sure", r"no\s+longer", r"put\s+in\s+place", r"so\s+that\s+it\s+(?:does|will)\s+not")
REMEDY_WORDS = {
    "refund": _words(r"refund(?:ed|s)?", r"money\s+back", r"repa(?:y|id)", r"reimburs\w*"),
    "credit": _words(r"credit(?:ed|s)?", r"voucher"),
    "replacement": _words(r"replace(?:d|ment)?", r"new\s+one", r"free\s+of\s+charge"),
    "discount": _words(r"discount(?:ed)?", r"off\s+your", r"reduc\w*"),
    "gift": _words(r"gifts?", r"on\s+the\s+house", r"complimentary", r"voucher", r"free"),
    "other": _words(r"gesture", r"make\s+(?:it\s+)?up", r"goodwill", r"compensat\w*"),
}


def check_letter(kind: str, text: str, case: Case, *, pages: int | None = None) -> list[LetterWarning]:
    """Everything worth a second look before this letter goes out, in reading order."""
    out: list[LetterWarning] = []
    body = text or ""
    if kind == "apology":
        if not APOLOGY.search(body):
            out.append(LetterWarning("no_apology", "No apology words: the letter never says "
                                     "sorry or apologises."))
        hit = CONDITIONAL.search(body)
        if hit:
            out.append(LetterWarning("conditional", f"Conditional or deflecting apology "
                                     f"(\u201c{' '.join(hit[0].split())}\u201d): apologise for what "
                                     "happened, without \u201cif\u201d or \u201cbut\u201d."))
        hit = BLAME.search(body)
        if hit:
            out.append(LetterWarning("blame", f"Blames the customer (\u201c{' '.join(hit[0].split())}"
                                     "\u201d): take responsibility for your side."))
        if _remedy_missing(case, body):
            out.append(LetterWarning("remedy", f"The recorded remedy ({case.remedy.replace('_', ' ')}"
                                     + (f", {case.remedy_cost:.2f}" if case.remedy_cost > 0 else "")
                                     + ") is not mentioned."))
        if not CHANGE.search(body):
            out.append(LetterWarning("no_change", "No change or lesson is mentioned: say what "
                                     "you have changed so it does not happen again."))
    if not case.customer.address.strip() or case.customer.erased:
        out.append(LetterWarning("no_address", "The customer has no postal address: the letter "
                                 "cannot go in a window envelope."))
    if pages is not None and pages > 1:
        out.append(LetterWarning("long", f"The letter runs to {pages} pages; one page reads "
                                 "better."))
    # The name and address print too, in the window, so they count as much as the text.
    missing = unprintable("\n".join((body, case.customer.name, case.customer.address)))
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        out.append(LetterWarning("unprintable", f"The letter font cannot print: {shown}{more}; "
                                 "they would show as empty boxes."))
    return out


def _remedy_missing(case: Case, body: str) -> bool:
    if case.remedy in ("none", "apology_only"):
        return False
    pattern = REMEDY_WORDS.get(case.remedy)
    if pattern is not None and pattern.search(body):
        return False
    if case.remedy_cost > 0:
        whole = f"{case.remedy_cost:.2f}"
        if whole in body.replace(",", "") or (whole.endswith(".00") and re.search(
                r"(?<![\d.])" + re.escape(whole[:-3]) + r"(?![\d.])", body)):
            return False
    return True
