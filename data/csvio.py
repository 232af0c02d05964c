"""Case files in and out: CSV, Excel and LibreOffice sheets, one all-or-nothing import.

Import streams: a file is read a row at a time and each valid row is written inside one
transaction, which is committed only when the whole file was read without a problem.
Memory therefore stays flat whatever the file's size, and a refused, failed or cancelled
import leaves the database exactly as it was.
"""
from __future__ import annotations

import codecs
import csv
import io
import uuid
from array import array
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from data import pg
from data.backup import make_backup
from data.case_table import COLUMNS, Source, escape_cell, export_rows, unescape_cell
from data.db import refuse_database_file
from data.errors import Invalid
from data.files import write_atomically
from data.migrations import FTS_COLUMNS
from data.model import (
    ImportFailed, ImportResult, Problem, ValidationError, from_cents, money_text, parse_when,
)
from data.sheets import export_xlsx, open_sheet, sheet_names

REQUIRED = ("occurred_at", "customer_name", "kind", "summary")
CUSTOMER_COLUMNS = {"customer_name": "name", "customer_email": "email",
                    "customer_phone": "phone", "customer_address": "address",
                    "customer_language": "language"}
# Columns whose spreadsheet cells may be typed (dates, numbers, booleans); every other
# column is text, and a number typed into it (a reference such as 1001) is its digits.
TYPED = ("occurred_at", "acknowledged_at", "resolved_at", "remedy_cost", "satisfaction",
         "customer_returned")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
MAX_PROBLEMS = 20


class ImportCancelled(Exception):
    """The owner stopped an import; nothing was written."""



def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return "" if value == 0 else money_text(value)
    return escape_cell(str(value))


# ---- export ------------------------------------------------------------------------------

def export_csv(store, path: Path | str, progress=None) -> int:
    """Every case, oldest first, UTF-8 with BOM; returns the number of rows written."""
    count = 0

    def write(raw):
        nonlocal count
        fh = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for row in export_rows(store, progress):
            out.writerow([_cell(v) for v in row])
            count += 1
        fh.flush()
        fh.detach()  # the raw file stays open for write_atomically to sync

    write_atomically(Path(path), write)
    return count


def export_file(store, path: Path | str, progress=None) -> int:
    """CSV, or an Excel workbook when the name ends in .xlsx."""
    refuse_database_file(path, store.path, "export to")
    if Path(path).suffix.lower() == ".xlsx":
        return export_xlsx(store, path, progress)
    if Path(path).suffix.lower() in SHEET_SUFFIXES:
        raise Invalid(f"{Path(path).name}: Goodwill writes .csv and .xlsx files")
    return export_csv(store, path, progress)


# ---- reading files -----------------------------------------------------------------------

class _Problems:
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


def _delimiter(first_line: str) -> str:
    """Comma, or the semicolon / tab some spreadsheets write in other locales."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _not_utf8(path: Path) -> Problem:
    """Where the file stops being UTF-8: found again from its bytes, because the text
    reader decodes ahead of the line it hands out."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 16):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line += chunk[: max(exc.start, 0)].count(b"\n")
                byte = chunk[exc.start] if 0 <= exc.start < len(chunk) else 0
                return Problem(line, "", f"the file is not UTF-8 text (byte 0x{byte:02x}); "
                               "save it as 'CSV UTF-8' and try again")
            line += chunk.count(b"\n")
    return Problem(line, "", "the file is not UTF-8 text; save it as 'CSV UTF-8' and try again")


def open_csv(path: Path) -> Source:
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        problem = Problem(0, "", f"cannot read the file: {exc.strerror}")
        raise ImportFailed(str(path), [problem]) from exc
    try:
        try:
            first = fh.readline()
        except UnicodeDecodeError:
            raise ImportFailed(str(path), [_not_utf8(path)]) from None
        if not first.strip() and not fh.read(4096).strip():
            raise ImportFailed(str(path), [Problem(0, "", "the file is empty")])
        fh.seek(0)
        reader = csv.reader(fh, delimiter=_delimiter(first))
        try:
            header = next(reader)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise ImportFailed(str(path), [_csv_problem(exc, 1, path)]) from None
    except BaseException:
        fh.close()
        raise

    def rows():
        line = reader.line_num + 1
        try:
            for cells in reader:
                yield line, cells
                line = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError) as exc:
            raise _Unreadable(_csv_problem(exc, line, path)) from None

    size = path.stat().st_size

    def position() -> tuple[int, int]:  # bytes read so far (the reader runs a little ahead)
        return min(fh.buffer.tell(), size), size

    return Source(path, header, rows(), close=fh.close, position=position)


