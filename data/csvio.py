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
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from data.case_table import COLUMNS, Source, escape_cell, unescape_cell, export_rows
from data.db import refuse_database_file
from data.errors import Invalid
from data.files import write_atomically
from data.import_reading import (DateOrderWatch, DateQuestion, locale_order, recognised_column,
                                 values_read)
from data.import_writer import BATCH, _DryRunDone, ImportRow, Problems, import_rows
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
    """Our column for a source header when the names agree (`Customer Name` -> customer_name)
    or the header is a usual one in any of the seven languages (`Kunde`, `Téléphone`)."""
    return recognised_column(header, COLUMNS)


def map_header(path: Path, header: list, mapping: dict[str, str] | None,
               unit: str = "line") -> list[str]:
    """Our column name for each source column ('' = left out), or ImportFailed."""
    mapping = mapping or {}
    problems = Problems(unit)
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
            name = recognised_column(text, COLUMNS)
            if not name:
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


def import_file(store, path: Path | str, *, mapping: dict[str, str] | None = None,
                sheet: str | None = None, progress=None, cancelled=None,
                dry_run: bool = False, dates: str | None = None) -> ImportResult:
    """Add every row of the file as a case, or nothing at all if any row is wrong.

    `dates` (data.import_reading.DATE_ORDERS) says how the file writes 03/10/2026; without
    it, such a date that the file leaves open is a problem that asks for it.

    `progress(done, total)` is called now and then (a CSV file's bytes, a sheet's rows);
    `cancelled()` returning true stops the import with nothing written; `dry_run` reads
    and checks everything, then writes nothing, so a preview can list the problems.
    """
    path = Path(path)
    refuse_database_file(path, store.path, "import from")
    source = open_source(path, sheet)
    try:
        names = map_header(path, source.header, mapping, source.unit)
        source.rows = values_read(_dates_read(store, source.rows, source.unit, names, dates),
                                  names)
        return _import_rows(store, source, names, progress, cancelled, dry_run)
    finally:
        source.close()


def _dates_read(store, rows, unit: str, names: list[str], dates: str | None):
    """The source's rows with slashed dates read in the order given; at the end, a date the
    file leaves open (03/10/2026) is a problem naming the option that decides it."""
    watch = DateOrderWatch(dates, locale_order(store.profile.get().locale))
    yield from watch.rows(rows, names)
    question = watch.unanswered()
    if question:
        raise _Unreadable(Problem(question.line, question.column, question.message(), unit))


def date_question(store, path: Path | str, *, mapping=None, sheet=None,
                  cancelled=None) -> DateQuestion | None:
    """The first date in the file that reads two ways with nothing in the file to tell
    which, for the import dialog to ask the owner; None when there is none (or the header
    is wrong, which check_file reports)."""
    source = open_source(Path(path), sheet)
    try:
        try:
            names = map_header(Path(path), source.header, mapping, source.unit)
        except ImportFailed:
            return None
        watch = DateOrderWatch(None, locale_order(store.profile.get().locale))
        for number, _ in enumerate(watch.rows(source.rows, names)):
            if number % 5000 == 0 and cancelled and cancelled():
                return None
        return watch.unanswered()
    except _Unreadable:
        return None
    finally:
        source.close()


def _import_rows(store, source: Source, names, progress, cancelled, dry_run) -> ImportResult:
    def items():
        """The file's rows as data/import_writer.py takes them: an ImportRow each, or the
        Problem that a row (or the rest of the file) cannot be read."""
        count = 0
        try:
            for line, cells in source.rows:
                if len(cells) != len(names):
                    if any(not _is_blank(c) for c in cells):
                        yield Problem(line, "", f"has {len(cells)} cells but the header has "
                                      f"{len(names)} (a missing or extra separator, or an "
                                      "unclosed quote?)", source.unit)
                    continue
                row = row_values(names, cells, source.typed)
                if row is None:
                    continue
                count += 1
                if count % BATCH == 0 and cancelled and cancelled():
                    raise ImportCancelled()
                yield ImportRow(
                    line, {k: v for k, v in row.items() if k in _CASE_FIELDS},
                    {CUSTOMER_COLUMNS[k]: v for k, v in row.items() if k in CUSTOMER_COLUMNS},
                    row.get("ref", ""), str(row.get("customer_key", "")).strip())
        except _Unreadable as exc:
            yield exc.problem

    def step():
        if progress:
            progress(*source.position())

    result = import_rows(store, items(), str(source.path), source.unit, progress=step,
                         dry_run=dry_run)
    if progress:
        done, total = source.position()
        progress(total, total)
    return result


def check_file(store, path: Path | str, *, mapping=None, sheet=None, progress=None,
               cancelled=None, dates: str | None = None) -> ImportResult:
    """What importing the file would do, or ImportFailed with its problems; writes nothing."""
    try:
        import_file(store, path, mapping=mapping, sheet=sheet, progress=progress,
                    cancelled=cancelled, dry_run=True, dates=dates)
    except _DryRunDone as done:
        return done.result
    raise AssertionError("a dry run always ends in _DryRunDone or ImportFailed")


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
                 sheet: str | None = None, rows: int = 20, dates: str | None = None) -> Preview:
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
        for line, cells in values_read(DateOrderWatch(dates).rows(source.rows, columns), columns):
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

