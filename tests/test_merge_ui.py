"""The merge dialog: two records side by side, the chosen values stay, every case moves."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.context import AppContext
from ui_support import ScriptedAsk


def test_merge_dialog_keeps_the_chosen_values_and_moves_every_case(store, qtbot, tmp_path):
    from ui.merge_dialog import MergeDialog

    a = store.cases.add(customer={"name": "Anna Kowalska", "email": "anna@example.com"},
                        kind="complaint", summary="Cake arrived squashed")
    b = store.cases.add(customer={"name": "Ania K", "phone": "07700 900999",
                                  "email": "ania@example.com"},
                        kind="question", summary="Gluten-free?")
    ctx = AppContext(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     ScriptedAsk())
    dialog = MergeDialog(ctx, a.customer)
    qtbot.addWidget(dialog)
    ids = [dialog.candidates.item(i).data(256) for i in range(dialog.candidates.count())]
    assert ids == [b.customer.id]  # the kept customer is not offered
    dialog.candidates.setCurrentRow(0)
    mine, theirs = dialog.choices["phone"]
    assert theirs.isChecked() and theirs.text() == "07700 900999"  # fills a blank
    assert dialog.choices["email"][0].isChecked()
    dialog.choices["email"][1].setChecked(True)  # the owner prefers the newer address
    ctx.ask.confirms.append(True)
    dialog.merge_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.merged_cases == 1
    kept = store.customers.get(a.customer.id)
    assert (kept.name, kept.email, kept.phone) == ("Anna Kowalska", "ania@example.com",
                                                   "07700 900999")
    assert store.cases.get(b.ref).customer.id == kept.id
    assert store.history.of(b.id)[-1].field == "customer"
