"""When a database cannot be opened: explain why and offer a backup or another file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from data import db as dbmod
from data.backup import BackupInfo, RestoreRefused, list_backups, restore_file

UNCHANGED = "Goodwill has not changed the file."
EXPLANATIONS = {
    "empty": "This database file is empty (0 bytes). A crash or a full disk may have cut it "
             "short.",
    "not_sqlite": "This file is not a Goodwill database. Perhaps another file was chosen.",
    "foreign": "This file is a database of another program, not a Goodwill database.",
    "newer": "This database was saved by a newer version of Goodwill. Please update Goodwill "
             "to open it.",
    "corrupt": "This database is damaged and cannot be opened safely.",
    "unwritable": "Goodwill cannot write to this file or its folder (it is read-only, or you "
                  "do not have permission).",
}


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this database that opens and passes its check."""
    for info in list_backups(db_path):
        if info.cases is None or info.reason == "damaged":
            continue
        try:
            dbmod.inspect(info.path, quick_check=True)
        except dbmod.DatabaseProblem:
            continue
        return info
    return None


def problem_text(problem: dbmod.DatabaseProblem, backup: BackupInfo | None) -> str:
    text = f"{EXPLANATIONS.get(problem.kind, str(problem))}\n\n{UNCHANGED}"
    if backup is not None:
        text += (f"\n\nThe latest good backup is from {backup.made_at:%d %b %Y, %H:%M} "
                 f"({backup.cases:,} cases). Restoring it keeps this file as it is, moved into "
                 "the backups folder.")
    return text


def resolve_open_problem(problem, parent: QWidget | None = None) -> Path | None:
    """Explain the problem; return the database to try next, or None to quit."""
    # A newer Goodwill's file must not be replaced by an older backup behind its back.
    backup = None if problem.kind == "newer" else latest_good_backup(problem.path)
    box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the database",
                      problem_text(problem, backup), parent=parent)
    box.setDetailedText(str(problem))
    restore = box.addButton("Restore latest good backup", QMessageBox.ButtonRole.AcceptRole) \
        if backup is not None else None
    other = box.addButton("Open another file…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        try:
            restore_file(problem.path, backup.path)
        except (RestoreRefused, OSError) as exc:
            QMessageBox.warning(parent, "Not restored", f"The backup was not restored: {exc}")
            return None
        return problem.path
    if clicked is other:
        name, _ = QFileDialog.getOpenFileName(parent, "Open a Goodwill database",
                                              str(problem.path.parent),
                                              "Goodwill databases (*.db);;All files (*)")
        return Path(name) if name else None
    return None
