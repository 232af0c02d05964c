"""The window on a shared PostgreSQL log: connection test, conflicting edits from another
desk, other desks' saves arriving in the list, who is working. Real widgets, real server
(skipped without GOODWILL_TEST_PG, through the pg_url fixture)."""
from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QSettings, QTimer

from data import pg
from data.store import Store
from tests.test_desk_locks import holding_the_write_lock
from tests.ui_support import open_window, settle, shared_dialog
from ui.shared_dialog import STAFF_KEY, saved_url


@pytest.fixture
def shared(pg_url):
    store = Store(pg_url)
    yield store
    store.close()


@pytest.fixture
def other_desk(pg_url):
    """A second desk on the same log."""
    store = Store(pg_url)
    yield store
    store.close()


def _wrong_user(url: str) -> str:
    if re.search(r"://[^/@]*@", url):
        return re.sub(r"://[^/@]*@", "://no_such_goodwill_user@", url, count=1)
    return url.replace("://", "://no_such_goodwill_user@", 1)


def test_connection_test_says_what_answered_and_why_a_wrong_user_is_refused(qtbot, shared,
                                                                            pg_url, tmp_path):
    ctx, dialog = shared_dialog(qtbot, shared, tmp_path)
    assert dialog.url.placeholderText() == "postgresql://user@host/dbname"
    dialog.url.setText(pg_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert dialog.result.text().startswith("Connected to PostgreSQL ")
    assert "holds a Goodwill log" in dialog.result.text()

    dialog.url.setText(_wrong_user(pg_url))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert "refused the user name or password" in dialog.result.text()
    assert "#d33" in dialog.result.styleSheet()


def test_save_remembers_the_shared_log_and_the_file_choice_forgets_it(qtbot, shared, pg_url,
                                                                      tmp_path):
    ctx, dialog = shared_dialog(qtbot, shared, tmp_path)
    dialog.url.setText("not a url")
    dialog.save_button.click()
    assert saved_url(ctx.settings) == "" and "postgresql://" in dialog.result.text()
    dialog.url.setText(pg_url)
    dialog.staff.setText("Ann")
    dialog.save_button.click()
    assert saved_url(ctx.settings) == pg_url
    assert ctx.settings.value(STAFF_KEY) == "Ann"

    ctx, dialog = shared_dialog(qtbot, shared, tmp_path)
    dialog.local_button.click()
    assert saved_url(ctx.settings) == ""
    assert ctx.ask.informs and "file on this computer" in ctx.ask.informs[-1][1]


def _conflict_setup(qtbot, shared, other_desk, tmp_path):
    customer = shared.customers.add(name="Ann")
    case = shared.cases.add(customer_id=customer.id, kind="complaint", summary="Cold tea",
                            details="As told at the till")
    window = open_window(qtbot, shared, tmp_path)
    view = window.case_view
    assert view.case.ref == case.ref
    view.fields["summary"].setText("Cold tea, mine")
    other_desk.cases.update(case.ref, {"summary": "Cold tea, theirs", "category": "Drinks"})
    return window, view, case


def test_a_conflicting_edit_is_caught_and_keep_mine_saves_over_theirs(qtbot, shared,
                                                                      other_desk, tmp_path):
    window, view, case = _conflict_setup(qtbot, shared, other_desk, tmp_path)
    window.ctx.ask.choices = [0]  # Keep my changes
    assert view.save()
    title, text, choices = window.ctx.ask.chosen[-1]
    assert choices == ["Keep my changes", "Take theirs"]
    assert "Summary" in text and "Category" in text
    fresh = other_desk.cases.get(case.ref)
    assert fresh.summary == "Cold tea, mine"
    assert fresh.category == "Drinks"  # their other field stays
    assert view.case.version == fresh.version


def test_a_conflicting_edit_take_theirs_reloads_the_form(qtbot, shared, other_desk, tmp_path):
    window, view, case = _conflict_setup(qtbot, shared, other_desk, tmp_path)
    window.ctx.ask.choices = [1]  # Take theirs
    assert view.save()
    assert view.fields["summary"].text() == "Cold tea, theirs"
    assert view.fields["category"].text() == "Drinks"
    assert not view.changes()
    assert other_desk.cases.get(case.ref).summary == "Cold tea, theirs"


def test_a_dismissed_conflict_saves_nothing_and_keeps_the_typing(qtbot, shared, other_desk,
                                                                 tmp_path):
    window, view, case = _conflict_setup(qtbot, shared, other_desk, tmp_path)
    window.ctx.ask.choices = [None]
    assert not view.save()
    assert view.fields["summary"].text() == "Cold tea, mine"
    assert other_desk.cases.get(case.ref).summary == "Cold tea, theirs"


def test_a_save_waiting_on_another_desks_lock_keeps_the_window_alive_and_says_who(
        qtbot, shared, pg_url, tmp_path):
    customer = shared.customers.add(name="Ann")
    shared.cases.add(customer_id=customer.id, kind="complaint", summary="Cold tea")
    window = open_window(qtbot, shared, tmp_path)
    view = window.case_view
    view.fields["summary"].setText("Typed while the other desk was stopped")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    with holding_the_write_lock(pg_url, "Goodwill: Back office (Bea)"):
        started = time.monotonic()
        assert not view.save()
        waited = time.monotonic() - started
    timer.stop()
    assert pg.LOCK_TIMEOUT_MS / 1000 - 0.5 < waited < pg.LOCK_TIMEOUT_MS / 1000 + 3
    # The event loop ran all along: the timer fired through the wait, not after it.
    during = [t for t in ticks if started < t < started + waited]
    assert len(during) >= waited / 0.05 * 0.5
    assert view.isEnabled()
    title, text = window.ctx.ask.errors[-1][:2]
    assert title == "Not saved"
    assert "Another desk has been saving to the shared log for longer than 5 s" in text
    assert "Back office (Bea)" in text and "it may have stopped" in text
    assert view.fields["summary"].text() == "Typed while the other desk was stopped"


def test_a_case_saved_on_another_desk_appears_in_the_list(qtbot, shared, other_desk,
                                                          tmp_path):
    customer = shared.customers.add(name="Ann")
    first = shared.cases.add(customer_id=customer.id, kind="complaint", summary="Cold tea")
    window = open_window(qtbot, shared, tmp_path)
    assert len(window.model.ids) == 1
    other_desk.cases.add(customer_id=customer.id, kind="question", summary="Opening hours?")
    qtbot.waitUntil(lambda: len(window.model.ids) == 2 and window.model.complete,
                    timeout=8_000)
    settle(window, qtbot)
    assert window.case_view.case.ref == first.ref  # the selection stays
    assert "of 2 cases" in window.status_counts.text()


def test_the_status_bar_shows_this_desk_and_the_others_working(qtbot, shared, other_desk,
                                                               tmp_path):
    other_desk.desks.touch("back-office", "Ben")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(STAFF_KEY, "Ann")
    settings.sync()
    window = open_window(qtbot, shared, tmp_path)
    qtbot.waitUntil(lambda: "Also working" in window.status_desks.text(), timeout=8_000)
    text = window.status_desks.text()
    assert "Desk: Ann" in text and "Also working: Ben (back-office)" in text
    assert window.windowTitle().startswith("Goodwill — shared: ")
    assert not window.restore_action.isVisible()
    names = {staff for _desk, staff, _seen in other_desk.desks.seen()}
    assert names == {"Ann", "Ben"}


def test_desks_are_upserted_and_old_ones_left_out(store):
    store.desks.touch("front", "Ann")
    store.desks.touch("front", "Ann B")
    store.desks.touch("back", "Ben")
    assert sorted((d, s) for d, s, _ in store.desks.seen()) == [("back", "Ben"), ("front", "Ann B")]
    assert store.desks.seen(within_minutes=-1) == []
    assert store.changes == 0  # a heartbeat is not a change to back up on quit


def test_a_file_in_a_synced_folder_is_warned_about_once(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from data.store import Store
    from ui.app import _warn_if_shared_folder
    from ui.context import AppContext
    from ui_support import ScriptedAsk

    folder = tmp_path / "OneDrive - Café" / "desk"
    folder.mkdir(parents=True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Store(folder / "goodwill.db") as store:
        ctx = AppContext(store, settings=settings, ask=ScriptedAsk())
        _warn_if_shared_folder(ctx, None)
        _warn_if_shared_folder(ctx, None)  # the next start: not again for this file
    assert len(ctx.ask.informs) == 1
    title, text = ctx.ask.informs[0]
    assert "shared folder" in title and "OneDrive - Café" in text and "Shared database" in text
    with Store(tmp_path / "local.db") as store:
        ctx = AppContext(store, settings=settings, ask=ScriptedAsk())
        _warn_if_shared_folder(ctx, None)
    assert ctx.ask.informs == []
