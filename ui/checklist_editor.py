"""Settings > Checklist templates: list the templates, copy built-in ones, edit the owner's own."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog


class ChecklistTemplatesDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Checklist templates")
