"""When a database cannot be opened: explain why and offer a backup or another file."""
from __future__ import annotations

from pathlib import Path


def resolve_open_problem(problem, parent=None) -> Path | None:
    return None
