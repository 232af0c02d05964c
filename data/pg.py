"""PostgreSQL as the shared engine: one log for several desks (psycopg 3).

* `PgConnection` looks like the sqlite3 connection the Store uses (`execute`, `executemany`,
  `in_transaction`, `close`). The SQL it is given is already PostgreSQL's where the engines
  differ (data/engine.py supplies those fragments); it only changes SQLite's placeholders
  (`?`, `:name`) into psycopg's (`placeholders`), and runs a transaction's three kinds:
  `BEGIN IMMEDIATE` (one writer at a time: a transaction-scoped advisory lock, which is
  also what keeps reference numbers unique when two desks save at the same moment),
  `BEGIN DEFERRED` (a writer that takes that lock later) and a plain `BEGIN` (a
  consistent snapshot for a report: REPEATABLE READ). A PRAGMA is SQLite's and reaches
  the server as the error it is: storage settings are engine operations (data/engine.py).
* A new log is created at version 6 (data/pg_schema.py) and brought to the latest by the
  numbered steps of data/pg_migrations.py, in one transaction under the write lock.
* Search is a `tsvector` column (data/pg_search.py).
* Every committed change sends a NOTIFY; other desks refresh their lists from it.

psycopg is imported only when a postgresql:// database is opened.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache, partial
from itertools import chain

from data import pg_migrations
from data.errors import ServerProblem
from data.pg_schema import schema_sql
from data.pg_search import SEARCH_CLAUSE, search_query

__all__ = ["SEARCH_CLAUSE", "schema_sql", "search_query"]  # the shared log's front door

URL_PREFIXES = ("postgresql://", "postgres://")
CHANNEL = "goodwill_changes"
# pg_advisory_xact_lock key for "one writer at a time" ('GWL1', as in the SQLite files),
# with the log's schema as its second half: two logs in one database never wait on each other.
WRITE_LOCK = 0x47574C31
# How long a save waits for another desk's lock before it is given up with a message naming
# that desk: a save holds the lock for milliseconds and an import's final step for well
# under a second, so five seconds is only ever reached by a desk that stopped.
LOCK_TIMEOUT_MS = 5_000
# A desk that stops inside a transaction (a laptop lid closed mid-save, a frozen program) is
# disconnected by the server after a minute, which rolls its change back and frees the lock.
# Our transactions never wait on the owner, so a minute without a statement means stopped.
IDLE_IN_TRANSACTION_MS = 60_000
# An import's transaction, which holds no lock another desk's save needs until its last
# step, waits meanwhile for its own before-import backup of the whole log.
IMPORT_IDLE_MS = 15 * 60_000
_desk = {"label": ""}


def set_desk(desk: str, staff: str = "") -> None:
    """Name this computer's later connections (pg_stat_activity.application_name) as the
    desk list does, so a desk kept waiting for a lock is told which desk holds it."""
    _desk["label"] = f"{desk} ({staff})" if staff else desk


def desk_label() -> str:
    """This desk for other desks' messages: the name set by set_desk, else host and user."""
    if _desk["label"]:
        return _desk["label"]
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return f"{socket.gethostname()} ({user})" if user else socket.gethostname()


# The schema version of a PostgreSQL log (data/pg_migrations.py); SQLite's numbering.
SCHEMA_VERSION = pg_migrations.LATEST


def is_url(target) -> bool:
    return isinstance(target, str) and target.strip().lower().startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password, for messages and the window title."""
    return re.sub(r"(://[^:/@?]*):[^@/?]*@", r"\1:***@", url)


def explain(exc: Exception, url: str) -> str:
    """A message an owner can act on, for a psycopg error on connecting or saving."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    where = redact(url)
    low = text.lower()
    if ("password authentication failed" in low or "no password supplied" in low
            or ("role" in low and "does not exist" in low)):
        return (f"The shared database at {where} refused the user name or password. "
                "Check them in File > Shared database…")
    if "does not exist" in low and "database" in low:
        return f"The shared database {where} does not exist on that server ({text})."
    if any(s in low for s in ("connection refused", "could not connect", "no such file",
                              "timeout expired", "could not translate host", "server closed",
                              "connection is lost", "terminating connection",
                              "the connection is closed", "consuming input failed",
                              "connection timed out", "network is unreachable",
                              "failed to resolve host", "name or service not known")):
        return (f"The shared database server at {where} cannot be reached ({text}). Check "
                "that the server computer is on and connected; nothing was changed here.")
    return f"The shared database at {where} reported a problem: {text}"


