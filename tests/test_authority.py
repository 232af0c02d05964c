"""Staff and authority on both engines: who may grant, ask, approve and decline a remedy,
referral and assignment, the letter held back while a remedy awaits approval, the report's
approvals, and the command line's exit codes."""
from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

import pytest

from data.authority import AuthorityRefused
from data.errors import Invalid, NotFound, Refused
from data.metrics import Month, month_metrics
from data.staff import NobodyActing, hash_pin, verify_pin
from main import main


def _case(store, summary="Cold soup"):
    return store.cases.add(kind="complaint", summary=summary,
                           customer={"name": "Ada", "email": "ada@example.com"})


def _team(store):
    store.profile.update(name="Café Lumen", owner="Olga Owner", refund_limit="50", currency="EUR")
    store.staff.add("Olga", "owner")
    store.staff.add("Bob", "manager", limit="100", by="Olga")
    store.staff.add("Ann", "staff", limit="20", by="Olga")
    store.staff.add("Sam", "staff", by="Olga")  # the business's refund limit: 50


def test_without_staff_records_the_business_limit_asks_and_anyone_approves(store):
    store.profile.update(refund_limit="50")
    case = _case(store)
    assert store.authority.record_remedy(case.ref, "refund", "30", by=None).status == "granted"
    outcome = store.authority.record_remedy(case.ref, "credit", "80", by=None)
    assert outcome.status == "awaiting_approval"
    assert "refund limit of 50.00" in outcome.message
    assert store.cases.get(case.ref).needs_approval  # the window's "Needs approval" as before
    store.authority.approve(case.ref, by="Olga at the till")
    after = store.cases.get(case.ref)
    assert after.approved_by == "Olga at the till" and after.approved_at
    state = store.authority.as_json(after)
    assert state["remedy_status"] == "approved" and state["decided_by"] == "Olga at the till"


def test_within_the_limit_granted_above_it_a_request_naming_who_may_approve(store):
    _team(store)
    case = _case(store)
    assert store.authority.record_remedy(case.ref, "refund", "20", by="Ann").status == "granted"
    outcome = store.authority.record_remedy(case.ref, "refund", "60", by="Ann")
    assert outcome.status == "awaiting_approval"
    assert "Ann's limit of 20.00 EUR" in outcome.message
    assert "Olga (owner)" in outcome.message and "Bob (manager)" in outcome.message
    state = store.authority.as_json(store.cases.get(case.ref))
    assert state == {"assigned_to": None, "remedy_status": "awaiting_approval",
                     "decided_by": None, "decided_at": None}
    with pytest.raises(Refused, match="already has a remedy awaiting approval"):
        store.authority.record_remedy(case.ref, "gift", "5", by="Ann")


def test_a_staff_member_without_a_limit_of_their_own_has_the_business_limit(store):
    _team(store)
    case = _case(store)
    assert store.authority.record_remedy(case.ref, "refund", "50", by="Sam").status == "granted"
    assert store.authority.record_remedy(case.ref, "refund", "50.01", by="Sam").status == \
        "awaiting_approval"


def test_only_a_manager_whose_limit_covers_it_or_the_owner_may_decide(store):
    _team(store)
    case = _case(store)
    store.authority.record_remedy(case.ref, "refund", "150", by="Ann")
    with pytest.raises(AuthorityRefused, match=r"Ann \(staff, limit 20.00 EUR\)") as staff:
        store.authority.approve(case.ref, by="Ann")
    with pytest.raises(AuthorityRefused, match=r"Bob \(manager, limit 100.00 EUR\)") as manager:
        store.authority.approve(case.ref, by="Bob")
    assert staff.value.exit_code == manager.value.exit_code == 4
    assert store.authority.as_json(store.cases.get(case.ref))["remedy_status"] == "awaiting_approval"
    store.authority.approve(case.ref, by="Olga", reason="loyal customer")
    state = store.authority.as_json(store.cases.get(case.ref))
    assert state["remedy_status"] == "approved" and state["decided_by"] == "Olga"
    assert state["decided_at"]
    line = [h for h in store.history.of(case.id) if h.field == "approval"][-1]
    assert (line.old, line.new, line.by) == ("awaiting approval", "approved: loyal customer",
                                             "Olga")


def test_a_manager_decides_within_their_limit_and_a_decline_takes_the_remedy_back(store):
    _team(store)
    case = _case(store)
    store.authority.record_remedy(case.ref, "credit", "90", by="Ann")
    with pytest.raises(Invalid, match="needs a reason"):
        store.authority.decline(case.ref, by="Bob", reason=" ")
    store.authority.decline(case.ref, by="Bob", reason="a voucher instead")
    after = store.cases.get(case.ref)
    assert (after.remedy, after.remedy_cost, after.needs_approval) == ("none", Decimal("0.00"),
                                                                       False)
    assert store.authority.as_json(after)["remedy_status"] == "declined"
    with pytest.raises(Invalid, match="no remedy awaiting"):
        store.authority.approve(case.ref, by="Olga")


