"""The case list as it is on screen (the filtered ids, in their order) to CSV or xlsx."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterable, Iterator

from data.case_table import escape_cell
from data.files import write_atomically
from data.store import Store

HEADERS = ("Ref", "Date", "Customer", "Kind", "Category", "Severity", "Status", "Staff",
           "Summary", "Overdue", "Checklist")
CHUNK = 500  # rows read per query


def list_rows(store: Store, ids: Iterable[int]) -> Iterator[tuple]:
    """One tuple per case, in the order of `ids`, read a chunk at a time."""
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        for r in store.case_list.rows(ids[start:start + CHUNK]):
            yield (r.ref, r.occurred_at[:16].replace("T", " "), r.customer_name, r.kind,
                   r.category, r.severity, r.status.replace("_", " "), r.staff, r.summary,
                   "yes" if r.overdue else "", f"{r.checklist_done}/{r.checklist_total}"
                   if r.checklist_total else "")


def write_list_csv(store: Store, ids: Iterable[int], path: Path | str) -> int:
    """UTF-8 with BOM (spreadsheets read the accents), formula-looking cells quoted as
    the CSV export does; returns the number of cases written."""
    count = 0

    def fill(fh) -> None:
        nonlocal count
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(HEADERS)
        for row in list_rows(store, ids):
            writer.writerow([escape_cell(str(v)) for v in row])
            count += 1
        text.flush()
        text.detach()

    write_atomically(path, fill)
    return count


def write_list_xlsx(store: Store, ids: Iterable[int], path: Path | str) -> int:
    """One sheet, a bold frozen header, dates as text as shown; rows streamed to the file
    (XlsxWriter's constant-memory mode), so a long list does not sit in memory."""
    # On first use: XlsxWriter loads only when a workbook is written.
    import xlsxwriter

    count = 0

    def fill(fh) -> None:
        nonlocal count
        book = xlsxwriter.Workbook(fh, {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False})
        sheet = book.add_worksheet("Cases")
        bold = book.add_format({"bold": True})
        sheet.write_row(0, 0, HEADERS, bold)
        sheet.freeze_panes(1, 0)
        for width, column in zip((15, 17, 24, 11, 16, 9, 12, 12, 60, 8, 9), range(len(HEADERS))):
            sheet.set_column(column, column, width)
        for count, row in enumerate(list_rows(store, ids), 1):
            sheet.write_row(count, 0, row)
        book.close()

    write_atomically(path, fill)
    return count
