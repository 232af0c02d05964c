"""The owner's vocabulary as plain dataclasses, and the rules that make a value valid."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import NamedTuple

from data import l10n
from data.errors import Invalid, Message

KINDS = ("complaint", "compliment", "question", "request")
CHANNELS = ("in_person", "phone", "email", "letter", "web", "social", "other")
SEVERITIES = ("low", "medium", "high", "critical")
STATUSES = ("open", "in_progress", "resolved", "closed")
REMEDIES = ("none", "refund", "credit", "replacement", "discount", "gift", "apology_only", "other")
RETURNED = ("yes", "no", "unknown")
PAPERS = ("a4", "letter")
# What the owner found about a complaint's cause: still under investigation, our fault, not
# our fault ("" = not recorded; data.letters.cause_finding says what that means for a case).
CAUSE_FINDINGS = ("open", "ours", "not_ours")

# Longest text we accept in one field: long enough for any real note, short enough that a
# pasted binary file is refused instead of bloating the database.
def live(table: str = "cases") -> str:
    """The one condition that keeps a deleted case (one in the Trash) out of everything a
    live case shows in: the list, counts, search, reminders, reports, exports. `table` is
    the name or alias the query gives the cases table."""
    return f"{table}.deleted_at IS NULL"


LIVE = live()
# Its opposite, written as the Trash's partial index (cases_trash) is, so it is used.
TRASHED = "cases.deleted_at IS NOT NULL"
# A deleted case stays in the Trash this many days, restorable, before it is erased.
TRASH_DAYS = 30

MAX_TEXT = 100_000
MAX_LINE = 500


class ValidationError(Invalid):
    """One or more fields are wrong; `problems` maps field name to a plain-language message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.problems.items()))


@dataclass(frozen=True)
class Profile:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    owner: str = ""
    title: str = ""
    currency: str = "EUR"
    paper: str = "a4"
    ack_hours: int = 24
    resolve_days: int = 7
    refund_limit: Decimal | None = None
    has_logo: bool = False
    locale: str = "en_US"

    def as_json(self) -> dict:
        return {
            "name": self.name, "address": self.address, "phone": self.phone,
            "email": self.email, "owner": self.owner, "title": self.title,
            "currency": self.currency, "paper": self.paper, "ack_hours": self.ack_hours,
            "resolve_days": self.resolve_days,
            "refund_limit": None if self.refund_limit is None else float(self.refund_limit),
            "locale": self.locale,
        }


