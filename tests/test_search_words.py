"""A search's last word, typed as a prefix, is searched in a file as the whole words of the
index that begin with it (data/search_words.py): every list the case list builds from a
search (the first screen, the whole id list, the count, in every order) holds the same cases
in the same order as the prefix itself finds, whatever the words and the owner's typing."""
from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from data import search_words
from data import case_list
from data.case_list import fts_query
from data.model import CaseFilter
from data.store import Store

# Families of words sharing their beginnings, some only once accents and capitals are
# folded; RTL scripts, CJK, a private-use letter, FTS5's own keywords, digits.
WORDS = ("sandwich", "sandwiches", "sandy", "sandal", "Sandoval", "sandwichboard", "muffin",
         "muffins", "muffled", "crème", "creme", "CRÈMES", "cremation", "brûlée", "brulee",
         "Müller", "mullins", "mull", "straße", "strasse", "naïve", "naive", "ﬁsh", "Ａbcd",
         "e\u0301te\u0301", "ete", "Øresund", "oresund", "שלום", "שלומית", "مرحبا", "مرحباً",
         "日本語のé", "NEAR", "NEARLY", "AND", "ANDROID", "OR", "ORANGE", "NOT", "NOTHING",
         "\U0010fffdword", "\U0010fffdwork", "abc123", "abc1234", "x\u200fyz", "ǅemal", "ǆemal")
# More words than search_words.MOST_WORDS begin with "zork": that prefix stays a prefix.
MANY = tuple(f"zork{i:03d}" for i in range(search_words.MOST_WORDS + 10))
BETWEEN = (" ", " ", " ", "-", "'", '"', "\t", "\n", "\x01", ", ", "😀", "\u200f", ".", "*")
# About two cases in five: more matches than WALK_HITS, the first screen's walk.
COMMON = "sandwich"
CASES = 6_000
# The case list's limits for a search's first screen, scaled to this file: the newest
# FIRST_WINDOW, then WINDOW cases are looked in first, and WALK_HITS matches make a search
# common.
FIRST_WINDOW, WINDOW, WALK_HITS = 500, 2_000, 1_500


