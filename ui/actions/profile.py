"""The business profile: name, address, owner, currency, targets, limits, logo."""
from __future__ import annotations

from ui.actions import Actor

_UNCHANGED = object()


def update(store, actor: Actor, changes: dict, *, logo=_UNCHANGED):
    """Change profile fields (and the logo: image bytes, or None to remove it); returns
    the Profile."""
    profile = store.profile.update(**changes) if changes else store.profile.get()
    if logo is not _UNCHANGED:
        store.profile.set_logo(logo)
    return profile
