"""Resolution checklists: template files, snapshots on cases, ticks, the closing gate, the CLI."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from data.checklists import (
    BOOKING, COMPLIMENT, DAMAGED, DIFFICULT, FOOD_SAFETY, FORMAL, GENERAL, REFUND, STAFF_CONDUCT,
    ClosingGateRefused, builtin_templates, parse_template, template_files,
)
from data.suggestion import suggest_template
from data.model import ValidationError, iso, now, parse_when

ROOT = Path(__file__).resolve().parent.parent


def complaint(store, summary="Cold soup", **fields):
    return store.cases.add(customer={"name": "Ann Lee"}, kind=fields.pop("kind", "complaint"),
                           summary=summary, **fields)


def own_template(name="Our way", steps=None):
    return {"name": name, "when_to_use": "always",
            "steps": steps or [{"text": "Say sorry", "required": True},
                               {"text": "Call back", "help": "next day", "follow_up_days": 1}]}


# ---- template files ----------------------------------------------------------------------

@pytest.mark.parametrize("path", template_files(), ids=lambda p: p.name)
def test_every_template_file_parses_and_has_a_required_step(path):
    template = parse_template(json.loads(path.read_text(encoding="utf-8")), builtin=True)
    assert template.when_to_use
    assert any(step.required for step in template.steps)
    assert all(step.text and step.help for step in template.steps), "every step explains itself"


def test_builtin_templates_cover_the_issue_and_every_suggestion():
    names = {t.name for t in builtin_templates()}
    assert len(template_files()) == len(names) >= 9
    assert {GENERAL, FORMAL, REFUND, FOOD_SAFETY, DAMAGED, BOOKING, STAFF_CONDUCT, DIFFICULT,
            COMPLIMENT} <= names
    food = next(t for t in builtin_templates() if t.name == FOOD_SAFETY)
    assert food.severity_default == "critical"


def test_a_broken_template_is_refused_with_each_problem():
    with pytest.raises(ValidationError) as caught:
        parse_template({"name": "", "steps": [{"text": "ok"}, {"text": "", "required": "yes"},
                                              {"text": "x", "follow_up_days": 0}]})
    assert set(caught.value.problems) == {"name", "step 2", "step 3"}
    with pytest.raises(ValidationError, match="at least one step"):
        parse_template({"name": "Empty", "steps": []})


# ---- owner templates -----------------------------------------------------------------------

def test_builtin_templates_can_be_copied_but_not_changed(store):
    with pytest.raises(ValidationError, match="built-in"):
        store.checklists.save_template(own_template(name=GENERAL))
    copy = store.checklists.copy_template(GENERAL)
    assert copy.id is not None and not copy.builtin and copy.name != GENERAL
    original = store.checklists.template(GENERAL)
    assert copy.steps == original.steps
    store.checklists.save_template({"name": copy.name, "when_to_use": "mine",
                                    "steps": [{"text": "Only step", "required": True}]}, copy.id)
    assert store.checklists.template(GENERAL).steps == original.steps
    assert [s.text for s in store.checklists.template(copy.name).steps] == ["Only step"]


def test_snapshot_isolation_editing_or_deleting_a_template_leaves_old_cases_alone(store):
    template = store.checklists.save_template(own_template())
    case = complaint(store)
    store.checklists.start(case.ref, "Our way")
    store.checklists.save_template(own_template(steps=[{"text": "Something else entirely",
                                                        "required": True}]), template.id)
    steps = store.checklists.of(case.id)[0].steps
    assert [(s.text, s.help, s.required) for s in steps] == [
        ("Say sorry", "", True), ("Call back", "next day", False)]
    store.checklists.delete_template(template.id)
    assert [s.text for s in store.checklists.of(case.id)[0].steps] == ["Say sorry", "Call back"]
    later = complaint(store, "Later")
    with pytest.raises(LookupError):
        store.checklists.start(later.ref, "Our way")


# ---- on a case -----------------------------------------------------------------------------

def test_ticks_record_who_and_when_defaulting_to_the_profile_owner(store):
    store.profile.update(owner="Maria Rossi")
    case = complaint(store)
    store.checklists.start(case.ref, GENERAL)
    before = now()
    mine = store.checklists.tick(case.ref, 1)
    theirs = store.checklists.tick(case.ref, 3, by="Tom", note="said sorry at the till")
    assert (mine.done_by, theirs.done_by) == ("Maria Rossi", "Tom")
    assert theirs.note == "said sorry at the till"
    for step in (mine, theirs):
        assert before <= parse_when(step.done_at) <= now()
    done = [h for h in store.history.of(case.id) if h.field == "step done"]
    assert [(h.by, h.new.split(".")[0]) for h in done] == [("Maria Rossi", "1"), ("Tom", "3")]
    with pytest.raises(ValueError, match="already done"):
        store.checklists.tick(case.ref, 1)


def test_unticking_is_recorded_in_the_history(store):
    case = complaint(store)
    store.checklists.start(case.ref, GENERAL)
    store.checklists.tick(case.ref, 2, by="Tom")
    step = store.checklists.untick(case.ref, 2, by="Maria")
    assert not step.done and step.done_by == ""
    undone = [h for h in store.history.of(case.id) if h.field == "step undone"]
    assert len(undone) == 1 and undone[0].by == "Maria" and "done by Tom" in undone[0].old


def test_steps_are_numbered_across_checklists_in_start_order(store):
    case = complaint(store)
    first = store.checklists.start(case.ref, GENERAL)
    second = store.checklists.start(case.ref, REFUND)
    numbers = [s.number for c in store.checklists.of(case.id) for s in c.steps]
    assert numbers == list(range(1, len(first.steps) + len(second.steps) + 1))
    store.checklists.tick(case.ref, len(first.steps) + 1)
    lists = store.checklists.of(case.id)
    assert lists[1].steps[0].done and lists[0].done_count == 0
    with pytest.raises(ValueError, match="no step"):
        store.checklists.tick(case.ref, numbers[-1] + 1)


def test_food_safety_proposes_critical_and_leaves_the_severity_to_the_owner(store):
    case = complaint(store, "Felt sick after lunch", severity="low")
    started = store.checklists.start(case.ref, FOOD_SAFETY)
    assert started.proposed_severity == "critical"
    assert store.cases.get(case.ref).severity == "low"
    assert not any(h.field == "severity" for h in store.history.of(case.id))
    already = complaint(store, "Felt sick after dinner", severity="critical")
    assert store.checklists.start(already.ref, FOOD_SAFETY).proposed_severity is None
    assert store.checklists.start(case.ref, GENERAL).proposed_severity is None


def test_follow_up_dates_are_set_at_start_and_count_as_overdue_when_due(store):
    case = complaint(store, "Where is my parcel", kind="question")
    started = now()
    store.checklists.start(case.ref, GENERAL)
    steps = store.checklists.of(case.id)[0].steps
    follow = [s for s in steps if s.follow_up_days]
    assert follow and all(s.follow_up_at for s in follow)
    assert all(s.follow_up_at is None for s in steps if not s.follow_up_days)
    due = parse_when(follow[0].follow_up_at) - started
    assert timedelta(days=follow[0].follow_up_days) <= due <= timedelta(days=follow[0].follow_up_days, seconds=5)
    assert not store.cases.is_overdue(case.id)
    store.checklists.set_follow_up(case.ref, follow[0].number, iso(now() - timedelta(days=1)))
    assert store.cases.is_overdue(case.id)
    store.checklists.tick(case.ref, follow[0].number)
    assert not store.cases.is_overdue(case.id)


# ---- closing gate ---------------------------------------------------------------------------

def test_closing_with_open_required_steps_is_refused_listing_them(store):
    case = complaint(store)
    checklist = store.checklists.start(case.ref, REFUND)
    required = [s for s in checklist.steps if s.required]
    store.checklists.tick(case.ref, required[0].number)
    with pytest.raises(ClosingGateRefused) as caught:
        store.cases.update(case.ref, {"status": "closed"})
    assert caught.value.missing == [s.text for s in required[1:]]
    assert store.cases.get(case.ref).status == "open"
    for step in required[1:]:
        store.checklists.tick(case.ref, step.number)
    assert store.cases.update(case.ref, {"status": "closed"}).status == "closed"


def test_close_anyway_keeps_its_reason(store):
    case = complaint(store)
    store.checklists.start(case.ref, GENERAL)
    closed = store.cases.update(case.ref, {"status": "closed",
                                           "close_reason": "Customer moved abroad"})
    assert (closed.status, closed.close_reason) == ("closed", "Customer moved abroad")
    assert any(h.field == "close_reason" and h.new == "Customer moved abroad"
               for h in store.history.of(case.id))


def test_a_case_without_checklists_closes_freely(store):
    case = complaint(store)
    assert store.cases.update(case.ref, {"status": "closed"}).status == "closed"


# ---- authority limit ------------------------------------------------------------------------

def test_remedy_over_the_refund_limit_needs_approval_and_records_the_approver(store):
    store.profile.update(owner="Maria Rossi", refund_limit="25")
    within = complaint(store, "Small", remedy="refund", remedy_cost="25")
    over = complaint(store, "Big", remedy="refund", remedy_cost="40")
    assert not within.needs_approval and over.needs_approval
    stamp = iso(now())
    approved = store.cases.update(over.ref, {"approved_by": "Maria Rossi", "approved_at": stamp},
                                  by="Clara")
    assert (approved.approved_by, approved.approved_at) == ("Maria Rossi", stamp)
    fields = {h.field: h for h in store.history.of(over.id)}
    assert fields["approved_by"].new == "Maria Rossi" and fields["approved_by"].by == "Clara"
    assert store.cases.update(within.ref, {"remedy_cost": "60"}).needs_approval


# ---- suggestion ------------------------------------------------------------------------------

@pytest.mark.parametrize("case, expected", [
    (dict(category="Food", summary="Hair in my soup"), FOOD_SAFETY),
    (dict(summary="My daughter was ill after the cake"), FOOD_SAFETY),
    (dict(summary="Felt sick all night"), FOOD_SAFETY),
    (dict(category="Allergy", summary="Nut traces not on the label"), FOOD_SAFETY),
    (dict(summary="I want a refund for the cake"), REFUND),
    (dict(summary="Charged twice for one coffee"), REFUND),
    (dict(summary="Want my money back"), REFUND),
    (dict(summary="Waiter was rude to me", staff="Tom"), STAFF_CONDUCT),
    (dict(summary="Bad attitude at the counter", staff="Lena"), STAFF_CONDUCT),
    (dict(details="Her manner was cold", staff="Lena"), STAFF_CONDUCT),
    (dict(summary="Lovely service, compliments to the baker"), COMPLIMENT),
    (dict(summary="Lovely service from Lena", staff="Lena", kind="compliment"), COMPLIMENT),
    (dict(summary="Cake arrived damaged"), DAMAGED),
    (dict(summary="Waited forty minutes for a table"), BOOKING),
    (dict(summary="Shouting and threats at the till"), DIFFICULT),
    (dict(summary="Coffee was lukewarm"), GENERAL),
    (dict(summary="Rude remarks", staff=""), GENERAL),
    (dict(summary="Coffee was lukewarm", severity="critical"), FORMAL),
])
def test_suggestion_for_each_example(case, expected):
    args = {"category": "", "severity": "medium", "summary": "", "details": "", "staff": ""}
    kind = case.pop("kind", "")
    args.update(case)
    assert suggest_template(**args, kind=kind) == expected


# ---- command line ----------------------------------------------------------------------------

def cli(db, *args):
    cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ), timeout=120)


def test_cli_list_start_tick_and_close_through_the_gate(target, store):
    store.profile.update(owner="Maria Rossi")
    ref = complaint(store, "Rude waiter", staff="Tom").ref
    store.close()

    listed = cli(target, "checklist", "list")
    assert listed.returncode == 0
    for template in builtin_templates():
        assert template.name in listed.stdout and template.when_to_use in listed.stdout

    started = cli(target, "checklist", "start", ref, STAFF_CONDUCT)
    assert started.returncode == 0, started.stderr
    ticked = cli(target, "checklist", "tick", ref, "1", "--by", "Tom", "--note", "heard her out")
    assert ticked.returncode == 0, ticked.stderr

    refused = cli(target, "close", ref)
    assert refused.returncode == 3
    lines = refused.stderr.strip().splitlines()
    assert all(line.startswith("goodwill: ") for line in lines)
    template = next(t for t in builtin_templates() if t.name == STAFF_CONDUCT)
    for step in template.steps[1:]:
        assert (step.text in refused.stderr) == step.required
    assert template.steps[0].text not in refused.stderr

    closed = cli(target, "close", ref, "--reason", "Customer asked us to drop it")
    assert closed.returncode == 0, closed.stderr
    shown = json.loads(cli(target, "show", ref, "--json").stdout)
    assert shown["status"] == "closed" and shown["close_reason"] == "Customer asked us to drop it"
    [checklist] = shown["checklists"]
    assert checklist["name"] == STAFF_CONDUCT
    first = checklist["steps"][0]
    assert set(first) == {"text", "required", "done", "done_by", "done_at", "note"}
    assert (first["done"], first["done_by"], first["note"]) == (True, "Tom", "heard her out")
    assert checklist["steps"][1]["done"] is False and checklist["steps"][1]["done_at"] is None


def test_cli_refuses_a_step_that_does_not_exist(target, store):
    ref = complaint(store).ref
    store.checklists.start(ref, COMPLIMENT)
    store.close()
    done = cli(target, "checklist", "tick", ref, "99")
    assert done.returncode == 1 and done.stderr.startswith("goodwill: ") and "no step 99" in done.stderr


# ---- the acknowledge step --------------------------------------------------------------------

def test_ticking_the_acknowledge_step_acknowledges_the_case_once(store):
    case = complaint(store, "Felt sick after lunch")
    store.checklists.start(case.ref, FOOD_SAFETY)
    store.checklists.tick(case.ref, 1, by="Tom")
    acknowledged = store.cases.get(case.ref)
    assert acknowledged.acknowledged_at is not None and acknowledged.status == "in_progress"
    history = [h for h in store.history.of(case.id) if h.field == "acknowledged_at"]
    assert len(history) == 1 and history[0].by == "Tom"
    store.checklists.untick(case.ref, 1)  # the customer has had the acknowledgement
    assert store.cases.get(case.ref).acknowledged_at == acknowledged.acknowledged_at


def test_an_earlier_acknowledgement_is_kept_and_other_steps_acknowledge_nothing(store):
    case = complaint(store, "Felt sick after lunch")
    store.checklists.start(case.ref, FORMAL)
    store.checklists.tick(case.ref, 1)  # logging it is not telling the customer
    assert store.cases.get(case.ref).acknowledged_at is None
    earlier = store.cases.acknowledge(case.ref, by="Lena").acknowledged_at
    store.checklists.tick(case.ref, 2, by="Tom")
    assert store.cases.get(case.ref).acknowledged_at == earlier
    assert [h.by for h in store.history.of(case.id) if h.field == "acknowledged_at"] == ["Lena"]


def test_the_acknowledge_step_acknowledges_in_the_language_it_was_started_in(store):
    store.profile.update(locale="de_DE")
    case = complaint(store, "Nach dem Essen krank")
    store.checklists.start(case.ref, FOOD_SAFETY)
    store.profile.update(locale="fr_FR")
    store.checklists.tick(case.ref, 1)
    assert store.cases.get(case.ref).acknowledged_at is not None


def test_cli_start_prints_the_severity_proposal_and_changes_nothing(target, store):
    case = complaint(store, "Felt sick after lunch", severity="medium")
    store.close()
    started = cli(target, "checklist", "start", case.ref, FOOD_SAFETY)
    assert started.returncode == 0, started.stderr
    hint = [line for line in started.stdout.splitlines() if line.startswith("Hint:")]
    assert hint == [f"Hint: this checklist suggests severity critical (now medium); to change "
                    f"it: update {case.ref} --severity critical"]
    shown = json.loads(cli(target, "show", case.ref, "--json").stdout)
    assert shown["severity"] == "medium"
