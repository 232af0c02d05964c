"""The repository itself: a clone must work on every desk's system, Windows included."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*\\\x00-\x1f]')
WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def tracked() -> list[tuple[str, str]]:
    """(mode, path) of every file git tracks here."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-s", "-z"],
                             capture_output=True, check=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    rows = []
    for entry in filter(None, out.split("\0")):
        meta, path = entry.split("\t", 1)
        rows.append((meta.split()[0], path))
    return rows


def test_no_tracked_path_holds_a_name_windows_cannot_create():
    bad = [path for _, path in tracked()
           if any(WINDOWS_FORBIDDEN.search(part) or WINDOWS_RESERVED.match(part)
                  or part.endswith((" ", ".")) for part in path.split("/"))]
    assert bad == []


def test_no_tracked_symlink_points_outside_the_repository():
    outside = []
    for mode, path in tracked():
        if mode == "120000":
            target = os.readlink(ROOT / path)
            if os.path.isabs(target) or not (ROOT / path).resolve().is_relative_to(ROOT):
                outside.append(f"{path} -> {target}")
    assert outside == []
