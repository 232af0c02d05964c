"""The month's service figures, computed in SQL exactly as the monthly report defines them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from data.model import KINDS, from_cents, now

# Elapsed seconds from occurrence to a stored ISO time stamp. strftime('%s') honours the
# stored UTC offset and gives whole seconds, so "exactly at target" compares exactly.
_ACK_SECS = "(CAST(strftime('%s', acknowledged_at) AS INTEGER) - occurred_ts)"
_RES_SECS = "(CAST(strftime('%s', resolved_at) AS INTEGER) - occurred_ts)"
_RESOLVED_TS = "CAST(strftime('%s', resolved_at) AS INTEGER)"
_IN_MONTH = "occurred_ts >= :start AND occurred_ts < :end"
_OPEN_AT_END = ("kind = 'complaint' AND occurred_ts < :end AND "
                f"(resolved_at IS NULL OR {_RESOLVED_TS} >= :end)")

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
        raise ValueError(f"--month '{raw}' is not a month; use YYYY-MM, for example 2026-10")
    month = Month(int(match[1]), int(match[2]))
    current = Month.of(today or now())
    if (month.year, month.month) > (current.year, current.month):
        raise ValueError(f"--month {month.key} is in the future; the latest month with a "
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
        }


# ---- SQL -----------------------------------------------------------------------------------

def _counts(conn, column: str, where: str, params: dict, order: str = "n DESC, key") -> dict:
    """{value: count} for cases matching `where`; zero counts never appear (GROUP BY)."""
    rows = conn.execute(f"SELECT {column} AS key, count(*) AS n FROM cases WHERE {where} "
                        f"GROUP BY key ORDER BY {order}", params)
    return {k: n for k, n in rows}


def _median_seconds(conn, expr: str, where: str, params: dict) -> Decimal | None:
    """Median of an integer expression over matching rows: sorted in SQL, two rows fetched."""
    sql = f"FROM cases WHERE {where} AND {expr} IS NOT NULL"
    n = conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    if not n:
        return None
    middle = [r[0] for r in conn.execute(
        f"SELECT {expr} AS d {sql} ORDER BY d LIMIT :take OFFSET :skip",
        {**params, "take": 2 - n % 2, "skip": (n - 1) // 2})]
    return Decimal(sum(middle)) / len(middle)


def _bands(conn, expr: str, bands, where: str, params: dict) -> list[tuple[str, int]]:
    whens = " ".join(f"WHEN {expr} < {limit} THEN {i}" for i, (_, limit) in enumerate(bands)
                     if limit is not None)
    rows = dict(conn.execute(
        f"SELECT CASE {whens} ELSE {len(bands) - 1} END AS band, count(*) FROM cases "
        f"WHERE {where} AND {expr} IS NOT NULL GROUP BY band", params).fetchall())
    return [(label, rows.get(i, 0)) for i, (label, _) in enumerate(bands)]


def _kind_order(counts: dict) -> dict:
    return {k: counts[k] for k in KINDS if counts.get(k)}


def _previous(conn, month: Month) -> PreviousMonth:
    params = month.bounds()
    total, complaints, remedy_cents, responses, stars, compliments, returned = conn.execute(
        "SELECT count(*), coalesce(sum(kind = 'complaint'), 0), "
        "coalesce(sum(CASE WHEN remedy <> 'none' THEN remedy_cost_cents END), 0), "
        "count(satisfaction), coalesce(sum(satisfaction), 0), "
        "coalesce(sum(kind = 'compliment'), 0), "
        "coalesce(sum(kind = 'complaint' AND customer_returned = 'yes'), 0) "
        f"FROM cases WHERE {_IN_MONTH}", params).fetchone()
    resolve = _median_seconds(conn, _RES_SECS, f"kind = 'complaint' AND {_IN_MONTH}", params)
    still_open = conn.execute(f"SELECT count(*) FROM cases WHERE {_OPEN_AT_END}",
                              params).fetchone()[0]
    return PreviousMonth(
        month=month.key, cases_total=total, complaints_received=complaints,
        median_hours_to_resolve=_hours(resolve), remedies_total_cost=_money(remedy_cents),
        satisfaction_average=None if not responses else _round(Decimal(stars) / responses, "0.01"),
        compliments=compliments, customers_returned=returned, open_at_month_end=still_open)


def month_metrics(store, month: Month, *, as_of: datetime | None = None) -> MonthMetrics:
    """Every figure of the monthly report for `month` (see README, "Monthly report")."""
    conn = store.conn
    profile = store.profile()
    params = month.bounds()
    complaint = f"kind = 'complaint' AND {_IN_MONTH}"
    ack_limit, res_limit = profile.ack_hours * HOUR, profile.resolve_days * DAY
    # Read everything from one snapshot, so the figures agree with each other even while the
    # owner keeps working in the window.
    conn.execute("BEGIN")
    try:
        by_kind = _kind_order(_counts(conn, "kind", _IN_MONTH, params))
        by_channel = _counts(conn, "channel", _IN_MONTH, params)
        by_category = _counts(conn, "category", _IN_MONTH, params)
        by_severity = _counts(conn, "severity", complaint, params,
                              order="CASE key WHEN 'critical' THEN 0 WHEN 'high' THEN 1 "
                                    "WHEN 'medium' THEN 2 ELSE 3 END")
        complaints_by_category = _counts(conn, "category", complaint, params)

        received, resolved, acknowledged, ack_ok, res_ok, returned = conn.execute(
            "SELECT count(*), count(resolved_at), count(acknowledged_at), "
            f"coalesce(sum({_ACK_SECS} <= :ack_limit), 0), "
            f"coalesce(sum({_RES_SECS} <= :res_limit), 0), "
            "coalesce(sum(customer_returned = 'yes'), 0) "
            f"FROM cases WHERE {complaint}",
            {**params, "ack_limit": ack_limit, "res_limit": res_limit}).fetchone()
        open_at_end = conn.execute(f"SELECT count(*) FROM cases WHERE {_OPEN_AT_END}",
                                   params).fetchone()[0]
        median_ack = _median_seconds(conn, _ACK_SECS, complaint, params)
        median_res = _median_seconds(conn, _RES_SECS, complaint, params)

        remedy_rows = conn.execute(
            "SELECT remedy, count(*) AS n, sum(remedy_cost_cents) FROM cases "
            f"WHERE {_IN_MONTH} AND remedy <> 'none' GROUP BY remedy ORDER BY sum(remedy_cost_cents) "
            "DESC, n DESC, remedy", params).fetchall()
        responses, stars = conn.execute(
            f"SELECT count(satisfaction), coalesce(sum(satisfaction), 0) FROM cases "
            f"WHERE {_IN_MONTH}", params).fetchone()
        staff_mentions = _counts(conn, "staff", f"kind = 'compliment' AND staff <> '' AND "
                                 f"{_IN_MONTH}", params)
        lessons = [Lesson(ref, text) for ref, text in conn.execute(
            f"SELECT ref, lesson FROM cases WHERE {_IN_MONTH} AND lesson <> '' "
            "ORDER BY occurred_ts, id", params)]
        previous = _previous(conn, month.previous())

        ack_dist = _bands(conn, _ACK_SECS, ACK_BANDS, complaint, params)
        res_dist = _bands(conn, _RES_SECS, RESOLVE_BANDS, complaint, params)
        # The backlog is the open_at_month_end set, aged at the month's end (or now, for
        # the month still running).
        moment = min(params["end"], int((as_of or now()).timestamp()))
        age = "(:moment - occurred_ts)"
        backlog = _bands(conn, age, BACKLOG_BANDS, _OPEN_AT_END, {**params, "moment": moment})
        open_list = [OpenComplaint(ref, at, name, cat, sev, summary, max(0, secs) // DAY, res)
                     for ref, at, name, cat, sev, summary, secs, res in conn.execute(
                         f"SELECT ref, occurred_at, customer_name, category, severity, summary, "
                         f"{age}, resolved_at FROM cases WHERE {_OPEN_AT_END} "
                         "ORDER BY occurred_ts, id LIMIT :limit",
                         {**params, "moment": moment, "limit": OPEN_LIST_LIMIT})]
    finally:
        conn.execute("COMMIT")

    total_cents = sum(r[2] for r in remedy_rows)
    return MonthMetrics(
        month=month, currency=profile.currency, ack_hours=profile.ack_hours,
        resolve_days=profile.resolve_days, cases_total=sum(by_kind.values()),
        by_kind=by_kind, by_channel=by_channel, by_category=by_category,
        complaints=ComplaintFigures(
            received=received, resolved=resolved, open_at_month_end=open_at_end,
            median_hours_to_acknowledge=_hours(median_ack),
            median_hours_to_resolve=_hours(median_res),
            acknowledged_within_target_pct=_pct(ack_ok, received),
            resolved_within_target_pct=_pct(res_ok, received),
            by_severity=by_severity, acknowledged=acknowledged, acknowledged_in_time=ack_ok,
            resolved_in_time=res_ok),
        remedies=RemedyFigures(count=sum(r[1] for r in remedy_rows),
                               total_cost=_money(total_cents),
                               by_type={r[0]: (r[1], _money(r[2])) for r in remedy_rows}),
        satisfaction_responses=responses,
        satisfaction_average=None if not responses else _round(Decimal(stars) / responses, "0.01"),
        customers_returned=returned, compliments=by_kind.get("compliment", 0),
        staff_mentions=staff_mentions, lessons=lessons, previous=previous,
        complaints_by_category=complaints_by_category, ack_distribution=ack_dist,
        resolve_distribution=res_dist, backlog=backlog, open_complaints=open_list,
        backlog_as_of=datetime.fromtimestamp(moment).astimezone().isoformat(timespec="seconds"),
    )


def month_case_counts(store, months: list[Month]) -> dict[str, int]:
    """How many cases each month holds, for the month picker."""
    return {m.key: store.conn.execute(f"SELECT count(*) FROM cases WHERE {_IN_MONTH}",
                                      m.bounds()).fetchone()[0] for m in months}
