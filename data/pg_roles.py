"""Server-enforced authority on a shared PostgreSQL log: the roles goodwill_staff,
goodwill_manager and goodwill_owner, their privileges on this log's tables, and row-level
security on remedies.

The window checks the rules for everyone; these make the server check them too, for a
person who logs in with their own PostgreSQL login, even from psql:

* staff may read everything and log cases, but cannot decide a remedy (no UPDATE of
  remedies; a trigger refuses their setting cases.approved_by/approved_at, which they may
  still clear by recording a new remedy), grant one above their limit (an INSERT policy
  compares it with their staff record's limit), change limits (staff and the profile's
  refund limit are the owner's), or erase or delete customers;
* managers may also decide remedies their limit covers (an UPDATE policy);
* owners may do everything.

The login that created the log owns its tables and is not bound by these policies: the
owner's own desk keeps working as before. Roles belong to the server, privileges to one
log (its schema): run setup_roles again after an upgrade adds tables.
"""
from __future__ import annotations

from data.errors import Invalid, Refused
from data.transfer import TABLES

ROLE_NAMES = {"staff": "goodwill_staff", "manager": "goodwill_manager", "owner": "goodwill_owner"}
# Tables of the log besides those copied by transfer.TABLES.
_OTHER_TABLES = ("profile", "goodwill_meta", "desks")
# Columns only the owner (profile) or a decider (cases) may change.
_OWNER_COLUMNS = {"profile": {"refund_limit_cents"}}
_NEVER_UPDATED = {"search", "resolved_ts", "id"}  # generated, or the key
# A person's limit as the app computes it (data.staff.StaffOps.limit_of): their own, else the
# business's refund limit, else none.
_LIMIT = ("coalesce((SELECT limit_cents FROM staff WHERE login = current_user AND active = 1), "
          "(SELECT refund_limit_cents FROM profile WHERE id = 1), amount_cents)")


def _statements(columns: dict[str, list[str]], schema: str) -> list[str]:
    staff, manager, owner = (f'"{ROLE_NAMES[k]}"' for k in ("staff", "manager", "owner"))
    everyone = f"{staff}, {manager}, {owner}"
    s = f'"{schema}"'
    out = [f"GRANT USAGE ON SCHEMA {s} TO {everyone}",
           f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {everyone}",
           f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {everyone}",
           f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {owner}",
           f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} FROM {staff}, {manager}"]
    for table in (*_OTHER_TABLES, *TABLES):
        if table in ("staff", "goodwill_meta"):
            continue  # read only, but for the owner
        cols = [c for c in columns[table] if c not in _NEVER_UPDATED
                and c not in _OWNER_COLUMNS.get(table, ())]
        for role in (staff, manager):
            allowed = cols
            if table == "customers":
                allowed = [c for c in allowed if c != "erased_at"]  # erasing is the owner's
            if table == "remedies":
                out.append(f"GRANT INSERT ON remedies TO {role}")
                if role == manager:
                    out.append(f"GRANT UPDATE ON remedies TO {role}")
                continue
            if table != "profile":
                out.append(f"GRANT INSERT ON {table} TO {role}")
            out.append(f"GRANT UPDATE ({', '.join(allowed)}) ON {table} TO {role}")
            if table not in ("customers", "cases", "case_history", "letters", "customer_merges",
                             "profile"):
                out.append(f"GRANT DELETE ON {table} TO {role}")
    out += [
        "ALTER TABLE remedies ENABLE ROW LEVEL SECURITY",
        *[f"DROP POLICY IF EXISTS {p} ON remedies" for p in
          ("gw_read", "gw_ask", "gw_decide", "gw_owner")],
        f"CREATE POLICY gw_read ON remedies FOR SELECT TO {everyone} USING (true)",
        (f"CREATE POLICY gw_ask ON remedies FOR INSERT TO {staff}, {manager} WITH CHECK ("
         "decided_by = '' AND decided_at IS NULL AND status IN ('granted', "
         f"'awaiting_approval', 'given_over_limit') AND (status <> 'granted' OR "
         f"amount_cents <= {_LIMIT}))"),
        (f"CREATE POLICY gw_decide ON remedies FOR UPDATE TO {manager} USING (status IN "
         f"('awaiting_approval', 'given_over_limit') AND amount_cents <= {_LIMIT}) "
         "WITH CHECK (true)"),
        f"CREATE POLICY gw_owner ON remedies FOR ALL TO {owner} USING (true) WITH CHECK (true)",
        # A policy cannot compare a row with what it was, so the approval columns of a case
        # are guarded by a trigger: set (not cleared) only by a decider or the log's owner.
        """CREATE OR REPLACE FUNCTION gw_guard_approval() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN
            IF (NEW.approved_by <> '' AND (TG_OP = 'INSERT'
                    OR NEW.approved_by IS DISTINCT FROM OLD.approved_by))
               OR (NEW.approved_at IS NOT NULL AND (TG_OP = 'INSERT'
                    OR NEW.approved_at IS DISTINCT FROM OLD.approved_at)) THEN
                IF NOT (pg_has_role(current_user, (SELECT relowner FROM pg_class
                                                   WHERE oid = TG_RELID), 'MEMBER')
                        OR pg_has_role(current_user, 'goodwill_manager', 'MEMBER')
                        OR pg_has_role(current_user, 'goodwill_owner', 'MEMBER')) THEN
                    RAISE EXCEPTION 'only a manager or the owner may approve a remedy'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            RETURN NEW; END $$""",
        "DROP TRIGGER IF EXISTS cases_guard_approval ON cases",
        ("CREATE TRIGGER cases_guard_approval BEFORE INSERT OR UPDATE OF approved_by, "
         "approved_at ON cases FOR EACH ROW EXECUTE FUNCTION gw_guard_approval()"),
    ]
    return out


def _create_role(raw, name: str) -> None:
    # Roles are the server's: another log (or desk) may have made it already, even now.
    raw.execute(f"""DO $$ BEGIN CREATE ROLE "{name}" NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$""")


def setup_roles(store) -> None:
    """Create the three roles (once per server) and give them this log's privileges."""
    if not store.shared:
        raise Refused("server roles exist on a shared PostgreSQL log only")
    raw = store.conn.raw
    for name in ROLE_NAMES.values():
        _create_role(raw, name)
    with store.transaction() as conn:
        schema = conn.execute("SELECT current_schema()").fetchone()[0]
        columns: dict[str, list[str]] = {}
        for table, column in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() ORDER BY ordinal_position").fetchall():
            columns.setdefault(table, []).append(column)
        for statement in _statements(columns, schema):
            raw.execute(statement)  # DDL as written: no placeholders in it


def grant_login(store, login: str, role: str) -> str:
    """Make an existing PostgreSQL login a member of one role (and of no other of ours)."""
    # On first use: psycopg loads only for a shared log.
    from psycopg import sql

    if role not in ROLE_NAMES:
        raise Invalid(f"unknown role '{role}' (expected one of: {', '.join(ROLE_NAMES)})")
    raw = store.conn.raw
    if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
        raise Invalid(f"there is no PostgreSQL login '{login}' on this server; create it first "
                      "(CREATE ROLE ... LOGIN PASSWORD ...)")
    with store.transaction():
        for other in ROLE_NAMES.values():
            raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other),
                                                            sql.Identifier(login)))
        raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLE_NAMES[role]),
                                                     sql.Identifier(login)))
    return ROLE_NAMES[role]
