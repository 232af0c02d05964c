"""The window's doors to taking back a mistake: delete a case, the Trash, undo the last save."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from data.errors import GoodwillError
from data.model import TRASH_DAYS
from ui.actions import cases
from ui.i18n import fill, shown_when


def _tr(text: str) -> str:
    return QCoreApplication.translate("Trash", text)


def delete_case(ctx, ref: str) -> bool:
    """Ask, then move the case to the Trash; announced once."""
    if not ctx.ask.confirm(_tr("Delete case"), fill(_tr(
            "Move %1 to the Trash? It can be restored from the Trash for %2 days."),
            ref, TRASH_DAYS)):
        return False
    try:
        actor = ctx.actor()
        ctx.save(lambda store: cases.delete(store, actor, ref))
    except GoodwillError as exc:
        ctx.ask.error(_tr("Not deleted"), str(exc))
        return False
    ctx.announce("cases")
    return True


def undo_last_save(ctx, ref: str) -> bool:
    """Put back what the case's last save changed (refused, with the reason, when
    something changed since)."""
    try:
        actor = ctx.actor()
        ctx.save(lambda store: cases.undo_last_save(store, actor, ref))
    except GoodwillError as exc:
        ctx.ask.error(_tr("Nothing undone"), str(exc))
        return False
    ctx.announce("cases")
    return True


class TrashDialog(QDialog):
    """The deleted cases, with when, by whom and the day each goes for good."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Trash"))
        note = QLabel(fill(self.tr("Deleted cases are kept here for %1 days, then erased "
                                   "for good."), TRASH_DAYS))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Summary"), self.tr("Deleted"), self.tr("By"),
            self.tr("Erased on")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Deleted cases"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button = QPushButton(self.tr("&Delete for good"))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 380)
        if not ctx.store.readonly:
            try:
                ctx.save(lambda store: cases.empty_trash(store))
            except GoodwillError:
                pass  # the Trash is still listed; erasing waits for the next look
        self.reload()

    def reload(self) -> None:
        self.trashed = self.ctx.store.trash.cases()
        self.table.setRowCount(len(self.trashed))
        for row, t in enumerate(self.trashed):
            for col, text in enumerate((t.ref, t.summary, shown_when(t.deleted_at),
                                        t.deleted_by, t.erase_on)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, t.ref)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.trashed:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.trashed))
        self.erase_button.setEnabled(bool(self.trashed))

    def selected_ref(self) -> str | None:
        row = self.table.currentRow()
        return self.trashed[row].ref if 0 <= row < len(self.trashed) else None

    def _write(self, work) -> bool:
        try:
            self.ctx.save(work, busy=self)
        except GoodwillError as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return False
        self.ctx.announce("cases")
        self.reload()
        return True

    def restore_selected(self) -> bool:
        ref = self.selected_ref()
        if ref is None:
            return False
        actor = self.ctx.actor()
        return self._write(lambda store: cases.undelete(store, actor, ref))

    def erase_selected(self) -> bool:
        ref = self.selected_ref()
        if ref is None or not self.ctx.ask.confirm(self.tr("Delete for good"), fill(self.tr(
                "Erase %1 for good, with its history, checklists, letters and files? "
                "This cannot be undone."), ref)):
            return False
        return self._write(lambda store: cases.erase_from_trash(store, ref))
