"""The checklist tab, the closing gate in the case view, and the template editor, driven as the
owner drives them: real widgets, real database, scripted answers to questions."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from data.checklists import FOOD_SAFETY, GENERAL, REFUND, STAFF_CONDUCT
from data.model import parse_when
from ui.context import AppContext, Interaction


class ScriptedAsk(Interaction):
    """Answers questions from a list and remembers what was asked; errors fail loudly."""

    def __init__(self):
        super().__init__()
        self.answers: list = []
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []

    def text(self, title, label, default=""):
        self.asked.append((title, label))
        return self.answers.pop(0)

    def confirm(self, title, text):
        self.asked.append((title, text))
        return self.answers.pop(0)

    def error(self, title, text, details=""):
        self.errors.append(text)


@pytest.fixture
def ctx(store, tmp_path):
    store.profile.update(owner="Maria Rossi")
    return AppContext(store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                      ScriptedAsk())


@pytest.fixture
def panel(ctx, qtbot):
    from ui.checklist_panel import ChecklistPanel

    widget = ChecklistPanel(ctx)
    qtbot.addWidget(widget)
    return widget


def new_case(store, summary="Felt ill after the prawn sandwich", **fields):
    return store.cases.add(customer={"name": "Hannah Weber"}, kind=fields.pop("kind", "complaint"),
                           summary=summary, **fields)


def step_states(panel):
    return [panel.step_item(s.number).checkState(0) == Qt.CheckState.Checked
            for c in panel.checklists for s in c.steps]


def test_panel_suggests_and_starts_a_snapshot_of_the_template(ctx, panel, qtbot):
    case = new_case(ctx.store, severity="low")
    panel.set_case(case.ref)
    assert panel.template_box.currentData() == FOOD_SAFETY
    assert "(suggested)" in panel.template_box.currentText()
    ctx.ask.answers = [False]  # the severity stays as the owner set it
    panel.start_button.click()
    qtbot.waitUntil(lambda: len(panel.checklists) == 1)
    template = ctx.store.checklists.template(FOOD_SAFETY)
    assert [s.text for s in panel.checklists[0].steps] == [s.text for s in template.steps]
    assert panel.checklists[0].started_by == "Maria Rossi"


def test_the_suggestion_is_marked_in_the_business_language(ctx, panel, qtbot):
    from data.checklists import builtin_names

    ctx.store.profile.update(locale="de_DE")
    case = new_case(ctx.store, "Nach dem Krabbenbrötchen krank geworden", severity="low")
    panel.set_case(case.ref)
    german = builtin_names("de")[FOOD_SAFETY]
    assert german != FOOD_SAFETY
    assert panel.template_box.currentData() == german
    assert "(suggested)" in panel.template_box.currentText()


def test_ticking_in_the_panel_records_who_and_when_and_unticking_goes_to_history(ctx, panel, qtbot):
    case = new_case(ctx.store, "Slow service")
    ctx.store.checklists.start(case.ref, GENERAL)
    panel.set_case(case.ref)
    panel.by_box.setCurrentText("Tom")
    panel.step_item(2).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "Tom" in panel.step_item(2).text(1))
    step = ctx.store.checklists.step(case.ref, 2)
    assert step.done_by == "Tom" and parse_when(step.done_at)
    assert step_states(panel)[1]
    assert "1 of 9 steps done" in panel.progress.text()

    panel.by_box.setCurrentText("Maria Rossi")
    panel.step_item(2).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: panel.step_item(2).text(1) == "")
    assert not step_states(panel)[1]
    assert not ctx.store.checklists.step(case.ref, 2).done
    undone = [h for h in ctx.store.history.of(case.id) if h.field == "step undone"]
    assert len(undone) == 1 and undone[0].by == "Maria Rossi" and "Tom" in undone[0].old


def test_note_and_follow_up_are_saved_for_the_selected_step(ctx, panel, qtbot):
    case = new_case(ctx.store, "Refund please", kind="request")
    ctx.store.checklists.start(case.ref, REFUND)
    panel.set_case(case.ref)
    panel.tree.setCurrentItem(panel.step_item(2))
    panel.note_edit.setText("Receipt 4471, paid by card")
    panel.note_button.click()
    qtbot.waitUntil(lambda: "Receipt 4471" in panel.step_item(2).text(0))
    assert ctx.store.checklists.step(case.ref, 2).note == "Receipt 4471, paid by card"

    panel.tree.setCurrentItem(panel.step_item(2))
    panel.follow_up_edit.setDate(panel.follow_up_edit.date().currentDate().addDays(-1))
    panel.follow_up_button.click()
    qtbot.waitUntil(lambda: "Follow-up due" in panel.step_item(2).text(0))
    assert ctx.store.cases.is_overdue(case.id)
    panel.tree.setCurrentItem(panel.step_item(2))
    panel.clear_follow_up_button.click()
    qtbot.waitUntil(lambda: "Follow" not in panel.step_item(2).text(0))
    assert ctx.store.checklists.step(case.ref, 2).follow_up_at is None
    assert not ctx.store.cases.is_overdue(case.id)


def test_a_refused_tick_shows_the_problem_and_leaves_the_box_as_it_was(ctx, panel, qtbot):
    case = new_case(ctx.store, "Slow service")
    ctx.store.checklists.start(case.ref, GENERAL)
    panel.set_case(case.ref)
    ctx.store.checklists.tick(case.ref, 1, by="Rosa")  # ticked elsewhere since the panel drew it
    panel.step_item(1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: bool(ctx.ask.errors))
    assert "already done" in ctx.ask.errors[0]
    qtbot.waitUntil(lambda: "Rosa" in panel.step_item(1).text(1))
    assert ctx.store.checklists.step(case.ref, 1).done_by == "Rosa"


# ---- the closing gate through the case view ----------------------------------------------

@pytest.fixture
def case_view(ctx, qtbot):
    from ui.case_view import CaseView

    view = CaseView(ctx)
    qtbot.addWidget(view)
    return view


def close_from_view(view):
    combo = view.fields["status"]
    combo.setCurrentIndex(combo.findData("closed"))
    return view.save()


def test_case_view_refuses_to_close_until_steps_are_done_or_a_reason_is_given(ctx, case_view, qtbot):
    case = new_case(ctx.store, "Waiter was rude", staff="Tom")
    ctx.store.checklists.start(case.ref, STAFF_CONDUCT)
    case_view.set_case(case.ref)
    panel = case_view.checklist_panel
    assert panel.ref == case.ref and len(panel.checklists) == 1

    ctx.ask.answers = [None]  # the owner cancels the "Close anyway?" question
    assert not close_from_view(case_view)
    title, question = ctx.ask.asked[-1]
    assert title == "Close anyway?"
    required = [s for s in panel.checklists[0].steps if s.required]
    assert all(s.text in question for s in required)
    assert ctx.store.cases.get(case.ref).status == "open"

    for step in required:
        panel.step_item(step.number).setCheckState(0, Qt.CheckState.Checked)
        qtbot.waitUntil(lambda n=step.number: ctx.store.checklists.step(case.ref, n).done)
    qtbot.waitUntil(lambda: "All required steps are done" in panel.progress.text())
    asked = len(ctx.ask.asked)
    assert close_from_view(case_view)
    assert len(ctx.ask.asked) == asked, "no question once every required step is ticked"
    assert ctx.store.cases.get(case.ref).status == "closed"


def test_case_view_close_anyway_keeps_the_reason(ctx, case_view):
    case = new_case(ctx.store)
    ctx.store.checklists.start(case.ref, FOOD_SAFETY)
    case_view.set_case(case.ref)
    ctx.ask.answers = ["Customer emigrated; unreachable"]
    assert close_from_view(case_view)
    closed = ctx.store.cases.get(case.ref)
    assert (closed.status, closed.close_reason) == ("closed", "Customer emigrated; unreachable")
    assert any(h.field == "close_reason" for h in ctx.store.history.of(case.id))


def test_case_view_approve_records_who_approved_a_remedy_over_the_limit(ctx, case_view):
    ctx.store.profile.update(refund_limit="20")
    case = new_case(ctx.store, "Wedding cake collapsed", remedy="refund", remedy_cost="180")
    case_view.set_case(case.ref)
    assert case_view.approve_button.isVisibleTo(case_view)
    case_view.approve_button.click()
    approved = ctx.store.cases.get(case.ref)
    assert approved.approved_by == "Maria Rossi" and approved.approved_at


# ---- the template editor -----------------------------------------------------------------

@pytest.fixture
def editor(ctx, qtbot):
    from ui.checklist_editor import ChecklistTemplatesDialog

    dialog = ChecklistTemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def select(editor, name):
    for row in range(editor.list.count()):
        if editor.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            editor.list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} not listed")


def test_editor_shows_built_ins_read_only_and_copies_them(ctx, editor):
    select(editor, GENERAL)
    assert editor.name_edit.isReadOnly() and not editor.save_button.isEnabled()
    assert "cannot be changed" in editor.notice.text()
    editor.copy_button.click()
    copy = editor.current
    assert copy is not None and copy.id is not None and not copy.builtin
    assert not editor.name_edit.isReadOnly()
    editor.name_edit.setText("Our café recovery")
    editor.steps.item(0, 0).setText("Listen first, then talk")
    editor.steps.item(1, 2).setCheckState(Qt.CheckState.Checked)
    editor.steps.item(1, 3).setText("2")
    assert editor.save()
    saved = ctx.store.checklists.template("Our café recovery")
    assert saved.steps[0].text == "Listen first, then talk"
    assert saved.steps[1].required and saved.steps[1].follow_up_days == 2
    assert ctx.store.checklists.template(GENERAL).steps[0].text != "Listen first, then talk"


def test_editor_adds_a_new_template_and_refuses_a_nameless_one(ctx, editor, qtbot):
    editor.new_button.click()
    editor.steps.item(0, 0).setText("Ring the customer back")
    assert not editor.save()
    assert "name" in editor.message.text()
    editor.name_edit.setText("Phone call-back")
    editor.when_edit.setText("Any complaint by phone")
    editor.add_step("Write down what they said", "", False, None)
    editor.steps.setCurrentCell(1, 0)
    editor.move_step(-1)
    assert editor.save()
    saved = ctx.store.checklists.template("Phone call-back")
    assert [s.text for s in saved.steps] == ["Write down what they said", "Ring the customer back"]
    assert [s.required for s in saved.steps] == [False, True]


def test_editing_a_template_in_the_editor_leaves_started_cases_alone(ctx, editor):
    own = ctx.store.checklists.copy_template(REFUND, "Our refunds")
    case = new_case(ctx.store, "Refund please")
    ctx.store.checklists.start(case.ref, "Our refunds")
    editor.reload(select="Our refunds")
    editor.steps.item(0, 0).setText("Changed later")
    assert editor.save()
    assert ctx.store.checklists.template("Our refunds").steps[0].text == "Changed later"
    assert ctx.store.checklists.of(case.id)[0].steps[0].text == own.steps[0].text


def test_a_cold_soup_is_not_offered_the_food_safety_checklist(ctx, panel):
    case = new_case(ctx.store, "The soup was cold", category="Food")
    panel.set_case(case.ref)
    suggested = [panel.template_box.itemData(i) for i in range(panel.template_box.count())
                 if "(suggested)" in panel.template_box.itemText(i)]
    assert suggested and FOOD_SAFETY not in suggested
    assert panel.template_box.currentData() != FOOD_SAFETY


def test_feeling_ill_after_a_meal_is_offered_the_food_safety_checklist(ctx, panel):
    case = new_case(ctx.store, "Felt ill after the soup", category="Food")
    panel.set_case(case.ref)
    assert panel.template_box.currentData() == FOOD_SAFETY
    assert "(suggested)" in panel.template_box.currentText()


def test_starting_a_checklist_asks_before_changing_the_severity(ctx, panel, qtbot):
    case = new_case(ctx.store, severity="medium")
    panel.set_case(case.ref)
    ctx.ask.answers = [False]
    assert panel.start_selected()
    assert ctx.ask.asked == [("Change the severity?",
                              "This checklist suggests severity Critical (now Medium). Change it?")]
    assert ctx.store.cases.get(case.ref).severity == "medium"
    assert not any(h.field == "severity" for h in ctx.store.history.of(case.id))


def test_the_severity_changes_when_the_owner_says_yes(ctx, panel, qtbot):
    case = new_case(ctx.store, severity="medium")
    panel.set_case(case.ref)
    ctx.ask.answers = [True]
    assert panel.start_selected()
    assert ctx.store.cases.get(case.ref).severity == "critical"
    [change] = [h for h in ctx.store.history.of(case.id) if h.field == "severity"]
    assert (change.old, change.new, change.by) == ("medium", "critical", "Maria Rossi")


def test_a_checklist_without_a_severity_asks_nothing(ctx, panel, qtbot):
    case = new_case(ctx.store, "The soup was cold", severity="low")
    panel.set_case(case.ref)
    panel.template_box.setCurrentIndex(panel.template_box.findData(GENERAL))
    assert panel.start_selected()
    assert ctx.ask.asked == [] and ctx.store.cases.get(case.ref).severity == "low"
