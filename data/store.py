"""The one facade over a Goodwill database: everything else calls Store and gets dataclasses."""
from __future__ import annotations

import re
import sqlite3
import threading
from array import array
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache, partial
from pathlib import Path


from data import db as dbmod
from data.errors import Conflict, Invalid, Message, NotFound, WriteFailed, message_of
from data import due, engine, pg
from data.attachments import AttachmentOps
from data.authority import AuthorityOps
from data.backup import BackupOps
from data.checklists import ChecklistOps
from data.letters import LetterOps
from data.model import (
    CAUSE_FINDINGS, CHANNELS, KINDS, PAPERS, REMEDIES, SEVERITIES, STATUSES, Case, CaseCounts, CaseFilter,
    CaseRow, Customer, CustomerSummary, HistoryEntry, LIVE, Profile, TRASHED, ValidationError,
    clean_text,
    enum_value, epoch, from_cents, iso, money_text, normalise_when, now, parse_money,
    parse_returned, parse_satisfaction, parse_when, phone_digits, to_cents, MAX_LINE,
)
from data.l10n import DEFAULT_LOCALE, clean_locale, system_locale
from data.migrations import seed_region
from data.merge import MergeOps
from data.privacy import PrivacyOps
from data.reminders import ReminderOps
from data.staff import StaffOps
from data.transfer import TransferOps
from data.undo import UndoOps


class _Stale(Exception):
    """The row changed between reading it and taking the write lock (rolled back)."""


def _write_error(exc: Exception, conn=None) -> WriteFailed:
    """What the owner is told when a write failed (after its rollback); `conn` is the
    server connection on a shared log."""
    if getattr(conn, "engine", "") == "postgresql":
        return WriteFailed(f"The change was not saved. {conn.explain_write_failure(exc)}")
    text = str(exc)
    if "full" in text:
        msg = "The disk is full: the change was not saved. Free some space and try again."
    elif "readonly" in text or "read-only" in text:
        msg = "The database file is read-only: the change was not saved."
    elif "locked" in text or "busy" in text:
        msg = ("Another program kept the database file busy for several seconds (another "
               "Goodwill window or command, or a sync or backup tool): the change was not "
               "saved. Try again when it is done.")
    else:
        msg = f"The change was not saved: {text}."
    return WriteFailed(msg)


# Columns of a case that an owner edits, with how each is checked. Used by the form, the
# command line and CSV import alike, so every path accepts and refuses the same values.
SINGLE_LINE = ("category", "staff", "summary", "approved_by")
MULTI_LINE = ("details", "root_cause", "lesson", "close_reason", "customer_description")
WHEN = ("occurred_at", "acknowledged_at", "resolved_at", "approved_at")
EDITABLE = (
    "occurred_at", "kind", "channel", "category", "severity", "summary", "details", "staff",
    "status", "acknowledged_at", "resolved_at", "remedy", "remedy_cost", "satisfaction",
    "customer_returned", "root_cause", "lesson", "approved_by", "approved_at", "close_reason",
    "customer_id", "cause_finding", "customer_description",
)
SORTABLE = {
    "ref": "cases.ref", "occurred_at": "cases.occurred_ts", "customer": "cases.customer_name",
    "kind": "cases.kind", "category": "cases.category", "status": "cases.status",
    "staff": "cases.staff", "age": "cases.occurred_ts",
    "severity": "CASE cases.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 "
                "WHEN 'medium' THEN 2 ELSE 1 END",
}
REF_PATTERN = re.compile(r"^GW-(\d{4})-(\d{5,})$")

_CASE_COLUMNS = (
    "id, ref, occurred_at, customer_id, kind, channel, category, severity, summary, details, "
    "staff, status, acknowledged_at, resolved_at, ack_due_at, resolve_due_at, remedy, "
    "remedy_cost_cents, satisfaction, customer_returned, root_cause, lesson, needs_approval, "
    "approved_by, approved_at, close_reason, created_at, updated_at, version, cause_finding, "
    "customer_description"
)
_CUSTOMER_COLUMNS = ("id, name, email, phone, address, notes, flag, created_at, erased_at, "
                     "language")

# What one line of the case list shows (data.model.CaseRow), overdue flag and checklist
# progress included.
ID_PAGE = 100_000  # ids read in one step when the full list comes a page at a time
_SEARCH_CLAUSE = "cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :q)"
# From this many matches a search's first screen walks the date index instead of sorting
# the matches (at a million cases that is one case in 100, so a screenful turns up within
# about 20,000 index entries); fewer matches sort faster than a walk past most cases.
SEARCH_WALK_HITS = 10_000
# A search's first screen newest first is looked for among this many newest cases first,
# with the full-text match limited to their id range (most of a million ids need not be
# read); only when fewer than a screenful match there does it search everything.
SEARCH_WINDOW = 20_000

@lru_cache(maxsize=None)
def _row_columns(eng) -> str:
    return (
        "cases.id, ref, occurred_at, customer_name, kind, category, severity, status, staff, "
        f"summary, {due.overdue_sql(eng)}, "
        "(SELECT count(*) FROM case_checklist_steps st JOIN case_checklists cl "
        " ON cl.id = st.checklist_id WHERE cl.case_id = cases.id AND st.done_at IS NOT NULL), "
        "(SELECT count(*) FROM case_checklist_steps st JOIN case_checklists cl "
        " ON cl.id = st.checklist_id WHERE cl.case_id = cases.id)"
    )


# One line of a case's history (case_id, at, field, old, new, by).
_HISTORY_INSERT = ("INSERT INTO case_history (case_id, at, field, old, new, by) "
                   "VALUES (?, ?, ?, ?, ?, ?)")

# A list row straight from its 13-column tuple: a third cheaper than CaseRow._make, which
# checks the length each time (a first screen builds 200 of them).
_case_row = partial(tuple.__new__, CaseRow)


def fts_query(text: str) -> str:
    """User words to an FTS5 query: every word must appear, the last one as a prefix."""
    # Imported here, not at the top: sqlite-utils (and what it pulls in) would slow
    # every start of the window, and only a search needs it.
    import sqlite_utils

    if not any(ch.isalnum() for ch in text):
        return ""  # punctuation only: no word to find (as on PostgreSQL, pg.search_query)
    quoted = sqlite_utils.Database(memory=True).quote_fts(text.strip())
    if not quoted:
        return ""
    return quoted + "*" if quoted.endswith('"') else quoted


