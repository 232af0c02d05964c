"""The monthly report PDF read back as text, in the app's dialog, and from the command line."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from data.metrics import month_metrics, recent_months
from data.model import iso, parse_when
from reports.monthly import MonthlyReport

LAST, BEFORE = recent_months(3)[1], recent_months(3)[2]


def at(month, day: int, hour: int = 12, plus_hours: float = 0) -> str:
    start = parse_when(f"{month.key}-{day:02d} {hour:02d}:00")
    return iso(start + timedelta(hours=plus_hours))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def render(store, month=LAST, paper=None) -> MonthlyReport:
    report = MonthlyReport(month_metrics(store, month), store.profile.get(), store.profile.logo(), paper)
    report.pdf = report.render()
    return report


@pytest.fixture
def month_store(store):
    """Last month: 4 cases (2 complaints, 1 compliment, 1 question); one complaint before."""
    store.profile.update(name="Bean & Leaf Ltd", currency="GBP")
    who = {"name": "Ada Example"}
    a = store.cases.add(customer=who, occurred_at=at(LAST, 3), kind="complaint",
                        summary="Cold coffee", category="Coffee", remedy="refund",
                        remedy_cost="25", satisfaction="4", customer_returned="yes",
                        lesson="Check the milk temperature")
    store.cases.acknowledge(a.ref, at=at(LAST, 3, plus_hours=2))
    store.cases.resolve(a.ref, at=at(LAST, 3, plus_hours=30))
    b = store.cases.add(customer=who, occurred_at=at(LAST, 5), kind="complaint",
                        summary="Long wait", category="Coffee")
    store.cases.acknowledge(b.ref, at=at(LAST, 5, plus_hours=30))
    store.cases.add(customer=who, occurred_at=at(LAST, 6), kind="compliment",
                    summary="Lovely", staff="Priya", satisfaction="5")
    store.cases.add(customer=who, occurred_at=at(LAST, 7), kind="question", summary="Vegan?")
    e = store.cases.add(customer=who, occurred_at=at(BEFORE, 10), kind="complaint",
                        summary="Noisy", remedy="gift", remedy_cost="12.50")
    store.cases.resolve(e.ref, at=at(BEFORE, 10, plus_hours=10))
    return store


def test_page_one_shows_the_headline_figures_and_changes(month_store):
    report = render(month_store)
    first = " ".join(PdfReader(io.BytesIO(report.pdf)).pages[0].extract_text().split())
    prev = BEFORE.title.split()[0]
    assert "Bean & Leaf Ltd" in first
    assert f"Service report: {LAST.title}" in first
    for figure in ("30.0 h", "4.50", "£25.00", "50.0%", "1 of 2 complaints"):
        assert figure in first, figure
    assert f"▲ 3 on {prev} (1)" in first               # cases: 4 against 1
    assert f"▲ £12.50 on {prev} (£12.50)" in first     # cost of putting it right
    assert f"Page 1 of {report.page_count}" in first


def test_later_pages_cover_every_section(month_store):
    text = text_of(render(month_store).pdf)
    for heading in ("Response times", "Backlog", "Putting things right",
                    "Satisfaction and recovered customers", "Compliments and staff shout-outs",
                    "Lessons learned", "Complaints still open at the end of the month"):
        assert heading in text, heading
    assert "Check the milk temperature" in text
    assert "Priya" in text and "Long wait" in text


def test_an_empty_month_is_one_calm_page(month_store):
    empty = recent_months(6)[5]
    report = render(month_store, empty)
    assert report.page_count == pages_of(report.pdf) == 1
    assert f"No cases were logged in {empty.title}." in text_of(report.pdf)


def test_letter_paper_from_the_argument(month_store):
    page = PdfReader(io.BytesIO(render(month_store, paper="letter").pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


HOSTILE = "<b>bold?</b> & <font size=40>big</font> &amp; 😀 שלום עולם مرحبا"


def test_hostile_and_long_text_keeps_the_layout(store):
    long_word = "Lorem" * 80
    who = {"name": "Ω " + HOSTILE + " " + "Longname" * 30}
    for i in range(40):  # more categories than the charts and tables show
        case = store.cases.add(customer=who, occurred_at=at(LAST, 1 + i % 27), kind="complaint",
                               summary=f"{HOSTILE} {long_word} {i}", category=f"{HOSTILE} {i} "
                               + long_word[:200], staff=HOSTILE,
                               lesson=(HOSTILE + " ") * (1500 if i == 0 else 2))
        if i % 3:
            store.cases.resolve(case.ref, at=at(LAST, 1 + i % 27, plus_hours=5))
    store.cases.add(customer=who, occurred_at=at(LAST, 2), kind="compliment", summary="x",
                    staff=HOSTILE)
    report = render(store)
    text = text_of(report.pdf)
    assert report.page_count == pages_of(report.pdf) <= 12
    assert "<b>bold?</b>" in text and "&amp;" in text      # printed, not obeyed as markup
    assert "שלום" in text or "םולש" in text
    assert "other categories" in text
    assert f"Page {report.page_count} of {report.page_count}" in text


def test_cli_writes_json_and_pdf_together(target, month_store, tmp_path, capsys):
    from main import main

    month_store.close()
    pdf, data = tmp_path / "r.pdf", tmp_path / "r.json"
    code = main(["--db", str(target), "report", "--month", LAST.key, "--out", str(pdf),
                 "--json", str(data)])
    assert code == 0, capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF") and '"total": 4' in data.read_text("utf-8")
    assert f"Service report: {LAST.title}" in text_of(pdf.read_bytes())
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


# ---- the dialog ------------------------------------------------------------------------------

class ScriptedAsk:
    """Answers the dialog's questions the way a test says."""

    def __init__(self, save_to=None):
        self.save_to = save_to
        self.errors: list[str] = []

    def save_file(self, title, filters, suggested=""):
        return self.save_to

    def error(self, title, text, details=""):
        self.errors.append(text)