def test_a_remedy_given_above_the_limit_is_kept_flagged_and_reviewed_by_the_owner(store):
    _team(store)
    case = _case(store)
    outcome = store.authority.record_remedy(case.ref, "refund", "1950", by="Ann", given=True)
    assert outcome.status == "given_over_limit" and "owner's review" in outcome.message
    after = store.cases.get(case.ref)
    assert after.remedy_cost == Decimal("1950.00") and after.needs_approval
    assert store.case_list.count(store_filter(awaiting_approval=True)) == 0  # not a request
    with pytest.raises(AuthorityRefused):
        store.authority.approve(case.ref, by="Bob")
    store.authority.decline(case.ref, by="Olga", reason="beyond policy; talk to Ann")
    after = store.cases.get(case.ref)
    assert after.remedy_cost == Decimal("1950.00") and not after.needs_approval  # handed over


def store_filter(**fields):
    from data.model import CaseFilter

    return CaseFilter(**fields)


def test_with_staff_records_a_write_names_an_active_person(store):
    _team(store)
    case = _case(store)
    with pytest.raises(NobodyActing) as nobody:
        store.authority.record_remedy(case.ref, "refund", "5", by=None)
    assert nobody.value.exit_code == 2
    with pytest.raises(NotFound, match="no staff member named 'Zed'"):
        store.authority.record_remedy(case.ref, "refund", "5", by="Zed")
    store.authority.record_remedy(case.ref, "refund", "5", by="ann")  # any letter case
    store.staff.leaves("Ann", by="Olga")
    with pytest.raises(Refused, match="has left"):
        store.authority.record_remedy(case.ref, "refund", "5", by="Ann")
    assert [h.by for h in store.history.of(case.id) if h.field == "remedy"] == ["Ann"]
    assert [m.name for m in store.staff.members() if not m.active] == ["Ann"]


def test_only_the_owner_changes_the_staff_list(store):
    with pytest.raises(Invalid, match="first staff record is the owner's"):
        store.staff.add("Ann", "staff")
    _team(store)
    with pytest.raises(AuthorityRefused, match="only the owner"):
        store.staff.add("Eve", "manager", limit="1000", by="Bob")
    with pytest.raises(AuthorityRefused):
        store.staff.leaves("Ann", by="Bob")
    with pytest.raises(Invalid, match="already a staff member"):
        store.staff.add("bob", "staff", by="Olga")


def test_a_pin_is_stored_as_a_salted_scrypt_hash_only(store):
    _team(store)
    store.staff.add("Pia", "staff", pin="4711", by="Olga")
    stored = store.conn.execute("SELECT pin_hash FROM staff WHERE name = 'Pia'").fetchone()[0]
    assert stored.startswith("scrypt$") and "4711" not in stored
    assert store.staff.check_pin("Pia", "4711") and not store.staff.check_pin("Pia", "4712")
    assert hash_pin("4711") != hash_pin("4711")  # salted
    assert verify_pin(hash_pin("0000"), "0000") and not verify_pin("garbage", "0000")
    with pytest.raises(Invalid, match="at least 4 digits"):
        hash_pin("12")


def test_refer_upward_and_assign_with_the_hand_over_in_the_history(store):
    _team(store)
    case, other = _case(store), _case(store, "Late delivery")
    with pytest.raises(Invalid, match="manager or the owner"):
        store.authority.refer(case.ref, "Sam", by="Ann")
    store.authority.refer(case.ref, "Bob", by="Ann", note="wants the owner's word")
    store.authority.assign(other.ref, "sam", by="Bob")
    line = [h for h in store.history.of(case.id) if h.field == "referred"][0]
    assert (line.old, line.new, line.by) == (None, "Bob - wants the owner's word", "Ann")
    assert store.authority.as_json(store.cases.get(case.ref))["assigned_to"] == "Bob"
    assert list(store.case_list.ids(store_filter(assigned_to="Sam"))) == [other.id]
    store.authority.record_remedy(other.ref, "refund", "70", by="Sam")
    assert list(store.case_list.ids(store_filter(awaiting_approval=True))) == [other.id]


def test_the_report_counts_requests_decisions_and_remedies_given_above_authority(store):
    _team(store)
    cases = [_case(store, f"Case {i}") for i in range(4)]
    store.authority.record_remedy(cases[0].ref, "refund", "60", by="Ann")
    store.authority.approve(cases[0].ref, by="Bob")
    store.authority.record_remedy(cases[1].ref, "refund", "70", by="Ann")
    store.authority.decline(cases[1].ref, by="Olga", reason="no")
    store.authority.record_remedy(cases[2].ref, "refund", "80", by="Ann")  # still waiting
    store.authority.record_remedy(cases[3].ref, "gift", "40", by="Ann", given=True)
    store.authority.record_remedy(cases[3].ref, "gift", "10", by="Ann")  # granted: not counted
    approvals = month_metrics(store, Month.of(datetime.now())).as_json()["approvals"]
    assert approvals == {"requested": 3, "approved": 1, "declined": 1,
                         "median_hours_to_decision": 0.0,
                         "given_over_limit_without_approval": 1}


