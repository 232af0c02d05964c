"""Reminders in the window: the Due today panel, and a notification (system tray, or a banner
in the window where there is no tray) once when a target or follow-up falls due."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMenu, QPushButton, QSystemTrayIcon, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from data.model import now, parse_when
from data.reminders import Reminder, snooze_choices

CHECK_EVERY_MS = 60_000  # a minute: targets are minutes apart at the finest


def _when(value: str) -> str:
    return value[:16].replace("T", " ")


class ReminderCenter(QObject):
    """Checks what is due every minute on a worker; tells each newly due reminder once.
    `clock` gives the time (tests pass a fixed one)."""

    checked = Signal(list)  # the Due today list, after every check
    notified = Signal(list)  # the reminders just told
    show_requested = Signal()  # the owner clicked the tray icon or its message

    def __init__(self, ctx, clock: Callable[[], datetime] = now, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.tray: QSystemTrayIcon | None = None
        self.banner: QLabel | None = None  # set by the window: used where there is no tray
        self._checking = False
        self._running = False  # between start() and stop()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._soon = QTimer(self, singleShot=True, interval=500)  # changes come in bursts
        self._soon.timeout.connect(self.check)

    def data_changed(self, _what: str) -> None:
        """An acknowledged or resolved case, a ticked step: check again in a moment."""
        if self._running:
            self._soon.start()

    def start(self, icon: QIcon, banner: QLabel) -> None:
        self.banner = banner
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Goodwill: nothing due"))
            self.tray.messageClicked.connect(self.bring_forward)
            self.tray.activated.connect(lambda _reason: self.bring_forward())
            self.tray.show()
        self._running = True
        self.timer.start()
        self.check()

    def bring_forward(self) -> None:
        """A click on the tray icon or its message: the window, with Due today, in front."""
        window = self.parent()
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            self.show_requested.emit()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()
        self._soon.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        at = self.clock()

        def work(store, _progress):
            return store.reminder_check(at)

        def failed(_exc, _details):
            self._checking = False  # a busy file: the next minute tries again

        self.ctx.run_in_background(work, lambda result: self._arrived(at, result), failed)

    def _arrived(self, at: datetime, result) -> None:
        from shiboken6 import isValid

        if not isValid(self):  # the window closed while the check ran
            return
        self._checking = False
        today, fresh = result
        if fresh:
            try:
                self.ctx.store.mark_notified(fresh, at)
            except Exception:  # noqa: BLE001 - told again next minute rather than never
                fresh = []
        if fresh:
            self._tell(fresh)
            self.notified.emit(fresh)
        if self.tray is not None:
            self.tray.setToolTip(self.tr("Goodwill: %n due today", "", len(today)))
        self.checked.emit(today)

    def _tell(self, fresh: list[Reminder]) -> None:
        first = fresh[0]
        title = (self.tr("%n reminders due", "", len(fresh)) if len(fresh) > 1
                 else f"{first.ref}: {first.what()}")
        lines = [f"{r.ref}: {r.what()} ({r.customer_name})" for r in fresh[:5]]
        if len(fresh) > 5:
            lines.append(self.tr("and %n more", "", len(fresh) - 5))
        text = "\n".join(lines) if len(fresh) > 1 else f"{first.customer_name}: {first.summary}"
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        if self.banner is not None and (self.tray is None or not self.tray.supportsMessages()):
            self.banner.setText(self.tr("Reminder: ") + title
                                + ("" if len(fresh) > 1 else f" — {text}"))
            self.banner.show()

    def snooze(self, reminder: Reminder, until: datetime) -> None:
        self.ctx.store.snooze(reminder, until)
        self.check()


class DueTodayPanel(QWidget):
    """What is due today, overdue first; double-click opens the case; Snooze hides one."""

    open_case = Signal(str)

    def __init__(self, center: ReminderCenter, parent=None):
        super().__init__(parent)
        self.center = center
        self.reminders: list[Reminder] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Case"), self.tr("What"),
                                   self.tr("Customer")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Due today"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Due today summary"))
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem()))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.snooze_button.setMenu(self.snooze_menu)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.snooze_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        center.checked.connect(self.show_reminders)
        self._update_buttons()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        at = self.center.clock()
        kept = self.selected().key if self.selected() is not None else None
        self.reminders = reminders
        self.tree.clear()
        late = 0
        for r in reminders:
            overdue = r.overdue(at)
            late += overdue
            snoozed = r.snoozed_until and parse_when(r.snoozed_until) > at
            item = QTreeWidgetItem([
                ("⚠ " if overdue else "") + _when(r.due_at), r.ref,
                r.what() + (self.tr(" (snoozed until %1)").replace("%1", _when(r.snoozed_until))
                            if snoozed else ""),
                r.customer_name])
            item.setToolTip(2, r.summary)
            item.setData(0, Qt.ItemDataRole.UserRole, r)
            if overdue and not snoozed:
                for column in range(4):
                    item.setForeground(column, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
            if r.key == kept:
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        cases = len({r.case_id for r in reminders if r.overdue(at)})
        self.summary.setText(self.tr("Nothing due today.") if not reminders else
                             self.tr("%1 still due today · %2 overdue on %3 case(s)").replace(
                                 "%1", str(len(reminders) - late)).replace(
                                 "%2", str(late)).replace("%3", str(cases)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.tree.currentItem() is not None and bool(self.tree.selectedItems())
        self.open_button.setEnabled(chosen)
        self.snooze_button.setEnabled(chosen)

    def selected(self) -> Reminder | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _activated(self, item) -> None:
        if item is not None:
            self.open_case.emit(item.data(0, Qt.ItemDataRole.UserRole).ref)

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        for text, until in snooze_choices(self.center.clock()):
            self.snooze_menu.addAction(self.tr(text), lambda u=until: self.snooze_selected(u))

    def snooze_selected(self, until: datetime) -> None:
        reminder = self.selected()
        if reminder is not None:
            self.center.snooze(reminder, until)


def install_reminders(window) -> ReminderCenter:
    """Give the main window its Due today dock (View menu, Ctrl+Shift+D), the banner in its
    status bar for desktops without a tray, and a check every minute and after changes."""
    from PySide6.QtWidgets import QDockWidget

    ctx, settings = window.ctx, window.ctx.settings
    center = ReminderCenter(ctx, parent=window)
    window.due_today = DueTodayPanel(center)
    window.due_today.open_case.connect(window.show_case)
    dock = window.due_dock = QDockWidget(QCoreApplication.translate("window", "Due today"), window)
    dock.setObjectName("due_today")
    dock.setWidget(window.due_today)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    if settings.value("main/state") is None:  # first run: a modest strip
        window.resizeDocks([dock], [150], Qt.Orientation.Vertical)
    else:
        window.restoreState(settings.value("main/state"))
    toggle = dock.toggleViewAction()
    toggle.setShortcut("Ctrl+Shift+D")
    window.view_menu.addAction(toggle)
    dock.setVisible(str(settings.value("main/due_today", "true")) == "true")
    banner = window.reminder_banner = QLabel()
    banner.setAccessibleName(QCoreApplication.translate("window", "Reminder"))
    banner.setStyleSheet("background: rgba(230, 160, 20, 90); border-radius: 4px; "
                         "padding: 2px 6px;")
    banner.hide()
    window.statusBar().addWidget(banner, 1)
    center.notified.connect(lambda _: dock.show())
    center.show_requested.connect(dock.show)
    ctx.events.data_changed.connect(center.data_changed)  # a method: gone with the window
    center.start(window.windowIcon(), banner)
    return center
