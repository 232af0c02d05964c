"""Import at scale: peak memory and time of `main.py import` against `sqlite-utils insert --csv`.

    python bench/import_scale.py                # 200,000 and 1,000,000 rows
    python bench/import_scale.py 50000 --repeat 1

Both sides are whole command-line processes importing the same generated CSV file
(bench/generate.py, cached) into a fresh database. Peak resident memory is the child's
own maximum (wait4's ru_maxrss), so neither side's figure includes the other's. Goals
(issue 14): peak under 200 MB at 200k rows and under 250 MB at 1M rows, and a time
ratio to sqlite-utils of at most 1.5. The exit code is 1 when a goal is missed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402

MEMORY_GOAL_MB = {200_000: 200, 1_000_000: 250}
TIME_RATIO_GOAL = 1.5


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd[:4])}... failed: {err[-400:]}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports KiB


def sqlite_utils() -> list[str]:
    found = shutil.which("sqlite-utils")
    return [found] if found else [sys.executable, "-m", "sqlite_utils"]


def measure(rows: int, repeat: int, work: Path) -> dict:
    source = generate.ensure_csv(rows, print)

    def fresh(name: str) -> Path:
        for leftover in work.glob(f"{name}*"):
            leftover.unlink()
        return work / name

    app, base = [], []
    for _ in range(repeat):
        app.append(run([sys.executable, str(ROOT / "main.py"), "--db",
                        str(fresh("app.db")), "import", str(source)]))
        print(f"  app run: {app[-1][0]:.1f} s, {app[-1][1]:.0f} MB peak", flush=True)
        base.append(run([*sqlite_utils(), "insert", str(fresh("base.db")), "cases",
                         str(source), "--csv"]))
        print(f"  sqlite-utils run: {base[-1][0]:.1f} s, {base[-1][1]:.0f} MB peak", flush=True)
    with sqlite3.connect(work / "app.db") as conn:
        count = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    if count != rows:
        raise RuntimeError(f"the app imported {count} of {rows} rows")
    app_time = statistics.median(t for t, _ in app)
    base_time = statistics.median(t for t, _ in base)
    return {"rows": rows, "app_s": app_time, "base_s": base_time,
            "ratio": app_time / base_time, "app_mb": max(m for _, m in app),
            "base_mb": max(m for _, m in base), "file_mb": source.stat().st_size / 1e6}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[200_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="goodwill-import-") as folder:
        for rows in args.sizes:
            r = measure(rows, args.repeat, Path(folder))
            goal = MEMORY_GOAL_MB.get(rows)
            met = r["ratio"] <= TIME_RATIO_GOAL and (goal is None or r["app_mb"] < goal)
            ok &= met
            print(f"import {rows:>9,} rows ({r['file_mb']:.0f} MB CSV): app {r['app_s']:.1f} s, "
                  f"{r['app_mb']:.0f} MB peak; sqlite-utils {r['base_s']:.1f} s, "
                  f"{r['base_mb']:.0f} MB peak; time ratio {r['ratio']:.2f} "
                  f"(goal <= {TIME_RATIO_GOAL}), memory goal "
                  f"{'< %d MB' % goal if goal else 'none'}: {'met' if met else 'MISSED'}",
                  flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
