"""Excel and LibreOffice workbooks: reading .xlsx/.xls/.ods with python-calamine, writing
.xlsx with XlsxWriter.

calamine (a Rust reader) opens all three formats with one API and gives each cell its
type: numbers, dates, booleans and empty cells arrive as such, so `7.2` in a money cell is
never text to be guessed at. XlsxWriter writes a workbook row by row in constant memory
and only ever writes a cell as a formula when asked to, so a customer's `=HYPERLINK(...)`
stays text. Both are imported only when a workbook is read or written.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from data.case_table import COLUMNS, COST, Source, export_rows
from data.files import write_atomically
from data.model import ImportFailed, Problem, parse_when
from data.store import Store

# Column widths in characters, for the columns that need more than the default.
_WIDTHS = {"ref": 15, "occurred_at": 17, "customer_name": 24, "customer_email": 26,
           "customer_phone": 16, "customer_address": 30, "summary": 40, "details": 50,
           "acknowledged_at": 17, "resolved_at": 17, "root_cause": 30, "lesson": 30,
           "remedy_cost": 12, "customer_key": 12, "customer_language": 10}
_WHEN = ("occurred_at", "acknowledged_at", "resolved_at")


def _workbook(path: Path):
    # On first use: calamine loads only when a workbook is read.
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except OSError as exc:
        raise ImportFailed(str(path), [Problem(0, "", f"cannot read the file: "
                                               f"{exc.strerror or exc}")]) from None
    except Exception as exc:  # calamine raises its own types for files it cannot parse
        raise ImportFailed(str(path), [Problem(
            0, "", f"is not a workbook Goodwill can read ({type(exc).__name__}: {exc}); "
            "save it again as .xlsx, .ods or CSV UTF-8")]) from None


def sheet_names(path: Path) -> list[str]:
    return list(_workbook(path).sheet_names)


def open_sheet(path: Path, sheet: str | None = None) -> Source:
    """The named sheet, or the first, as an import Source of typed cells."""
    book = _workbook(path)
    names = list(book.sheet_names)
    if not names:
        raise ImportFailed(str(path), [Problem(0, "", "the workbook has no sheets")])
    if sheet is not None and sheet not in names:
        raise ImportFailed(str(path), [Problem(0, "", f"there is no sheet '{sheet}' (sheets: "
                                               f"{', '.join(names)})")])
    try:
        table = book.get_sheet_by_name(sheet or names[0])
    except Exception as exc:
        raise ImportFailed(str(path), [Problem(0, "", f"cannot read sheet "
                                               f"'{sheet or names[0]}': {exc}")]) from None
    first_row = (table.start or (0, 0))[0] + 1  # the sheet's own row numbers, 1-based
    height = table.height
    rows = table.iter_rows()
    header = next(rows, None)
    if header is None or not any(str(c).strip() for c in header):
        raise ImportFailed(str(path), [Problem(0, "", f"sheet '{sheet or names[0]}' is empty "
                                               "(the first row must hold the column names)")])
    read = 0

    def numbered():
        nonlocal read
        for number, cells in enumerate(rows, first_row + 1):
            read += 1
            yield number, list(cells)

    return Source(path, [str(h) for h in header], numbered(), unit="row", typed=True,
                  position=lambda: (read, max(height - 1, 1)))


def export_xlsx(store: Store, path: Path | str,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Every case as a typed workbook: dates as dates, money as numbers with 2 decimals,
    a frozen bold header, fitting column widths; text is always written as text."""
    # On first use: XlsxWriter loads only when a workbook is written.
    import xlsxwriter

    count = 0

    def write(raw):
        nonlocal count
        book = xlsxwriter.Workbook(raw, {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False, "strings_to_numbers": False})
        sheet = book.add_worksheet("Cases")
        bold = book.add_format({"bold": True, "bottom": 1})
        when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        money = book.add_format({"num_format": "#,##0.00"})
        for col, name in enumerate(COLUMNS):
            sheet.set_column(col, col, _WIDTHS.get(name, 11))
        sheet.freeze_panes(1, 0)
        sheet.write_row(0, 0, COLUMNS, bold)
        sheet.autofilter(0, 0, 0, len(COLUMNS) - 1)
        for row_number, row in enumerate(export_rows(store, progress), 1):
            for col, (name, value) in enumerate(zip(COLUMNS, row)):
                if value is None or value == "":
                    continue
                if col == COST:
                    if value:
                        sheet.write_number(row_number, col, float(value), money)
                elif name in _WHEN:
                    # Local wall time as recorded: a workbook has no time zones.
                    sheet.write_datetime(row_number, col,
                                         parse_when(value).replace(tzinfo=None), when)
                elif name == "satisfaction":
                    sheet.write_number(row_number, col, value)
                else:
                    sheet.write_string(row_number, col, str(value))
            count += 1
        book.close()

    write_atomically(Path(path), write)
    return count

