"""Numbered schema migrations: one function per version, each applied in one transaction.

The version lives in PRAGMA user_version. Never edit a released migration; add a new one
and describe it in docs/schema.md.
"""
from __future__ import annotations

import sqlite3

from data.l10n import regional_defaults, system_locale

# The full-text index mirrors what sqlite-utils' Table.enable_fts(create_triggers=True)
# builds (an external-content FTS5 table plus _ai/_ad/_au triggers). We write it out here
# because enable_fts runs executescript(), which commits, and a migration must stay one
# transaction. data/store.py checks it with sqlite-utils' detect_fts() and quotes queries
# with its quote_fts().
FTS_COLUMNS = ("summary", "details", "customer_name", "category", "staff", "lesson")


def _fts_sql() -> str:
    cols = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    old = ", ".join(f"old.[{c}]" for c in FTS_COLUMNS)
    new = ", ".join(f"new.[{c}]" for c in FTS_COLUMNS)
    return f"""
    CREATE VIRTUAL TABLE [cases_fts] USING FTS5 ({cols}, content=[cases]);
    CREATE TRIGGER [cases_ai] AFTER INSERT ON [cases] BEGIN
      INSERT INTO [cases_fts] (rowid, {cols}) VALUES (new.rowid, {new});
    END;
    CREATE TRIGGER [cases_ad] AFTER DELETE ON [cases] BEGIN
      INSERT INTO [cases_fts] ([cases_fts], rowid, {cols}) VALUES('delete', old.rowid, {old});
    END;
    CREATE TRIGGER [cases_au] AFTER UPDATE OF {cols} ON [cases] BEGIN
      INSERT INTO [cases_fts] ([cases_fts], rowid, {cols}) VALUES('delete', old.rowid, {old});
      INSERT INTO [cases_fts] (rowid, {cols}) VALUES (new.rowid, {new});
    END;
    """


def _v1_core(conn: sqlite3.Connection) -> None:
    statements = """
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL DEFAULT 'EUR',
        paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')),
        ack_hours INTEGER NOT NULL DEFAULT 24 CHECK (ack_hours > 0),
        resolve_days INTEGER NOT NULL DEFAULT 7 CHECK (resolve_days > 0),
        refund_limit_cents INTEGER CHECK (refund_limit_cents >= 0),
        logo BLOB,
        updated_at TEXT
    );
    INSERT INTO profile (id) VALUES (1);

    CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        phone_digits TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        flag TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        erased_at TEXT
    );
    CREATE INDEX customers_email ON customers (lower(email)) WHERE email <> '';
    CREATE INDEX customers_phone ON customers (phone_digits) WHERE phone_digits <> '';
    CREATE INDEX customers_name ON customers (name COLLATE NOCASE);

    CREATE TABLE ref_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);

    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        occurred_at TEXT NOT NULL,
        occurred_ts INTEGER NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        customer_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('complaint', 'compliment', 'question', 'request')),
        channel TEXT NOT NULL DEFAULT 'in_person' CHECK (channel IN
            ('in_person', 'phone', 'email', 'letter', 'web', 'social', 'other')),
        category TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN
            ('low', 'medium', 'high', 'critical')),
        summary TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '',
        staff TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
            ('open', 'in_progress', 'resolved', 'closed')),
        acknowledged_at TEXT,
        resolved_at TEXT,
        ack_due_at TEXT,
        resolve_due_at TEXT,
        remedy TEXT NOT NULL DEFAULT 'none' CHECK (remedy IN ('none', 'refund', 'credit',
            'replacement', 'discount', 'gift', 'apology_only', 'other')),
        remedy_cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (remedy_cost_cents >= 0),
        satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        customer_returned TEXT NOT NULL DEFAULT 'unknown' CHECK (customer_returned IN
            ('yes', 'no', 'unknown')),
        root_cause TEXT NOT NULL DEFAULT '',
        lesson TEXT NOT NULL DEFAULT '',
        needs_approval INTEGER NOT NULL DEFAULT 0,
        approved_by TEXT NOT NULL DEFAULT '',
        approved_at TEXT,
        close_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cases_occurred ON cases (occurred_ts);
    CREATE INDEX cases_customer ON cases (customer_id, occurred_ts);
    CREATE INDEX cases_kind ON cases (kind, occurred_ts);
    CREATE INDEX cases_status ON cases (status, occurred_ts);
    CREATE INDEX cases_category ON cases (category, occurred_ts);
    CREATE INDEX cases_staff ON cases (staff, occurred_ts);
    CREATE INDEX cases_open_complaints ON cases (occurred_ts)
        WHERE kind = 'complaint' AND resolved_at IS NULL;

    -- The case list shows the customer's name and sorts on it; a copy on the case keeps
    -- that (and the full-text index) fast at a million rows. Renames flow through here.
    CREATE TRIGGER customers_rename AFTER UPDATE OF name ON customers BEGIN
        UPDATE cases SET customer_name = new.name WHERE customer_id = new.id;
    END;

    CREATE TABLE case_history (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX case_history_case ON case_history (case_id, id);
    """ + _fts_sql()
    _run(conn, statements)


