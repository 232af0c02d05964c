"""`check`: a database file's pages, foreign keys and search index, read without a change."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from data import db as dbmod


def check_database(db_path: Path, full: bool = False) -> tuple[list[str], list[str]]:
    """`check`: integrity, foreign keys and the search index; returns (problems, report).

    By default every page and record is read and checked (PRAGMA quick_check), each foreign
    key is looked up through its index, and the search index's structure is checked (its
    pages all there, its row count the cases'): about as long as a bare quick_check.
    `full` adds what takes twice that and more at a million cases: PRAGMA integrity_check
    (indexes against their tables, CHECK constraints), foreign_key_check row by row, and
    FTS5's own integrity-check (every case tokenized again against the index).

    The file is only read: the search-index check runs inside a transaction that is rolled
    back, and a file that cannot be opened is itself the problem reported.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        return [f"{db_path} does not exist."], []
    try:
        dbmod.inspect(db_path, quick_check=False)
    except dbmod.DatabaseProblem as exc:
        return [str(exc)], []
    # On first use: only `check` runs work in threads; the window never loads it.
    from concurrent.futures import ThreadPoolExecutor

    problems, report = [], [f"database: {db_path}"]
    conn = sqlite3.connect(db_path, isolation_level=None)
    pages = ThreadPoolExecutor(max_workers=1)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        # The page check reads the whole file on its own connection and thread (SQLite lets
        # go of Python's lock while it works) while this one checks the foreign keys and the
        # search index: on two cores the check takes about as long as its longest part.
        integrity = pages.submit(_integrity_rows, db_path, full)
        if full:
            keys = conn.execute("PRAGMA foreign_key_check").fetchall()
            index_report, index_problem = _search_index_check(conn)
        else:
            keys = _foreign_key_rows(conn)
            index_report, index_problem = _search_index_structure(conn)
        rows = integrity.result()
        report.append("integrity: " + ("ok" if rows == ["ok"] else f"{len(rows)} problem(s)"))
        if rows != ["ok"]:
            problems.append(f"{db_path} is damaged ({len(rows)} problem(s) in its pages); "
                            "restore a backup")
            problems += [f"integrity: {line}" for line in rows]
        report.append("foreign keys: " + ("ok" if not keys else f"{len(keys)} problem(s)"))
        problems += [f"foreign key: {table} row {rowid} points to a missing {parent} row"
                     for table, rowid, parent, _ in keys[:100]]
        report.append(index_report)
        problems += [index_problem] if index_problem else []
        report.append(f"cases: {conn.execute('SELECT count(*) FROM cases').fetchone()[0]}")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        problems.append(str(dbmod.damaged(db_path, exc)))
    finally:
        pages.shutdown(wait=True)
        conn.close()
    report.append("result: " + ("ok" if not problems else f"{len(problems)} problem(s) found"))
    return problems, report


def _integrity_rows(db_path: Path, full: bool = True) -> list[str]:
    """PRAGMA integrity_check's findings (['ok'] for a sound file), on a connection of its
    own; quick_check's unless `full`, without re-evaluating CHECK constraints (enforced
    when each row was written, they were 80% of its time), as the app does when it opens."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        if not full:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        pragma = "integrity_check" if full else "quick_check"
        return [line for r in conn.execute(f"PRAGMA {pragma}(100)")
                for line in r[0].splitlines() if not line.startswith("***")]
    finally:
        conn.close()


def _foreign_key_rows(conn: sqlite3.Connection) -> list[tuple]:
    """PRAGMA foreign_key_check's rows (table, rowid, parent, fk id), the quick way: each
    single-column key is a NOT IN over the child's index on it, where foreign_key_check
    reads every child row (most of the file at a million cases)."""
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in tables:
        keys = conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
        by_id: dict[int, list] = {}
        for fk_id, _seq, parent, column, target, *_ in keys:
            by_id.setdefault(fk_id, []).append((parent, column, target))
        for fk_id, columns in sorted(by_id.items()):
            (parent, column, target), = columns if len(columns) == 1 else [(None,) * 3]
            if parent is None or target is None:  # several columns, or the parent's key
                found += [r for r in conn.execute(f"PRAGMA foreign_key_check([{table}])")
                          if r[3] == fk_id]
                continue
            found += [(table, rowid, parent, fk_id) for (rowid,) in conn.execute(
                f"SELECT rowid FROM [{table}] WHERE [{column}] IS NOT NULL AND [{column}] "
                f"NOT IN (SELECT [{target}] FROM [{parent}]) ORDER BY rowid")]
    return found


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint at `at`: (value, where the next one starts)."""
    value = 0
    for i in range(8):
        byte = blob[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | blob[at + 8], at + 9


def _search_index_structure(conn: sqlite3.Connection) -> tuple[str, str | None]:
    """(report line, problem or None): the full-text index's structure record read, every
    leaf page of every segment it lists present, and as many rows indexed as there are
    cases. What a damaged or half-copied index shows, without tokenizing a million cases
    (`check --full` runs FTS5's own integrity-check)."""
    def damaged(why: str) -> tuple[str, str]:
        return "search index: damaged", f"search index: {why} (it can be rebuilt from the cases)"

    try:
        row = conn.execute("SELECT block FROM cases_fts_data WHERE id = 10").fetchone()
        if row is None or not row[0] or len(row[0]) < 4:
            return damaged("its structure record is missing")
        blob, at = bytes(row[0]), 4  # after the configuration cookie
        version2 = blob[4:8] == b"\xff\x00\x00\x01"  # written with secure-delete on
        at += 4 if version2 else 0
        levels, at = _varint(blob, at)
        _total, at = _varint(blob, at)
        _writes, at = _varint(blob, at)
        segments = []
        for _level in range(levels):
            _merging, at = _varint(blob, at)
            count, at = _varint(blob, at)
            for _ in range(count):
                segid, at = _varint(blob, at)
                first, at = _varint(blob, at)
                last, at = _varint(blob, at)
                for _extra in range(5 if version2 else 0):  # origins and tombstones
                    _, at = _varint(blob, at)
                segments.append((segid, first, last))
        for segid, first, last in segments:
            low, high = (segid << 37) + first, (segid << 37) + last
            present = conn.execute("SELECT count(*) FROM cases_fts_data WHERE id BETWEEN ? "
                                   "AND ?", (low, high)).fetchone()[0]
            if present != last - first + 1:
                return damaged(f"segment {segid} has {present} of its "
                               f"{last - first + 1} pages")
        averages = conn.execute("SELECT block FROM cases_fts_data WHERE id = 1").fetchone()
        indexed = _varint(bytes(averages[0]), 0)[0] if averages and averages[0] else 0
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        if indexed != cases:
            return damaged(f"it holds {indexed} cases of {cases}")
        return "search index: ok", None
    except IndexError:
        return damaged("its structure record is cut short")
    except sqlite3.DatabaseError as exc:
        return damaged(str(exc))


def _search_index_check(conn: sqlite3.Connection) -> tuple[str, str | None]:
    """(report line, problem or None) of the full-text index's own check, rolled back."""
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")
        return "search index: ok", None
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc):
            return "search index: not checked (the file is read-only)", None
        if "locked" in str(exc) or "busy" in str(exc):
            return "search index: not checked (Goodwill is saving; try again)", None
        return "search index: damaged", f"search index: {exc} (it can be rebuilt from the cases)"
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