def _csv_problem(exc: Exception, line: int, path: Path) -> Problem:
    if isinstance(exc, UnicodeDecodeError):
        return _not_utf8(path)
    if "NUL" in str(exc):
        return Problem(line, "", "the file contains NUL bytes; it is not a CSV text file")
    return Problem(line, "", f"cannot be read as CSV: {exc}")


class _Unreadable(Exception):
    """The rest of the file cannot be read (bad bytes, broken quoting)."""

    def __init__(self, problem: Problem):
        self.problem = problem


def open_source(path: Path | str, sheet: str | None = None) -> Source:
    path = Path(path)
    if path.suffix.lower() in SHEET_SUFFIXES:
        return open_sheet(path, sheet)
    if sheet:
        raise ImportFailed(str(path), [Problem(0, "", "--sheet is for Excel and LibreOffice "
                                               "files; a CSV file has one table")])
    return open_csv(path)


def header_key(text) -> str:
    return str(text).strip().lower().replace(" ", "_")


def parse_map(text: str) -> dict[str, str]:
    """`Created=occurred_at,Requester=customer_name,Notes=` -> {source: our column or ''}.

    Source headers compare without regard to case or surrounding spaces; an empty target
    leaves that column out."""
    mapping: dict[str, str] = {}
    for part in (p for p in (text or "").split(",") if p.strip()):
        source, eq, target = part.rpartition("=")
        if not eq or not source.strip():
            raise Invalid(f"--map: '{part.strip()}' is not HEADER=column (for example "
                             "\"Created=occurred_at\")")
        target = header_key(target) if target.strip() else ""
        if target and target not in COLUMNS:
            raise Invalid(f"--map: '{target}' is not one of Goodwill's columns "
                             f"({', '.join(COLUMNS)})")
        mapping[source.strip().lower()] = target
    return mapping


def suggest_column(header: str) -> str:
    """Our column for a source header when the names agree (`Customer Name` -> customer_name)."""
    key = header_key(header)
    return key if key in COLUMNS else ""


def map_header(path: Path, header: list, mapping: dict[str, str] | None,
               unit: str = "line") -> list[str]:
    """Our column name for each source column ('' = left out), or ImportFailed."""
    mapping = mapping or {}
    problems = _Problems(unit)
    known = {str(h).strip().lower() for h in header}
    for source in mapping:
        if source not in known:
            problems.add(1, "", f"--map names '{source}', which is not a column of the file "
                         f"(its columns: {', '.join(str(h) for h in header)})")
    names, seen, unknown = [], {}, False
    for position, raw in enumerate(header, 1):
        text = str(raw).strip()
        if text.lower() in mapping:
            name = mapping[text.lower()]
        elif not text:
            problems.add(1, "", f"column {position} has no name in the header row")
            name = ""
        else:
            name = header_key(text)
            if name not in COLUMNS:
                problems.add(1, text, f"unknown column '{text}': map it onto one of Goodwill's "
                             f"columns with --map \"{text}=COLUMN\", or leave it out with "
                             f"--map \"{text}=\"")
                unknown = True
                name = ""
        if name:
            if name in seen:
                problems.add(1, text, f"column '{name}' appears twice (also column "
                             f"{seen[name]})")
            seen.setdefault(name, position)
        names.append(name)
    for name in REQUIRED:
        if name not in seen:
            problems.add(1, name, f"required column '{name}' is missing")
    if unknown:
        problems.add(1, "", f"Goodwill's columns are: {', '.join(COLUMNS)}")
    if problems:
        raise ImportFailed(str(path), problems.items, problems.more)
    return names


