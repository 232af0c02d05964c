"""The list, search and report measures of bench/run.py on the PostgreSQL engine.

    python bench/run.py --pg URL [--quick] [--only pg_list_first_screen,pg_search,pg_report]

URL is a PostgreSQL database (any libpq URL; a search_path in it is ignored). Each bench
database (the same generated SQLite files as the other measures) is loaded once into its own
schema of that database, `gwbench_<variant>_<cases>`, and kept there for later runs; a
schema whose load did not finish is dropped and loaded again.

Loading: the schema is created by the real Store (data/pg.py), then every table is filled
with COPY straight from the SQLite file (data.transfer.copy_log's row-by-row inserts would
take many minutes at a million cases), with the secondary indexes dropped and rebuilt once
at the end, the identity sequences moved past the copied ids, and ANALYZE. Row counts are
checked against the source. A log larger than generate.SCALE_BASE is that log's copies made
inside the server (_load_copies, as generate.build_scaled makes its file), in the same one
transaction; bench/growth.py's docstring has the server settings that make it quick.

Every floor is one raw statement (or, for the report, the same figures in plain aggregate
SQL) sent through psycopg directly, with PostgreSQL's own spellings (timestamptz casts,
FILTER, no SQL-function shims), on a connection set up as the app's is (time zone UTC).
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


MARK = "bench_source"  # goodwill_meta key: the SQLite file a schema was loaded from, and


def _mark(db: Path) -> str:
    """... the PostgreSQL schema it was loaded into (a changed schema loads it again)."""
    import hashlib

    from data import pg, pg_migrations

    steps = [sql for _, sqls in pg_migrations.statements(pg_migrations.FIRST) for sql in sqls]
    schema = chr(10).join(pg.schema_sql() + steps)
    return f"{db.name} {hashlib.sha256(schema.encode()).hexdigest()[:12]}"


def schema_url(url: str, schema: str) -> str:
    """The URL with its search_path set to `schema` (other options dropped)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query)))


def _raw(url: str):
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    conn.execute("SET TIME ZONE 'UTC'")
    return conn


# ---- loading -----------------------------------------------------------------------------

