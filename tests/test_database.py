"""The database file: creation, migrations, refusing files that are not ours, pragmas."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from data import db as dbmod
from data import migrations
from data.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


def test_new_file_is_created_migrated_and_private(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert conn.execute("PRAGMA application_id").fetchone()[0] == dbmod.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"cases", "customers", "case_history", "profile", "cases_fts",
            "case_checklists", "letters"} <= tables
    assert db_path.stat().st_mode & 0o777 == 0o600


@pytest.mark.sqlite_only
def test_connection_pragmas(store):
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_fixture_databases_are_present():
    # Without them the upgrade test below would be silently skipped.
    assert sorted(FIXTURES.glob("schema-v*.db")), "tests/fixtures/schema-v*.db missing"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-v*.db")))
def test_every_released_schema_upgrades(tmp_path, fixture):
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    before = sqlite3.connect(path)
    old_version = before.execute("PRAGMA user_version").fetchone()[0]
    refs = [r[0] for r in before.execute("SELECT ref FROM cases ORDER BY id")]
    before.close()
    assert old_version < migrations.LATEST and refs
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        assert [store.cases.get(r).ref for r in refs] == refs
        backups = list((tmp_path / "backups").glob("*before-upgrade*.db"))
        assert len(backups) == 1
    kept = sqlite3.connect(backups[0])
    assert kept.execute("PRAGMA user_version").fetchone()[0] == old_version


def test_each_migration_is_one_transaction(db_path, monkeypatch):
    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(99, broken)])
    monkeypatch.setattr(migrations, "LATEST", 99)
    with pytest.raises(RuntimeError):
        Store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.MIGRATIONS[-2][0]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names


def _refused(path: Path, error):
    before = path.read_bytes()
    with pytest.raises(error) as info:
        Store(path)
    assert path.read_bytes() == before, "a refused file must not be modified"
    assert str(path) in str(info.value)
    return str(info.value)


def test_refuses_newer_database(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    message = _refused(db_path, dbmod.NewerDatabase)
    assert "newer version of Goodwill" in message


def test_refuses_foreign_sqlite_file(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    assert "another program" in _refused(path, dbmod.ForeignDatabase)


def test_refuses_other_application_id(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(path, dbmod.ForeignDatabase)


def test_refuses_empty_and_text_files(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "empty file" in _refused(empty, dbmod.EmptyFile)
    text = tmp_path / "notes.db"
    text.write_text("Shopping list\n- flour\n")
    assert "not an SQLite file" in _refused(text, dbmod.NotSQLite)


@pytest.mark.sqlite_only
def test_refuses_corrupt_database(demo_store):
    path = demo_store.path
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    _refused(path, dbmod.CorruptDatabase)


def test_a_version_6_file_gains_the_cause_finding_and_the_customer_description(tmp_path):
    path = tmp_path / "v6.db"
    shutil.copy(FIXTURES / "schema-v6.db", path)
    with Store(path) as store:
        case = store.case_list.cases()[-1]
        assert (case.cause_finding, case.customer_description) == ("", "")
        changed = store.cases.update(case.ref, {"cause_finding": "Not ours",
                                                "customer_description": "You fell ill."})
        assert (changed.cause_finding, changed.customer_description) == ("not_ours",
                                                                         "You fell ill.")
        with pytest.raises(ValueError, match="cause finding"):
            store.cases.update(case.ref, {"cause_finding": "maybe"})


def test_a_version_6_postgresql_log_is_upgraded_in_place(pg_url):
    import psycopg

    from data import pg

    with Store(pg_url) as store:
        ref = store.cases.add(customer={"name": "Sam"}, kind="complaint", summary="Unwell",
                              occurred_at="2026-08-14 12:30").ref
    # The same log as Goodwill's schema 6 made it: without the two columns version 7 adds
    # and the resolution time version 8 adds, nor the staff and remedies of version 9,
    # nor the Trash version 10 adds.
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE cases DROP COLUMN cause_finding, "
                     "DROP COLUMN customer_description, DROP COLUMN resolved_ts, "
                     "DROP COLUMN deleted_at, DROP COLUMN deleted_by")
        conn.execute("DROP FUNCTION gw_epoch(text)")
        conn.execute("DROP TABLE remedies, staff")
        conn.execute("ALTER TABLE cases DROP COLUMN assigned_to")
        conn.execute("UPDATE goodwill_meta SET value = '6' WHERE key = 'schema_version'")
    with Store(pg_url) as store:
        assert pg.schema_version(store.conn) == pg.SCHEMA_VERSION == migrations.LATEST
        case = store.cases.update(ref, {"cause_finding": "open",
                                        "customer_description": "You felt unwell."})
        assert (case.summary, case.cause_finding, case.customer_description) == (
            "Unwell", "open", "You felt unwell.")
        with pytest.raises(psycopg.errors.CheckViolation):
            store.conn.execute("UPDATE cases SET cause_finding = 'perhaps'")
