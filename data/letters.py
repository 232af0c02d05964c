"""Letters: templates, drafts per case and the archive of every PDF printed or saved."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from data.authority import Authority
from data.cases import Cases
from data.database import Database
from data.engine import insert_id
from data.errors import Invalid, NotFound, Refused
from data.files import sha256_hex
from data.harm import about_harm
from data.history import History
from data.l10n import document_locale, format_long_date, format_money, language_of
from data.model import Case, Profile, ValidationError, clean_text, iso, now, parse_when
from data.paths import resource_path
from data.profile import BusinessProfile

LETTER_KINDS = ("apology", "thank-you", "follow-up", "acknowledgement")
LETTER_LABELS = {"apology": "Apology", "thank-you": "Thank-you", "follow-up": "Follow-up",
                 "acknowledgement": "Acknowledgement"}
ACTIONS = ("saved", "printed", "emailed")
# How the case history says what happened to the letter.
ACTION_WORDS = {"saved": "saved", "printed": "printed",
                "emailed": "written as an e-mail draft"}
PLACEHOLDERS = ("name", "ref", "date", "description", "cause", "summary", "remedy", "amount",
                "lesson", "staff", "signatory", "title", "business", "phone", "email", "reply_by",
                "today")
# Conditions a template version may start with ({?admit}): the version is used only when it
# holds. open: the cause is under investigation; found: the cause is found (ours or not);
# admit: found to be ours on a case that is not about health, safety or damage, the only
# case where a letter says it was our fault.
CONDITIONS = ("open", "found", "ours", "not_ours", "admit")
MAX_LETTER_TEXT = 60_000

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_CONDITION = re.compile(r"\{\?([A-Za-z_][A-Za-z0-9_]*)\}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ALTERNATIVE = re.compile(r"^[ \t]*\|[ \t]*$", re.MULTILINE)
# The word a template's first line starts with to give the letter's subject, in each
# document language ("Subject:" works in all of them).
SUBJECT_LABELS = {"en": "Subject", "de": "Betreff", "fr": "Objet", "es": "Asunto",
                  "it": "Oggetto", "nl": "Betreft", "pt": "Assunto"}
_SUBJECT_LINE = re.compile(r"(?:" + "|".join(sorted(set(SUBJECT_LABELS.values()), key=len,
                                                    reverse=True)) + r")\s*:", re.IGNORECASE)


class LetterNotFound(NotFound, ValueError):
    pass


class NoSender(Refused, ValueError):
    """A letter may not leave without the business's name and a name to sign it with."""


# What a letter needs from the profile before it is printed, saved or e-mailed: the field,
# what the owner calls it and the command-line flag that sets it.
SENDER_FIELDS = (("name", "business name", "--name"), ("owner", "signature name", "--owner"))


def missing_sender(profile: Profile) -> list[str]:
    """The sender parts the profile lacks, in the owner's words (empty when none)."""
    return [label for field, label, _flag in SENDER_FIELDS if not getattr(profile, field).strip()]


def check_sender(profile: Profile) -> None:
    """Raise NoSender, one line naming what is missing and how to set it."""
    missing = [(label, flag) for field, label, flag in SENDER_FIELDS
               if not getattr(profile, field).strip()]
    if not missing:
        return
    what = " and the ".join(label for label, _ in missing)
    flags = " ".join(f'{flag} "…"' for _, flag in missing)
    raise NoSender(f"a letter needs a sender: the {what} {'are' if len(missing) > 1 else 'is'} "
                   f"not set. Set {'them' if len(missing) > 1 else 'it'} with `goodwill profile "
                   f"{flags}` or in Settings > Business profile.")


@dataclass(frozen=True)
class LetterTemplate:
    kind: str
    label: str
    text: str
    edited: bool = False  # True when the owner changed the built-in wording
    updated_at: str = ""
    language: str = "en"


@dataclass(frozen=True)
class LetterDraft:
    """The text the owner is working on for one case and kind."""
    kind: str
    text: str
    edited: bool  # False: freshly filled from the template, nothing saved yet
    updated_at: str = ""


@dataclass(frozen=True)
class ArchivedLetter:
    """A letter exactly as it was printed or saved (the PDF itself is fetched separately)."""
    id: int
    case_id: int
    kind: str
    created_at: str
    action: str
    paper: str
    pages: int
    sha256: str
    size: int

    def as_json(self) -> dict:
        return {"kind": self.kind, "created_at": self.created_at, "pages": self.pages,
                "sha256": self.sha256}


def suggested_kind(case: Case) -> str:
    """The letter a case most likely needs: thanks for praise, an apology for a complaint
    still being worked on, a follow-up once it is resolved."""
    if case.kind == "compliment":
        return "thank-you"
    if case.kind == "complaint":
        return "follow-up" if case.status in ("resolved", "closed") else "apology"
    return "acknowledgement"


def check_kind(kind: str) -> str:
    key = str(kind or "").strip().lower().replace("_", "-").replace(" ", "-")
    key = {"thankyou": "thank-you", "followup": "follow-up"}.get(key, key)
    if key not in LETTER_KINDS:
        raise Invalid(f"unknown letter kind '{kind}' (expected one of: {', '.join(LETTER_KINDS)})")
    return key


def letter_language(case: Case, profile: Profile, override: str | None = None) -> str:
    """The language a case's letter is written in: the one asked for, else the customer's
    preferred language, else the business's (a language without documents: English)."""
    for choice in (override, case.customer.language, profile.locale):
        if choice and str(choice).strip():
            return language_of(choice)
    return "en"


@lru_cache(maxsize=None)
def builtin_template(kind: str, language: str = "en") -> LetterTemplate:
    """The shipped wording from resources/letters/<language>/<kind>.toml; English when the
    language has none."""
    import tomllib  # here, not at the top: only reading a template needs its parser

    kind = check_kind(kind)
    language = language_of(language)
    path = resource_path("letters", language, f"{kind}.toml")
    if not path.is_file():
        language, path = "en", resource_path("letters", "en", f"{kind}.toml")
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return LetterTemplate(kind=kind, label=data.get("label", LETTER_LABELS[kind]),
                          text=data["text"].strip("\n"), language=language)


def check_template_text(text: str) -> str:
    """Owner-written template text: cleaned, and every {placeholder} one we can fill."""
    try:
        text = clean_text(text, limit=MAX_LETTER_TEXT).strip("\n")
    except ValueError as exc:
        raise ValidationError({"text": str(exc)}) from None
    if not text.strip():
        raise ValidationError({"text": "is empty"})
    unknown = sorted({m for m in _PLACEHOLDER.findall(text) if m not in PLACEHOLDERS})
    conditions = sorted({m for m in _CONDITION.findall(text) if m not in CONDITIONS})
    if conditions:
        raise ValidationError({"text": "unknown condition(s) " + ", ".join(
            "{?" + c + "}" for c in conditions) + "; known: " + ", ".join(
            "{?" + c + "}" for c in CONDITIONS)})
    if unknown:
        raise ValidationError({"text": "unknown placeholder(s) " + ", ".join(
            "{" + u + "}" for u in unknown) + "; known: " + ", ".join(
            "{" + p + "}" for p in PLACEHOLDERS)})
    return text


# ---- filling a template ------------------------------------------------------------------

def day_in_words(value: str | datetime | None, locale: str) -> str:
    """A day as the locale writes it in a letter: '3. September 2026' in de_DE,
    '3 September 2026' in en_GB, 'September 3, 2026' in en_US."""
    if not value:
        return ""
    day = parse_when(value) if not isinstance(value, datetime) else value
    return format_long_date(day, locale)


def amount_text(amount: Decimal | int | float | str, currency: str, locale: str) -> str:
    """An amount in the profile currency, as a customer reads it: '£7.50', '1.950,00 €'."""
    return format_money(amount, currency, locale)