def ensure_log(url: str, db: Path, log) -> str:
    """The URL of a PostgreSQL log holding exactly the cases of the bench file `db`."""
    import sqlite3

    from data import transfer
    from data.store import Store

    from bench import generate

    schema = _schema(db)
    target = schema_url(url, schema)
    copies = _copies(db)
    if copies:  # built from copies of a smaller file: loaded from that file's log
        ensure_log(url, generate.db_path(generate.SCALE_BASE), log)
    admin = _raw(url)
    try:
        exists = admin.execute("SELECT to_regclass(%s) IS NOT NULL",
                               (f"{schema}.goodwill_meta",)).fetchone()[0]
        if exists:
            mark = admin.execute(f"SELECT value FROM {schema}.goodwill_meta WHERE key = %s",
                                 (MARK,)).fetchone()
            if mark and mark[0] == _mark(db):
                return target
            log(f"  pg: schema {schema} is not a finished load of {db.name}: loading it again")
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.execute(f"CREATE SCHEMA {schema}")
    finally:
        admin.close()
    started = time.perf_counter()
    Store(target, quick_check=False).close()  # the real schema, as a desk creates it
    # A log of copies is read from its base file (so it can load while its own SQLite
    # file is still being built): its rows are that file's, copied in the server.
    source_file = generate.db_path(generate.SCALE_BASE) if copies else db
    source = sqlite3.connect(f"{source_file.resolve().as_uri()}?mode=ro", uri=True)
    conn = _raw(target)
    try:
        conn.execute("SET maintenance_work_mem = '1GB'")
        # Bench data only: the foreign keys are known to hold (they held in SQLite), so skip
        # their per-row triggers while copying (needs a superuser; otherwise they just run).
        try:
            conn.execute("SET session_replication_role = replica")
        except Exception:  # noqa: BLE001 - not allowed for this role: a slower copy
            pass
        indexes = conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON "
            "c.relname = i.indexname AND c.relnamespace = current_schema()::regnamespace "
            "JOIN pg_index x ON x.indexrelid = c.oid WHERE i.schemaname = current_schema() "
            "AND i.tablename IN ('cases', 'case_history', 'customers') AND NOT x.indisprimary "
            "AND NOT x.indisunique").fetchall()
        with conn.transaction():
            for name, _ in indexes:
                conn.execute(f"DROP INDEX {name}")
            p_cols = [r[1] for r in source.execute("PRAGMA table_info(profile)") if r[1] != "id"]
            pg_p = {d[0] for d in conn.execute("SELECT * FROM profile LIMIT 0").description}
            p_cols = [c for c in p_cols if c in pg_p]
            row = source.execute(f"SELECT {', '.join(p_cols)} FROM profile WHERE id = 1").fetchone()
            conn.execute(f"UPDATE profile SET {', '.join(f'{c} = %s' for c in p_cols)} "
                         "WHERE id = 1", row)
            counts = {}
            tables = () if copies else transfer.TABLES
            if copies:
                counts = _load_copies(conn, _schema(generate.db_path(generate.SCALE_BASE)),
                                      copies, source, log)
            for table in tables:
                src = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
                dst = {d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description}
                cols = [c for c in src if c in dst and c not in transfer.DERIVED]
                if not cols:
                    continue
                # The app seeds a few rows in a new log (templates): the file's replace them.
                conn.execute(f"DELETE FROM {table}")
                t0, n = time.perf_counter(), 0
                with conn.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                    for r in source.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                        copy.write_row(r)
                        n += 1
                counts[table] = n
                if n >= 1000:
                    log(f"  pg: {table} {n:,} rows in {time.perf_counter() - t0:.0f} s")
            for name, sql in indexes:
                t0 = time.perf_counter()
                conn.execute(sql)
                log(f"  pg: index {name} in {time.perf_counter() - t0:.0f} s")
            for table in transfer.TABLES:
                if "id" in {d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description}:
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"coalesce(max(id), 0) + 1, false) FROM {table}")
            for table, n in counts.items():
                got = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if got != n:
                    raise RuntimeError(f"pg load: {table} has {got} rows, the file {n}")
            conn.execute("INSERT INTO goodwill_meta (key, value) VALUES (%s, %s)", (MARK, _mark(db)))
        t0 = time.perf_counter()
        conn.execute("VACUUM (ANALYZE)")
        log(f"  pg: vacuum analyze in {time.perf_counter() - t0:.0f} s")
    finally:
        conn.close()
        source.close()
    log(f"  pg: loaded {db.name} into schema {schema} in {time.perf_counter() - started:.0f} s")
    return target


def _schema(db: Path) -> str:
    return "gwbench_" + re.sub(r"\W", "_", db.name.removeprefix("goodwill-").removesuffix(".db"))


def _copies(db: Path) -> int:
    """How many copies of the base log bench/generate.py's build_scaled made `db` of (0: a
    file generated case by case)."""
    from bench import generate

    size = int(db.name.split("-")[2])
    return size // generate.SCALE_BASE if "-span-" in db.name and size > generate.SCALE_BASE else 0


