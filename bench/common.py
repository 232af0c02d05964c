"""What bench/run.py and bench/pg_bench.py share: the goals, how a measure is timed against its
floor and printed, and the SQL of a first screen."""
from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from bench import generate


# Upper bounds on ratios (None: no ratio goal) and, for some, on the value itself (seconds).
GOALS = {
    "startup": 2.0, "list_first_screen": 1.2, "search": 1.3, "typing": 1.3, "typing_stall": None,
    "resort": None, "check": 1.3, "rss": 1.5, "import": 1.5, "letter": 2.0, "report": 2.0,
    "backup": 1.3, "report_month": 1.5, "reminder_stall": None,
    # The same measures on PostgreSQL (--pg URL), the same goals.
    "pg_list_first_screen": 1.2, "pg_search": 1.3, "pg_report": 2.0, "pg_report_month": 1.5,
    # A 20,000-row import into a shared log against the same import into a file (issue 30),
    # and the longest save another desk makes meanwhile (its limit: the lock held < 1 s).
    "pg_import": 1.5, "pg_import_lock": None,
}

LIMITS = {"typing": 0.100, "typing_stall": 0.050, "resort": 1.0, "reminder_stall": 0.050,
          "pg_import_lock": 1.0}

SCREEN = 200          # rows in a first screen, app and baseline alike

SEARCH_WORD = "sandwich"  # in about one case in eight: a search with many hits to sort

LIST_COLUMNS = "id, ref, occurred_at, customer_name, kind, category, severity, status, staff, summary"


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def compare(app, baseline, repeat: int, warmup: int = 1, between=None) -> tuple[float, float]:
    """Median seconds of each, run alternately so drift on a noisy machine hits both."""
    app_times, base_times = [], []
    for i in range(warmup + repeat):
        for fn, times in ((app, app_times), (baseline, base_times)):
            started = time.perf_counter()
            result = fn()
            elapsed = time.perf_counter() - started
            if isinstance(result, float):  # a measure that times itself (a subprocess line)
                elapsed = result
            if i >= warmup:
                times.append(elapsed)
            if between:
                between()
    return statistics.median(app_times), statistics.median(base_times)


class Measure:
    def __init__(self, name: str, value: float, baseline: float, unit: str, where: str = ""):
        self.name, self.value, self.baseline, self.unit, self.where = (
            name, value, baseline, unit, where)

    @property
    def ratio(self) -> float:
        return self.value / self.baseline

    def met(self) -> bool:
        goal, limit = GOALS[self.name], LIMITS.get(self.name)
        return (goal is None or self.ratio <= goal) and (limit is None or self.value < limit)

    def line(self) -> str:
        scale, fmt = (1000, "{:.1f}ms") if self.unit == "s" else (1, "{:.0f}MB")
        limit = LIMITS.get(self.name)
        return (f"{self.name} value={fmt.format(self.value * scale)} "
                f"baseline={fmt.format(self.baseline * scale)} ratio={self.ratio:.2f} "
                + (f"goal<={GOALS[self.name]}" if GOALS[self.name] is not None else "")
                + (f" limit<{fmt.format(limit * scale)}" if limit is not None else "")
                + (" PASS" if self.met() else " FAIL"))


def _plain(db: Path) -> sqlite3.Connection:
    """The floor's own read-only connection to a bench file."""
    return sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)


def _screen_sql(source: str, where: str = "", eng=None) -> str:
    """One raw SELECT giving what a list row shows, overdue flag and checklist progress
    included (the floor must produce the same information), newest first, one screen; in
    SQLite's SQL unless another engine (data/engine.py) is given."""
    from data import engine
    from data.due import overdue_sql

    steps = ("(SELECT count(*) FROM case_checklist_steps st JOIN case_checklists cl "
             "ON cl.id = st.checklist_id WHERE cl.case_id = cases.id{})")
    columns = ", ".join(f"cases.{c.strip()}" for c in LIST_COLUMNS.split(","))
    return (f"SELECT {columns}, {overdue_sql(eng or engine.SQLITE)}, "
            f"{steps.format(' AND st.done_at IS NOT NULL')}, {steps.format('')} "
            f"FROM {source}{where} ORDER BY cases.occurred_ts DESC LIMIT {SCREEN}")


def _now() -> dict:
    from data.model import iso, now

    return {"now": iso(now())}


def report_measure(name: str, target, conn, raw_figures, count_sql: str, repeat: int,
                   label: str, month_key: str | None = None, pdf: bool = True) -> Measure:
    """The monthly report's figures, its JSON and (unless not `pdf`) its PDF through the
    Store on `target` (a file or a PostgreSQL URL), against the same figures in raw SQL on
    `conn`."""
    from data.metrics import month_metrics, parse_month
    from data.store import Store
    from reports.monthly import MonthlyReport

    month = parse_month(month_key or generate.report_month())
    store = Store(target, quick_check=False)
    bounds = month.bounds()

    def app():
        metrics = month_metrics(store, month)
        json.dumps(metrics.as_json(), ensure_ascii=False, indent=2)
        if pdf:
            MonthlyReport(metrics, store.profile.get(), store.profile.logo()).render()

    try:
        count = conn.execute(count_sql, bounds).fetchone()[0]
        app_time, base_time = compare(
            app, lambda: raw_figures(conn, bounds["start"], bounds["end"]), repeat)
    finally:
        store.close()
        conn.close()
    return Measure(name, app_time, base_time, "s", f"{label}, {count} cases in {month.key}")
