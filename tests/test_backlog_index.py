"""The month's backlog read by the resolution time (schema version 8): the stored epoch
follows resolved_at on every write, logs of version 6 upgrade on both engines, and the
backlog's queries read index ranges instead of every earlier complaint: its count from the
indexes alone (only the Trash's range reads rows), its open list a page however long it is."""
from __future__ import annotations

import json

import pytest

from data import db as dbmod
from data import metrics, migrations
from data.metrics import Month, month_metrics
from data.model import epoch
from data.store import Store

OCTOBER = Month(2026, 10)


def _resolution_times(store) -> list[tuple]:
    return [(ref, at, ts) for ref, at, ts in store.conn.execute(
        "SELECT ref, resolved_at, resolved_ts FROM cases ORDER BY id")]


def _in_step(store) -> None:
    rows = _resolution_times(store)
    assert rows
    for ref, at, ts in rows:
        assert ts == (None if at is None else epoch(at)), ref


def test_resolution_time_follows_every_write(store, tmp_path):
    from data.csvio import import_file
    from data.demo import load_demo

    load_demo(store)
    case = store.cases.add(customer={"name": "Ada"}, occurred_at="2026-10-01 09:00",
                           kind="complaint", summary="Cold tea")
    store.cases.resolve(case.ref, at="2026-10-03T10:30:00+02:00")
    assert _resolution_times(store)[-1][2] == epoch("2026-10-03T10:30:00+02:00")
    store.cases.update(case.ref, {"resolved_at": "2026-10-04 08:00"})
    store.cases.update(case.ref, {"status": "open", "resolved_at": None})
    assert _resolution_times(store)[-1][2] is None
    sheet = tmp_path / "in.csv"
    sheet.write_text("occurred_at,customer_name,kind,summary,status,resolved_at\n"
                     "2026-10-05 10:00,Bo,complaint,Late,resolved,2026-10-06 11:00\n",
                     encoding="utf-8")
    import_file(store, sheet)
    _in_step(store)


def test_a_log_copied_between_engines_keeps_its_resolution_times(pg_url, tmp_path):
    from data.demo import load_demo
    from data.transfer import copy_log

    source = Store(tmp_path / "desk.db")
    load_demo(source)
    target = Store(pg_url)
    try:
        source.conn.execute("BEGIN")
        target.conn.execute("BEGIN IMMEDIATE")
        copy_log(source.conn, target.conn)
        target.conn.execute("COMMIT")
        source.conn.execute("COMMIT")
        assert _resolution_times(target) == _resolution_times(source)
        _in_step(target)
    finally:
        source.close()
        target.close()


def _v6_file(path) -> None:
    """A file as version 6 of Goodwill left it, with one resolved and one open complaint."""
    dbmod.create_private_file(path)
    conn = dbmod.connect(path)
    migrations.upgrade(conn, dbmod.APPLICATION_ID, target=6)
    conn.execute("INSERT INTO customers (id, name, created_at) VALUES (1, 'Ada', 'x')")
    _old_cases(conn.execute)
    conn.close()


def _old_cases(execute) -> None:
    for ref, at, ts, resolved in (
            ("GW-2026-00001", "2026-09-20T12:00:00+02:00", 1789898400,
             "2026-11-02T09:00:00+01:00"),       # open at the end of October
            ("GW-2026-00002", "2026-09-21T12:00:00+02:00", 1789984800, None),
            ("GW-2026-00003", "2026-09-22T12:00:00+02:00", 1790071200,
             "2026-09-23T12:00:00+02:00")):
        execute("INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, kind, summary, "
                "status, resolved_at, created_at, updated_at) VALUES (?, ?, ?, 1, 'complaint', "
                "'Old', ?, ?, ?, ?)", (ref, at, ts, "resolved" if resolved else "open",
                                       resolved, at, at))


def _upgraded_as_before(store) -> None:
    _in_step(store)
    figures = month_metrics(store, OCTOBER)
    assert figures.complaints.open_at_month_end == 2
    assert [c.ref for c in figures.open_complaints] == ["GW-2026-00001", "GW-2026-00002"]
    assert figures.previous.open_at_month_end == 2


def test_a_version_6_file_upgrades_with_its_resolution_times(tmp_path):
    path = tmp_path / "old.db"
    _v6_file(path)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST >= 10
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                  "'cases_complaints_resolved'").fetchone()[0] == 1
        _upgraded_as_before(store)


def test_a_version_6_shared_log_upgrades_with_its_resolution_times(pg_url):
    import psycopg

    from data import pg

    with psycopg.connect(pg_url, autocommit=True) as raw, raw.transaction():
        for statement in pg.schema_sql():
            raw.execute(statement)
        raw.execute("INSERT INTO goodwill_meta (key, value) VALUES ('schema_version', '6')")
        raw.execute("INSERT INTO customers (id, name, created_at) VALUES (1, 'Ada', 'x')")
        _old_cases(lambda sql, args: raw.execute(sql.replace("?", "%s"), args))
    with Store(pg_url) as store:
        assert pg.schema_version(store.conn) == pg.SCHEMA_VERSION >= 10
        _upgraded_as_before(store)


# ---- the plan ------------------------------------------------------------------------------

def _many_complaints(store, count: int = 6000) -> dict:
    """Two years of complaints, all but a few resolved within a day; the month asked about is
    the last one, so almost every complaint came before it."""
    store.conn.execute("INSERT INTO customers (name, created_at) VALUES ('Ada', 'x')")
    customer = store.conn.execute("SELECT max(id) FROM customers").fetchone()[0]
    start, step = 1_730_000_000, 10_000
    rows = []
    for i in range(count):
        ts = start + i * step
        at = f"{_stamp(ts)}"
        resolved = None if i % 1000 == 0 else _stamp(ts + 3600)
        rows.append((f"GW-T-{i:05d}", at, ts, customer, resolved, at, at))
    store.conn.execute("BEGIN")
    store.conn.executemany(
        "INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, kind, summary, "
        "resolved_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'complaint', 'x', ?, ?, ?)",
        rows)
    store.conn.execute("COMMIT")
    store.conn.execute("ANALYZE")
    end = start + count * step
    return {"start": end - 30 * 86400, "end": end, "moment": end, "limit": 150}


