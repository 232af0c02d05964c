"""The shared log's password: kept in the system keyring, never in a settings file.

The settings keep the address without its password (postgresql://user@host/db). The
password goes to the system keyring (Secret Service, Windows Credential Locker, macOS
Keychain) under that address. Where no keyring is available (a server, a bare desktop
session) it goes to a file only the owner can read (0600) in the per-user config folder.
An address with no stored password is used as it is, so libpq still finds a password in
~/.pgpass, in the file named by PGPASSFILE, or in PGPASSWORD: ways to pass one on the
command line that keep it out of the process list.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SERVICE = "Goodwill shared log"
FALLBACK_NAME = "shared-log-passwords.json"


def split_password(url: str) -> tuple[str, str | None]:
    """(the address without its password, the password as written in it, or None)."""
    parts = urlsplit(url.strip())
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url.strip(), None
    user, _, password = userinfo.partition(":")
    bare = urlunsplit(parts._replace(netloc=f"{user}@{hostport}"))
    return bare, password


def with_password(bare: str, password: str) -> str:
    """The address with `password` (as written in a URL, percent-encoded) put in."""
    parts = urlsplit(bare)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at:  # no user name in the address: the password cannot be placed
        return bare
    return urlunsplit(parts._replace(netloc=f"{userinfo}:{password}@{hostport}"))


def _keyring():
    """The system keyring, or None where there is none that works."""
    try:
        # On first use: keyring and its back ends load only when a password is kept.
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def fallback_file() -> Path:
    # On first use: only the fallback password file needs it.
    import platformdirs

    return platformdirs.user_config_path("Goodwill", appauthor=False) / FALLBACK_NAME


def _read_fallback() -> dict[str, str]:
    try:
        return json.loads(fallback_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_fallback(entries: dict[str, str]) -> None:
    """Write the file 0600 from its first byte (temp file, sync, rename): the password is
    never readable by others, not even for a moment, and a crash leaves the old file."""
    path = fallback_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(entries, indent=1, sort_keys=True).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def remember(url: str) -> str:
    """Keep the address's password in the keyring (or the 0600 file) and give back the
    address without it, which is what settings may store."""
    bare, password = split_password(url)
    if password is None:
        return bare
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, bare, password)
            return bare
        except Exception:  # a locked or broken keyring: fall back to the private file
            pass
    entries = _read_fallback()
    entries[bare] = password
    _write_fallback(entries)
    return bare


def recall(url: str) -> str:
    """The address with its stored password put back; as given when none is stored (libpq
    then looks in .pgpass / PGPASSFILE / PGPASSWORD)."""
    bare, password = split_password(url)
    if password is not None:
        return url.strip()
    ring = _keyring()
    stored = None
    if ring is not None:
        try:
            stored = ring.get_password(SERVICE, bare)
        except Exception:
            stored = None
    if stored is None:
        stored = _read_fallback().get(bare)
    return with_password(bare, stored) if stored else bare


def forget(url: str) -> None:
    """Drop the stored password of this address (both places)."""
    bare, _ = split_password(url)
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, bare)
        except Exception:
            pass
    entries = _read_fallback()
    if entries.pop(bare, None) is not None:
        _write_fallback(entries)
