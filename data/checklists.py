"""Resolution checklists: templates, snapshots on cases, ticks and the closing gate."""
from __future__ import annotations


class ChecklistOps:
    """Store methods for checklists (mixed into data.store.Store)."""
