"""Bad files are refused untouched; one writer per database; full disk and read-only files."""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from data import db as dbmod
from data.store import Store
from data.errors import WriteFailed

ROOT = Path(__file__).resolve().parent.parent
POSIX = os.name == "posix"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args: str) -> subprocess.CompletedProcess:
    """Run the command line in this process (as `python main.py ARGS` would)."""
    import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def goodwill_file(path: Path, cases: int = 3, wal: bool = False) -> Path:
    """A real Goodwill database, closed; `wal`: still in WAL mode, as the app leaves it."""
    with Store(path) as store:
        for n in range(cases):
            store.cases.add(customer={"name": f"Customer {n}"}, kind="complaint",
                            summary=f"case {n}", details="d" * 3000)
    if wal:
        return path
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def make_empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def make_text(path: Path) -> Path:
    path.write_text("occurred_at,customer_name,kind,summary\n2026-01-01,A,complaint,x\n")
    return path


def make_foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    return path


def make_foreign_no_id(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return path


def make_newer(path: Path) -> Path:
    goodwill_file(path)
    from data import migrations

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    return path


def make_corrupt(path: Path) -> Path:
    goodwill_file(path, cases=12)
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(2, 6):  # scribble over the b-tree pages just after the schema
        data[n * page + 8:(n + 1) * page] = bytes((i * 37 + n) % 256 for i in range(page - 8))
    path.write_bytes(bytes(data))
    return path


BAD_FILES = {
    "empty": (make_empty, dbmod.EmptyFile, "empty"),
    "text": (make_text, dbmod.NotSQLite, "not a Goodwill database"),
    "foreign": (make_foreign, dbmod.ForeignDatabase, "another program"),
    "foreign-no-id": (make_foreign_no_id, dbmod.ForeignDatabase, "another program"),
    "newer": (make_newer, dbmod.NewerDatabase, "newer version"),
    "corrupt": (make_corrupt, dbmod.CorruptDatabase, "damaged"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_file_is_refused_by_store_and_left_byte_for_byte(tmp_path, kind):
    make, problem, words = BAD_FILES[kind]
    path = make(tmp_path / "bad.db")
    before = digest(path)
    with pytest.raises(problem) as caught:
        Store(path)
    assert words in str(caught.value)
    assert caught.value.path == path
    assert digest(path) == before


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_file_is_refused_by_the_command_line_and_left_byte_for_byte(tmp_path, kind):
    make, _problem, words = BAD_FILES[kind]
    path = make(tmp_path / "bad.db")
    before = digest(path)
    for command in (["list"], ["backup"], ["check"]):
        result = cli("--db", str(path), *command)
        assert result.returncode == 1, (command, result.stdout)
        assert result.stderr.startswith("goodwill: ")
        assert words in result.stderr
        assert digest(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("mode", [[], ["--full"]])
def test_check_passes_a_healthy_database_and_prints_each_check(tmp_path, mode):
    path = goodwill_file(tmp_path / "goodwill.db")
    result = cli("--db", str(path), "check", *mode)
    assert result.returncode == 0, result.stderr
    for line in ("integrity: ok", "foreign keys: ok", "search index: ok", "cases: 3",
                 "result: ok"):
        assert line in result.stdout


@pytest.mark.parametrize("mode", [[], ["--full"]])
def test_check_reports_a_broken_foreign_key(tmp_path, mode):
    path = goodwill_file(tmp_path / "goodwill.db")
    conn = sqlite3.connect(path)  # foreign keys are off on a plain connection
    conn.execute("UPDATE cases SET customer_id = 999 WHERE id = 1")
    conn.commit()
    conn.close()
    result = cli("--db", str(path), "check", *mode)
    assert result.returncode == 1
    assert "foreign keys: 1 problem(s)" in result.stdout
    assert "goodwill: foreign key: cases row 1 points to a missing customers row" in result.stderr


@pytest.mark.parametrize("mode", [[], ["--full"]])
def test_check_reports_a_damaged_search_index(tmp_path, mode):
    path = goodwill_file(tmp_path / "goodwill.db")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM cases_fts_data WHERE id > 10")
    conn.commit()
    conn.close()
    result = cli("--db", str(path), "check", *mode)
    assert result.returncode == 1
    assert "search index: damaged" in result.stdout
    assert "goodwill: search index:" in result.stderr


def test_check_of_a_missing_file_fails_without_creating_it(tmp_path):
    path = tmp_path / "nothing.db"
    result = cli("--db", str(path), "check")
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert not path.exists()


# ---- one writer --------------------------------------------------------------------------

def test_a_second_copy_on_the_same_database_is_refused_until_the_first_quits(tmp_path):
    from ui.single_instance import SingleInstance

    db = tmp_path / "goodwill.db"
    first, second = SingleInstance(db), SingleInstance(db)
    assert first.acquire()
    assert not second.acquire()
    assert second.holder() == os.getpid()
    assert SingleInstance(tmp_path / "other.db").acquire()  # another database is fine
    first.release()
    assert second.acquire()
    second.release()


@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
def test_a_stale_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    from ui.single_instance import SingleInstance, lock_path

    db = tmp_path / "goodwill.db"
    code = ("import sys, time; sys.path.insert(0, sys.argv[2]);"
            "from ui.single_instance import SingleInstance;"
            "lock = SingleInstance(sys.argv[1]); print(lock.acquire(), flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(ROOT)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "True"
        assert not SingleInstance(db).acquire()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert lock_path(db).exists()  # the crash left its lock behind
    taker = SingleInstance(db)
    assert taker.acquire()
    assert taker.holder() == os.getpid()
    taker.release()


def test_restore_on_the_command_line_is_refused_while_the_app_holds_the_lock(tmp_path):
    from ui.single_instance import SingleInstance

    db = goodwill_file(tmp_path / "goodwill.db")
    backup = tmp_path / "copy.db"
    assert cli("--db", str(db), "backup", "--out", str(backup)).returncode == 0
    lock = SingleInstance(db)
    assert lock.acquire()
    try:
        before = digest(db)
        result = cli("--db", str(db), "restore", str(backup))
        assert result.returncode == 1
        assert "close it before restoring" in result.stderr
        assert digest(db) == before
    finally:
        lock.release()


# ---- full disk, read-only ----------------------------------------------------------------

def fill_disk(store: Store) -> None:
    """Simulate a full disk: the file may not grow by a single page."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.sqlite_only
def test_a_full_disk_refuses_the_write_clearly_and_loses_nothing(store):
    saved = [store.cases.add(customer={"name": f"C{n}"}, kind="compliment", summary=f"kept {n}")
             for n in range(3)]
    fill_disk(store)
    with pytest.raises(WriteFailed, match="disk is full"):
        store.cases.add(customer={"name": "Big"}, kind="complaint", summary="too big",
                        details="x" * 90_000)
    with pytest.raises(WriteFailed, match="disk is full"):
        store.cases.update(saved[0].ref, {"details": "y" * 90_000})
    assert store.case_list.total() == 3
    assert [store.cases.get(c.ref).summary for c in saved] == ["kept 0", "kept 1", "kept 2"]
    assert store.cases.get(saved[0].ref).details == ""
    assert not store.conn.in_transaction
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed again
    later = store.cases.add(customer={"name": "Big"}, kind="complaint", summary="now fits",
                            details="x" * 90_000)
    assert store.cases.get(later.ref).summary == "now fits"
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@contextmanager
def as_another_user(*paths_to_give: Path):
    """Run a block without root's power to ignore permissions (no-op when not root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        yield
        return
    for path in paths_to_give:
        os.chown(path, 65534, 65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture
def open_folder():
    """A folder another user can reach (pytest's own tmp folders are root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="goodwill-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_read_only_file_opens_for_reading_and_refuses_writes_clearly(open_folder):
    db = goodwill_file(open_folder / "goodwill.db", wal=True)
    db.chmod(0o444)
    before = digest(db)
    with as_another_user(open_folder):
        store = Store(db)
        try:
            assert store.case_list.total() == 3
            with pytest.raises(WriteFailed, match="read-only"):
                store.cases.add(customer={"name": "X"}, kind="question", summary="no")
            assert store.case_list.total() == 3  # still working after the refusal
            assert store.cases.get(store.case_list.cases(limit=1)[0].ref).summary.startswith("case")
        finally:
            store.close()
    assert digest(db) == before


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_read_only_folder_is_refused_with_a_plain_message(open_folder):
    db = goodwill_file(open_folder / "goodwill.db", wal=True)
    before = digest(db)
    open_folder.chmod(0o555)
    try:
        with as_another_user(db):
            with pytest.raises(dbmod.Unwritable, match="folder is read-only"):
                Store(db)
    finally:
        open_folder.chmod(0o755)
    assert digest(db) == before


# ---- privacy of the files ----------------------------------------------------------------

@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_database_and_backups_are_readable_by_the_owner_only(tmp_path):
    old = os.umask(0o022)  # a typical umask would make files world-readable
    try:
        db = tmp_path / "goodwill.db"
        with Store(db) as store:
            store.cases.add(customer={"name": "A"}, kind="question", summary="s")
            auto = store.backups.make()
            out = store.backups.make(tmp_path / "elsewhere" / "copy.db")
    finally:
        os.umask(old)
    for path in (db, auto, out):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(auto.parent.stat().st_mode) == 0o700
