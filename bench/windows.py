"""bench/run.py's whole-process measures: start-up to the first paint and peak memory,
against a bare PySide6 window in the same run."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import (
    Measure, compare, log,
)

ROOT = Path(__file__).resolve().parent.parent


PROBE = ROOT / "bench" / "window_probe.py"


# ---- whole windows -----------------------------------------------------------------------

def _smoke_run(cmd: list[str]) -> tuple[float, float]:
    """Seconds from starting the program to its `first paint` line, and to its exit."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)
    seen = None
    for line in proc.stdout:
        if line.startswith("first paint"):
            seen = time.perf_counter() - started
            break
    proc.stdout.read()
    err = proc.stderr.read()
    proc.wait()
    ended = time.perf_counter() - started
    if seen is None or proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)}: no first paint (exit {proc.returncode}) "
                           f"{err.strip()[-500:]}")
    return seen, ended


def measure_startup_both(closed: Path, open_: Path, repeat: int) -> Measure:
    """`startup` over a log of mostly closed cases and one of only open ones (counts,
    overdue flags and reminders have the most to do): the worse ratio; the other logged."""
    both = [measure_startup(closed, repeat), measure_startup(open_, repeat)]
    for m in both:
        log(f"  startup over {m.where}: {m.line()}")
    return max(both, key=lambda m: m.ratio)


def measure_startup(db: Path, repeat: int, app_db: str | None = None) -> Measure:
    """Whole process, from starting it to its exit (the first paint is logged): what the
    owner waits for, interpreter, imports, window, first rows and quitting included.
    `app_db` (a PostgreSQL URL holding the same cases) is what the app opens instead of
    `db`; the floor reads `db`."""
    paints = {"app": [], "bare": []}
    # An installed copy (pip, the bundle) has its modules' bytecode; a machine that sets
    # PYTHONDONTWRITEBYTECODE (this sandbox does) would otherwise compile every module of
    # ours on every start, which the floor, all installed packages, never does.
    import compileall

    for package in ("data", "ui", "reports"):
        compileall.compile_dir(str(ROOT / package), quiet=1)

    def run(side: str, cmd: list[str]) -> float:
        paint, wall = _smoke_run(cmd)
        paints[side].append(paint)
        return wall

    app, base = compare(
        lambda: run("app", [sys.executable, str(ROOT / "main.py"), "--db", app_db or str(db),
                           "--smoke"]),
        lambda: run("bare", [sys.executable, str(PROBE), "bare", str(db)]), repeat)
    log(f"  startup: first paint {statistics.median(paints['app']) * 1000:.0f} ms, bare "
        f"{statistics.median(paints['bare']) * 1000:.0f} ms")
    return Measure("startup", app, base, "s", db.name)


def _peak_rss_mb(cmd: list[str]) -> float:
    """Peak resident memory of a whole run of `cmd`, in MB.

    The program reports its own peak (VmHWM, which starts afresh at exec); the OS's
    ru_maxrss is only the fallback, because Linux carries the parent's peak into a child.
    """
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode()
    if status:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")
    proc.returncode = 0
    if "ids=" in out:
        log(f"  rss: window loaded {out.split('ids=')[1].split()[0]} ids")
    if "peak_kb=" in out:
        return int(out.split("peak_kb=")[1].split()[0]) / 1024
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def measure_rss(db: Path, repeat: int) -> Measure:
    apps, bases = [], []
    for _ in range(repeat):
        apps.append(_peak_rss_mb([sys.executable, str(PROBE), "app", str(db)]))
        bases.append(_peak_rss_mb([sys.executable, str(PROBE), "bare", str(db)]))
    return Measure("rss", statistics.median(apps), statistics.median(bases), "MB", db.name)


