"""A tab page whose widget is built the first time it is shown (or asked for).

The window opens with only what its first screen shows: the Customers page and the case's
Checklist and Letters panels together were a third of its start-up time and several MB of
its memory (bench/run.py startup and rss), and many sessions never open them."""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the place of `module.name(*args)` in a tab widget until it is first shown;
    `built(page)` is called once, right after the page is made."""

    def __init__(self, module: str, name: str, *args, built: Callable[[QWidget], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self._recipe = (module, name, args, built)
        self.page: QWidget | None = None  # None until built
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            module, name, args, built = self._recipe
            self.page = getattr(import_module(module), name)(*args)
            self.layout().addWidget(self.page)
            if built is not None:
                built(self.page)
        return self.page

    def showEvent(self, event) -> None:
        self.ensure()
        super().showEvent(event)
