"""The shared write lock has a limit: a desk that stops while it holds the lock (a laptop
closed mid-save) keeps another desk's save waiting for the lock timeout at most, and that
desk is told who holds it. Real server, real SQLite files."""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager

import pytest

from data import pg
from data.store import Store, WriteFailed


@contextmanager
def holding_the_write_lock(url: str, application: str):
    """Another desk's connection that took the log's write lock and then stopped sending
    anything (idle in its transaction), as a desk frozen mid-import leaves it."""
    import psycopg

    with psycopg.connect(url, autocommit=True, application_name=application) as holder:
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))",
                       (pg.WRITE_LOCK,))
        try:
            yield holder
        finally:
            holder.execute("ROLLBACK")


def _a_case(store):
    return store.add_case(customer={"name": "Ann Lee"}, kind="complaint", summary="Cold soup")


def test_a_desk_frozen_with_the_lock_costs_another_desk_the_lock_timeout_and_a_clear_message(
        pg_url):
    with Store(pg_url) as desk:
        case = _a_case(desk)
        with holding_the_write_lock(pg_url, "Goodwill: Front desk (Ann)"):
            started = time.monotonic()
            with pytest.raises(WriteFailed) as failed:
                desk.update_case(case.ref, {"status": "closed", "close_reason": "done"})
            waited = time.monotonic() - started
        assert pg.LOCK_TIMEOUT_MS / 1000 - 0.5 < waited < pg.LOCK_TIMEOUT_MS / 1000 + 2
        message = str(failed.value)
        assert message.startswith("The change was not saved. Another desk has been saving to "
                                  "the shared log for longer than 5 s (Front desk (Ann), for ")
        assert "it may have stopped (a laptop closed mid-save)" in message
        assert "lets it go after 60 s" in message
        assert desk.case(case.ref).status == "open"
        # Once the other desk is gone, the same desk saves at once.
        assert desk.update_case(case.ref, {"status": "closed", "close_reason": "done"}
                                ).status == "closed"


def test_every_desk_connection_limits_lock_waits_and_stopped_transactions(pg_url):
    with Store(pg_url) as desk:
        raw = desk.conn.raw
        assert raw.execute("SHOW lock_timeout").fetchone()[0] == "5s"
        assert raw.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0] == "1min"
        pg.set_desk("Till 2", "Bea")
        try:
            with Store(pg_url) as named:
                assert named.conn.raw.execute("SHOW application_name").fetchone()[0] == \
                    "Goodwill: Till 2 (Bea)"
        finally:
            pg.set_desk("")


def test_a_file_held_by_another_program_is_named_so(db_path):
    with Store(db_path) as desk:
        case = _a_case(desk)
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            started = time.monotonic()
            with pytest.raises(WriteFailed, match="Another program kept the database file busy"):
                desk.update_case(case.ref, {"summary": "Cold soup, again"})
            assert time.monotonic() - started < 8
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert desk.update_case(case.ref, {"summary": "Cold soup, again"}).summary == \
            "Cold soup, again"
