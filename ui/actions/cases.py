"""A case's actions: log, edit, acknowledge, resolve, close, reopen, note, attach, delete,
undelete, undo the last save, empty the Trash."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from data.errors import Invalid
from data.model import Case
from ui.actions import Actor


@dataclass(frozen=True)
class Done:
    """The case as the action left it; `changed` is False when it already was so and
    nothing was written (acknowledged twice, resolved twice, reopened while open)."""

    case: Case
    changed: bool = True


def log(store, actor: Actor, *, customer: dict | None = None, customer_id: int | None = None,
        ref: str = "", **fields) -> Case:
    """A new case for an existing customer (`customer_id`) or a new or matched one
    (`customer`: name, email, phone)."""
    return store.cases.add(customer=customer, customer_id=customer_id, ref=ref, by=actor.name,
                          **fields)


def edit(store, actor: Actor, ref: str, changes: dict, *,
         expected_version: int | None = None) -> Case:
    """Change fields of a case; Conflict when it was saved elsewhere since
    `expected_version`, ClosingGateRefused when a status change meets open required steps."""
    return store.cases.update(ref, changes, by=actor.name, expected_version=expected_version)


def acknowledge(store, actor: Actor, ref: str) -> Done:
    """Acknowledged now (an open case becomes in progress); once only."""
    case = store.cases.get(ref)
    if case.acknowledged_at:
        return Done(case, changed=False)
    case = store.cases.acknowledge(case.ref, by=actor.name)
    return Done(case)


def resolve(store, actor: Actor, ref: str, *, reason: str | None = None) -> Done:
    """Resolved now. The closing gate (data.checklists) refuses with ClosingGateRefused
    while required steps are open, unless `reason` says why it is resolved anyway."""
    case = store.cases.get(ref)
    if case.status in ("resolved", "closed"):
        return Done(case, changed=False)
    case = store.cases.resolve(case.ref, by=actor.name, reason=reason)
    return Done(case)


def close(store, actor: Actor, ref: str, *, reason: str | None = None) -> Done:
    """Closed (resolved now too, if it was not). The closing gate as for resolve."""
    case = store.cases.get(ref)
    if case.status == "closed":
        return Done(case, changed=False)
    changes = {"status": "closed"}
    if reason is not None:
        if not reason.strip():
            raise Invalid("the reason is empty: why is the case closed anyway?")
        changes["close_reason"] = reason
    case = store.cases.update(case.ref, changes, by=actor.name)
    return Done(case)


def reopen(store, actor: Actor, ref: str) -> Done:
    """A resolved or closed case back at work; nothing happens to one still open."""
    case = store.cases.get(ref)
    if case.status not in ("resolved", "closed"):
        return Done(case, changed=False)
    case = store.cases.reopen(case.ref, by=actor.name)
    return Done(case)


def note(store, actor: Actor, ref: str, text: str) -> Case:
    """A note in the case's history."""
    return store.cases.note(ref, text, by=actor.name)


def attach(store, actor: Actor, ref: str, path: Path):
    """Keep a file with the case; returns the Attachment."""
    if not Path(path).exists():
        raise Invalid(f"{path}: no such file")
    return store.attachments.add_file(ref, path, by=actor.name)


def delete(store, actor: Actor, ref: str) -> str:
    """Move a case to the Trash; returns its reference."""
    ref = store.cases.get(ref).ref
    store.trash.delete(ref, by=actor.name)
    return ref


def undelete(store, actor: Actor, ref: str) -> Case:
    """Bring a case back from the Trash."""
    return store.trash.restore(ref, by=actor.name)


def undo_last_save(store, actor: Actor, ref: str) -> Case:
    """Put back what the case's last save changed (Refused when it changed since)."""
    return store.undo.revert(ref, by=actor.name)


def empty_trash(store, *, everything: bool = False) -> int:
    """Erase for good what has been in the Trash long enough (or all of it); how many."""
    if everything:
        return store.trash.erase()
    return store.trash.erase_expired()


def attach_data(store, actor: Actor, ref: str, name: str, data: bytes):
    """Keep bytes (a pasted picture) with the case under `name`; returns the Attachment."""
    return store.attachments.add(ref, name, data, by=actor.name)


def remove_attachment(store, actor: Actor, attachment_id: int) -> None:
    """Take a file off its case; the history keeps a note."""
    store.attachments.remove(attachment_id, by=actor.name)


def erase_from_trash(store, ref: str) -> int:
    """Erase one case of the Trash for good."""
    return store.trash.erase(ref)
