"""Who is working on this log: each desk's heartbeat (desk name, staff, last seen)."""
from __future__ import annotations

from datetime import timedelta

from data.database import Database
from data.model import MAX_LINE, clean_text, iso, now


class Desks:
    """store.desks: the desks seen on this log lately."""

    def __init__(self, db: Database):
        self._db = db

    def touch(self, desk: str, staff: str) -> None:
        """This desk is working now, with this staff name (a heartbeat every minute or so).
        Not a change to the log: it does not count towards the backup on quit."""
        changes = self._db.changes
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO desks (desk, staff, seen_at) VALUES (?, ?, ?) "
                         "ON CONFLICT (desk) DO UPDATE SET staff = excluded.staff, "
                         "seen_at = excluded.seen_at",
                         (clean_text(desk, single_line=True, limit=MAX_LINE),
                          clean_text(staff, single_line=True, limit=MAX_LINE),
                          iso(now())))
        self._db.changes = changes

    def seen(self, within_minutes: int = 10) -> list[tuple[str, str, str]]:
        """(desk, staff, seen_at) of the desks seen in the last minutes, latest first."""
        since = iso(now() - timedelta(minutes=within_minutes))
        return [tuple(r) for r in self._db.conn.execute(
            f"SELECT desk, staff, seen_at FROM desks WHERE {self._db.eng.not_after('?', 'seen_at')} "
            "ORDER BY seen_at DESC, desk", (since,))]
