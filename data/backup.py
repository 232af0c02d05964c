"""Backups of the live database with SQLite's backup API: verified, rotated, restored."""
from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from data import db as dbmod
from data.errors import Invalid, Refused, WriteFailed

# How long each rotation tier reaches back, and the calendar period it keeps one backup of.
KEEP_ALL = timedelta(days=2)
KEEP_DAILY = timedelta(days=14)
KEEP_WEEKLY = timedelta(days=61)
KEEP_MONTHLY = timedelta(days=365)
DUE_AFTER = timedelta(days=1)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int
    cases: int | None  # None when the file cannot be read as a Goodwill database


def _file_path(db_path: Path | str) -> Path:
    """A database file's path. A postgresql:// address is refused: read as a path it names
    a folder like ./postgresql:/user@host/..., which the backups would silently fill (a
    shared log's desk keeps its backups under pg.backup_home instead)."""
    if isinstance(db_path, str) and db_path.strip().lower().startswith(
            ("postgresql://", "postgres://")):
        raise Invalid("a shared log on a server has no backups folder beside it; "
                         "give its desk's folder (data.pg.backup_home) or a database file")
    return Path(db_path)


def backups_dir(db_path: Path | str) -> Path:
    return _file_path(db_path).parent / "backups"


def backup_name(reason: str, when: datetime | None = None, stem: str = "goodwill") -> str:
    when = when or datetime.now()
    return f"{stem}-{when:%Y%m%d-%H%M%S}-{reason}.db"


