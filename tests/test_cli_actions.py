"""Every window action on the command line, on both engines: stdout, exit codes, and the
database as the commands leave it, refused input included."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def cli(target, *args, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")),
                                                           encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main(["--db", str(target), *map(str, args)])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def desk(target, monkeypatch, tmp_path):
    """A database with a profile (owner Rosa), its backups under tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    code, _, err = cli(target, "profile", "--name", "Café Test", "--owner", "Rosa")
    assert code == 0, err
    return target


def open_store(target):
    from data.store import Store

    return Store(target)


def add(target, *args) -> str:
    code, out, err = cli(target, "add", *args)
    assert code == 0, err
    return out.strip()


# ---- add ---------------------------------------------------------------------------------

def test_add_from_options_prints_the_reference_and_saves_the_case(desk):
    ref = add(desk, "--customer", "Ann Example", "--email", "ann@example.com", "--kind",
              "complaint", "--summary", "Cold soup", "--details", "At lunch", "--channel",
              "phone", "--category", "Kitchen", "--severity", "high", "--staff", "Sam",
              "--when", "2026-11-03 12:30")
    assert ref.startswith("GW-2026-")
    with open_store(desk) as store:
        case = store.cases.get(ref)
    assert (case.customer.name, case.customer.email, case.kind, case.summary, case.channel,
            case.category, case.severity, case.staff) == (
        "Ann Example", "ann@example.com", "complaint", "Cold soup", "phone", "Kitchen",
        "high", "Sam")
    assert case.occurred_at.startswith("2026-11-03T12:30")


def test_add_when_now_and_json_output(desk):
    from data.model import now, parse_when

    code, out, err = cli(desk, "add", "--customer", "Bo", "--kind", "question", "--summary",
                         "Gluten free?", "--when", "now", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["summary"] == "Gluten free?" and shown["history"][0]["field"] == "created"
    assert abs((parse_when(shown["occurred_at"]) - now()).total_seconds()) < 120


def test_add_from_json_on_stdin_uses_the_csv_column_names(desk, monkeypatch):
    case = {"customer_name": "Cleo", "customer_phone": "+44 20 7946 0000",
            "occurred_at": "2026-10-01 09:00", "kind": "compliment", "summary": "Lovely cake",
            "remedy_cost": 2.5, "satisfaction": 5}
    code, out, err = cli(desk, "add", "-", stdin=json.dumps(case), monkeypatch=monkeypatch)
    assert code == 0, err
    with open_store(desk) as store:
        saved = store.cases.get(out.strip())
    assert (saved.customer.name, saved.customer.phone, saved.kind, saved.summary,
            float(saved.remedy_cost), saved.satisfaction) == (
        "Cleo", "+44 20 7946 0000", "compliment", "Lovely cake", 2.5, 5)


def test_add_refuses_bad_fields_one_line_each_and_saves_nothing(desk, monkeypatch):
    code, out, err = cli(desk, "add", "--customer", "Ann", "--kind", "moan", "--summary", "x",
                         "--severity", "dire", "--when", "someday")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert {line.split(":")[1].strip() for line in lines} == {"kind", "severity", "occurred_at"}
    code, _, err = cli(desk, "add", "-", stdin='{"customer_name": "Ann", "colour": "red"}',
                       monkeypatch=monkeypatch)
    assert code == 1 and "colour: is not a case column" in err
    code, _, err = cli(desk, "add", "-", stdin="[1, 2]", monkeypatch=monkeypatch)
    assert code == 1 and "one JSON object" in err
    code, _, err = cli(desk, "add", "--kind", "complaint", "--summary", "x")
    assert code == 2 and "--customer" in err
    with open_store(desk) as store:
        assert store.case_list.total() == 0


# ---- update, note ------------------------------------------------------------------------

def test_update_sets_and_clears_fields_and_prints_what_changed(desk):
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup",
              "--category", "Kitchen")
    code, out, err = cli(desk, "update", ref, "--severity", "high", "--remedy-cost", "12.50",
                         "--cause_finding", "ours", "--clear", "category")
    assert code == 0, err
    assert f"{ref} severity: medium -> high" in out and f"{ref} category: Kitchen -> " in out
    with open_store(desk) as store:
        case = store.cases.get(ref)
        fields = [h.field for h in store.history.of(case.id)]
    assert (case.severity, float(case.remedy_cost), case.cause_finding, case.category) == (
        "high", 12.5, "ours", "")
    assert "severity" in fields and "category" in fields
    code, out, _ = cli(desk, "update", ref, "--severity", "high")
    assert code == 0 and "Nothing changed" in out


