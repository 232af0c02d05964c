"""PostgreSQL's own numbered migrations: a shared log made by an older Goodwill is brought
to data.pg.SCHEMA_VERSION. A new log is created at the latest version by data.pg.schema_sql;
each step here makes the same change to an existing one, written for PostgreSQL."""
from __future__ import annotations

from data import migrations

_TEXT = 'TEXT COLLATE "C"'


def _v7_letters_finding(conn) -> None:
    """As SQLite's version 7: the cause finding and the customer-facing description."""
    conn.raw.execute(
        f"ALTER TABLE cases ADD COLUMN cause_finding {_TEXT} NOT NULL DEFAULT '' "
        f"CHECK (cause_finding IN ({migrations.CAUSE_FINDINGS_SQL}))")
    conn.raw.execute(
        f"ALTER TABLE cases ADD COLUMN customer_description {_TEXT} NOT NULL DEFAULT ''")


MIGRATIONS = [
    (7, _v7_letters_finding),
]


def upgrade(conn, current: int) -> int:
    """Apply every step above `current` inside the caller's open transaction (data.pg's
    open_database holds the write lock, so one desk upgrades while the others wait), and
    record the new version."""
    for version, migrate in MIGRATIONS:
        if version > current:
            migrate(conn)
            current = version
    conn.execute("UPDATE goodwill_meta SET value = ? WHERE key = 'schema_version'",
                  (str(current),))
    return current
