"""How long the window's GUI thread stalls while the reminders are checked over a log of
100,000 open cases (84,000 reminders due, none told yet): bench/run.py's `reminder_stall`."""
from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from bench.common import Measure, log
from bench.harness import StallWatch, Window

AFTER_MS = 300  # the watch keeps running this long after the Due today list arrived


def measure_reminder_stall(db: Path, repeat: int, work: Path) -> Measure:
    """The real window over a copy of `db`; each run forgets which reminders were told
    (every one is fresh again, as on the first start over such a log), starts a check and
    watches the GUI thread until the Due today list is shown and AFTER_MS later: the
    longest stall of each run, the median run's. The floor: the same of the window left
    idle as long."""
    copy = work / "reminders.db"
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as src, \
            sqlite3.connect(copy) as dst:
        src.backup(dst)
    win = Window(copy)
    center = win.window.reminders
    if center is None:
        win.wait(lambda: win.window.reminders is not None, 30)
        center = win.window.reminders
    checked: list[float] = []
    center.checked.connect(lambda _today: checked.append(time.perf_counter()))
    stall, stalls, idle, checks = StallWatch(), [], [], []
    try:
        for _ in range(repeat):
            center.timer.stop()  # only the check started here runs
            win.settle()
            with sqlite3.connect(copy) as conn:
                told = conn.execute("SELECT count(*) FROM reminder_state").fetchone()[0]
                conn.execute("DELETE FROM reminder_state")
            checked.clear()
            stall.start()
            started = time.perf_counter()
            center.check()
            win.wait(lambda: checked, 120)
            checks.append(checked[0] - started)
            until = time.perf_counter() + AFTER_MS / 1000
            while time.perf_counter() < until:
                win.app.processEvents()
                time.sleep(0.0005)
            stalls.append(stall.stop())
            stall.start()
            until = time.perf_counter() + checks[-1] + AFTER_MS / 1000
            while time.perf_counter() < until:
                win.app.processEvents()
                time.sleep(0.0005)
            idle.append(stall.stop())
    finally:
        win.close()
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            leftover.unlink(missing_ok=True)
    log(f"  reminder_stall: check to Due today {statistics.median(checks) * 1000:.0f} ms, "
        f"{told:,} reminders told per check")
    # The median run's longest stall: a loaded machine deschedules the GUI thread now and
    # then whatever it does (the idle window's stalls show how much).
    return Measure("reminder_stall", statistics.median(stalls), statistics.median(idle), "s",
                   f"{db.name}: longest GUI-thread stall over a reminder check; baseline: idle")