@dataclass(frozen=True)
class Customer:
    id: int
    name: str
    email: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    flag: str = ""
    created_at: str = ""
    erased: bool = False
    language: str = ""  # preferred letter language (a locale such as fr_FR); "" = the business's


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    field: str
    old: str | None
    new: str | None
    by: str = ""

    def as_json(self) -> dict:
        return {"at": self.at, "field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Case:
    id: int
    ref: str
    occurred_at: str
    customer: Customer
    kind: str
    summary: str
    channel: str = "in_person"
    category: str = ""
    severity: str = "medium"
    details: str = ""
    staff: str = ""
    status: str = "open"
    acknowledged_at: str | None = None
    resolved_at: str | None = None
    ack_due_at: str | None = None
    resolve_due_at: str | None = None
    remedy: str = "none"
    remedy_cost: Decimal = Decimal("0.00")
    satisfaction: int | None = None
    customer_returned: str = "unknown"
    root_cause: str = ""
    lesson: str = ""
    needs_approval: bool = False
    approved_by: str = ""
    approved_at: str | None = None
    close_reason: str = ""
    created_at: str = ""
    updated_at: str = ""
    version: int = 1  # row version: +1 on every save (an edit made elsewhere is caught)
    cause_finding: str = ""  # one of CAUSE_FINDINGS, or "" when not recorded
    # What happened, written for the customer by the owner: the only account a letter quotes
    # (summary and details are the desk's own notes).
    customer_description: str = ""


class CaseRow(NamedTuple):
    """One line of the case list: only what the list shows, cheap to fetch by the screenful.

    A named tuple rather than a frozen dataclass: it is built a screenful at a time, and
    a frozen dataclass's construction was most of the list's own cost (bench/run.py).
    """
    id: int
    ref: str
    occurred_at: str
    customer_name: str
    kind: str
    category: str
    severity: str
    status: str
    staff: str
    summary: str
    overdue: int  # 1 or 0, as SQLite gives it: rows are made straight from the query's tuples
    checklist_done: int = 0
    checklist_total: int = 0


@dataclass(frozen=True)
class CaseFilter:
    """What the owner asked to see. Every field is optional; empty means 'any'."""
    search: str = ""
    kind: str = ""
    status: str = ""
    date_from: str = ""
    date_to: str = ""
    category: str = ""
    staff: str = ""
    customer_id: int | None = None
    overdue: bool = False
    assigned_to: str = ""  # a staff member's name
    awaiting_approval: bool = False  # a remedy awaits a manager's or the owner's decision


@dataclass(frozen=True)
class CaseCounts:
    total: int
    open: int
    overdue: int


@dataclass(frozen=True)
class CustomerSummary:
    customer: Customer
    cases: int
    complaints: int
    remedies_paid: Decimal
    last_visit: str | None


@dataclass(frozen=True)
class ImportResult:
    cases: int
    new_customers: int


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file: where (line, column) and what."""
    line: int
    column: str
    message: str
    unit: str = "line"  # a CSV file's line, or a sheet's row

    def __str__(self) -> str:
        where = f"{self.unit} {self.line}" if self.line else "file"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


class ImportFailed(Invalid):
    def __init__(self, path: str, problems: list[Problem], more: int = 0):
        self.path = path
        self.problems = problems
        self.more = more
        head = f"{path}: nothing imported, {len(problems) + more} problem(s)"
        super().__init__(head)

    def lines(self) -> list[str]:
        out = [f"{self.path}: {p}" for p in self.problems]
        if self.more:
            out.append(f"{self.path}: ... and {self.more} more problem(s)")
        return out


# ---- value rules -------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(value, *, single_line: bool = False, limit: int = MAX_TEXT) -> str:
    """Normalise user text: unify newlines, drop control characters, trim single lines."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        text = text.replace("\n", " ").replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = text.strip() if single_line else text.rstrip()
    if len(text) > limit:
        raise Invalid(f"is {len(text):,} characters long; the limit is {limit:,}")
    return text


def enum_value(value, allowed: tuple[str, ...], what: str) -> str:
    """Case-insensitive match; spaces and hyphens count as underscores ('In person')."""
    key = re.sub(r"[\s\-]+", "_", str(value or "").strip().lower())
    if key in allowed:
        return key
    raise Invalid(f"unknown {what} '{value}' (expected one of: {', '.join(allowed)})")


def parse_money(value, locale: str = "", currency: str = "") -> Decimal:
    """An amount >= 0 with at most 2 decimals, as typed, read from a file or a typed cell.

    Text is read in the business locale (`7,20` in de_DE) as well as in plain form
    (`7.20`); see data/l10n.parse_number for the rule that refuses ambiguous amounts.
    Without a locale only the plain form is accepted, so `7,20` is never 720.
    """
    if isinstance(value, bool):
        raise Invalid(f"'{value}' is not an amount")
    if isinstance(value, (int, float)):  # a typed spreadsheet cell: 7.2 is 7.20
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = str(value if value is not None else "").strip()
        if text == "":
            return Decimal("0.00")
        if currency or any(not ch.isascii() for ch in text):
            text = l10n.strip_currency(text, currency, locale or l10n.DEFAULT_LOCALE)
        if locale:
            amount = l10n.parse_number(text, locale)
        elif re.fullmatch(r"[+-]?[0-9]+(\.[0-9]+)?", text):
            amount = Decimal(text)
        else:
            raise Invalid(f"'{value}' is not a number (write it as 1234.50)")
    if not amount.is_finite():
        raise Invalid(f"'{value}' is not a number")
    if amount < 0:
        raise Invalid(f"{value} is negative; costs are 0 or more")
    if amount != amount.quantize(Decimal("0.01")):
        raise Invalid(f"'{value}' has more than 2 decimal places")
    if amount >= Decimal("1e12"):
        raise Invalid(f"{value} is too large")
    return amount.quantize(Decimal("0.01"))


def money_text(amount: Decimal) -> str:
    return f"{amount:.2f}"


def to_cents(amount: Decimal) -> int:
    return int(amount * 100)


def from_cents(cents: int | None) -> Decimal:
    return (Decimal(cents or 0) / 100).quantize(Decimal("0.01"))


def parse_satisfaction(value) -> int | None:
    if isinstance(value, float) and value.is_integer():  # a typed cell: 4.0
        value = int(value)
    text = str(value if value is not None else "").strip()
    if text == "":
        return None
    try:
        number = int(text)
    except ValueError:
        raise Invalid(f"'{value}' is not a whole number from 1 to 5") from None
    if not 1 <= number <= 5:
        raise Invalid(f"{number} is out of range 1-5")
    return number


_TRUE = {"yes", "y", "true", "t", "1"}
_FALSE = {"no", "n", "false", "f", "0"}


def parse_returned(value) -> str:
    if isinstance(value, bool):  # a typed TRUE/FALSE cell
        return "yes" if value else "no"
    if isinstance(value, float) and value in (0.0, 1.0):
        value = int(value)
    text = str(value if value is not None else "").strip().lower()
    if text in ("", "unknown"):
        return "unknown"
    if text in _TRUE:
        return "yes"
    if text in _FALSE:
        return "no"
    raise Invalid(f"'{value}' is not yes/no/true/false/1/0 (empty means unknown)")


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone or "")


