"""Schema version 12: the full-text index keeps lists of word beginnings (a search's last
word is a prefix) and every order the case list sorts by has an index. An owner's file and a
shared log upgrade from version 10 with every case found as before; the re-sort's first
screen is read off an index instead of sorting every case."""
from __future__ import annotations

import pytest

from data import migrations, pg, pg_migrations
from data.model import LIVE, CaseFilter
from data.store import Store
from data.case_list import SORTABLE

WORDS = ("sandwich", "sand", "s", "sa", "crème", "creme", "brul", "brûlée", "cold sandwich",
         "müller", "mull", "zebedee", "quux", "lukewarm", "z")


def _at_version_10(monkeypatch) -> None:
    """Open (and create) logs as version 10 did, the last version before this one."""
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [m for m in migrations.MIGRATIONS if m[0] <= 10])
    monkeypatch.setattr(migrations, "LATEST", 10)
    monkeypatch.setattr(pg_migrations, "MIGRATIONS",
                        [m for m in pg_migrations.MIGRATIONS if m[0] <= 10])
    monkeypatch.setattr(pg, "SCHEMA_VERSION", 10)


def _version(store) -> int:
    if store.url:
        return pg.schema_version(store.conn)
    return store.conn.execute("PRAGMA user_version").fetchone()[0]


def _fill(store) -> None:
    """Cases whose words the searches below find (or, once erased, must not)."""
    for name, summary, details in (
            ("Ada Müller", "Stale sandwich", "The bread was hard"),
            ("Ben Sandoval", "Cold sandwiches", "Served from the fridge"),
            ("Cleo Brun", "Crème brûlée burnt", "Caramel black"),
            ("Dora Mullins", "Lukewarm soup", "Sandy floor at the entrance"),
            ("Zebedee Quux", "Zebedee's sandwich order lost", "Quux asked twice")):
        store.cases.add(customer={"name": name}, kind="complaint", summary=summary,
                       details=details)
    erased = store.cases.get(store.case_list.cases(CaseFilter(search="zebedee"))[0].ref)
    store.privacy.erase(erased.customer.id)
    store.trash.delete(store.case_list.cases(CaseFilter(search="lukewarm"))[0].ref)


def _found(store) -> dict[str, list[str]]:
    return {word: sorted(c.ref for c in store.case_list.cases(CaseFilter(search=word)))
            for word in WORDS}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_version_10_log_upgrades_with_every_case_found_as_before(engine, request, tmp_path,
                                                                   monkeypatch):
    where = tmp_path / "old.db" if engine == "sqlite" else request.getfixturevalue("pg_url")
    with monkeypatch.context() as old:
        _at_version_10(old)
        with Store(where) as store:
            assert _version(store) == 10
            _fill(store)
            before = _found(store)
    with Store(where) as store:
        assert _version(store) == migrations.LATEST >= 12
        after = _found(store)
        # A case added after the upgrade is found by its beginnings too (triggers in place).
        added = store.cases.add(customer={"name": "Eve"}, kind="question",
                               summary="Sandwich sizes")
        assert added.ref in {c.ref for c in store.case_list.cases(CaseFilter(search="sandw"))}
    assert after == before
    # What was found is what the words say: erased and deleted cases' words stay absent.
    assert len(before["sand"]) == 2 and before["sand"] == before["sandwich"]
    assert len(before["cold sandwich"]) == 1 and set(before["cold sandwich"]) < set(before["sand"])
    assert before["zebedee"] == before["quux"] == before["lukewarm"] == []
    assert before["creme"] == before["crème"] == before["brul"] != []
    assert before["müller"] == before["mull"] != []


def test_the_search_index_keeps_word_beginnings_after_the_upgrade(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as old:
        _at_version_10(old)
        Store(path).close()
    with Store(path) as store:
        sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'cases_fts'"
                                 ).fetchone()[0]
        triggers = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'cases'")}
    assert f"prefix='{migrations.FTS_PREFIXES}'" in sql
    assert {"cases_ai", "cases_ad", "cases_au"} <= triggers


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(SORTABLE))
def test_every_list_order_reads_an_index_not_a_sort(store, sort, descending):
    """The statement the list's first screen runs for its ids (data/store.py _id_query)."""
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT cases.id FROM cases WHERE {LIVE} ORDER BY {SORTABLE[sort]} {direction}, "
           f"cases.id {direction} LIMIT 200")
    if store.url:
        # Forbidding a sort shows whether an index gives this order at all (the planner of
        # a table this small would sort either way).
        store.conn.raw.execute("SET enable_sort = off")
        plan = [r[0] for r in store.conn.raw.execute(f"EXPLAIN (COSTS OFF) {sql}")]
        store.conn.raw.execute("RESET enable_sort")
        assert not [step for step in plan if "Sort" in step], plan
        assert any("Index" in step for step in plan), plan
        return
    plan = [r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    assert not [step for step in plan if "TEMP B-TREE" in step], plan
    assert any("USING INDEX" in step for step in plan), plan
