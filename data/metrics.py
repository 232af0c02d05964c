"""The month's service figures, computed in SQL exactly as the monthly report defines them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from data import engine
from data.due import within_target_sql
from data.errors import Invalid
from data.model import KINDS, LIVE, SEVERITIES, TRASHED, from_cents, now


def _ack_secs(eng) -> str:
    """Elapsed seconds from occurrence to acknowledgement: the stamp's epoch honours its
    stored UTC offset and gives whole seconds, so "exactly at target" compares exactly."""
    return f"({eng.epoch('acknowledged_at')} - occurred_ts)"


# resolved_ts is that of resolved_at, kept by the engine (schema version 8).
_RES_SECS = "(resolved_ts - occurred_ts)"
# A deleted case (in the Trash) counts in no report, a past month's included: the figures
# are those of the cases the log holds when the report is made.
_IN_MONTH = f"{LIVE} AND occurred_ts >= :start AND occurred_ts < :end"


def _open_at_start_or_end(eng) -> str:
    """SQL for the complaints made before :end and open at :start (so at the end of the
    month before) or at :end, each row with a weight `n` to sum: those never resolved, read
    from the partial index of open complaints, and those resolved at or after :start, read
    from the index of complaints by resolution time; two index ranges, as long as the
    backlog, however many complaints came before it. Both ranges are read from the indexes
    alone, the Trash included: a trashed case counts in no report, and checking each row
    would fetch every row of the backlog from the table (the indexes do not hold
    deleted_at), so the trashed ones among them, read from the Trash's own index, come
    again with the weight -1."""
    return (f"SELECT occurred_ts, NULL AS resolved_ts, 1 AS n FROM "
            f"cases{eng.indexed_by('cases_open_complaints')} WHERE kind = 'complaint' "
            "AND resolved_at IS NULL AND occurred_ts < :end "
            "UNION ALL SELECT occurred_ts, resolved_ts, 1 FROM "
            f"cases{eng.indexed_by('cases_complaints_resolved')} WHERE kind = 'complaint' "
            "AND resolved_ts >= :start AND occurred_ts < :end "
            f"UNION ALL SELECT occurred_ts, resolved_ts, -1 FROM "
            f"cases{eng.indexed_by('cases_trash')} WHERE {TRASHED} AND kind = 'complaint' "
            "AND (resolved_at IS NULL OR resolved_ts >= :start) AND occurred_ts < :end")


def _open_at_end_ids(eng) -> str:
    """The ids among which are the :limit oldest complaints open at :end (by occurred_ts,
    then id): the oldest :limit of each range, for the caller to merge. The never-resolved
    range is walked in its index's order and stops at :limit, so the open list costs a page
    of rows, not a read of the whole backlog; the later-resolved range is as long as what
    was settled since."""
    arm = (f"SELECT id FROM (SELECT id, occurred_ts FROM cases{{}} WHERE kind = 'complaint' "
           f"AND {{}} AND occurred_ts < :end AND {LIVE} "
           f"{eng.first_by('occurred_ts', ':limit')}) AS {{}}")
    return (arm.format(eng.indexed_by("cases_open_complaints"), "resolved_at IS NULL", "never")
            + " UNION ALL "
            + arm.format(eng.indexed_by("cases_complaints_resolved"), "resolved_ts >= :end",
                         "later"))


def _open_list(eng) -> str:
    """The oldest :limit complaints open at :end, their ages at :moment."""
    return ("SELECT ref, occurred_at, customer_name, category, severity, summary, "
            f"(:moment - occurred_ts), resolved_at FROM cases WHERE id IN "
            f"({_open_at_end_ids(eng)}) ORDER BY occurred_ts, id LIMIT :limit")


_STILL_OPEN = "(resolved_ts IS NULL OR resolved_ts >= :end)"

HOUR, DAY = 3600, 86400
# Bands for the response-time charts: (label, upper bound in seconds, exclusive).
ACK_BANDS = (("< 1 h", HOUR), ("1-4 h", 4 * HOUR), ("4-24 h", DAY), ("1-2 days", 2 * DAY),
             ("> 2 days", None))
RESOLVE_BANDS = (("< 1 day", DAY), ("1-3 days", 3 * DAY), ("3-7 days", 7 * DAY),
                 ("1-2 weeks", 14 * DAY), ("> 2 weeks", None))
BACKLOG_BANDS = (("under a week", 7 * DAY), ("1-4 weeks", 28 * DAY), ("over 4 weeks", None))
# The PDF lists at most this many open complaints (oldest first); the rest are counted.
OPEN_LIST_LIMIT = 150


@dataclass(frozen=True)
class Month:
    """A calendar month in this computer's local time, as epoch bounds [start, end)."""
    year: int
    month: int

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        return datetime(self.year, self.month, 1).strftime("%B %Y")

    def start(self) -> datetime:
        return datetime(self.year, self.month, 1).astimezone()

    def end(self) -> datetime:
        return self.next().start()

    def next(self) -> "Month":
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> "Month":
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def bounds(self) -> dict:
        return {"start": int(self.start().timestamp()), "end": int(self.end().timestamp())}

    @staticmethod
    def of(moment: datetime) -> "Month":
        local = moment.astimezone()
        return Month(local.year, local.month)


