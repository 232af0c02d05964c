"""Customers' personal data: export one customer's records, erase a customer."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from data import engine
from data.attachments import Attachments
from data.case_table import case_fields
from data.cases import Cases
from data.checklists import Checklists
from data.customers import Customers
from data.database import Database
from data.files import write_atomically
from data.history import History
from data.letters import Letters
from data.model import iso, now

ERASED_TEXT = "(erased)"
# Said wherever an erasure is offered or done: backups are copies taken before it.
BACKUPS_NOTE = ("Backups made before the erasure still hold this customer's old details; "
                "they disappear as the backups rotate out (all are gone after one year).")
# Free text that describes the business's own learning. Kept after an erasure unless it
# names the customer, so the monthly report's causes and lessons stay useful.
KEPT_IF_IMPERSONAL = ("root_cause", "lesson", "close_reason")
# Free text about the customer's own story: always erased.
ALWAYS_ERASED = ("summary", "details", "customer_description")
# History lines that can carry the customer's name or a file's name (merges, attachments).
HISTORY_ERASED = ("customer", "attachment added", "attachment removed")


def _personal_pattern(name: str, email: str, phone: str) -> re.Pattern | None:
    """Words that identify this customer: each name word of 3+ letters, e-mail, phone."""
    parts = [re.escape(w) for w in re.findall(r"\w{3,}", name)]
    if email:
        parts.append(re.escape(email))
        parts.append(re.escape(email.split("@")[0]))
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= 6:
        parts.append(r"\D?".join(digits[-6:]))  # the last six digits, however they are spaced
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


_STEP_NOTE = re.compile(r"^step \d+ note$")
_NOTE_IN_TICK = re.compile(r"\(note: .*\)$", re.DOTALL)


def _scrub_history(field: str, value: str | None, erased: list[str],
                   personal: re.Pattern | None) -> str | None:
    """A history value with the erased text taken out: any earlier summary or details,
    earlier values of erased fields or naming the customer, checklist step notes."""
    if not value:
        return value
    if (field in ALWAYS_ERASED or field in HISTORY_ERASED or field in erased
            or _STEP_NOTE.match(field)):
        return ERASED_TEXT
    if field in KEPT_IF_IMPERSONAL and personal is not None and personal.search(value):
        return ERASED_TEXT
    if field in ("step done", "step undone"):
        return _NOTE_IN_TICK.sub(f"(note: {ERASED_TEXT})", value)
    return value


class Privacy:
    """store.privacy: a customer's data exported for an access request, or erased."""

    def __init__(self, db: Database, customers: Customers, cases: Cases, history: History, checklists: Checklists, letters: Letters, attachments: Attachments):
        self._db = db
        self._customers = customers
        self._cases = cases
        self._history = history
        self._checklists = checklists
        self._letters = letters
        self._attachments = attachments

    def _customer_case_ids(self, customer_id: int) -> list[int]:
        return [r[0] for r in self._db.conn.execute(
            "SELECT id FROM cases WHERE customer_id = ? ORDER BY occurred_ts, id", (customer_id,))]

    def export(self, customer_id: int, dest: Path) -> Path:
        """A zip holding customer.json (the customer, every case with its history,
        checklists, letters and attachments), letters/*.pdf (every archived letter) and
        attachments/* (every file kept with their cases), for a data-access request."""
        customer = self._customers.get(customer_id)
        dest = Path(dest)
        cases, pdfs, files = [], [], []
        for case_id in self._customer_case_ids(customer_id):
            case = self._cases.by_id(case_id)
            item = case_fields(case)
            for key in ("customer_name", "customer_email", "customer_phone", "customer_address"):
                item.pop(key)
            item["history"] = [h.as_json() for h in self._history.of(case_id)]
            item["checklists"] = self._checklists.as_json(case_id)
            item["letters"] = []
            for n, letter in enumerate(self._letters.archived(case.ref), 1):
                name = f"letters/{case.ref}-{letter.kind}-{n}.pdf"
                item["letters"].append({**letter.as_json(), "file": name})
                pdfs.append((name, letter.id))
            item["attachments"] = []
            for n, attachment in enumerate(self._attachments.of(case_id), 1):
                name = f"attachments/{case.ref.replace('/', '-')}-{n}-{attachment.name}"
                item["attachments"].append({**attachment.as_json(), "file": name})
                files.append((name, attachment.id))
            cases.append(item)
        document = {
            "exported_at": iso(now()),
            "customer": {"id": customer.id, "name": customer.name, "email": customer.email,
                         "phone": customer.phone, "address": customer.address,
                         "notes": customer.notes, "flag": customer.flag,
                         "created_at": customer.created_at, "erased": customer.erased},
            "cases": cases,
        }

        def fill(fh) -> None:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("customer.json", json.dumps(document, ensure_ascii=False, indent=2))
                for name, letter_id in pdfs:
                    zf.writestr(name, self._letters.pdf(letter_id))
                for name, attachment_id in files:
                    zf.writestr(name, self._attachments.data(attachment_id))

        write_atomically(dest, fill)  # 0600 from the first byte, like the database
        return dest

    def erase(self, customer_id: int, by: str = "") -> None:
        """Remove the customer's personal data, keeping what the counts and reports need.

        Erased: the customer's name (becomes "Erased customer #id"), e-mail, phone, address,
        notes and flag; each case's summary and details; root cause, lesson and close reason
        only where they name the customer (else they are the business's own learning and
        stay); checklist step notes; earlier values of erased fields and step notes in the
        case history (with attachment names and merged names); archived letters, drafts and
        attachments. Kept: each case's kind, channel, category, severity, staff, dates,
        status, remedy and cost, satisfaction, return, so every count and report stays right. One history line per case records the erasure. See BACKUPS_NOTE.
        """
        customer = self._customers.get(customer_id)
        personal = _personal_pattern(customer.name, customer.email, customer.phone)
        case_ids = self._customer_case_ids(customer_id)
        stamp = iso(now())
        # Freed pages are overwritten so the old text lingers neither in the file nor in
        # its write-ahead log (a server keeps its own files: data/engine.py).
        with engine.of(self._db.conn).secure_delete(self._db.conn):
            with self._db.transaction() as conn:
                conn.execute(
                    "UPDATE customers SET name = ?, email = '', phone = '', phone_digits = '', "
                    "address = '', notes = '', flag = '', language = '', erased_at = coalesce(erased_at, ?) "
                    "WHERE id = ?", (f"Erased customer #{customer_id}", stamp, customer_id))
                for case_id in case_ids:
                    self._erase_case(conn, case_id, personal, stamp, by)
                marks = ",".join("?" * len(case_ids))
                if case_ids:
                    conn.execute(f"DELETE FROM letters WHERE case_id IN ({marks})", case_ids)
                    conn.execute(f"DELETE FROM letter_drafts WHERE case_id IN ({marks})", case_ids)
                    conn.execute(f"DELETE FROM attachments WHERE case_id IN ({marks})", case_ids)
                    conn.execute(
                        "UPDATE case_checklist_steps SET note = ? WHERE note <> '' AND "
                        "checklist_id IN (SELECT id FROM case_checklists WHERE case_id IN "
                        f"({marks}))", [ERASED_TEXT, *case_ids])
                # Details of earlier merges into this customer name the merged record.
                conn.execute("UPDATE customer_merges SET details = ? WHERE survivor_id = ?",
                             (ERASED_TEXT, customer_id))
                # The search index keeps old words in earlier segments until they are merged
                # (PostgreSQL's search column is rewritten with each row).
                if not self._db.shared:
                    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')")

    def _erase_case(self, conn, case_id: int, personal: re.Pattern | None, stamp: str,
                    by: str) -> None:
        row = conn.execute(f"SELECT {', '.join(KEPT_IF_IMPERSONAL + ALWAYS_ERASED)} FROM cases "
                           "WHERE id = ?", (case_id,)).fetchone()
        current = dict(zip(KEPT_IF_IMPERSONAL + ALWAYS_ERASED, row))
        erased = [k for k in ALWAYS_ERASED if current[k]]
        erased += [k for k in KEPT_IF_IMPERSONAL
                   if current[k] and personal is not None and personal.search(current[k])]
        if erased:
            conn.execute(f"UPDATE cases SET {', '.join(f'{k} = ?' for k in erased)}, "
                         "updated_at = ? WHERE id = ?",
                         [ERASED_TEXT for _ in erased] + [stamp, case_id])
        for history_id, field, old, new in conn.execute(
                "SELECT id, field, old, new FROM case_history WHERE case_id = ?",
                (case_id,)).fetchall():
            scrubbed = (_scrub_history(field, old, erased, personal),
                        _scrub_history(field, new, erased, personal))
            if scrubbed != (old, new):
                conn.execute("UPDATE case_history SET old = ?, new = ? WHERE id = ?",
                             (*scrubbed, history_id))
        self._history.record(conn, case_id, "erased", None,
                             "customer's personal data erased on request", by)
