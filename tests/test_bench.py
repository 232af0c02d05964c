"""The benchmark's generated databases are real Goodwill files, and the fast paths the
benchmarks led to (bulk full-text indexing on import, the one-step id list) give the same
answers as the slow ones. No timings here: bench/run.py measures those."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import generate  # noqa: E402
from data.csvio import import_file  # noqa: E402
from data.model import CaseFilter  # noqa: E402
from data import case_list as case_list_module  # noqa: E402
from data.store import Store  # noqa: E402
from data.case_list import SORTABLE  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "gen.db"
    return generate.build_database(path, 2_000)


def _fts_ok(conn) -> None:
    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")


def test_generated_database_opens_checks_and_searches(generated):
    with Store(generated) as store:
        assert store.case_list.total() == 2_000
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        _fts_ok(store.conn)
        word_hits = store.conn.execute(
            "SELECT count(*) FROM cases WHERE details LIKE '%sandwich%' "
            "OR summary LIKE '%sandwich%'").fetchone()[0]
        assert word_hits > 0
        assert store.case_list.count(CaseFilter(search="sandwich")) >= word_hits


def test_generated_database_keeps_the_schema_objects(generated, tmp_path):
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    with sqlite3.connect(generated) as a, sqlite3.connect(fresh) as b:
        assert a.execute(schema).fetchall() == b.execute(schema).fetchall()


def test_a_new_case_in_a_generated_database_gets_an_unused_reference(generated, tmp_path):
    copy = tmp_path / "copy.db"
    with Store(generated) as source:
        source.backups.make(copy)
    with Store(copy) as store:
        latest = store.conn.execute("SELECT occurred_at FROM cases ORDER BY id DESC "
                                    "LIMIT 1").fetchone()[0]
        case = store.cases.add(customer={"name": "New Person"}, kind="question",
                               summary="Open on Sunday?", occurred_at=latest)
        assert store.conn.execute("SELECT count(*) FROM cases WHERE ref = ?",
                                  (case.ref,)).fetchone()[0] == 1


def test_full_id_list_matches_row_by_row_order_for_every_sort(generated):
    with Store(generated) as store:
        for flt in (CaseFilter(), CaseFilter(search="coffee"), CaseFilter(kind="complaint")):
            for sort in SORTABLE:
                for descending in (True, False):
                    ids = store.case_list.ids(flt, sort, descending)
                    first = store.case_list.ids(flt, sort, descending, limit=50)
                    assert list(ids[:50]) == list(first)
                    assert len(ids) == store.case_list.count(flt)
                    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("page", [7, 100, 1_000])
def test_date_ordered_id_list_read_in_pages_has_every_case_once_in_order(
        generated, tmp_path, monkeypatch, page):
    """The full list in date order comes a page at a time, each page starting after the
    previous one's last (date, id); many cases at one moment put page edges inside ties."""
    copy = tmp_path / "ties.db"
    with Store(generated) as source:
        source.backups.make(copy)
    monkeypatch.setattr(case_list_module, "ID_PAGE", page)
    with Store(copy) as store:
        moment = store.conn.execute("SELECT occurred_at FROM cases ORDER BY occurred_ts "
                                    "LIMIT 1 OFFSET 500").fetchone()[0]
        for i in range(25):
            store.cases.add(customer={"name": f"Same Time {i}"}, kind="complaint",
                            summary="All at once", occurred_at=moment)
        for flt in (CaseFilter(), CaseFilter(kind="complaint"), CaseFilter(status="open"),
                    CaseFilter(overdue=True)):
            for sort in ("occurred_at", "age"):
                for descending in (True, False):
                    paged = store.case_list.ids(flt, sort, descending)
                    row_by_row = store.case_list.ids(flt, sort, descending, limit=10**9)
                    assert list(paged) == list(row_by_row), (flt, sort, descending)
                    assert len(paged) == store.case_list.count(flt) > 0


def test_import_indexes_its_text_and_puts_the_search_trigger_back(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "OUT", tmp_path)
    source = generate.ensure_csv(300, log=lambda _: None)
    with Store(tmp_path / "imp.db") as store:
        import_file(store, source)
        _fts_ok(store.conn)
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'cases_ai'").fetchone()[0] == 1
        hits = store.conn.execute("SELECT count(*) FROM cases WHERE summary LIKE "
                                  "'%sandwich%' OR details LIKE '%sandwich%'").fetchone()[0]
        assert store.case_list.count(CaseFilter(search="sandwich")) == hits
        case = store.cases.add(customer={"name": "After Import"}, kind="complaint",
                               summary="Xylophone music too loud", occurred_at="2026-01-02")
        assert store.case_list.ids(CaseFilter(search="xylophone")).tolist() == [case.id]