# What the remedy is called in a sentence "... I would like to offer you {remedy}": with
# the amount, and without one. Written per language, not translated word for word.
REMEDY_WORDS = {
    "en": {
        "refund": ("a refund of {m}", "a full refund"),
        "credit": ("a credit of {m} towards your next visit", "a credit towards your next visit"),
        "replacement": ("a replacement, free of charge", "a replacement, free of charge"),
        "discount": ("a discount of {m}", "a discount on your next visit"),
        "gift": ("a small gift worth {m}", "a small gift"),
        "other": ("a gesture of goodwill worth {m}", ""),
    },
    "de": {
        "refund": ("eine Erstattung von {m}", "die volle Erstattung des Betrags"),
        "credit": ("eine Gutschrift über {m} für Ihren nächsten Besuch",
                   "eine Gutschrift für Ihren nächsten Besuch"),
        "replacement": ("kostenlosen Ersatz", "kostenlosen Ersatz"),
        "discount": ("einen Nachlass von {m}", "einen Nachlass bei Ihrem nächsten Besuch"),
        "gift": ("ein kleines Geschenk im Wert von {m}", "ein kleines Geschenk"),
        "other": ("eine Entschädigung im Wert von {m}", ""),
    },
    "fr": {
        "refund": ("un remboursement de {m}", "le remboursement intégral"),
        "credit": ("un avoir de {m} valable lors de votre prochaine visite",
                   "un avoir valable lors de votre prochaine visite"),
        "replacement": ("un remplacement sans frais", "un remplacement sans frais"),
        "discount": ("une remise de {m}", "une remise lors de votre prochaine visite"),
        "gift": ("un petit cadeau d'une valeur de {m}", "un petit cadeau"),
        "other": ("un geste commercial d'une valeur de {m}", ""),
    },
    "es": {
        "refund": ("el reembolso de {m}", "el reembolso íntegro"),
        "credit": ("un vale de {m} para su próxima visita", "un vale para su próxima visita"),
        "replacement": ("la sustitución sin ningún coste", "la sustitución sin ningún coste"),
        "discount": ("un descuento de {m}", "un descuento en su próxima visita"),
        "gift": ("un pequeño obsequio por valor de {m}", "un pequeño obsequio"),
        "other": ("una compensación por valor de {m}", ""),
    },
    "it": {
        "refund": ("un rimborso di {m}", "il rimborso completo"),
        "credit": ("un buono di {m} per la sua prossima visita",
                   "un buono per la sua prossima visita"),
        "replacement": ("la sostituzione senza alcun costo", "la sostituzione senza alcun costo"),
        "discount": ("uno sconto di {m}", "uno sconto sulla sua prossima visita"),
        "gift": ("un piccolo omaggio del valore di {m}", "un piccolo omaggio"),
        "other": ("un gesto di cortesia del valore di {m}", ""),
    },
    "nl": {
        "refund": ("een terugbetaling van {m}", "een volledige terugbetaling"),
        "credit": ("een tegoed van {m} voor uw volgende bezoek", "een tegoed voor uw volgende bezoek"),
        "replacement": ("kosteloze vervanging", "kosteloze vervanging"),
        "discount": ("een korting van {m}", "korting bij uw volgende bezoek"),
        "gift": ("een kleine attentie ter waarde van {m}", "een kleine attentie"),
        "other": ("een tegemoetkoming van {m}", ""),
    },
    "pt": {
        "refund": ("o reembolso de {m}", "o reembolso total"),
        "credit": ("um vale de {m} para a sua próxima visita", "um vale para a sua próxima visita"),
        "replacement": ("a substituição sem qualquer custo", "a substituição sem qualquer custo"),
        "discount": ("um desconto de {m}", "um desconto na sua próxima visita"),
        "gift": ("uma pequena oferta no valor de {m}", "uma pequena oferta"),
        "other": ("uma compensação no valor de {m}", ""),
    },
}


def remedy_in_words(case: Case, currency: str, locale: str = "en_US") -> str:
    """The recorded remedy as the customer would say it, in the locale's language, with its
    amount when there is one."""
    money = amount_text(case.remedy_cost, currency, locale) if case.remedy_cost > 0 else ""
    worded = REMEDY_WORDS[language_of(locale)].get(case.remedy)
    if worded is None:  # none, apology only
        return ""
    with_money, without = worded
    return with_money.format(m=money) if money else without


