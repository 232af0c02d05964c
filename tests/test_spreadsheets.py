"""Spreadsheets as owners keep them: blank cells, local numbers and dates, Excel and
LibreOffice files, other tools' columns, and a faithful round trip."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from data.csvio import (
    ImportCancelled, check_file, export_csv, export_file, import_file, parse_map, preview_file,
)
from data.case_table import COLUMNS
from data.model import ImportFailed
from data.store import Store
from tests.test_csv import snapshot, write

ROOT = Path(__file__).resolve().parent.parent

GERMAN = (
    "occurred_at;customer_name;customer_email;kind;summary;status;channel;severity;remedy;"
    "remedy_cost;satisfaction;customer_returned;resolved_at\n"
    "03.10.2026 14:05;Anna Müller;anna@example.de;complaint;Kaffee kalt;;;;refund;7,20;;;\n"
    "04.10.2026;Bernd Ulm;;complaint;Tisch wackelt;;;;credit;12,5;;;05.10.2026 09:30\n"
    "05.10.2026 18:00;Cem Yıldız;;question;Öffnungszeiten;;;;;;;;\n"
    "06.10.2026;Dora;;complaint;Lieferung zu spät;;phone;high;refund;1.234,50;4;ja;\n"
)


def costs(store) -> dict[str, Decimal]:
    return {c.summary: c.remedy_cost for c in store.case_list.cases()}


def test_german_sheet_in_de_DE_reads_the_right_amounts_and_dates(store, tmp_path):
    store.profile.update(locale="de_DE")
    # "ja" is German for yes: not a value Goodwill knows, so that row is reworded first.
    f = write(tmp_path / "de.csv", GERMAN.replace(";ja;", ";yes;"))
    result = import_file(store, f)
    assert (result.cases, result.new_customers) == (4, 4)
    assert costs(store) == {"Kaffee kalt": Decimal("7.20"), "Tisch wackelt": Decimal("12.50"),
                            "Öffnungszeiten": Decimal("0.00"),
                            "Lieferung zu spät": Decimal("1234.50")}
    cases = {c.summary: c for c in store.case_list.cases()}
    assert cases["Kaffee kalt"].occurred_at.startswith("2026-10-03T14:05:00")
    assert cases["Tisch wackelt"].resolved_at.startswith("2026-10-05T09:30:00")
    # Blank cells are missing values with their defaults.
    assert cases["Tisch wackelt"].status == "resolved"  # derived from resolved_at
    assert cases["Kaffee kalt"].status == "open"
    q = cases["Öffnungszeiten"]
    assert (q.channel, q.severity, q.remedy, q.satisfaction, q.customer_returned) == (
        "in_person", "medium", "none", None, "unknown")
    assert cases["Lieferung zu spät"].customer_returned == "yes"


def test_german_sheet_in_en_US_is_refused_and_changes_nothing(store, tmp_path):
    store.profile.update(locale="en_US")
    store.cases.add(customer={"name": "Kept"}, kind="question", summary="Keep me",
                   occurred_at="2026-09-01 10:00")
    before = snapshot(store)
    f = write(tmp_path / "de.csv", GERMAN.replace(";ja;", ";yes;"))
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    lines = info.value.lines()
    assert any("line 2, column remedy_cost: '7,20' is not a number as en_US" in x for x in lines)
    assert any("line 3, column remedy_cost: '12,5'" in x for x in lines)
    assert any("line 2, column occurred_at: '03.10.2026 14:05' is not a date" in x
               for x in lines)
    assert all(x.startswith(str(f)) for x in lines)
    assert snapshot(store) == before
    assert store.case_list.total() == 1


@pytest.mark.parametrize("locale, text, message", [
    ("de_DE", "1.250", "ambiguous"),        # 1250 in German, 1.25 written plainly
    ("de_DE", "12.5.0", "not a number"),
    ("de_DE", "7,205", "more than 2 decimal places"),
    ("en_US", "1,25", "not a number as en_US"),
    ("de_DE", "1e3", "not a number"),
    ("de_DE", "-3,00", "negative"),
    ("de_DE", "7,20 $", "not an amount in the profile's currency"),
])
def test_amounts_that_do_not_parse_unambiguously_are_refused(store, tmp_path, locale, text,
                                                             message):
    store.profile.update(locale=locale, currency="EUR")
    f = write(tmp_path / "a.csv", "occurred_at,customer_name,kind,summary,remedy_cost\n"
              f'2026-10-01,Ann,complaint,x,"{text}"\n')
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    assert "line 2, column remedy_cost" in info.value.lines()[0]
    assert message in info.value.lines()[0]
    assert store.case_list.total() == 0


@pytest.mark.parametrize("locale, text, expected", [
    ("de_DE", "7.20", "7.20"),          # Goodwill's own export stays readable everywhere
    ("de_DE", "1250.00", "1250.00"),
    ("de_DE", "7,20 €", "7.20"),
    ("fr_FR", "1 234,50", "1234.50"),   # an ordinary space where French uses a narrow one
    ("en_US", "1,234.50", "1234.50"),
    ("de_CH", "1’234.50", "1234.50"),
])
def test_amounts_in_the_locale_and_plain(store, tmp_path, locale, text, expected):
    from data.l10n import regional_defaults

    # A business in that region, with its money (as the profile dialog sets them together).
    store.profile.update(locale=locale, currency=regional_defaults(locale)[0])
    f = write(tmp_path / "a.csv", "occurred_at;customer_name;kind;summary;remedy_cost\n"
              f"2026-10-01;Ann;complaint;x;{text}\n")
    import_file(store, f)
    assert str(store.case_list.cases()[0].remedy_cost) == expected


@pytest.mark.parametrize("locale, day", [("en_GB", "2026-03-10"), ("en_US", "2026-10-03"),
                                         ("fr_FR", "2026-03-10")])
def test_slashed_dates_follow_the_locale_when_the_file_shows_the_order(store, tmp_path,
                                                                       locale, day):
    """10/03/2026 is 10 March where the day comes first (en_GB, fr_FR: CLDR's dd/MM/y)
    and 3 October in the United States (M/d/y), once another date of the file (the 25th)
    shows that the file writes them as the business locale does."""
    store.profile.update(locale=locale)
    other = "25/03/2026" if day.endswith("03-10") else "03/25/2026"
    f = write(tmp_path / "d.csv", "occurred_at,customer_name,kind,summary\n"
              f"10/03/2026,Ann,question,x\n{other},Bob,question,y\n")
    import_file(store, f)
    assert store.case_list.total() == 2
    assert any(c.occurred_at.startswith(day) for c in store.case_list.cases())


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE"])
def test_a_date_that_reads_two_ways_is_a_question_naming_the_option(store, tmp_path, locale):
    """03/10/2026 with nothing else in the file to tell: not taken in the locale's order
    (a guess), but refused with the option that decides it; nothing is written."""
    store.profile.update(locale=locale)
    f = write(tmp_path / "d.csv", "occurred_at,customer_name,kind,summary\n"
              "03/10/2026,Ann,question,x\n")
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    assert any("line 2, column occurred_at: '03/10/2026' reads as a day first" in line
               and "--dates day-first or --dates month-first" in line
               for line in info.value.lines())
    assert store.case_list.total() == 0
    import_file(store, f, dates="day-first")
    assert store.case_list.cases()[0].occurred_at.startswith("2026-10-03")


def test_the_cli_import_names_and_takes_the_dates_option(tmp_path):
    db = tmp_path / "cli.db"
    f = write(tmp_path / "d.csv", "Date,Name,Type,Complaint\n03/10/2026 2:05 PM,Ann,complaint,Cold\n")

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                              capture_output=True, text=True)

    out = run("import", str(f))
    assert out.returncode != 0 and "--dates day-first or --dates month-first" in out.stderr
    out = run("import", str(f), "--dates", "month-first")
    assert out.returncode == 0, out.stderr
    assert Store(db).case_list.cases()[0].occurred_at.startswith("2026-03-10T14:05")


@pytest.mark.parametrize("locale, text, expected", [
    ("en_US", "10/13/2026 2:05 PM", "2026-10-13T14:05:00"),
    ("en_US", "Oct 3, 2026", "2026-10-03T00:00:00"),
    ("de_DE", "3. Oktober 2026", "2026-10-03T00:00:00"),
    ("fr_FR", "3 oct. 2026 14:05", "2026-10-03T14:05:00"),
    ("nl_NL", "03-10-2026 14:05", "2026-10-03T14:05:00"),
    ("de_DE", "2026-10-03T14:05:00+02:00", "2026-10-03T14:05:00+02:00"),
])
def test_dates_in_the_locale_and_iso(store, tmp_path, locale, text, expected):
    store.profile.update(locale=locale)
    f = write(tmp_path / "d.csv", f'occurred_at,customer_name,kind,summary\n"{text}",A,question,x\n')
    import_file(store, f)
    assert store.case_list.cases()[0].occurred_at.startswith(expected)


@pytest.mark.parametrize("text, message", [("31.02.2026", "not a real date"),
                                           ("03.10.26", "two-digit year"),
                                           ("3.10.2026 25:00", "not a real date")])
def test_bad_local_dates_are_refused(store, tmp_path, text, message):
    store.profile.update(locale="de_DE")
    f = write(tmp_path / "d.csv", f"occurred_at;customer_name;kind;summary\n{text};A;question;x\n")
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    assert "line 2, column occurred_at" in info.value.lines()[0]
    assert message in info.value.lines()[0]


def test_blank_cells_everywhere_are_missing_values(store, tmp_path):
    header = ",".join(c for c in COLUMNS)
    blank = {c: "" for c in COLUMNS}
    row = {**blank, "occurred_at": "2026-10-01 09:00", "customer_name": "Ann",
           "kind": "complaint", "summary": "Cold soup"}
    f = write(tmp_path / "b.csv", header + "\n" + ",".join(row[c] for c in COLUMNS) + "\n"
              + ",".join(" " for _ in COLUMNS) + "\n")  # and a row of spaces only: skipped
    assert import_file(store, f).cases == 1
    case = store.case_list.cases()[0]
    assert (case.status, case.channel, case.severity, case.remedy, str(case.remedy_cost),
            case.satisfaction, case.customer_returned, case.acknowledged_at) == (
        "open", "in_person", "medium", "none", "0.00", None, "unknown", None)


def test_a_blank_required_cell_is_named(store, tmp_path):
    f = write(tmp_path / "b.csv", "occurred_at,customer_name,kind,summary\n2026-10-01, ,question,x\n"
              "2026-10-01,Ann,,y\n")
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    assert info.value.lines()[:2] == [f"{f}: line 2, column customer_name: is required",
                                      f"{f}: line 3, column kind: is required"]


# ---- round trip ----------------------------------------------------------------------------

def test_customers_sharing_a_name_survive_the_round_trip(store, tmp_path):
    store.cases.add(customer={"name": "Sam Lee", "email": "sam@example.com"}, kind="complaint",
                   summary="A", occurred_at="2026-10-01 09:00")
    other, third = store.customers.add(name="Sam Lee"), store.customers.add(name="Sam Lee")
    store.cases.add(customer_id=other.id, kind="question", summary="B",
                   occurred_at="2026-10-02 09:00")
    store.cases.add(customer_id=third.id, kind="question", summary="C",
                   occurred_at="2026-10-03 09:00")  # a third Sam Lee, no contact details
    store.cases.add(customer_id=store.case_list.cases()[-1].customer.id, kind="request", summary="D",
                   occurred_at="2026-10-04 09:00")
    assert store.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 3
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_csv(store, first)
    with Store(tmp_path / "copy.db") as copy:
        result = import_file(copy, first)
        assert (result.cases, result.new_customers) == (4, 3)
        export_csv(copy, second)
        by = {c.summary: c.customer.id for c in copy.case_list.cases()}
        assert by["A"] != by["B"] != by["C"] and by["A"] != by["C"] and by["A"] == by["D"]
    assert first.read_bytes() == second.read_bytes()


def test_a_customer_key_that_describes_two_people_is_refused(store, tmp_path):
    f = write(tmp_path / "k.csv", "occurred_at,customer_name,kind,summary,customer_key\n"
              "2026-10-01,Ann,question,x,C1\n2026-10-02,Bob,question,y,C1\n")
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    assert "line 3, column customer_key: customer C1 is described differently on line 2" in \
        info.value.lines()[0]


def test_keyed_rows_meet_customers_already_in_the_database(store, tmp_path):
    ann = store.customers.add(name="Ann", email="ann@example.com")
    f = write(tmp_path / "k.csv", "occurred_at,customer_name,customer_email,kind,summary,"
              "customer_key\n2026-10-01,Ann B.,ANN@example.com,question,x,C7\n"
              "2026-10-02,Ann B.,ANN@example.com,question,y,C7\n")
    assert import_file(store, f).new_customers == 0
    assert {c.customer.id for c in store.case_list.cases()} == {ann.id}


def test_customer_language_is_a_column(store, tmp_path):
    f = write(tmp_path / "l.csv", "occurred_at,customer_name,kind,summary,customer_language\n"
              "2026-10-01,Zoé,question,x,fr-FR\n2026-10-01,Max,question,y,klingon\n")
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    assert "line 3, column customer_language: 'klingon' is not a locale" in info.value.lines()[0]
    write(f, "occurred_at,customer_name,kind,summary,customer_language\n"
          "2026-10-01,Zoé,question,x,fr-FR\n")
    import_file(store, f)
    assert store.case_list.cases()[0].customer.language == "fr_FR"


# ---- other tools' columns ------------------------------------------------------------------

OTHER_TOOL = ("Ticket ID,Created,Requester,Type,Subject,Internal note\n"
              "1001,2026-10-01 10:00,Ann,complaint,Printer jammed,call back\n")


def test_map_reads_other_tools_columns(store, tmp_path):
    f = write(tmp_path / "desk.csv", OTHER_TOOL)
    with pytest.raises(ImportFailed) as info:
        import_file(store, f)
    text = "\n".join(info.value.lines())
    assert "column Created: unknown column 'Created'" in text and '--map "Created=' in text
    mapping = parse_map("Created=occurred_at, requester=customer_name,Type=kind,"
                        "Subject=summary,Ticket ID=ref,Internal note=")
    import_file(store, f, mapping=mapping)
    case = store.case_list.cases()[0]
    assert (case.ref, case.customer.name, case.summary, case.details) == (
        "1001", "Ann", "Printer jammed", "")


@pytest.mark.parametrize("text, message", [("Created", "is not HEADER=column"),
                                           ("Created=when", "'when' is not one of")])
def test_a_bad_map_is_a_usage_error(text, message):
    with pytest.raises(ValueError, match=message):
        parse_map(text)


def test_map_of_a_header_the_file_does_not_have(store, tmp_path):
    f = write(tmp_path / "desk.csv", OTHER_TOOL)
    with pytest.raises(ImportFailed) as info:
        import_file(store, f, mapping=parse_map("Opened=occurred_at"))
    assert "--map names 'opened', which is not a column of the file" in info.value.lines()[0]


def test_cli_import_with_map_and_check(tmp_path):
    db = tmp_path / "cli.db"
    f = write(tmp_path / "desk.csv", OTHER_TOOL)
    mapping = ("Created=occurred_at,Requester=customer_name,Type=kind,Subject=summary,"
               "Ticket ID=ref,Internal note=details")

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                              capture_output=True, text=True)

    out = run("import", str(f))
    assert out.returncode == 1 and '--map "Created=COLUMN"' in out.stderr
    out = run("import", str(f), "--map", mapping, "--check")
    assert out.returncode == 0 and "would add 1 cases" in out.stdout
    assert "0 cases" in run("list", "--json").stdout or run("list").stdout == ""
    out = run("import", str(f), "--map", "Created")
    assert out.returncode == 2 and "HEADER=column" in out.stderr
    out = run("import", str(f), "--map", mapping)
    assert out.returncode == 0, out.stderr
    assert "call back" in run("show", "1001").stdout


# ---- Excel and LibreOffice -----------------------------------------------------------------

ROWS = [  # the same cases as typed cells; EQUIVALENT_CSV is how a CSV says it
    ["occurred_at", "customer_name", "kind", "summary", "remedy", "remedy_cost",
     "satisfaction", "customer_returned", "status", "ref"],
    [datetime(2026, 10, 3, 14, 5), "Anna Müller", "complaint", "=HYPERLINK(\"x\")", "refund",
     7.2, 4, True, None, 1001],
    [datetime(2026, 10, 4), "Bernd", "complaint", "Tisch", "credit", 12.5, None, False, None,
     1002],
    [datetime(2026, 10, 5, 9, 0), "محمد", "question", "שלום 🙂", None, None, None, None,
     "open", 1003],
]
EQUIVALENT_CSV = (
    "occurred_at,customer_name,kind,summary,remedy,remedy_cost,satisfaction,"
    "customer_returned,status,ref\n"
    "2026-10-03 14:05,Anna Müller,complaint,\"'=HYPERLINK(\"\"x\"\")\",refund,7.20,4,yes,,1001\n"
    "2026-10-04,Bernd,complaint,Tisch,credit,12.50,,no,,1002\n"
    "2026-10-05 09:00,محمد,question,שלום 🙂,,,,,open,1003\n"
)


def make_xlsx(path: Path, rows=ROWS, sheet="Log") -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    book.add_worksheet("Notes").write_string(0, 0, "not the log")
    ws = book.add_worksheet(sheet)
    fmt = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, datetime):
                ws.write_datetime(r, c, value, fmt)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, value)
    book.close()
    return path


def make_ods(path: Path, rows=ROWS, sheet="Log") -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in rows:
        tr = TableRow()
        for value in row:
            if value is None:
                cell = TableCell()
            elif isinstance(value, datetime):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d.%m.%Y %H:%M")))
            elif isinstance(value, bool):
                cell = TableCell(valuetype="boolean", booleanvalue=str(value).lower())
                cell.addElement(P(text=str(value).upper()))
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def _records(path: Path, source: Path, **kw) -> bytes:
    with Store(path) as s:
        import_file(s, source, **kw)
        out = path.with_suffix(".csv")
        export_csv(s, out)
        return out.read_bytes()


@pytest.mark.parametrize("maker, suffix", [(make_xlsx, ".xlsx"), (make_ods, ".ods")])
def test_typed_workbook_imports_exactly_like_the_equivalent_csv(tmp_path, maker, suffix):
    book = maker(tmp_path / f"log{suffix}")
    via_csv = _records(tmp_path / "csv.db", write(tmp_path / "log.csv", EQUIVALENT_CSV))
    via_book = _records(tmp_path / "book.db", book, sheet="Log")
    assert via_book == via_csv
    with Store(tmp_path / "book.db") as s:
        anna = s.cases.get("1001")
        assert (str(anna.remedy_cost), anna.satisfaction, anna.customer_returned) == (
            "7.20", 4, "yes")
        assert anna.summary == '=HYPERLINK("x")'


def test_workbook_problems_name_the_row_and_column(store, tmp_path):
    rows = [ROWS[0], ROWS[1], [datetime(2026, 10, 4), "B", "complaint", "x", "credit", 7.255,
                               9, "maybe", None, 1002]]
    book = make_xlsx(tmp_path / "bad.xlsx", rows)
    before = snapshot(store)
    with pytest.raises(ImportFailed) as info:
        import_file(store, book, sheet="Log")
    text = "\n".join(info.value.lines())
    assert "row 3, column remedy_cost: '7.255' has more than 2 decimal places" in text
    assert "row 3, column satisfaction: 9 is out of range" in text
    assert "row 3, column customer_returned" in text
    assert snapshot(store) == before


def test_first_sheet_by_default_and_a_missing_sheet_is_named(store, tmp_path):
    book = make_xlsx(tmp_path / "s.xlsx")
    with pytest.raises(ImportFailed) as info:
        import_file(store, book)  # the first sheet is "Notes": no such columns
    assert "required column 'occurred_at' is missing" in "\n".join(info.value.lines())
    with pytest.raises(ImportFailed) as info:
        import_file(store, book, sheet="Cases")
    assert "there is no sheet 'Cases' (sheets: Notes, Log)" in info.value.lines()[0]


def test_not_a_workbook_is_refused_clearly(store, tmp_path):
    fake = write(tmp_path / "fake.xlsx", "occurred_at,customer_name\n")
    with pytest.raises(ImportFailed) as info:
        import_file(store, fake)
    assert "is not a workbook Goodwill can read" in info.value.lines()[0]


def test_xlsx_export_is_typed_safe_and_reimports_the_same_records(demo_store, tmp_path):
    demo_store.cases.add(customer={"name": "=cmd|' /C calc'!A0"}, kind="complaint",
                        summary="+1 stars", remedy="refund", remedy_cost="7.20",
                        occurred_at="2026-10-03 14:05")
    out = tmp_path / "all.xlsx"
    assert export_file(demo_store, out) == demo_store.case_list.total()
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<pane" in sheet and 'state="frozen"' in sheet
    from python_calamine import CalamineWorkbook

    rows = list(CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Cases").iter_rows())
    assert tuple(rows[0]) == COLUMNS
    evil = next(r for r in rows if r[2] == "=cmd|' /C calc'!A0")
    assert evil[1] == datetime(2026, 10, 3, 14, 5) and evil[COLUMNS.index("remedy_cost")] == 7.2
    first = tmp_path / "first.csv"
    export_csv(demo_store, first)
    assert _records(tmp_path / "again.db", out) == first.read_bytes()


# ---- streaming, cancel, check --------------------------------------------------------------

def _many(tmp_path, rows: int) -> Path:
    lines = ["occurred_at,customer_name,kind,summary,remedy_cost"]
    lines += [f"2026-10-01 10:{i % 60:02d},Person {i % 500},complaint,Case {i},1.50"
              for i in range(rows)]
    return write(tmp_path / "many.csv", "\n".join(lines) + "\n")


def test_cancel_leaves_nothing_written(store, tmp_path):
    store.cases.add(customer={"name": "Kept"}, kind="question", summary="Keep me",
                   occurred_at="2026-09-01 10:00")
    before = snapshot(store)
    seen = []
    with pytest.raises(ImportCancelled):
        import_file(store, _many(tmp_path, 9000), progress=lambda d, t: seen.append((d, t)),
                    cancelled=lambda: len(seen) >= 2)
    assert seen and all(0 < d <= t for d, t in seen)
    assert snapshot(store) == before and store.case_list.total() == 1
    assert not store.conn.in_transaction


def test_check_file_reports_and_writes_nothing(store, tmp_path):
    before = snapshot(store)
    assert check_file(store, _many(tmp_path, 3000)).cases == 3000
    assert snapshot(store) == before
    bad = write(tmp_path / "bad.csv", "occurred_at,customer_name,kind,summary\nsoon,A,x,y\n")
    with pytest.raises(ImportFailed):
        check_file(store, bad)


def test_a_failed_import_takes_no_backup_a_good_one_does(store, tmp_path):
    store.cases.add(customer={"name": "Kept"}, kind="question", summary="Keep me",
                   occurred_at="2026-09-01 10:00")
    bad = write(tmp_path / "bad.csv", "occurred_at,customer_name,kind,summary\nsoon,A,x,y\n")
    with pytest.raises(ImportFailed):
        import_file(store, bad)
    assert not [b for b in store.backups.all() if b.reason == "before-import"]
    import_file(store, _many(tmp_path, 10))
    taken = [b for b in store.backups.all() if b.reason == "before-import"]
    assert len(taken) == 1
    with sqlite3.connect(taken[0].path) as conn:  # the state before the import
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_preview_shows_rows_as_the_import_reads_them(store, tmp_path):
    store.profile.update(locale="de_DE")
    f = write(tmp_path / "de.csv", "Datum;Kunde;kind;Betreff;remedy_cost\n"
              "03.10.2026 14:05;Anna;complaint;Kalt;7,20\n04.10.2026;Bob;nonsense;x;1.250\n")
    preview = preview_file(store, f, mapping=parse_map("Datum=occurred_at,Kunde=customer_name"))
    assert preview.columns == ["occurred_at", "customer_name", "kind", "summary", "remedy_cost"]
    (line2, first), (line3, second) = preview.rows
    assert (line2, line3) == (2, 3)
    assert first[0] == "2026-10-03 14:05" and first[4] == "7.20"
    assert second[2].startswith("⚠ unknown kind") and second[4].startswith("⚠ '1.250' is ambiguous")


def test_cli_reads_and_writes_workbooks(tmp_path):
    db, other = tmp_path / "cli.db", tmp_path / "other.db"

    def run(database, *args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(database),
                               *args], capture_output=True, text=True)

    book = make_xlsx(tmp_path / "log.xlsx")
    out = run(db, "import", str(book), "--sheet", "Nope")
    assert out.returncode == 1 and "there is no sheet 'Nope' (sheets: Notes, Log)" in out.stderr
    out = run(db, "import", str(book), "--sheet", "Log")
    assert out.returncode == 0 and "Imported 3 cases and 3 new customers" in out.stdout
    out = run(db, "export", "--out", str(tmp_path / "all.xlsx"))
    assert out.returncode == 0 and "Exported 3 cases" in out.stdout
    out = run(db, "export", "--out", str(tmp_path / "all.ods"))
    assert out.returncode == 1 and "writes .csv and .xlsx" in out.stderr
    out = run(other, "import", str(tmp_path / "all.xlsx"))
    assert out.returncode == 0 and "Imported 3 cases and 3 new customers" in out.stdout
    for database, name in ((db, "a.csv"), (other, "b.csv")):
        assert run(database, "export", "--out", str(tmp_path / name)).returncode == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


@pytest.mark.parametrize("header", [
    "Date,Name,Type,E-mail,Phone,Complaint,Description",
    "Datum,Kunde,Typ,E-Mail,Telefon,Beschwerde,Beschreibung",
    "Date,Nom,Type,Courriel,Téléphone,Réclamation,Description",
    "Fecha,Nombre,Tipo,Correo electrónico,Teléfono,Queja,Descripción",
    "Data,Nome,Tipo,E-mail,Telefono,Reclamo,Descrizione",
    "Datum,Naam,Type,E-mail,Telefoon,Klacht,Beschrijving",
    "Data,Nome,Tipo,E-mail,Telefone,Reclamação,Descrição",
])
def test_common_headers_in_seven_languages_need_no_map(store, tmp_path, header):
    f = write(tmp_path / "h.csv", f"{header}\n2026-10-03,Ann,complaint,ann@example.com,"
              "0161 496 0000,Cold soup,Served cold twice\n")
    assert preview_file(store, f).columns == [
        "occurred_at", "customer_name", "kind", "customer_email", "customer_phone", "summary",
        "details"]
    import_file(store, f)
    case = store.case_list.cases()[0]
    assert (case.summary, case.details, case.customer.phone) == (
        "Cold soup", "Served cold twice", "0161 496 0000")
