"""Saves from the window: Resolve is gated as Close is, and a tick beside a form with
unsaved typing does not turn the form's next save into a conflict. Real widgets, both
engines."""
from __future__ import annotations

from ui_support import open_window, settle


def _case_with_a_required_step(store):
    customer = store.customers.add(name="Ann")
    case = store.cases.add(customer_id=customer.id, kind="complaint", summary="Cold tea")
    template = next(t for t in store.checklists.templates() if any(s.required for s in t.steps))
    store.checklists.start(case.ref, template.name)
    return store.cases.get(case.ref)


def test_resolve_with_required_steps_open_asks_why_and_stays_resolved(qtbot, store, tmp_path):
    case = _case_with_a_required_step(store)
    window = open_window(qtbot, store, tmp_path)
    view = window.case_view
    view.set_case(case.ref)
    view.resolve()  # asked why, no reason given: nothing saved
    assert store.cases.get(case.ref).status == "open"
    assert "required steps are not done" in view.message.text()
    window.ctx.ask.texts.append("Customer did not want a call back")
    view.resolve()
    resolved = store.cases.get(case.ref)
    assert (resolved.status, resolved.close_reason) == (
        "resolved", "Customer did not want a call back")


def test_a_tick_beside_unsaved_typing_saves_without_a_conflict(qtbot, store, tmp_path):
    case = _case_with_a_required_step(store)
    window = open_window(qtbot, store, tmp_path)
    view = window.case_view
    view.set_case(case.ref)
    view.fields["summary"].setText("Cold tea, twice")
    assert view.checklist_panel.set_done(1, True)
    qtbot.wait(50)  # the announcement after the tick
    settle(window, qtbot)
    assert view.fields["summary"].text() == "Cold tea, twice"
    assert view.save()
    assert not window.ctx.ask.chosen, "no conflict question for this desk's own tick"
    saved = store.cases.get(case.ref)
    assert saved.summary == "Cold tea, twice"
    assert store.checklists.step(case.ref, 1).done
