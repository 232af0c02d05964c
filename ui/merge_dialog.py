"""Merge two records of one customer: both side by side, pick the value that stays per field."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QRadioButton, QVBoxLayout, QWidget,
)

from data.merge import MERGE_FIELDS, suggested_values
from data.model import Customer, ValidationError
from data.errors import WriteFailed
from ui.actions import customers

FIELD_LABELS = {"name": "Name", "email": "E-mail", "phone": "Phone", "address": "Address",
                "language": "Letter language", "notes": "Notes", "flag": "Flag"}


class MergeDialog(QDialog):
    """`keep` stays; the customer picked on the left is merged into it. Every case of the
    merged record moves over and its history notes the merge."""

    def __init__(self, ctx, keep: Customer, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.keep = keep
        self.other: Customer | None = None
        self.merged_cases = 0
        self.setWindowTitle(self.tr("Merge customers"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find the other record of this customer"))
        self.search.setAccessibleName(self.tr("Find the customer to merge"))
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Customers to merge"))
        self.candidates.setMaximumHeight(130)
        self.candidates.currentItemChanged.connect(self._picked)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _: self._timer.start())

        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.headers = (QLabel(), QLabel())
        for column, header in enumerate(self.headers, 1):
            header.setWordWrap(True)
            header.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(header, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, field in enumerate(MERGE_FIELDS, 1):
            self.grid.addWidget(QLabel(self.tr(FIELD_LABELS[field])), row, 0,
                                Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            pair = (QRadioButton(), QRadioButton())
            for column, button in enumerate(pair, 1):
                button.setAccessibleName(f"{FIELD_LABELS[field]} from record {column}")
                group.addButton(button, column)
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
            self.groups[field], self.choices[field] = group, pair
        side = QWidget()
        side.setLayout(self.grid)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Merge another record into %1:").replace(
            "%1", keep.name)))
        layout.addWidget(self.search)
        layout.addWidget(self.candidates)
        layout.addWidget(side, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._find()
        self._show()

    def _find(self) -> None:
        self.candidates.clear()
        for customer in self.ctx.store.customers.find(self.search.text(), limit=50):
            if customer.id == self.keep.id or customer.erased:
                continue
            text = " · ".join(x for x in (customer.name, customer.email, customer.phone) if x)
            item = QListWidgetItem(f"#{customer.id}  {text}")
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            self.candidates.addItem(item)

    def _picked(self, item, _previous=None) -> None:
        self.pick(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def pick(self, customer_id: int | None) -> None:
        """Show this customer beside the kept one, with the suggested values chosen."""
        self.other = self.ctx.store.customers.get(customer_id) if customer_id else None
        self._show()

    def _show(self) -> None:
        keep, other = self.keep, self.other
        def count(customer) -> str:
            n = self.ctx.store.customers.summary(customer.id).cases
            return self.tr("1 case") if n == 1 else self.tr("%1 cases").replace("%1", str(n))

        self.headers[0].setText(self.tr("Stays: #%1 %2 (%3)").replace(
            "%1", str(keep.id)).replace("%2", keep.name).replace("%3", str(count(keep))))
        self.headers[1].setText(self.tr("Merged in: pick a customer above") if other is None
                                else self.tr("Merged in: #%1 %2 (%3)").replace(
                                    "%1", str(other.id)).replace("%2", other.name).replace(
                                    "%3", str(count(other))))
        suggested = suggested_values(keep, other) if other is not None else {}
        for field, (mine, theirs) in self.choices.items():
            mine.setText(getattr(keep, field) or self.tr("(empty)"))
            theirs.setText(getattr(other, field) or self.tr("(empty)") if other else "")
            theirs.setEnabled(other is not None)
            pick_theirs = other is not None and suggested.get(field) == getattr(other, field) \
                and getattr(other, field) != getattr(keep, field) and not getattr(keep, field)
            (theirs if pick_theirs else mine).setChecked(True)
        self.merge_button.setEnabled(other is not None)
        self.note.setText("" if other is None else self.tr(
            "Every case of #%2 (%1) moves to #%3, with a note in each case's history; #%2 is then "
            "removed. Notes from both records are kept when “Stays” is chosen for notes.")
            .replace("%1", str(count(other))).replace("%2", str(other.id))
            .replace("%3", str(keep.id)))

    def chosen_values(self) -> dict[str, str]:
        values = suggested_values(self.keep, self.other)
        for field, group in self.groups.items():
            if group.checkedId() == 2:
                values[field] = getattr(self.other, field)
            elif field != "notes":
                values[field] = getattr(self.keep, field)
        return values

    def merge(self) -> None:
        if self.other is None:
            return
        if not self.ctx.ask.confirm(self.tr("Merge customers"), self.tr(
                "Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).")
                .replace("%1", str(self.other.id)).replace("%2", self.other.name)
                .replace("%3", str(self.keep.id)).replace("%4", self.keep.name)):
            return
        try:
            self.merged_cases = customers.merge(self.ctx.store, self.ctx.actor(), self.keep.id,
                                                self.other.id, self.chosen_values())
        except ValidationError as exc:
            self.note.setText(self.tr("Not merged: ") + "; ".join(
                f"{k}: {v}" for k, v in exc.problems.items()))
            self.note.setStyleSheet("color: #d33;")
            return
        except WriteFailed as exc:
            self.ctx.ask.error(self.tr("Not merged"), str(exc))
            return
        self.ctx.announce("all")  # the moved cases show the kept name now
        self.accept()
