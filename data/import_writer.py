"""An import's write path: every row checked, customers matched, cases added, all or nothing.

The rules are one loop for both engines (`import_rows`): rows are taken a batch at a time,
each checked in file order, so the problems, the customers matched and the references are
the same whichever engine receives the file. What differs is how a batch is written,
the engine's bulk load:

* `RowWriter` (a file): SQLite adds each case as it comes, in the transaction that holds
  the file; its questions (is this reference taken? which customer is this?) are indexed
  lookups in the same process.
* `BulkWriter` (the shared log): every question a batch asks is answered by one statement
  per kind on a second connection, and a thread of its own writes each batch (COPY into a
  staging table, then set-based INSERTs) while the next one is checked, so the server
  works on one core while Python checks on the other. Cases without a reference get
  numbers reserved in short transactions of their own (data/import_numbers.py): in the
  batch's INSERT, or at the end when the file's own numbers of their year come first.
  The log's write lock, which other desks' saves wait for, is held for those reservations
  and for the import's last statement and commit only.
"""
from __future__ import annotations

import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from data import engine, pg
from data.backup import make_backup
from data.model import (
    ImportFailed, ImportResult, Problem, ValidationError, iso, now, parse_when, phone_digits,
)
from data.import_numbers import RefNumbers
from data.migrations import FTS_COLUMNS

BATCH = 2000  # rows checked together (one round of questions to a server)
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class ImportRow:
    """One row of a file, under our column names, before it is checked."""
    line: int
    fields: dict    # the case's columns
    customer: dict  # the customer's (name, email, phone, address, language)
    ref: str
    key: str        # customer_key


class Problems:
    """The first MAX_PROBLEMS problems of a file, and how many more there were."""

    def __init__(self, unit: str = "line"):
        self.items: list[Problem] = []
        self.more = 0
        self.unit = unit

    def add(self, line: int, column: str, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(line, column, message, self.unit))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.items)


class _DryRunDone(Exception):
    """A dry run read and checked everything; nothing is written."""

    def __init__(self, result: ImportResult):
        self.result = result


def _problem_column(column: str) -> str:
    return "remedy_cost" if column == "remedy_cost_cents" else column


# ASCII letters only, as lower() does in SQLite and on PostgreSQL's "C" collation.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def import_rows(store, items, path: str, unit: str, *, progress=None,
                dry_run: bool = False) -> ImportResult:
    """Add every ImportRow of `items` (a Problem among them is one the reader found) as a
    case, or nothing at all if anything is wrong; `progress()` is called after each batch."""
    problems = Problems(unit)
    profile = store.profile.get()
    shared = store.shared
    state = _State()
    writer = None
    try:
        with store.transaction(lock_late=shared) as conn:
            writer = (BulkWriter if shared else RowWriter)(store, conn, profile)
            with writer.loading():
                batch: list = []
                for item in items:
                    batch.append(item)
                    if len(batch) == BATCH:
                        _check_batch(store, writer, batch, problems, state, profile)
                        batch = []
                        if not problems and not dry_run:
                            writer.flush()
                        if progress:
                            progress()
                _check_batch(store, writer, batch, problems, state, profile)
                if not problems and not state.cases:
                    problems.add(0, "", "the file has a header but no rows")
                if problems:
                    raise ImportFailed(path, problems.items, problems.more)
                if dry_run:
                    raise _DryRunDone(ImportResult(state.cases, state.new_customers))
                writer.finish()
    except BaseException:
        if writer is not None:
            writer.give_back()  # after the rollback: numbers reserved for nothing
        raise
    return ImportResult(state.cases, state.new_customers)


class _State:
    """What the loop remembers from row to row."""

    def __init__(self):
        self.cases = self.new_customers = 0
        self.refs: dict[str, int] = {}  # reference -> line, of the cases added
        self.keyed: dict[str, tuple[int, int, int]] = {}  # key -> (id, line, fingerprint)
        self.known: dict[tuple[str, str, str], int] = {}  # (name, email, phone) -> id


