"""Staff records: who works at the desk, their role, their remedy limit and an optional PIN.

A business with no staff records works as before: everyone may do everything and names
are free text. Once there is one, writes name an acting person who is on the list. A PIN
is kept as a salted scrypt hash only; on a single SQLite file it makes a person
accountable, it does not protect anything from someone who has the file
(docs/staff-and-authority.md).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from data.database import Database
from data.engine import insert_id
from data.errors import Invalid, NotFound, Refused
from data.model import MAX_LINE, clean_text, from_cents, iso, money_text, now, parse_money, to_cents
from data.profile import BusinessProfile

ROLES = ("owner", "manager", "staff")
# scrypt's cost: 16 MB of memory and a fraction of a second a check, as its authors advise
# for interactive logins.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
MIN_PIN = 4


class NobodyActing(Refused):
    """Staff records exist and the write names nobody: whose action would it be?"""

    exit_code = 2


class AuthorityRefused(Refused):
    """The acting person may not decide this; the message names their limit."""

    exit_code = 4


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    limit: Decimal | None  # their own; None: the business's refund limit (owner: no limit)
    has_pin: bool
    login: str
    active: bool
    created_at: str
    left_at: str | None

    def as_json(self) -> dict:
        return {"name": self.name, "role": self.role,
                "limit": None if self.limit is None else float(self.limit),
                "has_pin": self.has_pin, "login": self.login,
                "status": "active" if self.active else "left", "created_at": self.created_at,
                "left_at": self.left_at}


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The stored form of a PIN: scrypt with a random salt, parameters kept beside it."""
    pin = str(pin or "")
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise Invalid(f"a PIN is at least {MIN_PIN} digits")
    import hashlib  # deferred: the window's start-up does not hash PINs

    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(stored: str, pin: str) -> bool:
    """True when `pin` is the one `stored` was made from (a constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    import hashlib  # deferred: the window's start-up does not check PINs
    import hmac

    got = hashlib.scrypt(str(pin or "").encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                         p=int(p))
    return hmac.compare_digest(got.hex(), digest)


_COLUMNS = "id, name, role, limit_cents, pin_hash <> '', login, active, created_at, left_at"


def _member(row) -> StaffMember:
    return StaffMember(id=row[0], name=row[1], role=row[2],
                       limit=None if row[3] is None else from_cents(row[3]),
                       has_pin=bool(row[4]), login=row[5], active=bool(row[6]),
                       created_at=row[7], left_at=row[8])


class Staff:
    """store.staff: the staff list, their roles, limits and PINs."""

    def __init__(self, db: Database, profile: BusinessProfile):
        self._db = db
        self._profile = profile

    def any(self) -> bool:
        return self._db.one("SELECT 1 FROM staff LIMIT 1") is not None

    def members(self, *, include_left: bool = True) -> list[StaffMember]:
        where = "" if include_left else " WHERE active = 1"
        return [_member(r) for r in self._db.conn.execute(
            f"SELECT {_COLUMNS} FROM staff{where} ORDER BY active DESC, "
            "CASE role WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END, name")]

    def member(self, name: str, conn: Any = None) -> StaffMember:
        """The person of this name (any letter case)."""
        text = clean_text(name, single_line=True, limit=MAX_LINE)
        row = (conn or self._db.conn).execute(
            f"SELECT {_COLUMNS} FROM staff WHERE lower(name) = lower(?)", (text,)).fetchone()
        if row is None:
            known = ", ".join(m.name for m in self.members(include_left=False)) or "none yet"
            raise NotFound(f"no staff member named '{text}' (on the staff list: {known})")
        return _member(row)

    def _owner_acting(self, conn, by: str | None, what: str) -> None:
        """Only the owner changes the staff list and its limits (anyone while it is empty)."""
        member = self.acting(by, conn)
        if member is not None and member.role != "owner":
            raise AuthorityRefused(f"{member.name} ({member.role}) may not {what}: only the "
                                   "owner changes the staff list and its limits")

    def add(self, name: str, role: str, *, limit: object = None, pin: str | None = None,
            login: str = "", by: str | None = None) -> StaffMember:
        name = clean_text(name, single_line=True, limit=MAX_LINE)
        if not name:
            raise Invalid("a staff member needs a name")
        role = str(role or "").strip().lower()
        if role not in ROLES:
            raise Invalid(f"unknown role '{role}' (expected one of: {', '.join(ROLES)})")
        limit_cents = None
        if limit not in (None, ""):
            if role == "owner":
                raise Invalid("the owner has no remedy limit; leave --limit out")
            limit_cents = to_cents(parse_money(limit, self._profile.get().locale,
                                               self._profile.get().currency))
        pin_hash = hash_pin(pin) if pin else ""
        login = clean_text(login, single_line=True, limit=63)
        with self._db.transaction() as conn:
            if role != "owner" and conn.execute("SELECT 1 FROM staff LIMIT 1").fetchone() is None:
                raise Invalid("the first staff record is the owner's (--role owner): only the "
                              "owner adds people and sets their limits")
            self._owner_acting(conn, by, f"add {name} to the staff list")
            if conn.execute("SELECT 1 FROM staff WHERE lower(name) = lower(?)",
                            (name,)).fetchone():
                raise Invalid(f"there is already a staff member named '{name}'")
            member_id = insert_id(
                conn, "INSERT INTO staff (name, role, limit_cents, pin_hash, login, active, "
                "created_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
                (name, role, limit_cents, pin_hash, login, iso(now())))
        return _member(self._db.one(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (member_id,)))

    def leaves(self, name: str, *, by: str | None = None) -> StaffMember:
        """The person has left: they act no more, their name stays on everything they did."""
        member = self.member(name)
        if not member.active:
            raise Invalid(f"{member.name} has already left ({member.left_at})")
        if member.role == "owner" and sum(1 for m in self.members(include_left=False)
                                          if m.role == "owner") == 1:
            raise Refused(f"{member.name} is the only owner; add another owner first")
        with self._db.transaction() as conn:
            self._owner_acting(conn, by, f"mark {member.name} as left")
            conn.execute("UPDATE staff SET active = 0, left_at = ? WHERE id = ?",
                         (iso(now()), member.id))
        return self.member(member.name)

    def check_pin(self, name: str, pin: str) -> bool:
        row = self._db.one("SELECT pin_hash FROM staff WHERE lower(name) = lower(?)", (name,))
        return row is not None and (not row[0] or verify_pin(row[0], pin))

    def acting(self, name: str | None, conn: Any = None) -> StaffMember | None:
        """The person a write is done as: None when the business keeps no staff records
        (everything allowed, as before); else their active record. Refused when staff
        records exist and nobody is named."""
        text = clean_text(name or "", single_line=True, limit=MAX_LINE)
        if (conn or self._db.conn).execute("SELECT 1 FROM staff LIMIT 1").fetchone() is None:
            return None
        if not text:
            raise NobodyActing("this business keeps staff records: say who is acting, with "
                               "--as NAME (see `goodwill staff list`)")
        member = self.member(text, conn)
        if not member.active:
            raise Refused(f"{member.name} has left ({member.left_at}) and can no longer act")
        return member

    def limit_text(self, member: StaffMember | None) -> str:
        limit = self.limit_of(member)
        return "no remedy limit" if limit is None else f"{money_text(limit)} {self._profile.get().currency}"

    def limit_of(self, member: StaffMember | None) -> Decimal | None:
        """A person's remedy limit: the owner has none; others their own, else the
        business's refund limit (the profile's, as before staff records)."""
        if member is not None and member.role == "owner":
            return None
        if member is not None and member.limit is not None:
            return member.limit
        return self._profile.get().refund_limit
