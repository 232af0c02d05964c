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
    case = store.cases.add(customer={"name": "Anna Kowalska"}, kind="complaint",
                           summary="Cake arrived squashed", occurred_at=T0.isoformat())
    window = open_window(qtbot, store, tmp_path)
    started(window, qtbot)
    told = []
    window.reminders.notified.connect(told.append)
    panel = window.due_today
    assert panel.tree.topLevelItemCount() == 1
    item = panel.tree.topLevelItem(0)
    assert item.text(2).startswith(case.ref) and item.text(0).startswith("⚠")
    assert item.text(1) == "Acknowledge" and "Cake arrived squashed" in item.text(2)
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
    qtbot.waitUntil(lambda: "snoozed until" in panel.tree.topLevelItem(0).text(1), timeout=5_000)
    assert panel.selected() is not None  # the selection outlives the refresh
    clock.at += timedelta(hours=1)
    window.reminders.check()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)  # the snooze ended: once more
    assert [r.kind for r in told[0]] == ["acknowledge"]


def test_acknowledging_takes_it_off_the_panel(store, qtbot, tmp_path):
    case = store.cases.add(customer={"name": "Anna Kowalska"}, kind="complaint",
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

    case = store.cases.add(customer={"name": "Anna Kowalska"}, kind="complaint",
                           summary="Felt ill after the cake", occurred_at=T0.isoformat())
    store.checklists.start(case.ref, "Food safety or health report")
    window = open_window(qtbot, store, tmp_path)
    started(window, qtbot)
    assert [r.kind for r in window.due_today.reminders] == ["acknowledge"]
    window.show_case(case.ref)
    view = window.case_view
    view.tabs.setCurrentWidget(view._lazy_tabs["Checklist"])
    panel = view._lazy_tabs["Checklist"].ensure()
    qtbot.waitUntil(lambda: panel.step_item(1) is not None, timeout=5_000)
    panel.step_item(1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: store.cases.get(case.ref).acknowledged_at is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not any(r.kind == "acknowledge"
                                    for r in window.due_today.reminders), timeout=10_000)


def due_panel(store, qtbot, tmp_path, at):
    """The Due today panel alone, over `store`, its clock stopped at `at`."""
    from PySide6.QtCore import QSettings

    from ui.context import AppContext
    from ui.reminders import DueTodayPanel, ReminderCenter
    from ui_support import ScriptedAsk

    ctx = AppContext(store, QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat), ScriptedAsk())
    center = ReminderCenter(ctx, clock=Clock(at))
    panel = DueTodayPanel(center)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_reminders(store.reminders.due_today(at))
    return panel


def lines(panel):
    return [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]


def test_due_today_shows_one_line_per_case_with_what_the_case_is_and_how_late(
        store, qtbot, tmp_path):
    at = now()
    case = store.cases.add(customer={"name": "Anna Kowalska"}, kind="complaint",
                           summary="Cake arrived squashed",
                           occurred_at=(at - timedelta(days=40)).isoformat())
    panel = due_panel(store, qtbot, tmp_path, at)
    assert {r.kind for r in panel.reminders} == {"acknowledge", "resolve"}
    [line] = lines(panel)
    assert line.text(1) == "Acknowledge · Resolve"
    assert line.text(2) == f"{case.ref}  Cake arrived squashed — Anna Kowalska"
    # "39 days late" with the English catalogue (ui.i18n.install), "39 day(s) late" without
    assert line.text(0).startswith("⚠ 39 day") and line.text(0).endswith(" late")


def test_the_oldest_overdue_share_one_line_that_opens_to_list_them(store, qtbot, tmp_path):
    at = now()
    refs = [store.cases.add(customer={"name": f"Guest {n}"}, kind="complaint",
                            summary=f"Complaint {n}",
                            occurred_at=(at - timedelta(days=20 + 10 * n)).isoformat()).ref
            for n in range(8)]
    panel = due_panel(store, qtbot, tmp_path, at)
    shown = lines(panel)
    assert [line.text(2).split()[0] for line in shown[:3]] == refs[:3]  # the most recent
    group = shown[3]
    assert len(shown) == 4
    assert group.childCount() == 0  # made when it opens (hundreds over a busy log)
    oldest = at - timedelta(days=20 + 10 * 7)
    assert group.text(0).startswith("⚠ 5 more overdue since ")
    assert oldest.strftime("%B") in group.text(0)
    assert not group.isExpanded()
    opened = []
    panel.open_case.connect(opened.append)
    panel._activated(group)  # a click on the group line opens it, and opens no case
    assert group.isExpanded() and opened == [] and group.childCount() == 5
    panel._activated(group.child(4))
    assert opened == [refs[7]]


def test_nothing_due_takes_only_one_short_line(store, qtbot, tmp_path):
    panel = due_panel(store, qtbot, tmp_path, now())
    assert panel.summary.text() == "Nothing due today."
    assert not panel.tree.isVisible() and not panel.snooze_button.isVisible()
    assert panel.maximumHeight() < 3 * panel.summary.sizeHint().height()
    case = store.cases.add(customer={"name": "Anna Kowalska"}, kind="complaint",
                           summary="Cake arrived squashed", occurred_at=T0.isoformat())
    panel.show_reminders(store.reminders.due_today(now()))
    assert panel.tree.isVisible() and lines(panel)[0].text(2).startswith(case.ref)
    assert panel.maximumHeight() > 1000


def test_the_reminder_and_its_snooze_choices_speak_german(store, qtbot, tmp_path):
    """The banner's "Acknowledge by …" and the snooze menu, worded by data/ before, in the
    window's language with the locale's time."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    before = QLocale()
    store.profile.update(locale="de_DE")
    i18n.install("de_DE")
    try:
        case = store.cases.add(customer={"name": "Anna Kowalska"}, kind="complaint",
                              summary="Kuchen zerdrückt", occurred_at=T0.isoformat())
        window = open_window(qtbot, store, tmp_path)
        started(window, qtbot)
        if window.reminders.tray is None:
            banner = window.reminder_banner.text()
            assert f"{case.ref}: Bestätigen bis " in banner and "Acknowledge" not in banner
        panel = window.due_today
        panel._fill_snooze_menu()
        shown = [a.text() for a in panel.snooze_menu.actions()]
        assert "Morgen 9:00" in shown and "Nächste Woche" in shown and "Next week" not in shown
    finally:
        i18n.uninstall()
        QLocale.setDefault(before)


def test_telling_many_reminders_writes_nothing_on_the_window_thread(qtbot, tmp_path):
    """Marking reminders told is a write of one row each (84,000 at the first start over a
    log of 100,000 open cases): it happens on the check's worker, never on the connection
    the window's thread uses, which would freeze the window while it runs."""
    from data.store import Store

    store = Store(tmp_path / "many.db")
    for n in range(30):
        store.cases.add(customer={"name": f"Customer {n}"}, kind="complaint",
                       summary=f"Cold soup {n}", occurred_at=T0.isoformat())
    statements = []
    store.conn.set_trace_callback(statements.append)
    window = open_window(qtbot, store, tmp_path)
    told = []
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=10_000)
    window.reminders.notified.connect(told.append)
    qtbot.waitUntil(lambda: bool(told) or store.conn.execute(
        "SELECT count(*) FROM reminder_state").fetchone()[0] >= 30, timeout=10_000)
    settle(window, qtbot)
    store.conn.set_trace_callback(None)
    assert store.conn.execute("SELECT count(*) FROM reminder_state").fetchone()[0] == 30
    assert not [s for s in statements if "reminder_state" in s and "INSERT" in s]
    window.close()
    store.close()
