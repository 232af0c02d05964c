"""Automatic backups, the rotation rule over a simulated year, and restore."""
from __future__ import annotations

import io
import os
import sqlite3
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from data import backup as bk
from data import db as dbmod
from data import migrations
from data.store import Store


def cli(*args: str) -> subprocess.CompletedProcess:
    import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def add(store: Store, n: int = 1, name: str = "Ann Example") -> list[str]:
    return [store.cases.add(customer={"name": name}, kind="complaint", summary=f"case {i}").ref
            for i in range(n)]


def reasons(db: Path) -> list[str]:
    return [b.reason for b in bk.list_backups(db, count_cases=False)]


# ---- the rotation rule -------------------------------------------------------------------

def simulate_year(start: datetime, days: int, skip: set[int] = frozenset()) -> tuple[list, list]:
    """An owner who opens the app each morning and quits each evening (plus an import
    every third day), with rotation after every backup as the app does it."""
    made, kept = [], []
    for day in range(days):
        if day in skip:
            continue
        base = start + timedelta(days=day)
        moments = [base.replace(hour=9), base.replace(hour=17, minute=30)]
        if day % 3 == 0:
            moments.insert(1, base.replace(hour=12, minute=15))
        for when in moments:
            made.append(when)
            kept = sorted(bk.backups_to_keep(kept + [when], when))
    return made, kept


def test_rotation_over_a_simulated_year_keeps_days_then_weeks_then_months():
    made, kept = simulate_year(datetime(2025, 1, 1), 400)
    now = made[-1]
    ages = {when: now - when for when in kept}
    assert all(age <= timedelta(days=365) for age in ages.values())
    # Every backup of the last 2 days.
    recent = [w for w in made if now - w <= timedelta(days=2)]
    assert set(recent) <= set(kept)
    # One a day for 2 weeks: exactly one per calendar day that is wholly in the tier.
    daily = [w for w in kept if timedelta(days=2) < now - w <= timedelta(days=14)]
    days = [w.date() for w in daily]
    assert len(days) == len(set(days))
    for back in range(3, 14):
        day = (now - timedelta(days=back)).date()
        assert day in days, day
        newest_that_day = max(w for w in made if w.date() == day)
        assert newest_that_day in kept
    # One a week for 2 months.
    weekly = [w for w in kept if timedelta(days=14) < now - w <= timedelta(days=61)]
    weeks = [w.isocalendar()[:2] for w in weekly]
    assert len(weeks) == len(set(weeks))
    for back in range(21, 56, 7):
        assert (now - timedelta(days=back)).isocalendar()[:2] in weeks
    # One a month for a year.
    monthly = [w for w in kept if now - w > timedelta(days=61)]
    months = [(w.year, w.month) for w in monthly]
    assert len(months) == len(set(months))
    for back in range(70, 340, 31):
        when = now - timedelta(days=back)
        assert (when.year, when.month) in months
    assert len(kept) < 45  # bounded: the folder does not grow for ever
    assert len(made) > 900


def test_rotation_after_a_long_holiday_still_keeps_the_newest_backup():
    made, kept = simulate_year(datetime(2025, 1, 1), 30)
    later = made[-1] + timedelta(days=500)
    assert bk.backups_to_keep(kept, later) == {max(kept)}


def test_rotate_deletes_only_this_databases_backups_the_rule_drops(tmp_path):
    db = tmp_path / "goodwill.db"
    folder = bk.backups_dir(db)
    folder.mkdir()
    now = datetime(2026, 6, 30, 18, 0)
    names = {}
    for hours in (1, 5, 30, 60, 61, 200, 201, 24 * 40, 24 * 41, 24 * 400):
        when = now - timedelta(hours=hours)
        path = folder / bk.backup_name("daily", when)
        path.write_bytes(b"x")
        names[hours] = path
    foreign = folder / "notes.txt"
    foreign.write_text("mine")
    other_db = folder / bk.backup_name("daily", now - timedelta(days=400), stem="other")
    other_db.write_bytes(b"x")
    removed = set(bk.rotate(db, now))
    # 60 h and 61 h ago fall on the same day (28 June), 200 h and 201 h too (22 June), 40 and
    # 41 days ago in one ISO week (20-21 May 2026): the older of each pair goes; 400 days is
    # past a year.
    assert removed == {names[61], names[201], names[24 * 41], names[24 * 400]}
    assert foreign.exists() and other_db.exists()
    assert all(p.exists() for h, p in names.items() if p not in removed)


