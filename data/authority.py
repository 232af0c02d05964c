"""Who may promise what: the one rule that grants a remedy, turns it into a request for
approval, or flags one already given above the limit; approvals, referral and assignment.

Every check runs inside the transaction that writes, on the case row held for it, so two
desks deciding at once cannot both pass on what the other has not yet saved. Without staff
records the business's refund limit is everyone's and anyone may approve (as before).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from data.cases import Cases
from data.database import Database
from data.errors import Invalid, Refused
from data.history import History
from data.model import MAX_LINE, Case, clean_text, from_cents, iso, money_text, now, parse_money, to_cents
from data.model import epoch as epoch_of
from data.profile import BusinessProfile
from data.staff import AuthorityRefused, Staff, StaffMember

REMEDY_KINDS = ("refund", "credit", "replacement", "discount", "gift", "other")
STATUSES = ("granted", "awaiting_approval", "approved", "declined", "given_over_limit")
# The letters whose templates name the remedy ({remedy}, {amount}): not printed while it
# awaits approval, so no customer is promised what nobody has agreed to.
REMEDY_LETTERS = ("apology", "follow-up")
__all__ = ["Authority", "AuthorityRefused", "RemedyOutcome", "may_decide", "remedy_status"]


@dataclass(frozen=True)
class RemedyOutcome:
    ref: str
    status: str
    message: str


def remedy_status(limit: Decimal | None, amount: Decimal, *, given: bool = False) -> str:
    """The rule: within the limit (or with none) a remedy is granted; above it, one already
    handed over is given_over_limit, any other awaits approval."""
    if limit is None or amount <= limit:
        return "granted"
    return "given_over_limit" if given else "awaiting_approval"


def may_decide(member: StaffMember | None, limit: Decimal | None, amount: Decimal) -> bool:
    """The owner, or a manager whose limit covers the amount (anyone, without staff records)."""
    if member is None or member.role == "owner":
        return True
    return member.role == "manager" and (limit is None or amount <= limit)


class Authority:
    """store.authority: remedies, approvals, referral and assignment. Its rule for an approval
    given in the case form is one of the checks every save of a case passes (Cases.save_checks)."""

    def __init__(self, db: Database, profile: BusinessProfile, staff: Staff, cases: Cases, history: History):
        self._db = db
        self._profile = profile
        self._staff = staff
        self._cases = cases
        self._history = history
        cases.save_checks.append(self._approval_in_form)

    def _words(self, kind: str, cents: int) -> str:
        return f"{kind} of {money_text(from_cents(cents))} {self._profile.get().currency}"

    def approvers(self, amount: Decimal) -> list[StaffMember]:
        """The active people who may decide a remedy of this amount, owners first."""
        return [m for m in self._staff.members(include_left=False)
                if may_decide(m, self._staff.limit_of(m), amount)]

    def _who_may_approve(self, amount: Decimal) -> str:
        names = [f"{m.name} ({m.role})" for m in self.approvers(amount)]
        return ("a manager whose limit covers it, or the owner: " + ", ".join(names) if names
                else "a manager whose limit covers it, or the owner")

    def _pending(self, conn, case) -> tuple | None:
        """(id, kind, amount_cents, given, status) of the case's latest remedy still to be
        decided: awaiting approval, or given above the limit and not yet reviewed."""
        return conn.execute(
            "SELECT id, kind, amount_cents, given, status FROM remedies WHERE case_id = ? "
            "AND status IN ('awaiting_approval', 'given_over_limit') ORDER BY id DESC LIMIT 1",
            (case.id,)).fetchone()

    def record_remedy(self, ref: str, kind: str, amount: object, *, by: str | None,
                      given: bool = False) -> RemedyOutcome:
        kind = str(kind or "").strip().lower()
        if kind not in REMEDY_KINDS:
            raise Invalid(f"unknown remedy kind '{kind}' (expected one of: "
                          f"{', '.join(REMEDY_KINDS)})")
        profile = self._profile.get()
        cents = to_cents(parse_money(amount, profile.locale, profile.currency))
        case = self._cases.get(ref)
        stamp = now()
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            member = self._staff.acting(by, conn)
            if conn.execute("SELECT 1 FROM remedies WHERE case_id = ? AND status = "
                            "'awaiting_approval'", (case.id,)).fetchone():
                raise Refused(f"{case.ref} already has a remedy awaiting approval: approve or "
                              "decline it first")
            limit = self._staff.limit_of(member)
            status = remedy_status(limit, from_cents(cents), given=given)
            who = member.name if member else clean_text(by or "", single_line=True,
                                                        limit=MAX_LINE)
            conn.execute(
                "INSERT INTO remedies (case_id, kind, amount_cents, given, status, requested_by, "
                "requested_at, requested_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case.id, kind, cents, int(given), status, who, iso(stamp),
                 int(stamp.timestamp())))
            conn.execute(
                "UPDATE cases SET remedy = ?, remedy_cost_cents = ?, needs_approval = ?, "
                "approved_by = '', approved_at = NULL, updated_at = ?, version = version + 1 "
                "WHERE id = ?", (kind, cents, int(status != "granted"), iso(stamp), case.id))
            words = self._words(kind, cents)
            self._history.record(conn, case.id, "remedy", None,
                                 f"{words}{' (given)' if given else ''}: {status.replace('_', ' ')}",
                                 who)
        person = f"{who}'s limit" if who else "the refund limit"
        if status == "granted":
            message = f"{case.ref}: {words} granted."
        elif status == "awaiting_approval":
            message = (f"{case.ref}: {words} is above {person} of {self._staff.limit_text(member)}; "
                       f"recorded as a request awaiting approval by "
                       f"{self._who_may_approve(from_cents(cents))}.")
        else:
            message = (f"{case.ref}: {words} recorded as already given above {person} of "
                       f"{self._staff.limit_text(member)}; flagged for the owner's review.")
        return RemedyOutcome(case.ref, status, message)

    def approve(self, ref: str, *, by: str | None, reason: str = "") -> RemedyOutcome:
        return self._decide(ref, "approved", by=by, reason=reason)

    def decline(self, ref: str, *, by: str | None, reason: str) -> RemedyOutcome:
        if not clean_text(reason or "", single_line=True, limit=MAX_LINE):
            raise Invalid("a decline needs a reason (--reason TEXT): the person who asked is told")
        return self._decide(ref, "declined", by=by, reason=reason)

    def _decide(self, ref: str, outcome: str, *, by: str | None, reason: str) -> RemedyOutcome:
        reason = clean_text(reason or "", single_line=True, limit=MAX_LINE)
        case = self._cases.get(ref)
        stamp = now()
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            member = self._staff.acting(by, conn)
            pending = self._pending(conn, case)
            if pending is None:
                raise Invalid(f"{case.ref} has no remedy awaiting approval or review")
            remedy_id, kind, cents, given, status = pending
            limit = self._staff.limit_of(member)
            if not may_decide(member, limit, from_cents(cents)):
                raise AuthorityRefused(
                    f"{member.name} ({member.role}, limit {self._staff.limit_text(member)}) may not "
                    f"decide the {self._words(kind, cents)} on {case.ref}: it needs "
                    f"{self._who_may_approve(from_cents(cents))}")
            who = member.name if member else clean_text(by or "", single_line=True,
                                                        limit=MAX_LINE)
            conn.execute("UPDATE remedies SET status = ?, decided_by = ?, decided_at = ?, "
                         "decided_ts = ?, reason = ? WHERE id = ?",
                         (outcome, who, iso(stamp), int(stamp.timestamp()), reason, remedy_id))
            if outcome == "approved":
                conn.execute("UPDATE cases SET approved_by = ?, approved_at = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?",
                             (who or "?", iso(stamp), iso(stamp), case.id))
            elif given:  # handed over already: the cost stays, the flag is answered
                conn.execute("UPDATE cases SET needs_approval = 0, updated_at = ?, "
                             "version = version + 1 WHERE id = ?", (iso(stamp), case.id))
            else:  # not granted: nothing was given
                conn.execute("UPDATE cases SET remedy = 'none', remedy_cost_cents = 0, "
                             "needs_approval = 0, updated_at = ?, version = version + 1 "
                             "WHERE id = ?", (iso(stamp), case.id))
            self._history.record(conn, case.id, "approval", status.replace("_", " "),
                                 f"{outcome}" + (f": {reason}" if reason else ""), who)
        return RemedyOutcome(case.ref, outcome, f"{case.ref}: {self._words(kind, cents)} "
                             f"{outcome} by {who or 'the desk'}" + (f" ({reason})." if reason
                                                                     else "."))

    def _approval_in_form(self, conn, case, values: dict, changed: dict, stamp: str) -> None:
        """The form's Approve (approved_by set by an edit) under the same rule: with staff
        records the approver must be a manager whose limit covers the amount, or the owner;
        a remedy awaiting approval or review is decided with it."""
        name = changed.get("approved_by")
        if not name:
            return
        pending = self._pending(conn, case)
        cents = pending[2] if pending else to_cents(case.remedy_cost)
        if conn.execute("SELECT 1 FROM staff LIMIT 1").fetchone() is not None:
            member = self._staff.acting(name, conn)
            if not may_decide(member, self._staff.limit_of(member), from_cents(cents)):
                raise AuthorityRefused(
                    f"{member.name} ({member.role}, limit {self._staff.limit_text(member)}) may not "
                    f"approve {money_text(from_cents(cents))} {self._profile.get().currency} on "
                    f"{case.ref}: it needs {self._who_may_approve(from_cents(cents))}")
        if pending:
            conn.execute("UPDATE remedies SET status = 'approved', decided_by = ?, "
                         "decided_at = ?, decided_ts = ? WHERE id = ?",
                         (name, stamp, epoch_of(stamp), pending[0]))

    def refer(self, ref: str, to: str, *, by: str | None, note: str = "") -> str:
        """Hand the case upward to a manager or the owner, with a note; the history shows it."""
        note = clean_text(note or "", single_line=True, limit=MAX_LINE)
        target = self._staff.member(to)
        if not target.active or target.role not in ("manager", "owner"):
            raise Invalid(f"a case is referred to a manager or the owner; {target.name} is "
                          f"{'no longer here' if not target.active else 'staff'}")
        return self._hand_over(ref, target.name, by=by, field="referred", note=note)

    def assign(self, ref: str, name: str, *, by: str | None) -> str:
        target = self._staff.member(name)
        if not target.active:
            raise Invalid(f"{target.name} has left ({target.left_at})")
        return self._hand_over(ref, target.name, by=by, field="assigned_to", note="")

    def _hand_over(self, ref: str, to: str, *, by: str | None, field: str, note: str) -> str:
        case = self._cases.get(ref)
        with self._db.transaction() as conn:
            self._cases.hold(conn, case.id)
            member = self._staff.acting(by, conn)
            before = conn.execute("SELECT assigned_to FROM cases WHERE id = ?",
                                  (case.id,)).fetchone()[0]
            conn.execute("UPDATE cases SET assigned_to = ?, updated_at = ?, version = version + 1 "
                         "WHERE id = ?", (to, iso(now()), case.id))
            self._history.record(conn, case.id, field, before or None,
                                 to + (f" - {note}" if note else ""),
                                 member.name if member else (by or ""))
        verb = "Referred" if field == "referred" else "Assigned"
        return f"{verb} {case.ref} to {to}." + (f" Note: {note}" if note else "")

    def as_json(self, case: Case) -> dict:
        """What `show --json` carries about authority: assignee, the latest remedy's status
        and its decision. A case whose remedy predates staff records reads from its own
        columns (needs_approval, approved_by) as the window shows them."""
        assigned = self._db.one("SELECT assigned_to FROM cases WHERE id = ?", (case.id,))[0]
        row = self._db.one("SELECT status, decided_by, decided_at FROM remedies WHERE case_id = ? "
                        "ORDER BY id DESC LIMIT 1", (case.id,))
        if row is not None:
            status, decided_by, decided_at = row
        elif case.remedy in ("none", "apology_only"):
            status, decided_by, decided_at = None, None, None
        elif case.approved_by:
            status, decided_by, decided_at = "approved", case.approved_by, case.approved_at
        else:
            status = "awaiting_approval" if case.needs_approval else "granted"
            decided_by, decided_at = None, None
        return {"assigned_to": assigned or None, "remedy_status": status,
                "decided_by": decided_by or None, "decided_at": decided_at}

    def check_letter(self, ref: str, kind: str, conn: Any = None) -> None:
        """Refuse a letter naming the remedy while that remedy awaits approval."""
        if kind not in REMEDY_LETTERS:
            return
        case = self._cases.get(ref)
        row = (conn or self._db.conn).execute(
            "SELECT kind, amount_cents FROM remedies WHERE case_id = ? AND status = "
            "'awaiting_approval' ORDER BY id DESC LIMIT 1", (case.id,)).fetchone()
        if row is not None:
            raise Refused(f"the {kind} letter for {case.ref} would promise the "
                          f"{self._words(*row)}, which awaits approval by "
                          f"{self._who_may_approve(from_cents(row[1]))}. Approve or decline it "
                          "first.")
