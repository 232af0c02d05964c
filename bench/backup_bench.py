"""Backup, check and restore times and sizes for a large database (default 1,000,000 cases).

    python bench/backup_bench.py [--cases 1000000] [--folder /tmp/goodwill-backup-bench]

The database is built with bench/generate.py (executemany in one transaction) in a scratch
folder, then: a verified backup into backups/ (the backup API, quick_check of the copy),
`check` (integrity, foreign keys, search index), and a restore of that backup.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import build_database  # noqa: E402
from data.backup import list_backups, restore_file  # noqa: E402
from data.check import check_database  # noqa: E402
from data.store import Store  # noqa: E402


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=1_000_000)
    p.add_argument("--folder", default="/tmp/goodwill-backup-bench")
    args = p.parse_args()
    folder = Path(args.folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    db = folder / "goodwill.db"
    _, built = timed(lambda: build_database(db, args.cases))
    print(f"built {args.cases:,} cases in {built:.1f} s: {db.stat().st_size / 1e6:.0f} MB")

    store = Store(db, quick_check=False)
    backup, took = timed(lambda: store.backups.make(reason="manual"))
    print(f"backup (backup API + quick_check of the copy): {took:.1f} s, "
          f"{backup.stat().st_size / 1e6:.0f} MB")
    store.close()
    listed, took = timed(lambda: list_backups(db))
    print(f"list backups with case counts: {took:.2f} s ({listed[0].cases:,} cases)")
    (problems, _report), took = timed(lambda: check_database(db))
    print(f"check (integrity, foreign keys, search index): {took:.1f} s, "
          f"{'ok' if not problems else problems[0]}")
    kept, took = timed(lambda: restore_file(db, backup))
    print(f"restore (backup of the current file first, then atomic replace): {took:.1f} s")
    with Store(db) as restored:
        assert restored.case_list.total() == args.cases
    print(f"kept before restore: {kept.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
