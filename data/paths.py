"""Where things live: the default database and bundled resources, from source or a bundle."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Goodwill"
APP_VERSION = "0.1.0"


def default_db_path() -> Path:
    """The per-user data folder (platformdirs), e.g. ~/.local/share/Goodwill/goodwill.db."""
    # On first use: not loaded when --db names the file.
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "goodwill.db"


def resource_path(*parts: str) -> Path:
    """A file under resources/, whether running from source or from a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def owners_guide_path() -> Path:
    """docs/manual.md, the owner's guide, beside resources/ from source and in a bundle."""
    return resource_path().parent / "docs" / "manual.md"


# Folders that sync files to other computers behind SQLite's back, by their usual names.
_CLOUD_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive",
                  "icloud drive", "icloud~", "mobile documents", "nextcloud", "owncloud",
                  "pcloud", "mega", "box sync", "syncthing", "seafile")
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs",
               "fuse.rclone", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2", "ceph", "glusterfs"}


def shared_folder_risk(db_path: Path | str) -> tuple[str, str] | None:
    """("network", what) when a database file sits on a network drive or share, ("cloud",
    folder) in a cloud-synced folder, where SQLite's locking cannot be trusted (two
    computers writing at once can damage the file, and a sync service can copy a
    half-written one); None for a local folder."""
    path = Path(db_path).expanduser().absolute()
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "network", "share"
    if os.name == "nt":
        # Windows only: ctypes loads only there.
        import ctypes

        drive = path.drive + "\\"
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
            return "network", path.drive
    else:
        fs = _filesystem_type(path)
        if fs in _NETWORK_FS:
            return "network", fs
    lowered = [part.lower() for part in path.parts]
    for i, part in enumerate(lowered):
        if any(part == name or part.startswith(name + " ") or part.startswith(name + "-")
               for name in _CLOUD_FOLDERS):
            return "cloud", path.parts[i]
    return None


def shared_folder_warning(db_path: Path | str) -> str | None:
    """shared_folder_risk as one English line for the command line (None when local)."""
    risk = shared_folder_risk(db_path)
    if risk is None:
        return None
    path = Path(db_path).expanduser().absolute()
    where = (f"a network folder ({risk[1]})" if risk[0] == "network"
             else f"a cloud-synced folder ({risk[1]})")
    if risk == ("network", "share"):
        where = "a network share"
    return (f"{path} is on {where}. A Goodwill file there can be damaged when two computers "
            "use it, or when the folder syncs while it is being written. To share one log "
            "between computers, use a shared database (PostgreSQL): see \"Sharing one log "
            "between computers\" in the README.")


def _filesystem_type(path: Path) -> str | None:
    """The type of the mount that holds `path`, from /proc/mounts (Linux); None elsewhere."""
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            mounts = [line.split()[:3] for line in fh]
    except OSError:
        return None
    best, kind = "", None
    target = str(path)
    for _dev, point, fs in mounts:
        point = point.replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, kind = point, fs
    return kind
