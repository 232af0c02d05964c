"""Schema version 11: the shared log's search fold (gw_fold) gives the version-6 result for
every text, faster, and the helpers named like SQLite's functions are gone; logs and files
of version 10 upgrade with their rows found by search as before."""
from __future__ import annotations

import random

import psycopg
import pytest

from data import db as dbmod
from data import migrations, pg, pg_migrations
from data.model import CaseFilter
from data.store import Store

# Every character up to U+3000 (Latin-1, Latin Extended, IPA, combining marks, Greek,
# Cyrillic, Hebrew, Arabic, Indic, ...) and blocks of CJK, Hangul, specials and emoji.
RANGES = [(0x01, 0x3000), (0x3000, 0x3100), (0x4E00, 0x5000), (0xAC00, 0xAD00),
          (0xFB00, 0xFE00), (0xFE00, 0xFFFE), (0x1D400, 0x1D500), (0x1F300, 0x1FB00),
          (0x10FFF0, 0x110000)]
# Texts where the bodies' branches meet: a table letter beside other non-ASCII, a combining
# mark already in the text, letters of the table that are not in Latin-1.
MIXED = ["Crème brûlée — trop froide!", "Łódź: pierogi (zimne)", "naïve café", "e\u0301te\u0301",
         "Ǟ-x Ȳ_y", "Å\u030a", "日本語のé", "שלום é", "مرحبا ü", "😀é😀", "Ø ø Đ đ æ ß",
         "tab\tnew\nline\x01\x7f", "", "plain ascii, with: punct!", "ÿŸ", "ﬁ é", "Ａé"]


def _v6_fold() -> str:
    statement = next(s for s in pg.schema_sql() if "FUNCTION gw_fold(" in s)
    return statement.replace("FUNCTION gw_fold(", "FUNCTION gw_fold_v6(")


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(11)
    alphabet = [chr(c) for lo, hi in RANGES for c in range(lo, hi, 7)]
    ascii_ = [chr(c) for c in range(1, 128)]
    return ["".join(rnd.choice(ascii_ if rnd.random() < 0.6 else alphabet)
                    for _ in range(rnd.randrange(1, 40))) for _ in range(n)]


@pytest.mark.parametrize("utf8", [True, False], ids=["utf8-body", "other-encoding-body"])
def test_the_version_11_fold_gives_the_version_6_result_for_every_character(pg_url, utf8):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(_v6_fold())
        conn.execute("CREATE FUNCTION gw_fold_v11(text) RETURNS text LANGUAGE sql IMMUTABLE "
                     f"PARALLEL SAFE AS $$ {pg_migrations.fold_body(utf8)} $$")
        conn.execute("CREATE TABLE sample (s text)")
        with conn.cursor().copy("COPY sample (s) FROM STDIN") as copy:
            for lo, hi in RANGES:
                for code in range(lo, hi):
                    if not 0xD800 <= code <= 0xDFFF:
                        ch = chr(code)
                        copy.write_row((ch,))
                        copy.write_row((f"Ab{ch}.c é",))  # beside ASCII and a table letter
            for text in MIXED + _random_texts(3000):
                copy.write_row((text,))
        total, = conn.execute("SELECT count(*) FROM sample").fetchone()
        differ = conn.execute("SELECT s, gw_fold_v6(s), gw_fold_v11(s) FROM sample WHERE "
                              "gw_fold_v6(s) IS DISTINCT FROM gw_fold_v11(s) LIMIT 5").fetchall()
        assert total > 30_000 and differ == []
        assert conn.execute("SELECT gw_fold_v11(NULL) IS NULL, gw_fold_v11('Crème-brûlée!'), "
                            "gw_fold_v11('Łódź x')").fetchone() == (True, "Creme brulee ",
                                                                    "Łodz x")


CASES = [("Crème brûlée trop froide!", "Müller-Lüdenscheidt"),
         ("Łódź: pierogi (zimne)", "Zoë O'Brien"), ("Cold soup", "Ada Lovelace")]


def _search(store, words: str) -> list[str]:
    return sorted(c.summary for c in store.case_list.cases(CaseFilter(search=words)))


