"""Who is at the desk: the picker (with the PIN where one is set), "Change person", the person
in the status bar, and the "My cases" filter. Only once the business keeps staff records;
without them the window works as before (the owner's name on changes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QToolButton, QVBoxLayout,
)

from ui.actions import staff as actions
from ui.i18n import fill

PERSON_KEY = "desk/person"  # the last person at this desk: offered first next time


def role_word(role: str) -> str:
    """A staff role in the window's language."""
    words = {"owner": QCoreApplication.translate("Staff", "owner"),
             "manager": QCoreApplication.translate("Staff", "manager"),
             "staff": QCoreApplication.translate("Staff", "staff")}
    return words.get(role, role)


def person_text(member) -> str:
    """'Ann (manager)' in the window's language."""
    return fill(QCoreApplication.translate("Staff", "%1 (%2)", "person (role)"), member.name,
                role_word(member.role))


class DeskPicker(QDialog):
    """Choose yourself from the staff list; type your PIN when you have one. A wrong PIN
    keeps the dialog open with a message; nothing changes until a right one."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor = None  # set when accepted
        self.setWindowTitle(self.tr("Who is at the desk?"))
        # Also in the dialog itself: a window-modal dialog shown as a sheet has no title.
        question = QLabel(self.tr("Who is at the desk?"))
        question.setStyleSheet("font-weight: bold;")
        intro = QLabel(self.tr("Changes, ticks, letters and approvals made here are recorded "
                               "under your name."))
        intro.setWordWrap(True)
        self.people = QComboBox()
        self.people.setAccessibleName(self.tr("Person at the desk"))
        self._members = actions.desk_people(ctx.store)
        last = str(ctx.settings.value(PERSON_KEY, "") or "")
        current = ctx.person.name if ctx.person is not None else last
        for m in self._members:
            self.people.addItem(person_text(m), m.name)
        found = self.people.findData(current)
        self.people.setCurrentIndex(max(found, 0))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d33;")
        self.people.currentIndexChanged.connect(self._person_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.people)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._checking = False  # a PIN check is running
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._person_chosen()

    def member(self):
        index = self.people.currentIndex()
        return self._members[index] if 0 <= index < len(self._members) else None

    def _person_chosen(self, *_):
        member = self.member()
        has_pin = member is not None and member.has_pin
        self.pin.clear()
        self.pin.setEnabled(has_pin)
        self.pin.setPlaceholderText(self.tr("Your PIN") if has_pin else self.tr("No PIN set"))
        self.message.clear()
        (self.pin if has_pin else self.people).setFocus()

    def accept(self) -> None:
        """Check the PIN off the GUI thread (scrypt takes a fifth of a second on purpose)."""
        member = self.member()
        if member is None:
            self.message.setText(self.tr("Nobody is on the staff list yet."))
            return
        if self._checking:
            return
        self._checking = True
        self.buttons.setEnabled(False)
        name, pin = member.name, self.pin.text()
        self.ctx.run_in_background(lambda store, _p: actions.sign_in(store, name, pin),
                                   self._signed_in, lambda exc, _d: self._refused(name, exc))

    def _signed_in(self, actor) -> None:
        self._checking = False
        self.buttons.setEnabled(True)
        self.actor = actor
        super().accept()

    def _refused(self, name: str, exc: BaseException) -> None:
        self._checking = False
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        if isinstance(exc, actions.WrongPin):
            self.message.setText(fill(self.tr("Wrong PIN for %1. Try again."), name))
        else:  # left meanwhile, or the log is away
            self.message.setText(str(exc))


class DeskSession(QObject):
    """The window's part of who is at the desk: asks at start (after the first paint),
    offers Change person, shows the person and keeps the My cases filter."""

    person_changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.picker: DeskPicker | None = None  # the open picker (tests answer it)
        self.approvals = None  # ui.approvals_panel.ApprovalsPanel, after the first paint
        self.my_cases = QCheckBox(self.tr("&My cases"))
        self.my_cases.setAccessibleName(self.tr("Show only cases assigned to me"))
        self.my_cases.toggled.connect(window.apply_filter)
        self.change_button = QToolButton()
        self.change_button.setText(self.tr("Change person"))
        self.change_button.setAccessibleName(self.tr("Change the person at the desk"))
        self.change_button.setAutoRaise(True)
        self.change_button.clicked.connect(self.change_person)
        window.statusBar().addPermanentWidget(self.change_button)
        self.refresh()
        self.show_person()

    def staff_records(self) -> bool:
        return self.ctx.store.staff.any()

    def refresh(self) -> None:
        """Show what fits: nothing of this without staff records."""
        present = self.staff_records()
        self.my_cases.setVisible(present)
        self.change_button.setVisible(present)
        if not present:
            self.ctx.person = None

    def install_panel(self) -> None:
        """What waits on the person at the desk, above Due today (once reminders are in)."""
        if getattr(self.window, "due_today", None) is not None and self.approvals is None:
            from ui.approvals_panel import install_approvals

            self.approvals = install_approvals(self.window)

    def ask_at_start(self) -> None:
        if self.staff_records() and self.ctx.person is None:
            self.change_person()

    def change_person(self) -> None:
        """Open the picker beside the window (it does not stop the window's timers)."""
        if not self.staff_records():
            self.ctx.ask.inform(self.tr("Change person"), self.tr(
                "This business keeps no staff records, so changes are recorded under the "
                "owner's name. Add people with `goodwill staff add` (docs/staff-and-authority.md)."))
            return
        if self.picker is not None:
            self.picker.raise_()
            return
        self.picker = DeskPicker(self.ctx, self.window)
        self.picker.setWindowModality(Qt.WindowModality.WindowModal)
        self.picker.finished.connect(self._picked)
        self.picker.open()

    def _picked(self, result: int) -> None:
        picker, self.picker = self.picker, None
        if result == QDialog.DialogCode.Accepted and picker.actor is not None:
            self.ctx.person = picker.actor
            self.ctx.settings.setValue(PERSON_KEY, picker.actor.name)
            self.person_changed.emit()
            self.ctx.announce("all")  # the ticking name, the case's buttons, the queue
        picker.deleteLater()
        self.show_person()
        self.window.apply_filter()

    def show_person(self) -> None:
        """The person in the status bar; with staff records and nobody chosen, the case
        form and New case wait for someone (a save would be refused: ctx.save)."""
        self.window.desks.show_desks()
        nobody = self.ctx.person is None and self.staff_records()
        self.window.case_view.setEnabled(not nobody)
        self.window.new_action.setEnabled(not nobody)

    def person_name(self) -> str:
        """Who the status bar names: the person at the desk; with staff records and nobody
        chosen, says so; without staff records '' (the desk's staff name, as before)."""
        if self.ctx.person is not None:
            return self.ctx.person.name
        if self.staff_records():
            return self.tr("nobody (changes are refused)")
        return ""

    def assigned_filter(self) -> str:
        """The CaseFilter's assigned_to: the person at the desk when My cases is ticked."""
        if self.my_cases.isChecked() and self.ctx.person is not None:
            return self.ctx.person.name
        return ""

    def clear(self) -> None:
        self.my_cases.blockSignals(True)
        self.my_cases.setChecked(False)
        self.my_cases.blockSignals(False)


def install_desk(window) -> DeskSession:
    """The desk session, My cases beside the search (the filter row below it is already as
    wide as the list in German or French; the search gives way), asked for after the first
    paint."""
    session = DeskSession(window)
    page = window.search.parentWidget().layout()
    for i in range(page.count()):
        row = page.itemAt(i).layout()
        if row is not None and row.indexOf(window.search) >= 0:
            row.insertWidget(row.indexOf(window.search) + 1, session.my_cases)
            break
    window.paint_watcher.painted.connect(session.ask_at_start)
    window.paint_watcher.painted.connect(session.install_panel)
    return session
