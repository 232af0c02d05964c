"""Settings > Data: where the database lives, its size, the last backup."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
)

from data.backup import backups_dir, list_backups
from ui.actions import files
from ui.i18n import fill
from ui.restore_dialog import reason_text, size_text, when_text


def database_size(path: Path) -> int:
    """The file plus its write-ahead log: what the database takes on disk right now."""
    total = 0
    for name in (path.name, path.name + "-wal"):
        try:
            total += (path.parent / name).stat().st_size
        except OSError:
            pass
    return total


class DataSettingsDialog(QDialog):
    """The database path, its size, the last backup, and a way to the backups folder."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Data"))
        self.resize(560, 260)

        def value_label() -> QLabel:
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            return label

        self.path_label = value_label()
        self.size_label = value_label()
        self.backup_label = value_label()
        self.folder_label = value_label()
        form = QFormLayout()
        form.addRow(self.tr("Database:"), self.path_label)
        form.addRow(self.tr("Size:"), self.size_label)
        form.addRow(self.tr("Last backup:"), self.backup_label)
        form.addRow(self.tr("Backups folder:"), self.folder_label)
        note = QLabel(self.tr(
            "Goodwill backs up this database every day you use it, before imports, upgrades "
            "and restores, and when you quit after changes. It keeps every backup of the last "
            "2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a "
            "year. Erasing a customer does not change backups made before it; they rotate out "
            "within a year."))
        note.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open backups folder"))
        self.open_button.clicked.connect(self.open_backups_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.shared_button = QPushButton(self.tr("Shared database…"))
        self.shared_button.setToolTip(self.tr("One log on a PostgreSQL server for several "
                                              "computers; this desk's staff name"))
        self.shared_button.clicked.connect(self.shared_database)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.backup_button)
        row.addWidget(self.shared_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        path = self.ctx.db_path
        store = self.ctx.store
        if store.shared:
            # The log is on the server; this desk keeps its own .db snapshots of it.
            self.path_label.setText(fill(self.tr("shared: %1"), store.location))
            self.size_label.setText(self.tr("%n case(s)", "", store.case_list.total()))
        else:
            self.path_label.setText(str(path))
            self.size_label.setText(fill(self.tr("%1, %n case(s)", "", store.case_list.total()),
                                         size_text(database_size(path))))
        backups = list_backups(path, count_cases=False)
        if backups:
            last = backups[0]
            self.backup_label.setText(fill(self.tr("%1 (%2, %3); %n kept", "", len(backups)),
                                           when_text(last), reason_text(last.reason),
                                           size_text(last.size)))
        else:
            self.backup_label.setText(self.tr("none yet"))
        self.folder_label.setText(str(self.backups_folder()))

    def shared_database(self) -> None:
        from ui.shared_dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def backups_folder(self) -> Path:
        return backups_dir(self.ctx.db_path)

    def open_backups_folder(self) -> bool:
        folder = self.backups_folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)

        def done(_dest) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()

        def failed(exc, details) -> None:
            self.backup_button.setEnabled(True)
            self.ctx.ask.error(self.tr("Backup failed"),
                               fill(self.tr("The backup could not be made: %1"), exc), details)

        self.ctx.run_in_background(lambda store, _p: files.backup(store), done, failed)
