"""The monthly service report in the app: pick a month, preview, print or save the PDF."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QVBoxLayout,
)

from data.files import write_bytes_atomically
from data.metrics import Month, month_case_counts, recent_months
from ui.actions import files
from ui.i18n import fill

# Pages go to the printer as images at this resolution: sharp on paper, and an A4 page stays
# near 35 MB in memory instead of the half gigabyte a 1200 dpi printer would ask for.
PRINT_DPI = 300
STEPS = 3


def make_report(store, month: Month, progress=lambda done, total: None) -> tuple[bytes, int]:
    """The PDF bytes and page count for a month; runs on a worker thread with its own store."""
    _metrics, pdf, pages = files.report(store, month, progress)
    return pdf, pages


def month_title(month: Month) -> str:
    """`September 2026` in the window's language."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


class ReportDialog(QDialog):
    """Choose one of the last twelve months; the report is made in the background and shown."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Monthly service report"))
        self.months = recent_months(12)
        self.pdf: bytes | None = None
        self.page_count = 0
        self._job = 0  # only the newest job's result is shown
        self._closed = False
        self._buffer: QBuffer | None = None

        self.month_box = QComboBox()
        self.month_box.setAccessibleName(self.tr("Month"))
        self.month_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for month in self.months:
            self.month_box.addItem(month_title(month), month.key)
        self.month_box.setCurrentIndex(1)  # last month: the finished one, usually the one wanted
        pick = QLabel(self.tr("&Month:"))
        pick.setBuddy(self.month_box)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Make the report again from the latest figures"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Report status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        top = QHBoxLayout()
        for widget in (pick, self.month_box, self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.month_box.currentIndexChanged.connect(self.generate)
        self.refresh_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_report)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_report)
        self.finished.connect(self._on_finished)

        geometry = self.ctx.settings.value("report_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # as tall as the screen allows (a 768-pixel laptop hid the Close button)
            self.resize(820, min(900, self.screen().availableGeometry().height() - 60))
        self._label_months()
        self.generate()

    @property
    def month(self) -> Month:
        return self.months[self.month_box.currentIndex()]

    def _on_finished(self) -> None:
        self._closed = True
        self.ctx.settings.setValue("report_dialog/geometry", self.saveGeometry())

    # ---- month list ------------------------------------------------------------------------
    def _label_months(self) -> None:
        months = self.months

        def show(counts: dict) -> None:
            if self._closed:
                return
            for i, month in enumerate(months):
                n = counts.get(month.key, 0)
                self.month_box.setItemText(i, fill(self.tr("%1  (%n case(s))", "", n),
                                                   month_title(month)))

        self.ctx.run_in_background(lambda store, progress: month_case_counts(store, months), show,
                                   on_error=lambda exc, details: None)

    # ---- making the report ---------------------------------------------------------------
    def generate(self) -> None:
        self._job += 1
        job, month = self._job, self.month
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(fill(self.tr("Making the report for %1…"), month_title(month)))

        def progress(done: int, total: int) -> None:
            if not self._closed and job == self._job:
                self.progress.setValue(done)

        def done(result) -> None:
            if not self._closed and job == self._job:
                self._show(month, *result)

        def failed(exc: BaseException, details: str) -> None:
            if self._closed or job != self._job:
                return
            self.progress.hide()
            self.status.setText(fill(self.tr("The report for %1 could not be made."),
                                     month_title(month)))
            self.ctx.ask.error(self.tr("Monthly report"),
                               fill(self.tr("The report could not be made: %1"), exc), details)

        self.ctx.run_in_background(lambda store, report: make_report(store, month, report), done,
                                   on_error=failed, on_progress=progress)

    def _show(self, month: Month, pdf: bytes, pages: int) -> None:
        self.pdf, self.page_count = pdf, pages
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.progress.hide()
        self.status.setText(fill(self.tr("%1: %n page(s).", "", pages), month_title(month)))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    # ---- print and save --------------------------------------------------------------------
    def print_report(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = QPageSize.PageSizeId.Letter if self.ctx.store.profile.get().paper == "letter" \
            else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(paper))
        printer.setDocName(fill(self.tr("Service report %1"), self.month.key))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw the previewed pages (the chosen range, or all) onto the printer."""
        first = max(printer.fromPage(), 1) - 1
        last = (printer.toPage() or self.page_count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            self.ctx.ask.error(self.tr("Monthly report"), self.tr("The printer could not be started."))
            return
        try:
            for index in range(first, min(last, self.page_count - 1) + 1):
                if index > first:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(index, QSize(round(points.width() * PRINT_DPI / 72),
                                                          round(points.height() * PRINT_DPI / 72)))
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                painter.setWindow(area)
        finally:
            painter.end()

    def save_report(self) -> None:
        if self.pdf is None:
            return
        folder = self.ctx.settings.value("report_dialog/folder", "")
        name = fill(self.tr("Service report %1"), self.month.key) + ".pdf"
        suggested = str(Path(folder) / name) if folder else name
        path = self.ctx.ask.save_file(self.tr("Save the monthly report"),
                                      self.tr("PDF files (*.pdf)"), suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_bytes_atomically(path, self.pdf)
        except OSError as exc:
            self.ctx.ask.error(self.tr("Monthly report"),
                               fill(self.tr("The report was not saved to %1: %2"), path,
                                    exc.strerror or exc))
            return
        self.ctx.settings.setValue("report_dialog/folder", str(path.parent))
        self.status.setText(fill(self.tr("Saved to %1."), path))
