"""Settings > Data: where the database lives, its size, the last backup."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog


class DataSettingsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Data")
