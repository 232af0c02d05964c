"""Files kept with a case (photos, receipts, PDFs), stored inside the database itself."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from data.cases import Cases
from data.database import Database
from data import engine
from data.db import refuse_database_file
from data.engine import insert_id
from data.errors import Invalid, NotFound
from data.files import sha256_hex
from data.history import History
from data.model import ValidationError, iso, now

MAX_ATTACHMENT = 20 * 1024 * 1024  # 20 MB a file: the migration's CHECK holds the same
MAX_NAME = 255
MAX_THUMBNAIL = 256 * 1024


class AttachmentNotFound(NotFound):
    pass


@dataclass(frozen=True)
class Attachment:
    """One file on a case; its bytes (and thumbnail) are fetched separately."""
    id: int
    case_id: int
    name: str
    mime: str
    size: int
    sha256: str
    added_at: str
    added_by: str
    has_thumbnail: bool

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

    def as_json(self) -> dict:
        return {"name": self.name, "size": self.size, "sha256": self.sha256,
                "added_at": self.added_at}


def size_text(size: int) -> str:
    """1,234 bytes / 12.3 KB / 4.5 MB, as the owner reads sizes."""
    if size < 1024:
        return f"{size:,} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def too_big_message(name: str, size: int) -> str:
    return (f"'{name}' is {size:,} bytes ({size_text(size)}); the limit is 20 MB "
            f"({MAX_ATTACHMENT:,} bytes) per file. Make the photo smaller or keep the file "
            "elsewhere.")


def clean_file_name(name: str) -> str:
    """The name to keep: the last part of a path, no control or path characters."""
    text = re.split(r"[\\/]", str(name or "").strip())[-1]
    text = re.sub(r"[\x00-\x1f\x7f]", "", text).strip()
    if not text or text in (".", ".."):
        raise ValidationError({"file": "has no name"})
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        text = (stem[:MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) < 16 \
            else text[:MAX_NAME]
    return text


_COLUMNS = ("id, case_id, name, mime, size, sha256, added_at, added_by, "
            "thumbnail IS NOT NULL")


class Attachments:
    """store.attachments: files kept with a case."""

    def __init__(self, db: Database, cases: Cases, history: History):
        self._db = db
        self._cases = cases
        self._history = history

    def add(self, ref: str, name: str, data: bytes, *, by: str = "",
            mime: str = "") -> Attachment:
        """Keep `data` with the case under `name`; refused beyond MAX_ATTACHMENT."""
        case = self._cases.get(ref)
        name = clean_file_name(name)
        data = bytes(data)
        if len(data) > MAX_ATTACHMENT:
            raise ValidationError({"file": too_big_message(name, len(data))})
        import mimetypes  # on first use: loading its tables would slow every window start

        mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        stamp = iso(now())
        with self._db.transaction() as conn:
            new_id = insert_id(
                conn, "INSERT INTO attachments (case_id, name, mime, size, sha256, added_at, "
                "added_by, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case.id, name, mime, len(data), sha256_hex(data), stamp, by, data))
            self._history.record(conn, case.id, "attachment added", None,
                                 f"{name} ({size_text(len(data))})", by)
        return self.get(new_id)

    def add_file(self, ref: str, path: Path | str, *, by: str = "") -> Attachment:
        """Attach a file from disk; its size is checked before a byte is read."""
        path = Path(path)
        refuse_database_file(path, self._db.path, "attach")
        if path.is_dir():
            raise ValidationError({"file": f"{path} is a folder, not a file"})
        size = path.stat().st_size  # FileNotFoundError names the path
        if size > MAX_ATTACHMENT:
            raise ValidationError({"file": too_big_message(path.name, size)})
        return self.add(ref, path.name, path.read_bytes(), by=by)

    def of(self, case_id: int) -> list[Attachment]:
        """A case's files, in the order they were added."""
        return [self._make(r) for r in self._db.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE case_id = ? ORDER BY id", (case_id,))]

    def count(self, case_id: int) -> int:
        return self._db.one("SELECT count(*) FROM attachments WHERE case_id = ?", (case_id,))[0]

    @staticmethod
    def _make(row) -> Attachment:
        return Attachment(*row[:8], has_thumbnail=bool(row[8]))

    def get(self, attachment_id: int) -> Attachment:
        row = self._db.one(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,))
        if row is None:
            raise AttachmentNotFound(f"no attachment with id {attachment_id}")
        return self._make(row)

    def data(self, attachment_id: int) -> bytes:
        """The stored bytes, checked against the digest taken when they were added."""
        row = self._db.one("SELECT data, sha256, name FROM attachments WHERE id = ?",
                           (attachment_id,))
        if row is None:
            raise AttachmentNotFound(f"no attachment with id {attachment_id}")
        data = bytes(row[0])
        if sha256_hex(data) != row[1]:
            raise Invalid(f"attachment '{row[2]}' is damaged (its checksum does not match)")
        return data

    def thumbnail(self, attachment_id: int) -> bytes | None:
        row = self._db.one("SELECT thumbnail FROM attachments WHERE id = ?", (attachment_id,))
        return None if row is None or row[0] is None else bytes(row[0])

    def set_thumbnail(self, attachment_id: int, image: bytes) -> None:
        """A small preview image made by the window (the data layer cannot decode images)."""
        if len(image) > MAX_THUMBNAIL:
            raise ValidationError({"thumbnail": "is larger than 256 KB"})
        with self._db.transaction() as conn:
            conn.execute("UPDATE attachments SET thumbnail = ? WHERE id = ?",
                         (bytes(image), attachment_id))

    def remove(self, attachment_id: int, *, by: str = "") -> None:
        info = self.get(attachment_id)
        # The file's bytes leave the database file too (data/engine.py).
        with engine.of(self._db.conn).secure_delete(self._db.conn), \
                self._db.transaction() as conn:
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            self._history.record(conn, info.case_id, "attachment removed",
                                 f"{info.name} ({size_text(info.size)})", None, by)
