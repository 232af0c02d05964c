"""File > Export: the same code as the command line, on a worker, with progress.
(File > Import opens ui/import_dialog.py, which previews the file first.)"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from ui.i18n import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _export_filter() -> str:
    return translate("ImportExport", "CSV files (*.csv);;Excel workbooks (*.xlsx)")


def _progress(parent, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # an export takes seconds; the file appears whole or not at all
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    return dialog


def _step(dialog: QProgressDialog):
    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
    return show


def export_cases(ctx, parent=None, path: Path | None = None) -> None:
    """Every case to CSV or, for a name ending in .xlsx, an Excel workbook."""
    from ui.actions import files

    path = path or ctx.ask.save_file(translate("ImportExport", "Export cases"),
                                     _export_filter(), "goodwill-cases.csv")
    if path is None:
        return
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + ".csv")
    dialog = _progress(parent, fill(translate("ImportExport", "Exporting to %1…"), path.name))

    def done(count) -> None:
        dialog.close()
        ctx.ask.inform(translate("ImportExport", "Export finished"),
                       fill(translate("ImportExport", "Exported %n case(s) to %1.", None, count),
                            path))

    def failed(exc: BaseException, details: str) -> None:
        dialog.close()
        ctx.ask.error(translate("ImportExport", "Export failed"), str(exc), details)

    ctx.run_in_background(lambda store, progress: files.export_cases(store, path, progress), done,
                          failed, _step(dialog))
