"""The letters a case has sent: the archive on the case's Letters tab, and an exact copy of
each one to view, print again or save."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTemporaryDir
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from data.files import write_bytes_atomically
from ui.actions import letters
from ui.i18n import fill, label, shown_when
from ui.letter_editor import PAPERS, PdfPane, ask_printer, print_pdf


class LetterViewer(QDialog):
    """An archived letter exactly as it went out, to read, print again or save again."""

    def __init__(self, ctx, letter_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.info = ctx.store.letters.get(letter_id)
        self.pdf = ctx.store.letters.pdf(letter_id)
        self._temp = QTemporaryDir()
        self.setWindowTitle(fill(self.tr("%1 letter, %2 %3"), label(self.info.kind),
                                 label(self.info.action),
                                 shown_when(self.info.created_at)))
        self.preview = PdfPane(Path(self._temp.path()), self)
        self.preview.show_pdf(self.pdf)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Print again…"),
                          QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            self.print_again)
        buttons.addButton(self.tr("Save a copy…"),
                          QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            self.save_copy)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(700, 860)

    def print_again(self) -> None:
        printer = ask_printer(self, self.info.paper)
        if printer is not None:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        print_pdf(self.pdf, printer, Path(self._temp.path()))
        letters.reprinted(self.ctx.store, self.ctx.actor(), self.info.id)
        self.ctx.announce("letters")

    def save_copy(self) -> None:
        path = self.ctx.ask.save_file(self.tr("Save a copy of the letter"),
                                      self.tr("PDF files (*.pdf)"),
                                      f"{self.info.kind}-{self.info.created_at[:10]}.pdf")
        if path is not None:
            write_bytes_atomically(path, self.pdf)


class LettersPanel(QWidget):
    """The letters a case has sent, newest first, each reopened exactly as it went out."""

    COLUMNS = (QT_TRANSLATE_NOOP("LettersPanel", "Date"), QT_TRANSLATE_NOOP("LettersPanel", "Letter"),
               QT_TRANSLATE_NOOP("LettersPanel", "How"), QT_TRANSLATE_NOOP("LettersPanel", "Pages"),
               QT_TRANSLATE_NOOP("LettersPanel", "Paper"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ref: str | None = None
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Letters sent"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.open_selected)
        self.empty = QLabel(self.tr("No letters yet. Use the Letter button to write one."))
        self.open_button = QPushButton(self.tr("Open…"))
        self.print_button = QPushButton(self.tr("Print again…"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(lambda: self._with_viewer(LetterViewer.print_again))
        self.save_button.clicked.connect(lambda: self._with_viewer(LetterViewer.save_copy))
        row = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.events.data_changed.connect(self._data_changed)
        self.set_case(None)

    def set_case(self, ref: str | None) -> None:
        self.ref = ref
        self.reload()

    def _data_changed(self, what: str) -> None:
        if what in ("letters", "cases", "all"):
            self.reload()

    def reload(self) -> None:
        letters = []
        if self.ref:
            try:
                letters = list(reversed(self.ctx.store.letters.archived(self.ref)))
            except LookupError:  # the case was erased or renamed under us
                letters = []
        self.table.setRowCount(len(letters))
        for row, letter in enumerate(letters):
            values = (shown_when(letter.created_at), label(letter.kind),
                      label(letter.action), str(letter.pages),
                      QCoreApplication.translate("LetterEditor", dict(PAPERS)[letter.paper]))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, letter.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not letters)
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        letter_id = self.selected_id()
        if letter_id is not None:
            LetterViewer(self.ctx, letter_id, self).exec()

    def _with_viewer(self, action) -> None:
        letter_id = self.selected_id()
        if letter_id is not None:
            action(LetterViewer(self.ctx, letter_id, self))