# ---- placeholders ----------------------------------------------------------------------------

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


@lru_cache(maxsize=4096)
def placeholders(sql: str) -> str:
    """SQLite's placeholders to psycopg's: `?` to %s, `:name` to %(name)s, and a literal %
    doubled (psycopg reads % as its own). Text in '...' or "..." and after -- is copied as
    it stands (a `::` cast is not a name). Nothing else is changed: this is the one
    mechanical step between the SQL both engines share and what psycopg sends."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "'" or ch == '"':
            end = sql.find(ch, i + 1)
            while end != -1 and sql.startswith(ch, end + 1):  # '' inside a literal
                end = sql.find(ch, end + 2)
            end = n if end == -1 else end + 1
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end == -1 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == "%":
            out.append("%%")
            i += 1
        elif (ch == ":" and i + 1 < n and sql[i + 1] in _NAME_CHARS and not sql[i + 1].isdigit()
              and (i == 0 or sql[i - 1] != ":")):
            end = i + 1
            while end < n and sql[end] in _NAME_CHARS:
                end += 1
            out.append(f"%({sql[i + 1:end]})s")
            i = end
        else:
            # Copy up to the next character that may matter, in one piece.
            end = i + 1
            while end < n and sql[end] not in "'\"-?%:":
                end += 1
            out.append(sql[i:end])
            i = end
    return "".join(out)


# ---- connections ---------------------------------------------------------------------------

def _loaders(conn) -> None:
    """Numbers come back as SQLite gives them: sum() and avg() as int when whole, else float."""
    from psycopg.adapt import Loader

    class NumericLoader(Loader):
        def load(self, data):
            text = bytes(data).decode()
            if "." in text or "e" in text.lower() or text in ("NaN", "Infinity", "-Infinity"):
                value = float(text)
                return int(value) if value.is_integer() and "." not in text else value
            return int(text)

    conn.adapters.register_loader("numeric", NumericLoader)


class Cursor:
    """What the Store reads from a statement: rows, rowcount, description."""

    __slots__ = ("_cur",)

    def __init__(self, cur):
        self._cur = cur

    def fetchone(self):
        return self._cur.fetchone() if self._cur.description else None

    def fetchall(self):
        return self._cur.fetchall() if self._cur.description else []

    def fetchmany(self, size=1000):
        return self._cur.fetchmany(size) if self._cur.description else []

    def __iter__(self):
        # By the block: fetchmany() makes its rows in C, while iterating psycopg's cursor
        # costs a Python call per row, a large part of a first screen's time.
        cur = self._cur
        if not cur.description:
            return iter(())
        return chain.from_iterable(iter(partial(cur.fetchmany, 1000), []))

    @property
    def rowcount(self):
        return self._cur.rowcount

    @property
    def description(self):
        return self._cur.description


class PgConnection:
    """A psycopg connection that the Store can use like its sqlite3 one."""

    engine = "postgresql"

    def __init__(self, url: str, *, readonly: bool = False, application: str = "Goodwill"):
        import psycopg

        self.url = url
        self.readonly = readonly
        self.application = application
        self._psycopg = psycopg
        self._listening = False
        self.notified = 0  # other desks' committed changes seen (see others_changed_count)
        self.raw = None
        self._connect()

    def _connect(self) -> None:
        psycopg = self._psycopg
        try:
            raw = psycopg.connect(self.url, autocommit=True, connect_timeout=10,
                                  application_name=f"{self.application}: {desk_label()}"[:63])
        except psycopg.Error as exc:
            raise ServerProblem(explain(exc, self.url)) from exc
        _loaders(raw)
        raw.execute(f"SET TIME ZONE 'UTC'; SET lock_timeout = {LOCK_TIMEOUT_MS}; "
                    f"SET idle_in_transaction_session_timeout = {IDLE_IN_TRANSACTION_MS}")
        if self.readonly:
            raw.execute("SET default_transaction_read_only = on")
        self.raw = raw
        if self.readonly:
            return  # a worker's reader: it does not wait for other desks
        # The channel is the database's; the payload says which log (schema) changed.
        self.schema = raw.execute("SELECT current_schema()").fetchone()[0]
        # Heard from the first moment: another desk's commit is never missed.
        raw.execute(f"LISTEN {CHANNEL}")
        if self._listening:
            self.notified += 1  # changes may have been missed while away: refresh once
        self._listening = True

    def _ensure(self) -> None:
        """Reconnect after the server went away (between transactions only)."""
        if self.raw is None or self.raw.closed or self.raw.broken:
            if self.raw is not None:
                self.raw.close()
            self._connect()

    # sqlite3.Connection's surface, as the Store uses it
    def execute(self, sql: str, params=()):
        head = sql.lstrip()[:16].upper()
        if head.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            if head.startswith("BEGIN"):
                self._ensure()
                try:
                    self.raw.execute("SELECT 1")  # nothing sent yet: a dead line is replaced
                except self._psycopg.OperationalError:
                    self._ensure()
            if head.startswith("BEGIN IMMEDIATE"):
                cur = self.raw.execute("BEGIN")
                self.take_write_lock()
                return Cursor(cur)
            if head.startswith("BEGIN DEFERRED"):
                # A writer that takes the lock later (take_write_lock): READ COMMITTED, so
                # once it has the lock it reads what the other desks committed before.
                return Cursor(self.raw.execute("BEGIN ISOLATION LEVEL READ COMMITTED"))
            if head.startswith("BEGIN"):
                return Cursor(self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ"))
            return Cursor(self.raw.execute(sql))
        query, args = placeholders(sql), (params if params is not None else ())
        if self.in_transaction:
            return Cursor(self.raw.execute(query, args))
        self._ensure()
        try:
            return Cursor(self.raw.execute(query, args))
        except self._psycopg.OperationalError:
            if not self.raw.broken:
                raise
            # A read outside a transaction: the server restarted or the network blinked.
            # One fresh connection and one more try; a second failure is reported.
            self._ensure()
            return Cursor(self.raw.execute(query, args))

    def idle_limit(self, ms: int) -> None:
        """In a transaction: how long it may wait between two statements before the server
        ends it (and its locks) as a desk that stopped."""
        self.raw.execute(f"SET LOCAL idle_in_transaction_session_timeout = {int(ms)}")

    def take_write_lock(self) -> None:
        """Inside a transaction: wait (at most LOCK_TIMEOUT_MS) for the log's one writer's
        turn, held until the transaction ends."""
        self.raw.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))",
                         (WRITE_LOCK,))

    def lock_holder(self) -> str:
        """Outside a transaction: which desk holds this log's write lock now, and for how
        long ("" when nobody does any more)."""
        row = self.raw.execute(
            "SELECT a.application_name, host(a.client_addr), "
            "extract(epoch FROM now() - a.xact_start)::int, a.state FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.granted AND l.classid::bigint = %s "
            "AND l.objid::int = hashtext(current_schema()) "
            "AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database "
            "WHERE datname = current_database())", (WRITE_LOCK,)).fetchone()
        if row is None:
            return ""
        name, address, seconds, state = row
        name = name.split(": ", 1)[-1] if name.startswith("Goodwill") else (name or "a program")
        where = f" at {address}" if address else ""
        stopped = (" and has sent nothing since: it may have stopped (a laptop closed "
                   "mid-save); the server lets it go after "
                   f"{IDLE_IN_TRANSACTION_MS // 1000} s") if state.startswith("idle") else ""
        return f"{name}{where}, for {seconds} s{stopped}"

    def explain_write_failure(self, exc: Exception) -> str:
        """Why a save failed, for the owner; a lock waited for too long names who holds it.
        Called after the transaction was rolled back."""
        if getattr(exc, "sqlstate", None) == "55P03":  # lock_not_available: lock_timeout
            try:
                holder = self.lock_holder()
            except self._psycopg.Error:
                holder = ""
            return (f"Another desk has been saving to the shared log for longer than "
                    f"{LOCK_TIMEOUT_MS // 1000} s"
                    + (f" ({holder})" if holder else "") +
                    "; nothing was changed here. Try again in a moment.")
        return explain(exc, self.url)

    def stream(self, sql: str, params=()):
        """Rows of a large result a few thousand at a time (a server-side cursor inside a
        transaction; outside one, an ordinary statement)."""
        if not self.in_transaction:
            yield from self.execute(sql, params)
            return
        with self.raw.cursor(name=f"gw_stream_{id(sql)}") as cur:
            cur.itersize = 2000
            cur.execute(placeholders(sql), params if params is not None else ())
            yield from cur

    def executemany(self, sql: str, seq) -> None:
        if not self.in_transaction:
            self._ensure()
        with self.raw.cursor() as cur:
            cur.executemany(placeholders(sql), list(seq))

    @property
    def in_transaction(self) -> bool:
        if self.raw is None or self.raw.closed or self.raw.broken:
            return False
        status = self.raw.info.transaction_status
        return status not in (self._psycopg.pq.TransactionStatus.IDLE,
                              self._psycopg.pq.TransactionStatus.UNKNOWN)

    def cancel(self) -> None:
        """Thread-safe: ask the server to stop this connection's running statement."""
        raw = self.raw
        self._cancelled = True  # never reused: the cancel could reach its next statement
        if raw is not None and not raw.closed:
            try:
                raw.cancel_safe(timeout=2) if hasattr(raw, "cancel_safe") else raw.cancel()
            except self._psycopg.Error:
                pass

    def close(self) -> None:
        """Close; a healthy reader goes back to the pool instead (see open_database)."""
        if self.raw is None:
            return
        if (self.readonly and not getattr(self, "_cancelled", False) and not self.raw.closed
                and not self.raw.broken and not self.in_transaction):
            with _POOL_LOCK:
                idle = _POOL.setdefault(self.url, [])
                if len(idle) < POOL_SIZE:
                    idle.append(self)
                    return
        self.raw.close()

    # notifications from the other desks
    def others_changed_count(self) -> int:
        """How many committed changes of other desks this connection has heard of: grows
        when one arrives (read without waiting; the first call starts listening)."""
        if self.in_transaction:
            return self.notified
        try:
            self._ensure()
            mine = self.raw.info.backend_pid
            for note in self.raw.notifies(timeout=0):
                if note.pid != mine and note.payload == self.schema:
                    self.notified += 1
        except (self._psycopg.Error, ServerProblem):
            pass  # the server is away: nothing heard; the next save will say so
        return self.notified