def test_rotate_clears_copies_left_half_written_by_a_crash(store):
    made = store.backups.make()
    old = made.parent / f".{made.name}.abc123.partial"
    old.write_bytes(b"half")
    os.utime(old, (0, 0))
    fresh = made.parent / f".{made.name}.def456.partial"  # another backup being written now
    fresh.write_bytes(b"half")
    assert old in bk.rotate(store.path)
    assert not old.exists() and fresh.exists() and made.exists()


# ---- automatic backups -------------------------------------------------------------------

def test_backup_on_start_only_when_the_newest_is_a_day_old(store):
    add(store, 2)
    first = bk.backup_if_due(store)
    assert first is not None and first.parent == store.path.parent / "backups"
    assert bk.backup_if_due(store) is None
    made = bk.newest_backup_time(store.path)
    old = made - timedelta(days=1, minutes=1)
    aged = first.rename(first.with_name(bk.backup_name("daily", old)))
    again = bk.backup_if_due(store)
    assert again is not None and again.exists() and aged.exists()
    assert len(bk.list_backups(store.path)) == 2
    info = bk.list_backups(store.path)[0]
    assert info.path == again and info.cases == 2 and info.size == again.stat().st_size


def test_backup_on_quit_only_after_changes(db_path):
    with Store(db_path) as store:
        assert bk.backup_on_quit(store) is None  # opened and closed without writing
        add(store)
        path = bk.backup_on_quit(store)
    assert path is not None and "-quit" in path.name
    assert bk.list_backups(db_path)[0].cases == 1


def test_backup_out_refuses_to_overwrite_the_database_itself(tmp_path):
    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        add(store, 2)
    result = cli("--db", str(db), "backup", "--out", str(db))
    assert result.returncode == 1 and "is the database itself" in result.stderr
    with Store(db) as store:
        assert store.case_list.total() == 2


def test_every_backup_is_a_verified_goodwill_database(store):
    add(store, 3)
    path = store.backups.make()
    assert dbmod.inspect(path, quick_check=True) == migrations.LATEST
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not list(path.parent.glob("*.partial"))


def test_a_backup_that_fails_its_check_is_not_kept(db_path, tmp_path):
    with Store(db_path) as store:
        for n in range(12):
            store.cases.add(customer={"name": f"C{n}"}, kind="question", summary="s",
                            details="d" * 3000)
    with open(db_path, "r+b") as fh:  # bad sectors under the file
        for page in range(2, 6):
            fh.seek(page * 4096 + 8)
            fh.write(bytes((i * 37 + page) % 256 for i in range(4088)))
    source = sqlite3.connect(db_path)
    try:
        with pytest.raises(RuntimeError, match="backup was not kept: the database it was copied from is damaged"):
            bk.backup_file(source, tmp_path / "backups" / "copy.db")
    finally:
        source.close()
    assert list((tmp_path / "backups").iterdir()) == []


def test_backup_before_an_import_when_there_are_cases(store, tmp_path):
    from data.csvio import import_file

    csv = tmp_path / "in.csv"
    csv.write_text("occurred_at,customer_name,kind,summary\n2026-03-01,Bo,question,hours?\n")
    import_file(store, csv)
    assert reasons(store.path) == []  # nothing to lose in an empty database
    import_file(store, csv)
    assert reasons(store.path) == ["before-import"]
    assert bk.list_backups(store.path)[0].cases == 1


def test_backup_before_a_migration_holds_the_old_schema(db_path):
    conn = dbmod.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.upgrade(conn, dbmod.APPLICATION_ID, target=1)
    conn.close()
    Store(db_path).close()
    [info] = bk.list_backups(db_path)
    assert info.reason == "before-upgrade"
    assert dbmod.inspect(info.path, quick_check=True) == 1


# ---- restore -----------------------------------------------------------------------------