def _load_copies(conn, base: str, copies: int, source, log) -> dict:
    """generate.build_scaled in PostgreSQL's SQL, from the base file's log in schema `base`:
    each copy moved back its years, with its own ids, references and customers. Returns
    the row counts the copies' file holds (`copies` times the base file's, `source`), to
    check the load against."""
    from bench import generate

    t0 = time.perf_counter()
    # Emptied by TRUNCATE, not DELETE: in the transaction that fills them, so on a server
    # with wal_level = minimal (bench/growth.py's docstring) the copies skip the WAL.
    conn.execute("TRUNCATE customers, cases, case_history, ref_counters CASCADE")
    customers = conn.execute(f"SELECT max(id) FROM {base}.customers").fetchone()[0]
    columns = [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = 'cases' AND is_generated = 'NEVER' "
        "ORDER BY ordinal_position")]
    dates = {"occurred_at", "acknowledged_at", "resolved_at", "ack_due_at", "resolve_due_at",
             "created_at", "updated_at", "approved_at"}
    # The oldest copy first, so the table is in id order, as a log that grew is.
    for k in reversed(range(copies)):
        back = f"interval '{k * generate.SCALE_YEARS} years'"
        first = (copies - 1 - k) * generate.SCALE_BASE

        def moved(column: str, back: str = back, k: int = k, first: int = first) -> str:
            if column in dates:
                return (f"to_char(({column}::timestamptz - {back}) AT TIME ZONE 'UTC', "
                        f"'YYYY-MM-DD\"T\"HH24:MI:SS') || substr({column}, 20)")
            return {
                "id": f"id + {first}",
                "occurred_ts": f"extract(epoch FROM occurred_at::timestamptz - {back})::bigint",
                "ref": f"'GW-' || (substr(ref, 4, 4)::int - {k * generate.SCALE_YEARS}) "
                       "|| substr(ref, 8)",
                "customer_id": f"customer_id + {k * customers}",
            }.get(column, column)

        conn.execute(f"INSERT INTO customers (id, name, email, phone, phone_digits, address, "
                     f"created_at) SELECT id + {k * customers}, name, CASE WHEN email = '' "
                     f"THEN '' ELSE replace(email, '@', '{k}@') END, phone, phone_digits, "
                     f"address, created_at FROM {base}.customers")
        conn.execute(f"INSERT INTO cases ({', '.join(columns)}) SELECT "
                     f"{', '.join(map(moved, columns))} FROM {base}.cases")
        conn.execute(
            "INSERT INTO case_history (case_id, at, field, old, new, by) SELECT case_id + "
            f"{first}, {moved('created_at').replace('created_at', 'at')}, field, old, CASE "
            f"WHEN field = 'created' THEN {moved('ref').replace('ref', 'new')} ELSE new END, "
            f"by FROM {base}.case_history ORDER BY id")
        conn.execute(f"INSERT INTO ref_counters (year, last) SELECT year - "
                     f"{k * generate.SCALE_YEARS}, last FROM {base}.ref_counters")
        log(f"  pg: copy {copies - k} of {copies} in {time.perf_counter() - t0:.0f} s")
    return {table: copies * source.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("customers", "cases", "case_history", "ref_counters")}


# ---- floors ------------------------------------------------------------------------------

def screen_sql(where: str = "") -> str:
    from bench.common import _screen_sql
    from data.engine import POSTGRESQL
    from data.pg import placeholders

    return placeholders(_screen_sql("cases", where, POSTGRESQL))


