"""The import preview: columns mapped with drop-downs and remembered, problems before any
write, Import only when there are none, and a cancel that leaves nothing written."""
from __future__ import annotations

from pathlib import Path

import pytest

from data.model import ImportFailed
from data.store import Store
from tests.test_spreadsheets import make_xlsx
from tests.ui_support import open_window, settle

OTHER_TOOL = ("Ticket ID,Created,Requester,Ticket type,Topic,Internal note\n"
              "1001,2026-10-01 10:00,Ann,complaint,Printer jammed,call back\n"
              "1002,2026-10-02 11:30,Bob,question,Opening hours?,\n")


def _open(qtbot, window, path: Path):
    window.ctx.ask.files.append(path)
    window.import_cases()
    dialog = window.import_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.header and (dialog.problems
                                                   or dialog.import_button.isEnabled())),
                    timeout=60_000)
    return dialog


def _choose(qtbot, dialog, header: str, column: str) -> None:
    box = dialog.table.cellWidget(0, dialog.header.index(header))
    box.setCurrentIndex(box.findData(column))
    qtbot.waitUntil(lambda: not dialog.ctx.busy(), timeout=15_000)


def test_columns_are_mapped_remembered_and_imported(qtbot, store, tmp_path):
    f = tmp_path / "helpdesk.csv"
    f.write_text(OTHER_TOOL, encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    dialog = _open(qtbot, window, f)
    # Nothing matches Goodwill's names: every column starts as "Leave out", and the
    # problems say what is missing; Import stays off.
    assert [dialog.table.cellWidget(0, c).currentData() for c in range(6)] == [""] * 6
    assert any("required column 'occurred_at' is missing" in p for p in dialog.problems)
    assert not dialog.import_button.isEnabled()
    assert dialog.table.item(1, 4).text() == "Printer jammed"
    for header, column in (("Ticket ID", "ref"), ("Created", "occurred_at"),
                           ("Requester", "customer_name"), ("Ticket type", "kind"),
                           ("Topic", "summary"), ("Internal note", "details")):
        _choose(qtbot, dialog, header, column)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15_000)
    assert dialog.table.item(1, 1).text() == "2026-10-01 10:00"
    assert store.case_list.total() == 0
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(window.ctx.ask.informs), timeout=15_000)
    settle(window, qtbot)
    assert store.cases.get("1001").details == "call back"

    # The same columns in another file: the choices come back by themselves.
    again = tmp_path / "helpdesk-2.csv"
    again.write_text(OTHER_TOOL.replace("1001", "2001").replace("1002", "2002"), encoding="utf-8")
    dialog = _open(qtbot, window, again)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15_000)
    assert dialog.mapping()["created"] == "occurred_at"


def test_local_amounts_and_problems_show_in_the_preview(qtbot, store, tmp_path):
    store.profile.update(locale="de_DE")
    f = tmp_path / "de.csv"
    f.write_text("occurred_at;customer_name;kind;summary;remedy_cost;status\n"
                 "03.10.2026 14:05;Anna;complaint;Kalt;7,20;\n"
                 "04.10.2026;Bob;complaint;Laut;1.250;\n", encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    dialog = _open(qtbot, window, f)
    assert dialog.table.item(1, 4).text() == "7.20"
    warning = dialog.table.item(2, 4)
    assert warning.text().startswith("⚠ '1.250' is ambiguous")
    assert dialog.problems == ["line 3, column remedy_cost: " + warning.toolTip()]
    assert not dialog.import_button.isEnabled()
    dialog.cancel()


def test_workbook_sheets_can_be_picked(qtbot, store, tmp_path):
    book = make_xlsx(tmp_path / "log.xlsx")
    window = open_window(qtbot, store, tmp_path)
    dialog = _open(qtbot, window, book)
    assert dialog.sheet_row.isVisibleTo(dialog) and dialog.sheets == ["Notes", "Log"]
    assert not dialog.import_button.isEnabled()  # "Notes" holds no cases
    dialog.sheet_box.setCurrentText("Log")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15_000)
    assert dialog.table.verticalHeaderItem(1).text() == "Row 2"
    assert "3 case" in dialog.status.text()  # "cases", or "case(s)" without the English plurals


def test_cancel_during_the_import_writes_nothing(qtbot, store, tmp_path):
    store.cases.add(customer={"name": "Kept"}, kind="question", summary="Keep me",
                    occurred_at="2026-09-01 10:00")
    f = tmp_path / "big.csv"
    # Long enough to be cancelled while it runs: a PostgreSQL server takes a round trip per
    # row, so its check of the whole file, before Import is offered, is still running.
    rows = 4_000 if store.shared else 20_000
    f.write_text("occurred_at,customer_name,kind,summary\n" + "".join(
                 f"2026-10-01 10:00,Person {i % 300},question,Case {i}\n" for i in range(rows)),
                 encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    dialog = _open(qtbot, window, f)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=60_000)
    dialog.import_button.click()
    dialog.cancel()
    assert dialog.isVisible()  # it closes when the worker has rolled back
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    settle(window, qtbot)
    with Store(store.target) as other:  # a connection of its own: what was committed
        assert other.case_list.total() == 1
    assert dialog.result is None and not window.ctx.ask.informs


