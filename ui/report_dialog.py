"""The monthly service report in the app: pick a month, preview, print or save the PDF."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog


class ReportDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Monthly report")