def _check_batch(store, writer, batch: list, problems: Problems, state: _State,
                 profile) -> None:
    """Check a batch's rows in file order and hand the good ones to the writer. The
    values are cleaned first, so the writer can ask the database about all of them at
    once; every problem is then recorded in the order the rows came."""
    checked = []
    for item in batch:
        if isinstance(item, Problem):
            checked.append(item)
            continue
        state.cases += 1
        found: list[tuple[str, str]] = []
        values = customer = None
        try:
            values = store.cases.clean(item.fields, profile=profile)
        except ValidationError as exc:
            found += [(_problem_column(c), m) for c, m in exc.problems.items()]
        try:
            customer = store.customers.clean(item.customer)
        except ValidationError as exc:
            found += [(f"customer_{c}", m) for c, m in exc.problems.items()]
        ref = ""
        try:
            ref = store.cases.clean_ref(item.ref)
        except ValueError as exc:
            found.append(("ref", str(exc)))
        checked.append((item, values, customer, ref, found))
    writer.prefetch([c[3] for c in checked if not isinstance(c, Problem) and c[3]],
                    [c[2] for c in checked if not isinstance(c, Problem) and c[2] is not None])
    for entry in checked:
        if isinstance(entry, Problem):
            problems.add(entry.line, entry.column, entry.message)
            continue
        item, values, customer, ref, found = entry
        for column, message in found:
            problems.add(item.line, column, message)
        ok = not found
        if ref:
            if ref in state.refs:
                problems.add(item.line, "ref", f"{ref} appears twice in the file (also "
                             f"{problems.unit} {state.refs[ref]})")
                ok = False
            elif writer.ref_taken(ref):
                problems.add(item.line, "ref", f"{ref} is already in the database")
                ok = False
        if not ok:
            continue
        customer_id, added = _customer_for(writer, customer, item.key, item.line, state,
                                           problems)
        if customer_id is None:
            continue
        state.new_customers += added
        writer.add_case(values, customer_id, ref)
        if ref:
            state.refs[ref] = item.line


def _customer_for(writer, customer: dict, key: str, line: int, state: _State,
                  problems: Problems) -> tuple[int | None, int]:
    """The customer id for one row and whether it was added. The rule (README):

    - rows with the same customer_key are one customer, described by the key's first row;
      a later row of that key describing someone else is a problem;
    - a key's first row, and a row without a key, names a customer already in the
      database when its e-mail matches, else its phone, else (neither given) its name;
      a keyed row is matched only with customers that were there before this import, so
      two keys are two customers even when they share a name;
    - otherwise a new customer is added.
    """
    email, phone = customer.get("email", ""), customer.get("phone", "")
    if key:
        fingerprint = hash((customer["name"], email, phone, customer.get("address", ""),
                            customer.get("language", "")))
        if key in state.keyed:
            customer_id, first, seen = state.keyed[key]
            if seen != fingerprint:
                problems.add(line, "customer_key", f"customer {key} is described differently "
                             f"on {problems.unit} {first} (name, e-mail, phone, address or "
                             "language); rows of one customer must agree")
                return None, 0
            return customer_id, 0
        match = writer.match_customer(customer["name"], email, phone, new_ones=False)
        customer_id, added = (writer.add_customer(customer), 1) if match is None else (match, 0)
        state.keyed[key] = (customer_id, line, fingerprint)
        return customer_id, added
    # Customers added earlier in this import are matched too, so later rows of the same
    # file find them. A match is the lowest id that fits, and every customer added later
    # has a higher id, so an answer once found stays right.
    lookup = (customer["name"], email, phone)
    customer_id = state.known.get(lookup)
    if customer_id is not None:
        return customer_id, 0
    match = writer.match_customer(*lookup, new_ones=True)
    customer_id, added = (writer.add_customer(customer), 1) if match is None else (match, 0)
    state.known[lookup] = customer_id
    return customer_id, added


