"""File > Import/Export CSV: the same code as the command line, on a worker, with progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from data.model import ImportFailed
from ui.i18n import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _csv_filter() -> str:
    return translate("ImportExport", "CSV files (*.csv);;All files (*)")


def _progress(parent, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # all or nothing: a half-done import cannot be stopped
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    return dialog


def _step(dialog: QProgressDialog):
    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
    return show


def import_csv(ctx, parent=None, path: Path | None = None) -> None:
    """Ask for a file and import it; a refused file shows every problem and changes nothing."""
    from data.csvio import import_csv as run_import

    path = path or ctx.ask.open_file(translate("ImportExport", "Import cases from CSV"),
                                     _csv_filter())
    if path is None:
        return
    dialog = _progress(parent, fill(translate("ImportExport", "Importing %1…"), path.name))

    def work(store, progress):
        return run_import(store, path, progress)

    def done(result) -> None:
        dialog.close()
        ctx.store.changes += 1  # written by the worker's connection; still worth a backup on quit
        ctx.announce("all")
        ctx.ask.inform(translate("ImportExport", "Import finished"), fill(
            translate("ImportExport", "Imported %1 and %2 from %3."),
            translate("ImportExport", "%n case(s)", None, result.cases),
            translate("ImportExport", "%n new customer(s)", None, result.new_customers),
            path.name))

    def failed(exc: BaseException, details: str) -> None:
        dialog.close()
        if isinstance(exc, ImportFailed):
            ctx.ask.error(translate("ImportExport", "Nothing was imported"),
                          fill(translate("ImportExport",
                                         "%1 has problems, so nothing was imported. Fix these "
                                         "lines and import the file again:"), path.name)
                          + "\n\n" + "\n".join(exc.lines()))
        else:
            ctx.ask.error(translate("ImportExport", "Nothing was imported"), str(exc), details)

    ctx.run_in_background(work, done, failed, _step(dialog), writes=True)


def export_csv(ctx, parent=None, path: Path | None = None) -> None:
    from data.csvio import export_csv as run_export

    path = path or ctx.ask.save_file(translate("ImportExport", "Export cases to CSV"),
                                     _csv_filter(), "goodwill-cases.csv")
    if path is None:
        return
    dialog = _progress(parent, fill(translate("ImportExport", "Exporting to %1…"), path.name))

    def done(count) -> None:
        dialog.close()
        ctx.ask.inform(translate("ImportExport", "Export finished"),
                       fill(translate("ImportExport", "Exported %n case(s) to %1.", None, count),
                            path))

    def failed(exc: BaseException, details: str) -> None:
        dialog.close()
        ctx.ask.error(translate("ImportExport", "Export failed"), str(exc), details)

    ctx.run_in_background(lambda store, progress: run_export(store, path, progress), done,
                          failed, _step(dialog))
