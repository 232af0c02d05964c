"""One open Goodwill database: its connection, its transactions and the engine it runs on.

Every repository (data/cases.py, data/customers.py, ...) is handed the same Database and
reads through `conn`, writes inside `transaction()`. Nothing here knows about cases,
customers or letters: repositories that keep state for the open transaction (the case
reference counters) hook into its start and its commit.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from data import db as dbmod
from data import engine, pg
from data.errors import WriteFailed
from data.l10n import system_locale
from data.migrations import seed_region


def _write_error(exc: Exception, conn=None) -> WriteFailed:
    """What the owner is told when a write failed (after its rollback); `conn` is the
    server connection on a shared log."""
    if getattr(conn, "engine", "") == "postgresql":
        return WriteFailed(f"The change was not saved. {conn.explain_write_failure(exc)}")
    text = str(exc)
    if "full" in text:
        msg = "The disk is full: the change was not saved. Free some space and try again."
    elif "readonly" in text or "read-only" in text:
        msg = "The database file is read-only: the change was not saved."
    elif "locked" in text or "busy" in text:
        msg = ("Another program kept the database file busy for several seconds (another "
               "Goodwill window or command, or a sync or backup tool): the change was not "
               "saved. Try again when it is done.")
    else:
        msg = f"The change was not saved: {text}."
    return WriteFailed(msg)


class Database:
    """A database file, or the PostgreSQL log several desks share, open on one connection.
    Open one per thread; writes happen on the owner's (GUI) thread."""

    # How long-running reads are given up (a superseded search, a closed window).
    PROGRESS_STEPS = 20_000  # SQLite instructions between two looks at `cancelled` (< 1 ms)

    def __init__(self, path: Path | str, *, quick_check: bool = True, readonly: bool = False,
                 before_migration: Callable[[Path], None] | None = None):
        # A postgresql:// URL opens the shared log (data/pg.py); anything else is a file.
        self.url = str(path).strip() if pg.is_url(path) else None
        self.readonly = readonly
        self._seen_version = None
        # Called at each BEGIN and just before each COMMIT (repositories' per-transaction state).
        self.on_begin: list[Callable[[], None]] = []
        self.before_commit: list[Callable[[Any], None]] = []
        # close() and interrupt() take turns: a server connection closed here may serve
        # another Database next (the reader pool), which a late interrupt must not reach.
        self._lease = threading.Lock()
        self._closed = False
        self.changes = 0  # writes since open: the UI backs up on quit when non-zero
        if self.url:
            # Where this desk keeps its own backups (.db snapshots) of the shared log.
            self.path = pg.backup_home(self.url)
            self.conn = pg.open_database(self.url, readonly=readonly)
            # changed_elsewhere() counts from the moment the log was opened: a desk's save
            # in the first second of another's window is not lost to a later first look.
            self._seen_version = self.data_version()
            if not readonly:
                self._seed_new_log()
            return
        self.path = Path(path)
        if readonly:
            self.conn = dbmod.connect(self.path, readonly=True)
        else:
            self.conn = dbmod.open_database(self.path, quick_check=quick_check,
                                            before_migration=before_migration)

    @property
    def target(self) -> Path | str:
        """What Database() opens again for another connection: the file's path, or the URL."""
        return self.url or self.path

    @property
    def shared(self) -> bool:
        """True on the PostgreSQL log that several desks share."""
        return self.url is not None

    @property
    def eng(self) -> engine.SqliteEngine | engine.PgEngine:
        """What differs between the engines, for this database's SQL (data/engine.py)."""
        return engine.of(self.conn)

    @property
    def location(self) -> str:
        """Where the log is, for the title bar and messages (no password)."""
        return pg.redact(self.url) if self.url else str(self.path)

    def one(self, sql: str, params: Any = ()) -> Any:
        """The first row of a read (None when there is none)."""
        return self.conn.execute(sql, params).fetchone()

    def stop_when(self, cancelled: Callable[[], bool]) -> None:
        """Reads on this (worker's) connection stop soon after `cancelled()` turns true."""
        if not self.url:
            self.conn.set_progress_handler(cancelled, self.PROGRESS_STEPS)

    def interrupt(self) -> None:
        """From another thread: stop the statement running now (the server is asked to).
        Nothing once this Database is closed: its connection may be another reader's by then
        (a job cancelled just after it finished stopped the next job's query)."""
        if self.url:
            with self._lease:
                if not self._closed:
                    self.conn.cancel()

    def _seed_new_log(self) -> None:
        """A newly created PostgreSQL log starts from this computer's locale, as a new file
        does: its language and formats, currency and paper (migrations.seed_region)."""
        if self.one("SELECT locale FROM profile WHERE id = 1")[0] == "":
            with self.transaction() as conn:
                if conn.execute("SELECT locale FROM profile WHERE id = 1").fetchone()[0] == "":
                    seed_region(conn, system_locale())
            self.changes = 0

    def data_version(self) -> int:
        """A value that changes when another connection commits (SQLite's data_version; on
        PostgreSQL the count of other desks' notifications)."""
        return self.eng.data_version(self.conn)

    def changed_elsewhere(self) -> bool:
        """True once after another program or desk saved a change (cheap: for a timer)."""
        version = self.data_version()
        seen, self._seen_version = self._seen_version, version
        return seen is not None and seen != version

    def close(self) -> None:
        with self._lease:
            self._closed = True
            self.conn.close()

    @contextmanager
    def transaction(self, *, lock_late: bool = False) -> Iterator[Any]:
        """One user action, one transaction: all of it is saved, or none of it. With
        `lock_late` (a long import) a shared log's write lock is only taken by
        take_write_lock, for the short last step: other desks save in the meantime. A
        file is locked from the start either way (SQLite has one writer at a time)."""
        failures = self._write_failures()
        try:
            self.conn.execute("BEGIN DEFERRED" if lock_late and self.url else "BEGIN IMMEDIATE")
        except failures as exc:
            self._rollback()
            raise _write_error(exc, self.conn) from exc
        for hook in self.on_begin:
            hook()
        try:
            yield self.conn
            for save in self.before_commit:
                save(self.conn)
            self.conn.execute("COMMIT")
        except failures as exc:
            self._rollback()
            raise _write_error(exc, self.conn) from exc
        except BaseException:
            self._rollback()
            raise
        self.changes += 1

    def take_write_lock(self, conn: Any) -> None:
        """In a transaction(lock_late=True): wait for this log's writer's turn (a file's
        transaction has it already)."""
        if self.url:
            conn.take_write_lock()

    def _write_failures(self) -> tuple[type[Exception], ...]:
        """The errors that mean "not saved, try again": the disk, the lock, the network."""
        if self.url:
            # Here, not at the top: psycopg loads only for a shared log.
            import psycopg

            return (psycopg.OperationalError, pg.ServerProblem)
        return (sqlite3.OperationalError,)

    def _rollback(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - a lost server has rolled back on its own
            if not self.url:
                raise