def _stamp(ts: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _plan(store, sql: str, params: dict) -> str:
    if getattr(store.conn, "engine", "") == "postgresql":
        return "\n".join(r[0] for r in store.conn.execute(f"EXPLAIN {sql}", params))
    return "\n".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


@pytest.mark.parametrize("name", ["_open_at_start_or_end", "_open_at_end_ids"])
def test_the_backlog_is_read_from_the_indexes_not_by_scanning(store, name):
    params = _many_complaints(store)
    plan = _plan(store, getattr(metrics, name)(store.eng), params)
    assert "cases_open_complaints" in plan and "cases_complaints_resolved" in plan, plan
    # SQLite names a scan of the table "SCAN cases"; "SCAN never" reads what one range gave.
    assert "SCAN cases" not in plan and "Seq Scan" not in plan, plan


def test_the_backlog_counts_agree_with_a_scan_of_every_complaint(store):
    params = _many_complaints(store)
    from datetime import datetime

    figures = month_metrics(store, Month.of(datetime.fromtimestamp(params["end"] - 86400)))
    scanned = store.conn.execute(
        "SELECT count(*) FROM cases WHERE kind = 'complaint' AND occurred_ts < ? AND "
        f"(resolved_at IS NULL OR {store.eng.epoch('resolved_at')} >= ?)",
        (figures.month.bounds()["end"],) * 2).fetchone()[0]
    assert figures.complaints.open_at_month_end == scanned > 0


def _work(store, sql: str, params: dict) -> int:
    """How much a statement reads: SQLite's virtual-machine steps, or the rows that pass
    through every node of PostgreSQL's plan."""
    if getattr(store.conn, "engine", "") == "postgresql":
        plan = store.conn.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params).fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan

        def rows(node: dict) -> int:
            return (node.get("Actual Rows", 0) * node.get("Actual Loops", 1)
                    + sum(rows(child) for child in node.get("Plans", [])))
        return rows(plan[0]["Plan"])
    steps = [0]

    def step() -> int:
        steps[0] += 1
        return 0

    store.conn.set_progress_handler(step, 1)
    try:
        store.conn.execute(sql, params).fetchall()
    finally:
        store.conn.set_progress_handler(None, 1)
    return steps[0]


def _never_resolved(store, count: int, before: int) -> None:
    """`count` complaints never resolved, an hour apart, the last an hour before `before`."""
    customer = store.conn.execute("SELECT max(id) FROM customers").fetchone()[0]
    first = store.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    rows = [(f"GW-N-{first + i:05d}", _stamp(before - (i + 1) * 3600), before - (i + 1) * 3600,
             customer) for i in range(count)]
    store.conn.execute("BEGIN")
    store.conn.executemany(
        "INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, kind, summary, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'complaint', 'x', '', '')", rows)
    store.conn.execute("COMMIT")


def test_the_open_list_reads_a_page_however_long_the_backlog(store):
    """The PDF lists the oldest OPEN_LIST_LIMIT open complaints: ten times the backlog must
    not mean ten times the reading."""
    params = _many_complaints(store)
    oldest = store.conn.execute("SELECT min(occurred_ts) FROM cases").fetchone()[0]
    _never_resolved(store, 2 * params["limit"], oldest)
    sql = metrics._open_list(store.eng)
    short = _work(store, sql, params)
    _never_resolved(store, 20 * params["limit"], oldest - 3 * 86400 * params["limit"])
    assert len(store.conn.execute(sql, params).fetchall()) == params["limit"]
    assert _work(store, sql, params) < 1.2 * short


def _table_rows_read(store, sql: str, params: dict) -> set[str]:
    """The indexes whose ranges in `sql` need the table's rows for more than the index holds:
    from SQLite's bytecode (a column read through the table cursor that an index cursor
    seeks), or from PostgreSQL's plan (a filter on the rows an index range finds; whether the
    server then skips the table depends on its visibility map, not on the SQL)."""
    if getattr(store.conn, "engine", "") == "postgresql":
        plan = store.conn.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan

        def filtered(node: dict) -> set[str]:
            found = set().union(*(filtered(child) for child in node.get("Plans", [])))
            if node["Node Type"] == "Seq Scan":
                found.add("every row")
            if "Filter" in node:
                found |= {n.get("Index Name") for n in [node, *node.get("Plans", [])]} - {None}
            return found
        return filtered(plan[0]["Plan"])
    names = dict((page, name) for name, page in store.conn.execute(
        "SELECT name, rootpage FROM sqlite_master"))
    opened, seeks, read = {}, {}, set()
    for _, op, p1, p2, p3, *_ in store.conn.execute(f"EXPLAIN {sql}", params):
        if op == "OpenRead":
            opened[p1] = names.get(p2)
        elif op == "DeferredSeek":
            seeks[p3] = opened[p1]
        elif op == "Column" and opened.get(p1) == "cases":
            read.add(seeks.get(p1, "every row"))
    return read


def test_the_backlog_is_counted_from_the_indexes_alone(store):
    """Only the Trash's range fetches rows: the backlog's ranges need nothing from the table,
    so counting it does not fetch every open complaint's row."""
    params = _many_complaints(store)
    assert _table_rows_read(store, metrics._open_at_start_or_end(store.eng), params) == {
        "cases_trash"}
