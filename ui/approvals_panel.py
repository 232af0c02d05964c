"""In the Due today panel of the person at the desk: the remedies awaiting their approval and
the cases referred to them, with a notification (tray, else the window's banner) when one
arrives, as reminders are told (ui/reminders.py)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel, QSystemTrayIcon, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from data.l10n import format_number
from ui.actions import staff as actions
from ui.i18n import fill, label

CHECK_EVERY_MS = 60_000


class ApprovalsPanel(QWidget):
    """One line per remedy to decide or case referred; double-click opens the case.
    Hidden while nothing waits on the person at the desk."""

    open_case = Signal(str)
    arrived = Signal(list)  # lines not shown before (the notification tells them)

    def __init__(self, ctx, stopped=lambda: False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.stopped = stopped  # the window closed: check no more
        self.items: list[actions.Waiting] = []
        self._told: set[tuple[str, str]] = set()
        self._checking = False
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Waiting on you"), self.tr("Case"), self.tr("From")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Waiting on you"))
        self.tree.itemActivated.connect(
            lambda item: self.open_case.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)
        self._soon = QTimer(self, singleShot=True, interval=500)  # changes come in bursts
        self._soon.timeout.connect(self.check)
        self._every = QTimer(self, interval=CHECK_EVERY_MS)
        self._every.timeout.connect(self.check)
        self.hide()

    def start(self) -> None:
        self._every.start()
        self.check()

    def data_changed(self, _what: str) -> None:
        self._soon.start()

    def check(self) -> None:
        """Read the person's queue off the GUI thread."""
        actor = self.ctx.person
        if self.stopped():
            self._every.stop()
            return
        if actor is None:
            self.show_items([])
            return
        if self._checking:
            return
        self._checking = True

        def done(items):
            self._checking = False
            from shiboken6 import isValid

            if isValid(self) and not self.stopped():
                self.show_items(items)

        def failed(_exc, _details):
            self._checking = False  # a busy log: the next check tries again

        self.ctx.run_in_background(lambda store, _p: actions.waiting_on(store, actor), done,
                                   failed)

    def show_items(self, items: list[actions.Waiting]) -> None:
        self.items = items
        self.tree.clear()
        profile = self.ctx.store.profile.get() if items else None
        for w in items:
            if w.what == "approval":
                what = fill(self.tr("Approve or decline: %1 of %2 %3"), label(w.remedy),
                            format_number(w.amount, profile.locale, 2), profile.currency)
            else:
                what = fill(self.tr("Referred to you: %1"), w.note) if w.note else \
                    self.tr("Referred to you")
            case = f"{w.ref}  {w.summary}" + (f" — {w.customer}" if w.customer else "")
            item = QTreeWidgetItem([what, case, w.by])
            item.setData(0, Qt.ItemDataRole.UserRole, w.ref)
            item.setToolTip(0, what)
            self.tree.addTopLevelItem(item)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 360))
        approvals = sum(w.what == "approval" for w in items)
        referred = len(items) - approvals
        parts = ([self.tr("%n remedy(s) awaiting your approval", "", approvals)] if approvals
                 else []) + ([self.tr("%n case(s) referred to you", "", referred)] if referred
                             else [])
        self.title.setText(" · ".join(parts))
        self.tree.setMaximumHeight(self.tree.sizeHintForRow(0) * (min(len(items), 4) + 1) + 12
                                   if items else 0)
        self.setVisible(bool(items))
        fresh = [w for w in items if (w.what, w.ref) not in self._told]
        self._told = {(w.what, w.ref) for w in items}
        if fresh:
            self.arrived.emit(fresh)


class ApprovalsNotifier(QObject):
    """Tells newly waiting lines once: the reminders' tray icon, else the window's banner."""

    def __init__(self, window, panel: ApprovalsPanel):
        super().__init__(panel)
        self.window = window
        panel.arrived.connect(self.tell)

    def tell(self, fresh: list[actions.Waiting]) -> None:
        first = fresh[0]
        title = (self.tr("%n new for you to decide or take over", "", len(fresh))
                 if len(fresh) > 1 else
                 fill(self.tr("%1: awaiting your approval"), first.ref)
                 if first.what == "approval" else
                 fill(self.tr("%1: referred to you"), first.ref))
        text = "\n".join(f"{w.ref}: {w.summary}" for w in fresh[:5])
        center = getattr(self.window, "reminders", None)
        tray = center.tray if center is not None else None
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        banner = getattr(self.window, "reminder_banner", None)
        if banner is not None and (tray is None or not tray.supportsMessages()):
            banner.setText(title)
            banner.show()
        dock = getattr(self.window, "due_dock", None)
        if dock is not None:
            dock.show()


def install_approvals(window) -> ApprovalsPanel:
    """Above the Due today list: checked every minute, after changes, and when the person at
    the desk changes."""
    panel = ApprovalsPanel(window.ctx, stopped=lambda: window._stopped)
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(panel)
    layout.addWidget(window.due_today, 1)
    window.due_dock.setWidget(container)
    panel.open_case.connect(window.show_case)
    ApprovalsNotifier(window, panel)
    window.ctx.events.data_changed.connect(panel.data_changed)  # a method: gone with the window
    window.desk.person_changed.connect(panel.check)
    panel.start()
    return panel
