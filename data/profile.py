"""The business's own details (name, address, currency, paper, time limits, logo): the
profile table's one row, and who an action is recorded for when no name is given."""
from __future__ import annotations

import re

from data.database import Database
from data.errors import Invalid
from data.l10n import DEFAULT_LOCALE, clean_locale
from data.model import (
    MAX_LINE, PAPERS, Profile, ValidationError, clean_text, enum_value, from_cents, iso, now,
    parse_money, to_cents,
)

MAX_NAME = 100  # a person's name in a history line (as a checklist name)


class BusinessProfile:
    """store.profile: reading and changing the business's details."""

    def __init__(self, db: Database):
        self._db = db

    def get(self) -> Profile:
        row = self._db.one(
            "SELECT name, address, phone, email, owner, title, currency, paper, ack_hours, "
            "resolve_days, refund_limit_cents, logo IS NOT NULL, locale FROM profile WHERE id = 1")
        return Profile(*row[:10], refund_limit=None if row[10] is None else from_cents(row[10]),
                       has_logo=bool(row[11]), locale=row[12] or DEFAULT_LOCALE)

    def update(self, **changes: object) -> Profile:
        values, problems = {}, {}
        for key, raw in changes.items():
            try:
                if key in ("name", "phone", "email", "owner", "title"):
                    values[key] = clean_text(raw, single_line=True, limit=MAX_LINE)
                elif key == "address":
                    values[key] = clean_text(raw, limit=2000)
                elif key == "currency":
                    code = str(raw or "").strip().upper()
                    if not re.fullmatch(r"[A-Z]{3}", code):
                        raise Invalid(f"'{raw}' is not a 3-letter currency code such as EUR, GBP, USD")
                    values[key] = code
                elif key == "paper":
                    values[key] = enum_value(raw, PAPERS, "paper size")
                elif key == "locale":
                    values[key] = clean_locale(raw)
                elif key in ("ack_hours", "resolve_days"):
                    top = 24 * 365 if key == "ack_hours" else 3650
                    try:
                        number = int(str(raw).strip())
                    except ValueError:
                        raise Invalid(f"'{raw}' is not a whole number") from None
                    if not 1 <= number <= top:
                        raise Invalid(f"{number} is out of range 1-{top}")
                    values[key] = number
                elif key == "refund_limit":
                    text = "" if raw is None else str(raw).strip()
                    locale = values.get("locale") or self.get().locale
                    values["refund_limit_cents"] = (
                        None if text.lower() in ("", "none") else to_cents(parse_money(text, locale)))
                else:
                    raise Invalid("is not a profile field")
            except ValueError as exc:
                problems[key] = str(exc)
        if problems:
            raise ValidationError(problems)
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            with self._db.transaction() as conn:
                conn.execute(f"UPDATE profile SET {sets}, updated_at = :at WHERE id = 1",
                             {**values, "at": iso(now())})
        return self.get()

    def is_set(self) -> bool:
        return bool(self._db.one("SELECT updated_at IS NOT NULL FROM profile")[0])

    def set_logo(self, image: bytes | None) -> None:
        if image is not None and len(image) > 2_000_000:
            raise ValidationError({"logo": "is larger than 2 MB; please use a smaller image"})
        with self._db.transaction() as conn:
            conn.execute("UPDATE profile SET logo = ?, updated_at = ? WHERE id = 1",
                         (image, iso(now())))

    def logo(self) -> bytes | None:
        return self._db.one("SELECT logo FROM profile WHERE id = 1")[0]

    def who(self, by: str | None) -> str:
        """The name a history line records: `by` when given, else the owner's."""
        name = clean_text(by, single_line=True, limit=MAX_NAME) if by else ""
        return name or self.get().owner
