"""The desk window driven as the owner uses it: log, find, filter, edit, customers, import."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from data.model import CaseFilter
from ui_support import open_window, settle


def _when_modal(qtbot, action) -> list:
    """Run `action(dialog)` once a modal dialog is open (dialogs use exec()). A failure
    closes the dialog so exec() returns, and is kept in the returned list to re-raise."""
    failures = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            dialog.activateWindow()  # shortcuts such as Ctrl+Enter need an active window
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            action(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.reject()
            return
        QTimer.singleShot(1000, lambda: still_open(dialog))

    def still_open(dialog):
        if isValid(dialog) and dialog.isVisible():
            problems = [lbl.text() for lbl in dialog.errors.labels.values() if lbl.text()]
            failures.append(AssertionError(f"dialog did not close: {problems}"))
            dialog.reject()
    QTimer.singleShot(0, poll)
    return failures


def _type(qtbot, text: str = "", key=None, modifier=Qt.KeyboardModifier.NoModifier):
    """Keys go where the keyboard focus is, as they would for the owner."""
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    target = QApplication.focusWidget() or window.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key, modifier)


def _rows(window):
    model = window.model
    return [model.row_at(r) for r in range(model.rowCount())]


def test_log_a_case_from_the_keyboard_and_find_it_in_the_database(qtbot, store, tmp_path):
    window = open_window(qtbot, store, tmp_path)
    assert window.cases_stack.currentWidget() is window.welcome

    def fill(dialog):
        _type(qtbot, "Ada Lovelace", Qt.Key.Key_Tab)        # customer -> e-mail
        _type(qtbot, "ada@example.org", Qt.Key.Key_Tab)     # e-mail -> phone
        _type(qtbot, key=Qt.Key.Key_Tab)                    # phone -> kind
        _type(qtbot, key=Qt.Key.Key_Tab)                    # kind: complaint (first)
        _type(qtbot, key=Qt.Key.Key_Tab)                    # channel: in person
        _type(qtbot, "Coffee", Qt.Key.Key_Tab)              # category
        _type(qtbot, key=Qt.Key.Key_Tab)                    # severity: medium
        _type(qtbot, "Latte served cold")                   # summary
        _type(qtbot, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)

    failures = _when_modal(qtbot, fill)
    window.new_action.trigger()
    if failures:
        raise failures[0]

    cases = store.case_list.cases()
    assert len(cases) == 1
    case = cases[0]
    assert (case.customer.name, case.customer.email) == ("Ada Lovelace", "ada@example.org")
    assert (case.kind, case.category, case.summary) == ("complaint", "Coffee", "Latte served cold")
    assert case.ack_due_at and case.resolve_due_at  # a complaint gets its targets
    settle(window, qtbot)
    assert window.cases_stack.currentWidget() is window.splitter
    assert [r.ref for r in _rows(window)] == [case.ref]
    assert window.case_view.case.ref == case.ref


def test_new_case_for_a_flagged_customer_shows_the_flag(qtbot, store, tmp_path):
    customer = store.customers.add(name="Victor Meldrew", flag="Refer to the owner")
    window = open_window(qtbot, store, tmp_path)
    seen = {}

    def pick(dialog):
        qtbot.keyClicks(dialog.customer_edit, "Meldrew")
        dialog._offer_customers()
        offered = [text for text, c in dialog._offered.items() if c.id == customer.id]
        dialog._picked(offered[0])
        seen["flag"] = dialog.flag_label.text() if dialog.flag_label.isVisible() else ""
        qtbot.keyClicks(dialog.fields["summary"], "Wants a refund again")
        dialog.save()

    failures = _when_modal(qtbot, pick)
    window.new_case()
    if failures:
        raise failures[0]
    assert "Refer to the owner" in seen["flag"]
    (case,) = store.case_list.cases()
    assert case.customer.id == customer.id  # picked, not a second Victor


def test_search_narrows_the_list_as_you_type(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    total = window.model.rowCount()
    word = "sourdough"
    expected = demo_store.case_list.count(CaseFilter(search=word))
    assert 0 < expected < total
    qtbot.keyClicks(window.search, word)
    qtbot.waitUntil(lambda: window.model.complete and window.model.rowCount() == expected,
                    timeout=10_000)
    for row in _rows(window):
        case = demo_store.cases.get(row.ref)
        assert word in (case.summary + case.details + case.category + case.lesson).lower()


def test_filters_show_only_matching_cases(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("complaint"))
    settle(window, qtbot)
    rows = _rows(window)
    assert len(rows) == demo_store.case_list.count(CaseFilter(kind="complaint")) > 0
    assert {r.kind for r in rows} == {"complaint"}

    window.overdue_filter.setChecked(True)
    settle(window, qtbot)
    rows = _rows(window)
    assert len(rows) == demo_store.case_list.count(CaseFilter(kind="complaint", overdue=True)) > 0
    assert all(r.overdue for r in rows)
    assert window.model.data(window.model.index(0, 6)).startswith("⚠")

    window.clear_filters()
    settle(window, qtbot)
    newest = _rows(window)[0].occurred_at[:10]
    window.date_from.setDate(window.date_from.date().fromString(newest, "yyyy-MM-dd"))
    settle(window, qtbot)
    rows = _rows(window)
    assert rows and all(r.occurred_at[:10] >= newest for r in rows)
    assert len(rows) == demo_store.case_list.count(CaseFilter(date_from=newest))
    assert "Showing" in window.status_counts.text() and "overdue" in window.status_counts.text()


def test_sorting_by_a_column_reorders_the_list(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # customer
    settle(window, qtbot)
    names = [r.customer_name for r in _rows(window)]
    assert names == [demo_store.cases.by_id(i).customer.name
                     for i in demo_store.case_list.ids(sort="customer", descending=False)]


def test_edit_a_field_and_see_it_in_the_history(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    view = window.case_view
    ref = view.case.ref
    summary = view.fields["summary"]
    summary.selectAll()
    qtbot.keyClicks(summary, "Changed from the desk")
    window.save_action.trigger()
    assert demo_store.cases.get(ref).summary == "Changed from the desk"
    last = demo_store.history.of(demo_store.cases.get(ref).id)[-1]
    assert (last.field, last.new) == ("summary", "Changed from the desk")
    shown = [view.history.item(0, c).text() for c in range(4)]
    assert shown[1:] == ["Summary", last.old, "Changed from the desk"]  # the field's caption


def test_a_bad_field_shows_a_message_and_saves_nothing(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    view = window.case_view
    case = view.case
    before = demo_store.history.of(case.id)
    view.fields["remedy_cost"].setText("twelve pounds")
    view.fields["summary"].setText("This change must not be saved either")
    assert not view.save()
    message = view.errors.labels["remedy_cost"]
    assert message.isVisible() and "not a number" in message.text()
    assert demo_store.cases.get(case.ref) == case
    assert demo_store.history.of(case.id) == before


def test_acknowledge_stamps_the_time(qtbot, store, tmp_path):
    customer = store.customers.add(name="Ann")
    case = store.cases.add(customer_id=customer.id, kind="complaint", summary="Cold tea")
    window = open_window(qtbot, store, tmp_path)
    assert window.case_view.case.ref == case.ref
    window.case_view.ack_button.click()
    fresh = store.cases.get(case.ref)
    assert fresh.acknowledged_at is not None and fresh.status == "in_progress"


def test_customer_page_lists_their_cases(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    regular = max(demo_store.customers.find(limit=500),
                  key=lambda c: demo_store.customers.summary(c.id).cases)
    summary = demo_store.customers.summary(regular.id)
    window.show_customer(regular.id)
    page = window.customers
    qtbot.waitUntil(lambda: page.cases.complete and page.cases.rowCount() == summary.cases,
                    timeout=10_000)
    assert summary.cases > 1
    assert {page.cases.row_at(r).customer_name for r in range(summary.cases)} == {regular.name}
    assert f"{summary.cases} case(s)" in page.summary.text()
    assert page.fields["name"].text() == regular.name


def test_customer_flag_is_saved_from_the_customer_page(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    customer = demo_store.customers.find(limit=1)[0]
    window.show_customer(customer.id)
    window.customers.fields["flag"].setText("Repeat demands beyond policy: refer to the owner")
    window.customers.save_button.click()
    assert demo_store.customers.get(customer.id).flag.startswith("Repeat demands")


def test_failed_import_shows_every_problem_and_changes_nothing(qtbot, demo_store, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("occurred_at,customer_name,kind,summary\n"
                   "2026-01-02,Ann,complaint,Fine row\n"
                   "not a date,Bob,complaint,Bad date\n"
                   "2026-01-03,Cy,grumble,Bad kind\n", encoding="utf-8")
    window = open_window(qtbot, demo_store, tmp_path)
    before = demo_store.case_list.total()
    window.ctx.ask.files.append(bad)
    window.import_cases()
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: bool(dialog.problems), timeout=10_000)
    text = "\n".join(dialog.problems)
    assert "line 3, column occurred_at" in text and "line 4, column kind" in text
    assert not dialog.import_button.isEnabled() and dialog.problem_box.isVisible()
    assert "Nothing has been written" in dialog.status.text()
    dialog.cancel()
    settle(window, qtbot)
    assert demo_store.case_list.total() == before


def test_import_adds_the_cases_and_refreshes_the_list(qtbot, store, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("occurred_at,customer_name,kind,summary\n"
                    "2026-01-02 10:00,Ann,complaint,First\n"
                    "2026-01-03 11:00,Bob,question,Second\n", encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    window.ctx.ask.files.append(good)
    window.import_cases()
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert re.search(r"2 case(s|\(s\)) and 2 new customer", dialog.status.text())
    assert store.case_list.total() == 0  # the check wrote nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(window.ctx.ask.informs), timeout=10_000)
    settle(window, qtbot)
    assert store.case_list.total() == 2
    assert [r.summary for r in _rows(window)] == ["Second", "First"]
    assert window.cases_stack.currentWidget() is window.splitter


def test_load_demo_from_the_welcome_page(qtbot, store, tmp_path):
    window = open_window(qtbot, store, tmp_path)
    window.welcome.page.demo_button.click()
    settle(window, qtbot)
    assert window.model.rowCount() == store.case_list.total() > 0
    assert window.cases_stack.currentWidget() is window.splitter


def test_profile_dialog_saves_the_fields_and_refuses_a_bad_one(qtbot, store, tmp_path):
    from ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(open_window(qtbot, store, tmp_path).ctx, first_run=True)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("Harbour Hotel")
    dialog.fields["currency"].setText("euro")
    dialog.save()
    assert "currency code" in dialog.errors.labels["currency"].text()
    assert not store.profile.is_set()
    dialog.fields["currency"].setText("EUR")
    dialog.fields["refund_limit"].setText("40")
    dialog.save()
    profile = store.profile.get()
    assert (profile.name, profile.currency, str(profile.refund_limit)) == (
        "Harbour Hotel", "EUR", "40.00")


def test_profile_dialog_sets_the_locale_that_reads_amounts(qtbot, store, tmp_path):
    from ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(open_window(qtbot, store, tmp_path).ctx)
    qtbot.addWidget(dialog)
    box = dialog.fields["locale"]
    assert box.currentText().startswith(store.profile.get().locale)
    box.setCurrentIndex(box.findData("de_DE"))
    assert "Deutsch" in box.currentText()
    dialog.fields["refund_limit"].setText("1.234,50")
    dialog.save()
    assert (store.profile.get().locale, str(store.profile.get().refund_limit)) == ("de_DE", "1234.50")
    box.setEditText("klingon")
    dialog.save()
    assert "not a locale" in dialog.errors.labels["locale"].text()
    assert store.profile.get().locale == "de_DE"


def test_window_remembers_its_column_widths(qtbot, store, tmp_path):
    window = open_window(qtbot, store, tmp_path)
    window.table.setColumnWidth(2, 333)
    window.close()
    again = open_window(qtbot, store, tmp_path)
    assert again.table.columnWidth(2) == 333


def test_closing_with_required_steps_open_asks_why_and_keeps_the_reason(qtbot, store, tmp_path):
    customer = store.customers.add(name="Ann")
    case = store.cases.add(customer_id=customer.id, kind="complaint", summary="Cold tea")
    template = next(t for t in store.checklists.templates() if any(s.required for s in t.steps))
    store.checklists.start(case.ref, template.name)
    window = open_window(qtbot, store, tmp_path)
    view = window.case_view
    view.set_case(case.ref)
    status = view.fields["status"]
    status.setCurrentIndex(status.findData("closed"))
    assert not view.save()  # no reason given: stays open
    assert store.cases.get(case.ref).status == "open"
    window.ctx.ask.texts.append("Customer moved abroad; cannot finish the steps")
    assert view.save()
    closed = store.cases.get(case.ref)
    assert (closed.status, closed.close_reason) == (
        "closed", "Customer moved abroad; cannot finish the steps")


def test_a_remedy_over_the_refund_limit_is_approved_from_the_case(qtbot, store, tmp_path):
    store.profile.update(owner="Rosa", refund_limit="20")
    customer = store.customers.add(name="Ann")
    case = store.cases.add(customer_id=customer.id, kind="complaint", summary="Ruined coat",
                           remedy="refund", remedy_cost="45")
    window = open_window(qtbot, store, tmp_path)
    view = window.case_view
    view.set_case(case.ref)
    assert view.approval_box.isVisible() and "refund limit of 20.00" in view.approval.text()
    view.approve_button.click()
    approved = store.cases.get(case.ref)
    assert approved.approved_by == "Rosa" and approved.approved_at
    assert not view.approve_button.isVisible()


def test_erase_customer_asks_first(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    customer = demo_store.customers.find(limit=1)[0]
    window.show_customer(customer.id)
    window.ctx.ask.confirms.append(False)
    window.customers.erase_button.click()
    assert not demo_store.customers.get(customer.id).erased
    window.ctx.ask.confirms.append(True)
    window.customers.erase_button.click()
    assert demo_store.customers.get(customer.id).erased


def test_a_new_older_case_is_selected_once_the_list_has_it(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)

    def fill(dialog):
        dialog.customer_edit.setText("Ada Lovelace")
        dialog.fields["summary"].setText("Logged late for last year")
        dialog.fields["occurred_at"].setText("2020-01-02 10:00")
        dialog.save()

    failures = _when_modal(qtbot, fill)
    window.new_case()
    if failures:
        raise failures[0]
    settle(window, qtbot)
    (case,) = demo_store.case_list.cases(CaseFilter(search="Logged late"))
    assert window.case_view.case.ref == case.ref
    assert window.model.row_at(window.table.currentIndex().row()).ref == case.ref


def test_a_word_of_three_letters_searches_without_waiting_for_a_pause(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    window._search_timer.setInterval(60_000)  # a pause that never comes in this test
    qtbot.keyClicks(window.search, "so")
    qtbot.wait(50)
    assert window.model.flt.search == ""  # two letters wait for the typing to pause
    qtbot.keyClicks(window.search, "urd")
    expected = demo_store.case_list.ids(CaseFilter(search="sourd"))
    qtbot.waitUntil(lambda: window.model.complete and list(window.model.ids) == list(expected),
                    timeout=10_000)
