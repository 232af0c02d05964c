"""The one facade over a Goodwill database: it opens and closes it and hands out one
repository per subject (store.cases, store.checklists, ...); everything else calls those
and gets dataclasses. Each repository is built here with what it needs and nothing more.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from data.attachments import Attachments
from data.authority import Authority
from data.case_list import CaseList
from data.cases import Cases
from data.checklists import Checklists
from data.customers import Customers
from data.database import Database
from data.history import History
from data.profile import BusinessProfile
from data.reminders import Reminders
from data.staff import Staff

if TYPE_CHECKING:
    from data.backup import Backups
    from data.desks import Desks
    from data.letters import Letters
    from data.privacy import Privacy
    from data.transfer import Transfer
    from data.undo import Trash, Undo


def _backup_before_migration(path: Path) -> None:
    from data.backup import backup_before_migration  # deferred: only an upgrade needs it

    backup_before_migration(path)


class Store:
    """A Goodwill database, file or shared log. Open one per thread; writes happen on the
    owner's (GUI) thread."""

    def __init__(self, path: Path | str, *, quick_check: bool = True, readonly: bool = False):
        self.db = db = Database(path, quick_check=quick_check, readonly=readonly,
                                before_migration=_backup_before_migration)
        self.profile = BusinessProfile(db)
        self.history = History(db)
        self.customers = Customers(db, self.history)
        self.staff = Staff(db, self.profile)
        self.cases = Cases(db, self.profile, self.customers, self.history)
        self.case_list = CaseList(db, self.cases)
        # Both add a check to every save of a case (Cases.save_checks), in this order: the
        # closing gate, then the authority over an approval given in the form.
        self.checklists = Checklists(db, self.profile, self.cases, self.history)
        self.authority = Authority(db, self.profile, self.staff, self.cases, self.history)
        self.attachments = Attachments(db, self.cases, self.history)
        self.reminders = Reminders(db)

    # ---- parts no window needs for its first screen -------------------------------------
    # Built, and their modules imported, on first use: every start of the window (and
    # every worker's Store) would otherwise wait for them. None adds a check to a save.
    @cached_property
    def letters(self) -> Letters:
        from data.letters import Letters  # deferred: start-up

        return Letters(self.db, self.profile, self.cases, self.history, self.authority)

    @cached_property
    def trash(self) -> Trash:
        from data.undo import Trash  # deferred: start-up

        return Trash(self.db, self.profile, self.cases, self.history)

    @cached_property
    def undo(self) -> Undo:
        from data.undo import Undo  # deferred: start-up

        return Undo(self.db, self.profile, self.cases, self.history)

    @cached_property
    def privacy(self) -> Privacy:
        from data.privacy import Privacy  # deferred: start-up

        return Privacy(self.db, self.customers, self.cases, self.history, self.checklists,
                       self.letters, self.attachments)

    @cached_property
    def backups(self) -> Backups:
        from data.backup import Backups  # deferred: start-up

        return Backups(self.db)

    @cached_property
    def transfer(self) -> Transfer:
        from data.transfer import Transfer  # deferred: start-up

        return Transfer(self.db)

    @cached_property
    def desks(self) -> Desks:
        from data.desks import Desks  # deferred: start-up

        return Desks(self.db)

    # ---- lifecycle ---------------------------------------------------------------------
    def reader(self) -> Store:
        """A read-only Store on the same file (or server), for a worker thread."""
        return Store(self.target, readonly=True)

    @property
    def conn(self) -> Any:
        """The connection (sqlite3's, or data.pg's that mirrors it)."""
        return self.db.conn

    @property
    def url(self) -> str | None:
        """The shared log's postgresql:// URL; None for a file."""
        return self.db.url

    @property
    def path(self) -> Path:
        """The database file, or where this desk keeps its backups of a shared log."""
        return self.db.path

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    @property
    def changes(self) -> int:
        """Writes since open: the UI backs up on quit when non-zero (a worker's writes on
        its own connection are added here)."""
        return self.db.changes

    @changes.setter
    def changes(self, count: int) -> None:
        self.db.changes = count

    @property
    def target(self) -> Path | str:
        """What Store() opens again for another connection: the file's path, or the URL."""
        return self.db.target

    @property
    def shared(self) -> bool:
        """True on the PostgreSQL log that several desks share."""
        return self.db.shared

    @property
    def eng(self) -> Any:
        """What differs between the engines, for this Store's SQL (data/engine.py)."""
        return self.db.eng

    @property
    def location(self) -> str:
        """Where the log is, for the title bar and messages (no password)."""
        return self.db.location

    def stop_when(self, cancelled: Callable[[], bool]) -> None:
        """Reads on this (worker's) connection stop soon after `cancelled()` turns true."""
        self.db.stop_when(cancelled)

    def interrupt(self) -> None:
        """From another thread: stop the statement running now (see Database.interrupt)."""
        self.db.interrupt()

    def changed_elsewhere(self) -> bool:
        """True once after another program or desk saved a change (cheap: for a timer)."""
        return self.db.changed_elsewhere()

    @contextmanager
    def transaction(self, *, lock_late: bool = False) -> Iterator[Any]:
        """One user action, one transaction: all of it is saved, or none of it (see
        Database.transaction)."""
        with self.db.transaction(lock_late=lock_late) as conn:
            yield conn

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Store"]