def test_a_failed_import_leaves_the_search_trigger_and_cases_as_they_were(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "OUT", tmp_path)
    source = generate.ensure_csv(50, log=lambda _: None)
    with Store(tmp_path / "imp.db") as store:
        calls = []
        insert = store.cases.insert

        def failing_insert(*args, **kwargs):
            calls.append(1)
            if len(calls) > 10:
                raise RuntimeError("the power went")
            return insert(*args, **kwargs)

        monkeypatch.setattr(store.cases, "insert", failing_insert)
        with pytest.raises(RuntimeError):
            import_file(store, source)
        assert store.case_list.total() == 0
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'cases_ai'").fetchone()[0] == 1


def test_first_rows_are_the_rows_of_the_first_ids_for_every_sort_and_filter(generated):
    with Store(generated) as store:
        for flt in (CaseFilter(), CaseFilter(search="coffee"), CaseFilter(status="open"),
                    CaseFilter(overdue=True)):
            for sort in SORTABLE:
                for descending in (True, False):
                    expected = store.case_list.rows(store.case_list.ids(flt, sort, descending, limit=60))
                    assert store.case_list.first_rows(flt, sort, descending, limit=60) == expected


@pytest.mark.parametrize("walk_from", [1, 10**9])
def test_a_search_first_screen_is_the_head_of_its_full_list_whichever_plan_runs(
        generated, monkeypatch, walk_from):
    """A common word's first screen walks the date index, a rare one sorts its matches:
    both give the same screen as the full list (walk_from=1 makes every word common)."""
    monkeypatch.setattr(case_list_module, "SEARCH_WALK_HITS", walk_from)
    with Store(generated) as store:
        for word in ("coffee", "sandw", "zzzz"):
            flt = CaseFilter(search=word)
            for sort in ("occurred_at", "age", "customer"):
                for descending in (True, False):
                    full = list(store.case_list.ids(flt, sort, descending))
                    screen = store.case_list.first_rows(flt, sort, descending, limit=60)
                    assert [r.id for r in screen] == full[:60], (word, sort, descending)
                    assert list(store.case_list.ids(flt, sort, descending, limit=60)) == full[:60]


def test_the_desks_bench_runs_desks_against_one_server_and_accounts_for_every_save(pg_url):
    """bench/desks.py end to end with two desks for a few seconds: it reports its measures,
    loses no save, and leaves no schema of its own behind."""
    import json
    import subprocess

    import psycopg

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "desks.py"), "--pg", pg_url, "--desks", "2",
         "--seconds", "3", "--cases", "100", "--import-rows", "200"],
        capture_output=True, text=True, timeout=300)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["saves"] > 0 and report["errors"] == 0, done.stderr
    assert report["lost_updates"] == 0 and report["import_seconds"] is not None
    for key in ("p50_save_ms", "p95_save_ms", "max_save_ms", "p95_refresh_ms",
                "conflicts_shown"):
        assert key in report
    with psycopg.connect(pg_url) as conn:
        left = conn.execute("SELECT count(*) FROM information_schema.schemata "
                            "WHERE schema_name LIKE 'desks_bench_%'").fetchone()[0]
    assert left == 0


def test_a_log_built_from_copies_is_a_sound_log_with_unique_references(tmp_path, monkeypatch):
    """bench/growth.py's ten-million-case logs are copies of a smaller one moved back in
    time (generate.build_scaled): each copy its own years, ids growing with time, every
    reference once, the full-text index and schema whole, and a new case gets a free
    reference."""
    monkeypatch.setattr(generate, "SCALE_BASE", 500)
    base = generate.build_database(tmp_path / "base.db", 500)
    scaled = generate.build_scaled(tmp_path / "scaled.db", 1_500, base)
    with Store(base) as small:
        base_hits = small.case_list.count(CaseFilter(search="sandwich"))
    with Store(scaled) as store:
        conn = store.conn
        assert store.case_list.total() == 1_500
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        _fts_ok(conn)
        assert conn.execute("SELECT count(DISTINCT ref) FROM cases").fetchone()[0] == 1_500
        order = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY occurred_ts, id")]
        assert order == sorted(order)
        years = conn.execute("SELECT DISTINCT substr(ref, 4, 4) = substr(occurred_at, 1, 4) "
                             "FROM cases").fetchall()
        assert years == [(1,)]
        assert store.case_list.count(CaseFilter(search="sandwich")) == 3 * base_hits
        oldest = conn.execute("SELECT occurred_at FROM cases WHERE id = 1").fetchone()[0]
        case = store.cases.add(customer={"name": "New Person"}, kind="question",
                              summary="Open on Sunday?", occurred_at=oldest)
        assert conn.execute("SELECT count(*) FROM cases WHERE ref = ?",
                            (case.ref,)).fetchone()[0] == 1
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    with sqlite3.connect(scaled) as a, sqlite3.connect(base) as b:
        assert a.execute(schema).fetchall() == b.execute(schema).fetchall()
