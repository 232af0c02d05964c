"""When something is due and when it is overdue: the one rule, in SQL and in Python.

A complaint has two targets, stored as ISO 8601 stamps on the case: acknowledge by
`ack_due_at`, resolve by `resolve_due_at`; a checklist step may have a follow-up by
`follow_up_at`. The owner reads "acknowledge by 10:00" as a deadline that 10:00 itself
still meets, so:

* a target is **due** from its time on (at 10:00:00 the reminder appears);
* it is **overdue** only once its time has passed (from 10:00:01; an acknowledgement
  logged at exactly 10:00:00 was on time, as the monthly report counts it).

The case list's flag, the overdue filter and count, a case's own "Overdue" line, the
reminders' "overdue" groups and the report's "within target" counts all come from here.
"""
from __future__ import annotations

from datetime import datetime

from data.engine import SqliteEngine, PgEngine
from data.model import parse_when


def is_due(due_at: str | None, at: datetime) -> bool:
    """The target's time has come (reminders list it, notifications fire)."""
    return due_at is not None and parse_when(due_at) <= at


def is_overdue(due_at: str | None, at: datetime) -> bool:
    """The target's time has passed without it being met."""
    return due_at is not None and parse_when(due_at) < at


def due_sql(eng: SqliteEngine | PgEngine, stamp: str, at: str) -> str:
    """SQL: the target `stamp` has come by the time `at` (is_due)."""
    return eng.not_after(stamp, at)


def overdue_at_sql(eng: SqliteEngine | PgEngine, stamp: str, at: str) -> str:
    """SQL: the target `stamp` has passed by the time `at` (is_overdue)."""
    return eng.before(stamp, at)


def within_target_sql(elapsed: str, limit: str) -> str:
    """SQL: a target met, from the seconds it took and the seconds allowed (on time at
    exactly the limit: the same boundary as overdue_at_sql)."""
    return f"{elapsed} <= {limit}"


def overdue_sql(eng: SqliteEngine | PgEngine, now: str = ":now") -> str:
    """SQL true for a case (the `cases` row) that is overdue at `now`: an unresolved
    complaint past its acknowledge target (not yet acknowledged) or its resolve target,
    or any case with a checklist follow-up past due and not done."""
    late = lambda stamp: overdue_at_sql(eng, stamp, now)  # noqa: E731
    return (
        "((cases.kind = 'complaint' AND cases.resolved_at IS NULL "
        "  AND cases.status NOT IN ('resolved', 'closed') AND ("
        f"   (cases.acknowledged_at IS NULL AND {late('cases.ack_due_at')}) "
        f"   OR {late('cases.resolve_due_at')})) "
        " OR cases.id IN (SELECT cl.case_id FROM case_checklist_steps st "
        "   JOIN case_checklists cl ON cl.id = st.checklist_id "
        "   WHERE st.follow_up_at IS NOT NULL AND st.done_at IS NULL "
        f"   AND {late('st.follow_up_at')}))"
    )
