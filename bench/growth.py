"""How cost grows with the log: the first screen, a search, a re-sort, a month's report,
start-up and memory at 10k, 100k, 1M and 10M cases, on SQLite and (with --pg) PostgreSQL.

    GOODWILL_BENCH_DATA=/work/scale-data python bench/growth.py [--sizes 10000,100000,...]
        [--pg URL] [--engines postgresql] [--only first_screen,search,...]

The logs are bench/generate.py's (a café's pace, about 20,000 cases a year, so a month holds
about 1,700 cases at every size); GOODWILL_BENCH_DATA keeps the multi-gigabyte ones out of
the checkout. Each figure is the app's time (memory: resident size) at that size, with its
growth from the size before (x10 more cases each step). Goals: the first screen, a search
and start-up stay flat (the largest log at most 1.5 times the smallest's figure), so does a
month's report (the month holds the same cases at every size), the re-sort's first screen
comes in under a second, and the window with the whole list loaded stays under 150 MB.

On PostgreSQL each log is loaded once into a schema of its own and kept (bench/pg_bench.py);
the 10M one is the 1M one copied ten times inside the server, in one transaction that
empties its tables by TRUNCATE and builds their indexes once at the end. It takes about
20 GB. A bench server (.ci/pg-cluster, fsync off) given, for this build only,
`shared_buffers = 2GB`, `wal_level = minimal` with `max_wal_senders = 0` (so the copies
skip the WAL) and `max_wal_size = 2GB` (ALTER SYSTEM, then a restart) built it in about
half an hour on a busy 2-core machine.

Prints a Markdown table (measure, engine, one column per size and its growth, goal,
PASS/FAIL), then one JSON object; exits 1 when a goal is missed. Progress goes to stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from bench.common import log  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
FLAT = 1.5            # largest log's figure / smallest log's, for what must stay flat
RESORT_LIMIT = 1.0    # seconds until the first screen in the new order
MEMORY_LIMIT = 150.0  # MB resident with the window open and the whole list loaded
MEASURES = ("first_screen", "search", "resort", "report_month", "startup", "memory")


# ---- one figure per measure and size -----------------------------------------------------

def first_screen(engine: str, db: Path, url: str, repeat: int) -> float:
    from bench import pg_bench, run

    run._Qt.cancel_full_list = True  # the same at every size, 10M included

    m = (run.measure_list(db, repeat) if engine == "sqlite"
         else pg_bench.measure_list(url, db, repeat))
    log(f"    {m.line()}")
    return m.value


def search(engine: str, db: Path, url: str, repeat: int) -> float:
    from bench import pg_bench, run

    run._Qt.cancel_full_list = True

    m = (run.measure_search(db, repeat) if engine == "sqlite"
         else pg_bench.measure_search(url, db, repeat))
    log(f"    {m.line()}")
    return m.value


def resort(engine: str, db: Path, url: str, repeat: int) -> float:
    """The real window sorted by customer, as a header click does: until the first screen
    in that order is in place (the full list follows on a worker, and is not waited for:
    sorting back by date cancels it)."""
    from bench.harness import Window, resort_times

    win = Window(db if engine == "sqlite" else url, load_seconds=900)
    try:
        firsts, _ = resort_times(win, repeat, full=False)
    finally:
        win.close()
    return statistics.median(firsts)


def report_month(engine: str, db: Path, url: str, repeat: int) -> float:
    from bench import documents, pg_bench

    m = (documents.measure_report_month(db, repeat) if engine == "sqlite"
         else pg_bench.measure_report_month(url, db, repeat))
    log(f"    {m.line()} ({m.where})")
    return m.value


def startup(engine: str, db: Path, url: str, repeat: int) -> float:
    """Whole process, `main.py --db F --smoke`, start to exit (bench/windows.py); the
    bare floor always reads the SQLite file."""
    from bench.windows import measure_startup

    m = measure_startup(db, repeat, app_db=None if engine == "sqlite" else url)
    log(f"    {m.line()}")
    return m.value


def memory(engine: str, db: Path, url: str, repeat: int) -> float:
    """Resident memory (MB) of the real window once its whole id list is loaded, the median
    of `repeat` processes; the peak on the way is logged."""
    from bench.windows import PROBE

    now, peaks = [], []
    target = str(db) if engine == "sqlite" else url
    for _ in range(repeat):
        out = subprocess.run([sys.executable, str(PROBE), "app", target], capture_output=True,
                             text=True, cwd=ROOT, timeout=900)
        if out.returncode or "rss kb=" not in out.stdout:
            raise RuntimeError(f"window probe failed: {out.stderr[-500:]}")
        fields = dict(f.split("=") for f in out.stdout.split("rss ")[1].split()[:2])
        now.append(int(fields["kb"]) / 1024)
        peaks.append(int(fields["peak_kb"]) / 1024)
    log(f"    memory {statistics.median(now):.0f} MB with the list loaded, peak "
        f"{statistics.median(peaks):.0f} MB")
    return statistics.median(now)


# (measure, repeats at sizes up to 1M, repeats above, rounds). The measures of a few
# milliseconds go over the sizes in rounds, smallest to largest and again, each size's
# figure the median of its rounds: on a shared machine the load drifts over the minutes a
# measure takes, and measured one size after the other that drift read as growth.
RUNS = {
    "first_screen": (first_screen, 20, 10, 3),
    "search": (search, 20, 10, 3),
    "resort": (resort, 5, 3, 1),
    "report_month": (report_month, 9, 5, 3),
    "startup": (startup, 5, 5, 1),
    "memory": (memory, 3, 1, 1),
}


# ---- the table ---------------------------------------------------------------------------

def verdict(name: str, values: list[float | None]) -> tuple[str, bool]:
    """(the goal in words, met) for one measure's figures, smallest log first."""
    got = [v for v in values if v is not None]
    if not got:
        return "", False
    if name == "resort":
        return f"< {RESORT_LIMIT * 1000:.0f} ms", max(got) < RESORT_LIMIT
    if name == "memory":
        return f"< {MEMORY_LIMIT:.0f} MB", got[-1] < MEMORY_LIMIT
    return f"largest / smallest <= {FLAT}", got[-1] / got[0] <= FLAT


