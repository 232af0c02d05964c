"""The letter editor: draft text beside a live PDF preview, print, save, and the letters archive."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


class LetterEditor(QDialog):
    def __init__(self, ctx, ref: str, kind: str, parent=None):
        super().__init__(parent)
        self.ctx, self.ref, self.kind = ctx, ref, kind


class LettersPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx

    def set_case(self, ref: str | None) -> None:
        self.ref = ref
