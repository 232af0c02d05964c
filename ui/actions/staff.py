"""Staff and authority, once for both front ends: who is at the desk (PIN checked), remedies
under the acting person's limit, approve and decline, refer and assign, what a case shows
about its remedy, and what waits on a person (remedies to decide, cases referred to them).

The rules themselves live in data/authority.py and data/staff.py; these functions name the
acting person for them and return plain data for the window and ui/cli/staff.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from data.authority import RemedyOutcome, may_decide
from data.errors import Refused
from data.model import CaseFilter
from data.staff import StaffMember
from ui.actions import Actor

__all__ = ["Actor", "RemedyState", "Waiting", "WrongPin", "approve", "assign", "check_letter", "decline",
           "desk_people", "record_remedy", "refer", "remedy_state", "sign_in", "waiting_on"]

class WrongPin(Refused):
    """The PIN typed is not the person's."""


# Remedy kinds the rule decides (the form's "none" and "apology only" cost nothing).
_UNDECIDED = ("none", "apology_only")


def _by(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def desk_people(store) -> list[StaffMember]:
    """The people who may sit at a desk: active staff records, owners first."""
    return store.staff.members(include_left=False)


def sign_in(store, name: str, pin: str = "") -> Actor:
    """The person at the desk, their PIN checked when they have one. Refused for a wrong
    PIN or someone who has left; NotFound for a name not on the staff list."""
    member = store.staff.acting(name)
    if member is None:  # no staff records: a free-text name, as before
        return Actor(name=str(name or "").strip())
    if member.has_pin and not store.staff.check_pin(member.name, pin):
        raise WrongPin(f"wrong PIN for {member.name}; nothing was done")
    return Actor(name=member.name, staff_id=member.id)


def record_remedy(store, actor: Actor | None, ref: str, kind: str, amount,
                  given: bool = False) -> RemedyOutcome:
    """Within the acting person's limit granted; above it a request (or, `given`, flagged)."""
    return store.authority.record_remedy(ref, kind, amount, by=_by(actor), given=given)


def approve(store, actor: Actor | None, ref: str, reason: str = "") -> RemedyOutcome:
    return store.authority.approve(ref, by=_by(actor), reason=reason)


def decline(store, actor: Actor | None, ref: str, reason: str) -> RemedyOutcome:
    return store.authority.decline(ref, by=_by(actor), reason=reason)


def refer(store, actor: Actor | None, ref: str, to: str, note: str = "") -> str:
    return store.authority.refer(ref, to, by=_by(actor), note=note)


def assign(store, actor: Actor | None, ref: str, name: str) -> str:
    return store.authority.assign(ref, name, by=_by(actor))


def check_letter(store, ref: str, kind: str) -> None:
    """Refused while the letter would promise a remedy that awaits approval."""
    store.authority.check_letter(ref, kind)


@dataclass(frozen=True)
class RemedyState:
    """What a case shows about its remedy and its hand-over."""

    status: str | None  # granted, awaiting_approval, approved, declined, given_over_limit
    kind: str
    amount: Decimal
    decided_by: str | None
    decided_at: str | None
    reason: str  # the decider's reason, when one was given
    assigned_to: str | None
    may_decide: bool  # the acting person may approve or decline what is pending

    @property
    def pending(self) -> bool:
        return self.status in ("awaiting_approval", "given_over_limit")


def remedy_state(store, case, actor: Actor | None) -> RemedyState:
    facts = store.authority.as_json(case)
    status = facts["remedy_status"]
    reason = ""
    if status in ("approved", "declined"):
        for entry in reversed(store.history.of(case.id)):
            if entry.field == "approval":
                _, _, reason = (entry.new or "").partition(": ")
                break
    member = None
    if actor is not None and actor.staff_id is not None:
        member = store.staff.acting(actor.name)
    pending = status in ("awaiting_approval", "given_over_limit")
    # A remedy given over the limit goes to the owner for review.
    decides = pending and (may_decide(member, store.staff.limit_of(member), case.remedy_cost)
                           if status == "awaiting_approval"
                           else member is None or member.role == "owner")
    return RemedyState(status=status, kind=case.remedy, amount=case.remedy_cost,
                       decided_by=facts["decided_by"], decided_at=facts["decided_at"],
                       reason=reason, assigned_to=facts["assigned_to"], may_decide=decides)


@dataclass(frozen=True)
class Waiting:
    """One line of a person's queue: a remedy for them to decide, or a case referred to them."""

    what: str  # "approval" or "referred"
    ref: str
    summary: str
    customer: str
    remedy: str
    amount: Decimal
    by: str  # who asked or who referred
    note: str  # the referral's note


def waiting_on(store, actor: Actor | None, limit: int = 100) -> list[Waiting]:
    """Remedies awaiting a decision this person may make, then open cases whose latest
    hand-over is a referral to them. Nothing without staff records."""
    if actor is None or actor.staff_id is None:
        return []
    member = store.staff.acting(actor.name)
    own_limit = store.staff.limit_of(member)
    out: list[Waiting] = []
    for case in store.case_list.cases(CaseFilter(awaiting_approval=True), limit=limit):
        if case.remedy in _UNDECIDED or not may_decide(member, own_limit, case.remedy_cost):
            continue
        asked = next((e.by for e in reversed(store.history.of(case.id)) if e.field == "remedy"), "")
        out.append(Waiting("approval", case.ref, case.summary, case.customer.name, case.remedy,
                           case.remedy_cost, asked, ""))
    for case in store.case_list.cases(CaseFilter(assigned_to=member.name), limit=limit):
        if case.status in ("resolved", "closed"):
            continue
        hand_over = next((e for e in reversed(store.history.of(case.id))
                          if e.field in ("referred", "assigned_to")), None)
        if hand_over is None or hand_over.field != "referred":
            continue
        _, _, note = (hand_over.new or "").partition(" - ")
        out.append(Waiting("referred", case.ref, case.summary, case.customer.name, case.remedy,
                           case.remedy_cost, hand_over.by, note))
    return out