def schema_version(conn: PgConnection) -> int:
    """0 for an empty database (no Goodwill tables); refuses a database of another program."""
    row = conn.execute("SELECT to_regclass('goodwill_meta') IS NOT NULL, "
                       "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())").fetchone()
    if not row[0]:
        if row[1]:
            raise ServerProblem(f"{redact(conn.url)} holds tables of another program, not a "
                                "Goodwill log. Use an empty database for Goodwill.")
        return 0
    return int(conn.execute("SELECT value FROM goodwill_meta WHERE key = 'schema_version'"
                            ).fetchone()[0])


# Readers for worker threads, kept open between jobs: connecting takes a handshake and a
# login (more across a network with TLS), which every search keystroke would pay.
_POOL: dict[str, list[PgConnection]] = {}
_POOL_LOCK = threading.Lock()
POOL_SIZE = 4


def open_database(url: str, *, readonly: bool = False) -> PgConnection:
    """Connect, and create the schema in an empty database (several desks may race: the
    advisory lock lets one create it while the others wait and then find it). A reader
    comes from the pool of idle ones when there is one."""
    if readonly:
        with _POOL_LOCK:
            idle = _POOL.get(url) or []
            conn = idle.pop() if idle else None
        if conn is not None and not conn.raw.closed and not conn.raw.broken:
            return conn
    conn = PgConnection(url, readonly=readonly)
    try:
        # A log already at this version is opened without the write lock: a desk stopped
        # while holding it must not keep others from even connecting.
        if readonly or schema_version(conn) == SCHEMA_VERSION:
            return conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except conn._psycopg.errors.LockNotAvailable as exc:
            conn.execute("ROLLBACK")
            raise ServerProblem(conn.explain_write_failure(exc)) from exc
        try:
            version = schema_version(conn)
            if version == 0:
                for statement in schema_sql():
                    conn.raw.execute(statement)  # DDL as written: no placeholders in it
                version = pg_migrations.FIRST
                conn.execute("INSERT INTO goodwill_meta (key, value) VALUES ('schema_version', ?)",
                             (str(version),))
            if version < SCHEMA_VERSION:
                pg_migrations.upgrade(conn.raw, version)
            elif version > SCHEMA_VERSION:
                raise ServerProblem(
                    f"{redact(url)} was set up by a newer version of Goodwill (schema {version}; "
                    f"this version understands up to {SCHEMA_VERSION}). Please update Goodwill.")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except BaseException:
        conn.close()
        raise
    return conn


