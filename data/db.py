"""Opening a Goodwill database safely: recognise the file, refuse what is not ours, migrate."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from data import migrations
from data.errors import DatabaseProblem, Invalid

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


def _header_problem(path: Path) -> DatabaseProblem:
    """SQLite refused the file as a database: say whether it is not SQLite at all or an
    SQLite file whose header is damaged. Only here is the file opened outside SQLite: it is
    not a database SQLite will read, so no connection of this process holds locks on it
    (closing any descriptor of a file drops every POSIX lock the process has on it, and
    another program may then delete a live database's -wal; sqlite.org "How To Corrupt
    An SQLite Database File", 2.2)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return CorruptDatabase(path, f"{path} cannot be read: {exc.strerror}.")
    if head != SQLITE_MAGIC:
        return NotSQLite(path, f"{path} is not a Goodwill database (it is not an SQLite file "
                         "at all).")
    return CorruptDatabase(path, f"{path} is damaged: its first page (the file header) "
                           "cannot be read.")


def damaged(path: Path, exc: BaseException) -> CorruptDatabase:
    """What an SQLite error (or schema text that is not UTF-8, which Python's sqlite3 module
    fails to decode into an error message) says about the file: it is damaged."""
    if isinstance(exc, UnicodeDecodeError):
        why = "its table definitions hold damaged text"
    else:
        why = _first_words(str(exc))
    return CorruptDatabase(path, f"{path} is damaged and cannot be read safely ({why}).")


def _first_words(text: str) -> str:
    """One line of SQLite's report (it may quote a whole damaged table definition)."""
    text = " ".join(text.replace("*** in database main ***", "").split())
    return text if len(text) <= 160 else text[:159] + "…"


def damage_behind(path: Path, exc: BaseException) -> DatabaseProblem | None:
    """After an unexpected error reading a database: the file's damage, when that is what
    it was (its pages are checked again), else None (the error is not about the file)."""
    if not isinstance(exc, (sqlite3.DatabaseError, UnicodeDecodeError)):
        return None
    try:
        inspect(path, quick_check=True)
    except DatabaseProblem as problem:
        return problem
    except OSError:
        return None
    text = str(exc)
    # Sound pages, but the table definitions are not what Goodwill wrote (a changed byte
    # in a column's name): the file is as damaged as if a page were lost.
    if isinstance(exc, UnicodeDecodeError) or "malformed" in text or "no such" in text:
        return damaged(path, exc)
    return None


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _roll_back_hot_journal(path: Path) -> None:
    """A save cut off in rollback-journal mode (a kill while the file changed to WAL mode)
    leaves `-journal` beside it. SQLite undoes that save on the first read by a connection
    that may write, as any SQLite program would; a read-only one cannot, and reports the
    file as read-only. The undo happens here, through SQLite; a folder that really is
    read-only is reported as such."""
    journal = journal_path(path)
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise Unwritable(path, f"{path} was cut off in the middle of a save: its "
                             f"{journal.name} holds what undoes it, and the folder is "
                             "read-only, so it cannot be undone. Move both files to a folder "
                             "you can write to, together.") from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        pass  # reported by the inspection that follows
    finally:
        conn.close()


def inspect(path: Path, *, quick_check: bool) -> int:
    """Look at an existing file and return its schema version. Nothing is changed, except
    that a save cut off by a crash is undone (as SQLite does on any open). The file is read
    only through SQLite, never with open(): see _header_problem."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(path, f"{path} is an empty file (0 bytes), not a Goodwill database.")
    _roll_back_hot_journal(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabase(path, f"{path} cannot be read: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise ForeignDatabase(
                path, f"{path} is an SQLite database of another program, not a Goodwill database.")
        if version > migrations.LATEST:
            raise NewerDatabase(
                path, f"{path} was written by a newer version of Goodwill (schema {version}; this "
                f"version understands up to {migrations.LATEST}). Please update Goodwill to open it.")
        if (version or app_id) and "cases" not in tables:
            raise CorruptDatabase(
                path, f"{path} is damaged: it is marked as a Goodwill database (schema "
                f"{version}) but its tables are missing.")
        if quick_check:
            # Every page and record is still read and checked; re-evaluating each row's
            # CHECK constraints (enforced when it was written) was most of the time.
            conn.execute("PRAGMA ignore_check_constraints = ON")
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if rows != ["ok"]:
                raise CorruptDatabase(path, f"{path} is damaged: {_first_words(rows[0])}.")
    except UnicodeDecodeError as exc:
        raise damaged(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise _header_problem(path) from exc
        if "readonly" in str(exc) or "unable to open" in str(exc):
            # A WAL database needs its -shm/-wal files beside it: a read-only folder.
            raise Unwritable(path, f"{path} cannot be opened because its folder is read-only "
                             "(Goodwill needs to create working files beside it). Move the "
                             "file to a folder you can write to.") from exc
        raise damaged(path, exc) from exc
    finally:
        conn.close()
    return version


def refuse_database_file(path: Path | str, db_path: Path | str, doing: str) -> None:
    """Invalid when a file the owner chose to read or write is the database itself or
    one of SQLite's files beside it: reading it with open() would drop this process's
    locks on it (see _header_problem), and writing it would replace the live log."""
    try:
        chosen = Path(path).resolve()
        live = Path(db_path).resolve()
    except OSError:
        return
    if chosen.parent == live.parent and chosen.name in {
            live.name + suffix for suffix in ("", "-wal", "-shm", "-journal")}:
        raise Invalid(f"{path} is the open Goodwill database itself; it cannot be used to "
                         f"{doing}. Make a backup (File > Back up now, or `backup --out FILE`) "
                         "and use that.")


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
    conn = None
    try:
        conn = connect(path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        migrations.upgrade(conn, APPLICATION_ID)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if conn is not None:
            conn.close()
        text = str(exc)
        if "readonly" in text or "unable to open" in text:
            raise Unwritable(path, f"{path} cannot be written: {exc}.") from exc
        if any(word in text for word in ("locked", "busy", "full", "disk I/O")):
            raise
        # Damage the inspection let through (a schema SQLite refuses to parse).
        raise damaged(path, exc) from exc
    return conn
