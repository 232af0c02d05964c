"""File > Restore from backup: pick a backup, confirm, and continue on the restored file."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from data.backup import BackupInfo, RestoreRefused, list_backups, restore_file
from data.store import Store

REASONS = {
    "daily": "daily", "quit": "on quit", "manual": "made by hand",
    "before-import": "before an import", "before-restore": "before a restore",
    "before-upgrade": "before an upgrade", "damaged": "damaged file set aside",
}


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def when_text(info: BackupInfo) -> str:
    return info.made_at.strftime("%a %d %b %Y, %H:%M")


class RestoreDialog(QDialog):
    """Lists this database's backups (date, why, size, cases); restores the chosen one."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.setWindowTitle("Restore from backup")
        self.resize(640, 380)

        self.intro = QLabel(
            "Choose a backup to go back to. Your current database is backed up first, so a "
            "restore can itself be undone from this list.")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Date", "Made", "Size", "Cases"])
        self.table.setAccessibleName("Backups")
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
        self.status = QLabel("Reading the backups…")

        self.restore_button = QPushButton("Restore…")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton("Other file…")
        self.other_button.setToolTip("Restore from a backup file kept somewhere else")
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
            cases = "unreadable" if info.cases is None else f"{info.cases:,}"
            cells = (when_text(info), REASONS.get(info.reason, info.reason),
                     size_text(info.size), cases)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.status.setText(f"{len(backups)} backup(s) in {self._folder()}" if backups else
                            "There are no backups yet. Goodwill makes one every day you use "
                            "it and whenever you quit after changes.")
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
                "Restore this backup?",
                f"Go back to the backup of {when_text(info)} ({info.cases:,} cases)?\n\n"
                f"Everything entered after it will no longer show. Your current database "
                f"is backed up first, so you can come back to it from this list."):
            self.restore(info.path)

    def restore_other(self) -> None:
        path = self.ctx.ask.open_file("Restore from a backup file",
                                      "Goodwill databases (*.db);;All files (*)",
                                      str(self._folder()))
        if path is not None and self.ctx.ask.confirm(
                "Restore this file?",
                f"Replace your database with {path}?\n\nYour current database is backed up "
                "first."):
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
            kept = restore_file(path, source)
            error = None
        except (RestoreRefused, OSError, sqlite3.Error, RuntimeError) as exc:
            kept, error = None, exc
        finally:
            # Restored or not, the app continues on whatever is now at `path`.
            self.ctx.replace_store(Store(path))
            QGuiApplication.restoreOverrideCursor()
        if error is not None:
            self.ctx.ask.error("Not restored", f"The backup was not restored: {error}\n\n"
                               "Your database is unchanged.")
            return False
        note = f"\n\nThe database as it was before is kept as {kept.name}." if kept else ""
        self.ctx.ask.inform("Restored", f"Your database now holds "
                            f"{self.ctx.store.case_count():,} cases from the backup.{note}")
        self.accept()
        return True
