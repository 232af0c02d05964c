"""One action, two doors: ui/actions loads no Qt, and the window's button and the command
line's command for the same action leave the same case and the same history. Real
widgets, real command line (main.main), both engines."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from ui_support import open_window, settle

ROOT = Path(__file__).resolve().parent.parent
OWNER = "Rosa"  # the profile's owner: who the window acts as


def cli(target, *args) -> tuple[int, str, str]:
    import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main(["--db", str(target), *map(str, args)])
    return code, out.getvalue(), err.getvalue()


def _two_cases(store, *, with_steps: bool = False):
    """Two cases alike: one for the window, one for the command line."""
    store.profile.update(name="Café Test", owner=OWNER)
    customer = store.customers.add(name="Ann Example", email="ann@example.com")
    cases = [store.cases.add(customer_id=customer.id, kind="complaint", summary="Cold soup")
             for _ in range(2)]
    if with_steps:
        template = next(t for t in store.checklists.templates()
                        if any(s.required for s in t.steps))
        for case in cases:
            store.checklists.start(case.ref, template.name, by=OWNER)
    return [store.cases.get(c.ref) for c in cases]


STAMPS = {"acknowledged_at", "resolved_at", "approved_at"}


def _case(store, ref: str):
    """The case, in the Trash or not."""
    from data.errors import NotFound

    try:
        return store.cases.get(ref)
    except NotFound:
        return store.cases.get(ref, in_trash=True)


def _history(store, ref: str) -> list[tuple]:
    """What the history says was done, by whom: times are compared as 'a time was set'."""
    case = _case(store, ref)

    def value(field, v):
        return bool(v) if field in STAMPS else "REF" if v == case.ref else v

    return [(h.field, value(h.field, h.old), value(h.field, h.new), h.by)
            for h in store.history.of(case.id)]


def _state(store, ref: str) -> tuple:
    case = _case(store, ref)
    return (case.status, case.acknowledged_at is not None, case.resolved_at is not None,
            case.close_reason, [s.done_by for c in store.checklists.of(case.id)
                                for s in c.steps])


def _same(store, by_window: str, by_cli: str) -> None:
    assert _history(store, by_window) == _history(store, by_cli)
    assert _state(store, by_window) == _state(store, by_cli)


# ---- no Qt behind either door ---------------------------------------------------------

def test_actions_and_the_command_line_load_no_qt():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for folder in ("ui/actions", "ui/cli") for p in (ROOT / folder).glob("*.py"))
    assert "ui.actions.cases" in modules and "ui.cli.workflow" in modules
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# ---- the same action through both doors -------------------------------------------------

def test_acknowledge_from_the_window_and_the_command_line_alike(qtbot, store, target, tmp_path):
    mine, theirs = _two_cases(store)
    window = open_window(qtbot, store, tmp_path)
    window.show_case(mine.ref)
    window.case_view.ack_button.click()
    settle(window, qtbot)
    code, _out, err = cli(target, "--as", OWNER, "ack", theirs.ref)
    assert code == 0, err
    _same(store, mine.ref, theirs.ref)
    assert _state(store, mine.ref)[:2] == ("in_progress", True)
    assert ("status", "open", "in_progress", OWNER) in _history(store, mine.ref)


def test_resolve_past_the_closing_gate_with_a_reason_alike(qtbot, store, target, tmp_path):
    mine, theirs = _two_cases(store, with_steps=True)
    reason = "Refunded at the till; no call back wanted"
    window = open_window(qtbot, store, tmp_path)
    window.show_case(mine.ref)
    window.ctx.ask.texts.append(reason)  # asked why, since required steps are open
    assert window.case_view.resolve()
    code, _out, err = cli(target, "--as", OWNER, "resolve", theirs.ref)
    assert code == 3 and "required step(s) not done" in err  # the same gate refuses
    code, _out, err = cli(target, "--as", OWNER, "resolve", theirs.ref, "--reason", reason)
    assert code == 0, err
    _same(store, mine.ref, theirs.ref)
    assert _state(store, mine.ref)[0::3] == ("resolved", reason)


def test_ticking_a_step_from_the_window_and_the_command_line_alike(qtbot, store, target,
                                                                   tmp_path):
    mine, theirs = _two_cases(store, with_steps=True)
    window = open_window(qtbot, store, tmp_path)
    window.show_case(mine.ref)
    panel = window.case_view.checklist_panel
    panel.by_box.setEditText("Sam")
    assert panel.set_done(1, True)
    code, _out, err = cli(target, "checklist", "tick", theirs.ref, 1, "--by", "Sam")
    assert code == 0, err
    _same(store, mine.ref, theirs.ref)
    assert _state(store, mine.ref)[4][0] == "Sam"


def test_deleting_from_the_window_and_the_command_line_alike(qtbot, store, target, tmp_path):
    mine, theirs = _two_cases(store)
    window = open_window(qtbot, store, tmp_path)
    window.show_case(mine.ref)
    window.ctx.ask.confirms.append(True)
    window.delete_case()
    settle(window, qtbot)
    code, _out, err = cli(target, "--as", OWNER, "delete", theirs.ref)
    assert code == 0, err
    _same(store, mine.ref, theirs.ref)
    assert [t.deleted_by for t in store.trash.cases()] == [OWNER, OWNER]


def test_a_letter_saved_from_the_window_and_the_command_line_alike(qtbot, store, target,
                                                                   tmp_path):
    from ui.letter_editor import LetterEditor

    mine, theirs = _two_cases(store)
    window = open_window(qtbot, store, tmp_path)
    editor = LetterEditor(window.ctx, mine.ref, "apology")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.letter is not None and editor.save_button.isEnabled(),
                    timeout=10_000)
    window.ctx.ask.files.append(tmp_path / "window.pdf")
    editor.save_pdf()
    code, _out, err = cli(target, "--as", OWNER, "letter", theirs.ref, "--kind", "apology",
                          "--out", tmp_path / "cli.pdf")
    assert code == 0, err
    _same(store, mine.ref, theirs.ref)
    assert [(a.kind, a.action, a.pages) for a in store.letters.archived(mine.ref)] == \
        [(a.kind, a.action, a.pages) for a in store.letters.archived(theirs.ref)] == \
        [("apology", "saved", 1)]
    for name, ref in (("window.pdf", mine.ref), ("cli.pdf", theirs.ref)):
        archived = store.letters.archived(ref)[0]
        assert (tmp_path / name).read_bytes() == store.letters.pdf(archived.id)


# ---- who acts, in the history -------------------------------------------------------------

def test_show_json_names_the_person_acting_with_as(store, target):
    case, _other = _two_cases(store)
    code, _out, err = cli(target, "--as", "Sam Lee", "ack", case.ref)
    assert code == 0, err
    code, out, err = cli(target, "show", case.ref, "--json")
    assert code == 0, err
    history = json.loads(out)["history"]
    assert {h["by"] for h in history if h["field"] in ("acknowledged_at", "status")} == \
        {"Sam Lee"}


def test_with_staff_records_history_names_the_staff_member(store, target):
    case, _other = _two_cases(store)
    store.staff.add("Olga Owner", "owner")
    store.staff.add("Ben Staff", "staff", limit="20", by="Olga Owner")
    code, _out, err = cli(target, "ack", case.ref)
    assert code != 0 and "--as" in err  # a write must say who acts
    code, _out, err = cli(target, "--as", "ben staff", "update", case.ref, "--severity", "high")
    assert code == 0, err
    code, out, _err = cli(target, "show", case.ref, "--json")
    severity = [h for h in json.loads(out)["history"] if h["field"] == "severity"]
    assert [(h["new"], h["by"]) for h in severity] == [("high", "Ben Staff")]


def test_without_as_the_command_line_is_named(store, target):
    case, _other = _two_cases(store)
    code, _out, err = cli(target, "reopen", case.ref)  # nothing to reopen: nothing written
    assert code == 0, err
    code, _out, err = cli(target, "close", case.ref)
    assert code == 0, err
    assert {h.by for h in store.history.of(case.id) if h.field == "status"} == {"command line"}