def shown(name: str, value: float | None) -> str:
    if value is None:
        return "—"
    if name == "memory":
        return f"{value:.0f} MB"
    ms = value * 1000
    return f"{ms:.0f} ms" if ms >= 100 else f"{ms:.1f} ms" if ms >= 10 else f"{ms:.2f} ms"


def table(results: dict, sizes: list[int]) -> tuple[str, bool]:
    head = ["measure", "engine"]
    for i, size in enumerate(sizes):
        head += [f"{size:,}"] + (["x"] if i else [])
    head += ["goal", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    every = True
    for (name, engine), values in results.items():
        cells = [name, engine]
        for i, value in enumerate(values):
            cells.append(shown(name, value))
            if i:
                before = values[i - 1]
                cells.append(f"{value / before:.2f}" if value and before else "—")
        goal, met = verdict(name, values)
        every = every and met
        lines.append("| " + " | ".join(cells + [goal, "PASS" if met else "FAIL"]) + " |")
    return "\n".join(lines), every


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="comma-separated case counts, e.g. 10000,1000000 "
                             "(default: %(default)s)")
    parser.add_argument("--pg", metavar="URL", default="", help="also on this PostgreSQL server")
    parser.add_argument("--only", default="", help="comma-separated measures: " + ", ".join(MEASURES))
    parser.add_argument("--engines", default="sqlite,postgresql",
                        help="comma-separated engines to measure (default: %(default)s; "
                             "postgresql only with --pg)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    only = [m.strip() for m in args.only.split(",") if m.strip()] or list(MEASURES)
    unknown = set(only) - set(MEASURES)
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    engines = [e for e in ("sqlite", "postgresql") if e in args.engines.split(",")
               and (e == "sqlite" or args.pg)]
    if not engines:
        parser.error("no engine to measure (postgresql needs --pg URL)")
    dbs = {n: generate.ensure_database(n, log=log) for n in sizes}
    urls = {}
    if args.pg:
        from bench import pg_bench

        urls = {n: pg_bench.ensure_log(args.pg, db, log) for n, db in dbs.items()}
    started = time.perf_counter()
    results: dict[tuple[str, str], list] = {}
    for name in only:
        fn, repeat, big_repeat, rounds = RUNS[name]
        for engine in engines:
            figures: dict[int, list | None] = {size: [] for size in sizes}
            for round_ in range(rounds):
                for size in sizes:
                    if figures[size] is None:
                        continue
                    log(f"{name} on {engine} at {size:,} cases"
                        + (f" (round {round_ + 1} of {rounds})" if rounds > 1 else ""))
                    each = repeat if size <= 1_000_000 else big_repeat
                    try:
                        figures[size].append(fn(engine, dbs[size], urls.get(size, ""),
                                                max(1, -(-each // rounds))))
                    except (RuntimeError, AssertionError) as exc:
                        log(f"    not measured: {exc}")
                        figures[size] = None
            results[(name, engine)] = [statistics.median(f) if f else None
                                       for f in figures.values()]
    text, every = table(results, sizes)
    log(f"total {time.perf_counter() - started:.0f} s")
    print(text)
    print(json.dumps({f"{n}/{e}": dict(zip(map(str, sizes), v)) for (n, e), v in results.items()}))
    return 0 if every else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # as bench/run.py: PySide6 can abort tearing down its objects
