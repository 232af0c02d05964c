"""Customers: a searchable list and a page per customer with their details, flag and cases."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from data.l10n import locale_name
from data.model import CaseFilter, Customer, ValidationError, money_text
from data.privacy import BACKUPS_NOTE
from data.errors import NotFound, WriteFailed
from ui.case_model import CaseTableModel
from ui.form_fields import FieldErrors
from ui.actions import customers
from ui.i18n import fill

LIST_LIMIT = 500
# The letter languages offered for a customer, each in its home country's form.
LANGUAGE_CHOICES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "en_GB", "en_US")


def language_box() -> QComboBox:
    """The customer's preferred letter language; the first entry means the business's."""
    box = QComboBox()
    box.addItem("The business's language", "")
    for code in LANGUAGE_CHOICES:
        box.addItem(locale_name(code), code)
    return box


def _value(widget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentData() or ""
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _set_value(widget, value: str) -> None:
    if isinstance(widget, QComboBox):
        if value and widget.findData(value) < 0:  # a locale typed elsewhere (CSV, de_AT)
            widget.addItem(locale_name(value), value)
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        widget.setPlainText(value)


class CustomersPage(QWidget):
    open_case = Signal(str)
    new_case_for = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer: Customer | None = None
        self.errors = FieldErrors()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer by name, e-mail or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Customers"))
        self.list.currentItemChanged.connect(self._picked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Customer summary"))
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for key, text in (("name", self.tr("&Name")), ("email", self.tr("E-&mail")),
                          ("phone", self.tr("&Phone")), ("address", self.tr("A&ddress")),
                          ("notes", self.tr("N&otes")), ("flag", self.tr("&Flag")),
                          ("language", self.tr("Letter &language"))):
            widget = (QPlainTextEdit() if key in ("address", "notes")
                      else language_box() if key == "language" else QLineEdit())
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(54)
            self.errors.add_row(form, self.fields, key, text, widget)
        self.fields["flag"].setPlaceholderText(
            self.tr("Shown whenever a case is logged for them, e.g. 'refer to the owner'"))
        self.save_button = QPushButton(self.tr("Save customer"))
        self.save_button.clicked.connect(self.save)
        self.new_case_button = QPushButton(self.tr("New case for this customer"))
        self.new_case_button.clicked.connect(
            lambda: self.customer and self.new_case_for.emit(self.customer))
        self.merge_button = QPushButton(self.tr("Merge with…"))
        self.merge_button.setToolTip(self.tr("Another record of the same customer: move its "
                                             "cases here and keep the values you choose"))
        self.merge_button.clicked.connect(self.merge_customer)
        self.export_button = QPushButton(self.tr("Export this customer's data…"))
        self.export_button.clicked.connect(self.export_customer)
        self.erase_button = QPushButton(self.tr("Erase this customer…"))
        self.erase_button.clicked.connect(self.erase_customer)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.new_case_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.erase_button):
            buttons.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.cases = CaseTableModel(ctx, CaseFilter(customer_id=-1))
        self.case_table = QTableView()
        self.case_table.setModel(self.cases)
        self.case_table.setAccessibleName(self.tr("This customer's cases"))
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSortingEnabled(True)
        self.case_table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.case_table.verticalHeader().hide()
        self.case_table.verticalHeader().setDefaultSectionSize(
            self.case_table.fontMetrics().height() + 8)
        self.case_table.doubleClicked.connect(self._open_case)
        metrics = self.case_table.fontMetrics()
        for column, width in enumerate((110, 125, 140, 90, 110, 75, 110, 80, 55, 70)):
            # Never narrower than the column's translated name ("Antigüedad").
            title = str(self.cases.headerData(column, Qt.Orientation.Horizontal) or "")
            self.case_table.setColumnWidth(
                column, max(width, metrics.horizontalAdvance(title) + 24))

        right = QWidget()
        page = QVBoxLayout(right)
        page.addWidget(self.heading)
        page.addWidget(self.summary)
        page.addLayout(form)
        page.addLayout(buttons)
        page.addWidget(self.message)
        page.addWidget(QLabel(self.tr("Cases (double-click to open):")))
        page.addWidget(self.case_table, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        state = ctx.settings.value("customers/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        ctx.events.data_changed.connect(self._data_changed)
        self.refresh_list()
        self._show(None)

    def save_settings(self) -> None:
        self.ctx.settings.setValue("customers/splitter", self.splitter.saveState())

    # ---- list ------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        keep = self.customer.id if self.customer else None
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.ctx.store.customers.find(self.search.text(), limit=LIST_LIMIT):
            extra = c.email or c.phone
            text = ("⚑ " if c.flag else "") + c.name + (f"  ({extra})" if extra else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
            if c.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _picked(self, item, _previous=None) -> None:
        if item is not None:
            self.show_customer(item.data(Qt.ItemDataRole.UserRole))

    def show_customer(self, customer_id: int) -> None:
        try:
            summary = self.ctx.store.customers.summary(customer_id)
        except NotFound:
            self._show(None)
            return
        self._show(summary)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == customer_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                break

    # ---- page ------------------------------------------------------------------------------
    def _show(self, summary) -> None:
        self.errors.clear()
        self.message.clear()
        self.customer = summary.customer if summary else None
        for widget in self.fields.values():
            widget.setEnabled(summary is not None)
        for button in (self.save_button, self.new_case_button, self.export_button,
                       self.erase_button, self.merge_button):
            button.setEnabled(summary is not None)
        self.merge_button.setEnabled(summary is not None and not summary.customer.erased)
        if summary is None:
            self.heading.setText(self.tr("No customer selected"))
            self.summary.clear()
            for widget in self.fields.values():
                _set_value(widget, "")
            self.cases.set_filter(CaseFilter(customer_id=-1))
            return
        c = summary.customer
        self.heading.setText(fill(self.tr("%1  (erased)"), c.name) if c.erased else c.name)
        currency = self.ctx.store.profile.get().currency
        last = (summary.last_visit or "")[:10] or self.tr("never")
        self.summary.setText(fill(
            self.tr("%1, %2, remedies paid %3 %4, last visit %5"),
            self.tr("%n case(s)", "", summary.cases),
            self.tr("%n complaint(s)", "", summary.complaints),
            money_text(summary.remedies_paid), currency, last))
        for key, widget in self.fields.items():
            _set_value(widget, getattr(c, key))
        self.cases.set_filter(CaseFilter(customer_id=c.id))

    def _open_case(self, index) -> None:
        row = self.cases.row_at(index.row())
        if row is not None:
            self.open_case.emit(row.ref)

    def _data_changed(self, _what: str) -> None:
        self.refresh_list()
        if self.customer is not None:
            self.show_customer(self.customer.id)

    def save(self) -> None:
        if self.customer is None:
            return
        values = {k: _value(w) for k, w in self.fields.items()}
        self.errors.clear()
        try:
            customer_id, actor = self.customer.id, self.ctx.actor()
            self.ctx.save(lambda store: customers.edit(store, actor, customer_id, values),
                          busy=self)
        except ValidationError as exc:
            self.errors.show(exc.problems)
            self.message.setText(self.tr("Not saved: please correct the fields marked in red."))
            return
        except (WriteFailed, NotFound) as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return
        self.ctx.announce("customers")
        self.message.setText(self.tr("Saved."))

    def merge_customer(self) -> None:
        if self.customer is None:
            return
        from ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, self.customer, self)
        if dialog.exec():
            self.message.setText(self.tr("Merged: %n case(s) moved here.", "",
                                         dialog.merged_cases))
        dialog.deleteLater()

    def export_customer(self) -> None:
        if self.customer is None:
            return
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.customer.name).strip("-")
        dest = self.ctx.ask.save_file(self.tr("Export this customer's data"),
                                      self.tr("Zip files (*.zip)"),
                                      f"{safe or 'customer'}-data.zip")
        if dest is None:
            return
        try:
            written = customers.export(self.ctx.store, self.customer.id, dest)
        except (OSError, WriteFailed, NotFound) as exc:
            self.ctx.ask.error(self.tr("Not exported"), str(exc))
            return
        self.ctx.ask.inform(self.tr("Exported"), fill(self.tr("The data of %1 was saved to %2."),
                                                      self.customer.name, written))

    def erase_customer(self) -> None:
        if self.customer is None:
            return
        name = self.customer.name
        if not self.ctx.ask.confirm(
                self.tr("Erase this customer?"),
                fill(self.tr("Erase the personal data of %1 from this database? This cannot be "
                             "undone."), name) + f"\n\n{BACKUPS_NOTE}"):
            return
        try:
            customers.erase(self.ctx.store, self.ctx.actor(), self.customer.id)
        except (WriteFailed, NotFound) as exc:
            self.ctx.ask.error(self.tr("Not erased"), str(exc))
            return
        self.ctx.announce("all")  # the customer's cases changed too (summary, details)
