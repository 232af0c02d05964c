"""Crash safety: a writer killed with SIGKILL at random moments loses no committed case."""
from __future__ import annotations

import sys

import pytest

from bench.kill_loop import check, run


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_fifty_kills_leave_an_intact_database_holding_every_committed_case(tmp_path):
    db = tmp_path / "goodwill.db"
    result = run(db, kills=50, seed=8)
    assert result["kills"] == 50
    assert result["committed"] > 50  # the kills landed while cases were being written
    from data.store import Store

    with Store(db) as store:  # opens with quick_check like the app does
        assert store.case_list.total() >= result["committed"]


def test_check_notices_a_missing_committed_case(tmp_path):
    from data.store import Store

    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        ref = store.cases.add(customer={"name": "A"}, kind="question", summary="s").ref
    assert check(db, {ref}) is None
    assert "missing" in check(db, {ref, "GW-1999-00001"})
