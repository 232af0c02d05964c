"""The letter editor's language box: a letter started again in another language."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_letter_ui import ctx, open_editor, pdf_text, wait_for_preview  # noqa: F401 (fixture)


def test_the_editor_starts_in_the_customers_language_and_switches_on_request(ctx, qtbot,
                                                                            tmp_path):
    found = ctx.store.cases.add(
        customer={"name": "Claire Martin", "address": "12 rue des Lilas\n75011 Paris",
                  "language": "fr_FR"},
        kind="complaint", summary="Soupe froide", remedy="refund", remedy_cost="7.20")
    editor = open_editor(ctx, qtbot, found.ref)
    assert editor.language_box.currentData() == "fr"
    # The text box gives no-break spaces back as plain ones (Qt's toPlainText).
    assert editor.text().startswith("Objet : Nos excuses")
    ctx.ask.answers.append(False)  # declined: nothing changes
    editor.language_box.setCurrentIndex(editor.language_box.findData("es"))
    assert editor.language_box.currentData() == "fr" and editor.text().startswith("Objet")
    ctx.ask.answers.append(True)
    editor.language_box.setCurrentIndex(editor.language_box.findData("es"))
    assert editor.text().startswith("Asunto: Nuestras disculpas")
    wait_for_preview(qtbot, editor)
    text = pdf_text(editor.letter.pdf, tmp_path)
    assert "Estimado/a Claire Martin:" in text and "Fecha" in text
    codes = [editor.warnings.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(editor.warnings.count())]
    # Judged as Spanish: its regret and responsibility are read (a missing lesson no longer
    # warns when the case records none).
    assert "no_apology" not in codes and "no_responsibility" not in codes


def test_opening_a_french_letter_does_not_save_it_as_an_edit(ctx, qtbot):
    found = ctx.store.cases.add(customer={"name": "Claire Martin", "language": "fr_FR"},
                                kind="complaint", summary="Soupe froide")
    editor = open_editor(ctx, qtbot, found.ref)
    editor.save_draft()
    assert not ctx.store.letters.draft(found.ref, "apology").edited
