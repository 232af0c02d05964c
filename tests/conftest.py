"""Shared fixtures: every test gets its own real database file under tmp_path."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "goodwill.db"


# The shared engine: a PostgreSQL URL (CI starts a throw-away cluster, .ci/pg-cluster).
# Without it the PostgreSQL half of the engine-parametrized tests is skipped.
PG_URL = os.environ.get("GOODWILL_TEST_PG", "").strip()
ENGINES = ("sqlite", "postgresql")


def pg_schema_url(name: str) -> str:
    """PG_URL with its own schema first on the search path: a fresh, empty database for
    one test (CREATE SCHEMA takes milliseconds; CREATE DATABASE a tenth of a second)."""
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{name}"


def drop_pg_schema(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
def pg_url(request, tmp_path, monkeypatch):
    """An empty PostgreSQL database (a schema of its own) for this test; its desk's backups
    go to a per-user data folder under tmp_path (subprocesses inherit it)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    if not PG_URL:
        pytest.skip("no PostgreSQL server (set GOODWILL_TEST_PG, see .ci/pg-cluster)")
    import re
    import uuid

    name = "t_" + re.sub(r"\W", "_", request.node.name)[:30].lower() + "_" + uuid.uuid4().hex[:8]
    yield pg_schema_url(name)
    drop_pg_schema(name)


@pytest.fixture(params=ENGINES)
def target(request, db_path):
    """Where a test's database lives: a file, or (second run) a PostgreSQL URL."""
    if request.param == "sqlite":
        return db_path
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file itself (its bytes, pages or disk)")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(target):
    from data.store import Store

    s = Store(target)
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    from data.demo import load_demo

    load_demo(store)
    return store


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path, monkeypatch):
    """Nothing a test does reaches the real user's folders or keyring: the per-user config
    and data folders are under tmp_path (a bug's log goes there too), and keyring has no
    backend unless a test sets one."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core._keyring_backend = None  # chosen afresh from the environment above