def test_update_refuses_wrong_values_by_name_and_changes_nothing(desk):
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup")
    code, _, err = cli(desk, "update", ref, "--severity", "dire", "--satisfaction", "11")
    assert code == 1 and "severity:" in err and "satisfaction:" in err
    code, _, err = cli(desk, "update", ref, "--clear", "summary")
    assert code == 1 and "summary: is required" in err
    code, _, err = cli(desk, "update", ref, "--clear", "colour")
    assert code == 2 and "'colour' is not a case field" in err
    code, _, err = cli(desk, "update", ref)
    assert code == 2
    with open_store(desk) as store:
        case = store.cases.get(ref)
    assert (case.severity, case.summary, case.version) == ("medium", "Cold soup", 1)


def test_note_goes_into_the_history_and_an_empty_one_is_refused(desk):
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup")
    code, out, err = cli(desk, "note", ref, "Called back, left a message")
    assert code == 0 and f"Noted on {ref}" in out, err
    code, _, err = cli(desk, "note", ref, "   ")
    assert code == 1 and "the note is empty" in err
    with open_store(desk) as store:
        notes = [h for h in store.history.of(store.cases.get(ref).id) if h.field == "note"]
    assert [(h.new, h.by) for h in notes] == [("Called back, left a message", "Rosa")]


# ---- ack, resolve, close, reopen ---------------------------------------------------------

def _with_required_step(target, ref: str) -> None:
    code, _, err = cli(target, "checklist", "start", ref, "Damaged or wrong item")
    assert code == 0, err


def test_ack_stamps_now_and_moves_an_open_case_in_progress(desk):
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup")
    code, out, err = cli(desk, "ack", ref)
    assert code == 0 and f"Acknowledged {ref}" in out, err
    with open_store(desk) as store:
        case = store.cases.get(ref)
    assert case.acknowledged_at and case.status == "in_progress"
    code, out, _ = cli(desk, "ack", ref)
    assert code == 0 and "already acknowledged" in out


def test_resolve_is_refused_by_the_closing_gate_with_exit_3_naming_the_steps(desk):
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup")
    _with_required_step(desk, ref)
    code, out, err = cli(desk, "resolve", ref)
    assert code == 3 and out == ""
    assert f"{ref} cannot be resolved" in err and "  step 1:" in err
    with open_store(desk) as store:
        assert store.cases.get(ref).status == "open"
    code, _, err = cli(desk, "resolve", ref, "--reason", "  ")
    assert code == 2 and "--reason needs some text" in err
    code, out, err = cli(desk, "resolve", ref, "--reason", "Refunded at the till")
    assert code == 0 and "Reason: Refunded at the till" in out, err
    with open_store(desk) as store:
        case = store.cases.get(ref)
    assert (case.status, case.close_reason) == ("resolved", "Refunded at the till")
    assert case.resolved_at


def test_close_then_reopen_clears_the_resolution(desk):
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup")
    assert cli(desk, "ack", ref)[0] == 0
    _with_required_step(desk, ref)
    code, _, err = cli(desk, "close", ref)
    assert code == 3 and "cannot be closed" in err
    code, out, err = cli(desk, "close", ref, "--reason", "Customer moved away")
    assert code == 0, err
    code, out, err = cli(desk, "reopen", ref)
    assert code == 0 and f"Reopened {ref}; it is in progress" in out, err
    with open_store(desk) as store:
        case = store.cases.get(ref)
        fields = [h.field for h in store.history.of(case.id)]
    assert (case.status, case.resolved_at, case.close_reason) == ("in_progress", None, "")
    assert fields.count("close_reason") == 2, "the reason is kept in the history"
    code, out, _ = cli(desk, "reopen", ref)
    assert code == 0 and "nothing to reopen" in out
    assert cli(desk, "resolve", ref)[0] == 3, "the gate asks again after a reopen"