def _sentence_part(text: str, lower_first: bool = False) -> str:
    """Fit a note into a sentence: one line, no closing full stop, optionally lower-cased."""
    text = " ".join((text or "").split()).rstrip(" .!;:")
    if lower_first and len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text


def letter_fields(case: Case, profile: Profile, today: datetime | None = None,
                  language: str | None = None) -> dict[str, str]:
    """Every placeholder's value for one case, formatted for the letter's language (see
    letter_language); an unknown value is the empty string."""
    locale = document_locale(language or letter_language(case, profile), profile.locale)
    reply_by = case.resolve_due_at or ""
    finding = cause_finding(case)
    found = finding in ("ours", "not_ours")
    return {
        "?open": "yes" if finding == "open" else "",
        "?found": "yes" if found else "",
        "?ours": "yes" if finding == "ours" else "",
        "?not_ours": "yes" if finding == "not_ours" else "",
        "?admit": "yes" if may_admit_fault(case) else "",
        "description": _sentence_part(case.customer_description),
        "cause": _sentence_part(case.root_cause, lower_first=language_of(locale) != "de")
        if found else "",
        "name": " ".join(case.customer.name.split()) if not case.customer.erased else "",
        "ref": case.ref,
        "date": day_in_words(case.occurred_at, locale),
        "summary": _sentence_part(case.summary),
        "remedy": remedy_in_words(case, profile.currency, locale),
        "amount": (amount_text(case.remedy_cost, profile.currency, locale)
                   if case.remedy_cost > 0 else ""),
        # German capitalises its nouns, so a lesson keeps its first letter there.
        "lesson": _sentence_part(case.lesson, lower_first=language_of(locale) != "de"),
        "staff": " ".join(case.staff.split()),
        "signatory": profile.owner.strip(),
        "title": profile.title.strip(),
        "business": profile.name.strip(),
        "phone": profile.phone.strip(),
        "email": profile.email.strip(),
        "reply_by": day_in_words(reply_by, locale),
        "today": day_in_words(today or now(), locale),
    }


# A letter on a complaint about health, safety or damage to property (data.harm reads the
# category and notes in the document languages) never says whose fault it was: an insurer
# may hold that against the owner (liability policies forbid admitting liability without
# consent; California Evidence Code 1160 shields sympathy, not fault). The desk's notes are
# read here, never printed.
def liability_sensitive(case: Case) -> bool:
    """True for a complaint about health, safety or damage to property."""
    return case.kind == "complaint" and about_harm(
        " ".join((case.category, case.summary, case.details)))


def cause_finding(case: Case) -> str:
    """What the letters go by: the owner's finding ("open", "ours" or "not_ours"); when none
    is recorded, under investigation for a health, safety or damage complaint and ours for
    any other (a cold coffee or a lost booking is the business's to own)."""
    if case.cause_finding:
        return case.cause_finding
    return "open" if liability_sensitive(case) else "ours"


def may_admit_fault(case: Case) -> bool:
    """A letter may say "this was our mistake" only once the cause is found to be ours, and
    never on a health, safety or damage complaint: there it says what was found and what
    changed."""
    return cause_finding(case) == "ours" and not liability_sensitive(case)


def check_context(case: Case, profile: Profile) -> dict:
    """What the letter check needs to know about the case beyond the letter's text (passed
    to reports.letter_check.check_letter as keywords by the window and the command line
    alike): whether an admission of fault would be premature or risky, and who signs."""
    return {"cause_open": cause_finding(case) == "open",
            "liability_sensitive": liability_sensitive(case),
            "sender": profile.name, "signature": profile.owner}


def fill_template(text: str, fields: dict[str, str]) -> str:
    """Fill placeholders; in each paragraph take the first version whose values all exist
    and whose conditions ({?admit}, given in `fields` as "?admit") all hold."""
    paragraphs = []
    for block in _PARAGRAPH_BREAK.split(text.strip("\n")):
        for version in _ALTERNATIVE.split(block):
            version = version.strip("\n")
            conditions = _CONDITION.findall(version)
            version = _CONDITION.sub("", version)
            names = _PLACEHOLDER.findall(version)
            if all(fields.get("?" + c) for c in conditions) and \
                    all(fields.get(n, "").strip() for n in names if n in fields):
                paragraphs.append(_PLACEHOLDER.sub(
                    lambda m: fields.get(m[1], m[0]), version))
                break
    return "\n\n".join(p for p in paragraphs if p.strip())


