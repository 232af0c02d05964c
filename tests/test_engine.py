"""The engine seam (data/engine.py), the one due/overdue rule (data/due.py), psycopg's
placeholders (data/pg.py) and a shared log's upgrade from its first schema version."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from data import due, engine
from data.metrics import Month, month_metrics
from data.model import CaseFilter, iso, now, parse_when
from data.pg import placeholders
from data.reminders import Reminder
from data.store import Store

ROOT = Path(__file__).resolve().parent.parent


# ---- placeholders: the one mechanical step ------------------------------------------------

def test_placeholders_become_psycopgs_outside_quotes_only():
    sql = ("SELECT a FROM t WHERE b = ? AND c = :name AND d::text LIKE '%x:y?' "
           "AND e = 'it''s :no' AND \"odd%\" = :n2 -- don't: ?\nAND f = ? % 2")
    assert placeholders(sql) == (
        "SELECT a FROM t WHERE b = %s AND c = %(name)s AND d::text LIKE '%%x:y?' "
        "AND e = 'it''s :no' AND \"odd%%\" = %(n2)s -- don't: ?\nAND f = %s %% 2")


def test_a_backslash_literal_ends_where_postgresql_ends_it():
    assert placeholders("x LIKE :l ESCAPE '\\' OR y = ?") == "x LIKE %(l)s ESCAPE '\\' OR y = %s"


def test_no_sql_is_rewritten_at_run_time():
    """SQLite's spellings of what differs live in data/engine.py (and the SQLite schema)
    only: shared SQL asks the engine instead of being rewritten for PostgreSQL."""
    allowed = {"engine.py", "migrations.py", "pg_schema.py", "pg_migrations.py"}
    for path in sorted((ROOT / "data").glob("*.py")):
        if path.name in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        for spelling in ("julianday(", "strftime('%s'", "INDEXED BY", "temp.", "::timestamptz",
                         "group_concat(", "PRAGMA secure_delete", "PRAGMA wal_checkpoint"):
            assert spelling not in text, f"{path.name} spells {spelling!r} itself"


def test_a_pragma_reaches_the_server_as_the_error_it_is(pg_url):
    import psycopg

    with Store(pg_url) as store:
        with pytest.raises(psycopg.Error):
            store.conn.execute("PRAGMA secure_delete = ON")


def test_each_connection_knows_its_engine(target):
    with Store(target) as store:
        assert engine.of(store.conn) is (engine.POSTGRESQL if store.shared else engine.SQLITE)
        assert store.eng.shared == store.shared


# ---- one rule for due and overdue ---------------------------------------------------------

DUE = "2026-10-03T10:00:00+02:00"  # the same instant as 08:00:00 UTC


@pytest.mark.parametrize("at, is_due, is_overdue", [
    ("2026-10-03T07:59:59+00:00", False, False),
    ("2026-10-03T08:00:00+00:00", True, False),   # at the target: due, still on time
    ("2026-10-03T10:00:01+02:00", True, True),
])
def test_the_boundary_is_the_same_in_sql_on_both_engines_and_in_python(target, at, is_due,
                                                                        is_overdue):
    with Store(target) as store:
        eng = store.eng
        sql = (f"SELECT {due.due_sql(eng, ':due', ':at')}, "
               f"{due.overdue_at_sql(eng, ':due', ':at')}")
        in_sql = [bool(v) for v in store.conn.execute(sql, {"due": DUE, "at": at}).fetchone()]
    moment = parse_when(at)
    assert in_sql == [is_due, is_overdue]
    assert [due.is_due(DUE, moment), due.is_overdue(DUE, moment)] == [is_due, is_overdue]
    assert Reminder("acknowledge", 1, "GW-1", "Ada", "x", DUE).overdue(moment) is is_overdue


def _complaint(store, occurred, **fields):
    return store.cases.add(customer={"name": "Ada"}, kind="complaint", summary="Cold soup",
                          occurred_at=iso(occurred), **fields)


def test_list_flag_filter_count_case_and_reminders_agree(target):
    """Every place that says "overdue" gives one answer per case."""
    with Store(target) as store:
        hours = store.profile.get().ack_hours
        moment = now()
        late = _complaint(store, moment - timedelta(hours=hours, minutes=5))
        on_time = _complaint(store, moment - timedelta(hours=hours) + timedelta(minutes=30))
        store.cases.add(customer={"name": "Bo"}, kind="compliment", summary="Lovely",
                       occurred_at=iso(moment - timedelta(days=30)))
        expected = {c.id: due.is_overdue(c.ack_due_at, now()) for c in (late, on_time)}
        assert expected == {late.id: True, on_time.id: False}
        rows = {r.id: bool(r.overdue) for r in store.case_list.first_rows(CaseFilter())}
        assert {i: rows[i] for i in expected} == expected
        assert {r.id: bool(r.overdue) for r in store.case_list.rows(list(expected))} == expected
        assert {i: store.cases.is_overdue(i) for i in expected} == expected
        assert set(store.case_list.ids(CaseFilter(overdue=True))) == {late.id}
        assert store.case_list.counts().overdue == 1
        at = now()
        told = {r.case_id for r in store.reminders.due(at) if r.kind == "acknowledge"
                and r.overdue(at)}
        assert told == {late.id}


def test_an_acknowledgement_at_the_target_is_within_it_in_the_report(target):
    with Store(target) as store:
        hours = store.profile.get().ack_hours
        start = parse_when("2026-03-10T09:00:00+00:00")
        exactly = _complaint(store, start, acknowledged_at=iso(start + timedelta(hours=hours)))
        _complaint(store, start, acknowledged_at=iso(start + timedelta(hours=hours, seconds=1)))
        figures = month_metrics(store, Month(2026, 3), as_of=start + timedelta(days=40))
        assert figures.complaints.acknowledged == 2
        assert figures.complaints.acknowledged_in_time == 1
        # The same rule, asked the other way round: at the moment it was acknowledged, the
        # case on time was not yet overdue.
        assert not due.is_overdue(exactly.ack_due_at, parse_when(exactly.acknowledged_at))


# ---- a shared log from version 6 ------------------------------------------------------------

def test_a_version_6_shared_log_upgrades_to_the_latest_with_its_rows(pg_url):
    import psycopg

    from data import migrations, pg, pg_migrations

    assert pg_migrations.FIRST == 6 and pg_migrations.LATEST == migrations.LATEST
    with psycopg.connect(pg_url, autocommit=True) as raw, raw.transaction():
        for statement in pg.schema_sql():
            raw.execute(statement)
        raw.execute("INSERT INTO goodwill_meta (key, value) VALUES ('schema_version', '6')")
        # Version 6 has none of the later columns: the rows below are all a v6 log can hold.
        assert raw.execute("SELECT count(*) FROM information_schema.columns WHERE table_name "
                           "= 'cases' AND column_name IN ('cause_finding', 'resolved_ts', "
                           "'assigned_to', 'deleted_at') AND table_schema = current_schema()"
                           ).fetchone()[0] == 0
        raw.execute("INSERT INTO customers (id, name, email, created_at) VALUES "
                    "(1, 'Ada Lovelace', 'ada@example.org', '2026-09-30T08:00:00+00:00')")
        raw.execute("SELECT setval(pg_get_serial_sequence('customers', 'id'), 1)")
        raw.execute(
            "INSERT INTO cases (id, ref, occurred_at, occurred_ts, customer_id, customer_name, "
            "kind, summary, details, status, resolved_at, ack_due_at, resolve_due_at, "
            "created_at, updated_at) VALUES (1, 'GW-2026-00001', '2026-10-01T12:00:00+00:00', "
            "1790856000, 1, 'Ada Lovelace', 'complaint', 'Cold soup', 'Served lukewarm', "
            "'resolved', '2026-10-02T12:00:00+00:00', '2026-10-02T12:00:00+00:00', "
            "'2026-10-08T12:00:00+00:00', 'x', 'x')")
        raw.execute("SELECT setval(pg_get_serial_sequence('cases', 'id'), 1)")
        raw.execute("INSERT INTO case_history (case_id, at, field, new, by) VALUES "
                    "(1, 'x', 'created', 'GW-2026-00001', 'desk 1')")
        raw.execute("INSERT INTO ref_counters (year, last) VALUES (2026, 1)")
    with Store(pg_url) as store:
        assert pg.schema_version(store.conn) == pg_migrations.LATEST
        case = store.cases.get("GW-2026-00001")
        assert (case.summary, case.details, case.customer.email, case.resolved_at) == (
            "Cold soup", "Served lukewarm", "ada@example.org", "2026-10-02T12:00:00+00:00")
        assert (case.cause_finding, store.conn.execute(
            "SELECT resolved_ts - occurred_ts, assigned_to, deleted_at FROM cases WHERE id = 1"
        ).fetchone()) == ("", (86400, "", None))
        assert [h.new for h in store.history.of(case.id)] == ["GW-2026-00001"]
        assert [c.ref for c in store.case_list.cases(CaseFilter(search="lukewarm"))] == [case.ref]
        added = store.cases.add(customer_id=1, kind="question", summary="Opening hours?")
        year = now().year
        assert added.ref == ("GW-2026-00002" if year == 2026 else f"GW-{year}-00001")