def _v2_checklists(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE checklist_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        when_to_use TEXT NOT NULL DEFAULT '',
        steps_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE case_checklists (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX case_checklists_case ON case_checklists (case_id);
    CREATE TABLE case_checklist_steps (
        id INTEGER PRIMARY KEY,
        checklist_id INTEGER NOT NULL REFERENCES case_checklists (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        help TEXT NOT NULL DEFAULT '',
        required INTEGER NOT NULL DEFAULT 0,
        follow_up_days INTEGER,
        done_by TEXT NOT NULL DEFAULT '',
        done_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        follow_up_at TEXT,
        UNIQUE (checklist_id, position)
    );
    CREATE INDEX case_checklist_steps_follow_up ON case_checklist_steps (follow_up_at)
        WHERE follow_up_at IS NOT NULL AND done_at IS NULL;
    """)


def _v3_letters(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE letter_templates (
        kind TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE letter_drafts (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, kind)
    );
    CREATE TABLE letters (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        action TEXT NOT NULL DEFAULT 'saved',
        paper TEXT NOT NULL,
        pages INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        pdf BLOB NOT NULL
    );
    CREATE INDEX letters_case ON letters (case_id, created_at);
    """)


def _v4_locale(conn: sqlite3.Connection) -> None:
    """The business locale (language and how numbers and dates are written), and a
    customer's preferred language for letters. A new or upgraded file starts from this
    computer's locale; the owner changes it in the profile."""
    _run(conn, """
    ALTER TABLE profile ADD COLUMN locale TEXT NOT NULL DEFAULT '';
    ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
    """)
    conn.execute("UPDATE profile SET locale = ? WHERE id = 1", (system_locale(),))


def _v5_follow_through(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL DEFAULT 'application/octet-stream',
        size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 20971520),
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT '',
        thumbnail BLOB,
        data BLOB NOT NULL
    );
    CREATE INDEX attachments_case ON attachments (case_id, id);
    CREATE TABLE reminder_state (
        key TEXT PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        notified_at TEXT,
        snoozed_until TEXT
    );
    CREATE INDEX reminder_state_case ON reminder_state (case_id);
    CREATE TABLE customer_merges (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES customers (id),
        merged_id INTEGER NOT NULL,
        merged_at TEXT NOT NULL,
        merged_by TEXT NOT NULL DEFAULT '',
        cases_moved INTEGER NOT NULL,
        details TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX customer_merges_survivor ON customer_merges (survivor_id);
    """)


def _v6_shared(conn: sqlite3.Connection) -> None:
    """A row version on each case (an edit made on another desk since a form opened is
    caught, not overwritten) and the desks working on this log with their staff name.
    PostgreSQL logs are created at this version (data/pg.py)."""
    _run(conn, """
    ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE desks (
        desk TEXT PRIMARY KEY,
        staff TEXT NOT NULL DEFAULT '',
        seen_at TEXT NOT NULL
    );
    """)


def _v7_letters_finding(conn: sqlite3.Connection) -> None:
    """What the owner found about a complaint's cause (an apology admits fault only once it
    is found to be ours) and the account of what happened written for the customer, the
    only description a letter quotes. PostgreSQL: data/pg_migrations.py."""
    _run(conn, f"""
    ALTER TABLE cases ADD COLUMN cause_finding TEXT NOT NULL DEFAULT '' CHECK (cause_finding
        IN ({CAUSE_FINDINGS_SQL}));
    ALTER TABLE cases ADD COLUMN customer_description TEXT NOT NULL DEFAULT '';
    """)


# The values cases.cause_finding takes ('' = not recorded), on both engines.
CAUSE_FINDINGS_SQL = "'', 'open', 'ours', 'not_ours'"


def _v8_resolution_time(conn: sqlite3.Connection) -> None:
    """A case's resolution time as epoch seconds, derived from resolved_at by SQLite itself
    (a generated column: every write path keeps it in step without knowing it exists), and
    an index of complaints by it. A month's backlog (complaints open at its end) is then
    read as two ranges, the open ones and those resolved after that moment, instead of
    every earlier complaint. Nothing to backfill: a virtual column is computed on reading,
    and the index is built here from the existing rows."""
    _run(conn, """
    ALTER TABLE cases ADD COLUMN resolved_ts INTEGER
        GENERATED ALWAYS AS (CAST(strftime('%s', resolved_at) AS INTEGER)) VIRTUAL;
    CREATE INDEX cases_complaints_resolved ON cases (resolved_ts, occurred_ts)
        WHERE kind = 'complaint';
    """)


# The values staff.role and remedies.status take, on both engines (data/staff.py and
# data/authority.py name them for the owner).
STAFF_ROLES_SQL = "'owner', 'manager', 'staff'"
REMEDY_STATUSES_SQL = "'granted', 'awaiting_approval', 'approved', 'declined', 'given_over_limit'"
REMEDY_KINDS_SQL = "'refund', 'credit', 'replacement', 'discount', 'gift', 'other'"


def _v9_staff_and_authority(conn: sqlite3.Connection) -> None:
    """People, not names: staff records with a role, a remedy limit and an optional PIN
    hash (`login` names their own PostgreSQL login on a shared log). Each remedy recorded
    through the authority rule is a row of `remedies` with who asked, what became of it,
    and who decided when. A case can be assigned to a person. Existing cases keep their
    remedy columns; nothing to backfill."""
    _run(conn, f"""
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ({STAFF_ROLES_SQL})),
        limit_cents INTEGER CHECK (limit_cents >= 0),
        pin_hash TEXT NOT NULL DEFAULT '',
        login TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        left_at TEXT
    );
    CREATE TABLE remedies (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ({REMEDY_KINDS_SQL})),
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        given INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ({REMEDY_STATUSES_SQL})),
        requested_by TEXT NOT NULL DEFAULT '',
        requested_at TEXT NOT NULL,
        requested_ts INTEGER NOT NULL,
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        decided_ts INTEGER,
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX remedies_case ON remedies (case_id, id);
    CREATE INDEX remedies_awaiting ON remedies (case_id) WHERE status = 'awaiting_approval';
    CREATE INDEX remedies_requested ON remedies (requested_ts);
    ALTER TABLE cases ADD COLUMN assigned_to TEXT NOT NULL DEFAULT '';
    CREATE INDEX cases_assigned ON cases (assigned_to, occurred_ts) WHERE assigned_to <> '';
    """)


def _v10_trash(conn: sqlite3.Connection) -> None:
    """A deleted case goes to the Trash: when and by whom, restorable until it is erased.
    Every query over live cases adds data.model.LIVE. The partial index holds the Trash
    only (a handful of rows), for the Trash list and the erasure of old entries. The live
    cases by date are a partial index of their own: the full list's ids (and a month's
    figures) are read off it without visiting each row to ask whether it is deleted."""
    _run(conn, """
    ALTER TABLE cases ADD COLUMN deleted_at TEXT;
    ALTER TABLE cases ADD COLUMN deleted_by TEXT NOT NULL DEFAULT '';
    CREATE INDEX cases_trash ON cases (deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX cases_live ON cases (occurred_ts) WHERE deleted_at IS NULL;
    """)


def _v11_search_fold(conn: sqlite3.Connection) -> None:
    """Nothing changes in a file: version 11 is the shared log's faster search fold
    (data/pg_migrations.py), and the two engines keep one numbering."""


# The lengths of the word beginnings the full-text index keeps lists of (FTS5's `prefix=`).
# A search's last word is matched as a prefix; without a list of its own, FTS5 merges the
# full lists of every word starting with it before returning one match ("s" in a million
# cases reads most of the index). A prefix of one of these lengths is one list, read only
# as far as the first screen needs.
FTS_PREFIXES = "1 2 3"

# Every order the case list sorts by (data/store.py SORTABLE, then cases.id) has an index
# over the live cases giving that order, so a re-sort's first screen is read off an index
# instead of sorting every case. (The date and the reference have theirs already.)
SORT_INDEXES = {
    "cases_customer_name": "customer_name",
    "cases_sort_kind": "kind",
    "cases_sort_category": "category",
    "cases_sort_status": "status",
    "cases_sort_staff": "staff",
    "cases_sort_severity": ("(CASE severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 "
                            "WHEN 'medium' THEN 2 ELSE 1 END)"),
}


def _v12_search_prefixes_and_sorts(conn: sqlite3.Connection) -> None:
    """The full-text index rebuilt with lists of word beginnings (FTS_PREFIXES), from the
    cases themselves, inside this migration's transaction: a failure leaves the old index.
    Its triggers stay as they are (they name the table, not its options). And an index for
    each order the list sorts by (SORT_INDEXES)."""
    cols = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    conn.execute("DROP TABLE cases_fts")
    conn.execute(f"CREATE VIRTUAL TABLE [cases_fts] USING FTS5 ({cols}, content=[cases], "
                 f"prefix='{FTS_PREFIXES}')")
    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')")
    for name, column in SORT_INDEXES.items():
        conn.execute(f"CREATE INDEX {name} ON cases ({column}) WHERE deleted_at IS NULL")


MIGRATIONS = [
    (1, _v1_core),
    (2, _v2_checklists),
    (3, _v3_letters),
    (4, _v4_locale),
    (5, _v5_follow_through),
    (6, _v6_shared),
    (7, _v7_letters_finding),
    (8, _v8_resolution_time),
    (9, _v9_staff_and_authority),
    (10, _v10_trash),
    (11, _v11_search_fold),
    (12, _v12_search_prefixes_and_sorts),
]
LATEST = MIGRATIONS[-1][0]


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one at a time so they stay inside the open transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL in migration: {buffer[:80]!r}")


def upgrade(conn: sqlite3.Connection, application_id: int, target: int | None = None) -> int:
    """Apply every migration above the file's user_version, each in its own transaction."""
    target = LATEST if target is None else target
    current = before = conn.execute("PRAGMA user_version").fetchone()[0]
    for version, migrate in MIGRATIONS:
        if version <= current or version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version == 1:
                conn.execute(f"PRAGMA application_id = {int(application_id)}")
            migrate(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = version
    if before == 0 and current >= 4:  # a new file: currency and paper go with its locale
        conn.execute("BEGIN IMMEDIATE")
        seed_region(conn, conn.execute("SELECT locale FROM profile WHERE id = 1").fetchone()[0])
        conn.execute("COMMIT")
    return current


def seed_region(conn, locale_name: str) -> None:
    """A new log starts from one choice, this computer's locale: the language and formats,
    and the currency and paper that go with them (de_DE: EUR and A4; en_US: USD and US
    Letter). Both engines; the caller holds the transaction."""
    currency, paper = regional_defaults(locale_name)
    conn.execute("UPDATE profile SET locale = ?, currency = ?, paper = ? WHERE id = 1",
                 (locale_name, currency, paper))
