"""Background jobs never become the place where a Qt object dies.

A pool thread that drops a Qt wrapper (directly, or because Python's cycle collector ran
there) makes PySide queue the C++ deletion for the GUI thread, and running that queue
crashed the whole process. These tests build exactly that situation with real widgets and a
real job that allocates enough to trip the collector."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from ui_support import ScriptedAsk
from ui.context import AppContext


# A fresh interpreter that makes far more Qt calls than None and True have references of
# their own: PySide6 6.12 on CPython 3.11 drops one at each, and Python aborts at zero.
_MANY_CALLS = """
import sys
sys.path.insert(0, sys.argv[1])
import ui  # noqa: F401  (the window's start: what makes these calls safe)
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Announcer(QObject):
    done = Signal(bool)

app = QCoreApplication([])
announcer = Announcer()
heard = []
announcer.done.connect(heard.append)
for _ in range(20_000):
    announcer.done.emit(False)        # returns True
    announcer.setObjectName("desk")   # returns nothing (None)
print(len(heard))
"""


def test_thousands_of_emits_and_void_calls_do_not_abort_python():
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", _MANY_CALLS, str(root)], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["20000"]


def _context(store, tmp_path) -> AppContext:
    return AppContext(store, QSettings(str(tmp_path / "settings.ini"),
                                       QSettings.Format.IniFormat), ScriptedAsk())


def test_widgets_left_in_a_cycle_are_collected_on_the_gui_thread_not_by_a_job(
        store, tmp_path, qtbot):
    ctx = _context(store, tmp_path)
    died_on: list[str] = []
    for _ in range(20):  # a closed window's widgets, reachable only through a cycle
        widget = QWidget()
        QLabel("left behind", widget)
        widget.me = widget
        weakref.finalize(widget, lambda: died_on.append(threading.current_thread().name))
        del widget

    def allocate(_store, _progress):
        # Enough container objects to run every generation of the collector many times.
        return len([[i] for i in range(300_000)])

    results = []
    for _ in range(3):
        ctx.run_in_background(allocate, results.append)
    qtbot.waitUntil(lambda: len(results) == 3 and not ctx.busy(), timeout=20_000)
    assert results == [300_000] * 3
    gc.collect()
    assert len(died_on) == 20
    assert set(died_on) == {threading.main_thread().name}


def test_the_collector_is_back_on_once_every_job_has_answered(store, tmp_path, qtbot):
    ctx = _context(store, tmp_path)
    assert gc.isenabled()
    seen_during = []
    done = []
    for _ in range(4):
        ctx.run_in_background(lambda _s, _p: seen_during.append(gc.isenabled()), done.append)
    assert not gc.isenabled()  # paused from the moment a job is queued
    qtbot.waitUntil(lambda: len(done) == 4 and not ctx.busy(), timeout=20_000)
    assert seen_during == [False] * 4
    assert gc.isenabled()


def test_a_failing_job_reports_and_still_turns_the_collector_back_on(store, tmp_path, qtbot):
    ctx = _context(store, tmp_path)
    errors = []

    def fail(_store, _progress):
        raise ValueError("the disk went away")

    ctx.run_in_background(fail, lambda _r: None, lambda exc, _details: errors.append(exc))
    qtbot.waitUntil(lambda: bool(errors) and not ctx.busy(), timeout=20_000)
    assert str(errors[0]) == "the disk went away"
    assert gc.isenabled()


def test_a_cancelled_read_stops_mid_query_and_never_answers(store, tmp_path, qtbot):
    ctx = _context(store, tmp_path)
    answers, started = [], threading.Event()

    def endless(reader, _progress):
        started.set()
        # A query that would run for minutes: it stops at the next progress check.
        return reader.conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                   "FROM n) SELECT count(*) FROM n").fetchone()

    job = ctx.run_in_background(endless, answers.append,
                                on_error=lambda exc, _tb: answers.append(exc))
    assert started.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: not ctx.busy(), timeout=10_000)
    assert answers == []
    assert gc.isenabled()


def test_a_cancelled_job_still_queued_never_runs(store, tmp_path, qtbot):
    ctx = _context(store, tmp_path)
    ran, release = [], threading.Event()
    # Fill every pool thread, so the next job has to wait in the queue.
    blockers = [ctx.run_in_background(lambda _s, _p: release.wait(10), lambda _r: None)
                for _ in range(ctx.pool.maxThreadCount())]
    queued = ctx.run_in_background(lambda _s, _p: ran.append(1), ran.append)
    queued.cancel()
    release.set()
    qtbot.waitUntil(lambda: not ctx.busy(), timeout=10_000)
    assert ran == [] and len(blockers) == ctx.pool.maxThreadCount()
