"""The Store facade: cases, customers, history, search, filters, profile."""
from __future__ import annotations

from datetime import timedelta, timezone
from decimal import Decimal

import pytest

from data.model import CaseFilter, ValidationError, iso, now, parse_when
from data.errors import NotFound


def log(store, summary="Soup was cold", **fields):
    fields.setdefault("kind", "complaint")
    fields.setdefault("customer", {"name": "Ann Lee"})
    return store.cases.add(summary=summary, **fields)


def test_refs_are_unique_per_year_and_follow_imported_ones(store):
    a = log(store, occurred_at="2025-12-31 23:00")
    b = log(store, occurred_at="2026-01-01 08:00")
    c = log(store, occurred_at="2026-02-01 08:00", ref="GW-2026-00041")
    d = log(store, occurred_at="2026-03-01 08:00")
    assert (a.ref, b.ref, c.ref, d.ref) == ("GW-2025-00001", "GW-2026-00001", "GW-2026-00041",
                                            "GW-2026-00042")
    with pytest.raises(ValidationError) as info:
        log(store, ref="GW-2026-00041")
    assert "already used" in info.value.problems["ref"]


def test_every_change_is_kept_in_history(store):
    case = log(store)
    store.cases.update(case.ref, {"status": "in_progress", "remedy": "refund",
                                  "remedy_cost": "4.5"}, by="Maya")
    store.cases.update(case.ref, {"lesson": "Check the soup kettle"})
    history = store.history.of(case.id)
    fields = [(h.field, h.old, h.new) for h in history]
    assert fields[0] == ("created", None, case.ref)
    assert ("status", "open", "in_progress") in fields
    assert ("remedy_cost", "0.00", "4.50") in fields
    assert ("lesson", "", "Check the soup kettle") in fields
    assert next(h for h in history if h.field == "remedy").by == "Maya"
    before = len(history)
    store.cases.update(case.ref, {"lesson": "Check the soup kettle"})  # no change, no line
    assert len(store.history.of(case.id)) == before


def test_acknowledge_and_resolve_stamp_times(store):
    case = log(store, occurred_at=iso(now() - timedelta(hours=3)))
    case = store.cases.acknowledge(case.ref)
    assert case.status == "in_progress" and case.acknowledged_at
    case = store.cases.resolve(case.ref)
    assert case.status == "resolved" and case.resolved_at
    assert parse_when(case.resolved_at) >= parse_when(case.acknowledged_at)


def test_bad_fields_are_named_and_nothing_is_saved(store):
    with pytest.raises(ValidationError) as info:
        log(store, summary="  ", kind="moan", satisfaction="9", remedy_cost="-2",
            occurred_at="yesterday")
    assert set(info.value.problems) >= {"summary", "kind", "satisfaction", "remedy_cost",
                                        "occurred_at"}
    assert store.case_list.total() == 0 and store.customers.find() == []
    case = log(store, occurred_at="2026-10-10 10:00")
    with pytest.raises(ValidationError) as info:
        store.cases.update(case.ref, {"resolved_at": "2026-10-09 10:00"})
    assert "before it occurred" in info.value.problems["resolved_at"]
    assert store.cases.get(case.ref).resolved_at is None


def test_long_and_hostile_text_is_kept_exactly(store):
    details = "<b>Smith & Sons</b> 'quoted' \"double\" 🙂 שלום עליכם " + "x" * 20_000
    case = log(store, details=details, customer={"name": "Ωμέγα <script>", "address": "1 Rd\nTown"})
    again = store.cases.get(case.ref)
    assert again.details == details and again.customer.name == "Ωμέγα <script>"
    with pytest.raises(ValidationError):
        log(store, details="y" * 200_001)


