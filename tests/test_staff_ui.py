"""The window under staff records: who is at the desk, a remedy above the limit becoming a
request, the approver's panel and decision reaching the other desk, My cases."""
from __future__ import annotations

import pytest
from shiboken6 import isValid

from data.staff import NobodyActing
from data.store import Store
from tests.ui_support import open_window, settle


def _team(store):
    store.profile.update(name="Café Lumen", owner="Olga Owner", refund_limit="50", currency="EUR")
    store.staff.add("Olga", "owner")
    store.staff.add("Bob", "manager", limit="100", by="Olga")
    store.staff.add("Ann", "staff", limit="20", pin="1234", by="Olga")
    return store.cases.add(kind="complaint", summary="Cold soup", by="Olga",
                          customer={"name": "Ada", "email": "ada@example.com"})


@pytest.fixture
def desk(qtbot, tmp_path):
    """Opens a desk: a window with its own connection to the log and its own settings,
    waiting at the desk picker. Closed, with its connection, before the log goes away."""
    opened = []

    def open_desk(target, name):
        folder = tmp_path / name
        folder.mkdir()
        window = open_window(qtbot, Store(target), folder)
        opened.append(window)
        qtbot.waitUntil(lambda: window.desk.picker is not None, timeout=10_000)
        return window

    yield open_desk
    for window in opened:
        ctx = window.ctx
        if isValid(window):
            window.close()  # stops its timers and queries; a job on its way still answers
        qtbot.waitUntil(lambda c=ctx: not c.busy(), timeout=20_000)
        ctx.store.close()


def _sign_in(qtbot, window, name, pin=""):
    picker = window.desk.picker
    picker.people.setCurrentIndex(picker.people.findData(name))
    picker.pin.setText(pin)
    picker.accept()
    qtbot.waitUntil(lambda: window.ctx.person is not None, timeout=5_000)


def test_the_desk_picker_refuses_a_wrong_pin_and_takes_the_right_one(store, desk, qtbot):
    _team(store)
    window = desk(store.target, "a")
    picker = window.desk.picker
    picker.people.setCurrentIndex(picker.people.findData("Ann"))
    assert picker.pin.isEnabled()
    picker.pin.setText("9999")
    picker.accept()
    qtbot.waitUntil(lambda: "Wrong PIN for Ann" in picker.message.text(), timeout=5_000)
    assert picker.isVisible() and window.ctx.person is None
    assert picker.pin.text() == ""  # typed again, not left to be read over a shoulder
    picker.pin.setText("1234")
    picker.accept()
    qtbot.waitUntil(lambda: window.ctx.person is not None, timeout=5_000)
    assert window.ctx.person.name == "Ann" and window.desk.picker is None
    assert "Ann" in window.status_desks.text()
    assert window.ctx.settings.value("desk/person") == "Ann"


def test_a_cancelled_picker_leaves_nobody_and_says_changes_are_refused(store, desk, qtbot):
    case = _team(store)
    window = desk(store.target, "a")
    window.desk.picker.reject()
    assert window.ctx.person is None
    assert "nobody (changes are refused)" in window.status_desks.text()
    assert not window.case_view.isEnabled() and not window.new_action.isEnabled()
    with pytest.raises(NobodyActing, match="choose who is at the desk"):
        window.ctx.save(lambda s: s.cases.note(case.ref, "unnamed", by="Olga Owner"))
    assert [e for e in store.history.of(case.id) if e.field == "note"] == []
    window.desk.change_person()  # File > Change person… asks again
    assert window.desk.picker is not None


def test_without_staff_records_the_window_asks_nobody(store, qtbot, tmp_path):
    store.cases.add(kind="complaint", summary="Cold soup", customer={"name": "Ada"})
    window = open_window(qtbot, store, tmp_path)
    settle(window, qtbot)
    qtbot.wait(200)
    assert window.desk.picker is None and window.ctx.person is None
    assert not window.desk.my_cases.isVisibleTo(window)
    assert not window.desk.change_button.isVisibleTo(window)
    assert window.ctx.by() == store.profile.get().owner
    window.close()
    settle(window, qtbot)


def _type_remedy(window, kind, amount):
    view = window.case_view
    box = view.fields["remedy"]
    box.setCurrentIndex(box.findData(kind))
    view.fields["remedy_cost"].setText(amount)