class Store(ChecklistOps, LetterOps, BackupOps, PrivacyOps, AttachmentOps, ReminderOps,
            MergeOps, TransferOps, UndoOps, StaffOps, AuthorityOps):
    """A Goodwill database. Open one per thread; writes happen on the owner's (GUI) thread."""

    def __init__(self, path: Path | str, *, quick_check: bool = True, readonly: bool = False):
        # A postgresql:// URL opens the shared log (data/pg.py); anything else is a file.
        self.url = str(path).strip() if pg.is_url(path) else None
        self.readonly = readonly
        self._seen_version = None
        self._refs: dict[int, int] = {}  # reference counters of the open transaction
        # close() and interrupt() take turns: a server connection closed here may serve
        # another Store next (the reader pool), which a late interrupt must not reach.
        self._lease = threading.Lock()
        self._closed = False
        self.changes = 0  # writes since open: the UI backs up on quit when non-zero
        if self.url:
            # Where this desk keeps its own backups (.db snapshots) of the shared log.
            self.path = pg.backup_home(self.url)
            self.conn = pg.open_database(self.url, readonly=readonly)
            # changed_elsewhere() counts from the moment the log was opened: a desk's save
            # in the first second of another's window is not lost to a later first look.
            self._seen_version = self._data_version()
            if not readonly:
                self._seed_new_log()
            return
        self.path = Path(path)
        if readonly:
            self.conn = dbmod.connect(self.path, readonly=True)
        else:
            self.conn = dbmod.open_database(self.path, quick_check=quick_check,
                                            before_migration=self._backup_before_migration)

    # ---- lifecycle ---------------------------------------------------------------------
    def reader(self) -> "Store":
        """A read-only Store on the same file (or server), for a worker thread."""
        return Store(self.target, readonly=True)

    @property
    def target(self):
        """What Store() opens again for another connection: the file's path, or the URL."""
        return self.url or self.path

    @property
    def eng(self) -> engine.SqliteEngine | engine.PgEngine:
        """What differs between the engines, for this Store's SQL (data/engine.py)."""
        return engine.of(self.conn)

    @property
    def shared(self) -> bool:
        """True on the PostgreSQL log that several desks share."""
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the log is, for the title bar and messages (no password)."""
        return pg.redact(self.url) if self.url else str(self.path)

    # How long-running reads are given up (a superseded search, a closed window).
    PROGRESS_STEPS = 20_000  # SQLite instructions between two looks at `cancelled` (< 1 ms)

    def stop_when(self, cancelled) -> None:
        """Reads on this (worker's) connection stop soon after `cancelled()` turns true."""
        if not self.url:
            self.conn.set_progress_handler(cancelled, self.PROGRESS_STEPS)

    def interrupt(self) -> None:
        """From another thread: stop the statement running now (the server is asked to).
        Nothing once this Store is closed: its connection may be another reader's by then
        (a job cancelled just after it finished stopped the next job's query)."""
        if self.url:
            with self._lease:
                if not self._closed:
                    self.conn.cancel()

    def _seed_new_log(self) -> None:
        """A newly created PostgreSQL log starts from this computer's locale, as a new file
        does: its language and formats, currency and paper (migrations.seed_region)."""
        if self._one("SELECT locale FROM profile WHERE id = 1")[0] == "":
            with self.transaction() as conn:
                if conn.execute("SELECT locale FROM profile WHERE id = 1").fetchone()[0] == "":
                    seed_region(conn, system_locale())
            self.changes = 0

    def _data_version(self):
        """A value that changes when another connection commits (SQLite's data_version; on
        PostgreSQL the count of other desks' notifications)."""
        return self.eng.data_version(self.conn)

    def changed_elsewhere(self) -> bool:
        """True once after another program or desk saved a change (cheap: for a timer)."""
        version = self._data_version()
        seen, self._seen_version = self._seen_version, version
        return seen is not None and seen != version

    def close(self) -> None:
        with self._lease:
            self._closed = True
            self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, lock_late: bool = False):
        """One user action, one transaction: all of it is saved, or none of it. With
        `lock_late` (a long import) a shared log's write lock is only taken by
        take_write_lock, for the short last step: other desks save in the meantime. A
        file is locked from the start either way (SQLite has one writer at a time)."""
        failures = self._write_failures()
        try:
            self.conn.execute("BEGIN DEFERRED" if lock_late and self.url else "BEGIN IMMEDIATE")
        except failures as exc:
            self._rollback()
            raise _write_error(exc, self.conn) from exc
        self._refs = {}
        try:
            yield self.conn
            self._save_refs(self.conn)
            self.conn.execute("COMMIT")
        except failures as exc:
            self._rollback()
            raise _write_error(exc, self.conn) from exc
        except BaseException:
            self._rollback()
            raise
        self.changes += 1

    def _write_failures(self) -> tuple[type[Exception], ...]:
        """The errors that mean "not saved, try again": the disk, the lock, the network."""
        if self.url:
            import psycopg

            return (psycopg.OperationalError, pg.ServerProblem)
        return (sqlite3.OperationalError,)

    def _rollback(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - a lost server has rolled back on its own
            if not self.url:
                raise

    def _one(self, sql: str, params=()):
        return self.conn.execute(sql, params).fetchone()

    # ---- profile -----------------------------------------------------------------------
    def profile(self) -> Profile:
        row = self._one(
            "SELECT name, address, phone, email, owner, title, currency, paper, ack_hours, "
            "resolve_days, refund_limit_cents, logo IS NOT NULL, locale FROM profile WHERE id = 1")
        return Profile(*row[:10], refund_limit=None if row[10] is None else from_cents(row[10]),
                       has_logo=bool(row[11]), locale=row[12] or DEFAULT_LOCALE)

    def update_profile(self, **changes) -> Profile:
        values, problems = {}, {}
        for key, raw in changes.items():
            try:
                if key in ("name", "phone", "email", "owner", "title"):
                    values[key] = clean_text(raw, single_line=True, limit=MAX_LINE)
                elif key == "address":
                    values[key] = clean_text(raw, limit=2000)
                elif key == "currency":
                    code = str(raw or "").strip().upper()
                    if not re.fullmatch(r"[A-Z]{3}", code):
                        raise Invalid(f"'{raw}' is not a 3-letter currency code such as EUR, GBP, USD")
                    values[key] = code
                elif key == "paper":
                    values[key] = enum_value(raw, PAPERS, "paper size")
                elif key == "locale":
                    values[key] = clean_locale(raw)
                elif key in ("ack_hours", "resolve_days"):
                    top = 24 * 365 if key == "ack_hours" else 3650
                    try:
                        number = int(str(raw).strip())
                    except ValueError:
                        raise Invalid(f"'{raw}' is not a whole number") from None
                    if not 1 <= number <= top:
                        raise Invalid(f"{number} is out of range 1-{top}")
                    values[key] = number
                elif key == "refund_limit":
                    text = "" if raw is None else str(raw).strip()
                    locale = values.get("locale") or self.profile().locale
                    values["refund_limit_cents"] = (
                        None if text.lower() in ("", "none") else to_cents(parse_money(text, locale)))
                else:
                    raise Invalid("is not a profile field")
            except ValueError as exc:
                problems[key] = str(exc)
        if problems:
            raise ValidationError(problems)
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            with self.transaction() as conn:
                conn.execute(f"UPDATE profile SET {sets}, updated_at = :at WHERE id = 1",
                             {**values, "at": iso(now())})
        return self.profile()

    def profile_is_set(self) -> bool:
        return bool(self._one("SELECT updated_at IS NOT NULL FROM profile")[0])

    def set_logo(self, image: bytes | None) -> None:
        if image is not None and len(image) > 2_000_000:
            raise ValidationError({"logo": "is larger than 2 MB; please use a smaller image"})
        with self.transaction() as conn:
            conn.execute("UPDATE profile SET logo = ?, updated_at = ? WHERE id = 1",
                         (image, iso(now())))

    def logo(self) -> bytes | None:
        return self._one("SELECT logo FROM profile WHERE id = 1")[0]

    # ---- customers ---------------------------------------------------------------------
    @staticmethod
    def _customer(row) -> Customer:
        return Customer(id=row[0], name=row[1], email=row[2], phone=row[3], address=row[4],
                        notes=row[5], flag=row[6], created_at=row[7], erased=row[8] is not None,
                        language=row[9])

    @staticmethod
    def clean_customer(fields: dict, *, partial: bool = False) -> dict:
        values, problems = {}, {}
        for key in ("name", "email", "phone", "address", "notes", "flag"):
            if key not in fields:
                continue
            try:
                single = key in ("name", "email", "phone", "flag")
                values[key] = clean_text(fields[key], single_line=single,
                                         limit=MAX_LINE if single else 20_000)
            except ValueError as exc:
                problems[key] = str(exc)
        if not partial and not values.get("name") and "name" not in problems:
            problems["name"] = "is required"
        if partial and "name" in values and not values["name"]:
            problems["name"] = "cannot be empty"
        if fields.get("language") not in (None, ""):
            try:
                values["language"] = clean_locale(fields["language"])
            except ValueError as exc:
                problems["language"] = str(exc)
        elif "language" in fields:
            values["language"] = ""
        if values.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+", values["email"]):
            problems["email"] = f"'{values['email']}' does not look like an e-mail address"
        if problems:
            raise ValidationError(problems)
        if "phone" in values:
            values["phone_digits"] = phone_digits(values["phone"])
        return values

    def add_customer(self, **fields) -> Customer:
        values = self.clean_customer(fields)
        with self.transaction() as conn:
            customer_id = self.insert_customer(conn, values)
        return self.customer(customer_id)

    @staticmethod
    def insert_customer(conn, values: dict) -> int:
        row = {"name": "", "email": "", "phone": "", "phone_digits": "", "address": "",
               "notes": "", "flag": "", "language": "", **values,
               "created_at": values.get("created_at") or iso(now())}
        return engine.insert_id(
            conn, "INSERT INTO customers (name, email, phone, phone_digits, address, notes, "
            "flag, language, created_at) VALUES (:name, :email, :phone, :phone_digits, "
            ":address, :notes, :flag, :language, :created_at)", row)

    def update_customer(self, customer_id: int, **fields) -> Customer:
        self.customer(customer_id)
        values = self.clean_customer(fields, partial=True)
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            with self.transaction() as conn:
                conn.execute(f"UPDATE customers SET {sets} WHERE id = :id",
                             {**values, "id": customer_id})
        return self.customer(customer_id)

    def customer(self, customer_id: int) -> Customer:
        row = self._one(f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE id = ?", (customer_id,))
        if row is None:
            raise NotFound(f"no customer with id {customer_id}")
        return self._customer(row)

    def find_customers(self, text: str = "", limit: int = 50) -> list[Customer]:
        """Customers whose name, e-mail or phone contains the text; most recent first."""
        text = text.strip()
        if not text:
            rows = self.conn.execute(
                f"SELECT {_CUSTOMER_COLUMNS} FROM customers ORDER BY id DESC LIMIT ?", (limit,))
        else:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            digits, like = phone_digits(text), self.eng.like
            rows = self.conn.execute(
                f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE {like('name', ':l')} "
                f"OR {like('email', ':l')} OR (:d <> '' AND {like('phone_digits', ':dl')}) "
                f"ORDER BY {like('name', ':p')} DESC, name COLLATE NOCASE LIMIT :n",
                {"l": pattern, "d": digits, "dl": f"%{digits}%", "p": pattern[1:], "n": limit})
        return [self._customer(r) for r in rows]

    def match_customer(self, name: str, email: str = "", phone: str = "",
                       before_id: int | None = None) -> Customer | None:
        """The import rule: same e-mail (any case); else same phone digits; else, with
        neither given, the exact same name. `before_id` limits it to older customers."""
        email, digits = (email or "").strip(), phone_digits(phone)
        older = "" if before_id is None else f" AND id < {int(before_id)}"
        row = None
        if email:
            row = self._one(f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE lower(email) = "
                            f"lower(?) AND email <> ''{older} ORDER BY id LIMIT 1", (email,))
        if row is None and digits:
            row = self._one(f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE phone_digits = ? "
                            f"AND phone_digits <> ''{older} ORDER BY id LIMIT 1", (digits,))
        if row is None and not email and not digits:
            # The NOCASE term lets the name index narrow the search; the exact test decides.
            row = self._one(f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE name = :n "
                            f"COLLATE NOCASE AND name = :n{older} ORDER BY id LIMIT 1",
                            {"n": name.strip()})
        return None if row is None else self._customer(row)

    def customer_summary(self, customer_id: int) -> CustomerSummary:
        customer = self.customer(customer_id)
        row = self._one(
            "SELECT count(*), count(CASE WHEN kind = 'complaint' THEN 1 END), "
            "coalesce(sum(CASE WHEN remedy <> 'none' THEN remedy_cost_cents END), 0), "
            f"max(occurred_ts) FROM cases WHERE customer_id = ? AND {LIVE}", (customer_id,))
        last = self._one(f"SELECT occurred_at FROM cases WHERE customer_id = ? AND {LIVE} "
                         "ORDER BY occurred_ts DESC LIMIT 1", (customer_id,))
        return CustomerSummary(customer, row[0], row[1], from_cents(row[2]),
                               last[0] if last else None)

    # ---- cases: validation ---------------------------------------------------------------
    def clean_case(self, fields: dict, *, existing: Case | None = None,
                   profile: Profile | None = None, partial: bool = False) -> dict:
        """Check and normalise case fields; returns database column values.

        Raises ValidationError naming every wrong field. `existing` is the case being
        edited (its values fill in what `fields` leaves out for cross-field checks);
        `partial` checks the given fields alone, as the import preview shows them.
        """
        values, problems = {}, {}
        profile = profile or self.profile()
        locale = profile.locale
        for key, raw in fields.items():
            try:
                if key in SINGLE_LINE:
                    values[key] = clean_text(raw, single_line=True, limit=MAX_LINE if key != "summary" else 1000)
                elif key in MULTI_LINE:
                    values[key] = clean_text(raw)
                elif key in WHEN:
                    blank = raw is None or str(raw).strip() == ""
                    if blank and key == "occurred_at":
                        raise Invalid(Message("is required"))
                    values[key] = None if blank else normalise_when(raw, locale)
                elif key == "kind":
                    values[key] = enum_value(raw, KINDS, "kind")
                elif key == "channel":
                    values[key] = enum_value(raw or "in_person", CHANNELS, "channel")
                elif key == "severity":
                    values[key] = enum_value(raw or "medium", SEVERITIES, "severity")
                elif key == "status":
                    values[key] = enum_value(raw, STATUSES, "status")
                elif key == "remedy":
                    values[key] = enum_value(raw or "none", REMEDIES, "remedy")
                elif key == "remedy_cost":
                    values["remedy_cost_cents"] = to_cents(parse_money(raw, locale, profile.currency))
                elif key == "satisfaction":
                    values[key] = parse_satisfaction(raw)
                elif key == "customer_returned":
                    values[key] = parse_returned(raw)
                elif key == "customer_id":
                    values[key] = int(raw)
                elif key == "cause_finding":
                    values[key] = enum_value(raw, CAUSE_FINDINGS, "cause finding") \
                        if str(raw or "").strip() else ""
                else:
                    raise Invalid("is not a case field")
            except ValueError as exc:
                problems[key] = message_of(exc)
        if "summary" in values and not values["summary"]:
            problems["summary"] = Message("is required")
        if existing is None and not partial:
            for required in ("kind", "summary", "occurred_at"):
                if required not in fields and required not in problems:
                    problems[required] = Message("is required")
        if not problems:
            self._check_order(values, existing, problems)
        if problems:
            raise ValidationError(problems)
        return values

    @staticmethod
    def _check_order(values: dict, existing: Case | None, problems: dict) -> None:
        def pick(key):
            if key in values:
                return values[key]
            return getattr(existing, key) if existing is not None else None

        occurred = pick("occurred_at")
        if not occurred:
            return
        start = parse_when(occurred)
        for key, template in (
                ("acknowledged_at", "acknowledged ({stamp}) before it occurred ({occurred})"),
                ("resolved_at", "resolved ({stamp}) before it occurred ({occurred})")):
            stamp = pick(key)
            if stamp and parse_when(stamp) < start:
                problems[key] = Message(template, stamp=stamp, occurred=occurred)

    # ---- cases: writing -------------------------------------------------------------------
    # Reference numbers: read once per year and transaction, counted here, and written back
    # once just before the commit (transaction()). The write lock is held throughout, so no
    # other desk can take a number in between; writing the counter for every case made a
    # PostgreSQL import walk an ever longer chain of versions of that one row, each case
    # slower than the one before.
    def _ref_last(self, conn, year: int) -> int:
        if year not in self._refs:
            row = conn.execute("SELECT last FROM ref_counters WHERE year = ?", (year,)).fetchone()
            self._refs[year] = row[0] if row else 0
        return self._refs[year]

    def next_ref(self, conn, year: int) -> str:
        number = self._ref_last(conn, year) + 1
        self._refs[year] = number
        return f"GW-{year}-{number:05d}"

    def note_ref(self, conn, ref: str) -> None:
        """Keep the counter ahead of a GW-YYYY-NNNNN reference that came from outside."""
        match = REF_PATTERN.match(ref)
        if match:
            year = int(match[1])
            self._refs[year] = max(self._ref_last(conn, year), int(match[2]))

    def take_write_lock(self, conn) -> None:
        """In a transaction(lock_late=True): wait for this log's writer's turn (a file's
        transaction has it already), then bring the reference counters this transaction
        noted up to what other desks committed meanwhile."""
        if self.url:
            conn.take_write_lock()
        for year, last in list(self._refs.items()):
            row = conn.execute("SELECT last FROM ref_counters WHERE year = ?", (year,)).fetchone()
            self._refs[year] = max(last, row[0] if row else 0)

    def reserve_refs(self, conn, year: int, count: int) -> int:
        """After take_write_lock: the first of `count` reference numbers of `year` taken
        together (a shared-log import numbers its cases at its end)."""
        first = self._ref_last(conn, year) + 1
        self._refs[year] = first + count - 1
        return first

    def _save_refs(self, conn) -> None:
        if self._refs:
            conn.executemany(
                "INSERT INTO ref_counters (year, last) VALUES (?, ?) ON CONFLICT (year) "
                "DO UPDATE SET last = excluded.last", sorted(self._refs.items()))

    @staticmethod
    def clean_ref(raw) -> str:
        ref = clean_text(raw, single_line=True, limit=40)
        if ref and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/\-]*", ref):
            raise Invalid(f"'{ref}' is not a valid reference (letters, digits, - . _ /)")
        return ref

    @staticmethod
    def due_times(occurred_at, kind: str, profile: Profile) -> tuple[str | None, str | None]:
        if kind != "complaint":
            return None, None
        start = parse_when(occurred_at)
        return (iso(start + timedelta(hours=profile.ack_hours)),
                iso(start + timedelta(days=profile.resolve_days)))

    def insert_case(self, conn, values: dict, customer_id: int, profile: Profile,
                    ref: str = "", by: str = "", history: list | None = None) -> int:
        """Insert validated values (from clean_case) inside an open transaction. With
        `history`, the case's first history line is added to that list for the caller to
        write with write_history (an import writes them by the thousand)."""
        stamp = iso(now())
        row = {
            "channel": "in_person", "category": "", "severity": "medium", "details": "",
            "staff": "", "acknowledged_at": None, "resolved_at": None, "remedy": "none",
            "remedy_cost_cents": 0, "satisfaction": None, "customer_returned": "unknown",
            "root_cause": "", "lesson": "", "approved_by": "", "approved_at": None,
            "close_reason": "", **values,
        }
        row.setdefault("status", "resolved" if row["resolved_at"] else "open")
        start = parse_when(row["occurred_at"])  # once: parsing was a tenth of an import
        row["ack_due_at"], row["resolve_due_at"] = self.due_times(start, row["kind"], profile)
        row["needs_approval"] = int(self._over_limit(row["remedy_cost_cents"], profile))
        row["customer_id"] = customer_id
        row["occurred_ts"] = int(start.timestamp())
        if ref:
            self.note_ref(conn, ref)
        else:
            ref = self.next_ref(conn, start.year)
        row.update(ref=ref, created_at=stamp, updated_at=stamp)
        cols = [c for c in row]
        case_id = self.eng.insert_id(
            conn, f"INSERT INTO cases ({', '.join(cols)}, customer_name) VALUES "
            f"({', '.join(':' + c for c in cols)}, (SELECT name FROM customers WHERE id = "
            ":customer_id))", row)
        created = (case_id, stamp, "created", None, ref, by)
        if history is None:
            conn.execute(_HISTORY_INSERT, created)
        else:
            history.append(created)
        return case_id

    @staticmethod
    def write_history(conn, lines: list | None) -> None:
        """Write history lines gathered by insert_case in one statement, and empty the list
        (on PostgreSQL one round trip for all of them instead of one each)."""
        if lines:
            conn.executemany(_HISTORY_INSERT, lines)
            lines.clear()

    @staticmethod
    def _over_limit(cents: int, profile: Profile) -> bool:
        return profile.refund_limit is not None and cents > to_cents(profile.refund_limit)

    def add_case(self, *, customer_id: int | None = None, customer: dict | None = None,
                 ref: str = "", by: str = "", **fields) -> Case:
        """Log a case for an existing customer (customer_id) or a new/matched one (customer)."""
        problems = {}
        fields.setdefault("occurred_at", iso(now()))
        try:
            values = self.clean_case(fields)
        except ValidationError as exc:
            problems.update(exc.problems)
            values = {}
        cust_values = None
        if customer_id is None:
            try:
                cust_values = self.clean_customer(customer or {})
            except ValidationError as exc:
                problems.update({f"customer_{k}": v for k, v in exc.problems.items()})
        if ref:
            try:
                ref = self.clean_ref(ref)
                if self._one("SELECT 1 FROM cases WHERE ref = ?", (ref,)):
                    problems["ref"] = f"{ref} is already used by another case"
            except ValueError as exc:
                problems["ref"] = str(exc)
        if problems:
            raise ValidationError(problems)
        profile = self.profile()
        with self.transaction() as conn:
            if customer_id is None:
                match = self.match_customer(cust_values["name"], cust_values.get("email", ""),
                                            cust_values.get("phone", ""))
                customer_id = match.id if match else self.insert_customer(conn, cust_values)
            elif conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone() is None:
                raise NotFound(f"no customer with id {customer_id}")
            case_id = self.insert_case(conn, values, customer_id, profile, ref=ref, by=by)
        return self.case_by_id(case_id)

    def update_case(self, ref: str, changes: dict, *, by: str = "",
                    expected_version: int | None = None, event: tuple | None = None) -> Case:
        """Apply edits to one case; every changed field is written to its history.

        `expected_version` is the case's version when the form opened it: if another desk
        saved since, Conflict is raised and nothing is written (the user chooses). `event`
        (field, old, new) is one more history line written with the changes (an undo)."""
        case = self.case(ref)
        if expected_version is not None and case.version != expected_version:
            theirs = {k for k, v in changes.items() if getattr(case, k, v) != v}
            raise Conflict(case, dict(changes), sorted(theirs))
        values = self.clean_case(changes, existing=case)
        stamp = iso(now())
        status = values.get("status")
        if status in ("resolved", "closed") and case.resolved_at is None and "resolved_at" not in values:
            values["resolved_at"] = stamp
        old = self._raw_case(case.id)
        if "remedy_cost_cents" in values:
            values["needs_approval"] = int(self._over_limit(values["remedy_cost_cents"], self.profile()))
        if "occurred_at" in values:
            values["occurred_ts"] = epoch(values["occurred_at"])
        if "occurred_at" in values or "kind" in values:
            values["ack_due_at"], values["resolve_due_at"] = self.due_times(
                values.get("occurred_at", case.occurred_at), values.get("kind", case.kind),
                self.profile())
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return case
        try:
            with self.transaction() as conn:
                # The rules are checked on the case and its steps as they are now, held
                # until this commits: a tick or untick elsewhere bumps the version.
                if self.hold_case(conn, case.id) != case.version:
                    raise _Stale
                self.closing_gate(case, values)
                if changed.get("approved_by"):
                    self.approval_from_form(conn, case, changed["approved_by"], stamp)
                self._write_changes(conn, case.id, old, changed, stamp, by)
                if event:
                    self.record_event(conn, case.id, *event, by)
        except _Stale:
            # Saved elsewhere between our read and our write lock: read again, decide again.
            return self.update_case(ref, changes, by=by, expected_version=expected_version,
                                    event=event)
        return self.case_by_id(case.id)

    def _write_changes(self, conn, case_id: int, old: dict, changed: dict, stamp: str, by: str):
        sets = ", ".join(f"{k} = :{k}" for k in changed)
        conn.execute(f"UPDATE cases SET {sets}, updated_at = :updated_at, version = version + 1 "
                     "WHERE id = :id",
                     {**changed, "updated_at": stamp, "id": case_id})
        hidden = {"occurred_ts", "ack_due_at", "resolve_due_at", "updated_at"}
        conn.executemany(
            _HISTORY_INSERT,
            [(case_id, stamp, *_history_pair(k, old.get(k), v), by)
             for k, v in changed.items() if k not in hidden])

    history_pair = staticmethod(lambda key, old, new: _history_pair(key, old, new))

    def hold_case(self, conn, case_id: int) -> int:
        """Inside a write transaction: the case's version as committed now, its row held
        until this transaction ends (SQLite's BEGIN IMMEDIATE already holds the file)."""
        row = conn.execute(f"SELECT version FROM cases WHERE id = ?{self.eng.for_update}",
                           (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"no case with id {case_id}")
        return row[0]

    @staticmethod
    def case_changed(conn, case_id: int) -> None:
        """A change to the case's checklist (or anything else kept beside the case) makes a
        new version of it: a form opened before it sees a conflict, not a silent overwrite."""
        conn.execute("UPDATE cases SET version = version + 1, updated_at = ? WHERE id = ?",
                     (iso(now()), case_id))

    def record_event(self, conn, case_id: int, field: str, old, new, by: str = "") -> None:
        """A history line for something that is not a column (a checklist tick, a letter)."""
        conn.execute(_HISTORY_INSERT, (case_id, iso(now()), field, old, new, by))

    def acknowledge(self, ref: str, at: str | None = None, by: str = "") -> Case:
        changes = {"acknowledged_at": at or iso(now())}
        if self.case(ref).status == "open":
            changes["status"] = "in_progress"
        return self.update_case(ref, changes, by=by)

    def resolve(self, ref: str, at: str | None = None, by: str = "",
                reason: str | None = None) -> Case:
        """Resolved now (or `at`); the closing gate refuses while required steps are open,
        unless `reason` says why it is resolved anyway."""
        changes = {"resolved_at": at or iso(now()), "status": "resolved"}
        if reason is not None:
            if not clean_text(reason).strip():
                raise Invalid("the reason is empty: why is the case resolved anyway?")
            changes["close_reason"] = reason
        return self.update_case(ref, changes, by=by)

    def reopen(self, ref: str, by: str = "") -> Case:
        """A resolved or closed case back at work: in progress once acknowledged, else open.
        Its resolved time and close reason are cleared (kept in the history), so it can be
        overdue again and the closing gate asks again."""
        case = self.case(ref)
        status = "in_progress" if case.acknowledged_at else "open"
        return self.update_case(ref, {"status": status, "resolved_at": "", "close_reason": ""},
                                by=by)

    def add_note(self, ref: str, text: str, by: str = "") -> Case:
        """A note in the case's history (who, when, what), beside its field changes."""
        case = self.case(ref)
        try:
            note = clean_text(text).strip()
        except Invalid as exc:
            raise Invalid(f"the note {exc}") from None
        if not note:
            raise Invalid("the note is empty")
        with self.transaction() as conn:
            self.hold_case(conn, case.id)
            self.record_event(conn, case.id, "note", None, note, self._who(by))
        return case

    # ---- cases: reading -------------------------------------------------------------------
    def _raw_case(self, case_id: int) -> dict:
        cur = self.conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone()))

    def _case(self, row) -> Case:
        (cid, ref, occurred_at, customer_id, kind, channel, category, severity, summary, details,
         staff, status, ack, res, ack_due, res_due, remedy, cents, satisfaction, returned,
         root_cause, lesson, needs_approval, approved_by, approved_at, close_reason, created_at,
         updated_at, version, cause_finding, customer_description) = row
        return Case(
            id=cid, ref=ref, occurred_at=occurred_at, customer=self.customer(customer_id),
            kind=kind, channel=channel, category=category, severity=severity, summary=summary,
            details=details, staff=staff, status=status, acknowledged_at=ack, resolved_at=res,
            ack_due_at=ack_due, resolve_due_at=res_due, remedy=remedy,
            remedy_cost=from_cents(cents), satisfaction=satisfaction, customer_returned=returned,
            root_cause=root_cause, lesson=lesson, needs_approval=bool(needs_approval),
            approved_by=approved_by, approved_at=approved_at, close_reason=close_reason,
            created_at=created_at, updated_at=updated_at, version=version,
            cause_finding=cause_finding, customer_description=customer_description)

    def case(self, ref: str, *, in_trash: bool = False) -> Case:
        """The case with this reference, as printed (GW-2026-00315), in any letter case, or
        by its number alone (315, 00315) when only one year has a case of that number.
        A deleted case is found only `in_trash` (and a live one only outside it)."""
        text = str(ref).strip()
        where = TRASHED if in_trash else LIVE
        row = self._one(f"SELECT {_CASE_COLUMNS} FROM cases WHERE ref = ? AND {where}", (text,))
        lookups = self._ref_lookups(text) if row is None else []
        if lookups:
            found = self.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE ref IN "
                                      f"({', '.join('?' * len(lookups))}) AND {where}",
                                      lookups).fetchall()
            if len(found) > 1:
                refs = " or ".join(sorted(r[1] for r in found))
                raise Invalid(f"{text} could be {refs}: give the whole reference")
            row = found[0] if found else None
        if row is None:
            if not in_trash and self._in_trash(text):
                raise NotFound(f"{ref} is in the Trash: restore it (undelete) to work on it")
            if in_trash:
                raise NotFound(f"{ref} is not in the Trash")
            raise NotFound(f"no case with reference {ref}")
        return self._case(row)

    def _in_trash(self, text: str) -> bool:
        try:
            self.case(text, in_trash=True)
        except (NotFound, Invalid):
            return False
        return True

    def _ref_lookups(self, text: str) -> list[str]:
        """The references a search or a lookup of `text` may mean besides the text itself:
        the same in capitals (gw-2026-00315), and for a number alone (315, 00315) that
        number in each year that has references."""
        text = text.strip()
        if not text or len(text) > 40 or not any(ch.isdigit() for ch in text) \
                or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/\-]*", text):
            return []
        out = [text] if text.upper() == text else [text, text.upper()]
        if text.isdigit() and len(text) <= 9:
            years = [y for (y,) in self.conn.execute(
                "SELECT year FROM ref_counters ORDER BY year").fetchall()]
            out += [f"GW-{year}-{int(text):05d}" for year in years]
        return list(dict.fromkeys(out))

    def case_by_id(self, case_id: int) -> Case:
        row = self._one(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ? AND {LIVE}", (case_id,))
        if row is None:
            raise NotFound(f"no case with id {case_id}")
        return self._case(row)

    def history(self, case_id: int) -> list[HistoryEntry]:
        return [HistoryEntry(*r) for r in self.conn.execute(
            "SELECT at, field, old, new, by FROM case_history WHERE case_id = ? ORDER BY id",
            (case_id,))]

    def is_overdue(self, case_id: int) -> bool:
        return bool(self._one(f"SELECT {due.overdue_sql(self.eng)} FROM cases WHERE id = :id",
                              {"id": case_id, "now": iso(now())})[0])

    def _search(self, text: str) -> tuple[str, str]:
        """(WHERE clause, its :q) for the user's words: FTS5 in a file, tsvector on PostgreSQL."""
        if self.url:
            return pg.SEARCH_CLAUSE, pg.search_query(text)
        return _SEARCH_CLAUSE, fts_query(text)

    def _where(self, flt: CaseFilter) -> tuple[str, dict]:
        clauses, params = [LIVE], {"now": iso(now())}
        if flt.search.strip():
            clause, query = self._search(flt.search)
            found = []
            if query:
                found.append(clause)
                params["q"] = query
            refs = self._ref_lookups(flt.search)
            if refs:  # a reference or its number finds its case, whatever the words say
                names = [f"ref{i}" for i in range(len(refs))]
                params.update(zip(names, refs))
                found.append(f"cases.ref IN ({', '.join(':' + n for n in names)})")
            # Only punctuation: no word to find, so nothing matches (both engines).
            clauses.append(f"({' OR '.join(found)})" if found else "1 = 0")
        for key in ("kind", "status", "category", "staff"):
            value = getattr(flt, key)
            if value:
                clauses.append(f"cases.{key} = :{key}")
                params[key] = value
        if flt.customer_id is not None:
            clauses.append("cases.customer_id = :customer_id")
            params["customer_id"] = flt.customer_id
        if flt.date_from:
            clauses.append("cases.occurred_ts >= :from_ts")
            params["from_ts"] = int(parse_when(flt.date_from).timestamp())
        if flt.date_to:
            clauses.append("cases.occurred_ts <= :to_ts")
            params["to_ts"] = int(parse_when(flt.date_to, end_of_day=True).timestamp())
        if flt.overdue:
            clauses.append(due.overdue_sql(self.eng))
        if flt.assigned_to:
            clauses.append("cases.assigned_to = :assigned_to")
            params["assigned_to"] = flt.assigned_to
        if flt.awaiting_approval:
            clauses.append("cases.id IN (SELECT case_id FROM remedies "
                           "WHERE status = 'awaiting_approval')")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def case_ids(self, flt: CaseFilter = CaseFilter(), sort: str = "occurred_at",
                 descending: bool = True, limit: int | None = None, offset: int = 0) -> array:
        """Ids of matching cases in display order, as a compact array (4 or 8 bytes a case)."""
        sql, params, order = self._id_query(flt, sort, descending,
                                            first_screen=limit is not None and limit <= 1000)
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params.update(limit=limit, offset=offset)
            return array("q", (r[0] for r in self.conn.execute(sql, params)))
        # The whole list is built by SQLite in a few steps that run with the GIL released: a
        # worker loading a million ids this way does not stall the window's thread, which
        # needs the GIL back after each of its own queries (row-by-row fetching held it).
        # The ORDER BY subquery of an aggregate is never flattened, so the order is kept.
        largest = self._one("SELECT max(id) FROM cases")[0] or 0
        ids = array("i" if largest < 2 ** (8 * array("i").itemsize - 1) else "q")
        # Other orders, and searches (whose FTS match would run again for every page), take
        # one statement.
        if not order.startswith("cases.occurred_ts ") or flt.search.strip():
            _extend_ids(ids, self._one(f"SELECT {self._ids_text} FROM ({sql}) AS page",
                                       params)[0])
            return ids
        # In date order (the window's usual list) the ids come a page at a time, each page
        # starting after the last one's final (date, id): only one page of text is held at
        # once (all the ids' rows at once peaked well above the finished list's memory).
        after = f"(cases.occurred_ts, cases.id) {'<' if order.endswith('DESC') else '>'} (:ts, :id)"
        # Ids are distinct positive integers up to `largest`: no list has more pages.
        for _page in range(largest // ID_PAGE + 1):
            packed = self._one(f"SELECT {self._ids_text} FROM ({sql} LIMIT {ID_PAGE}) AS page",
                               params)[0]
            if _extend_ids(ids, packed) < ID_PAGE:
                return ids
            # The same `now` for every page: the overdue test gives one answer per case.
            sql, params = self._id_query(flt, sort, descending, after)[0], {**params}
            params.update(id=ids[-1], ts=self._one("SELECT occurred_ts FROM cases WHERE id = ?",
                                                   (ids[-1],))[0])
        raise RuntimeError("the case list did not come to an end (pages out of order)")

    @property
    def _ids_text(self) -> str:
        """The aggregate that returns a list's ids as b'3,1,2' (in the subquery's order)."""
        return self.eng.id_list("id")

    def _id_query(self, flt: CaseFilter, sort: str, descending: bool,
                  after: str = "", first_screen: bool = False) -> tuple[str, dict, str]:
        """SELECT of the matching ids in display order, its parameters, and the ORDER BY;
        `after` is one more condition (where a page of the list starts); `first_screen`
        when only the first few ids will be read (a LIMIT)."""
        where, params = self._where(flt)
        if first_screen and "q" in params and not self.url \
                and SORTABLE.get(sort) == "cases.occurred_ts" and self._common_search(params["q"]):
            # A word in many cases: walk the date index newest first and stop at the
            # screenful, testing each case against the match list (the unary + keeps SQLite
            # from driving the loop by the matches, which fetched and sorted every one,
            # where this walk stops as soon as the screen is full).
            where = where.replace(_SEARCH_CLAUSE, "+" + _SEARCH_CLAUSE)
        if after:
            where = f"{where} AND {after}" if where else f" WHERE {after}"
        order = SORTABLE.get(sort, SORTABLE["occurred_at"])
        direction = "DESC" if descending else "ASC"
        if sort == "age":
            direction = "ASC" if descending else "DESC"
        order = f"{order} {direction}, cases.id {direction}"
        return f"SELECT cases.id FROM cases{where} ORDER BY {order}", params, order

    def _common_search(self, query: str) -> bool:
        """True when at least SEARCH_WALK_HITS cases match (counted no further)."""
        return self._one("SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts "
                         "MATCH ? LIMIT ?)", (query, SEARCH_WALK_HITS))[0] >= SEARCH_WALK_HITS

    def first_rows(self, flt: CaseFilter = CaseFilter(), sort: str = "occurred_at",
                   descending: bool = True, limit: int = 200) -> list[CaseRow]:
        """The first `limit` list rows in display order, in one statement: a first screen
        without first fetching its ids (what case_ids + case_rows give in two)."""
        # Written into the statement, not bound: PostgreSQL plans a bound LIMIT slower,
        # as a generic plan that cannot count on a small screenful.
        limit = int(limit)
        if sort == "occurred_at" and descending and flt.search.strip() and not self.url:
            # (FTS5's seek to an id range; on PostgreSQL the GIN match and the date index
            # find a screenful directly, and the window's set-up query walks the primary key.)
            found = self._recent_matches(flt, limit)
            if found is not None:
                return found
        sql, params, order = self._id_query(flt, sort, descending, first_screen=True)
        if self.url:
            # PostgreSQL computes the costly columns (overdue, checklist counts) after its
            # top-N sort, for the rows it returns only, so one flat statement is faster
            # there than finding the ids first and reading their rows after.
            where, params = self._where(flt)
            statement = (f"SELECT {_row_columns(self.eng)} FROM cases{where} ORDER BY {order} "
                         f"LIMIT {limit}")
        elif flt == CaseFilter() and SORTABLE.get(sort) == "cases.occurred_ts":
            # The window's opening screen: SQLite walks the date index and stops after
            # `limit` rows, computing the overdue flag for those only.
            statement = (f"SELECT {_row_columns(self.eng)} FROM cases WHERE {LIVE} "
                         f"ORDER BY {order} LIMIT {limit}")
        else:
            # Filtered or sorted otherwise, a flat LIMIT would compute the flag for every
            # match before sorting: the ids are limited first.
            statement = (f"SELECT {_row_columns(self.eng)} FROM cases WHERE cases.id IN "
                         f"({sql} LIMIT {limit}) ORDER BY {order}")
        # fetchall steps through the rows in C: iterating the cursor from Python cost a
        # tenth of a first screen.
        return list(map(_case_row, self.conn.execute(statement, params).fetchall()))

    def _recent_matches(self, flt: CaseFilter, limit: int) -> list[CaseRow] | None:
        """A search's first `limit` rows newest first, looked for among the SEARCH_WINDOW
        newest cases only: the full-text match is limited to their id range (FTS5 seeks
        to it) and the date walk stops at the window's end. None when fewer than `limit`
        match there (the caller then searches everything). A common prefix in a large
        log would otherwise put every match in a temporary index."""
        where, params = self._where(flt)
        if "q" not in params:
            return None
        order = "cases.occurred_ts DESC, cases.id DESC"
        # The window: every case at least as new as the SEARCH_WINDOW-th newest (all of
        # them in a smaller file), and the range its ids lie in.
        edge = self._one(f"SELECT occurred_ts FROM cases ORDER BY {order} LIMIT 1 OFFSET ?",
                         (SEARCH_WINDOW - 1,))
        everything = edge is None
        since = -2 ** 62 if everything else edge[0]
        lo, hi = self._one("SELECT min(id), max(id) FROM cases WHERE occurred_ts >= ?", (since,))
        if lo is None:
            return []
        where = where.replace(_SEARCH_CLAUSE, (
            "+cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :q AND rowid "
            "BETWEEN :win_lo AND :win_hi) AND cases.occurred_ts >= :win_ts"))
        params.update(win_lo=lo, win_hi=hi, win_ts=since, limit=limit)
        rows = list(map(_case_row, self.conn.execute(
            f"SELECT {_row_columns(self.eng)} FROM cases WHERE cases.id IN (SELECT cases.id FROM "
            f"cases{where} ORDER BY {order} LIMIT :limit) ORDER BY {order}", params)))
        # Exact when a screenful matched inside the window (every match outside it is
        # older than all of them), or when the window is every case.
        return rows if len(rows) == limit or everything else None

    def count_cases(self, flt: CaseFilter = CaseFilter()) -> int:
        where, params = self._where(flt)
        return self._one(f"SELECT count(*) FROM cases{where}", params)[0]

    def case_rows(self, ids) -> list[CaseRow]:
        """List rows for these ids, in the order given (ids not found are skipped)."""
        ids = list(ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = (f"SELECT {_row_columns(self.eng).replace(':now', '?')} FROM cases WHERE {LIVE} AND "
               f"cases.id IN ({marks})")
        args = [iso(now())] * _row_columns(self.eng).count(":now") + ids
        found = {r[0]: r for r in map(_case_row, self.conn.execute(sql, args))}
        return [found[i] for i in ids if i in found]

    def list_cases(self, flt: CaseFilter = CaseFilter(), limit: int | None = None) -> list[Case]:
        return [self.case_by_id(i) for i in self.case_ids(flt, limit=limit)]

    def counts(self) -> CaseCounts:
        params = {"now": iso(now())}
        # The whole table counted off its smallest index, less the Trash (its partial
        # index): a count of the live rows alone would read every row.
        total = self._one(f"SELECT (SELECT count(*) FROM cases) - "
                          f"(SELECT count(*) FROM cases WHERE {TRASHED})")[0]
        open_ = self._one(f"SELECT count(*) FROM cases WHERE status IN ('open', 'in_progress') "
                          f"AND {LIVE}")[0]
        overdue = self._one(f"SELECT count(*) FROM cases WHERE {due.overdue_sql(self.eng)} AND {LIVE}",
                            params)[0]
        return CaseCounts(total, open_, overdue)

    def categories(self, limit: int = 200) -> list[str]:
        """Past categories, most used first, for autocomplete."""
        return self._names("category", limit)

    def staff_names(self, limit: int = 200) -> list[str]:
        """Staff named on past cases, most named first."""
        return self._names("staff", limit)

    def _names(self, column: str, limit: int) -> list[str]:
        # A scan of every case, slow in a large log, asked for whenever a form or panel
        # opens: kept until this connection writes or another one commits (data_version).
        version = (self._data_version(), self.changes)
        cache = self.__dict__.setdefault("_names_cache", {})
        if cache.get(column, (None,))[0] != version:
            cache[column] = (version, [r[0] for r in self.conn.execute(
                f"SELECT {column} FROM cases WHERE {column} <> '' AND {LIVE} GROUP BY {column} "
                f"ORDER BY count(*) DESC, {column} LIMIT 500")])
        return cache[column][1][:limit]

    def case_count(self) -> int:
        """Every case the file holds, the Trash included (count_cases() counts the live)."""
        return self._one("SELECT count(*) FROM cases")[0]

    # ---- desks: who is working on this log ---------------------------------------------
    def touch_desk(self, desk: str, staff: str) -> None:
        """This desk is working now, with this staff name (a heartbeat every minute or so).
        Not a change to the log: it does not count towards the backup on quit."""
        changes = self.changes
        with self.transaction() as conn:
            conn.execute("INSERT INTO desks (desk, staff, seen_at) VALUES (?, ?, ?) "
                         "ON CONFLICT (desk) DO UPDATE SET staff = excluded.staff, "
                         "seen_at = excluded.seen_at",
                         (clean_text(desk, single_line=True, limit=MAX_LINE),
                          clean_text(staff, single_line=True, limit=MAX_LINE),
                          iso(now())))
        self.changes = changes

    def desks(self, within_minutes: int = 10) -> list[tuple[str, str, str]]:
        """(desk, staff, seen_at) of the desks seen in the last minutes, latest first."""
        since = iso(now() - timedelta(minutes=within_minutes))
        return [tuple(r) for r in self.conn.execute(
            f"SELECT desk, staff, seen_at FROM desks WHERE {self.eng.not_after('?', 'seen_at')} "
            "ORDER BY seen_at DESC, desk", (since,))]


def _extend_ids(ids: array, packed: bytes | None) -> int:
    """Append b'3,1,2' to `ids` and return how many there were, parsed in small slices: the
    GIL is never held for long and only a few thousand temporary objects live at once (a
    million at once left ~8 MB of freed small-object arenas behind in the window's memory)."""
    packed = packed or b""
    start = count = 0
    while start < len(packed):
        end = packed.find(b",", start + 60_000)
        end = len(packed) if end < 0 else end
        part = array(ids.typecode, map(int, packed[start:end].split(b",")))
        ids.extend(part)
        count += len(part)
        start = end + 1
    return count


def _history_pair(key: str, old, new) -> tuple[str, str | None, str | None]:
    if key == "remedy_cost_cents":
        return ("remedy_cost", None if old is None else money_text(from_cents(old)),
                money_text(from_cents(new)))
    if key == "customer_id":
        return ("customer", None if old is None else str(old), str(new))
    text = lambda v: None if v is None else str(v)  # noqa: E731
    return key, text(old), text(new)


__all__ = ["Store", "NotFound", "WriteFailed", "Conflict", "ValidationError", "fts_query", "Decimal"]
