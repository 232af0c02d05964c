"""One log shared by several desks on PostgreSQL: copy-to, snapshots, concurrency, conflicts,
and a server that says no or goes away. Every test here runs against a real server (the
`pg_url` fixture gives each an empty schema) and is skipped without one."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from data.store import Store
from data.errors import Conflict, WriteFailed

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def cli(*args, env=None):
    return subprocess.run([sys.executable, str(MAIN), *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


def full_log(path: Path) -> Store:
    """A file with everything a log holds: demo cases, a checklist with a ticked step, an
    archived letter, an attachment, a customer in Arabic script and a 20,000-character note."""
    from data.demo import load_demo

    store = Store(path)
    load_demo(store)
    case = store.cases.add(customer={"name": "مريم <b>O'Hara</b> 🎉", "email": "m@example.com"},
                           kind="complaint", summary="Cold soup, twice", details="x" * 20_000)
    template = store.checklists.templates()[0]
    store.checklists.start(case.ref, template.name, by="Ana")
    store.checklists.tick(case.ref, 1, by="Ana", note="called back")
    store.close()
    pdf = path.parent / "letter.pdf"
    assert cli("--db", path, "letter", case.ref, "--kind", "apology", "--out", pdf).returncode == 0
    photo = path.parent / "receipt.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"receipt-bytes" * 100)
    assert cli("--db", path, "attach", case.ref, photo).returncode == 0
    return Store(path)


def table_counts(store: Store) -> dict[str, int]:
    from data.transfer import TABLES

    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_copy_to_keeps_every_record_and_both_engines_answer_the_same(tmp_path, pg_url):
    source = full_log(tmp_path / "cafe.db")
    before = table_counts(source)
    source.close()
    done = cli("--db", tmp_path / "cafe.db", "copy-to", pg_url)
    assert done.returncode == 0, done.stderr
    assert f"Copied {before['cases']} cases" in done.stdout and "matches" in done.stdout
    with Store(pg_url) as shared, Store(tmp_path / "cafe.db") as local:
        assert table_counts(shared) == before
        assert shared.profile.get() == local.profile.get()
        ref = local.case_list.ids(limit=1)[0]
        assert shared.cases.by_id(ref) == local.cases.by_id(ref)
        assert shared.history.of(ref) == local.history.of(ref)
        for words in ("soup", "cold so", "مريم", "o'hara", "coffee"):
            from data.model import CaseFilter

            flt = CaseFilter(search=words)
            assert list(shared.case_list.ids(flt)) == list(local.case_list.ids(flt)), words
        last = local.cases.by_id(max(local.case_list.ids()))
        letters = local.letters.archived(last.ref)
        assert letters and shared.letters.archived(last.ref) == letters
        assert shared.letters.pdf(letters[0].id) == local.letters.pdf(letters[0].id)
        assert shared.checklists.as_json(last.id) == local.checklists.as_json(last.id)
    # Exports and the month's report are byte for byte the same from either engine.
    for engine, where in (("file", tmp_path / "cafe.db"), ("pg", pg_url)):
        assert cli("--db", where, "export", "--out", tmp_path / f"{engine}.csv").returncode == 0
        assert cli("--db", where, "report", "--month", "2026-11", "--json",
                   tmp_path / f"{engine}.json").returncode == 0
    assert (tmp_path / "file.csv").read_bytes() == (tmp_path / "pg.csv").read_bytes()
    assert json.loads((tmp_path / "file.json").read_text()) == \
        json.loads((tmp_path / "pg.json").read_text())
    # A second copy into the now full database is refused and changes nothing there.
    again = cli("--db", tmp_path / "cafe.db", "copy-to", pg_url)
    assert again.returncode == 1 and "already holds a Goodwill log" in again.stderr
    with Store(pg_url) as shared:
        assert table_counts(shared) == before


def test_a_backup_of_the_shared_log_is_a_goodwill_file_that_opens_and_restores(tmp_path, pg_url):
    local = full_log(tmp_path / "cafe.db")
    counts = table_counts(local)
    local.close()
    assert cli("--db", tmp_path / "cafe.db", "copy-to", pg_url).returncode == 0
    snap = tmp_path / "snapshot.db"
    done = cli("--db", pg_url, "backup", "--out", snap)
    assert done.returncode == 0, done.stderr
    with Store(snap) as opened:
        assert table_counts(opened) == counts
    assert cli("--db", snap, "check").returncode == 0
    # `restore` puts the snapshot in place of a damaged file like any backup.
    target = tmp_path / "restored.db"
    target.write_bytes(b"not a database at all")
    done = cli("--db", target, "restore", snap)
    assert done.returncode == 0, done.stderr
    with Store(target) as restored:
        assert table_counts(restored) == counts
    # The shared log itself is never replaced by `restore`.
    refused = cli("--db", pg_url, "restore", snap)
    assert refused.returncode == 1 and "copy-to" in refused.stderr


def _csv(path: Path, who: str, n: int) -> Path:
    path.write_text("occurred_at,customer_name,kind,summary\n" + "".join(
        f"2026-10-{1 + i % 28:02d} 10:00,{who} {i % 40},complaint,{who} case {i}\n"
        for i in range(n)), encoding="utf-8")
    return path


def test_two_desks_importing_at_once_lose_nothing_and_refs_stay_unique(tmp_path, pg_url):
    Store(pg_url).close()  # the schema exists before the race (creating it is tested too)
    files = [_csv(tmp_path / f"{who}.csv", who, 400) for who in ("front", "back")]
    runs = [subprocess.Popen([sys.executable, str(MAIN), "--db", pg_url, "import", str(f)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for f in files]
    # and a third desk logs cases one by one meanwhile
    with Store(pg_url) as desk:
        singles = [desk.cases.add(customer={"name": f"Walk-in {i}"}, kind="question",
                                  summary=f"single {i}").ref for i in range(20)]
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    with Store(pg_url) as shared:
        assert shared.case_list.total() == 820
        refs = [r[0] for r in shared.conn.execute("SELECT ref FROM cases")]
        assert len(set(refs)) == 820 and set(singles) <= set(refs)
        assert all(re.fullmatch(r"GW-2026-\d{5}", r) for r in refs)
        numbers = sorted(int(r[-5:]) for r in refs)
        assert numbers == list(range(1, 821))  # no number taken twice, none skipped


def test_an_edit_made_on_another_desk_since_opening_is_caught_not_overwritten(pg_url):
    with Store(pg_url) as front, Store(pg_url) as back:
        case = front.cases.add(customer={"name": "Dana"}, kind="complaint", summary="Late order")
        opened = front.cases.get(case.ref)  # the front desk opens the form
        back.cases.update(case.ref, {"summary": "Late order, refund given"}, by="Ben")
        with pytest.raises(Conflict) as info:
            front.cases.update(case.ref, {"summary": "Late order (called)"}, by="Ana",
                               expected_version=opened.version)
        assert info.value.fields == ["summary"]
        assert info.value.theirs.summary == "Late order, refund given"
        assert front.cases.get(case.ref).summary == "Late order, refund given"  # nothing written
        # Choosing "keep mine" saves against the version now seen.
        kept = front.cases.update(case.ref, {"summary": "Late order (called)"}, by="Ana",
                                  expected_version=info.value.theirs.version)
        assert kept.summary == "Late order (called)" and kept.version == opened.version + 2
        fields = [h.field for h in back.history.of(case.id)]
        assert fields.count("summary") == 2


def test_other_desks_changes_are_heard_and_own_changes_are_not(pg_url):
    with Store(pg_url) as front, Store(pg_url) as back:
        assert not front.changed_elsewhere()  # nothing saved elsewhere since it opened
        front.cases.add(customer={"name": "Own"}, kind="question", summary="mine")
        assert not front.changed_elsewhere()
        back.cases.add(customer={"name": "Other"}, kind="question", summary="theirs")
        with Store(pg_url) as late:  # a desk opened after that save does not report it
            assert not late.changed_elsewhere()

        deadline = time.monotonic() + 5
        while not front.changed_elsewhere():
            assert time.monotonic() < deadline, "no notification within 5 s"
            time.sleep(0.05)


def _terminate(url: str, pid: int) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_server_gone_mid_save_writes_nothing_and_the_next_save_reconnects(pg_url):
    with Store(pg_url) as desk:
        desk.cases.add(customer={"name": "Before"}, kind="question", summary="kept")
        with pytest.raises(WriteFailed) as info:
            with desk.transaction() as conn:
                conn.execute("UPDATE cases SET summary = 'half' WHERE id = 1")
                _terminate(pg_url, desk.conn.raw.info.backend_pid)
                conn.execute("UPDATE cases SET summary = 'written' WHERE id = 1")
        assert "not saved" in str(info.value) and "cannot be reached" in str(info.value)
        # Between two saves the connection was lost again: the next save just reconnects.
        _terminate(pg_url, desk.conn.raw.info.backend_pid)
        later = desk.cases.add(customer={"name": "After"}, kind="question", summary="saved")
        assert desk.cases.by_id(1).summary == "kept" and later.ref == "GW-2026-00002"
        assert desk.case_list.total() == 2


def test_a_late_interrupt_of_a_finished_reader_never_stops_the_next_readers_query(pg_url):
    # A worker's reader goes back to the pool when its job ends; the window may still cancel
    # that job a moment later (a superseded search). The next job, on the same connection,
    # must run to its end.
    Store(pg_url).close()  # the log exists
    finished = Store(pg_url, readonly=True)
    finished.close()
    following = Store(pg_url, readonly=True)
    assert following.conn is finished.conn  # the pool handed the connection on
    outcome = []

    def long_read():
        try:
            outcome.append(following.db.one("SELECT pg_sleep(0.5), 42")[1])
        except Exception as exc:  # noqa: BLE001 - the test reports what stopped it
            outcome.append(exc)

    reading = threading.Thread(target=long_read)
    reading.start()
    time.sleep(0.2)
    finished.interrupt()
    reading.join()
    following.close()
    assert outcome == [42]


def test_a_wrong_user_or_a_server_that_is_not_there_gets_one_clear_line(tmp_path, pg_url):
    wrong_user = re.sub(r"://[^@/]*@", "://nobody_here@", pg_url)
    done = cli("--db", wrong_user, "list")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "refused the user name or password" in done.stderr and "Traceback" not in done.stderr
    nowhere = f"postgresql://goodwill@/goodwill?host={tmp_path}/no-server-here"
    done = cli("--db", nowhere, "list")
    assert done.returncode == 1 and "cannot be reached" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_database_of_another_program_is_refused_untouched(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int PRIMARY KEY, total numeric)")
    done = cli("--db", pg_url, "list")
    assert done.returncode == 1 and "another program" in done.stderr
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
    assert tables == ["invoices"]


def test_a_file_in_a_cloud_synced_folder_gets_a_warning_pointing_to_the_shared_mode(tmp_path):
    from data.paths import shared_folder_warning

    synced = tmp_path / "Dropbox" / "shop" / "goodwill.db"
    assert "cloud-synced folder (Dropbox)" in shared_folder_warning(synced)
    assert shared_folder_warning(tmp_path / "Dropboxes" / "goodwill.db") is None
    assert shared_folder_warning(tmp_path / "goodwill.db") is None
    assert "network share" in shared_folder_warning("//server/office/goodwill.db")
    synced.parent.mkdir(parents=True)
    done = cli("--db", synced, "demo")
    assert done.returncode == 0 and "Sharing one log between computers" in done.stderr


def test_a_save_in_another_log_on_the_same_server_is_not_a_change_here(pg_url):
    import uuid

    from conftest import drop_pg_schema, pg_schema_url

    name = "t_other_log_" + uuid.uuid4().hex[:8]
    other_url = pg_schema_url(name)
    try:
        with Store(pg_url) as here, Store(other_url) as elsewhere, Store(pg_url) as colleague:
            elsewhere.cases.add(customer={"name": "Other shop"}, kind="question", summary="x")
            time.sleep(0.3)
            assert not here.changed_elsewhere()
            colleague.cases.add(customer={"name": "Same shop"}, kind="question", summary="y")
            deadline = time.monotonic() + 5
            while not here.changed_elsewhere():
                assert time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        drop_pg_schema(name)