def _found_as_before(store) -> None:
    assert _search(store, "creme") == _search(store, "CRÈME") == [CASES[0][0]]
    assert _search(store, "muller lud") == [CASES[0][0]]
    assert _search(store, "łodz pierogi") == _search(store, "Łódź") == [CASES[1][0]]
    assert _search(store, "zoe") == [CASES[1][0]]
    assert _search(store, "soup") == [CASES[2][0]]


def test_a_version_10_shared_log_upgrades_to_11_and_finds_its_old_rows(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as raw, raw.transaction():
        for statement in pg.schema_sql():
            raw.execute(statement)
        for version, sqls in pg_migrations.statements(6):
            if version <= 10:
                for sql in sqls:
                    raw.execute(sql)
        raw.execute("INSERT INTO goodwill_meta (key, value) VALUES ('schema_version', '10')")
        for n, (summary, name) in enumerate(CASES, 1):
            raw.execute("INSERT INTO customers (id, name, created_at) VALUES (%s, %s, 'x')",
                        (n, name))
            raw.execute(
                "INSERT INTO cases (id, ref, occurred_at, occurred_ts, customer_id, "
                "customer_name, kind, summary, created_at, updated_at) VALUES (%s, %s, "
                "'2026-10-01T12:00:00+00:00', 1790856000, %s, %s, 'complaint', %s, 'x', 'x')",
                (n, f"GW-2026-{n:05}", n, name, summary))
        raw.execute("SELECT setval(pg_get_serial_sequence('customers', 'id'), 3)")
        raw.execute("SELECT setval(pg_get_serial_sequence('cases', 'id'), 3)")
        raw.execute("INSERT INTO ref_counters (year, last) VALUES (2026, 3)")
        before = raw.execute("SELECT id, search::text FROM cases ORDER BY id").fetchall()
        assert raw.execute("SELECT julianday('2026-10-01T12:00:00+00:00')").fetchone()
    with Store(pg_url) as store:
        assert pg.schema_version(store.conn) == pg_migrations.LATEST >= 11
        _found_as_before(store)
        stored = store.conn.execute("SELECT id, search::text FROM cases ORDER BY id").fetchall()
        assert [tuple(r) for r in stored] == [tuple(r) for r in before]
        helpers = store.conn.execute(
            "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace "
            "AND proname IN ('julianday', 'strftime', 'gw_sum_bool', 'sum')").fetchall()
        assert helpers == []
    with psycopg.connect(pg_url, autocommit=True) as raw:
        # Each row's search as the new body computes it: what the old one stored.
        raw.execute("UPDATE cases SET summary = summary || ''")
        assert raw.execute("SELECT id, search::text FROM cases ORDER BY id").fetchall() == before
        with pytest.raises(psycopg.errors.UndefinedFunction):
            raw.execute("SELECT julianday('2026-10-01T12:00:00+00:00')")


def test_a_new_shared_log_is_created_at_11_with_the_fast_fold(pg_url):
    with Store(pg_url) as store:
        body = store.conn.execute("SELECT prosrc FROM pg_proc WHERE proname = 'gw_fold' AND "
                                  "pronamespace = current_schema()::regnamespace").fetchone()[0]
        assert "normalize" in body and "regexp_replace" in body
        store.cases.add(customer={"name": CASES[0][1]}, kind="complaint", summary=CASES[0][0])
        assert _search(store, "brulee") == [CASES[0][0]]


def test_a_version_10_file_upgrades_to_11_unchanged(tmp_path):
    """Version 11 adds nothing to a file (the fold is the shared log's): the schema at 11
    is the schema at 10, and the later steps then take the file on as usual."""
    path = tmp_path / "old.db"
    dbmod.create_private_file(path)
    conn = dbmod.connect(path)
    migrations.upgrade(conn, dbmod.APPLICATION_ID, target=10)
    schema = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    migrations.upgrade(conn, dbmod.APPLICATION_ID, target=11)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 11
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        for summary, name in CASES:
            store.cases.add(customer={"name": name}, kind="complaint", summary=summary)
        assert store.case_list.count() == 3
        _found_as_before(store)
