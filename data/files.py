"""Writing the owner's files so a crash or a full disk never leaves half of one."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def write_atomically(path: Path | str, fill: Callable[[BinaryIO], None]) -> Path:
    """`fill(fh)` writes into a temporary file beside `path` (created 0600); it is synced
    and renamed over `path` only when complete, so a reader sees the old file or the new."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial",
                               dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: Path | str, data: bytes) -> Path:
    return write_atomically(path, lambda fh: fh.write(data))


def sha256_hex(data: bytes) -> str:
    """The digest stored beside archived letters and attachments to prove them intact.

    hashlib loads OpenSSL (3.6 MB resident): imported on first use, not by every start of
    the window (bench/run.py rss)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()
