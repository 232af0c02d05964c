"""Letters: templates, drafts per case and the archive of every PDF printed or saved."""
from __future__ import annotations


class LetterOps:
    """Store methods for letters (mixed into data.store.Store)."""