def _backup_before_import(store) -> None:
    """A backup of the database as it was before this import, taken just before the
    import commits: a second connection still sees the last committed state, so a file
    that turns out to be wrong costs no backup at all."""
    reader = store.reader()
    try:
        make_backup(reader.conn, store.path, "before-import")
    finally:
        reader.close()


# ---- a file: row by row ---------------------------------------------------------------------

class RowWriter:
    """SQLite: each case is added as it comes, inside the transaction holding the file;
    those without a reference under a placeholder, numbered at the end by the same rule
    as on a shared log (after the file's own numbers)."""

    def __init__(self, store, conn, profile):
        self.store, self.conn, self.profile = store, conn, profile
        self.tag = f"~import-{uuid.uuid4().hex[:12]}-"
        self.waiting: Counter = Counter()  # year -> cases to number at the end
        self.unused: list = []
        self.last_case = conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]
        self.last_customer = conn.execute(
            "SELECT coalesce(max(id), 0) FROM customers").fetchone()[0]

    @contextmanager
    def loading(self):
        """The full-text index is filled in one statement at the end instead of row by row
        (its per-row trigger was most of an import's time): the trigger is set aside and
        put back from its own stored SQL, inside the import's transaction."""
        conn = self.conn
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND name = 'cases_ai'").fetchone()
        if trigger is None:
            yield
            return
        conn.execute("DROP TRIGGER cases_ai")
        yield
        columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
        conn.execute(f"INSERT INTO cases_fts (rowid, {columns}) SELECT id, {columns} "
                     "FROM cases WHERE id > ?", (self.last_case,))
        conn.execute(trigger[0])

    def prefetch(self, refs: list[str], customers: list[dict]) -> None:
        """Nothing to ask ahead: a lookup in the file costs microseconds."""

    def ref_taken(self, ref: str) -> bool:
        return self.conn.execute("SELECT 1 FROM cases WHERE ref = ?", (ref,)).fetchone() is not None

    def match_customer(self, name: str, email: str, phone: str, *, new_ones: bool):
        before = None if new_ones else self.last_customer + 1
        match = self.store.customers.match(name, email, phone, before_id=before)
        return None if match is None else match.id

    def add_customer(self, customer: dict) -> int:
        return self.store.customers.insert(self.conn, customer)

    def add_case(self, values: dict, customer_id: int, ref: str) -> None:
        if ref:
            self.store.cases.insert(self.conn, values, customer_id, self.profile, ref=ref,
                                    by="import")
            return
        year = int(values["occurred_at"][:4])
        self.waiting[year] += 1
        # Its "created" history line is written when it is numbered.
        self.store.cases.insert(self.conn, values, customer_id, self.profile,
                                ref=f"{self.tag}{year}-{self.waiting[year]}", by="import",
                                history=self.unused)
        self.unused.clear()

    def flush(self) -> None:
        """Nothing waits: each case was added as it came."""

    def give_back(self) -> None:
        """Nothing was reserved outside the file's transaction."""

    def finish(self) -> None:
        conn = self.conn
        for year, count in sorted(self.waiting.items()):
            first = self.store.cases.reserve_refs(conn, year, count)
            numbered = ("SELECT id, created_at, row_number() OVER (ORDER BY id) + ? - 1 AS n "
                        "FROM cases WHERE ref > ? AND ref < ?")
            span = (first, f"{self.tag}{year}-", f"{self.tag}{year}-~")
            conn.execute("INSERT INTO case_history (case_id, at, field, old, new, by) "
                         "SELECT id, created_at, 'created', NULL, ? || printf('%05d', n), "
                         f"'import' FROM ({numbered}) ORDER BY id", (f"GW-{year}-", *span))
            conn.execute(f"UPDATE cases SET ref = ? || printf('%05d', numbered.n) FROM "
                         f"({numbered}) AS numbered WHERE cases.id = numbered.id",
                         (f"GW-{year}-", *span))
        if self.last_case:
            _backup_before_import(self.store)


# ---- the shared log: in bulk ----------------------------------------------------------------

