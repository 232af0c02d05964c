"""The window's doors to the Trash, checklist removal and undo of the last save."""
from __future__ import annotations

from ui_support import open_window, settle


def _log(store, summary: str):
    return store.cases.add(customer={"name": "Ada Lovelace"}, kind="complaint", summary=summary)


def _refs(window) -> list[str]:
    return [window.model.row_at(i).ref for i in range(window.model.rowCount())]


def test_delete_then_restore_from_the_trash_dialog(qtbot, store, tmp_path):
    from ui.trash_dialog import TrashDialog

    kept, gone = _log(store, "Cold soup"), _log(store, "Burnt toast")
    window = open_window(qtbot, store, tmp_path)
    window.show_case(gone.ref)
    qtbot.waitUntil(lambda: window.case_view.case is not None)
    window.ctx.ask.confirms.append(True)
    window.delete_action.trigger()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: _refs(window) == [kept.ref])
    assert window.case_view.case is None or window.case_view.case.ref != gone.ref

    dialog = TrashDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [gone.ref]
    assert dialog.restore_selected()
    assert dialog.table.rowCount() == 0
    settle(window, qtbot)
    qtbot.waitUntil(lambda: sorted(_refs(window)) == sorted([kept.ref, gone.ref]))
    assert window.ctx.ask.errors == []


def test_delete_is_asked_first_and_a_no_keeps_the_case(qtbot, store, tmp_path):
    case = _log(store, "Cold soup")
    window = open_window(qtbot, store, tmp_path)
    window.show_case(case.ref)
    qtbot.waitUntil(lambda: window.case_view.case is not None)
    window.ctx.ask.confirms.append(False)
    window.delete_action.trigger()
    assert store.trash.cases() == [] and store.case_list.count() == 1


def test_undo_last_save_in_the_window_and_its_refusal(qtbot, store, tmp_path):
    case = _log(store, "Cold soup")
    store.cases.update(case.ref, {"summary": "Cold soup, twice"})
    window = open_window(qtbot, store, tmp_path)
    window.show_case(case.ref)
    qtbot.waitUntil(lambda: window.case_view.case is not None)
    window.undo_action.trigger()
    assert store.cases.get(case.ref).summary == "Cold soup"
    window.undo_action.trigger()  # the last change is now the undo itself
    assert "no save to undo" in window.ctx.ask.errors[-1][1]
    assert store.cases.get(case.ref).summary == "Cold soup"


def test_remove_checklist_on_the_checklist_tab(qtbot, store, tmp_path):
    case = _log(store, "Cold soup")
    store.checklists.start(case.ref, store.checklists.templates()[0].name)
    window = open_window(qtbot, store, tmp_path)
    window.show_case(case.ref)
    panel = window.case_view.checklist_panel
    panel.set_case(case.ref)
    assert panel.remove_button.isEnabled()
    window.ctx.ask.confirms.append(True)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: not panel.checklists)
    assert store.checklists.of(case.id) == []
    assert store.history.of(case.id)[-1].field == "checklist removed"
