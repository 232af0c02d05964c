"""The Checklist tab of a case: suggest, start, tick, untick, note and follow up checklist steps."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class ChecklistPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ref: str | None = None
        QVBoxLayout(self)

    def set_case(self, ref: str | None) -> None:
        self.ref = ref