def parse_month(text: str, *, today: datetime | None = None) -> Month:
    """'YYYY-MM' to a Month; refuses malformed text and months that have not begun."""
    raw = str(text or "").strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})", raw)
    if not match or not 1 <= int(match[2]) <= 12 or not 1900 <= int(match[1]) <= 2999:
        raise Invalid(f"--month '{raw}' is not a month; use YYYY-MM, for example 2026-10")
    month = Month(int(match[1]), int(match[2]))
    current = Month.of(today or now())
    if (month.year, month.month) > (current.year, current.month):
        raise Invalid(f"--month {month.key} is in the future; the latest month with a "
                         f"report is {current.key}")
    return month


def recent_months(count: int = 12, *, today: datetime | None = None) -> list[Month]:
    """This month and the ones before it, newest first."""
    months = [Month.of(today or now())]
    while len(months) < count:
        months.append(months[-1].previous())
    return months


# ---- rounding: half-up on exact decimals, so hand-counted figures match --------------------

def _round(value: Decimal, places: str) -> float:
    return float(value.quantize(Decimal(places), rounding=ROUND_HALF_UP))


def _pct(part: int, whole: int) -> float | None:
    return None if not whole else _round(Decimal(100 * part) / Decimal(whole), "0.1")


def _hours(seconds: Decimal | None) -> float | None:
    return None if seconds is None else _round(seconds / HOUR, "0.1")


def _money(cents: int) -> float:
    return float(from_cents(cents))


# ---- the figures ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    resolved: int
    open_at_month_end: int
    median_hours_to_acknowledge: float | None
    median_hours_to_resolve: float | None
    acknowledged_within_target_pct: float | None
    resolved_within_target_pct: float | None
    by_severity: dict[str, int]
    # The counts behind the percentages, for the PDF's sentences.
    acknowledged: int = 0
    acknowledged_in_time: int = 0
    resolved_in_time: int = 0

    def as_json(self) -> dict:
        return {
            "received": self.received, "resolved": self.resolved,
            "open_at_month_end": self.open_at_month_end,
            "median_hours_to_acknowledge": self.median_hours_to_acknowledge,
            "median_hours_to_resolve": self.median_hours_to_resolve,
            "acknowledged_within_target_pct": self.acknowledged_within_target_pct,
            "resolved_within_target_pct": self.resolved_within_target_pct,
            "by_severity": dict(self.by_severity),
        }


@dataclass(frozen=True)
class RemedyFigures:
    count: int
    total_cost: float
    by_type: dict[str, tuple[int, float]]  # remedy -> (count, cost)

    def as_json(self) -> dict:
        return {"count": self.count, "total_cost": self.total_cost,
                "by_type": {k: {"count": n, "cost": c} for k, (n, c) in self.by_type.items()}}


@dataclass(frozen=True)
class Lesson:
    ref: str
    lesson: str


@dataclass(frozen=True)
class PreviousMonth:
    month: str
    cases_total: int
    complaints_received: int
    median_hours_to_resolve: float | None
    remedies_total_cost: float
    satisfaction_average: float | None
    # Shown beside this month's figures in the PDF; not part of the JSON.
    compliments: int = 0
    customers_returned: int = 0
    open_at_month_end: int = 0

    def as_json(self) -> dict:
        return {"cases_total": self.cases_total, "complaints_received": self.complaints_received,
                "median_hours_to_resolve": self.median_hours_to_resolve,
                "remedies_total_cost": self.remedies_total_cost,
                "satisfaction_average": self.satisfaction_average}