def _fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` survive a power cut (a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _private_temp(folder: Path, name: str) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".partial", dir=folder)
    os.close(fd)  # mkstemp creates it 0600: readable by the owner only from the first byte
    return Path(tmp)


def _problem_with(path: Path | str) -> str | None:
    """Why the file is not a sound Goodwill database (db.inspect reads every page), or None."""
    try:
        dbmod.inspect(Path(path), quick_check=True)
    except dbmod.DatabaseProblem as exc:
        # Its first words are enough: quick_check may list hundreds of damaged cells.
        text = " ".join(str(exc).replace("*** in database main ***", "").split())
        return text if len(text) <= 160 else text[:159] + "…"
    return None


def _file_of(conn: sqlite3.Connection) -> str:
    """The file behind a connection's main database ('' in memory)."""
    return next((file or "" for _, name, file in conn.execute("PRAGMA database_list")
                 if name == "main"), "")


def _copy_verified(source: sqlite3.Connection, tmp: Path) -> None:
    """Page-by-page copy into `tmp` as a self-contained file (no -wal), checked and synced."""
    target = sqlite3.connect(tmp)
    checked: list[str | None] = []
    checking = None
    try:
        # No syncs while copying into the temporary file: it is synced once, below, after
        # its check, and a crash before then leaves only a .partial file (halves the time).
        target.execute("PRAGMA synchronous = OFF")
        if getattr(source, "engine", "") == "postgresql":
            # The shared log, as a Goodwill file that `restore` and the app open.
            from data.transfer import snapshot_into

            snapshot_into(source, target)
        else:
            original = _file_of(source)
            if original:
                # The source file's pages are checked on a second core while SQLite copies
                # them, instead of the copy's afterwards: the copy is their page-for-page
                # image, and the check then overlaps the copy instead of following it.
                checking = threading.Thread(
                    target=lambda: checked.append(_problem_with(original)))
                checking.start()
            source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        # Nothing writes to the copy from here on, so its sync to disk runs beside the
        # check (one waits on the disk, the other reads pages); both are done before the
        # file is renamed into place.
        synced: list[BaseException | None] = []
        syncing = threading.Thread(target=lambda: synced.append(_fsync_file(tmp)))
        syncing.start()
        try:
            if checking is None:
                problem = _problem_with(tmp)
            else:
                checking.join()
                problem = checked[0] if checked else "its check stopped early"
                # And the copy opens as a database: its header and schema read back.
                target.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            syncing.join()
    finally:
        if checking is not None:
            checking.join()
        target.close()
    if synced != [None]:
        raise synced[0] if synced else OSError(f"could not sync {tmp}")
    if problem:
        raise WriteFailed("the backup was not kept: the database it was copied from is "
                           f"damaged ({problem}). Use File > Restore from backup, or run "
                           "`check`.")


def _fsync_file(path: Path) -> BaseException | None:
    try:
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        return exc
    return None


def backup_file(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database page by page into `dest` (never a file copy), then verify it."""
    dest = Path(dest)
    tmp = _private_temp(dest.parent, dest.name)
    try:
        _copy_verified(source, tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(dest.parent)
    return dest


def _free_name(folder: Path, stem: str, reason: str, when: datetime) -> Path:
    path = folder / backup_name(reason, when, stem)
    n = 2
    while path.exists():  # two backups in one second (an import, then quit)
        path = folder / f"{stem}-{when:%Y%m%d-%H%M%S}-{n}-{reason}.db"
        n += 1
    return path


def _parse(path: Path, stem: str) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if not match or match["stem"] != stem:
        return None
    try:
        return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), match["reason"]
    except ValueError:
        return None


def _our_backups(db_path: Path) -> list[tuple[datetime, str, Path]]:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse(path, Path(db_path).stem)
        if parsed and path.is_file():
            found.append((parsed[0], parsed[1], path))
    return sorted(found, key=lambda item: (item[0], item[2].stat().st_mtime_ns))


def _count_cases(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_backups(db_path: Path, *, count_cases: bool = True) -> list[BackupInfo]:
    """This database's backups in `backups/`, newest first."""
    out = []
    for made_at, reason, path in reversed(_our_backups(db_path)):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(BackupInfo(path, made_at, reason, size,
                              _count_cases(path) if count_cases else None))
    return out


def newest_backup_time(db_path: Path) -> datetime | None:
    found = _our_backups(db_path)
    return found[-1][0] if found else None


# ---- rotation ----------------------------------------------------------------------------

def _period(when: datetime, age: timedelta) -> tuple | None:
    """The calendar period a backup of this age represents; None: keep it as it is."""
    if age <= KEEP_ALL:
        return None
    if age <= KEEP_DAILY:
        return ("day", when.date())
    if age <= KEEP_WEEKLY:
        return ("week", *when.isocalendar()[:2])
    return ("month", when.year, when.month)


def backups_to_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """The rotation rule: every backup of the last 2 days, then the newest of each day for
    2 weeks, of each week for 2 months, of each month for a year; the newest always."""
    keep: set[datetime] = set()
    newest_in: dict[tuple, datetime] = {}
    for when in times:
        age = now - when
        if age > KEEP_MONTHLY:
            continue
        period = _period(when, age)
        if period is None:
            keep.add(when)
        elif period not in newest_in or when > newest_in[period]:
            newest_in[period] = when
    keep.update(newest_in.values())
    if times:
        keep.add(max(times))
    return keep


def rotate(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation rule no longer keeps; returns what was deleted."""
    found = _our_backups(db_path)
    keep = backups_to_keep([when for when, _, _ in found], now or datetime.now())
    removed = []
    for when, _, path in found:
        if when not in keep:
            for file in (path, *_side_files(path)):  # a damaged file kept its -wal beside it
                file.unlink(missing_ok=True)
            removed.append(path)
    # Half-written copies left by a crash during a backup (never ones still being written).
    folder, stale = backups_dir(db_path), (now or datetime.now()).timestamp() - 3600
    for path in folder.glob(f".{Path(db_path).stem}-*.partial") if folder.is_dir() else ():
        if path.stat().st_mtime < stale:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def make_backup(source: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    """A verified backup of `source` into this database's backups/ folder, then rotation."""
    when = datetime.now()
    dest = backup_file(source, _free_name(backups_dir(db_path), Path(db_path).stem, reason, when))
    rotate(db_path, when)
    return dest


def backup_if_due(store) -> Path | None:
    """On start: a backup when the newest one is more than a day old (or there is none)."""
    newest = newest_backup_time(store.path)
    if newest is not None and datetime.now() - newest < DUE_AFTER:
        return None
    return make_backup(store.conn, store.path, "daily")


def backup_on_quit(store) -> Path | None:
    """On quit: a backup when anything was written since the database was opened."""
    if not store.changes:
        return None
    return make_backup(store.conn, store.path, "quit")


# ---- restore -----------------------------------------------------------------------------

class RestoreRefused(Refused, ValueError):
    """The chosen file cannot replace the database; nothing was changed."""


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def _retire_current(db_path: Path) -> Path | None:
    """Keep the current file's data before it is replaced.

    A readable file is backed up with the backup API after leaving WAL mode, which folds
    its -wal into it and removes -wal/-shm (an old WAL left beside the new file would be
    replayed into it). A damaged file cannot be copied that way; it and its side files are
    moved aside unchanged into backups/ instead.
    """
    if not db_path.exists():
        return None
    try:
        dbmod.inspect(db_path, quick_check=True)
    except dbmod.DatabaseProblem:
        when = datetime.now()
        aside = _free_name(backups_dir(db_path), db_path.stem, "damaged", when)
        aside.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for side, target in zip(_side_files(db_path), _side_files(aside)):
            if side.exists():
                os.replace(side, target)
        os.replace(db_path, aside)
        _fsync_dir(aside.parent)
        return aside
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        # Leaving WAL mode needs the only connection to the file: it fails while any other
        # program has it open, and on success SQLite itself folds the -wal into the file
        # and removes -wal and -shm.
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = "busy"
        if mode != "delete":
            raise RestoreRefused(f"{db_path} is in use by another program (is Goodwill open "
                                 "on it?); close it and try again.")
        saved = make_backup(conn, db_path, "before-restore")
    finally:
        conn.close()
    return saved


def restore_file(db_path: Path, source: Path) -> Path | None:
    """Replace the database at `db_path` with the backup `source`.

    `source` must be a healthy Goodwill database (else RestoreRefused, nothing changed).
    The current file is kept first (see _retire_current); the new content is written to a
    temporary file in the same folder, synced, and renamed over the database, so a crash
    leaves either the old file or the new one. Returns where the old data was kept.
    Call it with no connection open on `db_path`.
    """
    try:
        db_path = _file_path(db_path)
    except ValueError:
        raise RestoreRefused("restore replaces a database file; a shared log on a server is "
                             "filled from a backup with: --db BACKUP copy-to postgresql://…"
                             ) from None
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(f"{source} is not a file.")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise RestoreRefused(f"{source} is the database itself.")
    try:
        dbmod.inspect(source, quick_check=True)
    except dbmod.DatabaseProblem as exc:
        raise RestoreRefused(f"cannot restore from it: {exc}") from None
    tmp = _private_temp(db_path.parent, db_path.name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_verified(src, tmp)
        finally:
            src.close()
        kept = _retire_current(db_path)
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(db_path.parent)
    return kept


def check_database(db_path: Path, full: bool = False) -> tuple[list[str], list[str]]:
    """`check`: integrity, foreign keys and the search index; returns (problems, report).

    By default every page and record is read and checked (PRAGMA quick_check), each foreign
    key is looked up through its index, and the search index's structure is checked (its
    pages all there, its row count the cases'): about as long as a bare quick_check.
    `full` adds what takes twice that and more at a million cases: PRAGMA integrity_check
    (indexes against their tables, CHECK constraints), foreign_key_check row by row, and
    FTS5's own integrity-check (every case tokenized again against the index).

    The file is only read: the search-index check runs inside a transaction that is rolled
    back, and a file that cannot be opened is itself the problem reported.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        return [f"{db_path} does not exist."], []
    try:
        dbmod.inspect(db_path, quick_check=False)
    except dbmod.DatabaseProblem as exc:
        return [str(exc)], []
    from concurrent.futures import ThreadPoolExecutor

    problems, report = [], [f"database: {db_path}"]
    conn = sqlite3.connect(db_path, isolation_level=None)
    pages = ThreadPoolExecutor(max_workers=1)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        # The page check reads the whole file on its own connection and thread (SQLite lets
        # go of Python's lock while it works) while this one checks the foreign keys and the
        # search index: on two cores the check takes about as long as its longest part.
        integrity = pages.submit(_integrity_rows, db_path, full)
        if full:
            keys = conn.execute("PRAGMA foreign_key_check").fetchall()
            index_report, index_problem = _search_index_check(conn)
        else:
            keys = _foreign_key_rows(conn)
            index_report, index_problem = _search_index_structure(conn)
        rows = integrity.result()
        report.append("integrity: " + ("ok" if rows == ["ok"] else f"{len(rows)} problem(s)"))
        if rows != ["ok"]:
            problems.append(f"{db_path} is damaged ({len(rows)} problem(s) in its pages); "
                            "restore a backup")
            problems += [f"integrity: {line}" for line in rows]
        report.append("foreign keys: " + ("ok" if not keys else f"{len(keys)} problem(s)"))
        problems += [f"foreign key: {table} row {rowid} points to a missing {parent} row"
                     for table, rowid, parent, _ in keys[:100]]
        report.append(index_report)
        problems += [index_problem] if index_problem else []
        report.append(f"cases: {conn.execute('SELECT count(*) FROM cases').fetchone()[0]}")
    except sqlite3.DatabaseError as exc:
        problems.append(f"{db_path} is damaged: {exc}.")
    finally:
        pages.shutdown(wait=True)
        conn.close()
    report.append("result: " + ("ok" if not problems else f"{len(problems)} problem(s) found"))
    return problems, report


def _integrity_rows(db_path: Path, full: bool = True) -> list[str]:
    """PRAGMA integrity_check's findings (['ok'] for a sound file), on a connection of its
    own; quick_check's unless `full`, without re-evaluating CHECK constraints (enforced
    when each row was written, they were 80% of its time), as the app does when it opens."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        if not full:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        pragma = "integrity_check" if full else "quick_check"
        return [line for r in conn.execute(f"PRAGMA {pragma}(100)")
                for line in r[0].splitlines() if not line.startswith("***")]
    finally:
        conn.close()


def _foreign_key_rows(conn: sqlite3.Connection) -> list[tuple]:
    """PRAGMA foreign_key_check's rows (table, rowid, parent, fk id), the quick way: each
    single-column key is a NOT IN over the child's index on it, where foreign_key_check
    reads every child row (most of the file at a million cases)."""
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in tables:
        keys = conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
        by_id: dict[int, list] = {}
        for fk_id, _seq, parent, column, target, *_ in keys:
            by_id.setdefault(fk_id, []).append((parent, column, target))
        for fk_id, columns in sorted(by_id.items()):
            (parent, column, target), = columns if len(columns) == 1 else [(None,) * 3]
            if parent is None or target is None:  # several columns, or the parent's key
                found += [r for r in conn.execute(f"PRAGMA foreign_key_check([{table}])")
                          if r[3] == fk_id]
                continue
            found += [(table, rowid, parent, fk_id) for (rowid,) in conn.execute(
                f"SELECT rowid FROM [{table}] WHERE [{column}] IS NOT NULL AND [{column}] "
                f"NOT IN (SELECT [{target}] FROM [{parent}]) ORDER BY rowid")]
    return found


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint at `at`: (value, where the next one starts)."""
    value = 0
    for i in range(8):
        byte = blob[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | blob[at + 8], at + 9


def _search_index_structure(conn: sqlite3.Connection) -> tuple[str, str | None]:
    """(report line, problem or None): the full-text index's structure record read, every
    leaf page of every segment it lists present, and as many rows indexed as there are
    cases. What a damaged or half-copied index shows, without tokenizing a million cases
    (`check --full` runs FTS5's own integrity-check)."""
    def damaged(why: str) -> tuple[str, str]:
        return "search index: damaged", f"search index: {why} (it can be rebuilt from the cases)"

    try:
        row = conn.execute("SELECT block FROM cases_fts_data WHERE id = 10").fetchone()
        if row is None or not row[0] or len(row[0]) < 4:
            return damaged("its structure record is missing")
        blob, at = bytes(row[0]), 4  # after the configuration cookie
        version2 = blob[4:8] == b"\xff\x00\x00\x01"  # written with secure-delete on
        at += 4 if version2 else 0
        levels, at = _varint(blob, at)
        _total, at = _varint(blob, at)
        _writes, at = _varint(blob, at)
        segments = []
        for _level in range(levels):
            _merging, at = _varint(blob, at)
            count, at = _varint(blob, at)
            for _ in range(count):
                segid, at = _varint(blob, at)
                first, at = _varint(blob, at)
                last, at = _varint(blob, at)
                for _extra in range(5 if version2 else 0):  # origins and tombstones
                    _, at = _varint(blob, at)
                segments.append((segid, first, last))
        for segid, first, last in segments:
            low, high = (segid << 37) + first, (segid << 37) + last
            present = conn.execute("SELECT count(*) FROM cases_fts_data WHERE id BETWEEN ? "
                                   "AND ?", (low, high)).fetchone()[0]
            if present != last - first + 1:
                return damaged(f"segment {segid} has {present} of its "
                               f"{last - first + 1} pages")
        averages = conn.execute("SELECT block FROM cases_fts_data WHERE id = 1").fetchone()
        indexed = _varint(bytes(averages[0]), 0)[0] if averages and averages[0] else 0
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        if indexed != cases:
            return damaged(f"it holds {indexed} cases of {cases}")
        return "search index: ok", None
    except IndexError:
        return damaged("its structure record is cut short")
    except sqlite3.DatabaseError as exc:
        return damaged(str(exc))


def _search_index_check(conn: sqlite3.Connection) -> tuple[str, str | None]:
    """(report line, problem or None) of the full-text index's own check, rolled back."""
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")
        return "search index: ok", None
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc):
            return "search index: not checked (the file is read-only)", None
        if "locked" in str(exc) or "busy" in str(exc):
            return "search index: not checked (Goodwill is saving; try again)", None
        return "search index: damaged", f"search index: {exc} (it can be rebuilt from the cases)"
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


class BackupOps:
    """Store methods for backups (mixed into data.store.Store)."""

    def _backup_before_migration(self, path: Path) -> None:
        source = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            make_backup(source, Path(path), "before-upgrade")
        finally:
            source.close()

    def backup(self, dest: Path | None = None, reason: str = "manual") -> Path:
        """A verified backup: to `dest`, or into backups/ beside the database (rotated)."""
        if dest:
            dest = Path(dest)
            if dest.exists() and dest.resolve() == self.path.resolve():
                raise Invalid(f"{dest} is the database itself; choose another file")
            return backup_file(self.conn, dest)
        return make_backup(self.conn, self.path, reason)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.path)