def _text_value(value) -> str:
    """A typed cell in a text column: 1001.0 -> '1001', a date -> ISO 8601."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def row_values(names: list[str], cells: list, typed: bool) -> dict | None:
    """One source row as {our column: value}, blank cells left out (they are missing values
    with their documented defaults); None for a row with no cell filled at all."""
    values = {}
    for name, value in zip(names, cells):
        if not name or _is_blank(value):
            continue
        if not typed:
            values[name] = unescape_cell(value)
        elif name in TYPED and not isinstance(value, str):
            values[name] = value
        else:
            values[name] = _text_value(value)
    return values or None


# ---- import ------------------------------------------------------------------------------

_CASE_FIELDS = frozenset(COLUMNS) - set(CUSTOMER_COLUMNS) - {"ref", "customer_key"}


def _problem_column(column: str) -> str:
    return "remedy_cost" if column == "remedy_cost_cents" else column


def import_file(store, path: Path | str, *, mapping: dict[str, str] | None = None,
                sheet: str | None = None, progress=None, cancelled=None,
                dry_run: bool = False) -> ImportResult:
    """Add every row of the file as a case, or nothing at all if any row is wrong.

    `progress(done, total)` is called now and then (a CSV file's bytes, a sheet's rows);
    `cancelled()` returning true stops the import with nothing written; `dry_run` reads
    and checks everything, then writes nothing, so a preview can list the problems.
    """
    path = Path(path)
    refuse_database_file(path, store.path, "import from")
    source = open_source(path, sheet)
    try:
        names = map_header(path, source.header, mapping, source.unit)
        return _import_rows(store, source, names, progress, cancelled, dry_run)
    finally:
        source.close()


def _import_rows(store, source: Source, names, progress, cancelled, dry_run) -> ImportResult:
    path = str(source.path)
    problems = _Problems(source.unit)
    profile = store.profile.get()
    conn = store.conn
    last_case = conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]
    last_customer = conn.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0]
    lines = array("I")       # the file's line of each case this import added, by id order
    ids = array("q")         # and its id (other desks' cases may come in between)
    # On a shared log the import writes without the log's write lock: other desks save in
    # the meantime. Its cases without a reference wait under a placeholder of this import
    # until its last step numbers them, under the lock, in one statement a year.
    late = store.shared
    tag = f"~import-{uuid.uuid4().hex[:12]}-"
    waiting: Counter = Counter()  # year -> cases to number at the end
    keyed: dict[str, tuple[int, int, int]] = {}   # customer_key -> (id, line, fingerprint)
    known: dict[tuple[str, str, str], int] = {}   # (name, email, phone) -> id, keyless rows
    new_customers = cases = 0
    # On a server the new cases' first history lines are written by the block (one round
    # trip for 2,000 instead of one each); SQLite, with no round trips to save, writes
    # each at once, which is faster there than collecting them.
    history: list[tuple] | None = [] if store.shared else None
    with store.transaction(lock_late=late) as conn, _full_text_in_bulk(conn, last_case):
        if late:
            conn.idle_limit(pg.IMPORT_IDLE_MS)
        try:
            for line, cells in source.rows:
                if len(cells) != len(names):
                    if any(not _is_blank(c) for c in cells):
                        problems.add(line, "", f"has {len(cells)} cells but the header has "
                                     f"{len(names)} (a missing or extra separator, or an "
                                     "unclosed quote?)")
                    continue
                row = row_values(names, cells, source.typed)
                if row is None:
                    continue
                cases += 1
                if cases % 2000 == 0:
                    store.history.write(conn, history)
                    if cancelled and cancelled():
                        raise ImportCancelled()
                    if progress:
                        progress(*source.position())
                fields = {k: v for k, v in row.items() if k in _CASE_FIELDS}
                ok = True
                try:
                    values = store.cases.clean(fields, profile=profile)
                except ValidationError as exc:
                    for column, message in exc.problems.items():
                        problems.add(line, _problem_column(column), message)
                    ok = False
                customer = {CUSTOMER_COLUMNS[k]: v for k, v in row.items()
                            if k in CUSTOMER_COLUMNS}
                try:
                    customer = store.customers.clean(customer)
                except ValidationError as exc:
                    for column, message in exc.problems.items():
                        problems.add(line, f"customer_{column}", message)
                    ok = False
                ref = ""
                try:
                    ref = store.cases.clean_ref(row.get("ref", ""))
                except ValueError as exc:
                    problems.add(line, "ref", str(exc))
                    ok = False
                if ref:
                    found = conn.execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()
                    at = bisect_left(ids, found[0]) if found else -1
                    if found and (at == len(ids) or ids[at] != found[0]):
                        problems.add(line, "ref", f"{ref} is already in the database")
                        ok = False
                    elif found:
                        problems.add(line, "ref", f"{ref} appears twice in the file (also "
                                     f"{source.unit} {lines[at]})")
                        ok = False
                if not ok:
                    continue
                key = str(row.get("customer_key", "")).strip()
                customer_id, added = _customer_for(store, conn, customer, key, line, keyed,
                                                   known, last_customer, problems)
                if customer_id is None:
                    continue
                new_customers += added
                if late and not ref:
                    year = int(values["occurred_at"][:4])  # the year its number is of
                    waiting[year] += 1
                    ids.append(store.cases.insert(conn, values, customer_id, profile,
                                                  ref=f"{tag}{year}-{waiting[year]}",
                                                  by="import", history=[]))
                else:
                    ids.append(store.cases.insert(conn, values, customer_id, profile, ref=ref,
                                                  by="import", history=history))
                lines.append(line)
        except _Unreadable as exc:
            problems.add(exc.problem.line, exc.problem.column, exc.problem.message)
        if not problems and not cases:
            problems.add(0, "", "the file has a header but no rows")
        if problems:
            raise ImportFailed(path, problems.items, problems.more)
        if dry_run:
            raise _DryRunDone(ImportResult(cases, new_customers))
        store.history.write(conn, history)
        if progress:
            done, total = source.position()
            progress(total, total)
        if last_case:
            _backup_before_import(store)
        if late:
            conn.idle_limit(pg.IDLE_IN_TRANSACTION_MS)
            store.cases.take_write_lock(conn)
            _number_late(store, conn, tag, waiting)
            if ids:
                # A customer renamed on another desk meanwhile renamed only the cases it
                # could see: the import's carry the name as it was when they were written.
                conn.execute("UPDATE cases SET customer_name = customers.name FROM customers "
                             "WHERE cases.id BETWEEN ? AND ? AND customers.id = "
                             "cases.customer_id AND cases.customer_name <> customers.name",
                             (ids[0], ids[-1]))
    return ImportResult(cases, new_customers)


def _number_late(store, conn, tag: str, waiting: Counter) -> None:
    """Under the shared log's write lock, the import's last step: its cases still under a
    placeholder get the next reference numbers of their year, and their "created" history
    line, in one statement a year (PostgreSQL only: a file's import holds its lock
    throughout and numbers each case as it is added)."""
    for year, count in sorted(waiting.items()):
        first = store.cases.reserve_refs(conn, year, count)
        conn.execute(
            "WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) + ? - 1 AS n "
            "FROM cases WHERE ref > ? AND ref < ?), "
            "renamed AS (UPDATE cases SET ref = ? || lpad(n::text, greatest(5, "
            "length(n::text)), '0') FROM numbered WHERE cases.id = numbered.id "
            "RETURNING cases.id, cases.created_at, cases.ref) "
            "INSERT INTO case_history (case_id, at, field, old, new, by) "
            "SELECT id, created_at, 'created', NULL, ref, 'import' FROM renamed ORDER BY id",
            (first, f"{tag}{year}-", f"{tag}{year}-~", f"GW-{year}-"))


class _DryRunDone(Exception):
    def __init__(self, result: ImportResult):
        self.result = result


def check_file(store, path: Path | str, *, mapping=None, sheet=None, progress=None,
               cancelled=None) -> ImportResult:
    """What importing the file would do, or ImportFailed with its problems; writes nothing."""
    try:
        import_file(store, path, mapping=mapping, sheet=sheet, progress=progress,
                    cancelled=cancelled, dry_run=True)
    except _DryRunDone as done:
        return done.result
    raise AssertionError("a dry run always ends in _DryRunDone or ImportFailed")


def _customer_for(store, conn, customer: dict, key: str, line: int, keyed: dict, known: dict,
                  last_customer: int, problems: _Problems) -> tuple[int | None, int]:
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
        if key in keyed:
            customer_id, first, seen = keyed[key]
            if seen != fingerprint:
                problems.add(line, "customer_key", f"customer {key} is described differently "
                             f"on {problems.unit} {first} (name, e-mail, phone, address or "
                             "language); rows of one customer must agree")
                return None, 0
            return customer_id, 0
        match = store.customers.match(customer["name"], email, phone, before_id=last_customer + 1)
        if match is None:
            customer_id, added = store.customers.insert(conn, customer), 1
        else:
            customer_id, added = match.id, 0
        keyed[key] = (customer_id, line, fingerprint)
        return customer_id, added
    # Customers added earlier in this transaction are visible to the match, so later rows
    # of the same file find them too. A match is the lowest id that fits, and every
    # customer added later has a higher id, so an answer once found stays right.
    lookup = (customer["name"], email, phone)
    customer_id = known.get(lookup)
    if customer_id is not None:
        return customer_id, 0
    match = store.customers.match(*lookup)
    if match is None:
        customer_id, added = store.customers.insert(conn, customer), 1
    else:
        customer_id, added = match.id, 0
    known[lookup] = customer_id
    return customer_id, added


def _backup_before_import(store) -> None:
    """A backup of the database as it was before this import, taken just before the
    import commits: a second connection still sees the last committed state (WAL), so
    a file that turns out to be wrong costs no backup at all."""
    reader = store.reader()
    try:
        make_backup(reader.conn, store.path, "before-import")
    finally:
        reader.close()


@contextmanager
def _full_text_in_bulk(conn, last: int):
    """Index the imported cases' text in one statement instead of row by row.

    The per-row trigger made FTS5 do most of an import's work (about 80% of the INSERTs'
    time). Inside the import's own transaction the trigger is set aside, the new rows
    are indexed together, and the trigger is put back from its own stored SQL, so a
    failed import rolls all of it back together.
    """
    if getattr(conn, "engine", "") == "postgresql":
        yield  # its search column is computed with each row (data/pg.py)
        return
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'cases_ai'").fetchone()
    if trigger is None:
        yield
        return
    conn.execute("DROP TRIGGER cases_ai")
    yield
    columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    conn.execute(f"INSERT INTO cases_fts (rowid, {columns}) SELECT id, {columns} FROM cases "
                 "WHERE id > ?", (last,))
    conn.execute(trigger[0])


# ---- preview -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Preview:
    """The first rows of a file as the import will read them, for the preview dialog."""
    header: list[str]           # the source's header cells
    columns: list[str]          # our column for each ('' = left out)
    rows: list[tuple[int, list[str]]]   # (line, shown value per source column)
    unit: str
    sheets: list[str]           # the workbook's sheets (empty for CSV)


def preview_file(store, path: Path | str, *, mapping: dict[str, str] | None = None,
                 sheet: str | None = None, rows: int = 20) -> Preview:
    """Header, suggested or mapped columns, and the first rows cleaned as import reads them.

    Cells that import would refuse show the reason in their place; the complete check of
    the file is check_file."""
    path = Path(path)
    refuse_database_file(path, store.path, "import from")
    source = open_source(path, sheet)
    try:
        header = [str(h) for h in source.header]
        mapping = mapping or {}
        columns = [mapping.get(h.strip().lower(), suggest_column(h)) for h in header]
        profile = store.profile.get()
        shown = []
        for line, cells in source.rows:
            if len(shown) >= rows:
                break
            shown.append((line, [_shown(store, profile, column, cell, source.typed)
                                 for column, cell in zip(columns, cells)]))
        sheets = []
        if path.suffix.lower() in SHEET_SUFFIXES:
            sheets = sheet_names(path)
        return Preview(header, columns, shown, source.unit, sheets)
    except _Unreadable as exc:
        raise ImportFailed(str(path), [exc.problem]) from None
    finally:
        source.close()


def _shown(store, profile, column: str, cell, typed: bool) -> str:
    if not column:  # left out: shown as it stands in the file
        return "" if _is_blank(cell) else _text_value(cell)
    values = row_values([column], [cell], typed)
    if values is None:
        return ""
    value = values[column]
    try:
        if column in CUSTOMER_COLUMNS:
            return str(store.customers.clean({CUSTOMER_COLUMNS[column]: value},
                                             partial=True).get(CUSTOMER_COLUMNS[column], ""))
        if column in ("ref", "customer_key"):
            return str(store.cases.clean_ref(value) if column == "ref" else value)
        cleaned = store.cases.clean({column: value}, profile=profile, partial=True)
    except (ValidationError, ValueError) as exc:
        message = exc.problems if isinstance(exc, ValidationError) else {column: str(exc)}
        return "⚠ " + "; ".join(message.values())
    if column == "remedy_cost":
        return money_text(from_cents(cleaned["remedy_cost_cents"]))
    shown = cleaned.get(column)
    if shown is None:
        return ""
    if column.endswith("_at"):  # 2026-10-03T14:05:00+02:00 -> 2026-10-03 14:05 (+02:00)
        return f"{shown[:10]} {shown[11:16]}" + ("" if shown[19:] == _local_offset(shown)
                                                 else f" ({shown[19:]})")
    return str(shown)


def _local_offset(stamp: str) -> str:
    local = parse_when(stamp[:19]).isoformat()
    return local[19:]

