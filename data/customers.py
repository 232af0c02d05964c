"""Customers: their records, the import's matching rule, a customer's summary, merging two
records of one customer."""
from __future__ import annotations

import re
from typing import Any

from data import engine
from data.database import Database
from data.errors import NotFound
from data.history import History
from data.l10n import clean_locale
from data.merge import MERGE_FIELDS, suggested_values
from data.model import (
    LIVE, MAX_LINE, Customer, CustomerSummary, ValidationError, clean_text, from_cents, iso,
    now, phone_digits,
)

CUSTOMER_COLUMNS = ("id, name, email, phone, address, notes, flag, created_at, erased_at, "
                    "language")


class Customers:
    """store.customers: the customer records."""

    def __init__(self, db: Database, history: History):
        self._db = db
        self._history = history

    @staticmethod
    def _make(row) -> Customer:
        return Customer(id=row[0], name=row[1], email=row[2], phone=row[3], address=row[4],
                        notes=row[5], flag=row[6], created_at=row[7], erased=row[8] is not None,
                        language=row[9])

    @staticmethod
    def clean(fields: dict, *, partial: bool = False) -> dict:
        values, problems = {}, {}
        for key in ("name", "email", "phone", "address", "notes", "flag"):
            if key not in fields:
                continue
            try:
                single = key in ("name", "email", "phone", "flag")
                values[key] = clean_text(fields[key], single_line=single,
                                         limit=MAX_LINE if single else 20_000)
            except ValueError as exc:
                problems[key] = str(exc)
        if not partial and not values.get("name") and "name" not in problems:
            problems["name"] = "is required"
        if partial and "name" in values and not values["name"]:
            problems["name"] = "cannot be empty"
        if fields.get("language") not in (None, ""):
            try:
                values["language"] = clean_locale(fields["language"])
            except ValueError as exc:
                problems["language"] = str(exc)
        elif "language" in fields:
            values["language"] = ""
        if values.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+", values["email"]):
            problems["email"] = f"'{values['email']}' does not look like an e-mail address"
        if problems:
            raise ValidationError(problems)
        if "phone" in values:
            values["phone_digits"] = phone_digits(values["phone"])
        return values

    def add(self, **fields: object) -> Customer:
        values = self.clean(fields)
        with self._db.transaction() as conn:
            customer_id = self.insert(conn, values)
        return self.get(customer_id)

    @staticmethod
    def insert(conn: Any, values: dict) -> int:
        row = {"name": "", "email": "", "phone": "", "phone_digits": "", "address": "",
               "notes": "", "flag": "", "language": "", **values,
               "created_at": values.get("created_at") or iso(now())}
        return engine.insert_id(
            conn, "INSERT INTO customers (name, email, phone, phone_digits, address, notes, "
            "flag, language, created_at) VALUES (:name, :email, :phone, :phone_digits, "
            ":address, :notes, :flag, :language, :created_at)", row)

    def update(self, customer_id: int, **fields: object) -> Customer:
        self.get(customer_id)
        values = self.clean(fields, partial=True)
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            with self._db.transaction() as conn:
                conn.execute(f"UPDATE customers SET {sets} WHERE id = :id",
                             {**values, "id": customer_id})
        return self.get(customer_id)

    def get(self, customer_id: int) -> Customer:
        row = self._db.one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE id = ?", (customer_id,))
        if row is None:
            raise NotFound(f"no customer with id {customer_id}")
        return self._make(row)

    def find(self, text: str = "", limit: int = 50) -> list[Customer]:
        """Customers whose name, e-mail or phone contains the text; most recent first."""
        text = text.strip()
        if not text:
            rows = self._db.conn.execute(
                f"SELECT {CUSTOMER_COLUMNS} FROM customers ORDER BY id DESC LIMIT ?", (limit,))
        else:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            digits, like = phone_digits(text), self._db.eng.like
            rows = self._db.conn.execute(
                f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE {like('name', ':l')} "
                f"OR {like('email', ':l')} OR (:d <> '' AND {like('phone_digits', ':dl')}) "
                f"ORDER BY {like('name', ':p')} DESC, name COLLATE NOCASE LIMIT :n",
                {"l": pattern, "d": digits, "dl": f"%{digits}%", "p": pattern[1:], "n": limit})
        return [self._make(r) for r in rows]

    def match(self, name: str, email: str = "", phone: str = "",
              before_id: int | None = None) -> Customer | None:
        """The import rule: same e-mail (any case); else same phone digits; else, with
        neither given, the exact same name. `before_id` limits it to older customers."""
        email, digits = (email or "").strip(), phone_digits(phone)
        older = "" if before_id is None else f" AND id < {int(before_id)}"
        row = None
        if email:
            row = self._db.one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE lower(email) = "
                            f"lower(?) AND email <> ''{older} ORDER BY id LIMIT 1", (email,))
        if row is None and digits:
            row = self._db.one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE phone_digits = ? "
                            f"AND phone_digits <> ''{older} ORDER BY id LIMIT 1", (digits,))
        if row is None and not email and not digits:
            # The NOCASE term lets the name index narrow the search; the exact test decides.
            row = self._db.one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE name = :n "
                               f"COLLATE NOCASE AND name = :n{older} ORDER BY id LIMIT 1",
                               {"n": name.strip()})
        return None if row is None else self._make(row)

    def summary(self, customer_id: int) -> CustomerSummary:
        customer = self.get(customer_id)
        row = self._db.one(
            "SELECT count(*), count(CASE WHEN kind = 'complaint' THEN 1 END), "
            "coalesce(sum(CASE WHEN remedy <> 'none' THEN remedy_cost_cents END), 0), "
            f"max(occurred_ts) FROM cases WHERE customer_id = ? AND {LIVE}", (customer_id,))
        last = self._db.one(f"SELECT occurred_at FROM cases WHERE customer_id = ? AND {LIVE} "
                         "ORDER BY occurred_ts DESC LIMIT 1", (customer_id,))
        return CustomerSummary(customer, row[0], row[1], from_cents(row[2]),
                               last[0] if last else None)


    def merge(self, keep_id: int, other_id: int, values: dict | None = None, *,
              by: str = "") -> int:
        """Move every case of `other_id` to `keep_id`, give the kept customer `values`
        (default: suggested_values), delete the other record; returns the cases moved.
        Each moved case's history and the customer_merges table record the merge."""
        if keep_id == other_id:
            raise ValidationError({"customer": "cannot be merged with itself"})
        keep, other = self.get(keep_id), self.get(other_id)
        for who in (keep, other):
            if who.erased:
                raise ValidationError({"customer": f"#{who.id} has been erased and cannot be "
                                                   "merged"})
        chosen = suggested_values(keep, other)
        unknown = set(values or {}) - set(MERGE_FIELDS)
        if unknown:
            raise ValidationError({k: "is not a customer field" for k in sorted(unknown)})
        chosen.update(values or {})
        clean = self.clean(chosen)
        stamp = iso(now())
        moved = [r[0] for r in self._db.conn.execute(
            "SELECT id FROM cases WHERE customer_id = ? ORDER BY occurred_ts, id", (other_id,))]
        changed = [f for f in MERGE_FIELDS if clean.get(f, "") != getattr(keep, f)]
        note = (f"customer #{other.id} {other.name} merged into #{keep.id} {keep.name}"
                + (f" (kept from the merge: {', '.join(changed)})" if changed else ""))
        with self._db.transaction() as conn:
            sets = ", ".join(f"{k} = :{k}" for k in clean)
            conn.execute(f"UPDATE customers SET {sets} WHERE id = :id", {**clean, "id": keep_id})
            conn.execute(
                "UPDATE cases SET customer_id = :keep, customer_name = (SELECT name FROM "
                "customers WHERE id = :keep), updated_at = :at WHERE customer_id = :other",
                {"keep": keep_id, "other": other_id, "at": stamp})
            for case_id in moved:
                self._history.record(conn, case_id, "customer", f"#{other.id} {other.name}",
                                     f"#{keep.id} {clean['name']} (merged)", by)
            conn.execute("DELETE FROM customers WHERE id = ?", (other_id,))
            conn.execute(
                "INSERT INTO customer_merges (survivor_id, merged_id, merged_at, merged_by, "
                "cases_moved, details) VALUES (?, ?, ?, ?, ?, ?)",
                (keep_id, other_id, stamp, by, len(moved), note))
        return len(moved)

    def merges(self, customer_id: int) -> list[tuple[str, str]]:
        """(when, what) for every merge into this customer, oldest first."""
        return [tuple(r) for r in self._db.conn.execute(
            "SELECT merged_at, details FROM customer_merges WHERE survivor_id = ? ORDER BY id",
            (customer_id,))]
