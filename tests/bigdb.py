"""Builds a large case database fast (one executemany in one transaction) for scale tests."""
from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from data.store import Store

KINDS = ("complaint", "compliment", "question", "request")
STATUSES = ("open", "in_progress", "resolved", "closed")
WORDS = ("coffee", "cake", "queue", "table", "bread", "refund", "booking", "music", "staff",
         "price", "cold", "late", "friendly", "noisy", "fresh")


def make_cases(path: Path, count: int, customers: int = 2000, seed: int = 7) -> Path:
    """A real Goodwill file (schema from Store) holding `count` cases over two years."""
    Store(path).close()
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    stamp = start.isoformat(timespec="seconds")
    names = [f"Customer {i:05d}" for i in range(customers)]
    conn = sqlite3.connect(path)
    # A throw-away test file: no journal and no fsync while filling, WAL again afterwards
    # as the app expects.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    try:
        with conn:
            # Row-by-row full-text triggers cost more than the insert itself, and index
            # updates add more; one rebuild and one CREATE INDEX each at the end are faster.
            trigger = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'cases_ai'"
            ).fetchone()[0]
            conn.execute("DROP TRIGGER cases_ai")
            indexes = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' "
                "AND sql IS NOT NULL").fetchall()
            for name, _sql in indexes:
                conn.execute(f"DROP INDEX [{name}]")
            conn.executemany(
                "INSERT INTO customers (id, name, created_at) VALUES (?, ?, ?)",
                ((i + 1, name, stamp) for i, name in enumerate(names)))

            def rows():
                for i in range(count):
                    when = start + timedelta(seconds=i * 63_072_000 // count)
                    kind = KINDS[i % 4]
                    cust = rng.randrange(customers)
                    yield (f"GW-{when.year}-{i + 1:07d}", when.isoformat(timespec="seconds"),
                           int(when.timestamp()), cust + 1, names[cust], kind,
                           "cakes" if i % 3 else "coffee", STATUSES[(i // 4) % 4],
                           f"{rng.choice(WORDS)} {rng.choice(WORDS)} case {i}",
                           f"staff{i % 6}", stamp, stamp)

            conn.executemany(
                "INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, customer_name, "
                "kind, category, status, summary, staff, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
            for _name, sql in indexes:
                conn.execute(sql)
            conn.execute(trigger)
            conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return path


if __name__ == "__main__":
    import sys

    make_cases(Path(sys.argv[1]), int(sys.argv[2]))