def backup_home(url: str):
    """A stand-in database path for a shared log: its backups/ folder (this desk's .db
    snapshots) lives in the per-user data folder, one folder per server and database."""
    from data.paths import default_db_path

    from urllib.parse import urlsplit

    import hashlib

    parts = urlsplit(url)
    host = parts.hostname or "local"
    name = (parts.path or "/").strip("/") or parts.username or "goodwill"
    # Two logs on one server (another database, user or schema) never share a folder.
    tag = hashlib.sha256(redact(url).encode()).hexdigest()[:8]
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{host}-{name}")[:60]
    return default_db_path().parent / "shared" / f"{safe}-{tag}" / "goodwill.db"


def short_location(url: str) -> str:
    """"host/dbname" for the title bar: where the shared log is, without user or password
    (a Unix socket directory in ?host= is this computer: "localhost")."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url.strip())
    host = parts.hostname or (parse_qs(parts.query).get("host") or [""])[0]
    if not host or host.startswith("/"):
        host = "localhost"
    name = (parts.path or "/").strip("/") or parts.username or "postgres"
    return f"{host}/{name}"


def test_connection(url: str) -> str:
    """Connect once, as the app would, and describe what answered (server version, and
    whether the database already holds a Goodwill log). Raises ServerProblem with a message
    an owner can act on (wrong password, server down, no such database). Nothing is
    written: a new log is only set up when it is first opened."""
    if not is_url(url):
        raise ServerProblem("A shared database address starts with postgresql:// "
                            "(for example postgresql://user:password@host/dbname).")
    import psycopg

    try:
        with psycopg.connect(url.strip(), autocommit=True, connect_timeout=10,
                             application_name="Goodwill (connection test)") as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            ours, tables = conn.execute(
                "SELECT to_regclass('goodwill_meta') IS NOT NULL, (SELECT count(*) FROM "
                "pg_tables WHERE schemaname = current_schema())").fetchone()
    except psycopg.Error as exc:
        if re.search(r'role "[^"]*" does not exist', str(exc)):
            # The server says so only to a user name it does not know: as a wrong password.
            raise ServerProblem(f"The shared database at {redact(url)} refused the user name "
                                "or password. Check them in File > Shared database…") from exc
        raise ServerProblem(explain(exc, url)) from exc
    where = short_location(url)
    if ours:
        holds = "it holds a Goodwill log."
    elif tables:
        raise ServerProblem(f"{redact(url)} holds tables of another program, not a Goodwill "
                            "log. Use an empty database for Goodwill.")
    else:
        holds = "it is empty: Goodwill sets up the log when it first opens it."
    return f"Connected to PostgreSQL {version.split()[0]} at {where}; {holds}"
