"""Resolution checklists: templates, snapshots on cases, ticks and the closing gate."""
from __future__ import annotations


class ClosingGateRefused(Exception):
    """A case cannot be closed: required checklist steps are not done and no reason was given."""

    def __init__(self, missing: list[str]):
        self.missing = list(missing)
        super().__init__("required steps not done: " + "; ".join(self.missing))


class ChecklistOps:
    """Store methods for checklists (mixed into data.store.Store)."""
