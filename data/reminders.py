"""Reminders: what falls due (acknowledge and resolve targets, checklist follow-ups), which
of them the owner has already been told about, snoozing, and the follow-ups as a calendar."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from data import engine
from data.due import due_sql, is_overdue
from data.database import Database
from data.errors import Message
from data.model import LIVE, iso, live, parse_when

KINDS = ("acknowledge", "resolve", "follow-up")
PANEL_LIMIT = 500  # the Due today panel lists at most this many (the count is exact)


@dataclass(frozen=True, slots=True)  # slots: tens of thousands are made at every check
class Reminder:
    kind: str  # acknowledge, resolve, follow-up
    case_id: int
    ref: str
    customer_name: str
    summary: str
    due_at: str
    step_id: int | None = None
    step_text: str = ""
    snoozed_until: str | None = None
    notified_at: str | None = None

    @property
    def key(self) -> str:
        """Names this reminder and its due time: moving the time makes a new reminder."""
        return f"{self.kind}:{self.case_id}:{self.step_id or ''}:{self.due_at}"

    def overdue(self, at: datetime) -> bool:
        """Past its time at `at` (data/due.py): a reminder due now is due, not overdue."""
        return is_overdue(self.due_at, at)

    @classmethod
    def _make_row(cls, row) -> Reminder:
        return cls(*row)


def end_of_day(at: datetime) -> datetime:
    return at.replace(hour=23, minute=59, second=59, microsecond=0)


# Open complaints come through the partial index cases_open_complaints (named: the planner
# preferred cases_kind, which walks every complaint ever logged), undone follow-ups through case_checklist_steps_follow_up: neither
# query touches the rest of a million cases.
@lru_cache(maxsize=None)
def _targets_sql(eng) -> str:
    """Everything due by :until (data/due.py's rule)."""
    due_by = lambda stamp: due_sql(eng, stamp, ":until")  # noqa: E731
    hint = eng.indexed_by("cases_open_complaints")
    return f"""
SELECT 'acknowledge', id, ref, customer_name, summary, ack_due_at, CAST(NULL AS INTEGER), ''
  FROM cases{hint}
 WHERE kind = 'complaint' AND resolved_at IS NULL AND {LIVE}
   AND status NOT IN ('resolved', 'closed') AND acknowledged_at IS NULL
   AND {due_by('ack_due_at')}
UNION ALL
SELECT 'resolve', id, ref, customer_name, summary, resolve_due_at, CAST(NULL AS INTEGER), ''
  FROM cases{hint}
 WHERE kind = 'complaint' AND resolved_at IS NULL AND {LIVE}
   AND status NOT IN ('resolved', 'closed')
   AND {due_by('resolve_due_at')}
UNION ALL
SELECT 'follow-up', c.id, c.ref, c.customer_name, c.summary, st.follow_up_at, st.id, st.text
  FROM case_checklist_steps st JOIN case_checklists cl ON cl.id = st.checklist_id
  JOIN cases c ON c.id = cl.case_id
 WHERE st.follow_up_at IS NOT NULL AND st.done_at IS NULL AND {live("c")}
   AND {due_by('st.follow_up_at')}
"""


class Reminders:
    """store.reminders: follow-ups and due times that need the owner. Every method takes the
    time as an argument, so the rules are tested with a fixed clock."""

    def __init__(self, db: Database):
        self._db = db

    def due(self, until: datetime) -> list[Reminder]:
        """Everything due at or before `until`, soonest first, with its notify/snooze state."""
        return [r for _, r in self._due_timed(until)]

    def _due_timed(self, until: datetime) -> list[tuple[datetime, Reminder]]:
        """(due time, reminder), soonest first: each stamp parsed once (a log of 100,000
        open cases has 84,000 reminders, and parsing them at every comparison took 2 s)."""
        timed = [(parse_when(r.due_at), r) for r in map(Reminder._make_row, self._due_rows(until))]
        timed.sort(key=lambda tr: (tr[0], tr[1].ref, tr[1].kind))
        return timed

    def _due_rows(self, until: datetime):
        conn = self._db.conn
        targets = conn.execute(_targets_sql(engine.of(conn)), {"until": iso(until)}).fetchall()
        if not targets:
            return []
        keys = [Reminder(*t).key for t in targets]
        state = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            state.update({k: (s, n) for k, s, n in conn.execute(
                "SELECT key, snoozed_until, notified_at FROM reminder_state WHERE key IN "
                f"({','.join('?' * len(part))})", part)})
        return [(*t, *state.get(k, (None, None))) for t, k in zip(targets, keys)]

    def due_today(self, at: datetime) -> list[Reminder]:
        """The Due today panel: what falls due today, soonest first, then what was due on
        earlier days and is still open, the most recent first (months-old items last)."""
        return self.check(at)[0]

    def to_notify(self, at: datetime) -> list[Reminder]:
        """What has fallen due by `at` and not been told yet, or whose snooze has ended."""
        return self.check(at)[1]

    def check(self, at: datetime) -> tuple[list[Reminder], list[Reminder]]:
        """(the Due today list, what to notify now) from one pass over what is due today."""
        start = at.replace(hour=0, minute=0, second=0, microsecond=0)
        due = self._due_timed(end_of_day(at))
        today = [r for when, r in due if when >= start]
        earlier = [r for when, r in due if when < start]
        notify = []
        for when, r in due:
            if when > at:
                continue
            if r.snoozed_until is not None:
                if parse_when(r.snoozed_until) <= at:
                    notify.append(r)
            elif r.notified_at is None:
                notify.append(r)
        return (today + earlier[::-1])[:PANEL_LIMIT], notify

    def mark_notified(self, reminders: list[Reminder], at: datetime) -> None:
        """Told once: these are not notified again (unless snoozed and the snooze ends)."""
        if not reminders:
            return
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO reminder_state (key, case_id, notified_at, snoozed_until) "
                "VALUES (?, ?, ?, NULL) ON CONFLICT (key) DO UPDATE SET "
                "notified_at = excluded.notified_at, snoozed_until = NULL",
                [(r.key, r.case_id, iso(at)) for r in reminders])

    def snooze(self, reminder: Reminder, until: datetime) -> None:
        """Hide a reminder until `until`, then notify it once more."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO reminder_state (key, case_id, notified_at, snoozed_until) "
                "VALUES (?, ?, NULL, ?) ON CONFLICT (key) DO UPDATE SET "
                "snoozed_until = excluded.snoozed_until",
                (reminder.key, reminder.case_id, iso(until)))

    def open_follow_ups(self) -> list[Reminder]:
        """Every checklist follow-up not yet done, whenever it falls due, soonest first."""
        rows = self._db.conn.execute(
            "SELECT 'follow-up', c.id, c.ref, c.customer_name, c.summary, st.follow_up_at, "
            "st.id, st.text FROM case_checklist_steps st JOIN case_checklists cl "
            "ON cl.id = st.checklist_id JOIN cases c ON c.id = cl.case_id "
            f"WHERE st.follow_up_at IS NOT NULL AND st.done_at IS NULL AND {live('c')}").fetchall()
        return sorted((Reminder(*r) for r in rows),
                      key=lambda r: (parse_when(r.due_at), r.ref, r.step_id))


def snooze_choices(at: datetime) -> list[tuple[str, datetime]]:
    """What the owner can snooze to: an hour, this evening (if still ahead), tomorrow 9:00
    (labels are data.errors.Message, which the window translates)."""
    choices = [(Message("1 hour"), at + timedelta(hours=1))]
    evening = at.replace(hour=17, minute=0, second=0, microsecond=0)
    if evening - at > timedelta(hours=1):
        choices.append((Message("This evening (17:00)"), evening))
    tomorrow = (at + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    choices.append((Message("Tomorrow 9:00"), tomorrow))
    choices.append((Message("Next week"), tomorrow + timedelta(days=6)))
    return choices


def follow_ups_ics(reminders: list[Reminder], business: str, stamp: datetime) -> bytes:
    """The open follow-ups as an iCalendar file: one 30-minute event each, with a UID that
    stays the same between exports so a calendar updates instead of duplicating."""
    from icalendar import Calendar, Event  # only the calendar export needs it

    cal = Calendar()
    cal.add("prodid", "-//Goodwill//Follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{business or 'Goodwill'} follow-ups")
    for r in reminders:
        start = parse_when(r.due_at)
        event = Event()
        event.add("uid", f"follow-up-{r.step_id}@goodwill")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=30))
        event.add("summary", f"{r.ref}: {r.step_text}")
        event.add("description", f"{r.customer_name}: {r.summary}\nCase {r.ref}")
        event.add("categories", ["Goodwill follow-up"])
        cal.add_component(event)
    return cal.to_ical()