def raw_month_figures(conn, start: int, end: int) -> dict:
    """bench.documents.raw_month_figures in PostgreSQL's own SQL: the same figures (the JSON's and
    the PDF's tables) as plain aggregates, no Python beyond fetching."""
    p = {"s": start, "e": end, "ps": start - 31 * 86400}
    month = "occurred_ts >= %(s)s AND occurred_ts < %(e)s"
    complaint = f"kind = 'complaint' AND {month}"
    ack = "(extract(epoch FROM acknowledged_at::timestamptz)::bigint - occurred_ts)"
    res = "(resolved_ts - occurred_ts)"
    q = lambda sql: conn.execute(sql, p)  # noqa: E731
    out = {}
    for column in ("kind", "channel", "category"):
        out[column] = q(f"SELECT {column}, count(*) FROM cases WHERE {month} GROUP BY 1").fetchall()
    out["severity"] = q(f"SELECT severity, count(*) FROM cases WHERE {complaint} GROUP BY 1"
                        ).fetchall()
    out["complaints"] = q(
        f"SELECT count(*), count(resolved_at), count(*) FILTER (WHERE {ack} <= 86400), "
        f"count(*) FILTER (WHERE {res} <= 604800), count(*) FILTER (WHERE customer_returned "
        f"= 'yes') FROM cases WHERE {complaint}").fetchone()
    for name, expr in (("ack", ack), ("res", res)):
        values = [r[0] for r in q(f"SELECT d FROM (SELECT {expr} AS d FROM cases WHERE "
                                  f"{complaint}) t WHERE d IS NOT NULL ORDER BY d")]
        out[name] = values[len(values) // 2] if values else None
    out["remedies"] = q(f"SELECT remedy, count(*), sum(remedy_cost_cents) FROM cases "
                        f"WHERE {month} AND remedy <> 'none' GROUP BY 1").fetchall()
    out["satisfaction"] = q(f"SELECT count(satisfaction), avg(satisfaction) FROM cases "
                            f"WHERE {month}").fetchone()
    out["staff"] = q(f"SELECT staff, count(*) FROM cases WHERE kind = 'compliment' AND {month} "
                     "GROUP BY 1").fetchall()
    out["lessons"] = q(f"SELECT ref, lesson FROM cases WHERE {month} AND lesson <> '' "
                       "ORDER BY occurred_ts").fetchall()
    out["previous"] = q(
        "SELECT count(*), count(*) FILTER (WHERE kind = 'complaint'), sum(remedy_cost_cents), "
        "avg(satisfaction) FROM cases WHERE occurred_ts >= %(ps)s AND occurred_ts < %(s)s"
    ).fetchone()
    out["previous_res"] = [r[0] for r in q(
        f"SELECT d FROM (SELECT {res} AS d FROM cases WHERE kind = 'complaint' AND occurred_ts "
        ">= %(ps)s AND occurred_ts < %(s)s) t WHERE d IS NOT NULL ORDER BY d")]
    out["complaint_category"] = q(f"SELECT category, count(*) FROM cases WHERE {complaint} "
                                  "GROUP BY 1").fetchall()
    for name, expr in (("ack_bands", ack), ("res_bands", res)):
        out[name] = q(
            f"SELECT CASE WHEN d < 3600 THEN 0 WHEN d < 86400 THEN 1 WHEN d < 259200 THEN 2 "
            f"ELSE 3 END AS band, count(*) FROM (SELECT {expr} AS d FROM cases WHERE "
            f"{complaint}) t WHERE d IS NOT NULL GROUP BY band").fetchall()
    backlog = ("SELECT {} FROM cases WHERE kind = 'complaint' AND resolved_at IS NULL AND "
               "occurred_ts < %(e)s UNION ALL SELECT {} FROM cases WHERE kind = 'complaint' "
               "AND resolved_ts >= %(e)s AND occurred_ts < %(e)s")
    out["backlog"] = q(
        f"SELECT CASE WHEN %(e)s - occurred_ts < 604800 THEN 0 WHEN %(e)s - occurred_ts < "
        f"2419200 THEN 1 ELSE 2 END AS band, count(*) FROM "
        f"({backlog.format('occurred_ts', 'occurred_ts')}) b GROUP BY band").fetchall()
    out["open_list"] = q(
        f"SELECT ref, occurred_at, customer_name, category, severity, summary, resolved_at "
        f"FROM cases WHERE id IN ({backlog.format('id', 'id')}) ORDER BY occurred_ts "
        "LIMIT 150").fetchall()
    return out


# ---- measures ----------------------------------------------------------------------------

def measure_list(url: str, db: Path, repeat: int):
    """Store.case_list.first_rows() of the newest screen (what the case list model's quick reload
    asks for) against the raw statement giving the same information."""
    from bench.common import LIST_COLUMNS, SCREEN, Measure, _now, compare, log
    from data.model import CaseFilter
    from data.store import Store

    store = Store(url, quick_check=False)
    conn = _raw(url)
    sql = screen_sql()
    try:
        assert len(store.case_list.first_rows(CaseFilter(), limit=SCREEN)) == len(
            conn.execute(sql, _now()).fetchall()) == SCREEN
        app, base = compare(lambda: store.case_list.first_rows(CaseFilter(), limit=SCREEN),
                            lambda: conn.execute(sql, _now()).fetchall(), repeat)
        plain = f"SELECT {LIST_COLUMNS} FROM cases ORDER BY occurred_ts DESC LIMIT {SCREEN}"
        bare = compare(lambda: conn.execute(plain).fetchall(), lambda: None, repeat)[0]
        log(f"  pg list: stored columns alone (no overdue, no checklist) {bare * 1000:.2f} ms")
    finally:
        store.close()
        conn.close()
    return Measure("pg_list_first_screen", app, base, "s", f"{db.name} on PostgreSQL")


def measure_search(url: str, db: Path, repeat: int):
    """The first screen of a search for a common word (Store.case_list.first_rows with the filter, as
    the list model asks) against the raw tsvector statement: `search @@ to_tsquery(...)`,
    newest first, the same LIMIT, the same information per row."""
    from bench.common import SCREEN, SEARCH_WORD, Measure, _now, compare, log
    from data import pg
    from data.model import CaseFilter
    from data.store import Store

    store = Store(url, quick_check=False)
    conn = _raw(url)
    flt = CaseFilter(search=SEARCH_WORD)
    sql = screen_sql(" WHERE cases.search @@ to_tsquery('simple', :q)")
    args = lambda: {**_now(), "q": pg.search_query(SEARCH_WORD)}  # noqa: E731
    try:
        hits = conn.execute("SELECT count(*) FROM cases WHERE search @@ to_tsquery('simple', "
                            "%(q)s)", args()).fetchone()[0]
        rows = store.case_list.first_rows(flt, limit=SCREEN)
        floor_rows = conn.execute(sql, args()).fetchall()
        assert [r[0] for r in rows] == [r[0] for r in floor_rows], "app and floor differ"
        app, base = compare(lambda: store.case_list.first_rows(flt, limit=SCREEN),
                            lambda: conn.execute(sql, args()).fetchall(), repeat)
        log(f"  pg search: {hits:,} cases match '{SEARCH_WORD}'")
    finally:
        store.close()
        conn.close()
    return Measure("pg_search", app, base, "s", f"{db.name} on PostgreSQL, '{SEARCH_WORD}'")


def measure_report_month(url: str, db: Path, repeat: int):
    """As bench.documents.measure_report_month: one month's figures and JSON in the whole log."""
    from bench.common import report_measure

    return report_measure("pg_report_month", url, _raw(url), raw_month_figures,
                          "SELECT count(*) FROM cases WHERE occurred_ts >= %(start)s AND "
                          "occurred_ts < %(end)s", repeat, f"{db.name} on PostgreSQL",
                          pdf=False)


def measure_report(url: str, db: Path, repeat: int, month_key: str | None = None):
    """As bench.documents.measure_report: the monthly report's figures, its JSON and its PDF,
    against the same figures in raw aggregate SQL."""
    from bench.common import report_measure

    return report_measure("pg_report", url, _raw(url), raw_month_figures,
                          "SELECT count(*) FROM cases WHERE occurred_ts >= %(start)s AND "
                          "occurred_ts < %(end)s", repeat, f"{db.name} on PostgreSQL", month_key)


# ---- import -------------------------------------------------------------------------------

IMPORT_ROWS = 20_000


def measure_import(url: str, work: Path, repeat: int, rows: int = IMPORT_ROWS) -> list:
    """The same CSV file imported into a new shared log (app) and into a new file
    (baseline), in-process, import_file alone timed; then the longest save another desk
    made while one more import ran into a log (value, limit 1 s) against that desk's median
    save (baseline). New logs and files, so neither side makes a before-import backup, except
    the second part's log, which holds the desk's case and is backed up as an owner's is."""
    import os
    import statistics
    import threading

    from bench import generate
    from bench.common import Measure, compare, log
    from data.csvio import import_file
    from data.store import Store

    source = generate.ensure_csv(rows, log)
    schema = "gwbench_import"
    target = schema_url(url, schema)
    admin = _raw(url)
    # The shared log's own backups (before-import) go under the work folder.
    os.environ["XDG_DATA_HOME"] = str(work / "user-data")

    def fresh_log() -> Store:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.execute(f"CREATE SCHEMA {schema}")
        return Store(target)

    def fresh_file() -> Store:
        for leftover in work.glob("import-engines.db*"):
            leftover.unlink()
        return Store(work / "import-engines.db")

    def timed_import(opener):
        store = opener()
        try:
            started = time.perf_counter()
            result = import_file(store, source)
            elapsed = time.perf_counter() - started
        finally:
            store.close()
        if result.cases != rows:
            raise RuntimeError(f"imported {result.cases} of {rows} rows")
        return elapsed

    try:
        app, base = compare(lambda: timed_import(fresh_log), lambda: timed_import(fresh_file),
                            repeat, warmup=0)
        speed = Measure("pg_import", app, base, "s", f"{source.name}, {rows:,} rows")

        desk = fresh_log()
        importer = Store(target)
        try:
            case = desk.cases.add(customer={"name": "Walk-in"}, kind="complaint", summary="Cold")
            saves: list[float] = []
            worker = threading.Thread(target=import_file, args=(importer, source))
            worker.start()
            n = 0
            while worker.is_alive():
                n += 1
                started = time.perf_counter()
                desk.cases.update(case.ref, {"details": f"note {n}"})
                saves.append(time.perf_counter() - started)
                time.sleep(0.02)
            worker.join()
        finally:
            importer.close()
            desk.close()
        lock = Measure("pg_import_lock", max(saves), statistics.median(saves), "s",
                       f"{len(saves)} saves by another desk during a {rows:,}-row import")
    finally:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.close()
    return [speed, lock]
