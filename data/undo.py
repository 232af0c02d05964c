"""Taking back a mistake: a case to the Trash and back (store.trash), the last save of a
case undone (store.undo); each recorded in the case's history. A checklist started by
mistake is removed by store.checklists.remove."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from data.cases import Cases
from data.database import Database
from data.errors import Refused
from data.history import History
from data.model import TRASH_DAYS, TRASHED, Case, iso, now, parse_when
from data.profile import BusinessProfile

# History fields a save writes (data.cases.Cases.write_changes), and the case column each
# one shows; needs_approval follows the remedy cost and is put back with it.
_SAVED = {
    "occurred_at": "occurred_at", "kind": "kind", "channel": "channel",
    "category": "category", "severity": "severity", "summary": "summary",
    "details": "details", "staff": "staff", "status": "status",
    "acknowledged_at": "acknowledged_at", "resolved_at": "resolved_at", "remedy": "remedy",
    "remedy_cost": "remedy_cost_cents", "satisfaction": "satisfaction",
    "customer_returned": "customer_returned", "root_cause": "root_cause", "lesson": "lesson",
    "approved_by": "approved_by", "approved_at": "approved_at",
    "close_reason": "close_reason", "customer": "customer_id",
    "cause_finding": "cause_finding", "customer_description": "customer_description",
    "needs_approval": "needs_approval",
}
UNDO_EVENT = "undo"


@dataclass(frozen=True)
class TrashedCase:
    """A case in the Trash: restorable until `erase_on`."""
    id: int
    ref: str
    occurred_at: str
    customer_name: str
    summary: str
    deleted_at: str
    deleted_by: str

    @property
    def erase_on(self) -> str:
        """The day it goes for good (ISO date)."""
        return (parse_when(self.deleted_at) + timedelta(days=TRASH_DAYS)).date().isoformat()

    def as_json(self) -> dict:
        return {"ref": self.ref, "occurred_at": self.occurred_at,
                "customer": self.customer_name, "summary": self.summary,
                "deleted_at": self.deleted_at, "deleted_by": self.deleted_by,
                "erase_on": self.erase_on}


class Trash:
    """store.trash: deleted cases, restorable for TRASH_DAYS days."""

    def __init__(self, db: Database, profile: BusinessProfile, cases: Cases, history: History):
        self._db = db
        self._profile = profile
        self._cases = cases
        self._history = history

    def delete(self, ref: str, *, by: str = "") -> None:
        """Move a case to the Trash: it leaves every list, count, search, reminder, report
        and export, and can be restored for TRASH_DAYS days."""
        case = self._cases.get(ref)
        by = self._profile.who(by)
        stamp = iso(now())
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            conn.execute("UPDATE cases SET deleted_at = ?, deleted_by = ? WHERE id = ?",
                         (stamp, by, case.id))
            self._history.record(conn, case.id, "deleted", None, "moved to the Trash", by)
            self._cases.new_version(conn, case.id)

    def restore(self, ref: str, *, by: str = "") -> Case:
        """Bring a case back from the Trash, as it was."""
        case = self._cases.get(ref, in_trash=True)
        by = self._profile.who(by)
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            conn.execute("UPDATE cases SET deleted_at = NULL, deleted_by = '' WHERE id = ?",
                         (case.id,))
            self._history.record(conn, case.id, "restored", "in the Trash", "restored", by)
            self._cases.new_version(conn, case.id)
        return self._cases.by_id(case.id)

    def cases(self) -> list[TrashedCase]:
        """The Trash, most recently deleted first."""
        return [TrashedCase(*row) for row in self._db.conn.execute(
            "SELECT id, ref, occurred_at, customer_name, summary, deleted_at, deleted_by "
            f"FROM cases WHERE {TRASHED} ORDER BY deleted_at DESC, id DESC")]

    def erase(self, ref: str | None = None) -> int:
        """Erase for good one case of the Trash (`ref`), or all of it; returns how many.
        Its history, checklists, letters and attachments go with it."""
        if ref is None:
            ids = [t.id for t in self.cases()]
        else:
            ids = [self._cases.get(ref, in_trash=True).id]
        return self._erase(ids)

    def erase_expired(self, at: datetime | None = None) -> int:
        """Erase what has been in the Trash longer than TRASH_DAYS; returns how many."""
        limit = (at or now()) - timedelta(days=TRASH_DAYS)
        return self._erase([t.id for t in self.cases()
                            if parse_when(t.deleted_at) <= limit])

    def _erase(self, ids: list[int]) -> int:
        if not ids:
            return 0
        with self._db.transaction() as conn:
            erased = 0
            for case_id in ids:
                erased += conn.execute(f"DELETE FROM cases WHERE id = ? AND {TRASHED}",
                                       (case_id,)).rowcount
        return erased


class Undo:
    """store.undo: a case's last save put back."""

    def __init__(self, db: Database, profile: BusinessProfile, cases: Cases, history: History):
        self._db = db
        self._profile = profile
        self._cases = cases
        self._history = history

    def last_save(self, case_id: int) -> list[tuple[str, str | None, str | None]]:
        """(field, old, new) of the case's last save when nothing happened to the case
        since; refused with the reason otherwise."""
        rows = self._db.conn.execute(
            "SELECT at, field, old, new, by FROM case_history WHERE case_id = ? "
            "ORDER BY id DESC LIMIT 200", (case_id,)).fetchall()
        if not rows or rows[0][1] not in _SAVED:
            last = rows[0][1] if rows else "nothing"
            raise Refused(f"There is no save to undo: the last change to this case was "
                          f"'{last}'" + (f" at {rows[0][0]}" if rows else "") + ".")
        at, by = rows[0][0], rows[0][4]
        group = []
        for row_at, field, old, new, row_by in rows:
            if (row_at, row_by) != (at, by) or field not in _SAVED:
                break
            group.append((field, old, new))
        return group[::-1]

    def revert(self, ref: str, *, by: str = "") -> Case:
        """Put back what the case's last save changed, when nothing changed since (refused
        otherwise), recorded as an undo. Returns the case as it is after."""
        case = self._cases.get(ref)
        group = self.last_save(case.id)
        raw = self._cases.raw(case.id)
        changes = {}
        for field, old, new in group:
            column = _SAVED[field]
            if self._history.pair(column, None, raw[column])[2] != new:
                raise Refused(f"{case.ref}'s {field.replace('_', ' ')} changed since its last "
                              "save: that save cannot be undone.")
            if field == "needs_approval":
                continue  # follows the remedy cost
            if field == "remedy_cost":
                changes["remedy_cost"] = Decimal(old or "0")
            elif field == "customer":
                changes["customer_id"] = int(old)
            else:
                changes[field] = old
        if not changes:
            raise Refused(f"{case.ref}'s last save changed nothing that can be put back.")
        fields = ", ".join(f for f, _, _ in group if f != "needs_approval")
        return self._cases.update(case.ref, changes, by=self._profile.who(by),
                                  expected_version=case.version,
                                  event=(UNDO_EVENT, None, f"last save undone ({fields})"))


__all__ = ["TrashedCase", "Trash", "Undo", "UNDO_EVENT"]
