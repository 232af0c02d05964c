"""Where things live: the default database and bundled resources, from source or a bundle."""
from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Goodwill"
APP_VERSION = "0.1.0"


def default_db_path() -> Path:
    """The per-user data folder (platformdirs), e.g. ~/.local/share/Goodwill/goodwill.db."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "goodwill.db"


def resource_path(*parts: str) -> Path:
    """A file under resources/, whether running from source or from a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