def test_search_finds_words_in_every_indexed_field(store):
    log(store, "Burnt toast", details="crust was black", category="Bakery", staff="Tomasz",
        customer={"name": "Quentin Blake"})
    other = log(store, "Lovely coffee", kind="compliment", customer={"name": "Ann"})
    store.cases.update(other.ref, {"lesson": "Keep the grinder clean"})
    count = lambda text: store.case_list.count(CaseFilter(search=text))  # noqa: E731
    assert count("toast") == count("black") == count("bakery") == count("tomasz") == 1
    assert count("quentin") == 1 and count("grinder") == 1
    assert count("coff") == 1  # the last word counts as a prefix while typing
    assert count('"OR toast NOT') == 0 and count("AND") == 0  # FTS syntax is just text
    store.customers.update(store.cases.get(other.ref).customer.id, name="Annabel Zweig")
    assert count("zweig") == 1  # renames reach the index


def test_filters_combine(store):
    log(store, "A", occurred_at="2026-10-01 09:00", staff="Maya", category="Coffee")
    log(store, "B", occurred_at="2026-10-15 09:00", kind="question", staff="Tom")
    log(store, "C", occurred_at="2026-10-31 23:59", staff="Maya", category="Coffee")
    f = lambda **kw: sorted(store.cases.get(r.ref).summary for r in store.case_list.rows(store.case_list.ids(CaseFilter(**kw))))  # noqa: E731
    assert f(staff="Maya") == ["A", "C"]
    assert f(kind="question") == ["B"]
    assert f(date_from="2026-10-02", date_to="2026-10-31") == ["B", "C"]
    assert f(category="Coffee", date_to="2026-10-30") == ["A"]


def test_overdue_complaints(store):
    old = log(store, "Old", occurred_at=iso(now() - timedelta(days=10)))
    log(store, "Fresh", occurred_at=iso(now() - timedelta(hours=1)))
    log(store, "Praise", kind="compliment", occurred_at=iso(now() - timedelta(days=30)))
    ids = store.case_list.ids(CaseFilter(overdue=True))
    assert [r.summary for r in store.case_list.rows(ids)] == ["Old"]
    assert store.case_list.counts().overdue == 1
    store.cases.resolve(old.ref)
    assert store.case_list.counts().overdue == 0


def test_overdue_is_judged_by_the_instant_whatever_offset_a_stamp_was_written_in(store):
    # As text, a +14:00 stamp sorts after a UTC one a day later and a -11:00 one before it:
    # both engines must compare the moments (PostgreSQL's comparison is rewritten, data/pg.py).
    store.profile.update(ack_hours="4", resolve_days="30")
    at = lambda hours_ago, offset: iso((now() - timedelta(hours=hours_ago)).astimezone(  # noqa: E731
        timezone(timedelta(hours=offset))))
    late = log(store, "Late, written in Kiribati", occurred_at=at(5, 14))
    log(store, "In time, written in Samoa", occurred_at=at(3, -11))
    assert late.occurred_at.endswith("+14:00")
    rows = {r.summary: bool(r.overdue) for r in store.case_list.first_rows(CaseFilter())}
    assert rows == {"Late, written in Kiribati": True, "In time, written in Samoa": False}
    assert [r.summary for r in store.case_list.rows(store.case_list.ids(CaseFilter(overdue=True)))] == [
        "Late, written in Kiribati"]
    assert store.case_list.counts().overdue == 1


def test_sorting_and_rows_in_order(store):
    for name, sev in (("Cat", "low"), ("Abe", "critical"), ("Bea", "medium")):
        log(store, f"by {name}", customer={"name": name}, severity=sev)
    names = lambda sort, desc: [r.customer_name for r in store.case_list.rows(store.case_list.ids(sort=sort, descending=desc))]  # noqa: E731
    assert names("customer", False) == ["Abe", "Bea", "Cat"]
    assert names("severity", True) == ["Abe", "Bea", "Cat"]