def test_restore_round_trip_gives_back_exactly_the_backed_up_cases(tmp_path):
    db = tmp_path / "goodwill.db"
    assert cli("--db", str(db), "demo").returncode == 0
    before_csv, restored_csv, changed_csv = (tmp_path / n for n in ("a.csv", "c.csv", "b.csv"))
    assert cli("--db", str(db), "export", "--out", str(before_csv)).returncode == 0
    result = cli("--db", str(db), "backup", "--out", str(tmp_path / "saved.db"))
    assert result.returncode == 0
    assert f"Backed up to {tmp_path / 'saved.db'}" in result.stdout
    assert f"{(tmp_path / 'saved.db').stat().st_size:,} bytes" in result.stdout
    with Store(db) as store:
        add(store, 2, name="After Backup")
        first = store.case_list.cases(limit=1)[0]
        store.cases.update(first.ref, {"summary": "edited after the backup"})
    cli("--db", str(db), "export", "--out", str(changed_csv))
    assert changed_csv.read_bytes() != before_csv.read_bytes()

    result = cli("--db", str(db), "restore", str(tmp_path / "saved.db"))
    assert result.returncode == 0, result.stderr
    assert "The previous database was kept as" in result.stdout
    cli("--db", str(db), "export", "--out", str(restored_csv))
    assert restored_csv.read_bytes() == before_csv.read_bytes()
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0

    # The restore itself can be undone: the file before it was backed up.
    [undo] = [b for b in bk.list_backups(db) if b.reason == "before-restore"]
    assert cli("--db", str(db), "restore", str(undo.path)).returncode == 0
    cli("--db", str(db), "export", "--out", str(restored_csv))
    assert restored_csv.read_bytes() == changed_csv.read_bytes()
    assert cli("--db", str(db), "check").returncode == 0


def test_restore_refuses_a_file_that_is_not_a_healthy_goodwill_database(tmp_path):
    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        add(store, 2)
    before = db.read_bytes()
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    result = cli("--db", str(db), "restore", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"goodwill: {bad}: cannot restore from it:")
    assert db.read_bytes() == before
    assert cli("--db", str(db), "restore", str(tmp_path / "missing.db")).returncode == 1
    assert cli("--db", str(db), "restore", str(db)).returncode == 1
    assert db.read_bytes() == before
    assert reasons(db) == []


def test_restore_replaces_a_damaged_database_and_keeps_the_damaged_file(tmp_path):
    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        add(store, 5)
        good = store.backups.make(tmp_path / "good.db")
    damaged = b"SQLite format 3\x00" + os.urandom(8192)
    db.write_bytes(damaged)
    assert cli("--db", str(db), "list").returncode == 1
    result = cli("--db", str(db), "restore", str(good))
    assert result.returncode == 0, result.stderr
    with Store(db) as store:
        assert store.case_list.total() == 5
    [aside] = [b for b in bk.list_backups(db) if b.reason == "damaged"]
    assert aside.path.read_bytes() == damaged  # moved aside untouched, not copied
    assert aside.cases is None


def test_restore_while_the_database_has_an_unsaved_wal_keeps_those_cases_in_the_backup(tmp_path):
    db = tmp_path / "goodwill.db"
    store = Store(db)
    add(store, 2)
    saved = store.backups.make(tmp_path / "two.db")
    add(store, 3)  # sits in the -wal until a checkpoint
    store.close()
    kept = bk.restore_file(db, saved)
    with Store(db) as restored:
        assert restored.case_list.total() == 2
    with Store(kept) as before:
        assert before.case_list.total() == 5


def test_restore_is_refused_while_another_connection_reads(tmp_path):
    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        add(store, 2)
        saved = store.backups.make(tmp_path / "two.db")
        add(store, 1)
    reader = Store(db, readonly=True)  # another program with the file open, idle
    try:
        with pytest.raises(bk.RestoreRefused, match="in use"):
            bk.restore_file(db, saved)
    finally:
        reader.close()
    with Store(db) as store:
        assert store.case_list.total() == 3


def test_a_server_address_is_never_taken_for_a_file_path(tmp_path, monkeypatch):
    from data.backup import RestoreRefused, backups_dir, list_backups, restore_file

    monkeypatch.chdir(tmp_path)
    url = "postgresql://goodwill@/shop?host=/tmp/pg&options=-csearch_path%3Dx"
    backup = tmp_path / "b.db"
    with Store(backup) as store:
        add(store)
    with pytest.raises(RestoreRefused, match="copy-to postgresql://"):
        restore_file(url, backup)
    with pytest.raises(ValueError, match="server"):
        backups_dir(url)
    with pytest.raises(ValueError, match="server"):
        list_backups(url)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.db"]
