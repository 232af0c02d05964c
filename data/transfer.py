"""Moving a whole log between engines, verified: a file into PostgreSQL (`copy-to`), and a
PostgreSQL log into a Goodwill .db snapshot (its backups).

Both connections speak the same small API (sqlite3's, which data.pg.PgConnection mirrors),
so one copy serves both directions. Every table is copied in key order from one consistent
snapshot of the source, and each table's rows are fingerprinted as they are read and again
as they are read back from the target: the copy is kept only when the two agree.
"""
from __future__ import annotations

from typing import Any, Callable

from data import migrations
from data.database import Database
from data.db import APPLICATION_ID
from data.errors import Invalid, WriteFailed
from data.pg import SCHEMA_VERSION, redact, schema_version

# Parents before children (foreign keys); the profile row is updated, not inserted.
TABLES = (
    "customers", "ref_counters", "cases", "case_history", "checklist_templates",
    "case_checklists", "case_checklist_steps", "letter_templates", "letter_drafts", "letters",
    "attachments", "reminder_state", "customer_merges", "staff", "remedies",
)
# Per-table row order for reading (and fingerprinting) both sides the same way.
KEYS = {"ref_counters": "year", "letter_templates": "kind", "letter_drafts": "case_id, kind",
        "reminder_state": "key"}
# Columns the engine derives from the others (PostgreSQL's search vector, the resolution
# time in epoch seconds): neither copied nor compared, each engine computes its own.
DERIVED = {"search", "resolved_ts"}
BATCH = 2000


class TransferFailed(WriteFailed):
    """The copy did not match its source; the target transaction was rolled back."""



def _columns(conn, table: str) -> list[str]:
    cur = conn.execute(f"SELECT * FROM {table} LIMIT 0")
    return [d[0] for d in cur.description if d[0] not in DERIVED]


def _rows(conn, sql: str):
    stream = getattr(conn, "stream", None)
    return stream(sql) if stream else conn.execute(sql)


def _digest(conn, table: str, cols: list[str]) -> tuple[int, str]:
    import hashlib  # deferred: OpenSSL, which every start of the window would load (files.py)

    order = KEYS.get(table, "id")
    h, n = hashlib.sha256(), 0
    for row in _rows(conn, f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"):
        h.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
        n += 1
    return n, h.hexdigest()


def is_empty(conn: Any) -> bool:
    """True for a log with no cases, customers or templates (a fresh one)."""
    return not any(conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
                   for t in ("cases", "customers", "checklist_templates", "letter_templates"))


def copy_log(source: Any, target: Any, progress: Callable[[str, int], None] | None = None
             ) -> dict[str, int]:
    """Copy every record of `source` into the empty log `target`, inside a transaction the
    caller opened on each (a snapshot on the source, the write lock on the target).
    Returns rows per table; raises TransferFailed when a read-back does not match."""
    import hashlib  # deferred: as in _digest

    counts: dict[str, int] = {}
    p_cols = [c for c in _columns(source, "profile") if c in _columns(target, "profile") and c != "id"]
    row = source.execute(f"SELECT {', '.join(p_cols)} FROM profile WHERE id = 1").fetchone()
    target.execute(f"UPDATE profile SET {', '.join(f'{c} = ?' for c in p_cols)} WHERE id = 1",
                   tuple(row))
    expected = {}
    for table in TABLES:
        src_cols, dst_cols = _columns(source, table), set(_columns(target, table))
        cols = [c for c in src_cols if c in dst_cols]
        insert = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                  f"({', '.join('?' * len(cols))})")
        h, n, batch = hashlib.sha256(), 0, []
        order = KEYS.get(table, "id")
        for r in _rows(source, f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"):
            r = tuple(r)
            h.update(repr(r).encode("utf-8", "surrogatepass"))
            batch.append(r)
            n += 1
            if len(batch) >= BATCH:
                target.executemany(insert, batch)
                batch.clear()
                if progress:
                    progress(table, n)
        if batch:
            target.executemany(insert, batch)
        counts[table] = n
        expected[table] = (cols, n, h.hexdigest())
    if getattr(target, "engine", "") == "postgresql":
        for table in TABLES:
            if "id" in expected[table][0]:
                target.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"coalesce(max(id), 0) + 1, false) FROM {table}")
    for table, (cols, n, digest) in expected.items():
        got = _digest(target, table, cols)
        if got != (n, digest):
            raise TransferFailed(f"{table}: {n} rows read, {got[0]} written back"
                                 + ("" if got[0] != n else " with different contents"))
    return counts


def snapshot_into(source: Any, target_sqlite: Any) -> dict[str, int]:
    """A PostgreSQL log into an empty SQLite file (a Goodwill .db at the latest schema)."""
    target_sqlite.isolation_level = None
    migrations.upgrade(target_sqlite, APPLICATION_ID)
    source.execute("BEGIN")  # one consistent snapshot (REPEATABLE READ)
    try:
        target_sqlite.execute("BEGIN IMMEDIATE")
        try:
            counts = copy_log(source, target_sqlite)
            target_sqlite.execute("COMMIT")
        except BaseException:
            target_sqlite.execute("ROLLBACK")
            raise
    finally:
        source.execute("ROLLBACK")
    return counts


# Rows that would point nowhere: what a foreign-key check finds, asked in portable SQL.
ORPHANS = (
    ("cases", "customer_id", "customers"), ("case_history", "case_id", "cases"),
    ("case_checklists", "case_id", "cases"), ("case_checklist_steps", "checklist_id",
                                              "case_checklists"),
    ("letters", "case_id", "cases"), ("attachments", "case_id", "cases"),
    ("letter_drafts", "case_id", "cases"), ("reminder_state", "case_id", "cases"),
)


class Transfer:
    """store.transfer: this log copied to an empty shared log, and a shared log's check."""

    def __init__(self, db: Database):
        self._db = db

    def copy_to(self, url: str, progress: Callable[[str, int], None] | None = None
                ) -> dict[str, int]:
        """This whole log into the empty PostgreSQL database at `url`, verified table by
        table; nothing is written there unless all of it is (one transaction)."""
        target = Database(url)
        try:
            if not is_empty(target.conn):
                cases = target.one("SELECT count(*) FROM cases")[0]
                raise Invalid(f"{redact(url)} already holds a Goodwill log ({cases} cases); "
                                 "copy-to only fills an empty database, so nothing was copied")
            self._db.conn.execute("BEGIN")  # the source as of one moment
            try:
                with target.transaction() as conn:
                    counts = copy_log(self._db.conn, conn, progress)
            finally:
                if self._db.conn.in_transaction:
                    self._db.conn.execute("ROLLBACK")
        finally:
            target.close()
        return counts

    def check_shared(self) -> tuple[list[str], list[str]]:
        """(report lines, problems) for a shared log: schema, counts, rows pointing nowhere."""
        report = [f"{redact(self._db.url)}: Goodwill schema {schema_version(self._db.conn)} "
                  f"(this version writes {SCHEMA_VERSION})",
                  f"cases: {self._db.one('SELECT count(*) FROM cases')[0]}"]
        problems = []
        for child, column, parent in ORPHANS:
            n = self._db.conn.execute(
                f"SELECT count(*) FROM {child} c WHERE NOT EXISTS "
                f"(SELECT 1 FROM {parent} p WHERE p.id = c.{column})").fetchone()[0]
            if n:
                problems.append(f"{n} {child} row(s) point to a missing {parent} row")
        report.append("references: ok" if not problems else "references: PROBLEMS")
        return report, problems
