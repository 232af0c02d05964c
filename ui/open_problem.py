"""When a database cannot be opened: explain why and offer a backup or another file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from data import db as dbmod
from data.backup import BackupInfo, RestoreRefused, latest_good_backup
from ui.actions import files
from ui.i18n import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# Translated where shown (problem_text). The window's language is only known once a
# database is open, so at start-up these show in English.
UNCHANGED = QT_TRANSLATE_NOOP("OpenProblem", "Goodwill has not changed the file.")
EXPLANATIONS = {
    "empty": QT_TRANSLATE_NOOP("OpenProblem", "This database file is empty (0 bytes). A crash "
                               "or a full disk may have cut it short."),
    "not_sqlite": QT_TRANSLATE_NOOP("OpenProblem", "This file is not a Goodwill database. "
                                    "Perhaps another file was chosen."),
    "foreign": QT_TRANSLATE_NOOP("OpenProblem", "This file is a database of another program, "
                                 "not a Goodwill database."),
    "newer": QT_TRANSLATE_NOOP("OpenProblem", "This database was saved by a newer version of "
                               "Goodwill. Please update Goodwill to open it."),
    "corrupt": QT_TRANSLATE_NOOP("OpenProblem", "This database is damaged and cannot be "
                                 "opened safely."),
    "unwritable": QT_TRANSLATE_NOOP("OpenProblem", "Goodwill cannot write to this file or its "
                                    "folder (it is read-only, or you do not have permission)."),
}


def problem_text(problem: dbmod.DatabaseProblem, backup: BackupInfo | None) -> str:
    why = (translate("OpenProblem", EXPLANATIONS[problem.kind]) if problem.kind in EXPLANATIONS
           else str(problem))
    text = f"{why}\n\n{translate('OpenProblem', UNCHANGED)}"
    if backup is not None:
        made = backup.made_at
        when = QLocale().toString(QDateTime(QDate(made.year, made.month, made.day),
                                            QTime(made.hour, made.minute)), "dd MMM yyyy, HH:mm")
        text += "\n\n" + fill(translate(
            "OpenProblem", "The latest good backup is from %1 (%n case(s)). Restoring it keeps "
            "this file as it is, moved into the backups folder.", None, backup.cases), when)
    return text


def resolve_open_problem(problem, parent: QWidget | None = None) -> Path | None:
    """Explain the problem; return the database to try next, or None to quit."""
    # A newer Goodwill's file must not be replaced by an older backup behind its back.
    backup = None if problem.kind == "newer" else latest_good_backup(problem.path)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("OpenProblem", "Cannot open the database"),
                      problem_text(problem, backup), parent=parent)
    box.setDetailedText(str(problem))
    restore = box.addButton(translate("OpenProblem", "Restore latest good backup"),
                            QMessageBox.ButtonRole.AcceptRole) if backup is not None else None
    other = box.addButton(translate("OpenProblem", "Open another file…"),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("OpenProblem", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        try:
            files.restore(problem.path, backup.path)
        except (RestoreRefused, OSError) as exc:
            QMessageBox.warning(parent, translate("OpenProblem", "Not restored"),
                                fill(translate("OpenProblem", "The backup was not restored: %1"),
                                     exc))
            return None
        return problem.path
    if clicked is other:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("OpenProblem", "Open a Goodwill database"),
            str(problem.path.parent),
            translate("OpenProblem", "Goodwill databases (*.db);;All files (*)"))
        return Path(name) if name else None
    return None
