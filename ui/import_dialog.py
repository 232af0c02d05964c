"""File > Import: a preview of the file as Goodwill will read it, its columns mapped onto
ours, every problem listed before anything is written, then the import with progress and
a cancel that leaves nothing half-written. Reading and checking run off the GUI thread
through the same data/csvio functions the command line calls."""
from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from data.csvio import ImportCancelled
from data.case_table import COLUMNS
from data.import_reading import (DATE_ORDERS, DAY_FIRST, MONTH_FIRST, VALUE_WORDS, DateQuestion,
                                 reading)
from data.model import ImportFailed
from ui.actions import files
from ui.i18n import ENUM_TEXTS, fill, label

IMPORT_FILTER = ("Case files (*.csv *.xlsx *.xls *.ods);;CSV files (*.csv);;"
                 "Excel workbooks (*.xlsx *.xls);;LibreOffice sheets (*.ods);;All files (*)")
PREVIEW_ROWS = 20
WARNING = "⚠ "
# Goodwill's columns as the owner reads them in the mapping drop-downs.
COLUMN_TEXTS = {
    "ref": QT_TRANSLATE_NOOP("ImportDialog", "Reference"),
    "occurred_at": QT_TRANSLATE_NOOP("ImportDialog", "Date and time"),
    "customer_name": QT_TRANSLATE_NOOP("ImportDialog", "Customer name"),
    "customer_email": QT_TRANSLATE_NOOP("ImportDialog", "Customer e-mail"),
    "customer_phone": QT_TRANSLATE_NOOP("ImportDialog", "Customer phone"),
    "customer_address": QT_TRANSLATE_NOOP("ImportDialog", "Customer address"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind (complaint, compliment…)"),
    "channel": QT_TRANSLATE_NOOP("ImportDialog", "Channel"),
    "category": QT_TRANSLATE_NOOP("ImportDialog", "Category"),
    "severity": QT_TRANSLATE_NOOP("ImportDialog", "Severity"),
    "summary": QT_TRANSLATE_NOOP("ImportDialog", "Summary"),
    "details": QT_TRANSLATE_NOOP("ImportDialog", "Details"),
    "staff": QT_TRANSLATE_NOOP("ImportDialog", "Staff"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "acknowledged_at": QT_TRANSLATE_NOOP("ImportDialog", "Acknowledged on"),
    "resolved_at": QT_TRANSLATE_NOOP("ImportDialog", "Resolved on"),
    "remedy": QT_TRANSLATE_NOOP("ImportDialog", "Remedy"),
    "remedy_cost": QT_TRANSLATE_NOOP("ImportDialog", "Cost of the remedy"),
    "satisfaction": QT_TRANSLATE_NOOP("ImportDialog", "Satisfaction (1-5)"),
    "customer_returned": QT_TRANSLATE_NOOP("ImportDialog", "Customer came back"),
    "root_cause": QT_TRANSLATE_NOOP("ImportDialog", "Root cause"),
    "lesson": QT_TRANSLATE_NOOP("ImportDialog", "Lesson learned"),
    "customer_key": QT_TRANSLATE_NOOP("ImportDialog", "Customer number"),
    "customer_language": QT_TRANSLATE_NOOP("ImportDialog", "Customer language"),
}


def column_text(name: str) -> str:
    """One of Goodwill's columns in the owner's words (`customer_key` -> Customer number)."""
    return QCoreApplication.translate("ImportDialog", COLUMN_TEXTS[name]) \
        if name in COLUMN_TEXTS else name


class ImportDialog(QDialog):
    def __init__(self, ctx, path: Path, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setWindowTitle(fill(self.tr("Import %1"), self.path.name))
        self.header: list[str] = []
        self.sheets: list[str] = []
        self.result = None            # the ImportResult once imported
        self.problems: list[str] = []
        self._generation = 0          # answers of an outdated preview or check are dropped
        self._cancel = threading.Event()
        self._importing = False
        self.dates: str | None = None  # the owner's answer: how the file writes 03/10/2026
        self._dates_looked = False

        self.intro = QLabel(self.tr(
            "Check that each column of your file lands in the right Goodwill column. "
            "Columns set to \u201cLeave out\u201d are not imported. Nothing is written "
            "until you press Import."))
        self.intro.setWordWrap(True)
        self.sheet_box = QComboBox()
        self.sheet_box.setAccessibleName(self.tr("Sheet"))
        self.sheet_box.currentTextChanged.connect(self._sheet_changed)
        sheet_row = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_box)
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_box, 1)
        self.sheet_row = QWidget()
        self.sheet_row.setLayout(sheet_row)
        self.sheet_row.hide()

        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("The first rows as Goodwill reads them"))
        self.table.setWordWrap(False)

        self.status = QLabel(self.tr("Reading the file…"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.problem_box = QPlainTextEdit()
        self.problem_box.setReadOnly(True)
        self.problem_box.setAccessibleName(self.tr("Problems found"))
        self.problem_box.setMaximumHeight(130)
        self.problem_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.sheet_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem_box)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.load()

    # ---- the mapping -----------------------------------------------------------------
    def _settings_key(self) -> str:
        digest = hashlib.sha1("\x1f".join(h.strip().lower() for h in self.header)
                              .encode("utf-8")).hexdigest()[:16]
        return f"import/columns/{digest}"

    def mapping(self) -> dict[str, str]:
        """{source header (lower case): our column or ''} from the drop-downs."""
        out = {}
        for col, header in enumerate(self.header):
            box = self.table.cellWidget(0, col)
            if box is not None and header.strip():
                out[header.strip().lower()] = box.currentData() or ""
        return out

    def _remembered(self) -> dict[str, str] | None:
        raw = self.ctx.settings.value(self._settings_key())
        try:
            saved = json.loads(raw) if raw else None
        except (TypeError, ValueError):
            return None
        if not isinstance(saved, dict):
            return None
        return {k: v for k, v in saved.items() if v == "" or v in COLUMNS}

    def _column_box(self, chosen: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Leave out"), "")
        for name in COLUMNS:
            box.addItem(column_text(name), name)
            box.setItemData(box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.currentIndexChanged.connect(self._mapping_changed)
        return box

    def _mapping_changed(self) -> None:
        self._dates_looked = self.dates is not None  # a newly mapped date column is looked at
        self.ctx.settings.setValue(self._settings_key(), json.dumps(self.mapping()))
        self.load(keep_sheet=True)

    def _sheet_changed(self, name: str) -> None:
        if name and not getattr(self, "_filling_sheets", False):
            self.header = []
            self.load(keep_sheet=True)

    def sheet(self) -> str | None:
        return self.sheet_box.currentText() or None if self.sheets else None

    # ---- reading and checking ----------------------------------------------------------
    def load(self, keep_sheet: bool = False) -> None:
        """Preview the first rows, then check the whole file, both in the background."""
        from data.csvio import preview_file

        self._generation += 1
        generation = self._generation
        self._cancel.set()
        self._cancel = threading.Event()
        mapping = self.mapping() if self.header else None
        sheet = self.sheet() if keep_sheet else None
        dates = self.dates
        self.import_button.setEnabled(False)
        self._busy(self.tr("Reading the file…"))

        def work(store, progress):
            return preview_file(store, self.path, mapping=mapping, sheet=sheet,
                                rows=PREVIEW_ROWS, dates=dates)

        def done(preview) -> None:
            if generation != self._generation:
                return
            self.header = preview.header
            remembered = self._remembered() if mapping is None else None
            self._fill(preview, remembered)
            if remembered:  # read again under the columns chosen last time
                self.load(keep_sheet=True)
            else:
                self._check(generation)

        self.ctx.run_in_background(work, done, lambda exc, details: self._failed(
            generation, exc, details))

    def _fill(self, preview, remembered: dict[str, str] | None) -> None:
        self.header = preview.header
        if preview.sheets and not self.sheets:
            self._filling_sheets = True
            self.sheets = preview.sheets
            self.sheet_box.clear()
            self.sheet_box.addItems(preview.sheets)
            self.sheet_row.show()
            self._filling_sheets = False
        columns = [remembered.get(h.strip().lower(), c) if remembered else c
                   for h, c in zip(preview.header, preview.columns)]
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(preview.header))
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(preview.header)
        unit = self.tr("Row %1") if preview.unit == "row" else self.tr("Line %1")
        self.table.setVerticalHeaderLabels(
            [self.tr("Column")] + [fill(unit, line) for line, _ in preview.rows])
        for col, chosen in enumerate(columns):
            self.table.setCellWidget(0, col, self._column_box(chosen))
        red, grey = QBrush(QColor("#c62828")), QBrush(QColor("#8a8a8a"))
        for row, (_, cells) in enumerate(preview.rows, 1):
            for col, text in enumerate(cells):
                if columns[col] in VALUE_WORDS and text in ENUM_TEXTS:
                    text = label(text)  # as the list shows it: 'Beschwerde', not 'complaint'
                item = QTableWidgetItem(text.replace("\n", " ⏎ ")[:200])
                if not columns[col]:
                    item.setForeground(grey)  # left out
                elif text.startswith(WARNING):
                    item.setForeground(red)
                    item.setToolTip(text[len(WARNING):])
                elif len(text) > 60 or "\n" in text:
                    item.setToolTip(text[:2000])
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 140), 260))
        self.table.blockSignals(False)

    def _check(self, generation: int) -> None:
        """First (once) whether a date reads two ways, which the owner is asked about; then
        every row."""
        if self._dates_looked:
            self._check_rows(generation)
            return
        from data.csvio import date_question

        mapping, sheet, cancel = self.mapping(), self.sheet(), self._cancel
        self._busy(self.tr("Checking every row of the file…"))

        def work(store, _progress):
            return date_question(store, self.path, mapping=mapping, sheet=sheet,
                                 cancelled=cancel.is_set)

        def done(question: DateQuestion | None) -> None:
            if generation != self._generation:
                return
            self._dates_looked = True
            if question is not None:
                self.dates = self._ask_dates(question)
                if self.dates:
                    self.load(keep_sheet=True)  # the preview again, in that order
                    return
            self._check_rows(generation)

        self.ctx.run_in_background(work, done, lambda exc, details: self._failed(
            generation, exc, details))

    def _ask_dates(self, question: DateQuestion) -> str | None:
        """Which reading of a date like 03/10/2026 the file means, asked of the owner."""
        def shown(order: str) -> str:
            year, month, day = reading(question.text, order)
            return QLocale().toString(QDate(year, month, day), QLocale.FormatType.LongFormat)

        answer = self.ctx.ask.choose(
            self.tr("Which date is meant?"),
            fill(self.tr("Line %1 of the file has the date %2, which reads two ways, and no "
                         "other date in the file tells which. How does the file write "
                         "dates?"), question.line, question.text),
            [fill(self.tr("%1 (the day first)"), shown(DAY_FIRST)),
             fill(self.tr("%1 (the month first)"), shown(MONTH_FIRST))])
        return None if answer is None else DATE_ORDERS[answer]

    def _check_rows(self, generation: int) -> None:
        mapping, sheet, cancel, dates = self.mapping(), self.sheet(), self._cancel, self.dates
        self._busy(self.tr("Checking every row of the file…"))

        def work(store, progress):
            return files.check_import(store, self.path, mapping=mapping, sheet=sheet,
                                      progress=progress, cancelled=cancel.is_set, dates=dates)

        def done(result) -> None:
            if generation != self._generation:
                return
            self._idle()
            self.problems = []
            self.problem_box.hide()
            self.status.setText(fill(self.tr("Ready: importing adds %1 and %2."),
                                     self.tr("%n case(s)", None, result.cases),
                                     self.tr("%n new customer(s)", None, result.new_customers)))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)

        self.ctx.run_in_background(work, done, lambda exc, details: self._failed(
            generation, exc, details), self._step, writes=True)

    def _failed(self, generation: int, exc: BaseException, details: str) -> None:
        if generation != self._generation or isinstance(exc, ImportCancelled):
            return
        self._idle()
        self.import_button.setEnabled(False)
        if isinstance(exc, ImportFailed):
            self.problems = [line.removeprefix(f"{self.path}: ") for line in exc.lines()]
            self.status.setText(self.tr("Not ready: fix these problems in the file (or map "
                                        "the columns above), then import again. Nothing "
                                        "has been written."))
        else:
            self.problems = [str(exc)]
            self.status.setText(self.tr("The file could not be read. Nothing has been written."))
        self.problem_box.setPlainText("\n".join(self.problems))
        self.problem_box.show()

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()

    def _idle(self) -> None:
        self.progress.hide()

    def _step(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    # ---- importing ---------------------------------------------------------------------
    def start_import(self) -> None:
        self._generation += 1
        generation = self._generation
        mapping, sheet, dates = self.mapping(), self.sheet(), self.dates
        cancel = self._cancel = threading.Event()
        self._importing = True
        self.import_button.setEnabled(False)
        self.table.setEnabled(False)
        self.sheet_box.setEnabled(False)
        self._busy(self.tr("Importing… Cancel stops it with nothing written."))

        def work(store, progress):
            return files.import_cases(store, self.path, mapping=mapping, sheet=sheet,
                                      progress=progress, cancelled=cancel.is_set, dates=dates)

        def done(result) -> None:
            self._importing = False
            self.ctx.store.changes += 1  # written by the worker's connection
            self.ctx.announce("all")
            self.result = result
            if generation == self._generation:
                self.accept()
            self.ctx.ask.inform(self.tr("Import finished"), fill(
                self.tr("Imported %1 and %2 from %3."),
                self.tr("%n case(s)", None, result.cases),
                self.tr("%n new customer(s)", None, result.new_customers), self.path.name))

        def failed(exc: BaseException, details: str) -> None:
            self._importing = False
            self.table.setEnabled(True)
            self.sheet_box.setEnabled(True)
            if isinstance(exc, ImportCancelled):
                self.reject()
                return
            self._failed(generation, exc, details)

        self.ctx.run_in_background(work, done, failed, self._step, writes=True)

    def cancel(self) -> None:
        """Stop what runs (an import rolls back completely) and close."""
        self._cancel.set()
        if self._importing:
            self.status.setText(self.tr("Stopping the import; nothing will be written…"))
            return  # the worker's answer closes the dialog
        self._generation += 1
        self.reject()

    def closeEvent(self, event) -> None:
        if self._importing:
            self.cancel()
            event.ignore()
            return
        self._cancel.set()
        super().closeEvent(event)


def choose_and_import(ctx, parent=None, path: Path | None = None) -> ImportDialog | None:
    """Ask for a file and open its preview (window-modal, not blocking the caller)."""
    path = path or ctx.ask.open_file(
        QCoreApplication.translate("ImportDialog", "Import cases"), IMPORT_FILTER)
    if path is None:
        return None
    dialog = ImportDialog(ctx, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.open()
    return dialog
