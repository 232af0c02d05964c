"""Merging two records of one customer: the values that survive (store.customers.merge moves
the cases and keeps the history)."""
from __future__ import annotations

from data.model import Customer


MERGE_FIELDS = ("name", "email", "phone", "address", "language", "notes", "flag")


def suggested_values(keep: Customer, other: Customer) -> dict[str, str]:
    """The kept customer's values, its blanks filled from the other; both notes are kept."""
    values = {}
    for field in MERGE_FIELDS:
        mine, theirs = getattr(keep, field), getattr(other, field)
        if field == "notes" and mine.strip() and theirs.strip() and mine.strip() != theirs.strip():
            values[field] = f"{mine.rstrip()}\n\n{theirs.lstrip()}"
        else:
            values[field] = mine if mine.strip() else theirs
    return values
