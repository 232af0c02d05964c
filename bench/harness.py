"""The real main window offscreen over a bench database, and a watch on how long its GUI
thread goes without running a timer: what the window measures of bench/run.py and
bench/growth.py share."""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench import generate


class Window:
    """Goodwill's real main window over a database, offscreen, for measures of the desk."""

    def __init__(self, db: Path | str, load_seconds: float = 60):
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from data.store import Store
        from ui.context import AppContext
        from ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication([])
        self.settings_dir = Path(tempfile.mkdtemp(prefix="settings-", dir=generate.OUT))
        settings = QSettings(str(self.settings_dir / "s.ini"), QSettings.Format.IniFormat)
        self.ctx = AppContext(Store(db, quick_check=False), settings)
        self.window = MainWindow(self.ctx)
        self.window.resize(1100, 700)
        self.window.show()
        self.wait(lambda: self.window.model.complete, load_seconds)
        self.settle()

    def wait(self, done, seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError("the window did not get there in time")
            self.app.processEvents()
            time.sleep(0.001)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()
            self.ctx.pool.waitForDone()
        self.app.processEvents()

    def close(self) -> None:
        self.window.stop_background()
        self.settle()
        self.window.hide()
        self.ctx.store.close()
        shutil.rmtree(self.settings_dir, ignore_errors=True)


def resort_times(win: Window, repeat: int, *, full: bool) -> tuple[list[float], list[float]]:
    """Sort the window's list by customer, as a header click does, then back by date,
    `repeat` times: the seconds until the first screen in customer order was in place, and
    (with `full`) until the whole id list had arrived; without it the full list is
    cancelled, as sorting back does."""
    from PySide6.QtCore import Qt

    from ui.case_model import COLUMNS

    model, keys = win.window.model, [key for key, _ in COLUMNS]
    arrivals: list[float] = []
    model.ids_loaded.connect(lambda _complete: arrivals.append(time.perf_counter()))
    firsts: list[float] = []
    fulls: list[float] = []
    for _ in range(repeat):
        for key in ("customer", "occurred_at"):
            arrivals.clear()
            started = time.perf_counter()
            win.window.table.sortByColumn(keys.index(key), Qt.SortOrder.AscendingOrder)
            win.wait((lambda: arrivals and model.complete) if full else (lambda: arrivals), 60)
            if key == "customer":
                firsts.append(arrivals[0] - started)
                fulls.append(arrivals[-1] - started)
            if not full:
                model.cancel()
            win.settle()
    return firsts, fulls


class StallWatch:
    """The longest time the GUI thread went without running a 1 ms timer: how long the
    window was frozen (input, painting and timers all wait behind it)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.longest = 0.0

    def _tick(self) -> None:
        moment = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, moment - self.last)
        self.last = moment

    def start(self) -> None:
        self.last, self.longest = None, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest
