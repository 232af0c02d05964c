"""CSV in and out: all-or-nothing import with line-numbered problems, spreadsheet-safe export."""
from __future__ import annotations

import csv
import io
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from data.files import write_atomically
from data.migrations import FTS_COLUMNS
from data.model import (
    Case, ImportFailed, ImportResult, Problem, ValidationError, from_cents, money_text,
)

REQUIRED = ("occurred_at", "customer_name", "kind", "summary")
COLUMNS = (
    "ref", "occurred_at", "customer_name", "customer_email", "customer_phone",
    "customer_address", "kind", "channel", "category", "severity", "summary", "details", "staff",
    "status", "acknowledged_at", "resolved_at", "remedy", "remedy_cost", "satisfaction",
    "customer_returned", "root_cause", "lesson",
)
CUSTOMER_COLUMNS = {"customer_name": "name", "customer_email": "email",
                    "customer_phone": "phone", "customer_address": "address"}
MAX_PROBLEMS = 20
# A spreadsheet runs a cell that starts with one of these as a formula. Export puts a ' in
# front (and in front of a leading ' so the rule can be undone exactly); import removes it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START + ("'",)) else text


def unescape_cell(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(FORMULA_START + ("'",)):
        return text[1:]
    return text


def case_fields(case: Case) -> dict:
    """A case under the CSV column names, with JSON types (numbers, null)."""
    c = case.customer
    return {
        "ref": case.ref, "occurred_at": case.occurred_at, "customer_name": c.name,
        "customer_email": c.email, "customer_phone": c.phone, "customer_address": c.address,
        "kind": case.kind, "channel": case.channel, "category": case.category,
        "severity": case.severity, "summary": case.summary, "details": case.details,
        "staff": case.staff, "status": case.status, "acknowledged_at": case.acknowledged_at,
        "resolved_at": case.resolved_at, "remedy": case.remedy,
        "remedy_cost": float(case.remedy_cost), "satisfaction": case.satisfaction,
        "customer_returned": case.customer_returned, "root_cause": case.root_cause,
        "lesson": case.lesson,
    }


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return "" if value == 0 else money_text(value)
    return escape_cell(str(value))


# ---- export ------------------------------------------------------------------------------

_EXPORT_SQL = """
SELECT c.ref, c.occurred_at, cu.name, cu.email, cu.phone, cu.address, c.kind, c.channel,
       c.category, c.severity, c.summary, c.details, c.staff, c.status, c.acknowledged_at,
       c.resolved_at, c.remedy, c.remedy_cost_cents, c.satisfaction, c.customer_returned,
       c.root_cause, c.lesson
FROM cases c JOIN customers cu ON cu.id = c.customer_id
ORDER BY c.occurred_ts, c.id
"""


def export_csv(store, path: Path | str, progress=None) -> int:
    """Every case, oldest first, UTF-8 with BOM; returns the number of rows written."""
    count = 0
    total = store.case_count()

    def write(raw):
        nonlocal count
        fh = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for row in store.conn.execute(_EXPORT_SQL):
            row = list(row)
            row[17] = from_cents(row[17])
            out.writerow([_cell(v) for v in row])
            count += 1
            if progress and count % 5000 == 0:
                progress(count, total)
        fh.flush()
        fh.detach()  # the raw file stays open for write_atomically to sync

    write_atomically(Path(path), write)
    return count


# ---- import ------------------------------------------------------------------------------

class _Problems:
    def __init__(self):
        self.items: list[Problem] = []
        self.more = 0

    def add(self, line: int, column: str, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(line, column, message))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.items)


def _decode(path: Path, raw: bytes, problems: _Problems) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(line, "", f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                     "save it as 'CSV UTF-8' and try again")
        return None