@dataclass(frozen=True)
class OpenComplaint:
    """A complaint still open at the end of the month; `resolved_at` if it was settled since."""
    ref: str
    occurred_at: str
    customer_name: str
    category: str
    severity: str
    summary: str
    age_days: int
    resolved_at: str | None


@dataclass(frozen=True)
class MonthMetrics:
    month: Month
    currency: str
    ack_hours: int
    resolve_days: int
    cases_total: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_category: dict[str, int]
    complaints: ComplaintFigures
    remedies: RemedyFigures
    satisfaction_responses: int
    satisfaction_average: float | None
    customers_returned: int
    compliments: int
    staff_mentions: dict[str, int]
    lessons: list[Lesson]
    previous: PreviousMonth
    # What only the PDF shows.
    complaints_by_category: dict[str, int] = field(default_factory=dict)
    ack_distribution: list[tuple[str, int]] = field(default_factory=list)
    resolve_distribution: list[tuple[str, int]] = field(default_factory=list)
    backlog: list[tuple[str, int]] = field(default_factory=list)
    open_complaints: list[OpenComplaint] = field(default_factory=list)
    backlog_as_of: str = ""
    approvals: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "month": self.month.key,
            "cases": {"total": self.cases_total, "by_kind": dict(self.by_kind),
                      "by_channel": dict(self.by_channel), "by_category": dict(self.by_category)},
            "complaints": self.complaints.as_json(),
            "remedies": self.remedies.as_json(),
            "satisfaction": {"responses": self.satisfaction_responses,
                             "average": self.satisfaction_average},
            "customers_returned": self.customers_returned,
            "compliments": {"count": self.compliments, "staff_mentions": dict(self.staff_mentions)},
            "lessons": [{"ref": x.ref, "lesson": x.lesson} for x in self.lessons],
            "previous_month": self.previous.as_json(),
            "approvals": dict(self.approvals),
        }


# ---- SQL -----------------------------------------------------------------------------------
# A month of 100,000 cases is read a handful of times, not once per figure: one grouped pass
# over every case, one over the complaints, two sorted passes for the medians, one over the
# open backlog. Only counts and sums come back, never the rows.

def _by_count(counts: dict) -> dict:
    """Most frequent first, then by name; zero counts never appear."""
    return dict(sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))