def test_the_mapping_speaks_the_owners_language_and_knows_german_headers(qtbot, store, tmp_path):
    from PySide6.QtCore import QLocale

    from ui import i18n

    before = QLocale()
    store.profile.update(locale="de_DE")
    i18n.install("de_DE")
    try:
        f = tmp_path / "kasse.csv"
        f.write_text("Datum;Kunde;Typ;Telefon;Beschwerde;Kundennummer\n"
                     "03.10.2026;Anna;complaint;030 1234;Suppe kalt;K-17\n", encoding="utf-8")
        window = open_window(qtbot, store, tmp_path)
        dialog = _open(qtbot, window, f)
        boxes = [dialog.table.cellWidget(0, c) for c in range(6)]
        assert [b.currentData() for b in boxes] == [
            "occurred_at", "customer_name", "kind", "customer_phone", "summary", ""]
        shown = [boxes[0].itemText(i) for i in range(boxes[0].count())]
        assert "Kundennummer" in shown and "Name des Kunden" in shown
        assert not {"customer_key", "occurred_at", "customer_name"} & set(shown)
        # The values as the list will show them: the kind in German, not its stored key.
        assert dialog.table.item(1, 2).text() == "Beschwerde"
    finally:
        i18n.uninstall()
        QLocale.setDefault(before)


def test_a_date_that_reads_two_ways_is_asked_and_the_answer_imported(qtbot, store, tmp_path):
    store.profile.update(locale="en_US")
    f = tmp_path / "till.csv"
    f.write_text("Date,Name,Type,Complaint\n03/10/2026,Ann,complaint,Cold soup\n",
                 encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    window.ctx.ask.choices.append(0)  # the day first: 3 October
    dialog = _open(qtbot, window, f)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15_000)
    title, text, choices = window.ctx.ask.chosen[0]
    assert "03/10/2026" in text and "October" in choices[0] and "March" in choices[1]
    assert dialog.table.item(1, 0).text() == "2026-10-03 00:00"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(window.ctx.ask.informs), timeout=15_000)
    assert store.case_list.cases()[0].occurred_at.startswith("2026-10-03")


def test_a_file_in_the_owners_words_imports_its_choices(store, tmp_path):
    """Kind, channel, severity and status written in any of the seven languages, as the
    window labels them ('Lob', 'E-Mail', 'Critique'), are stored as Goodwill's keys."""
    from data.csvio import import_file

    f = tmp_path / "kasse.csv"
    f.write_text("Datum;Kunde;Typ;Kanal;Schweregrad;Status;Beschwerde\n"
                 "2026-10-03 10:00;Anna;Lob;E-Mail;hoch;In Bearbeitung;Sehr nett\n"
                 "2026-10-04 11:00;Ben;Réclamation;Téléphone;Critique;offen;Soupe froide\n"
                 "2026-10-05 12:00;Cleo;request;in person;Low;Open;Table for six\n",
                 encoding="utf-8")
    assert import_file(store, f).cases == 3
    stored = {c.customer.name: (c.kind, c.channel, c.severity, c.status)
              for c in store.case_list.cases()}
    assert stored == {"Anna": ("compliment", "email", "high", "in_progress"),
                      "Ben": ("complaint", "phone", "critical", "open"),
                      "Cleo": ("request", "in_person", "low", "open")}
    # A word that is none of them is still refused, naming the column and the line.
    bad = tmp_path / "bad.csv"
    bad.write_text("Datum;Kunde;Typ;Beschwerde\n2026-10-03 10:00;Anna;<Lob>;Sehr nett\n",
                   encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        import_file(store, bad)
    assert "<Lob>" in str(refused.value.problems[0]) and "kind" in str(refused.value.problems[0])


def test_the_choice_words_an_import_reads_are_the_windows_own_labels():
    """data.import_reading.VALUE_WORDS holds, for every stored key, the label the window
    shows for it in each of its languages (the .ts catalogues), so they cannot drift apart."""
    import xml.etree.ElementTree as ET

    from data import model
    from data.import_reading import VALUE_WORDS, _word
    from ui.i18n import ENUM_TEXTS, LANGUAGES

    keys = {"kind": model.KINDS, "channel": model.CHANNELS, "severity": model.SEVERITIES,
            "status": model.STATUSES}
    assert {column: tuple(words) for column, words in VALUE_WORDS.items()} == keys
    folder = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    for language in LANGUAGES:
        labels = {m.findtext("source"): m.findtext("translation")
                  for context in ET.parse(folder / f"goodwill_{language}.ts").getroot()
                  if context.findtext("name") == "Enum" for m in context.iter("message")}
        for column, words in VALUE_WORDS.items():
            for key, written in words.items():
                known = {_word(w) for w in (key, *written)}
                assert _word(ENUM_TEXTS[key]) in known, (column, key)
                assert _word(labels[ENUM_TEXTS[key]]) in known, (language, column, key)
