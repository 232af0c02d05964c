"""A case's history: one line per change, note, tick or letter (who, when, what)."""
from __future__ import annotations

from typing import Any

from data.database import Database
from data.model import HistoryEntry, from_cents, iso, money_text, now

# One line of a case's history (case_id, at, field, old, new, by).
HISTORY_INSERT = ("INSERT INTO case_history (case_id, at, field, old, new, by) "
                  "VALUES (?, ?, ?, ?, ?, ?)")


def history_pair(key: str, old: Any, new: Any) -> tuple[str, str | None, str | None]:
    """A changed column as its history line shows it: (field, old text, new text)."""
    if key == "remedy_cost_cents":
        return ("remedy_cost", None if old is None else money_text(from_cents(old)),
                money_text(from_cents(new)))
    if key == "customer_id":
        return ("customer", None if old is None else str(old), str(new))
    text = lambda v: None if v is None else str(v)  # noqa: E731
    return key, text(old), text(new)


class History:
    """store.history: reading a case's history and adding lines to it."""

    def __init__(self, db: Database):
        self._db = db

    def of(self, case_id: int) -> list[HistoryEntry]:
        """Every line of the case's history, oldest first."""
        return [HistoryEntry(*r) for r in self._db.conn.execute(
            "SELECT at, field, old, new, by FROM case_history WHERE case_id = ? ORDER BY id",
            (case_id,))]

    @staticmethod
    def record(conn: Any, case_id: int, field: str, old: Any, new: Any, by: str = "") -> None:
        """A history line for something that is not a column (a checklist tick, a letter)."""
        conn.execute(HISTORY_INSERT, (case_id, iso(now()), field, old, new, by))

    @staticmethod
    def write(conn: Any, lines: list | None) -> None:
        """Write history lines gathered by Cases.insert in one statement, and empty the list
        (on PostgreSQL one round trip for all of them instead of one each)."""
        if lines:
            conn.executemany(HISTORY_INSERT, lines)
            lines.clear()

    pair = staticmethod(history_pair)