def test_a_case_that_does_not_exist_is_exit_1(desk):
    for command in ("ack", "resolve", "close", "reopen", "show"):
        code, _, err = cli(desk, command, "GW-2026-09999")
        assert code == 1 and "no case with reference GW-2026-09999" in err


# ---- list and show -----------------------------------------------------------------------

def test_list_filters_sorts_and_carries_where_each_case_stands(desk):
    old = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Old",
              "--category", "Kitchen", "--severity", "low", "--staff", "Sam",
              "--when", "2026-01-02 10:00")
    new = add(desk, "--customer", "Bo", "--kind", "complaint", "--summary", "New",
              "--category", "Kitchen", "--severity", "critical", "--when", "now")
    add(desk, "--customer", "Cleo", "--kind", "question", "--summary", "Other",
        "--category", "Bar", "--when", "now")
    code, out, err = cli(desk, "list", "--overdue", "--json")
    assert code == 0, err
    assert [c["ref"] for c in json.loads(out)] == [old]
    code, out, _ = cli(desk, "list", "--category", "Kitchen", "--sort", "severity")
    assert [line.split()[0] for line in out.splitlines()] == [new, old]
    code, out, _ = cli(desk, "list", "--category", "Kitchen", "--sort", "severity", "--asc")
    assert [line.split()[0] for line in out.splitlines()] == [old, new]
    assert "(overdue)" in out.splitlines()[0]
    code, out, _ = cli(desk, "list", "--staff", "Sam")
    assert [line.split()[0] for line in out.splitlines()] == [old]
    code, out, _ = cli(desk, "list", "--customer", "bo", "--json")
    assert [c["ref"] for c in json.loads(out)] == [new]
    code, _, err = cli(desk, "list", "--customer", "Nobody")
    assert code == 1 and "no customer named 'Nobody'" in err
    with pytest.raises(SystemExit) as wrong:  # argparse's own refusal: exit 2, on stderr
        cli(desk, "list", "--sort", "colour")
    assert wrong.value.code == 2
    _with_required_step(desk, old)
    code, out, _ = cli(desk, "show", old, "--json")
    shown = json.loads(out)
    assert shown["overdue"] is True and shown["ack_due_at"] and shown["resolve_due_at"]
    assert shown["checklist_progress"]["done"] == 0
    assert shown["checklist_progress"]["total"] >= shown["checklist_progress"]["required_open"] > 0
    assert shown["needs_approval"] is False
    assert not shown["approved_by"] and not shown["approved_at"]


def test_show_json_carries_the_approval_state(desk):
    cli(desk, "profile", "--refund-limit", "10")
    ref = add(desk, "--customer", "Ann", "--kind", "complaint", "--summary", "Cold soup")
    assert cli(desk, "update", ref, "--remedy", "refund", "--remedy-cost", "25")[0] == 0
    shown = json.loads(cli(desk, "show", ref, "--json")[1])
    assert shown["needs_approval"] is True and not shown["approved_by"]
    code, out, err = cli(desk, "update", ref, "--approved-by", "Rosa", "--approved-at", "now")
    assert code == 0 and f"{ref} approved_by:  -> Rosa" in out, err
    listed = json.loads(cli(desk, "list", "--json")[1])[0]
    assert listed["approved_by"] == "Rosa" and listed["approved_at"]


# ---- customers ---------------------------------------------------------------------------

