"""One writer per database: a lock file beside it, taken over when a crashed copy left it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class SingleInstance:
    """Hold `<database>.lock` while Goodwill works on the database.

    QLockFile writes our process id into the file and flock()s it; a lock whose process is
    gone (a crash, a kill) is stale and taken over. Stale time 0: a copy that has been open
    for days still holds its lock, it does not expire by age.
    """

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.lock = QLockFile(str(lock_path(self.db_path)))
        self.lock.setStaleLockTime(0)
        self.cannot_create = ""

    def acquire(self) -> bool:
        """True when this process now holds the lock. False when another copy holds it, or
        when the lock file cannot be made at all (a read-only folder, a full disk): then
        `cannot_create` says why, and no other copy need be open."""
        self.cannot_create = ""
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.cannot_create = exc.strerror or str(exc)
            return False
        if self.lock.tryLock(0):
            return True
        if self.lock.error() in (QLockFile.LockError.PermissionError,
                                 QLockFile.LockError.UnknownError):
            self.cannot_create = self._why_not()
            return False
        # tryLock already removes a lock whose process is gone; this covers a lock file that
        # cannot be read back (for example cut short by a power cut).
        if self.lock.error() == QLockFile.LockError.LockFailedError and self.holder() is None:
            return self.lock.removeStaleLockFile() and self.lock.tryLock(0)
        return False

    def _why_not(self) -> str:
        """Why the lock file cannot be made, as the system says it."""
        import errno
        import os
        import tempfile

        folder = self.db_path.parent
        try:
            with tempfile.TemporaryFile(dir=folder) as probe:
                probe.write(b"goodwill")
                probe.flush()
                os.fsync(probe.fileno())
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                return "the disk is full"
            return exc.strerror or str(exc)
        return "the lock file could not be written"

    def holder(self) -> int | None:
        """The process id holding the lock, when it can be read."""
        info = self.lock.getLockInfo()  # (pid, host, app), or a false value when unreadable
        pid = info[0] if isinstance(info, tuple) and info else 0
        return pid or None

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()
