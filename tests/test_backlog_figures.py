"""A month's backlog figures in a log with a long backlog, against the same figures counted
here in plain Python over every complaint: the count in the JSON, the month before's count,
the age bands and the oldest-first open list of the PDF, with complaints in the Trash, ties
on the occurrence time and complaints settled after the month mixed in among the oldest."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

import pytest

from data.metrics import BACKLOG_BANDS, DAY, OPEN_LIST_LIMIT, Month, month_metrics

OCTOBER = Month(2026, 10)
AFTER = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
OFFSETS = (timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5)))


def _stamp(ts: int, rng: random.Random) -> str:
    """The moment `ts` written with one of several UTC offsets, as desks in different places
    would type it."""
    return datetime.fromtimestamp(ts, rng.choice(OFFSETS)).isoformat(timespec="seconds")


def _long_backlog(store) -> list[dict]:
    """Two years of complaints up to a little after October 2026: a quarter never resolved,
    a tenth settled only after October (some of them old), the rest within seven weeks of
    being made; occurrence times on a six-hour grid, so many share one. A few compliments
    left unresolved, which are no backlog. The oldest open ones of each kind go to the Trash,
    with some settled during October and some others."""
    rng = random.Random(30)
    end = OCTOBER.bounds()["end"]
    first = end - 730 * DAY
    store.conn.execute("INSERT INTO customers (name, created_at) VALUES ('Ada', 'x')")
    customer = store.conn.execute("SELECT max(id) FROM customers").fetchone()[0]
    cases = []
    for i in range(2400):
        ts = first + rng.randrange(0, 750 * 4) * 6 * 3600
        kind = "compliment" if i % 40 == 0 else "complaint"
        fate = rng.random()
        if fate < 0.25 or kind == "compliment":
            resolved = None
        elif fate < 0.35:
            resolved = max(ts, end) + rng.randrange(0, 40 * DAY)
        else:
            resolved = ts + rng.randrange(0, 50 * DAY)
        cases.append({"ref": f"GW-B-{i:05d}", "ts": ts, "kind": kind, "resolved": resolved,
                      "resolved_at": None if resolved is None else _stamp(resolved, rng),
                      "at": _stamp(ts, rng)})
    store.conn.execute("BEGIN")
    store.conn.executemany(
        "INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, customer_name, kind, "
        "summary, status, resolved_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'Ada', ?, "
        "'x', ?, ?, ?, ?)",
        [(c["ref"], c["at"], c["ts"], customer, c["kind"],
          "open" if c["resolved_at"] is None else "resolved", c["resolved_at"], c["at"], c["at"])
         for c in cases])
    store.conn.execute("COMMIT")
    ids = dict(store.conn.execute("SELECT ref, id FROM cases"))
    for c in cases:
        c["id"] = ids[c["ref"]]
        c["deleted"] = False
    complaints = sorted((c for c in cases if c["kind"] == "complaint" and c["ts"] < end),
                        key=lambda c: (c["ts"], c["id"]))
    never = [c for c in complaints if c["resolved"] is None]
    later = [c for c in complaints if c["resolved"] is not None and c["resolved"] >= end]
    # Open when October began, settled during it: in the month before's backlog only.
    during = [c for c in complaints if c["ts"] < OCTOBER.bounds()["start"]
              and c["resolved"] is not None and OCTOBER.bounds()["start"] <= c["resolved"] < end]
    for c in never[:12] + later[:8] + during[:4] + rng.sample(complaints, 40):
        if not c["deleted"]:
            store.trash.delete(c["ref"])
            c["deleted"] = True
    return cases


def _open_at(cases: list[dict], moment: int) -> list[dict]:
    return sorted((c for c in cases if c["kind"] == "complaint" and not c["deleted"]
                   and c["ts"] < moment and (c["resolved"] is None or c["resolved"] >= moment)),
                  key=lambda c: (c["ts"], c["id"]))


def test_the_backlog_figures_agree_with_a_count_of_every_complaint(store):
    cases = _long_backlog(store)
    start, end = OCTOBER.bounds()["start"], OCTOBER.bounds()["end"]
    at_end, at_start = _open_at(cases, end), _open_at(cases, start)
    assert len(at_end) > 3 * OPEN_LIST_LIMIT  # a backlog longer than the list shows
    first_page = at_end[:OPEN_LIST_LIMIT]
    assert any(c["resolved"] is not None for c in first_page)  # both kinds among the oldest

    figures = month_metrics(store, OCTOBER, as_of=AFTER)

    assert figures.complaints.open_at_month_end == len(at_end)
    assert json.loads(json.dumps(figures.as_json()))["complaints"]["open_at_month_end"] == \
        len(at_end)
    assert figures.previous.open_at_month_end == len(at_start)
    limits = [limit for _, limit in BACKLOG_BANDS[:-1]]
    ages = [end - c["ts"] for c in at_end]
    assert figures.backlog == [
        (label, sum(1 for age in ages if (i == 0 or age >= limits[i - 1])
                    and (i == len(limits) or age < limits[i])))
        for i, (label, _) in enumerate(BACKLOG_BANDS)]
    assert [(o.ref, o.occurred_at, o.age_days, o.resolved_at)
            for o in figures.open_complaints] == [
        (c["ref"], c["at"], (end - c["ts"]) // DAY, c["resolved_at"]) for c in first_page]


@pytest.mark.parametrize("limit", [1, 7])
def test_a_short_open_list_is_still_the_oldest(store, monkeypatch, limit):
    """Each index range gives its oldest `limit`; merged, they are the oldest of both."""
    import data.metrics

    cases = _long_backlog(store)
    monkeypatch.setattr(data.metrics, "OPEN_LIST_LIMIT", limit)
    figures = month_metrics(store, OCTOBER, as_of=AFTER)
    assert [o.ref for o in figures.open_complaints] == [
        c["ref"] for c in _open_at(cases, OCTOBER.bounds()["end"])[:limit]]
