"""The server enforces authority on a shared log: a login given goodwill_staff cannot decide
a remedy, change limits or erase customers, even with plain SQL; the owner's login (which
created the log) works as before. Also: logs and files of version 8 upgrade to staff and
authority on both engines."""
from __future__ import annotations

import uuid

import pytest

from data import db as dbmod
from data import migrations
from data.store import Store


@pytest.fixture
def staff_login(pg_url):
    """A real LOGIN role of the server, dropped after the test; (name, its URL)."""
    import psycopg

    from tests.conftest import PG_URL

    name = f"gw_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN')
    head, tail = pg_url.split("://", 1)
    yield name, f"{head}://{name}@{tail.split('@', 1)[1]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP OWNED BY "{name}"')
        conn.execute(f'DROP ROLE "{name}"')


def _log_with_a_request(url):
    with Store(url) as store:
        store.profile.update(name="Café", owner="Olga", refund_limit="50")
        store.staff.add("Olga", "owner")
        store.staff.add("Ann", "staff", limit="20", by="Olga")
        case = store.cases.add(kind="complaint", summary="Cold soup", customer={"name": "Ada"})
        store.authority.record_remedy(case.ref, "refund", "80", by="Ann")
        from data.pg_roles import setup_roles

        setup_roles(store)
        return case


def test_a_staff_login_cannot_approve_change_limits_or_erase_even_with_sql(pg_url, staff_login):
    import psycopg
    from psycopg.errors import InsufficientPrivilege

    name, url = staff_login
    case = _log_with_a_request(pg_url)
    with Store(pg_url) as owner:
        from data.pg_roles import grant_login

        assert grant_login(owner, name, "staff") == "goodwill_staff"
    with psycopg.connect(url, autocommit=True) as conn:
        for sql in ("UPDATE remedies SET status = 'approved', decided_by = 'Ann'",
                    "UPDATE cases SET approved_by = 'Ann'",
                    "UPDATE staff SET limit_cents = 1000000",
                    "UPDATE profile SET refund_limit_cents = 1000000",
                    "UPDATE customers SET erased_at = 'now'",
                    "DELETE FROM customers"):
            with pytest.raises(InsufficientPrivilege):
                conn.execute(sql)
        # Nor granting oneself more than the limit by writing the row directly.
        with pytest.raises(InsufficientPrivilege):
            conn.execute("INSERT INTO remedies (case_id, kind, amount_cents, status, "
                         "requested_at, requested_ts) VALUES (%s, 'refund', 9000, 'granted', "
                         "'x', 0)", (case.id,))
    # The desk works for the staff login: it reads, logs and asks.
    with Store(url) as desk:
        other = desk.cases.add(kind="complaint", summary="Late", customer={"name": "Bo"})
        assert desk.authority.record_remedy(other.ref, "gift", "10", by="Ann").status == "granted"
        assert desk.authority.record_remedy(other.ref, "gift", "30", by="Ann").status == \
            "awaiting_approval"
        with pytest.raises(InsufficientPrivilege):
            desk.authority.approve(other.ref, by="Olga")  # the server says no to this login
    # The owner's own login (the log's owner) decides as before.
    with Store(pg_url) as owner:
        owner.authority.approve(case.ref, by="Olga")
        assert owner.authority.as_json(owner.cases.get(case.ref))["remedy_status"] == "approved"


def test_a_manager_login_decides_within_its_limit_only(pg_url, staff_login):
    import psycopg
    from psycopg.errors import InsufficientPrivilege

    name, url = staff_login
    case = _log_with_a_request(pg_url)
    with Store(pg_url) as owner:
        from data.pg_roles import grant_login

        owner.staff.add("Bob", "manager", limit="60", login=name, by="Olga")
        grant_login(owner, name, "manager")
    with psycopg.connect(url, autocommit=True) as conn:
        # 80 is above Bob's 60: row-level security hides the row from his UPDATE.
        assert conn.execute("UPDATE remedies SET status = 'approved' WHERE case_id = %s",
                            (case.id,)).rowcount == 0
        with pytest.raises(InsufficientPrivilege):
            conn.execute("UPDATE staff SET limit_cents = 100000 WHERE name = 'Bob'")
    with Store(pg_url) as owner:
        owner.conn.execute("UPDATE staff SET limit_cents = 10000 WHERE name = 'Bob'")
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("UPDATE remedies SET status = 'approved' WHERE case_id = %s",
                            (case.id,)).rowcount == 1


def _v8_file(path) -> None:
    dbmod.create_private_file(path)
    conn = dbmod.connect(path)
    migrations.upgrade(conn, dbmod.APPLICATION_ID, target=8)
    conn.execute("INSERT INTO customers (id, name, created_at) VALUES (1, 'Ada', 'x')")
    conn.execute("INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, kind, summary, "
                 "remedy, remedy_cost_cents, needs_approval, created_at, updated_at) VALUES "
                 "('GW-2026-00001', '2026-10-01T12:00:00+00:00', 1790856000, 1, 'complaint', "
                 "'Old', 'refund', 9000, 1, 'x', 'x')")
    conn.close()


def _upgraded(store) -> None:
    case = store.cases.get("GW-2026-00001")
    assert store.authority.as_json(case) == {"assigned_to": None, "remedy_status":
                                             "awaiting_approval", "decided_by": None,
                                             "decided_at": None}
    assert not store.staff.any()
    store.staff.add("Olga", "owner")
    store.authority.assign(case.ref, "Olga", by="Olga")
    assert store.authority.as_json(store.cases.get(case.ref))["assigned_to"] == "Olga"


def test_a_version_8_file_upgrades_to_staff_and_authority(tmp_path):
    path = tmp_path / "old.db"
    _v8_file(path)
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        _upgraded(store)


def test_a_version_8_shared_log_upgrades_to_staff_and_authority(pg_url):
    import psycopg

    from data import pg, pg_migrations

    with psycopg.connect(pg_url, autocommit=True) as raw, raw.transaction():
        for statement in pg.schema_sql():
            raw.execute(statement)
        for _version, sqls in pg_migrations.statements(6):
            if _version <= 8:
                for sql in sqls:
                    raw.execute(sql)
        raw.execute("INSERT INTO goodwill_meta (key, value) VALUES ('schema_version', '8')")
        raw.execute("INSERT INTO customers (id, name, created_at) VALUES (1, 'Ada', 'x')")
        raw.execute("INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, kind, "
                    "summary, remedy, remedy_cost_cents, needs_approval, created_at, updated_at) "
                    "VALUES ('GW-2026-00001', '2026-10-01T12:00:00+00:00', 1790856000, 1, "
                    "'complaint', 'Old', 'refund', 9000, 1, 'x', 'x')")
    with Store(pg_url) as store:
        assert pg.schema_version(store.conn) == migrations.LATEST
        _upgraded(store)
