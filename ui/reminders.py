"""Reminders in the window: the Due today panel, and a notification (system tray, or a banner
in the window where there is no tray) once when a target or follow-up falls due."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMenu, QPushButton, QSystemTrayIcon, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from data.model import now, parse_when
from data.reminders import Reminder, snooze_choices
from ui.i18n import data_text, fill

CHECK_EVERY_MS = 60_000  # a minute: targets are minutes apart at the finest


def _when(value: str) -> str:
    return value[:16].replace("T", " ")


class ReminderCenter(QObject):
    """Checks what is due every minute on a worker; tells each newly due reminder once.
    `clock` gives the time (tests pass a fixed one)."""

    # Python lists as they are (object): a Signal(list) copies every element through a
    # QVariant for each receiver, a fifth of a second for the 84,000 reminders told at
    # the first check over a log of 100,000 open cases.
    checked = Signal(object)  # the Due today list, after every check
    notified = Signal(object)  # the reminders just told
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
            return store.reminders.check(at)

        def failed(_exc, _details):
            self._checking = False  # a busy file: the next minute tries again

        self.ctx.run_in_background(work, lambda result: self._checked(at, *result), failed)

    def _checked(self, at: datetime, today: list[Reminder], fresh: list[Reminder]) -> None:
        """What is due has been read; the newly due are marked told on a worker of their
        own before they are told (the first check over a log of many open cases marks
        tens of thousands, a write that froze the window for seconds on its thread). Only
        then is the next check allowed, so nothing is told twice."""
        from shiboken6 import isValid

        if not isValid(self):  # the window closed while the check ran
            return
        if not fresh:
            self._arrived(at, today, [])
            return

        def mark(store, _progress):
            store.reminders.mark_notified(fresh, at)

        self.ctx.run_in_background(
            mark, lambda _done: self._arrived(at, today, fresh),
            # Told again next minute rather than never.
            lambda _exc, _details: self._arrived(at, today, []), writes=True)

    def _arrived(self, at: datetime, today: list[Reminder], fresh: list[Reminder]) -> None:
        from shiboken6 import isValid

        if not isValid(self):  # the window closed while the marking ran
            return
        self._checking = False
        if fresh:
            self._tell(fresh)
            self.notified.emit(fresh)
        if self.tray is not None:
            self.tray.setToolTip(self.tr("Goodwill: %n due today", "", len(today)))
        self.checked.emit(today)

    def _what(self, r: Reminder) -> str:
        """What is due and by when, in the window's language and the locale's time."""
        if r.kind == "follow-up":
            return fill(self.tr("Follow up: %1"), r.step_text)
        return fill(self.tr("Acknowledge by %1") if r.kind == "acknowledge"
                    else self.tr("Resolve by %1"), _when(r.due_at))

    def _tell(self, fresh: list[Reminder]) -> None:
        first = fresh[0]
        title = (self.tr("%n reminders due", "", len(fresh)) if len(fresh) > 1
                 else f"{first.ref}: {self._what(first)}")
        lines = [f"{r.ref}: {self._what(r)} ({r.customer_name})" for r in fresh[:5]]
        if len(fresh) > 5:
            lines.append(self.tr("and %n more", "", len(fresh) - 5))
        text = "\n".join(lines) if len(fresh) > 1 else f"{first.customer_name}: {first.summary}"
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        if self.banner is not None and (self.tray is None or not self.tray.supportsMessages()):
            self.banner.setText(self.tr("Reminder: ") + title
                                + ("" if len(fresh) > 1 else f" — {text}"))
            self.banner.show()

    def snooze(self, reminders: list[Reminder], until: datetime) -> None:
        for reminder in reminders:
            self.ctx.store.reminders.snooze(reminder, until)
        self.check()


# Lines shown one by one for cases that fell due on earlier days (the most recent ones);
# the older ones share one line that opens to list them.
EARLIER_SHOWN = 3


class DueTodayPanel(QWidget):
    """What is due, one line per case: what to do, the case, how late. Today's first, then
    earlier days (most recent first), the oldest of those grouped under one line. Double-click
    opens the case; Snooze hides the line's reminders. Nothing due: one short line."""

    open_case = Signal(str)

    def __init__(self, center: ReminderCenter, parent=None):
        super().__init__(parent)
        self.center = center
        self.reminders: list[Reminder] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Case")])
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Due today"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._fill_group)
        # The grouped oldest lines (hundreds over a log with many open cases) are made
        # only when their group opens: making them froze the window at every check.
        self._group: QTreeWidgetItem | None = None
        self._older: list[list[Reminder]] = []
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
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        center.checked.connect(self.show_reminders)
        self._update_buttons()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        at = self.center.clock()
        chosen = self.selected()
        kept = chosen.case_id if chosen is not None else None
        self.reminders = reminders
        self.tree.clear()
        self._group, self._older = None, []
        start_of_today = at.replace(hour=0, minute=0, second=0, microsecond=0)
        lines: dict[int, list[tuple[datetime, Reminder]]] = {}
        due = {}  # each due time parsed once
        for r in reminders:
            when = due.get(r.due_at)
            if when is None:
                when = due[r.due_at] = parse_when(r.due_at)
            lines.setdefault(r.case_id, []).append((when, r))
        for timed in lines.values():  # a line goes by its case's most urgent reminder
            timed.sort(key=lambda tr: tr[0])
        # Today's soonest first, then earlier days most recent first.
        today = sorted((t for t in lines.values() if t[0][0] >= start_of_today),
                       key=lambda t: t[0][0])
        earlier = sorted((t for t in lines.values() if t[0][0] < start_of_today),
                         key=lambda t: t[0][0], reverse=True)
        today, earlier = ([[r for _, r in t] for t in part] for part in (today, earlier))
        shown = today + earlier[:EARLIER_SHOWN]
        older = earlier[EARLIER_SHOWN:]
        if len(older) == 1:
            shown, older = shown + older, []
        for rs in shown:
            self.tree.addTopLevelItem(self._line(rs, at))
        if older:
            oldest = min(due[rs[0].due_at] for rs in older)
            group = QTreeWidgetItem(["⚠ " + fill(self.tr("%n more overdue since %1", "",
                                                         len(older)), _month(oldest, at))])
            group.setToolTip(0, self.tr("Click to show them"))
            group.setForeground(0, Qt.GlobalColor.darkRed)
            group.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self._group, self._older = group, older
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # only once it is in the tree
            if kept is not None and any(rs[0].case_id == kept for rs in older):
                self._fill_group(group)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            for child in [item] + [item.child(j) for j in range(item.childCount())]:
                if kept is not None and self._case_of(child) == kept:
                    self.tree.setCurrentItem(child)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 320))
        later = sum(due[r.due_at] > at for r in reminders)
        cases = len({r.case_id for r in reminders if due[r.due_at] <= at})
        parts = ([self.tr("%n case(s) overdue", "", cases)] if cases else []) + (
            [self.tr("%n more due later today", "", later)] if later else [])
        self.summary.setText(" · ".join(parts) or self.tr("Nothing due today."))
        self._fold(not reminders)
        self._update_buttons()

    def _fill_group(self, item) -> None:
        """The group of the oldest overdue lines opens: its lines are made now."""
        if item is self._group and item.childCount() == 0:
            at = self.center.clock()
            item.addChildren([self._line(rs, at) for rs in self._older])

    def _line(self, reminders: list[Reminder], at: datetime) -> QTreeWidgetItem:
        """One case: what is due (the most urgent first), the case, and how late."""
        first = reminders[0]
        overdue = first.overdue(at)
        snoozed = [r.snoozed_until for r in reminders
                   if r.snoozed_until and parse_when(r.snoozed_until) > at]
        what = " · ".join(dict.fromkeys(self._what(r) for r in reminders))
        if len(snoozed) == len(reminders):
            what += fill(self.tr(" (snoozed until %1)"), _clock(max(snoozed)))
        case = f"{first.ref}  {first.summary}"
        if first.customer_name:
            case += f" — {first.customer_name}"
        item = QTreeWidgetItem([("⚠ " if overdue else "") + self._how_late(first, at), what,
                                case])
        item.setData(0, Qt.ItemDataRole.UserRole, reminders)
        item.setToolTip(0, fill(self.tr("Due %1"), _when(first.due_at)))
        item.setToolTip(2, first.summary)
        if overdue and len(snoozed) < len(reminders):
            for column in range(3):
                item.setForeground(column, Qt.GlobalColor.darkRed)
        return item

    def _what(self, r: Reminder) -> str:
        if r.kind == "follow-up":
            return fill(self.tr("Follow up: %1"), r.step_text)
        return self.tr("Acknowledge") if r.kind == "acknowledge" else self.tr("Resolve")

    def _how_late(self, r: Reminder, at: datetime) -> str:
        due = parse_when(r.due_at)
        if due > at:
            return fill(self.tr("due at %1"), _clock(r.due_at))
        late = at - due
        if late.days >= 1:
            return self.tr("%n day(s) late", "", late.days)
        hours = int(late.total_seconds() // 3600)
        return self.tr("%n hour(s) late", "", hours) if hours else self.tr("due now")

    def _fold(self, empty: bool) -> None:
        """Nothing due: only the summary line, so the panel takes no room from the cases."""
        self.tree.setVisible(not empty)
        self.open_button.setVisible(not empty)
        self.snooze_button.setVisible(not empty)
        self.setMaximumHeight(self.summary.sizeHint().height() + 8 if empty else 16_777_215)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and bool(self.tree.selectedItems())
        self.open_button.setEnabled(chosen)
        self.snooze_button.setEnabled(chosen)

    @staticmethod
    def _case_of(item) -> int | None:
        reminders = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return reminders[0].case_id if reminders else None

    def selected_line(self) -> list[Reminder]:
        """The reminders on the chosen line (none for the group line)."""
        item = self.tree.currentItem()
        return (item.data(0, Qt.ItemDataRole.UserRole) or []) if item is not None else []

    def selected(self) -> Reminder | None:
        line = self.selected_line()
        return line[0] if line else None

    def _activated(self, item) -> None:
        reminders = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if reminders:
            self.open_case.emit(reminders[0].ref)
        elif item is not None:  # the group line opens and closes
            item.setExpanded(not item.isExpanded())

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        for text, until in snooze_choices(self.center.clock()):
            self.snooze_menu.addAction(data_text(text), lambda u=until: self.snooze_selected(u))

    def snooze_selected(self, until: datetime) -> None:
        line = self.selected_line()
        if line:
            self.center.snooze(line, until)


def _clock(value: str) -> str:
    """A time of day in the window's locale."""
    when = parse_when(value)
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def _month(when: datetime, at: datetime) -> str:
    """`July`, or `July 2025` when it is not this year, in the window's language."""
    name = QLocale().standaloneMonthName(when.month, QLocale.FormatType.LongFormat)
    return name if when.year == at.year else f"{name} {when.year}"


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
    def unfold(reminders) -> None:
        # The panel shrank to one line while nothing was due: give the list its room back.
        if reminders and dock.height() < 100:
            window.resizeDocks([dock], [150], Qt.Orientation.Vertical)

    center.checked.connect(unfold)
    center.notified.connect(lambda _: dock.show())
    center.show_requested.connect(dock.show)
    ctx.events.data_changed.connect(center.data_changed)  # a method: gone with the window
    center.start(window.windowIcon(), banner)
    return center
