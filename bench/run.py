"""Benchmarks: how fast Goodwill is, each figure a ratio to a floor measured in the same run.

    python bench/run.py [--quick] [--only NAME,...] [--pg URL]

With --pg, the list, search and report measures also run on a PostgreSQL log
(pg_list_first_screen, pg_search, pg_report, pg_report_month; bench/pg_bench.py); without it
they are skipped.

`report_month` is one café month (about 1,700 cases) in the largest log: the report's
figures (month_metrics and its JSON) against the same figures in raw aggregate SQL, so it
grows with the month, not the log. `report` adds the PDF, over a file of 100,000 cases in
one month. `startup` is whole processes, `main.py --smoke` against a bare script (a
QMainWindow with a QTableView of 200 rows read with sqlite3 into a QStandardItemModel), at
100,000 cases, mostly closed and all open: the worse of the two.

`list_first_screen` is the median of ten runs at the largest size. `reminder_stall` is the
window's longest GUI-thread stall over a reminder check at 100,000 open cases.

Prints one line per measure, `NAME value=... baseline=... ratio=... goal<=... [limit<...]
PASS|FAIL` (a limit bounds the value itself), and last one JSON object {NAME: {"ratio": x,
"goal": y, "met": bool}} (with value_ms and limit_ms where there is a limit). Progress and
per-size detail go to stderr. `typing` also gives `typing_stall`. How each cost grows from
10k to 10M cases is bench/growth.py's table.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from bench.common import (  # noqa: E402
    GOALS, LIMITS, LIST_COLUMNS, SCREEN, SEARCH_WORD, Measure, _now, _plain, _screen_sql,
    compare, log,
)
from bench.documents import (  # noqa: E402
    _run, measure_backup, measure_import, measure_letter, measure_report, measure_report_month,
)
from bench.harness import StallWatch, Window, resort_times  # noqa: E402
from bench.reminder_stall import measure_reminder_stall  # noqa: E402
from bench.windows import measure_rss, measure_startup_both  # noqa: E402

TYPED_WORD = "muffin"     # six letters typed at KEYS_PER_SECOND, one case in twelve at the end
KEYS_PER_SECOND = 8


# ---- in-process: the case list and search ------------------------------------------------

class _Qt:
    """One offscreen QApplication and AppContext per database for the model measures."""

    app = None
    # bench/growth.py: stop the full list between runs instead of waiting for it (ten
    # million ids take minutes to wait for, twenty times over).
    cancel_full_list = False

    def __init__(self, db: Path):
        from PySide6.QtWidgets import QApplication

        from data.store import Store
        from ui.context import AppContext

        _Qt.app = QApplication.instance() or QApplication([])
        self.store = Store(db, quick_check=False)
        self.ctx = AppContext(self.store)

    def first_screen(self, flt) -> int:
        """What the case list model does for the window's first screen: its quick reload
        (which also starts the full id list on a worker, as in the window), then the rows
        the view asks for. Qt's per-cell calls are painting, measured by `startup`."""
        from ui.case_model import CaseTableModel

        model = CaseTableModel(self.ctx, flt)
        model.reload(quick=True)
        rows = min(SCREEN, model.rowCount())
        for row in range(rows):
            model.row_at(row)
        self._last = model
        return rows

    def settle(self) -> None:
        """Let the model's background full-list query finish before the next run (untimed)."""
        if self.cancel_full_list and getattr(self, "_last", None) is not None:
            self._last.cancel()
        for _ in range(3):  # the model may start its full list from a posted event
            self.app.processEvents()
            self.ctx.pool.waitForDone()
        self._last = None
        self.app.processEvents()

    def close(self) -> None:
        self.settle()
        self.store.close()


def measure_list(db: Path, repeat: int) -> Measure:
    from data.model import CaseFilter

    qt = _Qt(db)
    conn = _plain(db)
    sql = _screen_sql("cases")
    plain = (f"SELECT {LIST_COLUMNS} FROM cases WHERE cases.deleted_at IS NULL "
             f"ORDER BY occurred_ts DESC LIMIT {SCREEN}")
    try:
        assert qt.first_screen(CaseFilter()) == len(conn.execute(sql, _now()).fetchall())
        app, base = compare(lambda: qt.first_screen(CaseFilter()),
                            lambda: conn.execute(sql, _now()).fetchall(), repeat,
                            between=qt.settle)
        bare = compare(lambda: conn.execute(plain).fetchall(), lambda: None, repeat)[0]
        log(f"  list: stored columns alone (no overdue, no checklist) {bare * 1000:.2f} ms")
    finally:
        qt.close()
        conn.close()
    return Measure("list_first_screen", app, base, "s", db.name)


