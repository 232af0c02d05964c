"""Reminders in the window with a fixed clock: the Due today panel, one notification per
reminder (the in-window banner where there is no tray), snooze, and acknowledging clears it."""
from __future__ import annotations

from datetime import timedelta

from ui_support import open_window, settle

from data.model import now

# The window starts on the real clock; the case fell due an hour ago.
T0 = now() - timedelta(hours=25)


class Clock:
    def __init__(self, at):
        self.at = at

    def __call__(self):
        return self.at


def started(window, qtbot):
    """The window's own first check has come back; from here the test's clock is used."""
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=10_000)
    window.reminders.timer.stop()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: not window.reminders._checking, timeout=10_000)


def test_due_today_lists_the_target_and_tells_it_once(store, qtbot, tmp_path):
    case = store.add_case(customer={"name": "Anna Kowalska"}, kind="complaint",
                          summary="Cake arrived squashed", occurred_at=T0.isoformat())
    window = open_window(qtbot, store, tmp_path)
    started(window, qtbot)
    told = []
    window.reminders.notified.connect(told.append)
    panel = window.due_today
    assert panel.tree.topLevelItemCount() == 1
    item = panel.tree.topLevelItem(0)
    assert item.text(1) == case.ref and item.text(0).startswith("⚠")
    if window.reminders.tray is None:  # offscreen: no tray, the banner in the window
        assert window.reminder_banner.isVisible() and case.ref in window.reminder_banner.text()
    assert window.due_dock.isVisible()
    clock = Clock(T0 + timedelta(hours=26))
    window.reminders.clock = clock
    window.reminders.check()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: not window.reminders._checking, timeout=10_000)
    assert told == []  # told once only, at the window's first check
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.snooze_selected(clock.at + timedelta(hours=1))
    settle(window, qtbot)
    qtbot.waitUntil(lambda: "snoozed until" in panel.tree.topLevelItem(0).text(2), timeout=5_000)
    assert panel.selected() is not None  # the selection outlives the refresh
    clock.at += timedelta(hours=1)
    window.reminders.check()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)  # the snooze ended: once more
    assert [r.kind for r in told[0]] == ["acknowledge"]


def test_acknowledging_takes_it_off_the_panel(store, qtbot, tmp_path):
    case = store.add_case(customer={"name": "Anna Kowalska"}, kind="complaint",
                          summary="Cake arrived squashed", occurred_at=T0.isoformat())
    window = open_window(qtbot, store, tmp_path)
    started(window, qtbot)
    assert window.due_today.tree.topLevelItemCount() == 1
    window.due_today.tree.setCurrentItem(window.due_today.tree.topLevelItem(0))
    window.due_today.open_button.click()
    assert window.case_view.case.ref == case.ref
    window.case_view.ack_button.click()
    qtbot.waitUntil(lambda: window.due_today.tree.topLevelItemCount() == 0, timeout=10_000)
    assert window.due_today.summary.text() == "Nothing due today."


def test_ticking_the_acknowledge_step_takes_acknowledge_off_the_panel(store, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    case = store.add_case(customer={"name": "Anna Kowalska"}, kind="complaint",
                          summary="Felt ill after the cake", occurred_at=T0.isoformat())
    store.start_checklist(case.ref, "Food safety or health report")
    window = open_window(qtbot, store, tmp_path)
    started(window, qtbot)
    assert [r.kind for r in window.due_today.reminders] == ["acknowledge"]
    window.show_case(case.ref)
    view = window.case_view
    view.tabs.setCurrentWidget(view._lazy_tabs["Checklist"])
    panel = view._lazy_tabs["Checklist"].ensure()
    qtbot.waitUntil(lambda: panel.step_item(1) is not None, timeout=5_000)
    panel.step_item(1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: store.case(case.ref).acknowledged_at is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not any(r.kind == "acknowledge"
                                    for r in window.due_today.reminders), timeout=10_000)
