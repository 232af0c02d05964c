"""Logging a new case from the keyboard in one form; Ctrl+Enter saves."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from data.model import CHANNELS, KINDS, SEVERITIES, Case, Customer, ValidationError, now
from data.errors import NotFound, WriteFailed
from ui.actions import cases
from ui.form_fields import FieldErrors, enum_combo


class NewCaseDialog(QDialog):
    """Type the customer's name: existing customers are offered as you type (their flag is
    shown when one is picked); a name not picked makes a new customer on save."""

    def __init__(self, ctx, parent=None, customer: Customer | None = None,
                 categories: list[str] | None = None, staff: list[str] | None = None):
        """`categories` and `staff` offer past values; the main window passes the lists it
        already read off the GUI thread (a million cases make these queries slow)."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New case"))
        self.saved: Case | None = None
        self.customer: Customer | None = None
        self._offered: dict[str, Customer] = {}
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(field: str, text: str, widget: QWidget) -> QWidget:
            return self.errors.add_row(form, self.fields, field, text, widget)

        self.customer_edit = add("customer_name", self.tr("&Customer"), QLineEdit())
        self.customer_edit.setPlaceholderText(self.tr("Type a name, e-mail or phone to find or add"))
        self.customer_model = QStringListModel(self)
        completer = QCompleter(self.customer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.customer_edit.setCompleter(completer)
        self.customer_edit.textEdited.connect(self._customer_typed)
        self.customer_note = QLabel()
        self.customer_note.setWordWrap(True)
        form.addRow("", self.customer_note)
        self.flag_label = QLabel()
        self.flag_label.setWordWrap(True)
        self.flag_label.setAccessibleName(self.tr("Customer flag"))
        self.flag_label.setStyleSheet(
            "background: rgba(230, 160, 20, 70); border-radius: 4px; padding: 4px;")
        self.flag_label.hide()
        form.addRow("", self.flag_label)
        self.email_edit = add("customer_email", self.tr("E-&mail"), QLineEdit())
        self.phone_edit = add("customer_phone", self.tr("P&hone"), QLineEdit())

        add("kind", self.tr("&Kind"), enum_combo(KINDS, self.tr("Kind")))
        add("channel", self.tr("Cha&nnel"), enum_combo(CHANNELS, self.tr("Channel")))
        category = add("category", self.tr("C&ategory"), QLineEdit())
        cat_completer = QCompleter(ctx.store.case_list.categories() if categories is None else categories,
                                   self)
        cat_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        cat_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        category.setCompleter(cat_completer)
        add("severity", self.tr("Se&verity"), enum_combo(SEVERITIES, self.tr("Severity")))
        self.fields["severity"].setCurrentIndex(SEVERITIES.index("medium"))
        add("summary", self.tr("&Summary"), QLineEdit()).setPlaceholderText(
            self.tr("What happened, in one line"))
        details = QPlainTextEdit()
        details.setTabChangesFocus(True)
        details.setMinimumHeight(70)
        add("details", self.tr("&Details"), details)
        staff = add("staff", self.tr("S&taff"), QLineEdit())
        staff_completer = QCompleter(ctx.store.case_list.staff_names() if staff is None else staff, self)
        staff_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        staff.setCompleter(staff_completer)
        when = add("occurred_at", self.tr("&When"), QLineEdit(now().strftime("%Y-%m-%d %H:%M")))
        when.setToolTip(self.tr("YYYY-MM-DD HH:MM; now unless you change it"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d33;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save (Ctrl+Enter)"))
        save.setDefault(False)
        save.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(560, 600)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._offer_customers)
        if customer is not None:
            self.customer_edit.setText(customer.name)
            self._use(customer)
            self.fields["kind"].setFocus()
        else:
            self._use(None)
            self.customer_edit.setFocus()

    def done(self, result: int) -> None:
        self._search_timer.stop()
        super().done(result)

    # ---- customer type-ahead ------------------------------------------------------------------
    @staticmethod
    def _offer_text(c: Customer) -> str:
        extra = c.email or c.phone
        return f"{c.name} <{extra}>" if extra else c.name

    def _customer_typed(self, text: str) -> None:
        if self.customer is not None and text != self.customer.name:
            self._use(None)
        self._search_timer.start()

    def _offer_customers(self) -> None:
        found = self.ctx.store.customers.find(self.customer_edit.text(), limit=20)
        self._offered = {self._offer_text(c): c for c in found if not c.erased}
        self.customer_model.setStringList(list(self._offered))
        if self._offered and self.customer_edit.hasFocus():
            self.customer_edit.completer().complete()  # the list changed after the keystroke
        exact = [c for c in self._offered.values()
                 if c.name.casefold() == self.customer_edit.text().strip().casefold()]
        self.customer_note.setText(
            self.tr("%n existing customer(s) with this name: pick one from the list, or save "
                    "to add a new customer.", "", len(exact)) if exact else "")

    def _picked(self, text: str) -> None:
        customer = self._offered.get(text)
        if customer is not None:
            self.customer_edit.setText(customer.name)
            self._use(customer)

    def _use(self, customer: Customer | None) -> None:
        """Pick an existing customer (or none: a new one will be added on save)."""
        if customer is None and self.customer is not None:
            self.email_edit.clear()
            self.phone_edit.clear()
        self.customer = customer
        self.flag_label.setText(f"⚑ {customer.flag}" if customer and customer.flag else "")
        self.flag_label.setVisible(bool(customer and customer.flag))
        for edit in (self.email_edit, self.phone_edit):
            edit.setReadOnly(customer is not None)
        if customer is not None:
            self.email_edit.setText(customer.email)
            self.phone_edit.setText(customer.phone)
            self.customer_note.setText(self.tr("Existing customer."))
        else:
            self.customer_note.setText("")

    # ---- saving ------------------------------------------------------------------------------
    def _value(self, field: str) -> str:
        widget = self.fields[field]
        if hasattr(widget, "currentData"):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def save(self) -> None:
        fields = {f: self._value(f) for f in ("kind", "channel", "category", "severity",
                                              "summary", "details", "staff", "occurred_at")}
        if self.customer is not None:
            who = {"customer_id": self.customer.id}
        else:
            who = {"customer": {"name": self.customer_edit.text(),
                                "email": self.email_edit.text(),
                                "phone": self.phone_edit.text()}}
        self.errors.clear()
        self.message.clear()
        try:
            self.saved = cases.log(self.ctx.store, self.ctx.actor(), **who, **fields)
        except ValidationError as exc:
            unplaced = self.errors.show(exc.problems)
            self.message.setText(self.tr("Not saved: please correct the fields marked in red.")
                                 + ("\n" + "\n".join(unplaced) if unplaced else ""))
            first = next((self.fields[f] for f in exc.problems if f in self.fields), None)
            if first is not None:
                first.setFocus()
            return
        except (WriteFailed, NotFound) as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return
        self.ctx.announce("cases")
        self.accept()
