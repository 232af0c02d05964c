"""Backups of the live database with SQLite's backup API, verified after writing."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_file(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database page by page into `dest` (never a file copy), then verify it."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        ok = target.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        target.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"backup {dest} failed verification: {ok}")
    os.replace(partial, dest)
    return dest


def backup_name(reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"goodwill-{when:%Y%m%d-%H%M%S}-{reason}.db"


class BackupOps:
    """Store methods for backups (mixed into data.store.Store)."""

    def _backup_before_migration(self, path: Path) -> None:
        source = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_file(source, backups_dir(path) / backup_name("before-upgrade"))
        finally:
            source.close()

    def backup(self, dest: Path | None = None, reason: str = "manual") -> Path:
        dest = Path(dest) if dest else backups_dir(self.path) / backup_name(reason)
        return backup_file(self.conn, dest)


def backup_if_due(store) -> Path | None:
    return None


def backup_on_quit(store) -> Path | None:
    return None