def split_subject(text: str) -> tuple[str, str]:
    """A draft's optional first line 'Subject: ...' ('Betreff:', 'Objet :', ... in any
    document language) and the rest of its text."""
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    label = _SUBJECT_LINE.match(first)
    if label:
        return first[label.end():].strip(), rest.lstrip("\n")
    return "", stripped


# ---- the Store mixin --------------------------------------------------------------------

class Letters:
    """store.letters: letter templates, drafts, the archive of letters sent, e-mail."""

    def __init__(self, db: Database, profile: BusinessProfile, cases: Cases, history: History, authority: Authority):
        self._db = db
        self._profile = profile
        self._cases = cases
        self._history = history
        self._authority = authority

    # templates
    def template(self, kind: str, language: str | None = None) -> LetterTemplate:
        """The wording a fresh letter starts from. The owner's edited template is written in
        the business's language, so it serves letters in that language; a letter in another
        language (the customer's, or one asked for) starts from the built-in wording there."""
        kind = check_kind(kind)
        business = language_of(self._profile.get().locale)
        language = language_of(language or business)
        built_in = builtin_template(kind, language)
        if language != business:
            return built_in
        row = self._db.one("SELECT body, updated_at FROM letter_templates WHERE kind = ?", (kind,))
        if row is None:
            return built_in
        return LetterTemplate(kind, built_in.label, row[0], edited=True, updated_at=row[1],
                              language=language)

    def save_template(self, kind: str, text: str) -> LetterTemplate:
        kind = check_kind(kind)
        text = check_template_text(text)
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO letter_templates (kind, body, updated_at) VALUES (?, ?, ?) "
                         "ON CONFLICT (kind) DO UPDATE SET body = excluded.body, "
                         "updated_at = excluded.updated_at", (kind, text, iso(now())))
        return self.template(kind)

    def reset_template(self, kind: str) -> LetterTemplate:
        """Back to the built-in wording."""
        kind = check_kind(kind)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM letter_templates WHERE kind = ?", (kind,))
        return self.template(kind)

    # drafts
    def draft(self, ref: str, kind: str, language: str | None = None) -> LetterDraft:
        """The owner's last edited text for this case and kind, else the template filled in
        the letter's language. Asking for a `language` always gives a fresh draft in it: the
        saved draft is in whatever language it was written in."""
        kind = check_kind(kind)
        case = self._cases.get(ref)
        if language is None:
            row = self._db.one("SELECT body, updated_at FROM letter_drafts WHERE case_id = ? "
                            "AND kind = ?", (case.id, kind))
            if row is not None:
                return LetterDraft(kind, row[0], edited=True, updated_at=row[1])
        profile = self._profile.get()
        language = letter_language(case, profile, language)
        fields = letter_fields(case, profile, language=language)
        return LetterDraft(kind, fill_template(self.template(kind, language).text, fields),
                           edited=False)

    def save_draft(self, ref: str, kind: str, text: str) -> LetterDraft:
        kind = check_kind(kind)
        case = self._cases.get(ref)
        try:
            text = clean_text(text, limit=MAX_LETTER_TEXT)
        except ValueError as exc:
            raise ValidationError({"text": str(exc)}) from None
        stamp = iso(now())
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO letter_drafts (case_id, kind, body, updated_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (case_id, kind) DO UPDATE SET "
                         "body = excluded.body, updated_at = excluded.updated_at",
                         (case.id, kind, text, stamp))
        return LetterDraft(kind, text, edited=True, updated_at=stamp)

    def discard_draft(self, ref: str, kind: str) -> LetterDraft:
        """Forget the edits: the next draft comes fresh from the template."""
        kind = check_kind(kind)
        case = self._cases.get(ref)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM letter_drafts WHERE case_id = ? AND kind = ?", (case.id, kind))
        return self.draft(ref, kind)

    # the archive
    def archive(self, ref: str, kind: str, pdf: bytes, *, pages: int, paper: str,
                action: str = "saved", by: str = "") -> ArchivedLetter:
        """Keep the exact PDF that left the building, and note it in the case history."""
        kind = check_kind(kind)
        if action not in ACTIONS:
            raise Invalid(f"unknown action '{action}' (expected {', '.join(ACTIONS)})")
        check_sender(self._profile.get())
        if not pdf.startswith(b"%PDF"):
            raise Invalid("is not a PDF")
        case = self._cases.get(ref)
        digest = sha256_hex(pdf)
        stamp = iso(now())
        with self._db.transaction() as conn:
            self._authority.check_letter(case.ref, kind, conn)
            letter_id = insert_id(
                conn, "INSERT INTO letters (case_id, kind, created_at, action, paper, pages, "
                "sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case.id, kind, stamp, action, paper, int(pages), digest, pdf))
            self._history.record(conn, case.id, "letter", None,
                                 f"{LETTER_LABELS[kind]} letter {ACTION_WORDS[action]} ({pages} "
                                 f"page{'s' if pages != 1 else ''})", by)
        return self.get(letter_id)

    def archived(self, ref: str) -> list[ArchivedLetter]:
        """Every archived letter of a case, oldest first."""
        case = self._cases.get(ref)
        return [ArchivedLetter(*r) for r in self._db.conn.execute(
            "SELECT id, case_id, kind, created_at, action, paper, pages, sha256, length(pdf) "
            "FROM letters WHERE case_id = ? ORDER BY created_at, id", (case.id,))]

    def get(self, letter_id: int) -> ArchivedLetter:
        row = self._db.one("SELECT id, case_id, kind, created_at, action, paper, pages, sha256, "
                        "length(pdf) FROM letters WHERE id = ?", (letter_id,))
        if row is None:
            raise LetterNotFound(f"no archived letter with id {letter_id}")
        return ArchivedLetter(*row)

    def pdf(self, letter_id: int) -> bytes:
        """The archived bytes, checked against the digest taken when they were archived."""
        row = self._db.one("SELECT pdf, sha256 FROM letters WHERE id = ?", (letter_id,))
        if row is None:
            raise LetterNotFound(f"no archived letter with id {letter_id}")
        pdf = bytes(row[0])
        if sha256_hex(pdf) != row[1]:
            raise Invalid(f"archived letter {letter_id} is damaged (its checksum does not match)")
        return pdf

    def note_reprinted(self, letter_id: int, by: str = "") -> None:
        """A reprint sends the archived bytes again, so only the case history changes."""
        info = self.get(letter_id)
        with self._db.transaction() as conn:
            self._history.record(conn, info.case_id, "letter", None,
                                 f"{LETTER_LABELS[info.kind]} letter of {info.created_at[:10]} "
                                 "printed again", by)

    def email(self, ref: str, kind: str, text: str, pdf: bytes, *, pages: int,
              paper: str, by: str = "") -> bytes:
        """An unsent e-mail (.eml bytes) carrying this letter: To the customer, Subject from
        the letter's Subject line (else the kind and reference), the text as the body, the
        PDF attached. The PDF is archived with the case as e-mailed."""
        # Here, not at the top: the email package loads only when a letter is e-mailed.
        from data.eml import letter_eml

        kind = check_kind(kind)
        case = self._cases.get(ref)
        profile = self._profile.get()
        saved = self.archive(ref, kind, pdf, pages=pages, paper=paper, action="emailed",
                             by=by)
        subject, body = split_subject(text)
        if not subject:
            subject = f"{LETTER_LABELS[kind]} letter, reference {case.ref}"
            if profile.name.strip():
                subject = f"{profile.name.strip()}: {subject.lower()}"
        customer = case.customer
        return letter_eml(
            to_name="" if customer.erased else customer.name, to_email=
            "" if customer.erased else customer.email, from_name=profile.name or profile.owner,
            from_email=profile.email, subject=subject, body=body,
            pdf=self.pdf(saved.id), pdf_name=f"{case.ref}-{kind}.pdf".replace("/", "-"))
