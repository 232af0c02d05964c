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
from data.database import Database
from data.errors import Invalid, Refused, WriteFailed
from data.transfer import snapshot_into

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
        return str(exc)  # its first words: quick_check may list hundreds of damaged cells
    return None


def _file_of(conn: sqlite3.Connection) -> str:
    """The file behind a connection's main database ('' in memory)."""
    return next((file or "" for _, name, file in conn.execute("PRAGMA database_list")
                 if name == "main"), "")


def _copy_verified(source: sqlite3.Connection, tmp: Path, journal_mode: str = "DELETE") -> None:
    """Page-by-page copy into `tmp` as a self-contained file (no -wal), checked and synced.
    `journal_mode` is the mode the copy is left in: a restored database is left in WAL
    mode, as the app keeps it, so its first open need not change it (a rollback-journal
    write a kill could cut short)."""
    target = sqlite3.connect(tmp)
    checked: list[str | None] = []
    checking = None
    try:
        # No syncs while copying into the temporary file: it is synced once, below, after
        # its check, and a crash before then leaves only a .partial file (halves the time).
        target.execute("PRAGMA synchronous = OFF")
        if getattr(source, "engine", "") == "postgresql":
            # The shared log, as a Goodwill file that `restore` and the app open.
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
        target.execute(f"PRAGMA journal_mode = {journal_mode}")
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
        _remove_with_side_files(tmp)
        raise
    _fsync_dir(dest.parent)
    return dest


def _remove_with_side_files(path: Path) -> None:
    for file in (path, *_side_files(path)):
        file.unlink(missing_ok=True)


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


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this database that opens and passes its check."""
    for info in list_backups(db_path):
        if info.cases is None or info.reason == "damaged":
            continue
        try:
            dbmod.inspect(info.path, quick_check=True)
        except dbmod.DatabaseProblem:
            continue
        return info
    return None


def with_backup_offered(problem: dbmod.DatabaseProblem) -> str:
    """The command line's one line for a file that cannot be used: the problem, and the
    newest good backup with the command that restores it (none for a newer Goodwill's
    file, which an older backup must not replace)."""
    text = str(problem)
    if problem.kind not in ("corrupt", "empty", "not_sqlite"):
        return text  # not the file's content: a newer Goodwill's file, a read-only folder
    backup = latest_good_backup(problem.path)
    if backup is None:
        return f"{text} There is no good backup of it in {backups_dir(problem.path)}."
    made = f"{backup.made_at:%Y-%m-%d %H:%M}"
    return (f"{text} The newest good backup is {backup.path} (made {made}, {backup.cases} "
            "cases); restore it with: goodwill --db "
            f"{_quoted(problem.path)} restore {_quoted(backup.path)}")


def _quoted(path: Path) -> str:
            # On first use: only a message naming a backup to restore needs it.
    import shlex

    return shlex.quote(str(path))


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
            _remove_with_side_files(path)  # a damaged file kept its -wal beside it
            removed.append(path)
    removed += _remove_stale_partials(backups_dir(db_path), f".{Path(db_path).stem}-", now)
    return removed


def _remove_stale_partials(folder: Path, prefix: str, now: datetime | None = None
                           ) -> list[Path]:
    """Half-written copies left by a crash during a backup or restore, with the -journal
    SQLite kept beside one while writing it; never ones still being written (an hour)."""
    removed, stale = [], (now or datetime.now()).timestamp() - 3600
    for path in folder.glob(f"{prefix}*.partial*") if folder.is_dir() else ():
        try:
            if path.stat().st_mtime < stale:
                path.unlink(missing_ok=True)
                removed.append(path)
        except FileNotFoundError:
            continue
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
    """The files SQLite keeps beside a database: its WAL, the WAL's index, and a rollback
    journal (hot after a crash: left beside another file, it would be played into it)."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _retire_current(db_path: Path) -> Path | None:
    """Keep the current file's data before it is replaced.

    A readable file is backed up with the backup API after leaving WAL mode, which folds
    its -wal into it and removes -wal/-shm (an old WAL left beside the new file would be
    replayed into it). A damaged file cannot be copied that way; it and its side files are
    moved aside unchanged into backups/ instead.
    """
    if not db_path.exists():
        _move_side_files(db_path, None)
        return None
    try:
        dbmod.inspect(db_path, quick_check=True)
    except dbmod.DatabaseProblem:
        when = datetime.now()
        aside = _free_name(backups_dir(db_path), db_path.stem, "damaged", when)
        aside.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # The file stays where it is until the new one is renamed over it (a kill in
        # between leaves it, not nothing); its copy in backups/ is a second name for it.
        try:
            os.link(db_path, aside)
        except OSError:
            # On first use: only a file system without hard links needs it.
            import shutil

            shutil.copyfile(db_path, aside)
        _move_side_files(db_path, aside)
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
    _move_side_files(db_path, saved)  # an -shm left behind is not the new file's
    return saved


