"""A customer's actions: edit, merge, the privacy export, erasure."""
from __future__ import annotations

from pathlib import Path

from ui.actions import Actor


def edit(store, actor: Actor, customer_id: int, values: dict):
    """Change the customer's own fields (name, e-mail, phone, ...); returns the Customer."""
    return store.customers.update(customer_id, **values)


def merge(store, actor: Actor, keep_id: int, other_id: int, values: dict | None = None) -> int:
    """Move every case of `other_id` to `keep_id`, give the kept customer `values`
    (default: data.merge.suggested_values), remove the other; returns the cases moved."""
    return store.customers.merge(keep_id, other_id, values, by=actor.name)


def export(store, customer_id: int, dest: Path) -> Path:
    """Everything kept about a customer, as a zip (a data-access request)."""
    return store.privacy.export(customer_id, Path(dest))


def erase(store, actor: Actor, customer_id: int) -> bool:
    """Erase the customer's personal data for good (their cases stay for the counts);
    False when it already was."""
    if store.customers.get(customer_id).erased:
        return False
    store.privacy.erase(customer_id, by=actor.name)
    return True
