"""What the owner can do, once: the actions both front ends call.

The window's slots and the command line's handlers are thin callers of these functions.
An action takes the store and the acting person (`Actor`), checks its rule inside the
transaction that writes (through data/), and returns plain data (the changed case, a
result dataclass). It never prints, never asks a question and never imports Qt: a front
end turns the result, or the GoodwillError raised (data/errors.py), into its own words.

One module per subject: cases (log, edit, acknowledge, resolve, close, reopen, note,
attach, delete, undelete, the Trash), checklists (start, tick, notes, follow-ups,
remove), letters (the letter workflow), customers (edit, merge, export, erase), files
(import, export, backup, restore, the monthly report), profile, templates (letter and
checklist wording), staff (remedies, approvals, referral, assignment).

A window slot runs an action on a worker, `ctx.save(lambda store: cases.resolve(store,
actor, ref))`; a command-line handler calls it directly with `args.actor`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who acts: the name written into history ("command line" or a desk's person), and
    the staff record's id when staff records exist."""

    name: str
    staff_id: int | None = None