# ---- time --------------------------------------------------------------------------------

def now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def parse_when(value, *, end_of_day: bool = False, locale: str = "") -> datetime:
    """ISO 8601 date or date-time; without an offset it is this computer's local time.

    With a locale, the date and time patterns of that locale are read too (`03.10.2026
    14:05` in de_DE, `10/3/2026 2:05 PM` in en_US), see data/l10n.parse_local_datetime.
    A typed spreadsheet cell (datetime or date) is taken as it is.
    """
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime.combine(value, time(23, 59, 59) if end_of_day else time(0, 0))
    else:
        text = str(value or "").strip()
        if not text:
            raise Invalid("is empty")
        dt = _iso_when(text, end_of_day)
        if dt is None and locale:
            dt = l10n.parse_local_datetime(text, locale)
        if dt is None:
            if locale:
                raise Invalid(Message("'{value}' is not a date (use YYYY-MM-DD, YYYY-MM-DD "
                                      "HH:MM or ISO 8601, or as {locale} writes it: {example})",
                                      value=value, locale=locale,
                                      example=l10n.date_example(locale)))
            raise Invalid(Message("'{value}' is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM "
                                  "or ISO 8601)", value=value))
    if dt.tzinfo is None:
        dt = dt.astimezone()  # naive means the computer's local time
    if not 1900 <= dt.year <= 2999:
        raise Invalid(f"'{value}' is outside the years 1900-2999")
    return dt.replace(microsecond=0)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_when(text: str, end_of_day: bool) -> datetime | None:
    candidate = text.replace(" ", "T", 1) if len(text) > 10 and text[10] == " " else text
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    if not _ISO_DAY.match(candidate):
        return None  # fromisoformat also takes 20261003, which no spreadsheet means
    try:
        if len(candidate) == 10:
            day = date.fromisoformat(candidate)
            return datetime.combine(day, time(23, 59, 59) if end_of_day else time(0, 0))
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def normalise_when(value, locale: str = "") -> str:
    return iso(parse_when(value, locale=locale))


def epoch(value: str) -> int:
    return int(parse_when(value).timestamp())