# ---- the command line ----------------------------------------------------------------------

def cli(capsys, target, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", str(target), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_follows_the_contract(store, target, capsys, monkeypatch, tmp_path):
    store.profile.update(name="Café Lumen", owner="Olga Owner", currency="EUR")
    ref = _case(store).ref
    assert cli(capsys, target, "staff", "add", "Olga", "--role", "owner")[0] == 0
    code, _out, err = cli(capsys, target, "staff", "add", "Ann", "--role", "staff",
                          "--limit", "20")
    assert code == 2 and "--as NAME" in err
    assert cli(capsys, target, "--as", "Olga", "staff", "add", "Ann", "--role", "staff",
               "--limit", "20")[0] == 0
    code, out, _ = cli(capsys, target, "staff", "add", "Bob", "--role", "manager", "--limit",
                       "100", "--pin", "--as", "Olga", stdin="2468\n", monkeypatch=monkeypatch)
    assert code == 0 and "with a PIN" in out
    listed = json.loads(cli(capsys, target, "staff", "list", "--json")[1])
    assert [(m["name"], m["role"], m["limit"], m["has_pin"]) for m in listed] == [
        ("Olga", "owner", None, False), ("Bob", "manager", 100.0, True),
        ("Ann", "staff", 20.0, False)]
    assert "2468" not in json.dumps(listed)

    assert cli(capsys, target, "remedy", ref, "--kind", "refund", "--amount", "5")[0] == 2
    code, out, _ = cli(capsys, target, "--as", "Ann", "remedy", ref, "--kind", "refund",
                       "--amount", "150")
    assert code == 0 and "awaiting approval" in out and "Olga (owner)" in out
    assert cli(capsys, target, "--as", "Ann", "approve", ref)[0] == 4
    code, _out, err = cli(capsys, target, "approve", ref, "--as", "Bob", stdin="2468\n",
                          monkeypatch=monkeypatch)
    assert code == 4 and "limit 100.00 EUR" in err
    code, _out, err = cli(capsys, target, "approve", ref, "--as", "Bob", stdin="1111\n",
                          monkeypatch=monkeypatch)
    assert code == 1 and "wrong PIN" in err

    pdf = tmp_path / "apology.pdf"
    code, _out, err = cli(capsys, target, "--as", "Ann", "letter", ref, "--kind", "apology",
                          "--out", str(pdf))
    assert code == 1 and "awaits approval" in err and not pdf.exists()
    listed = json.loads(cli(capsys, target, "list", "--awaiting-approval", "--json")[1])
    assert [c["ref"] for c in listed] == [ref]

    assert cli(capsys, target, "--as", "Olga", "approve", ref, "--reason", "regular")[0] == 0
    shown = json.loads(cli(capsys, target, "show", ref, "--json")[1])
    assert shown["remedy_status"] == "approved" and shown["decided_by"] == "Olga"
    assert shown["decided_at"] and shown["assigned_to"] is None
    assert cli(capsys, target, "--as", "Ann", "letter", ref, "--kind", "apology", "--out",
               str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")

    assert cli(capsys, target, "--as", "Ann", "refer", ref, "--to", "Olga", "--note",
               "angry")[0] == 0
    assert cli(capsys, target, "--as", "Olga", "assign", ref, "Ann")[0] == 0
    listed = json.loads(cli(capsys, target, "list", "--assigned", "ann", "--json")[1])
    assert [c["ref"] for c in listed] == [ref]
    assert cli(capsys, target, "decline", ref, "--reason", "x", "--as", "Olga")[0] == 1
    assert cli(capsys, target, "--as", "Olga", "staff", "leave", "Ann")[0] == 0
    assert cli(capsys, target, "--as", "Ann", "assign", ref, "Olga")[0] == 1


def test_the_forms_approve_follows_the_same_rule_and_decides_the_request(store):
    _team(store)
    case = _case(store)
    store.authority.record_remedy(case.ref, "refund", "150", by="Ann")
    with pytest.raises(AuthorityRefused, match="Bob"):
        store.cases.update(case.ref, {"approved_by": "Bob", "approved_at": "2026-12-01 10:00"})
    store.cases.update(case.ref, {"approved_by": "Olga", "approved_at": "2026-12-01 10:00"})
    state = store.authority.as_json(store.cases.get(case.ref))
    assert (state["remedy_status"], state["decided_by"]) == ("approved", "Olga")
    assert store.case_list.count(store_filter(awaiting_approval=True)) == 0
