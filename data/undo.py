"""Taking back a mistake: a case to the Trash and back, a checklist started by mistake
removed, the last save of a case undone. Each is one Store method (mixed into
data.store.Store), recorded in the case's history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from data.errors import NotFound, Refused
from data.model import TRASH_DAYS, TRASHED, iso, now, parse_when

# History fields a save writes (data.store.Store._write_changes), and the case column each
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


class UndoOps:
    """Store methods that take back a mistake."""

    # ---- the Trash -------------------------------------------------------------------
    def delete_case(self, ref: str, *, by: str = "") -> None:
        """Move a case to the Trash: it leaves every list, count, search, reminder, report
        and export, and can be restored for TRASH_DAYS days."""
        case = self.case(ref)
        by = self._who(by)
        stamp = iso(now())
        with self.transaction() as conn:
            self.hold_case(conn, case.id)
            conn.execute("UPDATE cases SET deleted_at = ?, deleted_by = ? WHERE id = ?",
                         (stamp, by, case.id))
            self.record_event(conn, case.id, "deleted", None, "moved to the Trash", by)
            self.case_changed(conn, case.id)

    def undelete_case(self, ref: str, *, by: str = ""):
        """Bring a case back from the Trash, as it was."""
        case = self.case(ref, in_trash=True)
        by = self._who(by)
        with self.transaction() as conn:
            self.hold_case(conn, case.id)
            conn.execute("UPDATE cases SET deleted_at = NULL, deleted_by = '' WHERE id = ?",
                         (case.id,))
            self.record_event(conn, case.id, "restored", "in the Trash", "restored", by)
            self.case_changed(conn, case.id)
        return self.case_by_id(case.id)

    def trashed_cases(self) -> list[TrashedCase]:
        """The Trash, most recently deleted first."""
        return [TrashedCase(*row) for row in self.conn.execute(
            "SELECT id, ref, occurred_at, customer_name, summary, deleted_at, deleted_by "
            f"FROM cases WHERE {TRASHED} ORDER BY deleted_at DESC, id DESC")]

    def erase_trashed(self, ref: str | None = None) -> int:
        """Erase for good one case of the Trash (`ref`), or all of it; returns how many.
        Its history, checklists, letters and attachments go with it."""
        if ref is None:
            ids = [t.id for t in self.trashed_cases()]
        else:
            ids = [self.case(ref, in_trash=True).id]
        return self._erase(ids)

    def erase_expired(self, at: datetime | None = None) -> int:
        """Erase what has been in the Trash longer than TRASH_DAYS; returns how many."""
        limit = (at or now()) - timedelta(days=TRASH_DAYS)
        return self._erase([t.id for t in self.trashed_cases()
                            if parse_when(t.deleted_at) <= limit])

    def _erase(self, ids: list[int]) -> int:
        if not ids:
            return 0
        with self.transaction() as conn:
            erased = 0
            for case_id in ids:
                erased += conn.execute(f"DELETE FROM cases WHERE id = ? AND {TRASHED}",
                                       (case_id,)).rowcount
        return erased

    # ---- a checklist started by mistake ----------------------------------------------
    def remove_checklist(self, ref: str, checklist_id: int, *, by: str = "") -> None:
        """Take a checklist off the case with its steps, ticks and follow-ups."""
        case = self.case(ref)
        by = self._who(by)
        with self.transaction() as conn:
            self.hold_case(conn, case.id)
            row = conn.execute("SELECT name FROM case_checklists WHERE id = ? AND case_id = ?",
                               (checklist_id, case.id)).fetchone()
            if row is None:
                raise NotFound(f"{case.ref} has no checklist with id {checklist_id}")
            conn.execute("DELETE FROM case_checklists WHERE id = ?", (checklist_id,))
            self.record_event(conn, case.id, "checklist removed", row[0], None, by)
            self.case_changed(conn, case.id)

    # ---- the last save -----------------------------------------------------------------
    def last_save(self, case_id: int) -> list[tuple[str, str | None, str | None]]:
        """(field, old, new) of the case's last save when nothing happened to the case
        since; refused with the reason otherwise."""
        rows = self.conn.execute(
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

    def undo_last_save(self, ref: str, *, by: str = ""):
        """Put back what the case's last save changed, when nothing changed since (refused
        otherwise), recorded as an undo. Returns the case as it is after."""
        case = self.case(ref)
        group = self.last_save(case.id)
        raw = self._raw_case(case.id)
        changes = {}
        for field, old, new in group:
            column = _SAVED[field]
            if self.history_pair(column, None, raw[column])[2] != new:
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
        return self.update_case(case.ref, changes, by=self._who(by),
                                expected_version=case.version,
                                event=(UNDO_EVENT, None, f"last save undone ({fields})"))


__all__ = ["TrashedCase", "UndoOps", "UNDO_EVENT"]
