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


@pytest.fixture
def store(db_path):
    from data.store import Store

    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    from data.demo import load_demo

    load_demo(store)
    return store