def test_profile_rules(store):
    profile = store.profile.update(name="Mill Café", currency="gbp", paper="Letter",
                                   ack_hours="4", resolve_days="3", refund_limit="50")
    assert (profile.currency, profile.paper, profile.ack_hours) == ("GBP", "letter", 4)
    assert profile.refund_limit == Decimal("50.00")
    case = log(store, occurred_at="2026-10-01 10:00")
    assert case.ack_due_at.startswith("2026-10-01T14:00")
    with pytest.raises(ValidationError) as info:
        store.profile.update(currency="pounds", paper="a5", ack_hours="0")
    assert set(info.value.problems) == {"currency", "paper", "ack_hours"}
    assert store.profile.update(refund_limit="none").refund_limit is None


def test_refund_limit_marks_needs_approval(store):
    store.profile.update(refund_limit="20")
    small = log(store, remedy="refund", remedy_cost="20")
    big = log(store, remedy="refund", remedy_cost="20.01")
    assert not small.needs_approval and big.needs_approval


def test_customer_summary_and_unknown_lookups(store):
    a = log(store, remedy="credit", remedy_cost="5", customer={"name": "Zed", "email": "z@x.io"})
    log(store, kind="compliment", customer={"name": "Zed", "email": "Z@X.IO"})
    summary = store.customers.summary(a.customer.id)
    assert (summary.cases, summary.complaints, summary.remedies_paid) == (2, 1, Decimal("5.00"))
    with pytest.raises(NotFound):
        store.cases.get("GW-1999-00001")


def test_name_lists_follow_writes_from_any_connection(store):
    log(store, staff="Maya", category="Coffee")
    assert store.case_list.staff_names() == ["Maya"] and store.case_list.categories() == ["Coffee"]
    log(store, staff="Tom", category="Bakery")
    log(store, staff="Tom", category="Bakery")
    assert store.case_list.staff_names() == ["Tom", "Maya"]
    from data.store import Store

    with Store(store.target) as other:  # e.g. an import on a worker thread
        other.cases.add(customer={"name": "Z"}, kind="question", summary="q", staff="Ava",
                        category="Menu")
        other.cases.add(customer={"name": "Z"}, kind="question", summary="q", staff="Ava",
                        category="Menu")
        other.cases.add(customer={"name": "Z"}, kind="question", summary="q", staff="Ava",
                        category="Menu")
    assert store.case_list.staff_names()[0] == "Ava" and store.case_list.categories(1) == ["Menu"]


@pytest.mark.parametrize("first, window", [(3, 3), (6, 6), (1000, 1000), (2, 6), (4, 1000)])
def test_a_search_first_screen_from_the_newest_cases_matches_the_whole_search(store, monkeypatch,
                                                                              first, window):
    """first_rows looks among the SEARCH_FIRST_WINDOW, then the SEARCH_WINDOW newest cases
    first: the answer must be the one the whole search gives, backdated cases (new id, old
    date) and cases moved to a later date (old id, new date) included."""
    import data.case_list as case_list_module

    monkeypatch.setattr(case_list_module, "SEARCH_FIRST_WINDOW", first)
    monkeypatch.setattr(case_list_module, "SEARCH_WINDOW", window)
    moved = log(store, "Muffin stale", occurred_at="2026-01-01 09:00")
    for day in range(1, 13):
        log(store, "Muffin crumbly" if day % 2 else "Tea weak",
            occurred_at=f"2026-02-{day:02d} 10:00")
    log(store, "Muffin burnt", occurred_at="2025-12-01 08:00")  # backdated: new id, old date
    log(store, "Muffin twin", occurred_at="2026-02-12 10:00")  # same time as the newest
    store.cases.update(moved.ref, {"occurred_at": "2026-03-01 09:00"})
    flt = CaseFilter(search="muf")
    every = list(store.case_list.ids(flt))
    for limit in (1, 2, 4, 7, 9, 20):
        assert [r.id for r in store.case_list.first_rows(flt, limit=limit)] == every[:limit]
    assert [r.id for r in store.case_list.first_rows(CaseFilter(search="muf", kind="question"))] == []