def test_approval_flow_between_two_desks(target, desk, qtbot):
    """Ann (limit 20) asks for a 60 EUR refund; Bob's panel shows it; he approves; Ann's
    case shows it approved; the apology letter is refused until then."""
    with Store(target) as setup:
        case = _team(setup)
    ann = desk(target, "ann")
    _sign_in(qtbot, ann, "Ann", "1234")
    ann.show_case(case.ref)
    _type_remedy(ann, "refund", "60")
    assert ann.case_view.save()
    assert "request" in ann.case_view.message.text()
    strip = ann.case_view.authority
    assert "Awaiting approval by a manager or the owner" in strip.remedy.text()
    assert not strip.approve_button.isVisibleTo(ann)  # Ann may not decide it
    ann.case_view.open_letter("apology")
    assert ann.ctx.ask.errors and ann.ctx.ask.errors[-1][0] == "Letter not written"
    history = ann.ctx.store.history.of(case.id)
    assert any(e.field == "remedy" and e.by == "Ann" for e in history)

    bob = desk(target, "bob")
    _sign_in(qtbot, bob, "Bob")
    qtbot.waitUntil(lambda: bob.desk.approvals is not None
                    and [w.ref for w in bob.desk.approvals.items] == [case.ref], timeout=10_000)
    panel = bob.desk.approvals
    assert panel.isVisibleTo(bob)
    # Told as a reminder is: no tray on this display, so the window's banner.
    assert bob.reminder_banner.text() == f"{case.ref}: awaiting your approval"
    assert "awaiting your approval" in panel.title.text()
    assert "60.00 EUR" in panel.tree.topLevelItem(0).text(0)
    panel.tree.itemActivated.emit(panel.tree.topLevelItem(0), 0)  # opens the case
    assert bob.case_view.case.ref == case.ref
    assert bob.case_view.authority.approve_button.isVisibleTo(bob)
    bob.ctx.ask.texts.append("regular customer")
    bob.case_view.authority.approve_button.click()
    assert "approved by Bob" in bob.case_view.authority.remedy.text()
    qtbot.waitUntil(lambda: panel.items == [], timeout=5_000)

    if not ann.ctx.store.shared:  # a file: no other desk's poll; the desk refreshes
        ann.ctx.announce("all")
    qtbot.waitUntil(lambda: "approved by Bob" in strip.remedy.text(), timeout=10_000)
    assert "regular customer" in strip.remedy.text()
    ann.ctx.store.authority.check_letter(case.ref, "apology")  # no longer refused


def test_a_remedy_within_the_limit_is_granted_and_refer_hands_the_case_up(store, desk, qtbot):
    case = _team(store)
    ann = desk(store.target, "ann")
    _sign_in(qtbot, ann, "Ann", "1234")
    ann.show_case(case.ref)
    _type_remedy(ann, "refund", "15")
    assert ann.case_view.save()
    assert "granted" in ann.case_view.authority.remedy.text()
    ann.ctx.ask.choices.append(0)  # the first manager or owner offered: Olga
    ann.ctx.ask.texts.append("wants the owner")
    ann.case_view.authority.refer_button.click()
    assert "Assigned to Olga" in ann.case_view.authority.assigned.text()
    last = ann.ctx.store.history.of(case.id)[-1]
    assert (last.field, last.new, last.by) == ("referred", "Olga - wants the owner", "Ann")


def test_my_cases_lists_only_the_cases_assigned_to_the_person_at_the_desk(store, desk, qtbot):
    mine = _team(store)
    store.cases.add(kind="complaint", summary="Late delivery", by="Olga",
                   customer={"name": "Ben"})
    store.authority.assign(mine.ref, "Ann", by="Olga")
    window = desk(store.target, "a")
    _sign_in(qtbot, window, "Ann", "1234")
    settle(window, qtbot)
    assert len(window.model.ids) == 2
    window.desk.my_cases.setChecked(True)
    settle(window, qtbot)
    assert list(window.model.ids) == [mine.id]
    window.clear_filters()
    settle(window, qtbot)
    assert not window.desk.my_cases.isChecked() and len(window.model.ids) == 2


def test_the_ticking_name_is_the_person_at_the_desk(store, desk, qtbot):
    case = _team(store)
    window = desk(store.target, "a")
    _sign_in(qtbot, window, "Bob")
    window.show_case(case.ref)
    window.case_view.tabs.setCurrentIndex(1)
    panel = window.case_view._lazy_tabs["Checklist"].ensure()
    assert panel.by_box.currentText() == "Bob" and not panel.by_box.isEnabled()
    assert window.ctx.by() == "Bob"


def test_a_decline_needs_a_reason_and_takes_the_request_back(store, desk, qtbot):
    case = _team(store)
    store.authority.record_remedy(case.ref, "refund", "60", by="Ann")
    bob = desk(store.target, "bob")
    _sign_in(qtbot, bob, "Bob")
    bob.show_case(case.ref)
    strip = bob.case_view.authority
    bob.ctx.ask.texts.append("  ")  # no reason: nothing is decided
    strip.decline_button.click()
    assert "Awaiting approval" in strip.remedy.text()
    bob.ctx.ask.texts.append("offer a voucher instead")
    strip.decline_button.click()
    assert "Declined by Bob" in strip.remedy.text()
    assert "offer a voucher instead" in strip.remedy.text()
    assert not strip.approve_button.isVisibleTo(bob)
    assert store.authority.as_json(store.cases.get(case.ref))["remedy_status"] == "declined"
