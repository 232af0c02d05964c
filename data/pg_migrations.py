"""Numbered schema migrations of a PostgreSQL log, after the version it is first created at.

data/pg.py creates a new log at version 6 (`schema_sql`) and then applies these, so a new
log and an upgraded one end the same way. The version lives in goodwill_meta; each step
runs inside the transaction that holds the log's write lock, so desks opening the log at
the same moment upgrade it once. The numbers are SQLite's (data/migrations.py): a version
means the same schema on both engines.
"""
from __future__ import annotations

from data import migrations

_TEXT = 'TEXT COLLATE "C"'


def _v7_letters_finding() -> list[str]:
    """As SQLite's version 7: the cause finding and the customer-facing description."""
    return [
        f"ALTER TABLE cases ADD COLUMN cause_finding {_TEXT} NOT NULL DEFAULT '' "
        f"CHECK (cause_finding IN ({migrations.CAUSE_FINDINGS_SQL}))",
        f"ALTER TABLE cases ADD COLUMN customer_description {_TEXT} NOT NULL DEFAULT ''",
    ]


def _v8_resolution_time() -> list[str]:
    """A case's resolution time as epoch seconds, kept by PostgreSQL from resolved_at (a
    stored generated column, filled for existing rows as it is added), and an index of
    complaints by it, so a month's backlog is read as ranges (see data/migrations.py)."""
    return [
        # As SQLite's CAST(strftime('%s', …) AS INTEGER). Declared IMMUTABLE, as a generated
        # column needs: the text-to-timestamptz cast depends on the session's time zone only
        # for stamps without an offset, and every stored stamp has one.
        """CREATE FUNCTION gw_epoch(text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT floor(extract(epoch FROM $1::timestamptz))::bigint $$""",
        ("ALTER TABLE cases ADD COLUMN resolved_ts BIGINT "
         "GENERATED ALWAYS AS (gw_epoch(resolved_at)) STORED"),
        ("CREATE INDEX cases_complaints_resolved ON cases (resolved_ts, occurred_ts) "
         "WHERE kind = 'complaint'"),
    ]


def _v10_trash() -> list[str]:
    """As SQLite's version 10: when and by whom a case went to the Trash, and a partial
    index of the Trash alone, and one of the live cases by date (the list's order)."""
    return [
        f"ALTER TABLE cases ADD COLUMN deleted_at {_TEXT}",
        f"ALTER TABLE cases ADD COLUMN deleted_by {_TEXT} NOT NULL DEFAULT ''",
        "CREATE INDEX cases_trash ON cases (deleted_at) WHERE deleted_at IS NOT NULL",
        "CREATE INDEX cases_live ON cases (occurred_ts, id) WHERE deleted_at IS NULL",
    ]


MIGRATIONS = [
    (7, _v7_letters_finding),
    (8, _v8_resolution_time),
    (10, _v10_trash),
]
FIRST = 6  # the version data/pg.py's schema_sql() creates
LATEST = MIGRATIONS[-1][0]


def statements(after: int) -> list[tuple[int, list[str]]]:
    """Each version above `after` with its statements, in order."""
    return [(version, step()) for version, step in MIGRATIONS if version > after]


def upgrade(raw, current: int) -> int:
    """Apply every migration above `current` on a psycopg connection already inside the
    write-locked transaction; record the new version. Returns it."""
    for version, sqls in statements(current):
        for sql in sqls:
            raw.execute(sql)  # DDL as written: no placeholders in it
        current = version
    raw.execute("UPDATE goodwill_meta SET value = %s WHERE key = 'schema_version'",
                (str(current),))
    return current