def measure_search(db: Path, repeat: int) -> Measure:
    from data.model import CaseFilter

    qt = _Qt(db)
    conn = _plain(db)
    flt = CaseFilter(search=SEARCH_WORD)
    # The floor: FTS5 MATCH on the bare word, newest first, the same LIMIT, one statement.
    # SQLite plans these differently (the flat ones compute every match's overdue flag
    # before sorting), so whichever is fastest on this machine is the floor.
    match = "SELECT rowid FROM cases_fts WHERE cases_fts MATCH :q"
    join = "cases_fts JOIN cases ON cases.id = cases_fts.rowid"
    forms = [_screen_sql(join, " WHERE cases_fts MATCH :q"),
             _screen_sql("cases", f" WHERE cases.id IN ({match})"),
             _screen_sql("cases", f" WHERE cases.id IN (SELECT cases.id FROM {join} WHERE "
                         f"cases_fts MATCH :q ORDER BY cases.occurred_ts DESC LIMIT {SCREEN})")]
    args = lambda: {**_now(), "q": SEARCH_WORD}  # noqa: E731
    try:
        expected = qt.first_screen(flt)
        for sql in forms:
            assert expected == len(conn.execute(sql, args()).fetchall())
        fastest = min(forms, key=lambda sql: compare(
            lambda: conn.execute(sql, args()).fetchall(), lambda: None, 3)[0])
        app, base = compare(lambda: qt.first_screen(flt),
                            lambda: conn.execute(fastest, args()).fetchall(), repeat,
                            between=qt.settle)
    finally:
        qt.close()
        conn.close()
    return Measure("search", app, base, "s", f"{db.name}, '{SEARCH_WORD}'")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure_typing(db: Path, repeat: int) -> list[Measure]:
    """TYPED_WORD typed into the window's search box at KEYS_PER_SECOND, `repeat` times.
    Latency of a prefix: from its keystroke until the list holds its first screen and has
    painted it. Prefixes shorter than SEARCH_AT_ONCE wait for a pause in typing, by design
    (they match most cases), so only the longer ones are timed. The floor: the fastest
    raw FTS5 first-screen statement for each of those prefixes (as `search`)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    from data.case_list import fts_query
    from ui.main_window import SEARCH_AT_ONCE

    win = Window(db)
    model, table = win.window.model, win.window.table
    pending: dict[str, float] = {}
    latencies: dict[str, list[float]] = {}

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                text = model.flt.search
                if text in pending and model.rowCount() and model.ids_loaded_for == text:
                    latencies.setdefault(text, []).append(time.perf_counter() - pending.pop(text))
            return False

    def loaded(_complete):
        model.ids_loaded_for = model.flt.search

    model.ids_loaded_for = None
    model.ids_loaded.connect(loaded)
    watcher = Painted()
    table.viewport().installEventFilter(watcher)
    stalls, idle = [], []
    stall = StallWatch()
    gap = 1 / KEYS_PER_SECOND
    try:
        for _ in range(repeat):
            # The floor of a stall: the same window left idle as long as a word takes to
            # type (a loaded machine deschedules the GUI thread too).
            stall.start()
            until = time.perf_counter() + gap * len(TYPED_WORD)
            while time.perf_counter() < until:
                win.app.processEvents()
                time.sleep(0.0005)
            idle.append(stall.stop())
            win.window.search.clear()
            win.window.apply_filter()
            win.wait(lambda: model.complete and model.flt.search == "", 60)
            win.settle()
            pending.clear()
            stall.start()
            for n, letter in enumerate(TYPED_WORD, 1):
                started = time.perf_counter()
                if n >= SEARCH_AT_ONCE:
                    pending[TYPED_WORD[:n]] = started
                QTest.keyClick(win.window.search, letter)
                next_key = started + gap
                while time.perf_counter() < next_key:
                    win.app.processEvents()
                    time.sleep(0.0005)
            # The last prefix has as long as it needs.
            win.wait(lambda: TYPED_WORD not in pending, 30)
            stalls.append(stall.stop())
            for text in list(pending):  # overtaken by the next keystroke: counts as a gap
                latencies.setdefault(text, []).append(gap)
            win.settle()
    finally:
        table.viewport().removeEventFilter(watcher)
        win.close()
    timed = [v for values in latencies.values() for v in values]
    conn = _plain(db)
    join = "cases_fts JOIN cases ON cases.id = cases_fts.rowid"
    floors = []
    try:
        for n in range(SEARCH_AT_ONCE, len(TYPED_WORD) + 1):
            args = {**_now(), "q": fts_query(TYPED_WORD[:n])}
            forms = [_screen_sql(join, " WHERE cases_fts MATCH :q"),
                     _screen_sql("cases", " WHERE cases.id IN (SELECT rowid FROM cases_fts "
                                 "WHERE cases_fts MATCH :q)")]
            # Each lambda runs inside compare(), within its own iteration.
            floors += [min(compare(lambda: conn.execute(sql, args).fetchall(),  # noqa: B023
                                   lambda: None,
                                   1, warmup=0)[0] for sql in forms) for _ in range(repeat)]
    finally:
        conn.close()
    log("  typing: latency per prefix (median ms) "
        + ", ".join(f"{t}={statistics.median(v) * 1000:.0f}" for t, v in latencies.items())
        + f"; raw FTS5 p95 {_p95(floors) * 1000:.0f} ms")
    return [Measure("typing", _p95(timed), _p95(floors), "s",
                    f"{db.name}, '{TYPED_WORD}' at {KEYS_PER_SECOND} keys/s, p95 of {len(timed)}"),
            Measure("typing_stall", max(stalls), max(idle), "s",
                    "longest GUI-thread stall while typing; baseline: the idle window's")]


def measure_resort(db: Path, repeat: int) -> Measure:
    """Sort the window's list by customer (as a header click does): until the first screen
    in that order is in place; the full list follows on a worker (logged). Floor: the raw
    ORDER BY ... LIMIT of one screen."""
    win = Window(db)
    try:
        firsts, fulls = resort_times(win, repeat, full=True)
    finally:
        win.close()
    conn = _plain(db)
    sql = f"SELECT {LIST_COLUMNS} FROM cases ORDER BY customer_name, id LIMIT {SCREEN}"
    try:
        base = compare(lambda: conn.execute(sql).fetchall(), lambda: None, repeat)[0]
    finally:
        conn.close()
    log(f"  resort: full list by customer in {statistics.median(fulls) * 1000:.0f} ms")
    return Measure("resort", statistics.median(firsts), base, "s", f"{db.name}, by customer")


def measure_check(db: Path, repeat: int) -> Measure:
    """`main.py check` as a whole process against a raw `PRAGMA quick_check` in one."""
    floor = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             "print(c.execute('PRAGMA quick_check').fetchone()[0])")
    app, base = compare(
        lambda: _run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "check"]),
        lambda: _run([sys.executable, "-c", floor, str(db)]), repeat)
    return Measure("check", app, base, "s", db.name)


# ---- running -----------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="stop at 100k cases (< 5 minutes)")
    parser.add_argument("--only", default="", help="comma-separated measure names")
    parser.add_argument("--pg", metavar="URL", default="",
                        help="also measure on this PostgreSQL database (pg_* measures)")
    args = parser.parse_args(argv)
    only = {n.strip() for n in args.only.split(",") if n.strip()}
    unknown = only - set(GOALS)
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    if not args.pg and any(n.startswith("pg_") for n in only):
        parser.error("the pg_* measures need --pg URL")
    wanted = lambda name: not only or name in only  # noqa: E731

    started = time.perf_counter()
    largest = 100_000 if args.quick else 1_000_000
    sizes = [10_000, 100_000] + ([] if args.quick else [1_000_000])
    dbs = {n: generate.ensure_database(n, log=log) for n in sizes}
    big, mid = dbs[largest], dbs[100_000]
    runs = 5 if args.quick else 9
    work = Path(tempfile.mkdtemp(prefix="work-", dir=generate.OUT))
    log(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} cpus; "
        f"largest database {largest:,} cases")

    def sqlite_report(repeat: int) -> Measure:
        # 100k cases in the reported month; then, logged, one month of the largest file
        # (a café's month among a million cases), as pg_report does on PostgreSQL.
        span = measure_report(big, 3)
        log(f"  in the {largest:,}-case file: {span.line()} ({span.where})")
        return measure_report(generate.ensure_database(100_000, "month", log=log), repeat)

    def at_every_size(measure, repeat: int) -> Measure:
        """The figure at the largest size; the smaller sizes are logged to show the trend."""
        for size, db in dbs.items():
            if db != big:
                log(f"  at {size:,} cases: {measure(db, repeat).line()}")
        return measure(big, repeat)

    def median_of_ten(measure, repeat: int) -> Measure:
        """The median run of ten at the largest size (a first screen takes a millisecond:
        one run's ratio moves by 0.1 on a busy machine); the smaller sizes are logged."""
        for size, db in dbs.items():
            if db != big:
                log(f"  at {size:,} cases: {measure(db, repeat).line()}")
        ten = sorted((measure(big, repeat) for _ in range(10)), key=lambda m: m.ratio)
        log(f"  ten runs: ratios {' '.join(f'{m.ratio:.2f}' for m in ten)}")
        return ten[(len(ten) - 1) // 2]

    plan = [
        ("list_first_screen", lambda: median_of_ten(measure_list, runs * 2)),
        ("search", lambda: at_every_size(measure_search, runs * 2)),
        ("typing", lambda: measure_typing(big, 3 if args.quick else 5)),
        ("resort", lambda: measure_resort(big, 3)),
        ("check", lambda: measure_check(big, 3)),
        ("import", lambda: measure_import(100_000, 2 if args.quick else 3, work)),
        ("backup", lambda: measure_backup(big, 5, work)),  # 5: its syncs wait on the disk
        ("letter", lambda: measure_letter(mid, runs * 2)),
        ("report", lambda: sqlite_report(3 if args.quick else 5)),
        ("report_month", lambda: measure_report_month(big, runs)),
        ("startup", lambda: measure_startup_both(
            mid, generate.ensure_database(100_000, "open", log=log), max(runs, 5))),
        ("rss", lambda: measure_rss(big, 3)),
        ("reminder_stall", lambda: measure_reminder_stall(
            generate.ensure_database(100_000, "open", log=log), 5, work)),
    ]
    if args.pg:
        # Only with --pg: the PostgreSQL measures and what they load stay out of a file run.
        from bench import pg_bench

        def on_pg(measure, repeat: int) -> Measure:
            """As at_every_size, on each file's PostgreSQL copy (loaded once, then kept)."""
            for size, db in dbs.items():
                if db != big and size >= 100_000:
                    log(f"  at {size:,} cases: "
                        f"{measure(pg_bench.ensure_log(args.pg, db, log), db, repeat).line()}")
            return measure(pg_bench.ensure_log(args.pg, big, log), big, repeat)

        def pg_report() -> Measure:
            # As `report`: 100k cases in the reported month; then, logged, one month of
            # the largest log (a café's month among a million cases).
            span = pg_bench.measure_report(pg_bench.ensure_log(args.pg, big, log), big, 3)
            log(f"  in the {largest:,}-case log: {span.line()} ({span.where})")
            month = generate.ensure_database(100_000, "month", log=log)
            return pg_bench.measure_report(pg_bench.ensure_log(args.pg, month, log), month,
                                           3 if args.quick else 5)

        plan += [
            ("pg_list_first_screen", lambda: on_pg(pg_bench.measure_list, runs * 2)),
            ("pg_search", lambda: on_pg(pg_bench.measure_search, runs * 2)),
            ("pg_report", pg_report),
            ("pg_report_month", lambda: pg_bench.measure_report_month(
                pg_bench.ensure_log(args.pg, big, log), big, runs)),
            ("pg_import", lambda: pg_bench.measure_import(args.pg, work, 2 if args.quick else 3)),
        ]
    results: dict[str, dict] = {}
    try:
        for name, run in plan:
            if not wanted(name) or (name.startswith("pg_") and not args.pg):
                continue
            t0 = time.perf_counter()
            try:
                measures = run()
            except (ImportError, AttributeError, RuntimeError, sqlite3.Error) as exc:
                log(f"{name}: not measured: {type(exc).__name__}: {exc}")
                print(f"{name} not measured ({type(exc).__name__})", flush=True)
                results[name] = {"ratio": None, "goal": GOALS[name], "met": False}
                continue
            for measure in measures if isinstance(measures, list) else [measures]:
                print(measure.line(), flush=True)
                log(f"  ({measure.where}; {time.perf_counter() - t0:.0f} s)")
                results[measure.name] = {"ratio": round(measure.ratio, 2),
                                         "goal": GOALS[measure.name], "met": measure.met()}
                if measure.name in LIMITS:
                    results[measure.name].update(value_ms=round(measure.value * 1000, 1),
                                                 limit_ms=LIMITS[measure.name] * 1000)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log(f"total {time.perf_counter() - started:.0f} s")
    print(json.dumps(results))
    return 0 if all(r["met"] for r in results.values()) else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 6.12 can abort while garbage-collecting the Qt
    # objects the in-process measures made ("bool_dealloc"), which would hide the exit code.
    os._exit(code)
