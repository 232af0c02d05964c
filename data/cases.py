"""Cases: checking, numbering, logging and changing one case, and reading it back."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Callable

from data import due
from data.customers import Customers
from data.database import Database
from data.errors import Conflict, Invalid, Message, NotFound, message_of
from data.history import HISTORY_INSERT, History, history_pair
from data.model import (
    CAUSE_FINDINGS, CHANNELS, KINDS, LIVE, MAX_LINE, REMEDIES, SEVERITIES, STATUSES, TRASHED,
    Case, Profile, ValidationError, clean_text, enum_value, epoch, from_cents, iso,
    normalise_when, now, parse_money, parse_returned, parse_satisfaction, parse_when, to_cents,
)
from data.profile import BusinessProfile

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
REF_PATTERN = re.compile(r"^GW-(\d{4})-(\d{5,})$")

_CASE_COLUMNS = (
    "id, ref, occurred_at, customer_id, kind, channel, category, severity, summary, details, "
    "staff, status, acknowledged_at, resolved_at, ack_due_at, resolve_due_at, remedy, "
    "remedy_cost_cents, satisfaction, customer_returned, root_cause, lesson, needs_approval, "
    "approved_by, approved_at, close_reason, created_at, updated_at, version, cause_finding, "
    "customer_description"
)

# A rule a case's save must pass, run inside the write transaction after the case is held:
# (conn, case as it was, checked values, the columns that change, the time of the save).
SaveCheck = Callable[[Any, Case, dict, dict, str], None]


class _Stale(Exception):
    """The row changed between reading it and taking the write lock (rolled back)."""


class Cases:
    """store.cases: one case at a time. The rules of other subjects that a save must pass
    (the closing gate of data/checklists.py, the authority of data/authority.py) are added
    to `save_checks` by their repositories."""

    def __init__(self, db: Database, profile: BusinessProfile, customers: Customers,
                 history: History):
        self._db = db
        self._profile = profile
        self._customers = customers
        self._history = history
        self.save_checks: list[SaveCheck] = []
        self._refs: dict[int, int] = {}  # reference counters of the open transaction
        db.on_begin.append(self._refs.clear)
        db.before_commit.append(self._save_refs)

    # ---- checking ------------------------------------------------------------------------
    def clean(self, fields: dict, *, existing: Case | None = None,
              profile: Profile | None = None, partial: bool = False) -> dict:
        """Check and normalise case fields; returns database column values.

        Raises ValidationError naming every wrong field. `existing` is the case being
        edited (its values fill in what `fields` leaves out for cross-field checks);
        `partial` checks the given fields alone, as the import preview shows them.
        """
        values, problems = {}, {}
        profile = profile or self._profile.get()
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

    def next_ref(self, conn: Any, year: int) -> str:
        number = self._ref_last(conn, year) + 1
        self._refs[year] = number
        return f"GW-{year}-{number:05d}"

    def note_ref(self, conn: Any, ref: str) -> None:
        """Keep the counter ahead of a GW-YYYY-NNNNN reference that came from outside."""
        match = REF_PATTERN.match(ref)
        if match:
            year = int(match[1])
            self._refs[year] = max(self._ref_last(conn, year), int(match[2]))

    def take_write_lock(self, conn: Any) -> None:
        """In a transaction(lock_late=True): wait for this log's writer's turn (a file's
        transaction has it already), then bring the reference counters this transaction
        noted up to what other desks committed meanwhile."""
        self._db.take_write_lock(conn)
        for year, last in list(self._refs.items()):
            row = conn.execute("SELECT last FROM ref_counters WHERE year = ?", (year,)).fetchone()
            self._refs[year] = max(last, row[0] if row else 0)

    def reserve_refs(self, conn: Any, year: int, count: int) -> int:
        """After take_write_lock: the first of `count` reference numbers of `year` taken
        together (a shared-log import numbers its cases at its end)."""
        first = self._ref_last(conn, year) + 1
        self._refs[year] = first + count - 1
        return first

    def _save_refs(self, conn: Any) -> None:
        if self._refs:
            conn.executemany(
                "INSERT INTO ref_counters (year, last) VALUES (?, ?) ON CONFLICT (year) "
                "DO UPDATE SET last = excluded.last", sorted(self._refs.items()))

    @staticmethod
    def clean_ref(raw: object) -> str:
        ref = clean_text(raw, single_line=True, limit=40)
        if ref and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/\-]*", ref):
            raise Invalid(f"'{ref}' is not a valid reference (letters, digits, - . _ /)")
        return ref

    @staticmethod
    def due_times(occurred_at: str | datetime, kind: str, profile: Profile) -> tuple[str | None, str | None]:
        if kind != "complaint":
            return None, None
        start = parse_when(occurred_at)
        return (iso(start + timedelta(hours=profile.ack_hours)),
                iso(start + timedelta(days=profile.resolve_days)))

    def insert(self, conn: Any, values: dict, customer_id: int, profile: Profile,
               ref: str = "", by: str = "", history: list | None = None) -> int:
        """Insert validated values (from clean) inside an open transaction. With
        `history`, the case's first history line is added to that list for the caller to
        write with History.write (an import writes them by the thousand)."""
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
        row["needs_approval"] = int(self.over_limit(row["remedy_cost_cents"], profile))
        row["customer_id"] = customer_id
        row["occurred_ts"] = int(start.timestamp())
        if ref:
            self.note_ref(conn, ref)
        else:
            ref = self.next_ref(conn, start.year)
        row.update(ref=ref, created_at=stamp, updated_at=stamp)
        cols = [c for c in row]
        case_id = self._db.eng.insert_id(
            conn, f"INSERT INTO cases ({', '.join(cols)}, customer_name) VALUES "
            f"({', '.join(':' + c for c in cols)}, (SELECT name FROM customers WHERE id = "
            ":customer_id))", row)
        created = (case_id, stamp, "created", None, ref, by)
        if history is None:
            conn.execute(HISTORY_INSERT, created)
        else:
            history.append(created)
        return case_id

    @staticmethod
    def over_limit(cents: int, profile: Profile) -> bool:
        return profile.refund_limit is not None and cents > to_cents(profile.refund_limit)

    def add(self, *, customer_id: int | None = None, customer: dict | None = None,
            ref: str = "", by: str = "", **fields: object) -> Case:
        """Log a case for an existing customer (customer_id) or a new/matched one (customer)."""
        problems = {}
        fields.setdefault("occurred_at", iso(now()))
        try:
            values = self.clean(fields)
        except ValidationError as exc:
            problems.update(exc.problems)
            values = {}
        cust_values = None
        if customer_id is None:
            try:
                cust_values = self._customers.clean(customer or {})
            except ValidationError as exc:
                problems.update({f"customer_{k}": v for k, v in exc.problems.items()})
        if ref:
            try:
                ref = self.clean_ref(ref)
                if self._db.one("SELECT 1 FROM cases WHERE ref = ?", (ref,)):
                    problems["ref"] = f"{ref} is already used by another case"
            except ValueError as exc:
                problems["ref"] = str(exc)
        if problems:
            raise ValidationError(problems)
        profile = self._profile.get()
        with self._db.transaction() as conn:
            if customer_id is None:
                match = self._customers.match(cust_values["name"], cust_values.get("email", ""),
                                              cust_values.get("phone", ""))
                customer_id = match.id if match else self._customers.insert(conn, cust_values)
            elif conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone() is None:
                raise NotFound(f"no customer with id {customer_id}")
            case_id = self.insert(conn, values, customer_id, profile, ref=ref, by=by)
        return self.by_id(case_id)

    def update(self, ref: str, changes: dict, *, by: str = "",
               expected_version: int | None = None, event: tuple | None = None) -> Case:
        """Apply edits to one case; every changed field is written to its history.

        `expected_version` is the case's version when the form opened it: if another desk
        saved since, Conflict is raised and nothing is written (the user chooses). `event`
        (field, old, new) is one more history line written with the changes (an undo)."""
        case = self.get(ref)
        if expected_version is not None and case.version != expected_version:
            theirs = {k for k, v in changes.items() if getattr(case, k, v) != v}
            raise Conflict(case, dict(changes), sorted(theirs))
        values = self.clean(changes, existing=case)
        stamp = iso(now())
        status = values.get("status")
        if status in ("resolved", "closed") and case.resolved_at is None and "resolved_at" not in values:
            values["resolved_at"] = stamp
        old = self.raw(case.id)
        if "remedy_cost_cents" in values:
            values["needs_approval"] = int(self.over_limit(values["remedy_cost_cents"], self._profile.get()))
        if "occurred_at" in values:
            values["occurred_ts"] = epoch(values["occurred_at"])
        if "occurred_at" in values or "kind" in values:
            values["ack_due_at"], values["resolve_due_at"] = self.due_times(
                values.get("occurred_at", case.occurred_at), values.get("kind", case.kind),
                self._profile.get())
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return case
        try:
            with self._db.transaction() as conn:
                # The rules are checked on the case and its steps as they are now, held
                # until this commits: a tick or untick elsewhere bumps the version.
                if self.hold(conn, case.id) != case.version:
                    raise _Stale
                for check in self.save_checks:
                    check(conn, case, values, changed, stamp)
                self.write_changes(conn, case.id, old, changed, stamp, by)
                if event:
                    self._history.record(conn, case.id, *event, by)
        except _Stale:
            # Saved elsewhere between our read and our write lock: read again, decide again.
            return self.update(ref, changes, by=by, expected_version=expected_version,
                               event=event)
        return self.by_id(case.id)

    def write_changes(self, conn: Any, case_id: int, old: dict, changed: dict, stamp: str, by: str) -> None:
        sets = ", ".join(f"{k} = :{k}" for k in changed)
        conn.execute(f"UPDATE cases SET {sets}, updated_at = :updated_at, version = version + 1 "
                     "WHERE id = :id",
                     {**changed, "updated_at": stamp, "id": case_id})
        hidden = {"occurred_ts", "ack_due_at", "resolve_due_at", "updated_at"}
        conn.executemany(
            HISTORY_INSERT,
            [(case_id, stamp, *history_pair(k, old.get(k), v), by)
             for k, v in changed.items() if k not in hidden])

    def hold(self, conn: Any, case_id: int) -> int:
        """Inside a write transaction: the case's version as committed now, its row held
        until this transaction ends (SQLite's BEGIN IMMEDIATE already holds the file)."""
        row = conn.execute(f"SELECT version FROM cases WHERE id = ?{self._db.eng.for_update}",
                           (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"no case with id {case_id}")
        return row[0]

    @staticmethod
    def new_version(conn: Any, case_id: int) -> None:
        """A change to the case's checklist (or anything else kept beside the case) makes a
        new version of it: a form opened before it sees a conflict, not a silent overwrite."""
        conn.execute("UPDATE cases SET version = version + 1, updated_at = ? WHERE id = ?",
                     (iso(now()), case_id))

    def acknowledge(self, ref: str, at: str | None = None, by: str = "") -> Case:
        changes = {"acknowledged_at": at or iso(now())}
        if self.get(ref).status == "open":
            changes["status"] = "in_progress"
        return self.update(ref, changes, by=by)

    def resolve(self, ref: str, at: str | None = None, by: str = "",
                reason: str | None = None) -> Case:
        """Resolved now (or `at`); the closing gate refuses while required steps are open,
        unless `reason` says why it is resolved anyway."""
        changes = {"resolved_at": at or iso(now()), "status": "resolved"}
        if reason is not None:
            if not clean_text(reason).strip():
                raise Invalid("the reason is empty: why is the case resolved anyway?")
            changes["close_reason"] = reason
        return self.update(ref, changes, by=by)

    def reopen(self, ref: str, by: str = "") -> Case:
        """A resolved or closed case back at work: in progress once acknowledged, else open.
        Its resolved time and close reason are cleared (kept in the history), so it can be
        overdue again and the closing gate asks again."""
        case = self.get(ref)
        status = "in_progress" if case.acknowledged_at else "open"
        return self.update(ref, {"status": status, "resolved_at": "", "close_reason": ""},
                           by=by)

    def note(self, ref: str, text: str, by: str = "") -> Case:
        """A note in the case's history (who, when, what), beside its field changes."""
        case = self.get(ref)
        try:
            note = clean_text(text).strip()
        except Invalid as exc:
            raise Invalid(f"the note {exc}") from None
        if not note:
            raise Invalid("the note is empty")
        with self._db.transaction() as conn:
            self.hold(conn, case.id)
            self._history.record(conn, case.id, "note", None, note, self._profile.who(by))
        return case

    # ---- cases: reading -------------------------------------------------------------------
    def raw(self, case_id: int) -> dict:
        cur = self._db.conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone()))

    def _case(self, row) -> Case:
        (cid, ref, occurred_at, customer_id, kind, channel, category, severity, summary, details,
         staff, status, ack, res, ack_due, res_due, remedy, cents, satisfaction, returned,
         root_cause, lesson, needs_approval, approved_by, approved_at, close_reason, created_at,
         updated_at, version, cause_finding, customer_description) = row
        return Case(
            id=cid, ref=ref, occurred_at=occurred_at, customer=self._customers.get(customer_id),
            kind=kind, channel=channel, category=category, severity=severity, summary=summary,
            details=details, staff=staff, status=status, acknowledged_at=ack, resolved_at=res,
            ack_due_at=ack_due, resolve_due_at=res_due, remedy=remedy,
            remedy_cost=from_cents(cents), satisfaction=satisfaction, customer_returned=returned,
            root_cause=root_cause, lesson=lesson, needs_approval=bool(needs_approval),
            approved_by=approved_by, approved_at=approved_at, close_reason=close_reason,
            created_at=created_at, updated_at=updated_at, version=version,
            cause_finding=cause_finding, customer_description=customer_description)

    def get(self, ref: str, *, in_trash: bool = False) -> Case:
        """The case with this reference, as printed (GW-2026-00315), in any letter case, or
        by its number alone (315, 00315) when only one year has a case of that number.
        A deleted case is found only `in_trash` (and a live one only outside it)."""
        text = str(ref).strip()
        where = TRASHED if in_trash else LIVE
        row = self._db.one(f"SELECT {_CASE_COLUMNS} FROM cases WHERE ref = ? AND {where}", (text,))
        lookups = self.ref_lookups(text) if row is None else []
        if lookups:
            found = self._db.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE ref IN "
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
            self.get(text, in_trash=True)
        except (NotFound, Invalid):
            return False
        return True

    def ref_lookups(self, text: str) -> list[str]:
        """The references a search or a lookup of `text` may mean besides the text itself:
        the same in capitals (gw-2026-00315), and for a number alone (315, 00315) that
        number in each year that has references."""
        text = text.strip()
        if not text or len(text) > 40 or not any(ch.isdigit() for ch in text) \
                or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/\-]*", text):
            return []
        out = [text] if text.upper() == text else [text, text.upper()]
        if text.isdigit() and len(text) <= 9:
            years = [y for (y,) in self._db.conn.execute(
                "SELECT year FROM ref_counters ORDER BY year").fetchall()]
            out += [f"GW-{year}-{int(text):05d}" for year in years]
        return list(dict.fromkeys(out))

    def by_id(self, case_id: int) -> Case:
        row = self._db.one(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ? AND {LIVE}", (case_id,))
        if row is None:
            raise NotFound(f"no case with id {case_id}")
        return self._case(row)

    def is_overdue(self, case_id: int) -> bool:
        return bool(self._db.one(f"SELECT {due.overdue_sql(self._db.eng)} FROM cases WHERE id = :id",
                                 {"id": case_id, "now": iso(now())})[0])

