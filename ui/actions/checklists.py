"""A case's checklists: start one, tick and untick steps, a step's note and follow-up,
remove a checklist started by mistake."""
from __future__ import annotations

from dataclasses import dataclass

from ui.actions import Actor


@dataclass(frozen=True)
class Ticked:
    """A step as a tick or untick left it, and how many required steps are still open
    on its case (the closing gate's count)."""

    step: object  # data.checklists.CaseStep
    required_open: int


def start(store, actor: Actor, ref: str, name: str):
    """Start the template `name` on the case; returns the CaseChecklist. A severity the
    template suggests comes back as `proposed_severity`: the front end asks the owner, who
    accepts it with cases.edit."""
    return store.checklists.start(ref, name, by=actor.name)


def set_done(store, actor: Actor, ref: str, number: int, done: bool, *,
             note: str | None = None) -> Ticked:
    """Tick (done) or untick step `number` (numbered 1..N across the case's checklists)."""
    if done:
        step = store.checklists.tick(ref, number, by=actor.name, note=note)
    else:
        step = store.checklists.untick(ref, number, by=actor.name, note=note)
    case = store.cases.get(ref)
    return Ticked(step, len(store.checklists.missing_required(case.id)))


def set_note(store, actor: Actor, ref: str, number: int, note: str):
    return store.checklists.set_note(ref, number, note, by=actor.name)


def set_follow_up(store, actor: Actor, ref: str, number: int, day: str | None):
    """Set, move or (None) clear a step's follow-up date."""
    return store.checklists.set_follow_up(ref, number, day, by=actor.name)


def remove(store, actor: Actor, ref: str, checklist_id: int) -> None:
    """Take a checklist off the case with its ticks, notes and follow-ups."""
    store.checklists.remove(ref, checklist_id, by=actor.name)