def _move_side_files(db_path: Path, aside: Path | None) -> None:
    """Move the old file's -wal, -shm and -journal beside its copy in backups/ (or into
    backups/ when the file itself is gone), before a new file takes its name."""
    for side in _side_files(db_path):
        if not side.exists():
            continue
        if aside is None:
            aside = _free_name(backups_dir(db_path), db_path.stem, "left-over",
                               datetime.now())
            aside.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.replace(side, aside.with_name(aside.name + side.name[len(db_path.name):]))


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
    _remove_stale_partials(db_path.parent, f".{db_path.name}.")
    tmp = _private_temp(db_path.parent, db_path.name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_verified(src, tmp, journal_mode="WAL")
        finally:
            src.close()
        kept = _retire_current(db_path)
        os.replace(tmp, db_path)
    except BaseException:
        _remove_with_side_files(tmp)
        raise
    _fsync_dir(db_path.parent)
    return kept


class BackupFailed(dbmod.Unwritable):
    """A backup could not be written (a full disk, a read-only folder); no part of it was
    left behind, and the database was not changed."""


def _backup_failed(dest_folder: Path, exc: BaseException) -> BackupFailed:
    text = str(exc)
    errno = getattr(exc, "errno", None)
    if "full" in text or errno in (28, 27) or "disk I/O" in text:  # ENOSPC, EFBIG
        why = "the disk is full (or the file may not grow that large)"
    elif "readonly" in text or "read-only" in text or errno in (13, 30):  # EACCES, EROFS
        why = f"{dest_folder} is read-only"
    else:
        why = getattr(exc, "strerror", None) or text
    return BackupFailed(dest_folder, f"The backup was not made: {why}. Nothing was changed, "
                        f"and no part of the backup was left in {dest_folder}.")


def backup_before_migration(path: Path) -> None:
    """The database file as it was, kept before a schema upgrade changes it."""
    source = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        make_backup(source, Path(path), "before-upgrade")
    finally:
        source.close()


class Backups:
    """store.backups: verified backups of the open database, beside it or to a chosen file."""

    def __init__(self, db: Database):
        self._db = db

    def make(self, dest: Path | None = None, reason: str = "manual") -> Path:
        """A verified backup: to `dest`, or into backups/ beside the database (rotated)."""
        folder = Path(dest).parent if dest else backups_dir(self._db.path)
        try:
            if dest:
                dest = Path(dest)
                if dest.exists() and dest.resolve() == self._db.path.resolve():
                    raise Invalid(f"{dest} is the database itself; choose another file")
                return backup_file(self._db.conn, dest)
            return make_backup(self._db.conn, self._db.path, reason)
        except (sqlite3.OperationalError, OSError) as exc:
            raise _backup_failed(folder, exc) from exc

    def all(self) -> list[BackupInfo]:
        return list_backups(self._db.path)
