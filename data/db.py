"""Opening a Goodwill database safely: recognise the file, refuse what is not ours, migrate."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from data import migrations
from data.errors import DatabaseProblem

# 'GWL1' as a big-endian integer: stamped into every Goodwill file (PRAGMA application_id).
APPLICATION_ID = 0x47574C31
SQLITE_MAGIC = b"SQLite format 3\x00"


class EmptyFile(DatabaseProblem):
    kind = "empty"


class NotSQLite(DatabaseProblem):
    kind = "not_sqlite"


class ForeignDatabase(DatabaseProblem):
    kind = "foreign"


class NewerDatabase(DatabaseProblem):
    kind = "newer"


class CorruptDatabase(DatabaseProblem):
    kind = "corrupt"


class Unwritable(DatabaseProblem):
    kind = "unwritable"


def insert_id(conn, sql: str, params=()) -> int:
    """Run one INSERT into a table keyed by `id` and give the new row's id. SQLite hands it
    back with the statement (lastrowid; RETURNING made each of an import's inserts
    slower); a server has no lastrowid, so PostgreSQL is asked with RETURNING id."""
    if getattr(conn, "engine", "") == "postgresql":
        return conn.execute(f"{sql} RETURNING id", params).fetchone()[0]
    return conn.execute(sql, params).lastrowid


def _pragmas(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    else:
        conn.execute("PRAGMA synchronous = FULL")
    # 32 MB page cache: a screenful never waits on disk. Read-only connections serve
    # workers that mostly scan once (the full id list, counts), where the OS file cache
    # serves as well: 2 MB there keeps the window's memory lower at a million cases (bench/).
    conn.execute(f"PRAGMA cache_size = {-2000 if readonly else -32000}")


def inspect(path: Path, *, quick_check: bool) -> int:
    """Look at an existing file without changing a byte; return its schema version."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(path, f"{path} is an empty file (0 bytes), not a Goodwill database.")
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise NotSQLite(path, f"{path} is not a Goodwill database (it is not an SQLite file at all).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabase(path, f"{path} cannot be read: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise ForeignDatabase(
                path, f"{path} is an SQLite database of another program, not a Goodwill database.")
        if version > migrations.LATEST:
            raise NewerDatabase(
                path, f"{path} was written by a newer version of Goodwill (schema {version}; this "
                f"version understands up to {migrations.LATEST}). Please update Goodwill to open it.")
        if quick_check:
            # Every page and record is still read and checked; re-evaluating each row's
            # CHECK constraints (enforced when it was written) was most of the time.
            conn.execute("PRAGMA ignore_check_constraints = ON")
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if rows != ["ok"]:
                raise CorruptDatabase(path, f"{path} is damaged: {rows[0]}.")
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            # A WAL database needs its -shm/-wal files beside it: a read-only folder.
            raise Unwritable(path, f"{path} cannot be opened because its folder is read-only "
                             "(Goodwill needs to create working files beside it). Move the "
                             "file to a folder you can write to.") from exc
        raise CorruptDatabase(path, f"{path} is damaged and cannot be read: {exc}.") from exc
    finally:
        conn.close()
    return version


def create_private_file(path: Path) -> None:
    """A new database file readable by the owner only (0600 on POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with our pragmas; transactions are explicit (BEGIN ... COMMIT)."""
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    _pragmas(conn, readonly=readonly)
    return conn


def open_database(path: Path | str, *, quick_check: bool = True, before_migration=None
                  ) -> sqlite3.Connection:
    """Open (creating if absent) and migrate; refuse anything that is not a healthy Goodwill file.

    `before_migration(path)` is called before an existing database is upgraded (a backup).
    """
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise NotSQLite(path, f"{path} is a folder, not a database file.")
        version = inspect(path, quick_check=quick_check)
    else:
        try:
            create_private_file(path)
        except OSError as exc:
            raise Unwritable(path, f"cannot create {path}: {exc.strerror}.") from exc
        version = 0
    if version and version < migrations.LATEST and before_migration is not None:
        before_migration(path)
    try:
        conn = connect(path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        migrations.upgrade(conn, APPLICATION_ID)
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise Unwritable(path, f"{path} cannot be written: {exc}.") from exc
        raise
    return conn
