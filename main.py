"""Goodwill: with no arguments, the desk window; with a subcommand, the command line (ui.cli)."""
from __future__ import annotations

import sys

from ui.cli import main as cli_main, report_bug as _report_bug
from ui.cli.common import EXIT_BUG

__all__ = ["main", "_report_bug", "EXIT_BUG"]


def _window(where, *, smoke: bool, chosen: bool) -> int:
    from ui.app import run_gui  # Qt is loaded only when the window opens

    return run_gui(where, smoke=smoke, chosen=chosen)


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv, window=_window)


if __name__ == "__main__":
    code = main()
    if "PySide6.QtWidgets" in sys.modules:
        # The window has closed: its settings are synced, the database closed and its lock
        # released. Tearing the interpreter down would only free thousands of Qt wrappers
        # one by one (adding to the owner's wait, and PySide 6.12 can abort doing it;
        # see bench/run.py), so the process ends here.
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