def _add(counts: dict, key, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


@dataclass
class _Tally:
    """Everything countable over a month's cases, folded from one GROUP BY pass."""
    by_kind: dict = field(default_factory=dict)
    by_channel: dict = field(default_factory=dict)
    by_category: dict = field(default_factory=dict)
    by_severity: dict = field(default_factory=dict)
    complaints_by_category: dict = field(default_factory=dict)
    remedies: dict = field(default_factory=dict)  # remedy -> [count, cents]
    responses: int = 0
    stars: int = 0
    returned: int = 0

    def satisfaction(self) -> float | None:
        return None if not self.responses else _round(Decimal(self.stars) / self.responses, "0.01")

    def remedy_cents(self) -> int:
        return sum(cents for _, cents in self.remedies.values())


def _tally(conn, params: dict) -> _Tally:
    t = _Tally()
    came_back = _count_if("customer_returned = 'yes'")
    rows = conn.execute(
        "SELECT kind, channel, category, severity, remedy, count(*), sum(remedy_cost_cents), "
        f"count(satisfaction), coalesce(sum(satisfaction), 0), {came_back} FROM cases "
        f"WHERE {_IN_MONTH} GROUP BY kind, channel, category, severity, remedy",
        params)
    for kind, channel, category, severity, remedy, n, cents, responses, stars, returned in rows:
        _add(t.by_kind, kind, n)
        _add(t.by_channel, channel, n)
        _add(t.by_category, category, n)
        if kind == "complaint":
            _add(t.by_severity, severity, n)
            _add(t.complaints_by_category, category, n)
            t.returned += returned
        if remedy != "none":
            entry = t.remedies.setdefault(remedy, [0, 0])
            entry[0] += n
            entry[1] += cents
        t.responses += responses
        t.stars += stars
    return t


def _median_seconds(conn, expr: str, where: str, params: dict, n: int) -> Decimal | None:
    """Median of the `n` non-null values of an integer expression: sorted in SQL, the middle
    one or two rows fetched."""
    if not n:
        return None
    middle = [r[0] for r in conn.execute(
        f"SELECT {expr} AS d FROM cases WHERE {where} AND {expr} IS NOT NULL ORDER BY d "
        "LIMIT :take OFFSET :skip", {**params, "take": 2 - n % 2, "skip": (n - 1) // 2})]
    return Decimal(sum(middle)) / len(middle)


def _count_if(condition: str) -> str:
    """SQL counting the rows where `condition` holds: the same on both engines, where
    SQLite's sum(a comparison) needs a custom aggregate on PostgreSQL that keeps it from
    scanning in parallel."""
    return f"count(CASE WHEN {condition} THEN 1 END)"


def _weighed_if(condition: str) -> str:
    """SQL summing the weight `n` of the rows where `condition` holds (see
    _open_at_start_or_end)."""
    return f"coalesce(sum(CASE WHEN {condition} THEN n END), 0)"


def _below(column: str, bands, among: str = "", count=_count_if) -> str:
    """SQL counting values under each band's upper limit (cumulative), of the rows where
    `among` holds (all of them when empty); `count` may weigh them instead."""
    also = f"{among} AND " if among else ""
    return ", ".join(count(f"{also}{column} < {limit}") for _, limit in bands[:-1])


def _bands(bands, below: list[int], total: int) -> list[tuple[str, int]]:
    edges = [0, *below, total]
    return [(label, edges[i + 1] - edges[i]) for i, (label, _) in enumerate(bands)]


def _previous(conn, month: Month, open_at_end: int) -> PreviousMonth:
    """The month before's figures for comparison; its backlog was counted with the
    month's own (`open_at_end`)."""
    params = month.bounds()
    t = _tally(conn, params)
    resolved = conn.execute(f"SELECT count(resolved_at) FROM cases WHERE kind = 'complaint' "
                            f"AND {_IN_MONTH}", params).fetchone()[0]
    resolve = _median_seconds(conn, _RES_SECS, f"kind = 'complaint' AND {_IN_MONTH}", params,
                              resolved)
    return PreviousMonth(
        month=month.key, cases_total=sum(t.by_kind.values()),
        complaints_received=t.by_kind.get("complaint", 0),
        median_hours_to_resolve=_hours(resolve), remedies_total_cost=_money(t.remedy_cents()),
        satisfaction_average=t.satisfaction(), compliments=t.by_kind.get("compliment", 0),
        customers_returned=t.returned, open_at_month_end=open_at_end)


def _approvals(conn, params: dict) -> dict:
    """Remedies asked for in the month above the asker's limit (data/authority.py): requests
    and what became of them, and those handed over above the limit that no decider approved."""
    rows = conn.execute("SELECT status, given, decided_ts - requested_ts FROM remedies WHERE "
                        "requested_ts >= :start AND requested_ts < :end AND status <> 'granted'",
                        params).fetchall()
    asked = [(status, secs) for status, given, secs in rows if not given]
    waits = sorted(secs for status, secs in asked if status in ("approved", "declined"))
    middle = waits[(len(waits) - 1) // 2:len(waits) // 2 + 1]
    return {
        "requested": len(asked),
        "approved": sum(1 for status, _ in asked if status == "approved"),
        "declined": sum(1 for status, _ in asked if status == "declined"),
        "median_hours_to_decision": _hours(Decimal(sum(middle)) / len(middle)) if middle
        else None,
        "given_over_limit_without_approval": sum(1 for status, given, _ in rows
                                                 if given and status != "approved"),
    }


def month_metrics(store, month: Month, *, as_of: datetime | None = None) -> MonthMetrics:
    """Every figure of the monthly report for `month` (see README, "Monthly report")."""
    conn = store.conn
    eng = engine.of(conn)
    profile = store.profile.get()
    params = month.bounds()
    complaint = f"kind = 'complaint' AND {_IN_MONTH}"
    # The backlog is the open_at_month_end set, aged at the month's end (or now, for the
    # month still running).
    moment = min(params["end"], int((as_of or now()).timestamp()))
    # Read everything from one snapshot, so the figures agree with each other even while the
    # owner keeps working in the window.
    conn.execute("BEGIN")
    try:
        t = _tally(conn, params)
        row = conn.execute(
            f"SELECT count(*), count(res), count(ack), "
            f"{_count_if(within_target_sql('ack', ':ack_limit'))}, "
            f"{_count_if(within_target_sql('res', ':res_limit'))}, {_below('ack', ACK_BANDS)}, "
            f"{_below('res', RESOLVE_BANDS)} FROM (SELECT {_ack_secs(eng)} AS ack, "
            f"{_RES_SECS} AS res FROM cases WHERE {complaint}) AS t",
            {**params, "ack_limit": profile.ack_hours * HOUR,
             "res_limit": profile.resolve_days * DAY}).fetchone()
        received, resolved, acknowledged, ack_ok, res_ok = row[:5]
        ack_below = list(row[5:5 + len(ACK_BANDS) - 1])
        res_below = list(row[4 + len(ACK_BANDS):])
        median_ack = _median_seconds(conn, _ack_secs(eng), complaint, params, acknowledged)
        median_res = _median_seconds(conn, _RES_SECS, complaint, params, resolved)

        age = "(:moment - occurred_ts)"
        aged = {**params, "moment": moment}
        row = conn.execute(
            f"SELECT {_weighed_if(_STILL_OPEN)}, "
            f"{_below(age, BACKLOG_BANDS, _STILL_OPEN, _weighed_if)}, "
            f"{_weighed_if('occurred_ts < :start')} FROM ({_open_at_start_or_end(eng)}) AS backlog",
            aged).fetchone()
        open_at_end, backlog = row[0], _bands(BACKLOG_BANDS, list(row[1:-1]), row[0])
        open_before = row[-1]  # at the end of the month before
        open_list = [OpenComplaint(ref, at, name, cat, sev, summary, max(0, secs) // DAY, res)
                     for ref, at, name, cat, sev, summary, secs, res in conn.execute(
                         _open_list(eng), {**aged, "limit": OPEN_LIST_LIMIT})]
        staff_mentions = _by_count(dict(conn.execute(
            "SELECT staff, count(*) FROM cases WHERE kind = 'compliment' AND staff <> '' "
            f"AND {_IN_MONTH} GROUP BY staff", params).fetchall()))
        lessons = [Lesson(ref, text) for ref, text in conn.execute(
            f"SELECT ref, lesson FROM cases WHERE {_IN_MONTH} AND lesson <> '' "
            "ORDER BY occurred_ts, id", params)]
        previous = _previous(conn, month.previous(), open_before)
        approvals = _approvals(conn, params)
    finally:
        conn.execute("COMMIT")

    remedies = sorted(t.remedies.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))
    return MonthMetrics(
        month=month, currency=profile.currency, ack_hours=profile.ack_hours,
        resolve_days=profile.resolve_days, cases_total=sum(t.by_kind.values()),
        by_kind={k: t.by_kind[k] for k in KINDS if t.by_kind.get(k)},
        by_channel=_by_count(t.by_channel), by_category=_by_count(t.by_category),
        complaints=ComplaintFigures(
            received=received, resolved=resolved, open_at_month_end=open_at_end,
            median_hours_to_acknowledge=_hours(median_ack),
            median_hours_to_resolve=_hours(median_res),
            acknowledged_within_target_pct=_pct(ack_ok, received),
            resolved_within_target_pct=_pct(res_ok, received),
            by_severity={k: t.by_severity[k] for k in reversed(SEVERITIES)
                         if t.by_severity.get(k)},
            acknowledged=acknowledged, acknowledged_in_time=ack_ok, resolved_in_time=res_ok),
        remedies=RemedyFigures(count=sum(n for n, _ in t.remedies.values()),
                               total_cost=_money(t.remedy_cents()),
                               by_type={k: (n, _money(c)) for k, (n, c) in remedies}),
        satisfaction_responses=t.responses, satisfaction_average=t.satisfaction(),
        customers_returned=t.returned, compliments=t.by_kind.get("compliment", 0),
        staff_mentions=staff_mentions, lessons=lessons, previous=previous,
        complaints_by_category=_by_count(t.complaints_by_category),
        ack_distribution=_bands(ACK_BANDS, ack_below, acknowledged),
        resolve_distribution=_bands(RESOLVE_BANDS, res_below, resolved),
        backlog=backlog, open_complaints=open_list,
        approvals=approvals,
        backlog_as_of=datetime.fromtimestamp(moment).astimezone().isoformat(timespec="seconds"),
    )


def month_case_counts(store, months: list[Month]) -> dict[str, int]:
    """How many cases each month holds, for the month picker."""
    return {m.key: store.conn.execute(f"SELECT count(*) FROM cases WHERE {_IN_MONTH}",
                                      m.bounds()).fetchone()[0] for m in months}
