"""File > Restore from backup: pick a backup, confirm, and continue on the restored file."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog


class RestoreDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Restore from backup")
