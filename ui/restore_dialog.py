"""File > Restore from backup: pick a backup, confirm, and continue on the restored file."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from data.backup import BackupInfo, RestoreRefused, list_backups
from data.store import Store
from ui.actions import files
from ui.i18n import fill

REASONS = {  # translated where shown (reason_text)
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "quit": QT_TRANSLATE_NOOP("Backups", "on quit"),
    "manual": QT_TRANSLATE_NOOP("Backups", "made by hand"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "damaged": QT_TRANSLATE_NOOP("Backups", "damaged file set aside"),
}


def reason_text(reason: str) -> str:
    """Why a backup was made, in the window's language."""
    return QCoreApplication.translate("Backups", REASONS[reason]) if reason in REASONS else reason


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QLocale().toString(size / (1024 * 1024), "f", 1) + " MB"
    return f"{max(1, round(size / 1024))} KB"


def when_text(info: BackupInfo) -> str:
    """`Wed 02 Dec 2026, 14:05`, day and month names in the window's language."""
    from PySide6.QtCore import QDateTime

    made = info.made_at
    return QLocale().toString(
        QDateTime.fromString(made.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm"),
        "ddd dd MMM yyyy, HH:mm")


class RestoreDialog(QDialog):
    """Lists this database's backups (date, why, size, cases); restores the chosen one."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)

        self.intro = QLabel(self.tr(
            "Choose a backup to go back to. Your current database is backed up first, so a "
            "restore can itself be undone from this list."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Made"), self.tr("Size"), self.tr("Cases")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setWordWrap(True)

        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.setToolTip(self.tr("Restore from a backup file kept somewhere else"))
        self.other_button.clicked.connect(self.restore_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        """Counting cases opens every backup, so the list is read off the GUI thread."""
        self.ctx.run_in_background(lambda store, _progress: list_backups(store.path),
                                   self._show)

    def _show(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            cases = self.tr("unreadable") if info.cases is None else QLocale().toString(info.cases)
            cells = (when_text(info), reason_text(info.reason),
                     size_text(info.size), cases)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.status.setText(fill(self.tr("%n backup(s) in %1", "", len(backups)), self._folder())
                            if backups else
                            self.tr("There are no backups yet. Goodwill makes one every day "
                                    "you use it and whenever you quit after changes."))
        if backups:
            self.table.selectRow(0)

    def _folder(self) -> Path:
        from data.backup import backups_dir

        return backups_dir(self.ctx.db_path)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or info.cases is None:
            return
        if self.ctx.ask.confirm(
                self.tr("Restore this backup?"),
                fill(self.tr("Go back to the backup of %1 (%n case(s))?\n\nEverything entered "
                             "after it will no longer show. Your current database is backed "
                             "up first, so you can come back to it from this list.", "",
                             info.cases), when_text(info))):
            self.restore(info.path)

    def restore_other(self) -> None:
        path = self.ctx.ask.open_file(self.tr("Restore from a backup file"),
                                      self.tr("Goodwill databases (*.db);;All files (*)"),
                                      str(self._folder()))
        if path is not None and self.ctx.ask.confirm(
                self.tr("Restore this file?"),
                fill(self.tr("Replace your database with %1?\n\nYour current database is "
                             "backed up first."), path)):
            self.restore(path)

    def restore(self, source: Path) -> bool:
        """Close the database, replace it, and continue on the restored file.

        This runs on the GUI thread on purpose: while the file is being replaced no view may
        read from the database, and a modal wait is the simplest way to guarantee that.
        """
        path = self.ctx.db_path
        self.ctx.pool.waitForDone()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.ctx.store.close()
        try:
            kept = files.restore(path, source)
            error = None
        except (RestoreRefused, OSError, sqlite3.Error, RuntimeError) as exc:
            kept, error = None, exc
        finally:
            # Restored or not, the app continues on whatever is now at `path`.
            self.ctx.replace_store(Store(path))
            QGuiApplication.restoreOverrideCursor()
        if error is not None:
            self.ctx.ask.error(self.tr("Not restored"), fill(self.tr(
                "The backup was not restored: %1\n\nYour database is unchanged."), error))
            return False
        note = ("\n\n" + fill(self.tr("The database as it was before is kept as %1."),
                              kept.name)) if kept else ""
        self.ctx.ask.inform(self.tr("Restored"), self.tr(
            "Your database now holds %n case(s) from the backup.", "",
            self.ctx.store.case_list.total()) + note)
        self.accept()
        return True
