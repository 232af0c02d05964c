"""The window's title and, on a shared log, other desks' saves and who is working: the
status bar's "Desk:" label, a poll for saves made elsewhere, and this desk's heartbeat."""
from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, QObject, QSysInfo, QTimer
from PySide6.QtWidgets import QLabel

from data.paths import APP_NAME
from ui.i18n import fill

# On a shared log: how often to look for other desks' saves (a cheap look at the
# notifications already received), and every how many looks this desk says it is working.
ELSEWHERE_POLL_MS = 2000
HEARTBEAT_POLLS = 30  # about a minute
RECENT_DESK_MINUTES = 10
STAFF_KEY = "desk/staff"  # settings: who works at this desk (Shared database… sets it)
DESK_KEY = "desk/name"  # settings: this computer's name in the list of desks


# lupdate reads translate("Context", "text"); the words keep the main window's context,
# where they were written first, and so their translations.
translate = QCoreApplication.translate


def staff_name(settings) -> str:
    """Who works at this desk: the setting, else the computer's user name."""
    name = str(settings.value(STAFF_KEY, "") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password file
        return ""


def desk_name(settings) -> str:
    """This computer in the list of desks: the setting, else its host name."""
    return str(settings.value(DESK_KEY, "") or "").strip() or QSysInfo.machineHostName() or "desk"


class DeskStatus(QObject):
    """Owned by the main window; `label` sits in its status bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.label = QLabel()
        self.label.setAccessibleName(translate("MainWindow", "Who is working"))
        # Set off from the counts beside it (permanent widgets sit edge to edge).
        self.label.setStyleSheet("QLabel { border-left: 1px solid palette(mid); "
                                 "padding-left: 8px; margin-left: 4px; }")
        self.other_desks: list[tuple[str, str, str]] = []
        self._heartbeat = None  # the running heartbeat job
        self._stopped = False
        self._polls = 0
        self._timer = QTimer(self, interval=ELSEWHERE_POLL_MS)
        self._timer.timeout.connect(self._poll_elsewhere)
        self.store = None  # the Store the timer and heartbeat are for
        self.show_desks()

    def stop(self) -> None:
        self._timer.stop()
        self._stopped = True  # a heartbeat still on its way is not shown

    def show_title(self) -> None:
        store = self.ctx.store
        if store.shared:
            from data.pg import short_location

            title = fill(translate("MainWindow", "%1 — shared: %2"), APP_NAME,
                         short_location(store.url))
        else:
            title = fill(translate("MainWindow", "%1 — %2"), APP_NAME, self.ctx.db_path.name)
        self.window.setWindowTitle(title)

    def start(self) -> None:
        """Follow the context's Store (again, after a restore replaced it)."""
        self.store = self.ctx.store
        self.show_title()
        if not self.ctx.store.shared:
            self._timer.stop()
            self.other_desks = []
            self.show_desks()
            return
        self._polls = 0
        self._timer.start()
        self.heartbeat()

    def _poll_elsewhere(self) -> None:
        """Another desk saved: reload the list and counts as after a save here (the
        selection and any unsaved typing in the case stay)."""
        if self.ctx.store.changed_elsewhere():
            self.ctx.announce("all")
        self._polls += 1
        if self._polls % HEARTBEAT_POLLS == 0:
            self.heartbeat()

    def heartbeat(self) -> None:
        """Tell the log this desk is working, and read who else is (off the GUI thread)."""
        if not self.ctx.store.shared or self._heartbeat is not None or self._stopped:
            return
        from data import pg

        desk = desk_name(self.ctx.settings)
        staff = self.ctx.person.name if self.ctx.person else staff_name(self.ctx.settings)
        pg.set_desk(desk, staff)  # this desk's next connections carry its name (lock messages)

        def work(store, _progress):
            store.desks.touch(desk, staff)
            return [d for d in store.desks.seen(RECENT_DESK_MINUTES) if d[0] != desk]

        def done(others) -> None:
            self._heartbeat = None
            if self._stopped:
                return
            self.other_desks = others
            self.show_desks()

        def failed(_exc, _details) -> None:
            self._heartbeat = None  # the server is away: the next heartbeat tries again

        self._heartbeat = self.ctx.run_in_background(work, done, failed, writes=True)

    def show_desks(self) -> None:
        session = getattr(self.window, "desk", None)  # built after the status bar
        name = ((session.person_name() if session else "") or staff_name(self.ctx.settings)
                or translate("MainWindow", "(no name)"))
        text = fill(translate("MainWindow", "Desk: %1"), name)
        if self.other_desks:
            others = ", ".join(
                fill(translate("MainWindow", "%1 (%2)", "staff (desk)"), staff or "?", desk)
                for desk, staff, _seen in self.other_desks)
            text += "  ·  " + fill(translate("MainWindow", "Also working: %1"), others)
        self.label.setText(text)