def test_customer_show_by_id_or_name(desk):
    ref = add(desk, "--customer", "Ann Example", "--email", "ann@example.com", "--kind",
              "complaint", "--summary", "Cold soup")
    code, out, err = cli(desk, "customer", "show", "ann example", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["name"], shown["cases"], shown["complaints"], shown["case_refs"]) == (
        "Ann Example", 1, 1, [ref])
    code, out, _ = cli(desk, "customer", "show", f"#{shown['id']}")
    assert code == 0 and "name: Ann Example" in out and ref in out
    add(desk, "--customer", "Ann Example", "--email", "other@example.com", "--kind",
        "question", "--summary", "Hours?")
    code, _, err = cli(desk, "customer", "show", "Ann Example")
    assert code == 1 and "2 customers are named" in err
    code, _, err = cli(desk, "customer", "show", "999")
    assert code == 1 and "no customer with id 999" in err


def test_customer_export_writes_the_privacy_zip(desk, tmp_path):
    ref = add(desk, "--customer", "Ann Example", "--kind", "complaint", "--summary", "Cold")
    with open_store(desk) as store:
        cid = store.cases.get(ref).customer.id
    out_zip = tmp_path / "ann.zip"
    code, out, err = cli(desk, "customer", "export", cid, "--out", out_zip)
    assert code == 0 and str(out_zip) in out, err
    with zipfile.ZipFile(out_zip) as zf:
        document = json.loads(zf.read("customer.json"))
    assert ref in json.dumps(document)
    code, _, err = cli(desk, "customer", "export", "Ann", "--out", out_zip)
    assert code == 2 and "is not a customer id" in err


def test_customer_erase_needs_yes(desk):
    ref = add(desk, "--customer", "Ann Example", "--email", "ann@example.com", "--kind",
              "complaint", "--summary", "Ann's soup was cold")
    with open_store(desk) as store:
        cid = store.cases.get(ref).customer.id
    code, _, err = cli(desk, "customer", "erase", cid)
    assert code == 2 and "--yes" in err
    with open_store(desk) as store:
        assert store.customers.get(cid).name == "Ann Example"
    code, out, err = cli(desk, "customer", "erase", cid, "--yes")
    assert code == 0 and "Erased the personal data" in out, err
    with open_store(desk) as store:
        customer, case = store.customers.get(cid), store.cases.get(ref)
    assert customer.erased and customer.email == "" and "Ann" not in case.summary
    assert case.kind == "complaint"


# ---- import from stdin, help -------------------------------------------------------------

def test_import_from_stdin_all_or_nothing(desk, monkeypatch):
    good = ("occurred_at,customer_name,kind,summary\n"
            "2026-10-03 14:05,Zoë,complaint,Cold\n2026-10-04 09:00,Max,question,Hours\n")
    code, out, err = cli(desk, "import", "-", stdin=good, monkeypatch=monkeypatch)
    assert code == 0 and "Imported 2 cases and 2 new customers from stdin" in out, err
    bad = good + "someday,Ann,complaint,Broken\n"
    code, _, err = cli(desk, "import", "-", stdin=bad, monkeypatch=monkeypatch)
    assert code == 1 and err.startswith("goodwill: stdin: nothing imported")
    assert "stdin: line 4" in err
    with open_store(desk) as store:
        assert store.case_list.total() == 2


def test_every_command_help_has_an_example_and_the_exit_codes_are_documented():
    from ui.cli import build_parser

    parser = build_parser()
    assert "70  a bug" in parser.format_help() and "3   a rule refused" in parser.format_help()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert "example:\n  goodwill" in sub.format_help(), name
    assert {"add", "update", "ack", "resolve", "close", "reopen", "note"} <= set(commands)


def test_a_command_runs_in_a_real_process_without_loading_qt(tmp_path):
    db = tmp_path / "x.db"
    script = ("import sys, main\n"
              f"main.main(['--db', {str(db)!r}, 'profile', '--name', 'Café'])\n"
              f"code = main.main(['--db', {str(db)!r}, 'add', '--customer', 'Ann', '--kind', "
              "'complaint', '--summary', 'Cold'])\n"
              "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
              "sys.exit(code)\n")
    env_home = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    import os

    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env_home})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("GW-")
