"""The log as files: import, export, backup, restore, the monthly report."""
from __future__ import annotations

from pathlib import Path


def check_import(store, path: Path, *, mapping: dict | None = None, sheet: str | None = None,
                 progress=None, cancelled=None, dates: str | None = None):
    """Read and check a whole CSV, Excel or LibreOffice file, writing nothing; returns what
    importing it would add (ImportFailed names every bad row)."""
    from data.csvio import check_file

    return check_file(store, path, mapping=mapping, sheet=sheet, progress=progress,
                      cancelled=cancelled, dates=dates)


def import_cases(store, path: Path, *, mapping: dict | None = None, sheet: str | None = None,
                 progress=None, cancelled=None, dates: str | None = None):
    """Add the file's cases, all rows or none; returns the ImportResult."""
    from data.csvio import import_file

    return import_file(store, path, mapping=mapping, sheet=sheet, progress=progress,
                       cancelled=cancelled, dates=dates)


def export_cases(store, path: Path, progress=None) -> int:
    """Every case to a CSV file, or an Excel workbook for a name ending in .xlsx; how many."""
    from data.csvio import export_file

    return export_file(store, Path(path), progress)


def backup(store, dest: Path | None = None) -> Path:
    """A verified backup: to `dest`, or into backups/ beside the database (rotated)."""
    return store.backups.make(Path(dest) if dest else None)


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database file with a backup (no Store may be open on it); returns where
    the previous file was kept, if there was one."""
    from data.backup import restore_file

    return restore_file(Path(db_path), Path(source))


def report(store, month, progress=lambda done, total: None):
    """The monthly report of `month` (data.metrics.Month): its figures (MonthMetrics) and
    the PDF, as (metrics, pdf bytes, page count)."""
    from data.metrics import month_metrics
    from reports.monthly import MonthlyReport

    progress(1, 3)
    metrics = month_metrics(store, month)
    progress(2, 3)
    document = MonthlyReport(metrics, store.profile.get(), store.profile.logo())
    pdf = document.render()
    progress(3, 3)
    return metrics, pdf, document.page_count


def figures(store, month):
    """The monthly report's figures only (MonthMetrics, `as_json()` for JSON)."""
    from data.metrics import month_metrics

    return month_metrics(store, month)
