"""A search's last word, typed as a prefix, spelt out as the whole words of a file's full-text
index that begin with it: the same matches, read without FTS5's merge of every such word."""
from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache

from data.engine import SqliteEngine
from data.migrations import FTS_PREFIXES

# FTS5 answers a prefix that has no word-beginning list of its own (FTS_PREFIXES) by merging
# the full lists of every word that begins with it before it returns one match, so a longer
# prefix of a common word ("sandwich", in one case in eight) costs the size of the log even
# for a first screen. The same words ORed as whole words are read only as far as a screenful
# or an id range needs. Beyond this many words the prefix is kept: finding them is one
# look-up each, and so many lists read side by side near the newest cases come close to
# what the merge costs.
MOST_WORDS = 50
_LISTED = {int(n) for n in FTS_PREFIXES.split()}
# The index's words in order (fts5vocab's 'instance' kind seeks to a word and reads no
# further than its first entry; the 'row' kind counts each word's whole list).
_INDEX_WORDS = "gw_index_words"
_INDEX_WORDS_TABLE = SqliteEngine.temp(_INDEX_WORDS)


def whole_words(conn: sqlite3.Connection, query: str, place: str) -> str:
    """fts_query's `query` with its last phrase's prefix (`"... word"*`) replaced by that
    phrase with each whole word the index holds that begins with `word`, ORed; `query`
    itself when the prefix has a list of its own, no word or more than MOST_WORDS begin with
    it. `place` names the file (the words found are kept for it, see _kept). Words added
    by another connection after this look-up are not among them: the next search (the
    window's refresh after another desk's change) finds them."""
    if not query.endswith('"*'):
        return query
    start = query.rfind('"', 0, len(query) - 2)
    head, phrase = query[:start], query[start + 1:-2]
    tokens = _tokens(phrase)
    if not tokens or len(tokens[-1]) in _LISTED:
        return query
    words = _index_words(conn, place, tokens[-1], MOST_WORDS + 1)
    if not words or len(words) > MOST_WORDS:
        return query
    either = " OR ".join(_quoted((*tokens[:-1], word)) for word in words)
    # FTS5 takes a bracket after a phrase only with an explicit AND.
    return f"{head}AND ({either})" if head else f"({either})"


def _quoted(tokens: tuple[str, ...]) -> str:
    """Tokens as one FTS5 phrase (tokens the index holds tokenize to themselves)."""
    return '"' + " ".join(tokens).replace('"', '""') + '"'


# The words found for a beginning, kept per file while its full-text index is unchanged.
# Reaching the word after a common one walks the pages of that word's whole list (FTS5
# seeks a word by the first page it starts on), which costs the log's size again (a few
# milliseconds after "sandwich" in ten million cases). FTS5 writes its index's structure
# record (rowid 10 of cases_fts_data, as data/check.py reads it) anew whenever anything is
# added to the index, so words kept are used only while that record is the one they were
# read under; a word's last case deleted since leaves a word that matches nothing.
_kept: dict[tuple[str, str, int], tuple[bytes, list[str]]] = {}
_KEPT_MOST = 1024


def _index_words(conn: sqlite3.Connection, place: str, prefix: str, most: int) -> list[str]:
    """Up to `most` words of cases_fts beginning with `prefix`, in the index's order."""
    structure = conn.execute("SELECT block FROM cases_fts_data WHERE id = 10").fetchone()
    structure = bytes(structure[0]) if structure else b""
    key = (place, prefix, most)
    kept = _kept.get(key)
    if kept is not None and structure and kept[0] == structure:
        return kept[1]
    words = _look_up(conn, prefix, most)
    if len(_kept) >= _KEPT_MOST:
        _kept.clear()
    _kept[key] = (structure, words)
    return words


def _look_up(conn: sqlite3.Connection, prefix: str, most: int) -> list[str]:
    try:
        return _words_from(conn, prefix, most)
    except sqlite3.OperationalError as exc:
        if _INDEX_WORDS not in str(exc):
            raise
    # A connection's first look: the vocabulary table lives in its temp schema (nothing is
    # written to the file). A read-only connection's file is opened read-only by SQLite
    # (data/db.py), so lifting query_only for this one statement cannot change the file.
    only = conn.execute("PRAGMA query_only").fetchone()[0]
    conn.execute("PRAGMA query_only = OFF")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_INDEX_WORDS_TABLE} "
                     "USING fts5vocab(main, cases_fts, instance)")
    finally:
        conn.execute(f"PRAGMA query_only = {int(only)}")
    return _words_from(conn, prefix, most)


def _words_from(conn: sqlite3.Connection, prefix: str, most: int) -> list[str]:
    words: list[str] = []
    step = f"SELECT term FROM {_INDEX_WORDS_TABLE} WHERE term >= ? LIMIT 1"
    after = prefix
    while len(words) < most:
        row = conn.execute(step, (after,)).fetchone()
        if row is None or not row[0].startswith(prefix):
            break
        words.append(row[0])
        # The smallest text after this word that a word can be: a control character
        # separates words, so no word holds one. (`term > ?` would read through every
        # entry of this word before the next.)
        after = row[0] + "\x01"
    return words


_tokenizer_lock = threading.Lock()
_tokenizer: list[sqlite3.Connection] = []


@lru_cache(maxsize=256)
def _tokens(phrase: str) -> tuple[str, ...]:
    """The words FTS5 makes of `phrase`, as cases_fts's tokenizer (the default unicode61,
    accents folded) makes them: by SQLite itself, in a private in-memory table."""
    with _tokenizer_lock:
        if not _tokenizer:
            conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            conn.execute("CREATE VIRTUAL TABLE phrase USING fts5(text)")
            conn.execute("CREATE VIRTUAL TABLE phrase_words USING fts5vocab(phrase, instance)")
            _tokenizer.append(conn)
        conn = _tokenizer[0]
        conn.execute("DELETE FROM phrase")
        conn.execute("INSERT INTO phrase (text) VALUES (?)", (phrase,))
        return tuple(r[0] for r in conn.execute("SELECT term FROM phrase_words ORDER BY offset"))
