"""Test helpers that see a database the same way on both engines."""
from __future__ import annotations

import sqlite3


def snapshot(store) -> object:
    """Everything the database holds, to compare before and after: the file's bytes (WAL
    folded in) for SQLite, every table's rows fingerprinted for PostgreSQL."""
    if store.shared:
        from data.transfer import TABLES, _columns, _digest

        return [(t, _digest(store.conn, t, _columns(store.conn, t)))
                for t in ("profile", *TABLES)]
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return store.path.read_bytes()