def _delimiter(first_line: str) -> str:
    """Comma, or the semicolon / tab some spreadsheets write in other locales."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_rows(path: Path | str):
    """Parse a CSV file into (line, {column: value}) pairs, or raise ImportFailed."""
    path = Path(path)
    problems = _Problems()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(str(path), [Problem(0, "", f"cannot read the file: {exc.strerror}")])
    text = _decode(path, raw, problems)
    if text is None:
        raise ImportFailed(str(path), problems.items)
    if not text.strip():
        raise ImportFailed(str(path), [Problem(0, "", "the file is empty")])
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFailed(str(path), [Problem(line, "", "the file contains NUL bytes; it is "
                                               "not a CSV text file")])
    reader = csv.reader(io.StringIO(text, newline=""),
                        delimiter=_delimiter(text.split("\n", 1)[0]))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ImportFailed(str(path), [Problem(1, "", f"cannot read the header: {exc}")])
    names = [h.strip().lower().replace(" ", "_") for h in header]
    seen = set()
    for name in names:
        if not name:
            problems.add(1, "", "a column has no name in the header row")
        elif name not in COLUMNS:
            problems.add(1, name, f"unknown column '{name}' (known columns: {', '.join(COLUMNS)})")
        elif name in seen:
            problems.add(1, name, f"column '{name}' appears twice")
        seen.add(name)
    for name in REQUIRED:
        if name not in seen:
            problems.add(1, name, f"required column '{name}' is missing")
    if problems:
        raise ImportFailed(str(path), problems.items, problems.more)

    rows = []
    line = reader.line_num + 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(names):
                problems.add(start, "", f"has {len(cells)} cells but the header has {len(names)} "
                             "(a missing or extra comma, or an unclosed quote?)")
                continue
            rows.append((start, {n: unescape_cell(v) for n, v in zip(names, cells)}))
    except csv.Error as exc:
        problems.add(line, "", f"cannot be read as CSV: {exc}")
    if problems:
        raise ImportFailed(str(path), problems.items, problems.more)
    if not rows:
        raise ImportFailed(str(path), [Problem(0, "", "the file has a header but no rows")])
    return rows


def import_csv(store, path: Path | str, progress=None) -> ImportResult:
    """Add every row of the file as a case, or nothing at all if any row is wrong."""
    path = Path(path)
    rows = read_rows(path)
    problems = _Problems()
    prepared = []
    refs_in_file: dict[str, int] = {}
    for line, row in rows:
        fields = {k: v for k, v in row.items() if k in COLUMNS and k not in CUSTOMER_COLUMNS
                  and k != "ref"}
        try:
            values = store.clean_case(fields)
        except ValidationError as exc:
            for column, message in exc.problems.items():
                column = "remedy_cost" if column == "remedy_cost_cents" else column
                problems.add(line, column, message)
            values = None
        customer = {CUSTOMER_COLUMNS[k]: v for k, v in row.items() if k in CUSTOMER_COLUMNS}
        try:
            customer = store.clean_customer(customer)
        except ValidationError as exc:
            for column, message in exc.problems.items():
                problems.add(line, f"customer_{column}", message)
            customer = None
        ref = ""
        try:
            ref = store.clean_ref(row.get("ref", ""))
        except ValueError as exc:
            problems.add(line, "ref", str(exc))
        if ref:
            if ref in refs_in_file:
                problems.add(line, "ref", f"{ref} appears twice in the file (also line "
                             f"{refs_in_file[ref]})")
            elif store.conn.execute("SELECT 1 FROM cases WHERE ref = ?", (ref,)).fetchone():
                problems.add(line, "ref", f"{ref} is already in the database")
            refs_in_file.setdefault(ref, line)
        if values is not None and customer is not None:
            prepared.append((values, customer, ref))
    if problems:
        raise ImportFailed(str(path), problems.items, problems.more)

    if store.case_count():
        store.backup(reason="before-import")
    profile = store.profile()
    new_customers = 0
    # (name, email, phone) -> customer id, for people met earlier in the file. A match is
    # the lowest id that fits, and every customer added later has a higher id, so an
    # answer once found stays right for the rest of the import.
    known: dict[tuple[str, str, str], int] = {}
    with store.transaction() as conn, _full_text_in_bulk(conn):
        for n, (values, customer, ref) in enumerate(prepared, 1):
            # Customers added earlier in this transaction are visible to the match, so
            # later rows of the same file find them too.
            key = (customer["name"], customer.get("email", ""), customer.get("phone", ""))
            customer_id = known.get(key)
            if customer_id is None:
                match = store.match_customer(*key)
                if match is None:
                    customer_id = store.insert_customer(conn, customer)
                    new_customers += 1
                else:
                    customer_id = match.id
                known[key] = customer_id
            store.insert_case(conn, values, customer_id, profile, ref=ref, by="import")
            if progress and n % 2000 == 0:
                progress(n, len(prepared))
    return ImportResult(len(prepared), new_customers)


@contextmanager
def _full_text_in_bulk(conn):
    """Index the imported cases' text in one statement instead of row by row.

    The per-row trigger made FTS5 do most of an import's work (about 80% of the INSERTs'
    time). Inside the import's own transaction the trigger is set aside, the new rows
    are indexed together, and the trigger is put back from its own stored SQL, so a
    failed import rolls all of it back together.
    """
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'cases_ai'").fetchone()
    if trigger is None:
        yield
        return
    last = conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]
    conn.execute("DROP TRIGGER cases_ai")
    yield
    columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    conn.execute(f"INSERT INTO cases_fts (rowid, {columns}) SELECT id, {columns} FROM cases "
                 "WHERE id > ?", (last,))
    conn.execute(trigger[0])

