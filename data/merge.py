"""Merging two records of one customer: the surviving values, every case moved, history kept."""
from __future__ import annotations

from data.model import ValidationError, iso, now

MERGE_FIELDS = ("name", "email", "phone", "address", "language", "notes", "flag")


def suggested_values(keep, other) -> dict[str, str]:
    """The kept customer's values, its blanks filled from the other; both notes are kept."""
    values = {}
    for field in MERGE_FIELDS:
        mine, theirs = getattr(keep, field), getattr(other, field)
        if field == "notes" and mine.strip() and theirs.strip() and mine.strip() != theirs.strip():
            values[field] = f"{mine.rstrip()}\n\n{theirs.lstrip()}"
        else:
            values[field] = mine if mine.strip() else theirs
    return values


class MergeOps:
    """Store methods for merging customers (mixed into data.store.Store)."""

    def merge_customers(self, keep_id: int, other_id: int, values: dict | None = None, *,
                        by: str = "") -> int:
        """Move every case of `other_id` to `keep_id`, give the kept customer `values`
        (default: suggested_values), delete the other record; returns the cases moved.
        Each moved case's history and the customer_merges table record the merge."""
        if keep_id == other_id:
            raise ValidationError({"customer": "cannot be merged with itself"})
        keep, other = self.customer(keep_id), self.customer(other_id)
        for who in (keep, other):
            if who.erased:
                raise ValidationError({"customer": f"#{who.id} has been erased and cannot be "
                                                   "merged"})
        chosen = suggested_values(keep, other)
        unknown = set(values or {}) - set(MERGE_FIELDS)
        if unknown:
            raise ValidationError({k: "is not a customer field" for k in sorted(unknown)})
        chosen.update(values or {})
        clean = self.clean_customer(chosen)
        stamp = iso(now())
        moved = [r[0] for r in self.conn.execute(
            "SELECT id FROM cases WHERE customer_id = ? ORDER BY occurred_ts, id", (other_id,))]
        changed = [f for f in MERGE_FIELDS if clean.get(f, "") != getattr(keep, f)]
        note = (f"customer #{other.id} {other.name} merged into #{keep.id} {keep.name}"
                + (f" (kept from the merge: {', '.join(changed)})" if changed else ""))
        with self.transaction() as conn:
            sets = ", ".join(f"{k} = :{k}" for k in clean)
            conn.execute(f"UPDATE customers SET {sets} WHERE id = :id", {**clean, "id": keep_id})
            conn.execute(
                "UPDATE cases SET customer_id = :keep, customer_name = (SELECT name FROM "
                "customers WHERE id = :keep), updated_at = :at WHERE customer_id = :other",
                {"keep": keep_id, "other": other_id, "at": stamp})
            for case_id in moved:
                self.record_event(conn, case_id, "customer", f"#{other.id} {other.name}",
                                  f"#{keep.id} {clean['name']} (merged)", by)
            conn.execute("DELETE FROM customers WHERE id = ?", (other_id,))
            conn.execute(
                "INSERT INTO customer_merges (survivor_id, merged_id, merged_at, merged_by, "
                "cases_moved, details) VALUES (?, ?, ?, ?, ?, ?)",
                (keep_id, other_id, stamp, by, len(moved), note))
        return len(moved)

    def customer_merges(self, customer_id: int) -> list[tuple[str, str]]:
        """(when, what) for every merge into this customer, oldest first."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT merged_at, details FROM customer_merges WHERE survivor_id = ? ORDER BY id",
            (customer_id,))]