@pytest.fixture
def dialog(qtbot, month_store, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.context import AppContext
    from ui.report_dialog import ReportDialog

    ctx = AppContext(month_store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     ask=ScriptedAsk())
    widget = ReportDialog(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.save_button.isEnabled(), timeout=20_000)
    return widget


def test_dialog_previews_last_month(dialog):
    from PySide6.QtPdf import QPdfDocument

    assert dialog.month.key == LAST.key
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == dialog.page_count >= 2
    assert f"Service report: {LAST.title}" in text_of(dialog.pdf)


def test_dialog_lists_twelve_months_with_their_case_counts(qtbot, dialog):
    assert dialog.month_box.count() == 12
    # "(4 cases)" with the English catalogue (ui.i18n.install), "(4 case(s))" without it
    qtbot.waitUntil(lambda: "(4 case" in dialog.month_box.itemText(1), timeout=10_000)


def test_choosing_another_month_makes_that_report(qtbot, dialog):
    dialog.month_box.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled()
                    and f"Service report: {BEFORE.title}" in text_of(dialog.pdf), timeout=20_000)


def test_save_writes_the_previewed_pdf(dialog, tmp_path):
    dialog.ctx.ask.save_to = tmp_path / "October report"
    dialog.save_button.click()
    saved = tmp_path / "October report.pdf"
    assert saved.read_bytes() == dialog.pdf
    assert dialog.ctx.ask.errors == []


def test_save_to_an_impossible_place_says_so(dialog, tmp_path):
    dialog.ctx.ask.save_to = tmp_path / "no such folder" / "r.pdf"
    dialog.save_button.click()
    assert len(dialog.ctx.ask.errors) == 1 and "not saved" in dialog.ctx.ask.errors[0]


def test_printing_draws_every_page(dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    dialog.print_to(printer)
    assert pages_of((tmp_path / "printed.pdf").read_bytes()) == dialog.page_count
