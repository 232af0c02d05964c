"""The letter editor and the letters tab, driven as the owner drives them: real widgets, a real
database, real PDFs read back."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from ui.context import AppContext, Interaction


class ScriptedAsk(Interaction):
    """Answers questions from a list; errors are collected so a test can fail on them."""

    def __init__(self):
        super().__init__()
        self.answers: list = []
        self.errors: list[str] = []

    def confirm(self, title, text):
        return self.answers.pop(0)

    def save_file(self, title, filters, suggested=""):
        return self.answers.pop(0)

    def error(self, title, text, details=""):
        self.errors.append(f"{text}\n{details}")

    def open_externally(self, path):
        self.opened = [*getattr(self, "opened", []), path]
        return True


@pytest.fixture
def ctx(store, tmp_path):
    store.profile.update(name="The Crumb & Cup", address="14 Mill Lane\nHebden Bridge",
                         owner="Rosa Whitfield", title="Owner", currency="GBP", paper="a4")
    context = AppContext(store, QSettings(str(tmp_path / "settings.ini"),
                                          QSettings.Format.IniFormat), ScriptedAsk())
    yield context
    context.pool.waitForDone(10_000)
    assert context.ask.errors == []


@pytest.fixture
def case(ctx):
    return ctx.store.cases.add(
        customer={"name": "Ингрид <Khan> & Søn", "address": "10 Crown Street\nHebden Bridge\nHX7 1GH"},
        kind="complaint", summary="Soup served cold", remedy="refund", remedy_cost="7.20",
        lesson="Soup is now checked with a probe before it goes out.")


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def open_editor(ctx, qtbot, ref, kind="apology"):
    from ui.letter_editor import LetterEditor

    editor = LetterEditor(ctx, ref, kind)
    qtbot.addWidget(editor)
    editor.show()
    wait_for_preview(qtbot, editor)
    return editor


def wait_for_preview(qtbot, editor):
    qtbot.waitUntil(lambda: editor.letter is not None and editor.save_button.isEnabled(),
                    timeout=10_000)
    qtbot.waitUntil(lambda: editor.preview.document.pageCount() == editor.letter.pages,
                    timeout=5_000)


def test_editor_opens_with_the_draft_beside_its_preview(ctx, case, qtbot, tmp_path):
    editor = open_editor(ctx, qtbot, case.ref)
    assert editor.text().startswith("Subject: Our apology, reference " + case.ref)
    assert "Dear Ингрид <Khan> & Søn," in editor.text()
    assert editor.letter.pages == 1 and editor.letter.paper == "a4"
    assert "Ингрид <Khan> & Søn" in pdf_text(editor.letter.pdf, tmp_path)
    assert editor.warning_codes() == []
    assert editor.warnings.item(0).text() == "No warnings."


def test_typing_updates_preview_warnings_and_saved_draft(ctx, case, qtbot, tmp_path):
    editor = open_editor(ctx, qtbot, case.ref)
    first = editor.letter.pdf
    editor.editor.appendPlainText("\nWe are sorry if you felt rushed.")
    assert not editor.save_button.isEnabled()  # the old preview no longer matches the text
    wait_for_preview(qtbot, editor)
    assert editor.letter.pdf != first
    assert "sorry if you felt rushed" in pdf_text(editor.letter.pdf, tmp_path)
    assert "conditional" in editor.warning_codes()
    assert ctx.store.letters.draft(case.ref, "apology").text.endswith("sorry if you felt rushed.")

    editor.editor.appendPlainText("\n\n" + "More to say about the soup. " * 300)
    wait_for_preview(qtbot, editor)
    assert editor.letter.pages >= 2 and editor.preview.document.pageCount() == editor.letter.pages
    assert "long" in editor.warning_codes()


def test_paper_can_be_overridden_for_one_letter(ctx, case, qtbot):
    editor = open_editor(ctx, qtbot, case.ref)
    editor.paper_box.setCurrentIndex(editor.paper_box.findData("letter"))
    qtbot.waitUntil(lambda: editor.letter is not None and editor.letter.paper == "letter",
                    timeout=10_000)
    size = editor.preview.document.pagePointSize(0)
    qtbot.waitUntil(lambda: round(editor.preview.document.pagePointSize(0).width()) == 612,
                    timeout=5_000)
    assert ctx.store.profile.get().paper == "a4", size


def test_reopened_editor_shows_the_last_edit(ctx, case, qtbot):
    editor = open_editor(ctx, qtbot, case.ref, "thank-you")
    editor.editor.setPlainText("Dear Ingrid,\n\nThank you!")
    wait_for_preview(qtbot, editor)
    editor.close()
    again = open_editor(ctx, qtbot, case.ref, "thank-you")
    assert again.text() == "Dear Ingrid,\n\nThank you!"
    ctx.ask.answers.append(True)
    again.reset_button.click()
    assert again.text().startswith("Subject: Thank you")


def test_save_pdf_writes_and_archives_the_same_bytes(ctx, case, qtbot, tmp_path):
    from ui.letters_panel import LettersPanel

    panel = LettersPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_case(case.ref)
    assert panel.table.rowCount() == 0
    editor = open_editor(ctx, qtbot, case.ref)
    target = tmp_path / "letter"  # no suffix: ".pdf" is added
    ctx.ask.answers.append(target)
    editor.save_button.click()
    written = (tmp_path / "letter.pdf").read_bytes()
    archived = ctx.store.letters.archived(case.ref)
    assert [a.action for a in archived] == ["saved"]
    assert ctx.store.letters.pdf(archived[0].id) == written == editor.letter.pdf
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Apology"


def test_email_writes_an_unsent_draft_with_the_pdf_and_opens_it(ctx, case, qtbot, tmp_path):
    import email
    from email import policy

    ctx.store.customers.update(case.customer.id, email="ingrid@example.com")
    editor = open_editor(ctx, qtbot, case.ref)
    ctx.ask.answers.append(tmp_path / "draft")  # the dialog adds .eml
    editor.email_button.click()
    path = tmp_path / "draft.eml"
    assert ctx.ask.opened == [path]
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"].addresses[0].addr_spec == "ingrid@example.com"
    assert msg["Subject"] == f"Our apology, reference {case.ref}"
    assert "I am truly sorry" in msg.get_body(("plain",)).get_content()
    [pdf] = [part.get_content() for part in msg.iter_attachments()]
    [archived] = ctx.store.letters.archived(case.ref)
    assert archived.action == "emailed" and ctx.store.letters.pdf(archived.id) == pdf
    assert "I am truly sorry" in pdf_text(pdf, tmp_path) and "Soup" not in pdf_text(pdf, tmp_path)


def test_print_sends_the_archived_letter_to_the_printer(ctx, case, qtbot, tmp_path):
    editor = open_editor(ctx, qtbot, case.ref)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    editor.print_on(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == editor.letter.pages
    (archived,) = ctx.store.letters.archived(case.ref)
    assert archived.action == "printed"
    assert ctx.store.letters.pdf(archived.id) == editor.letter.pdf


def test_the_window_prints_no_apology_while_its_remedy_awaits_approval(ctx, case, qtbot,
                                                                       tmp_path):
    from data.errors import Refused

    ctx.store.profile.update(refund_limit="5")
    ctx.store.authority.record_remedy(case.ref, "refund", "30", by="")
    editor = open_editor(ctx, qtbot, case.ref)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with pytest.raises(Refused, match="awaits approval"):
        editor.print_on(printer)
    assert not (tmp_path / "printed.pdf").exists() and ctx.store.letters.archived(case.ref) == []
    ctx.store.authority.approve(case.ref, by="Rosa")
    editor.print_on(printer)
    assert [letter.action for letter in ctx.store.letters.archived(case.ref)] == ["printed"]


def test_letters_tab_reopens_and_saves_an_exact_copy(ctx, case, qtbot, tmp_path):
    from ui.letters_panel import LettersPanel, LetterViewer

    editor = open_editor(ctx, qtbot, case.ref)
    saved = editor.archive("saved")
    editor.editor.appendPlainText("\nP.S. See you soon.")
    wait_for_preview(qtbot, editor)
    editor.archive("printed")
    panel = LettersPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_case(case.ref)
    assert panel.table.rowCount() == 2
    assert panel.table.item(1, 2).text() == "Saved"  # newest first
    panel.table.selectRow(1)
    assert panel.selected_id() == saved.id and panel.save_button.isEnabled()
    viewer = LetterViewer(ctx, saved.id)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.preview.document.pageCount() == 1, timeout=5_000)
    ctx.ask.answers.append(tmp_path / "copy.pdf")
    viewer.save_copy()
    assert (tmp_path / "copy.pdf").read_bytes() == ctx.store.letters.pdf(saved.id)
    assert "P.S." not in pdf_text((tmp_path / "copy.pdf").read_bytes(), tmp_path)
    panel.set_case(None)
    assert panel.table.rowCount() == 0 and panel.empty.isVisibleTo(panel)


def test_warning_items_carry_their_codes(ctx, qtbot):
    case = ctx.store.cases.add(customer={"name": "Ann Lee"}, kind="complaint", summary="Late")
    editor = open_editor(ctx, qtbot, case.ref)
    codes = editor.warning_codes()
    assert "no_address" in codes  # a missing lesson warns only when the case records one
    texts = [editor.warnings.item(i).text() for i in range(editor.warnings.count())]
    assert all(t.startswith("⚠ ") for t in texts)
    assert editor.warnings.item(0).data(Qt.ItemDataRole.UserRole) in codes


def test_template_dialog_saves_refuses_and_restores(ctx, case, qtbot):
    from ui.letter_editor import LetterTemplatesDialog

    dialog = LetterTemplatesDialog(ctx, "follow-up")
    qtbot.addWidget(dialog)
    assert dialog.kind == "follow-up" and not dialog.restore_button.isEnabled()
    dialog.editor.setPlainText("Dear {nmae},")
    dialog.save_button.click()
    assert "{nmae}" in ctx.ask.errors.pop()
    assert not ctx.store.letters.template("follow-up").edited
    dialog.editor.setPlainText("Dear {name},\n\nHow was the soup since {date}?")
    dialog.save_button.click()
    assert dialog.restore_button.isEnabled()
    assert ctx.store.letters.draft(case.ref, "follow-up").text.startswith("Dear Ингрид <Khan> & Søn,")
    ctx.ask.answers.append(True)
    dialog.restore_button.click()
    assert not ctx.store.letters.template("follow-up").edited
    assert dialog.editor.toPlainText().startswith("Subject: Checking in")
