"""File > Import/Export CSV: the same code as the command line, on a worker, with progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from data.model import ImportFailed

CSV_FILTER = "CSV files (*.csv);;All files (*)"


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

    path = path or ctx.ask.open_file("Import cases from CSV", CSV_FILTER)
    if path is None:
        return
    dialog = _progress(parent, f"Importing {path.name}…")

    def work(store, progress):
        return run_import(store, path, progress)

    def done(result) -> None:
        dialog.close()
        ctx.store.changes += 1  # written by the worker's connection; still worth a backup on quit
        ctx.announce("all")
        ctx.ask.inform("Import finished", f"Imported {result.cases:,} cases and "
                       f"{result.new_customers:,} new customers from {path.name}.")

    def failed(exc: BaseException, details: str) -> None:
        dialog.close()
        if isinstance(exc, ImportFailed):
            ctx.ask.error("Nothing was imported",
                          f"{path.name} has problems, so nothing was imported. Fix these lines "
                          "and import the file again:\n\n" + "\n".join(exc.lines()))
        else:
            ctx.ask.error("Nothing was imported", str(exc), details)

    ctx.run_in_background(work, done, failed, _step(dialog), writes=True)


def export_csv(ctx, parent=None, path: Path | None = None) -> None:
    from data.csvio import export_csv as run_export

    path = path or ctx.ask.save_file("Export cases to CSV", CSV_FILTER, "goodwill-cases.csv")
    if path is None:
        return
    dialog = _progress(parent, f"Exporting to {path.name}…")

    def done(count) -> None:
        dialog.close()
        ctx.ask.inform("Export finished", f"Exported {count:,} cases to {path}.")

    def failed(exc: BaseException, details: str) -> None:
        dialog.close()
        ctx.ask.error("Export failed", str(exc), details)

    ctx.run_in_background(lambda store, progress: run_export(store, path, progress), done,
                          failed, _step(dialog))
