"""The SQLite file under stress: two programs on it, kills during restore, damaged bytes,
full disks, typos in --db. Real processes, real SIGKILLs, real files under tmp_path."""
from __future__ import annotations

import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from data import db as dbmod
from data.store import Store
from tests.test_safety import as_another_user, cli, digest, goodwill_file, open_folder  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="SIGKILL, POSIX locks and rlimits are POSIX")


def run(*args: str, db: Path, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """`python main.py --db DB ARGS` as the owner types it."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False,
                          **kwargs)


def summaries(path: Path) -> set[str]:
    """The cases' summaries, read the way the app opens the file (page check included)."""
    with Store(path) as store:
        return {store.cases.get(ref).summary for ref in
                (row.ref for row in store.case_list.cases(limit=10_000))}


# ---- two programs on one file ------------------------------------------------------------

WINDOW = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from data import db as dbmod
from data.backup import backup_if_due
from data.store import Store

path = Path({db!r})
store = Store(path, quick_check=False)          # as the window opens it
dbmod.inspect(path, quick_check=True)            # its start-up check, in the same process
backup_if_due(store)                             # and its daily backup
for n in range(3):
    print(store.cases.add(customer={{"name": "Before"}}, kind="question",
                          summary=f"before {{n}}").ref, flush=True)
print("ready", flush=True)
sys.stdin.readline()                             # the other program runs now
for n in range(3):
    print(store.cases.add(customer={{"name": "After"}}, kind="question",
                          summary=f"after {{n}}").ref, flush=True)
print("saved", flush=True)
time.sleep(60)
"""


@posix_only
def test_a_command_beside_the_open_window_loses_none_of_its_saves(tmp_path):
    db = goodwill_file(tmp_path / "shop.db", cases=2, wal=True)
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW.format(root=str(ROOT), db=str(db))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        refs = []
        for line in window.stdout:
            if line.strip() == "ready":
                break
            refs.append(line.strip())
        listed = run("list", db=db)
        assert listed.returncode == 0, listed.stderr
        window.stdin.write("\n")
        window.stdin.flush()
        for line in window.stdout:
            if line.strip() == "saved":
                break
            refs.append(line.strip())
        fds = Path(f"/proc/{window.pid}/fd")
        if fds.is_dir():
            open_files = [os.readlink(fd) for fd in fds.iterdir()]
            assert not [f for f in open_files if f.endswith("(deleted)")], open_files
    finally:
        window.send_signal(signal.SIGKILL)  # a crash, or a power cut's equivalent for it
        window.wait()
    assert len(refs) == 6
    with Store(db) as store:
        assert {ref for ref in refs if store.cases.get(ref)} == set(refs)
        assert store.case_list.total() == 8


def test_the_header_is_read_without_opening_the_file_outside_sqlite(tmp_path, monkeypatch):
    """db.inspect of a sound file never calls open() on it (closing such a descriptor is
    what drops the process's locks)."""
    import builtins

    db = goodwill_file(tmp_path / "shop.db", wal=True)
    opened = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    with Store(db) as store:
        dbmod.inspect(db, quick_check=True)
        store.backups.make()
    assert not [f for f in opened if Path(f).name.startswith("shop.db")], opened


# ---- restore, killed at any moment ------------------------------------------------------

def two_backups(folder: Path) -> tuple[Path, Path, set[str], set[str]]:
    old, new = folder / "old.db", folder / "new.db"
    for path, words in ((old, "old"), (new, "new")):
        with Store(path) as store:
            for n in range(3 if words == "old" else 5):
                store.cases.add(customer={"name": f"C{n}"}, kind="question",
                                summary=f"{words} {n}")
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    return old, new, {f"old {n}" for n in range(3)}, {f"new {n}" for n in range(5)}


def kill_after(cmd: list[str], delay: float) -> bool:
    """Run `cmd`, SIGKILL it after `delay` seconds; True when the kill landed."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=ROOT)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def restore_kill_lane(folder: Path, seed: int, kills: int) -> dict:
    folder.mkdir()
    old, new, old_cases, new_cases = two_backups(folder)
    db = folder / "shop.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "restore",
                    str(old)], check=True, capture_output=True, cwd=ROOT)
    restore = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "restore"]
    after = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "list"]
    # Most of a command's life is Python starting; the kills land in the part after that,
    # where the files are worked on: between 40% and 105% of its unkilled run time.
    took = {}
    for name, cmd in (("restore", restore + [str(new)]), ("after", after)):
        started = time.monotonic()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        took[name] = time.monotonic() - started
    rng = random.Random(seed)
    landed = opened = runs = 0
    while landed < kills:
        runs += 1
        source = new if runs % 2 else old
        # Half the kills land in `restore`, half in the command after a restore.
        if rng.random() < 0.5:
            landed += kill_after(restore + [str(source)], took["restore"] * rng.uniform(0.4, 1.05))
        else:
            subprocess.run(restore + [str(source)], capture_output=True, cwd=ROOT, check=False)
            landed += kill_after(after, took["after"] * rng.uniform(0.4, 1.05))
        found = summaries(db)  # opens (page check included) or raises: the test fails
        assert found in (old_cases, new_cases), found
        opened += 1
    return {"kills": landed, "opened": opened, "runs": runs}


@posix_only
def test_a_hundred_kills_during_restore_and_the_command_after_leave_old_or_new_data(tmp_path):
    with ThreadPoolExecutor(max_workers=2) as lanes:  # two cores, two lanes of 50 kills
        results = list(lanes.map(lambda n: restore_kill_lane(tmp_path / f"lane{n}", n, 50),
                                 range(2)))
    assert sum(r["kills"] for r in results) == 100
    assert sum(r["opened"] for r in results) >= 100
    for n in range(2):
        assert not list((tmp_path / f"lane{n}").glob("shop.db-journal"))


def hot_journal_file(path: Path) -> Path:
    """A database in rollback-journal mode with a save cut off half-way: its -journal
    is hot (as a kill while the file changed to WAL mode leaves it)."""
    goodwill_file(path, cases=3)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA cache_size = 1")  # the change must reach the file itself
    writer.execute("BEGIN")
    writer.execute("UPDATE cases SET summary = 'half-saved', details = ?", ("z" * 5000,))
    copy = path.with_name("hot.db")
    for suffix in ("", "-journal"):
        Path(str(copy) + suffix).write_bytes(Path(str(path) + suffix).read_bytes())
    writer.execute("ROLLBACK")
    writer.close()
    assert Path(str(copy) + "-journal").stat().st_size > 0
    return copy


def test_a_save_cut_off_by_a_kill_is_undone_not_reported_as_a_read_only_folder(tmp_path):
    hot = hot_journal_file(tmp_path / "shop.db")
    done = cli("--db", str(hot), "list")
    assert done.returncode == 0, done.stderr
    assert "read-only" not in done.stderr
    assert summaries(hot) == {"case 0", "case 1", "case 2"}


@pytest.mark.parametrize("state", ["damaged schema", "not sqlite", "missing", "hot journal"])
def test_restore_works_whatever_state_the_current_file_is_in(tmp_path, state):
    _old, new, _, new_cases = two_backups(tmp_path)
    db = tmp_path / "shop.db"
    if state == "damaged schema":
        goodwill_file(db)
        data = bytearray(db.read_bytes())
        at = data.find(b"CREATE TABLE cases")
        data[at + 30] = 0xE1  # not UTF-8: sqlite3 cannot even report the parse error
        db.write_bytes(bytes(data))
    elif state == "not sqlite":
        db.write_text("a note, not a database\n" * 50)
    elif state == "hot journal":
        hot_journal_file(tmp_path / "other.db").rename(db)
        Path(str(tmp_path / "hot.db-journal")).rename(str(db) + "-journal")
    done = cli("--db", str(db), "restore", str(new))
    assert done.returncode == 0, done.stderr
    assert not Path(str(db) + "-journal").exists()
    assert summaries(db) == new_cases
    if state != "missing":
        assert "kept as" in done.stdout


# ---- damage reaches the owner as damage, with the backup offered -------------------------

def flipped(base: bytes, rng: random.Random, schema_pages: list[int]) -> tuple[bytes, int]:
    """One bit flipped: half the time in a page holding the table definitions, else anywhere."""
    data = bytearray(base)
    if rng.random() < 0.5:
        page = rng.choice(schema_pages)
        at = rng.randrange(page * 4096, (page + 1) * 4096)
    else:
        at = rng.randrange(len(data))
    data[at] ^= 1 << rng.randrange(8)
    return bytes(data), at


def flip_fixture(tmp_path: Path) -> tuple[Path, bytes, list[int], Path]:
    db = goodwill_file(tmp_path / "shop.db", cases=6)
    with Store(db) as store:
        good = store.backups.make(reason="daily")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    base = db.read_bytes()
    schema_pages = [p for p in range(len(base) // 4096)
                    if p == 0 or b"CREATE" in base[p * 4096:(p + 1) * 4096]]
    return db, base, schema_pages, good


def write_flip(db: Path, data: bytes) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(data)


def assert_works_or_offers_backup(done, good: Path, what: str) -> str:
    assert "Traceback" not in done.stderr, (what, done.stderr)
    if done.returncode == 0:
        return "works"
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 or what.startswith("check"), (what, done.stderr)
    assert "damaged" in done.stderr or "not a Goodwill database" in done.stderr, (what,
                                                                                  done.stderr)
    if not what.startswith("check"):
        assert str(good) in done.stderr and "restore" in done.stderr, (what, done.stderr)
    return "damage"


def test_two_hundred_flipped_bits_give_no_traceback_only_work_or_the_backup(tmp_path):
    db, base, schema_pages, good = flip_fixture(tmp_path)
    rng = random.Random(25)
    outcomes = {"works": 0, "damage": 0}
    for n in range(200):
        data, at = flipped(base, rng, schema_pages)
        for command in (["list"], ["check"]):
            write_flip(db, data)
            try:
                done = cli("--db", str(db), *command)
            except Exception as exc:  # noqa: BLE001  (what the owner would see as a traceback)
                pytest.fail(f"flip {n} at byte {at}: `{command[0]}` raised {exc!r}")
            outcomes[assert_works_or_offers_backup(done, good, f"{command[0]} {at}")] += 1
    assert outcomes["damage"] >= 40  # the schema half of the flips is mostly found
    assert outcomes["works"] >= 40


@posix_only
def test_flipped_bits_through_real_processes_list_check_and_the_window(tmp_path):
    _db, base, schema_pages, good = flip_fixture(tmp_path)
    rng = random.Random(2025)
    cases = []
    for n in range(12):
        data, at = flipped(base, rng, schema_pages)
        lane = tmp_path / f"flip{n}"
        lane.mkdir()
        (lane / "backups").mkdir()
        copy = lane / "shop.db"
        copy.write_bytes(data)
        (lane / "backups" / good.name).write_bytes(good.read_bytes())
        cases.append((copy, at))

    def one(item):
        copy, at = item
        outcomes = []
        for command in (["list"], ["check"], ["--smoke"]):
            done = run(*command, db=copy, timeout=90)
            outcomes.append(assert_works_or_offers_backup(
                done, copy.parent / "backups" / good.name, f"{command[0]} {at}"))
        return outcomes

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, cases))
    assert any("damage" in r for r in results)


# ---- wrong messages ------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["list"], ["show", "GW-2026-00001"], ["export", "--out", "x.csv"], ["followups"],
    ["customer", "list"], ["report", "--month", "2026-01", "--json", "-"], ["backup"],
    ["profile"], ["close", "GW-2026-00001"],
])
def test_a_command_that_reads_refuses_a_database_that_does_not_exist(tmp_path, command):
    typo = tmp_path / "shop.dbb"
    done = cli("--db", str(typo), *command)
    assert done.returncode == 1
    assert str(typo) in done.stderr and "does not exist" in done.stderr
    assert not typo.exists()


def test_commands_that_start_a_database_may_create_it(tmp_path):
    assert cli("--db", str(tmp_path / "new.db"), "demo").returncode == 0
    assert cli("--db", str(tmp_path / "set.db"), "profile", "--name", "Mill").returncode == 0


@pytest.mark.parametrize("app_id", [0, dbmod.APPLICATION_ID])
def test_a_file_with_goodwills_version_but_no_tables_is_refused_untouched(tmp_path, app_id):
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 5")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.close()
    before = digest(path)
    done = cli("--db", str(path), "list")
    assert done.returncode == 1 and "damaged" in done.stderr and str(path) in done.stderr
    with pytest.raises(dbmod.CorruptDatabase):
        Store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db"]


def test_an_unknown_server_name_is_reported_as_cannot_be_reached():
    done = cli("--db", "postgresql://goodwill@no-such-host.invalid/goodwill", "list")
    assert done.returncode == 1
    assert "cannot be reached" in done.stderr


def limited(size: int):
    """A child process whose files may not grow past `size` bytes: a full disk, exactly."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


@posix_only
@pytest.mark.parametrize("out", [False, True])
def test_a_backup_on_a_full_disk_says_so_and_leaves_no_part_of_it(tmp_path, out):
    db = goodwill_file(tmp_path / "shop.db", cases=40, wal=True)
    size = db.stat().st_size
    args = ["backup", "--out", str(tmp_path / "copy.db")] if out else ["backup"]
    before = digest(db)
    done = run(*args, db=db, preexec_fn=limited(size // 2))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "backup was not made" in done.stderr and "disk is full" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    left = [p.name for p in tmp_path.rglob("*") if p.is_file()
            and not p.name.startswith("shop.db")]
    assert left == [], left
    assert digest(db) == before


@posix_only
def test_a_read_only_folder_is_not_reported_as_goodwill_already_open(qtbot, open_folder,  # noqa: F811
                                                                         capsys):
    from ui.app import run_gui

    db = goodwill_file(open_folder / "shop.db", wal=True)
    open_folder.chmod(0o555)
    try:
        with as_another_user(db):
            code = run_gui(db, smoke=True)
    finally:
        open_folder.chmod(0o755)
    err = capsys.readouterr().err
    assert code == 1
    assert "already open" not in err
    assert "cannot be written" in err and str(db) in err


# ---- the daily backup from the command line ------------------------------------------------

def test_a_command_that_writes_makes_the_days_backup_once(tmp_path):
    db = tmp_path / "shop.db"
    assert cli("--db", str(db), "demo").returncode == 0
    daily = list((tmp_path / "backups").glob("shop-*-daily.db"))
    assert len(daily) == 1
    with Store(daily[0]) as copy:
        assert copy.case_list.total() > 0  # made after the command's change
    assert cli("--db", str(db), "profile", "--name", "Mill").returncode == 0
    assert cli("--db", str(db), "list").returncode == 0
    assert len(list((tmp_path / "backups").glob("shop-*-daily.db"))) == 1


def test_a_read_only_command_makes_no_backup(tmp_path):
    db = goodwill_file(tmp_path / "shop.db")
    assert cli("--db", str(db), "list").returncode == 0
    assert not (tmp_path / "backups").exists()


def test_half_written_backups_and_their_journals_are_cleaned(tmp_path):
    from data.backup import rotate

    db = goodwill_file(tmp_path / "shop.db")
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = [folder / ".shop-20260101-000000-daily.db.abc123.partial",
             folder / ".shop-20260101-000000-daily.db.abc123.partial-journal"]
    fresh = folder / ".shop-20260102-000000-daily.db.def456.partial-journal"
    for path in (*stale, fresh):
        path.write_bytes(b"x")
    old = (datetime.now() - timedelta(hours=2)).timestamp()
    for path in stale:
        os.utime(path, (old, old))
    rotate(db)
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists()  # perhaps still being written


@pytest.mark.parametrize("command", [["attach", "{ref}", "{db}"], ["import", "{db}"],
                                     ["export", "--out", "{db}"], ["attach", "{ref}", "{db}-wal"]])
def test_the_open_database_is_never_read_or_written_as_an_owners_file(tmp_path, command):
    db = goodwill_file(tmp_path / "shop.db", wal=True)
    with Store(db) as store:
        ref = store.case_list.cases(limit=1)[0].ref
    args = [part.format(ref=ref, db=db) for part in command]
    done = cli("--db", str(db), *args)
    assert done.returncode == 1
    assert "is the open Goodwill database itself" in done.stderr
    assert summaries(db) == {"case 0", "case 1", "case 2"}


def test_damage_on_the_first_screen_reaches_the_open_problem_path_not_a_traceback(
        qtbot, tmp_path, capsys):
    """A damaged table definition the quick start-up look lets through (the full page check
    runs after the window shows) fails the first screen's read: that is reported as
    damage with the backup offered, as a damaged file at start is."""
    from ui.app import run_gui

    db = goodwill_file(tmp_path / "shop.db", cases=3)
    with Store(db) as store:
        good = store.backups.make(reason="daily")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(db.read_bytes())
    at = data.find(b"CREATE TABLE cases (\n        id ")
    data[at + 28] ^= 0x80  # the `id` column's name is no longer `id`
    db.write_bytes(bytes(data))
    dbmod.inspect(db, quick_check=False)  # the quick look at start passes
    assert run_gui(db, smoke=True) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "damaged" in err and str(good) in err and "restore" in err
