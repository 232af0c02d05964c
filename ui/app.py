"""Starting the desk window (placeholder until the main window lands)."""
from __future__ import annotations

from pathlib import Path


def run_gui(db_path: Path, smoke: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    label = QLabel(f"Goodwill: {db_path}")
    label.show()
    if smoke:
        return 0
    return app.exec()
