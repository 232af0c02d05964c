"""Helpers for the desk tests: a scripted Interaction and the real main window on a file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui.context import AppContext, Interaction


class ScriptedAsk(Interaction):
    """Answers questions from lists the test fills in, and records what the app said."""

    def __init__(self):
        super().__init__()
        self.confirms: list[bool] = []
        self.texts: list[str | None] = []
        self.files: list[Path | None] = []
        self.errors: list[tuple[str, str, str]] = []
        self.informs: list[tuple[str, str]] = []
        self.opened: list[Path] = []  # files handed to the system's viewer or mail program
        self.choices: list[int | None] = []  # answers to choose(), by index
        self.chosen: list[tuple[str, str, list[str]]] = []  # what choose() was asked

    def confirm(self, title, text):
        return self.confirms.pop(0) if self.confirms else False

    def choose(self, title, text, choices):
        self.chosen.append((title, text, list(choices)))
        return self.choices.pop(0) if self.choices else None

    def inform(self, title, text):
        self.informs.append((title, text))

    def error(self, title, text, details=""):
        self.errors.append((title, text, details))

    def text(self, title, label, default=""):
        return self.texts.pop(0) if self.texts else None

    def open_file(self, title, filters, start=""):
        return self.files.pop(0) if self.files else None

    def save_file(self, title, filters, suggested=""):
        return self.files.pop(0) if self.files else None

    def open_files(self, title, filters=""):
        return [self.files.pop(0)] if self.files else []

    def open_externally(self, path):
        self.opened.append(Path(path))
        return True


def open_window(qtbot, store, tmp_path: Path):
    """The real MainWindow over `store`, settings in a private file, first list loaded."""
    from ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings=settings, ask=ScriptedAsk())
    window = MainWindow(ctx)
    # A test may end with typing unsaved, and then the window refuses to close (it asks,
    # and nobody answers): its background work stops first, so it never reads a log that
    # the next test's teardown has dropped.
    qtbot.addWidget(window, before_close_func=lambda w: w.stop_background())
    window.show()
    qtbot.waitUntil(lambda: window.model.complete, timeout=20_000)
    return window


def settle(window, qtbot) -> None:
    """Wait until every background query the window started has come back."""
    qtbot.waitUntil(lambda: not window.ctx.busy() and window.model.complete, timeout=20_000)


def shared_dialog(qtbot, store, tmp_path: Path):
    """Settings > Data > Shared database… over `store`, its settings in a private file."""
    from ui.shared_dialog import SharedDatabaseDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings=settings, ask=ScriptedAsk())
    dialog = SharedDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    return ctx, dialog
