"""Form fields with their messages: a red line under each field that refused its value,
and a combo box of stored values shown in the owner's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.case_model import label
from ui.i18n import data_text, fill


def enum_combo(values: tuple[str, ...], name: str, blank: str | None = None) -> QComboBox:
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, "")
    for value in values:
        box.addItem(label(value), value)
    box.setAccessibleName(name)
    return box


class FieldErrors:
    """A red message under each field that refused its value."""

    def __init__(self):
        self.labels: dict[str, QLabel] = {}
        self.captions: dict[str, str] = {}  # the field's caption in the window's language

    def make(self, field: str) -> QLabel:
        lbl = QLabel()
        lbl.setWordWrap(True)
        lbl.setStyleSheet("color: #d33;")
        lbl.setAccessibleName(fill(QCoreApplication.translate("FieldErrors", "Problem with %1"),
                                   field.replace("_", " ")))
        lbl.hide()
        self.labels[field] = lbl
        return lbl

    def show(self, problems: dict[str, str]) -> list[str]:
        """Show each problem beside its field; returns the ones that have no field here."""
        self.clear()
        unplaced = []
        for field, message in problems.items():
            lbl = self.labels.get(field)
            caption = self.captions.get(field) or field.replace("_", " ").capitalize()
            if lbl is None:
                unplaced.append(f"{caption}: {data_text(message)}")
            else:
                lbl.setText(f"{caption} {data_text(message)}")
                lbl.show()
        return unplaced

    def add_row(self, form: QFormLayout, fields: dict, field: str, text: str, widget: QWidget,
                extra: QWidget | None = None) -> QWidget:
        """One form row: the caption (its &letter jumps to the field), the field with `extra`
        beside it, and the field's red message under it; the field goes into `fields`."""
        widget.setAccessibleName(text.replace("&", ""))
        self.captions[field] = text.replace("&", "").rstrip(":")
        fields[field] = widget
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if extra is None:
            box.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(extra)
            box.addLayout(row)
        box.addWidget(self.make(field))
        caption = QLabel(text)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        return widget

    def clear(self) -> None:
        for lbl in self.labels.values():
            lbl.clear()
            lbl.hide()
