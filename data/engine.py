"""The seam between SQLite and PostgreSQL: the SQL fragments and operations that differ.

Shared code writes its SQL once and asks the engine of its connection (`of(conn)`) for the
few pieces that are spelled differently, side by side here, never produced by rewriting
text at run time:

    eng = engine.of(conn)
    f"SELECT ... FROM cases{eng.indexed_by('cases_open_complaints')} "
    f"WHERE {eng.before('ack_due_at', ':now')}"

What differs: comparing two ISO 8601 time stamps, a stamp's epoch seconds, a
case-insensitive LIKE, SQLite's planner hints, the temporary-table schema, the list of ids
packed as bytes, a row lock, the new row's id, the first rows in an index's order,
overwriting freed pages and checkpointing the write-ahead log (SQLite's own files; a server
keeps its own). What a transaction means (one writer, a late lock, a snapshot) is the
connection's: sqlite3's own BEGIN forms, and data/pg_connection.py's for the server. The
bulk load of an import is data/import_writer.py (row by row on SQLite, COPY and set-based
on PostgreSQL).

Placeholders stay SQLite's (`?` and `:name`) in shared SQL: data/pg_connection.py turns
them into psycopg's with a quote-aware scanner, the one mechanical step left (see
docs/architecture.md, "The engine seam").
"""
from __future__ import annotations

from contextlib import contextmanager


class SqliteEngine:
    """A Goodwill file (sqlite3)."""

    name = "sqlite"
    shared = False

    # ---- fragments -------------------------------------------------------------------
    @staticmethod
    def before(a: str, b: str) -> str:
        """Stamp `a` strictly earlier than stamp `b` (each an ISO 8601 text with its offset,
        compared as instants: julianday honours the offsets)."""
        return f"julianday({a}) < julianday({b})"

    @staticmethod
    def not_after(a: str, b: str) -> str:
        """Stamp `a` at or before stamp `b`, as instants."""
        return f"julianday({a}) <= julianday({b})"

    @staticmethod
    def epoch(stamp: str) -> str:
        """A stamp's Unix time in whole seconds, its offset honoured."""
        return f"CAST(strftime('%s', {stamp}) AS INTEGER)"

    @staticmethod
    def like(column: str, pattern: str) -> str:
        """`column` matches the LIKE `pattern` (with \\ escaping), ASCII case ignored."""
        return f"{column} LIKE {pattern} ESCAPE '\\'"

    @staticmethod
    def indexed_by(index: str) -> str:
        """The planner hint after a table name: the index SQLite must use."""
        return f" INDEXED BY {index}"

    @staticmethod
    def first_by(column: str, limit: str) -> str:
        """ORDER BY and LIMIT giving at least the first `limit` rows by (`column`, id), read
        in the order of an index on `column` and stopped there; the caller orders by
        (`column`, id) and limits again. SQLite's index holds the rowid after the column."""
        return f"ORDER BY {column}, id LIMIT {limit}"

    @staticmethod
    def temp(table: str) -> str:
        """A temporary table by its qualified name."""
        return f"temp.{table}"

    @staticmethod
    def id_list(column: str = "id") -> str:
        """The aggregate giving the rows' ids as b'3,1,2', in the subquery's order."""
        return f"CAST(group_concat({column}) AS BLOB)"

    # A file's write transaction holds the whole file already: no row lock to add.
    for_update = ""

    # ---- operations ------------------------------------------------------------------
    @staticmethod
    def insert_id(conn, sql: str, params=()) -> int:
        """Run one INSERT into a table keyed by `id`; the new row's id (lastrowid: a
        RETURNING made each of an import's inserts slower)."""
        return conn.execute(sql, params).lastrowid

    @staticmethod
    @contextmanager
    def secure_delete(conn):
        """Freed pages are overwritten with zeros while inside (erasure, removed files),
        and the write-ahead log is emptied into the file at the end, so the old bytes
        linger in neither."""
        conn.execute("PRAGMA secure_delete = ON")
        try:
            yield
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.execute("PRAGMA secure_delete = OFF")

    @staticmethod
    def data_version(conn) -> int:
        """A number that changes when another connection commits."""
        return conn.execute("PRAGMA data_version").fetchone()[0]

    @staticmethod
    def bulk_load(conn, table: str, columns, rows) -> None:
        """Add many rows to a table in one go (inside the caller's transaction)."""
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' * len(columns))})", rows)


class PgEngine:
    """The shared log on a PostgreSQL server (data/pg_connection.py)."""

    name = "postgresql"
    shared = True

    # ---- fragments -------------------------------------------------------------------
    # Stamps compared as timestamps: no arithmetic per row, and an index on the text
    # column is not needed for what is compared against a parameter.
    @staticmethod
    def before(a: str, b: str) -> str:
        return f"({a})::timestamptz < ({b})::timestamptz"

    @staticmethod
    def not_after(a: str, b: str) -> str:
        return f"({a})::timestamptz <= ({b})::timestamptz"

    @staticmethod
    def epoch(stamp: str) -> str:
        return f"floor(extract(epoch FROM ({stamp})::timestamptz))::bigint"

    @staticmethod
    def like(column: str, pattern: str) -> str:
        return f"{column} ILIKE {pattern} ESCAPE '\\'"

    @staticmethod
    def indexed_by(index: str) -> str:
        return ""  # PostgreSQL's planner takes no hints; its partial indexes are found

    @staticmethod
    def first_by(column: str, limit: str) -> str:
        # The index holds no id after the column: ordering by both would make the planner
        # sort every row in range whenever it expects few; the rows tied with the last one
        # come too, so the first by (column, id) are among them.
        return f"ORDER BY {column} FETCH FIRST ({limit}) ROWS WITH TIES"

    @staticmethod
    def temp(table: str) -> str:
        return f"pg_temp.{table}"

    @staticmethod
    def id_list(column: str = "id") -> str:
        return f"convert_to(string_agg({column}::text, ','), 'UTF8')"

    # Other desks' transactions run beside this one: the row is held until it ends.
    for_update = " FOR UPDATE"

    # ---- operations ------------------------------------------------------------------
    @staticmethod
    def insert_id(conn, sql: str, params=()) -> int:
        return conn.execute(f"{sql} RETURNING id", params).fetchone()[0]

    @staticmethod
    @contextmanager
    def secure_delete(conn):
        """Nothing to do: the server keeps its own files (a deleted row's space is reused
        by VACUUM; its administrator decides about the disk)."""
        yield

    @staticmethod
    def data_version(conn) -> int:
        return conn.others_changed_count()

    @staticmethod
    def bulk_load(conn, table: str, columns, rows) -> None:
        """COPY: the rows stream to the server in one statement, no round trip each."""
        if not rows:
            return
        with conn.raw.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


SQLITE = SqliteEngine()
POSTGRESQL = PgEngine()


def of(conn) -> SqliteEngine | PgEngine:
    """The engine of a connection: a PgConnection says so; anything else is sqlite3."""
    return POSTGRESQL if getattr(conn, "engine", "") == "postgresql" else SQLITE


def insert_id(conn, sql: str, params=()) -> int:
    """Run one INSERT into a table keyed by `id` on `conn`; the new row's id."""
    return of(conn).insert_id(conn, sql, params)