# The columns a new case is written with, in the staging table's order.
CASE_COLUMNS = (
    "ref", "occurred_at", "occurred_ts", "customer_id", "kind", "channel", "category",
    "severity", "summary", "details", "staff", "status", "acknowledged_at", "resolved_at",
    "ack_due_at", "resolve_due_at", "remedy", "remedy_cost_cents", "satisfaction",
    "customer_returned", "root_cause", "lesson", "needs_approval", "approved_by",
    "approved_at", "close_reason", "cause_finding", "customer_description", "created_at",
    "updated_at",
)
CUSTOMER_COLUMNS = ("id", "name", "email", "phone", "phone_digits", "address", "notes", "flag",
                    "language", "created_at")
_CASE_DEFAULTS = {
    "channel": "in_person", "category": "", "severity": "medium", "details": "", "staff": "",
    "acknowledged_at": None, "resolved_at": None, "remedy": "none", "remedy_cost_cents": 0,
    "satisfaction": None, "customer_returned": "unknown", "root_cause": "", "lesson": "",
    "approved_by": "", "approved_at": None, "close_reason": "", "cause_finding": "",
    "customer_description": "",
}


class BulkWriter:
    """PostgreSQL: a batch's questions in one statement each (on a second connection), and
    its rows written by a thread of their own while the next batch is being checked: the
    server adds one batch (COPY into a staging table, then set-based INSERTs) on the second
    core while Python checks the next. Cases without a reference are numbered as their
    batch is written, or wait under a placeholder of this import (data/import_numbers.py)."""

    def __init__(self, store, conn, profile):
        self.store, self.conn, self.profile = store, conn, profile
        self.pg = pg
        self.stamp = iso(now())
        self.last_customer = conn.execute(
            "SELECT coalesce(max(id), 0) FROM customers").fetchone()[0]
        self.had_cases = conn.execute("SELECT EXISTS (SELECT 1 FROM cases)").fetchone()[0]
        self.taken: set[str] = set()
        # (kind, value) -> id of the lowest customer there before the import, or None
        self.existing: dict[tuple[str, str], int | None] = {}
        self.added: dict[tuple[str, str], int] = {}  # the same for this import's customers
        self.spare_ids: list[int] = []
        self.customers: list[tuple] = []
        self.cases: list[tuple] = []
        self.written = 0
        self.ids: list[int] = []  # the first and last id of each batch written
        self.tag = f"~import-{uuid.uuid4().hex[:12]}-"
        self.unnumbered: list[tuple[int, int]] = []  # (place in self.cases, year)
        self.side = self.pending = self.thread = self.numbers = None

    @contextmanager
    def loading(self):
        """The staging table, the second connection and the writing thread, for as long
        as the import runs; the import may wait for its own before-import backup without
        the server taking it for a stopped desk."""
        from concurrent.futures import ThreadPoolExecutor

        self.conn.idle_limit(self.pg.IMPORT_IDLE_MS)
        self.conn.execute(
            "CREATE TEMP TABLE import_cases ON COMMIT DROP AS SELECT "
            f"{', '.join(CASE_COLUMNS)}, 0::bigint AS seq FROM cases WITH NO DATA")
        self.side = self.pg.open_database(self.store.url)
        self.numbers = RefNumbers(self.side, self.tag)
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer")
        try:
            yield
            self._wait()
        except BaseException:
            try:
                self._wait()
            except Exception:  # noqa: BLE001 - the import fails already, for its own reason
                pass
            raise
        finally:
            self.thread.shutdown()
            self.side.close()

    def prefetch(self, refs: list[str], customers: list[dict]) -> None:
        """Which of these references are taken, and which customers from before the import
        these e-mails, phones and names (those given neither) name: one statement each."""
        if refs:
            self.taken.update(r for (r,) in self.side.execute(
                "SELECT ref FROM cases WHERE ref = ANY(?)", (refs,)))
        wanted: dict[str, set[str]] = {"email": set(), "phone": set(), "name": set()}
        for c in customers:
            email, digits = c.get("email", ""), c.get("phone_digits", "")
            if email:
                wanted["email"].add(email)
            if digits:
                wanted["phone"].add(digits)
            if not email and not digits:
                wanted["name"].add(c["name"])
        # Compared as the columns compare (byte order, lower() of ASCII letters), the name
        # through its case-blind index first (as Store.customers.match does).
        tests = {"email": "lower(c.email) = lower(v COLLATE \"C\") AND c.email <> ''",
                 "phone": "c.phone_digits = v COLLATE \"C\" AND c.phone_digits <> ''",
                 "name": "c.name = v COLLATE nocase AND c.name = v COLLATE \"C\""}
        for kind, values in wanted.items():
            values = [v for v in values if (kind, v) not in self.existing]
            if not values:
                continue
            self.existing.update(((kind, v), None) for v in values)
            self.existing.update(((kind, v), found) for v, found in self.side.execute(
                f"SELECT v, min(c.id) FROM unnest(?::text[]) AS v JOIN customers c ON "
                f"{tests[kind]} AND c.id <= ? GROUP BY v", (values, self.last_customer)))

    def ref_taken(self, ref: str) -> bool:
        return ref in self.taken

    def _lookup(self, kind: str, value: str, new_ones: bool) -> int | None:
        found = self.existing.get((kind, value))
        if found is None and new_ones:
            key = value.translate(_ASCII_LOWER) if kind == "email" else value
            found = self.added.get((kind, key))
        return found

    def match_customer(self, name: str, email: str, phone: str, *, new_ones: bool):
        """Store.customers.match's rule: e-mail, else phone digits, else (neither given)
        the exact name; the lowest id that fits, customers from before the import first."""
        email, digits = (email or "").strip(), phone_digits(phone)
        found = self._lookup("email", email, new_ones) if email else None
        if found is None and digits:
            found = self._lookup("phone", digits, new_ones)
        if found is None and not email and not digits:
            found = self._lookup("name", name.strip(), new_ones)
        return found

    def add_customer(self, customer: dict) -> int:
        if not self.spare_ids:
            self.spare_ids = [i for (i,) in self.side.execute(
                "SELECT nextval(pg_get_serial_sequence('customers', 'id')) "
                "FROM generate_series(1, ?)", (BATCH,))][::-1]
        customer_id = self.spare_ids.pop()
        row = {"name": "", "email": "", "phone": "", "phone_digits": "", "address": "",
               "notes": "", "flag": "", "language": "", **customer, "id": customer_id,
               "created_at": customer.get("created_at") or self.stamp}
        self.customers.append(tuple(row[c] for c in CUSTOMER_COLUMNS))
        for kind, value in (("email", row["email"].translate(_ASCII_LOWER)),
                            ("phone", row["phone_digits"]), ("name", row["name"])):
            if value:
                self.added.setdefault((kind, value), customer_id)
        return customer_id

    def add_case(self, values: dict, customer_id: int, ref: str) -> None:
        """The row Store.cases.insert writes, kept for the next batch written."""
        store, profile = self.store, self.profile
        row = {**_CASE_DEFAULTS, **values}
        row.setdefault("status", "resolved" if row["resolved_at"] else "open")
        start = parse_when(row["occurred_at"])
        row["ack_due_at"], row["resolve_due_at"] = store.cases.due_times(start, row["kind"],
                                                                      profile)
        row["needs_approval"] = int(store.cases.over_limit(row["remedy_cost_cents"], profile))
        row["occurred_ts"] = int(start.timestamp())
        if ref:
            store.cases.note_ref(self.side, ref)
            self.numbers.own(ref)
        else:  # its reference is given once the whole batch is checked (flush)
            self.unnumbered.append((len(self.cases), start.year))
        row.update(ref=ref, customer_id=customer_id, created_at=self.stamp,
                   updated_at=self.stamp)
        self.cases.append((*(row[c] for c in CASE_COLUMNS), self.written + len(self.cases)))

    def flush(self) -> None:
        """Hand what the batch added to the writing thread (once the one before is done)."""
        customers, cases = self.customers, self.cases
        self.customers, self.cases = [], []
        self.written += len(cases)
        self._wait()
        refs, renames = self.numbers.batch([year for _, year in self.unnumbered])
        for (place, _), ref in zip(self.unnumbered, refs):
            cases[place] = (ref, *cases[place][1:])
        self.unnumbered = []
        self.pending = self.thread.submit(self._write, customers, cases, renames)

    def _wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def _write(self, customers: list[tuple], cases: list[tuple], renames: list) -> None:
        """On the writing thread: a batch's customers COPied into their table, its cases
        COPied into the staging table and added from there with their first history lines
        (those under a placeholder get theirs when they are numbered)."""
        conn, eng = self.conn, engine.of(self.conn)
        self.numbers.rename(conn, renames)
        eng.bulk_load(conn, "customers", CUSTOMER_COLUMNS, customers)
        if not cases:
            return
        staging = eng.temp("import_cases")
        eng.bulk_load(conn, staging, (*CASE_COLUMNS, "seq"), cases)
        columns = ", ".join(CASE_COLUMNS)
        self.ids += conn.execute(
            f"WITH added AS (INSERT INTO cases ({columns}, customer_name) "
            f"SELECT {', '.join('s.' + c for c in CASE_COLUMNS)}, c.name "
            f"FROM {staging} s JOIN customers c ON c.id = s.customer_id "
            "ORDER BY s.seq RETURNING id, created_at, ref), "
            "history AS (INSERT INTO case_history (case_id, at, field, old, new, by) "
            "SELECT id, created_at, 'created', NULL, ref, 'import' FROM added "
            "WHERE left(ref, 8) <> '~import-' ORDER BY id) "
            "SELECT min(id), max(id) FROM added").fetchone()
        conn.execute(f"TRUNCATE {staging}")

    def finish(self) -> None:
        """The last batch written, the cases still under a placeholder numbered (the
        numbers are reserved in a short transaction of their own), the before-import
        backup; then the log's write lock, which other desks' saves wait for, for the
        last statement and the commit only."""
        self.flush()
        self._wait()
        conn = self.conn
        for year, first in sorted(self.numbers.reserve_rest().items()):
            conn.execute(
                "WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) + ? - 1 AS n "
                "FROM cases WHERE ref > ? AND ref < ?), "
                "renamed AS (UPDATE cases SET ref = ? || lpad(n::text, greatest(5, "
                "length(n::text)), '0') FROM numbered WHERE cases.id = numbered.id "
                "RETURNING cases.id, cases.created_at, cases.ref) "
                "INSERT INTO case_history (case_id, at, field, old, new, by) "
                "SELECT id, created_at, 'created', NULL, ref, 'import' FROM renamed ORDER BY id",
                (first, f"{self.tag}{year}-", f"{self.tag}{year}-~", f"GW-{year}-"))
        if self.had_cases:
            _backup_before_import(self.store)
        conn.idle_limit(self.pg.IDLE_IN_TRANSACTION_MS)
        self.store.cases.take_write_lock(conn)
        if self.ids:
            # A customer renamed on another desk meanwhile renamed only the cases it could
            # see: the import's carry the name as it was when they were written.
            conn.execute("UPDATE cases SET customer_name = customers.name FROM customers "
                         "WHERE cases.id BETWEEN ? AND ? AND customers.id = "
                         "cases.customer_id AND cases.customer_name <> customers.name",
                         (min(self.ids), max(self.ids)))

    def give_back(self) -> None:
        """The file was refused (or its import failed): the numbers its batches reserved
        return to the counters no desk has moved since."""
        if self.numbers is None or not self.numbers.runs:
            return
        try:
            with self.store.transaction() as conn:
                self.numbers.give_back(conn)
        except Exception:  # noqa: BLE001 - the import's own failure is what to report;
            pass           # numbers not given back are only skipped
