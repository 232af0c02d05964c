"""The command line as a scripting user runs it: real processes, real files, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, db: Path | None = None, home: Path | None = None):
    env = dict(os.environ)
    if home is not None:
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    cmd = [sys.executable, str(ROOT / "main.py")] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_demo_then_list(tmp_path):
    db = tmp_path / "x.db"
    done = run("demo", db=db)
    assert done.returncode == 0, done.stderr
    assert "demo cases" in done.stdout
    listed = run("list", "--limit", "5", db=db)
    assert listed.returncode == 0
    lines = listed.stdout.strip().splitlines()
    assert len(lines) == 5 and all(line.startswith("GW-") for line in lines)
    again = run("demo", db=db)
    assert again.returncode == 1 and "already has" in again.stderr


def test_default_database_location(tmp_path):
    done = run("profile", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ack_hours"] == 24
    assert list(tmp_path.rglob("goodwill.db")), "first start creates the default database"


def test_import_show_json_and_export(tmp_path):
    db = tmp_path / "x.db"
    src = tmp_path / "in.csv"
    src.write_text("occurred_at,customer_name,kind,summary,customer_address,remedy_cost,satisfaction\n"
                   '2026-10-03 14:05,Zoë <Ltd>,complaint,"Cold, again","1 Rd\nTown",2.5,4\n',
                   encoding="utf-8")
    done = run("import", str(src), db=db)
    assert done.returncode == 0, done.stderr
    assert "1 cases and 1 new customers" in done.stdout
    ref = run("list", "--json", db=db)
    cases = json.loads(ref.stdout)
    shown = json.loads(run("show", cases[0]["ref"], "--json", db=db).stdout)
    assert shown["customer_name"] == "Zoë <Ltd>" and shown["summary"] == "Cold, again"
    assert shown["customer_address"] == "1 Rd\nTown" and shown["remedy_cost"] == 2.5
    assert shown["satisfaction"] == 4 and shown["history"][0]["field"] == "created"
    assert {"at", "field", "old", "new", "by"} == set(shown["history"][0])
    out = tmp_path / "out.csv"
    assert run("export", "--out", str(out), db=db).returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_failed_import_lists_problems_and_exits_non_zero(tmp_path):
    db = tmp_path / "x.db"
    bad = tmp_path / "bad.csv"
    bad.write_text("occurred_at,customer_name,kind,summary\n2026-10-03,A,moan,x\n"
                   "someday,B,complaint,y\n")
    done = run("import", str(bad), db=db)
    assert done.returncode == 1 and done.stdout == ""
    assert "line 2, column kind: unknown kind 'moan'" in done.stderr
    assert "line 3, column occurred_at" in done.stderr
    assert all(line.startswith("goodwill: ") for line in done.stderr.splitlines())
    assert json.loads(run("list", "--json", db=db).stdout) == []


def test_list_filters_and_bad_arguments(tmp_path):
    db = tmp_path / "x.db"
    run("demo", db=db)
    complaints = json.loads(run("list", "--kind", "Complaint", "--json", db=db).stdout)
    assert complaints and {c["kind"] for c in complaints} == {"complaint"}
    found = json.loads(run("list", "--search", "sourdough", "--json", db=db).stdout)
    assert found and all("sourdough" in json.dumps(c).lower() for c in found)
    bad = run("list", "--from", "31/12/2026", db=db)
    assert bad.returncode == 2 and "--from" in bad.stderr
    assert run("list", "--kind", "moan", db=db).returncode == 2
    assert run("show", "GW-1999-99999", db=db).returncode == 1


def test_profile_sets_only_what_is_given(tmp_path):
    db = tmp_path / "x.db"
    run("profile", "--name", "Mill Café", "--currency", "gbp", db=db)
    done = run("profile", "--paper", "letter", "--refund-limit", "40", db=db)
    profile = json.loads(done.stdout)
    assert profile["name"] == "Mill Café" and profile["currency"] == "GBP"
    assert profile["paper"] == "letter" and profile["refund_limit"] == 40.0
    bad = run("profile", "--ack-hours", "soon", db=db)
    assert bad.returncode == 1 and "ack_hours" in bad.stderr


def test_refuses_foreign_file_with_one_line(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database")
    done = run("list", db=bogus)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert bogus.read_text() == "not a database"


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path):
    from tests.bigdb import make_cases

    db = make_cases(tmp_path / "x.db", 5000)  # far more output than a pipe buffers
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b"GW-")
    proc.stdout.close()  # like `goodwill list | head -1`
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""