def _text(rnd: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        pool = WORDS if rnd.random() < 0.8 else MANY
        out += [rnd.choice(pool), rnd.choice(BETWEEN)]
    return "".join(out)


@pytest.fixture(scope="module")
def log_file(tmp_path_factory):
    """A real file of CASES cases over two years, written through the full-text triggers,
    then a few hundred rewritten (their old words leave deletion entries in the index) and
    a few hundred put in the Trash."""
    path = tmp_path_factory.mktemp("words") / "words.db"
    Store(path).close()
    rnd = random.Random(30)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES (1, 'Ada', ?)",
                     (start.isoformat(),))

        def rows():
            for i in range(CASES):
                when = start + timedelta(seconds=i * 63_072_000 // CASES)
                summary = (COMMON + " " if rnd.random() < 0.4 else "") + _text(rnd, 3)
                yield (f"GW-{when.year}-{i + 1:07d}", when.isoformat(), int(when.timestamp()),
                       _text(rnd, 2), "complaint", "food", "open", summary, _text(rnd, 4),
                       when.isoformat(), when.isoformat())

        conn.executemany(
            "INSERT INTO cases (ref, occurred_at, occurred_ts, customer_id, customer_name, kind,"
            " category, status, summary, details, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
        conn.execute("UPDATE cases SET summary = 'rewritten ' || id, details = '' "
                     "WHERE id % 97 = 0")
        conn.execute("UPDATE cases SET deleted_at = updated_at WHERE id % 89 = 0")
    conn.close()
    return path


def _typed() -> list[str]:
    """What an owner may type: every beginning of every word (as written and in capitals),
    two words, words inside quotes, and text FTS5 would read as its own syntax."""
    out = []
    for i, word in enumerate(WORDS + MANY[:2]):
        for n in range(1, len(word) + 1):
            out.append(word[:n].upper() if (i + n) % 3 == 0 else word[:n])
    out += ["cold sandw", "sandwich muff", 'muffin "sandw', '"sandwich board', 'a"b sandw',
            'said "cold', "crème brû", "CREME BRU", "mull sand", "zork", "zork0", "zork00",
            "NEAR sandw", "sandw NEAR", "NOT sandw", "sandw NOT", "AND sandw", "sandw OR mu",
            "NEAR/2 sandw", "sandw*", "*", '"', '""', '"sandw"', "^sandw", "summary:sandw",
            "(sandw", "sandw)", "\x01sandw", "sandw\x01", "sandw😀", "😀", "\u200fsandw",
            "sandwich-boa", "sandwich'boa", "  sandw  ", "שלו", "مرح", "日本", "\U0010fffdwor",
            "nai", "naïv", "strass", "straß", "müll", "e\u0301t", "ǅem", "abc12", "2024-0000"]
    return list(dict.fromkeys(out))


def _lists(store: Store, text: str, other_orders: bool):
    """Everything the case list builds from one search (in `other_orders` too), or the
    error it raises."""
    flt = CaseFilter(search=text)
    lists = store.case_list
    try:
        found = (list(lists.ids(flt)), [r.id for r in lists.first_rows(flt)],
                 list(lists.ids(flt, limit=200)), lists.count(flt))
        if other_orders:
            found += (list(lists.ids(flt, sort="customer", descending=False)),
                      [r.id for r in lists.first_rows(flt, descending=False)])
        return found
    except sqlite3.Error as exc:
        return type(exc).__name__, str(exc)


def test_every_list_a_search_builds_is_the_same_as_the_prefix_finds(log_file, monkeypatch):
    monkeypatch.setattr(case_list, "SEARCH_FIRST_WINDOW", FIRST_WINDOW)
    monkeypatch.setattr(case_list, "SEARCH_WINDOW", WINDOW)
    monkeypatch.setattr(case_list, "SEARCH_WALK_HITS", WALK_HITS)
    typed = _typed()
    with Store(log_file, readonly=True) as store:
        conn, place = store.db.conn, str(log_file)
        spelt_out = [t for t in typed
                     if search_words.whole_words(conn, fts_query(t), place) != fts_query(t)]
        found = {t: _lists(store, t, i % 5 == 0) for i, t in enumerate(typed)}
        with monkeypatch.context() as prefix_only:
            prefix_only.setattr(search_words, "MOST_WORDS", 0)
            assert all(search_words.whole_words(conn, fts_query(t), place) == fts_query(t)
                       for t in typed)
            differ = [t for i, t in enumerate(typed) if _lists(store, t, i % 5 == 0) != found[t]]
    assert differ == []
    # The comparison means something: most longer beginnings were spelt out, the common
    # word's first screen took the walk, and long lists and empty ones were compared.
    assert len(spelt_out) > 100
    assert "sandw" in spelt_out and "zork0" not in spelt_out and "san" not in spelt_out
    assert found["sandwi"][3] > WALK_HITS and len(found["sandwi"][1]) == 200
    assert found["ǅem"][3] > 0 and found["sandwich-boa"][3] == 0


def test_the_words_spelt_out_match_what_the_prefix_matches_in_the_whole_index(log_file):
    """Trashed cases and rewritten ones included: straight against the full-text index."""
    with Store(log_file, readonly=True) as store:
        conn = store.db.conn
        match = "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid"
        for text in _typed():
            plain = fts_query(text)
            spelt = search_words.whole_words(conn, plain, str(log_file))
            if spelt != plain:
                assert conn.execute(match, (spelt,)).fetchall() == \
                    conn.execute(match, (plain,)).fetchall(), text


def test_every_word_of_the_index_is_found_as_itself(log_file):
    """A word the index holds, quoted, is that word again (the spelt-out phrases rely on
    it), for every word of these hostile texts."""
    with Store(log_file, readonly=True) as store:
        conn = store.db.conn
        conn.execute("PRAGMA query_only = OFF")
        conn.execute("CREATE VIRTUAL TABLE temp.every_word USING fts5vocab(main, cases_fts, row)")
        words = [w for (w,) in conn.execute("SELECT term FROM temp.every_word")]
    assert len(words) > len(WORDS)
    assert [w for w in words if search_words._tokens(w) != (w,)] == []


def test_a_beginning_shared_by_many_words_stays_a_prefix(log_file):
    with Store(log_file, readonly=True) as store:
        conn, place = store.db.conn, str(log_file)
        assert search_words.whole_words(conn, '"zork"*', place) == '"zork"*'
        assert search_words.whole_words(conn, '"zork00"*', place) == (
            "(" + " OR ".join(f'"zork00{i}"' for i in range(10)) + ")")
        assert search_words.whole_words(conn, '"cold" "Sandw"*', place) == (
            '"cold" AND ("sandwich" OR "sandwichboard" OR "sandwiches")')
        assert search_words.whole_words(conn, '"muffin Sandw"*', place) == (
            '("muffin sandwich" OR "muffin sandwichboard" OR "muffin sandwiches")')
        # Beginnings with lists of their own, and words the index does not hold, stay.
        assert search_words.whole_words(conn, '"san"*', place) == '"san"*'
        assert search_words.whole_words(conn, '"sandz"*', place) == '"sandz"*'


def test_a_read_only_file_is_searched_without_being_written(log_file):
    before = log_file.read_bytes()
    with Store(log_file, readonly=True) as store:
        rows = store.case_list.first_rows(CaseFilter(search="Sandwi"))
        assert len(rows) == 200
        assert store.db.conn.execute("PRAGMA query_only").fetchone()[0] == 1
    assert log_file.read_bytes() == before


def test_a_word_added_after_a_search_is_found_by_the_next_search_at_every_desk(tmp_path):
    """The words found for a beginning are kept while the index is unchanged: a case with a
    new word that begins the same way, saved here or at another connection, is found."""
    path = tmp_path / "desk.db"
    with Store(path) as store, Store(path, readonly=True) as worker:
        store.cases.add(customer={"name": "Ada"}, kind="complaint", summary="Stale sandwich")
        sandw = CaseFilter(search="Sandw")
        assert [len(s.case_list.ids(sandw)) for s in (store, worker)] == [1, 1]
        with Store(path) as other_desk:
            other_desk.cases.add(customer={"name": "Ben"}, kind="complaint",
                                 summary="Sandwichmaker broken")
        assert [len(s.case_list.ids(sandw)) for s in (store, worker)] == [2, 2]
        store.cases.add(customer={"name": "Cy"}, kind="question", summary="Sandwiches?")
        assert [len(s.case_list.first_rows(sandw)) for s in (store, worker)] == [3, 3]
        assert search_words.whole_words(store.db.conn, '"sandw"*', str(path)) == (
            '("sandwich" OR "sandwiches" OR "sandwichmaker")')
