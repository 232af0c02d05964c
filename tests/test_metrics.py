"""Monthly figures against hand-counted cases, entered the way the owner enters them."""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone

import pytest

from data.metrics import Month, month_case_counts, month_metrics, parse_month, recent_months

OCTOBER, SEPTEMBER = Month(2026, 10), Month(2026, 9)
AFTER = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)  # "now" for the backlog ages

# Remedies recorded through the authority rule (tests/test_authority.py counts them).
NO_APPROVALS = {"requested": 0, "approved": 0, "declined": 0, "median_hours_to_decision": None,
                "given_over_limit_without_approval": 0}


@pytest.fixture
def berlin(monkeypatch):
    """Local time with summer time, so month edges and elapsed hours are really tested."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def add(store, occurred, kind, summary, *, ack=None, resolved=None, **fields):
    """A case typed in, then acknowledged and resolved later as separate edits."""
    case = store.cases.add(customer={"name": "Ada Example"}, occurred_at=occurred, kind=kind,
                           summary=summary, **fields)
    if ack:
        case = store.cases.acknowledge(case.ref, at=ack)
    if resolved:
        case = store.cases.resolve(case.ref, at=resolved)
    return case


@pytest.fixture
def october(berlin, store):
    """Nine cases in October 2026 (Berlin time) and a few either side; counts below by hand."""
    c = {}
    # 2026-10-01 01:30 in Berlin, typed in UTC: belongs to October, not September.
    c["c1"] = add(store, "2026-09-30T23:30:00+00:00", "complaint", "Cold coffee", channel="phone",
                  category="Coffee", severity="high", staff="Tom",
                  ack="2026-10-02T01:30:00+02:00",          # exactly 24 h: within target
                  resolved="2026-10-03T01:30:00+02:00",     # 48 h
                  remedy="refund", remedy_cost="12.50", satisfaction="4",
                  customer_returned="yes", lesson="Check the milk")
    c["c2"] = add(store, "2026-10-10 12:00", "complaint", "Slow service", channel="email",
                  category="Coffee", severity="medium",
                  ack="2026-10-11 12:00:01",                # one second late
                  resolved="2026-10-20 12:00",              # 240 h
                  remedy="credit", remedy_cost="5", satisfaction="2", customer_returned="no")
    c["c3"] = add(store, "2026-10-31 23:59", "complaint", "Rude at closing", category="Service",
                  severity="high")                          # last minute, never answered
    # Resolved after the clocks went back: 16 days and 1 hour elapsed, 385 h.
    c["c4"] = add(store, "2026-10-20 09:00", "complaint", "Charged twice", category="Billing",
                  severity="critical", ack="2026-10-20 10:00", resolved="2026-11-05 09:00",
                  remedy="apology_only", lesson="Check the terminal")
    c["c5"] = add(store, "2026-10-05 10:00", "compliment", "Lovely welcome", category="Service",
                  staff="Maya", satisfaction="5", customer_returned="yes")
    c["c6"] = add(store, "2026-10-06 10:00", "compliment", "Great cake", category="Service",
                  staff="Maya")
    c["c7"] = add(store, "2026-10-07 10:00", "compliment", "Nice bread", channel="social",
                  category="Bakery")
    c["c8"] = add(store, "2026-10-15 10:00", "question", "Open on Sunday?", channel="web")
    c["c9"] = add(store, "2026-10-28 10:00", "request", "Gift wrap please",
                  category="Custom cakes", remedy="gift", remedy_cost="3.00",
                  lesson="Offer gift wrap")
    # 2026-11-01 00:30 in Berlin although the UTC date is still 31 October.
    c["x1"] = add(store, "2026-10-31T23:30:00+00:00", "complaint", "Late-night mix-up")
    c["x2"] = add(store, "2026-09-15 12:00", "complaint", "Still waiting")
    c["x3"] = add(store, "2026-09-20 12:00", "complaint", "Wrong order",
                  ack="2026-09-20 13:00", resolved="2026-09-25 12:00",
                  remedy="refund", remedy_cost="20", satisfaction="3")
    c["x4"] = add(store, "2026-09-28 12:00", "complaint", "Dirty table",
                  ack="2026-09-28 12:30", resolved="2026-10-02 12:00")
    c["x5"] = add(store, "2026-09-30 23:59", "question", "Parking?")
    return c


def test_october_json_matches_the_hand_count_key_for_key(store, october):
    c = october
    figures = month_metrics(store, OCTOBER, as_of=AFTER).as_json()
    assert figures == {
        "month": "2026-10",
        "cases": {
            "total": 9,
            "by_kind": {"complaint": 4, "compliment": 3, "question": 1, "request": 1},
            "by_channel": {"in_person": 5, "phone": 1, "email": 1, "social": 1, "web": 1},
            "by_category": {"Service": 3, "Coffee": 2, "Billing": 1, "Bakery": 1, "": 1,
                            "Custom cakes": 1},
        },
        "complaints": {
            "received": 4, "resolved": 3, "open_at_month_end": 3,
            "median_hours_to_acknowledge": 24.0, "median_hours_to_resolve": 240.0,
            "acknowledged_within_target_pct": 50.0, "resolved_within_target_pct": 25.0,
            "by_severity": {"high": 2, "medium": 1, "critical": 1},
        },
        "remedies": {"count": 4, "total_cost": 20.5, "by_type": {
            "refund": {"count": 1, "cost": 12.5}, "credit": {"count": 1, "cost": 5.0},
            "gift": {"count": 1, "cost": 3.0}, "apology_only": {"count": 1, "cost": 0.0}}},
        "satisfaction": {"responses": 3, "average": 3.67},
        "customers_returned": 1,
        "compliments": {"count": 3, "staff_mentions": {"Maya": 2}},
        "lessons": [{"ref": c["c1"].ref, "lesson": "Check the milk"},
                    {"ref": c["c4"].ref, "lesson": "Check the terminal"},
                    {"ref": c["c9"].ref, "lesson": "Offer gift wrap"}],
        "previous_month": {"cases_total": 4, "complaints_received": 3,
                           "median_hours_to_resolve": 108.0, "remedies_total_cost": 20.0,
                           "satisfaction_average": 3.0},
        "approvals": NO_APPROVALS,
    }


def test_counts_in_by_maps_add_up_to_the_total(store, october):
    figures = month_metrics(store, OCTOBER, as_of=AFTER).as_json()
    for key in ("by_kind", "by_channel", "by_category"):
        assert sum(figures["cases"][key].values()) == figures["cases"]["total"]
    assert sum(figures["complaints"]["by_severity"].values()) == figures["complaints"]["received"]


def test_json_serialises_with_plain_numbers(store, october):
    text = json.dumps(month_metrics(store, OCTOBER, as_of=AFTER).as_json())
    assert '"total_cost": 20.5' in text and '"average": 3.67' in text


def test_a_case_after_local_midnight_belongs_to_the_next_month(store, october):
    november = month_metrics(store, Month(2026, 11), as_of=AFTER)
    assert november.cases_total == 1
    assert november.complaints.received == 1
    # c3 and x2 were never resolved, x1 is November's own.
    assert november.complaints.open_at_month_end == 3


def test_backlog_ages_open_complaints_at_the_end_of_the_month(store, october):
    c = october
    figures = month_metrics(store, OCTOBER, as_of=AFTER)
    assert figures.backlog == [("under a week", 1), ("1-4 weeks", 1), ("over 4 weeks", 1)]
    listed = [(o.ref, o.age_days, o.resolved_at is not None) for o in figures.open_complaints]
    assert listed == [(c["x2"].ref, 46, False), (c["c4"].ref, 11, True), (c["c3"].ref, 0, False)]


def test_response_time_distribution_puts_exact_bounds_in_the_upper_band(store, october):
    figures = month_metrics(store, OCTOBER, as_of=AFTER)
    assert figures.ack_distribution == [("< 1 h", 0), ("1-4 h", 1), ("4-24 h", 0),
                                        ("1-2 days", 2), ("> 2 days", 0)]
    assert figures.resolve_distribution == [("< 1 day", 0), ("1-3 days", 1), ("3-7 days", 0),
                                            ("1-2 weeks", 1), ("> 2 weeks", 1)]


def test_pdf_extras_count_complaints_by_category(store, october):
    figures = month_metrics(store, OCTOBER, as_of=AFTER)
    assert figures.complaints_by_category == {"Coffee": 2, "Service": 1, "Billing": 1}
    assert figures.previous.compliments == 0 and figures.previous.customers_returned == 0


def test_targets_follow_the_profile(store, october):
    store.profile.update(ack_hours="1", resolve_days="2")
    complaints = month_metrics(store, OCTOBER, as_of=AFTER).complaints
    assert complaints.acknowledged_within_target_pct == 25.0   # only c4, at exactly 1 h
    assert complaints.resolved_within_target_pct == 25.0       # c1 at exactly 48 h


def test_reopening_a_case_takes_it_out_of_the_resolved_count(store, october):
    store.cases.update(october["c1"].ref, {"resolved_at": "", "status": "in_progress"})
    complaints = month_metrics(store, OCTOBER, as_of=AFTER).complaints
    assert (complaints.resolved, complaints.open_at_month_end) == (2, 4)
    assert complaints.median_hours_to_resolve == 312.5          # mean of 240 and 385


def test_an_empty_month_gives_zero_counts_and_nulls(store, october):
    assert month_metrics(store, Month(2026, 8), as_of=AFTER).as_json() == {
        "month": "2026-08",
        "cases": {"total": 0, "by_kind": {}, "by_channel": {}, "by_category": {}},
        "complaints": {"received": 0, "resolved": 0, "open_at_month_end": 0,
                       "median_hours_to_acknowledge": None, "median_hours_to_resolve": None,
                       "acknowledged_within_target_pct": None,
                       "resolved_within_target_pct": None, "by_severity": {}},
        "remedies": {"count": 0, "total_cost": 0.0, "by_type": {}},
        "satisfaction": {"responses": 0, "average": None},
        "customers_returned": 0,
        "compliments": {"count": 0, "staff_mentions": {}},
        "lessons": [],
        "previous_month": {"cases_total": 0, "complaints_received": 0,
                           "median_hours_to_resolve": None, "remedies_total_cost": 0.0,
                           "satisfaction_average": None},
        "approvals": NO_APPROVALS,
    }


def test_an_empty_month_still_counts_complaints_left_open_from_before(store, october):
    december = month_metrics(store, Month(2026, 12), as_of=datetime(2026, 12, 31, tzinfo=timezone.utc))
    assert december.cases_total == 0
    assert december.complaints.open_at_month_end == 3
    assert sum(n for _, n in december.backlog) == 3


def test_percentages_round_half_up_to_one_decimal(berlin, store):
    for day in range(1, 9):  # 8 complaints, 1 acknowledged in time: 12.5 %
        add(store, f"2026-10-{day:02d} 09:00", "complaint", "x",
            ack="2026-10-{:02d} 10:00".format(day) if day == 1 else None)
    for day in range(9, 17):  # 16 in all, 1 in time: 6.25 % -> 6.3
        add(store, f"2026-10-{day:02d} 09:00", "complaint", "x")
    assert month_metrics(store, OCTOBER).complaints.acknowledged_within_target_pct == 6.3


def test_month_text_is_checked(berlin):
    today = datetime(2026, 11, 23, 12, 0).astimezone()
    assert parse_month("2026-11", today=today) == Month(2026, 11)
    assert parse_month(" 1999-01 ", today=today) == Month(1999, 1)
    for bad in ("2026-13", "2026-00", "2026-1", "26-10", "2026/10", "October", "", "2026-10-01"):
        with pytest.raises(ValueError, match="not a month"):
            parse_month(bad, today=today)
    with pytest.raises(ValueError, match="in the future"):
        parse_month("2026-12", today=today)


def test_months_run_backwards_across_the_new_year():
    months = recent_months(12, today=datetime(2026, 2, 10).astimezone())
    assert [m.key for m in months[:3]] == ["2026-02", "2026-01", "2025-12"]
    assert months[-1].key == "2025-03" and len(months) == 12
    assert Month(2025, 12).next() == Month(2026, 1)
    assert Month(2026, 1).previous() == Month(2025, 12)


def test_month_case_counts_for_the_picker(store, october):
    assert month_case_counts(store, [OCTOBER, SEPTEMBER, Month(2026, 8)]) == {
        "2026-10": 9, "2026-09": 4, "2026-08": 0}


def test_cli_writes_the_json_file(target, store, october, tmp_path):
    from main import main

    store.close()
    out = tmp_path / "october.json"
    assert main(["--db", str(target), "report", "--month", "2026-10", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["cases"]["total"] == 9 and data["complaints"]["open_at_month_end"] == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("argv, code, words", [
    (["--month", "2026-10"], 2, "--json"),
    (["--month", "2026-13", "--json", "x.json"], 2, "not a month"),
    (["--month", "2999-01", "--json", "x.json"], 2, "in the future"),
])
def test_cli_refuses_with_one_line(db_path, tmp_path, monkeypatch, capsys, argv, code, words):
    from data.store import Store
    from main import main

    Store(db_path).close()  # `report` refuses a --db path with no database
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db_path), "report", *argv]) == code
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and err.startswith("goodwill: ")
    assert not (tmp_path / "x.json").exists()


def test_cli_json_on_stdout_stays_parseable_with_a_pdf_too(target, store, october, tmp_path,
                                                           capsys):
    from main import main

    store.close()
    pdf = tmp_path / "october.pdf"
    assert main(["--db", str(target), "report", "--month", "2026-10", "--json", "-",
                 "--out", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["month"] == "2026-10"
    assert str(pdf) in captured.err and pdf.read_bytes().startswith(b"%PDF")


def test_last_months_backlog_is_what_its_own_report_counted(berlin, store):
    """The month before's 'open at month end' (the report's comparison) equals that month's
    own report, for complaints resolved before, during and after each month, or never."""
    moments = {"aug": "2026-08-20 10:00", "sep": "2026-09-15 10:00", "sep_end": "2026-09-30 23:30",
               "oct": "2026-10-12 10:00", "oct_first": "2026-10-01 00:30", "nov": "2026-11-03 10:00"}
    plan = [("aug", None), ("aug", "sep"), ("aug", "oct"), ("aug", "oct_first"), ("sep", "sep_end"),
            ("sep", "oct"), ("sep", None), ("sep_end", "oct_first"), ("oct", "nov"), ("oct", None),
            ("aug", "nov"), ("sep", "nov")]
    for n, (occurred, resolved) in enumerate(plan):
        add(store, moments[occurred], "complaint", f"Complaint {n}",
            resolved=moments[resolved] if resolved else None)
    add(store, moments["sep"], "question", "Not a complaint")  # never in a backlog
    for month in (SEPTEMBER, OCTOBER, Month(2026, 11)):
        figures = month_metrics(store, month, as_of=AFTER)
        before = month_metrics(store, month.previous(), as_of=AFTER)
        assert figures.previous.open_at_month_end == before.complaints.open_at_month_end
        end = month.bounds()["end"]
        by_hand = sum(1 for occurred, resolved in plan
                      if _ts(moments[occurred]) < end
                      and (resolved is None or _ts(moments[resolved]) >= end))
        assert figures.complaints.open_at_month_end == by_hand
        assert sum(n for _, n in figures.backlog) == by_hand
        assert len(figures.open_complaints) == by_hand


def _ts(local: str) -> int:
    return int(datetime.fromisoformat(local).astimezone().timestamp())
