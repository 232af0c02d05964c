"""Per-customer export and erasure."""
from __future__ import annotations

import json
import os
import stat
import zipfile
from decimal import Decimal

import pytest

from data.model import CaseFilter
from data.privacy import BACKUPS_NOTE, ERASED_TEXT

PDF = b"%PDF-1.4\n% a letter to Margaret Oakley\n%%EOF\n"


@pytest.fixture
def oakley(demo_store):
    """A customer with two cases, a checklist note, an archived letter and a draft."""
    store = demo_store
    first = store.cases.add(
        customer={"name": "Margaret Oakley", "email": "m.oakley@example.com",
                  "phone": "+44 20 7946 0958", "address": "1 High Street\nLittleton"},
        kind="complaint", summary="Margaret's birthday cake arrived stale",
        details="She phoned twice, very upset.", root_cause="Oakley order taken twice",
        lesson="Check the date label before boxing cakes", remedy="refund",
        remedy_cost="18.50", category="Cakes", staff="Tom")
    customer_id = first.customer.id
    store.customers.update(customer_id, notes="Prefers calls after 5pm", flag="VIP regular")
    store.cases.update(first.ref, {"details": "She phoned three times, very upset."})
    second = store.cases.add(customer_id=customer_id, kind="compliment",
                             summary="Loved the scones", close_reason="Thanked Margaret")
    template = store.checklists.templates()[0].name
    store.checklists.start(first.ref, template)
    store.checklists.tick(first.ref, 1, note="Spoke to Margaret at the counter")
    store.letters.archive(first.ref, "apology", PDF, pages=1, paper="a4")
    store.letters.save_draft(first.ref, "follow-up", "Dear Margaret, ...")
    return store, customer_id, first.ref, second.ref


def test_export_holds_the_customer_every_case_history_and_letter_pdfs(oakley, tmp_path):
    store, customer_id, first, second = oakley
    dest = store.privacy.export(customer_id, tmp_path / "oakley.zip")
    assert dest == tmp_path / "oakley.zip"
    if os.name == "posix":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600  # it is personal data
    with zipfile.ZipFile(dest) as zf:
        doc = json.loads(zf.read("customer.json"))
        [letter] = [n for n in zf.namelist() if n.startswith("letters/")]
        assert zf.read(letter) == PDF
    assert doc["customer"]["name"] == "Margaret Oakley"
    assert doc["customer"]["phone"] == "+44 20 7946 0958"
    assert doc["customer"]["notes"] == "Prefers calls after 5pm"
    assert [c["ref"] for c in doc["cases"]] == [first, second]
    case = doc["cases"][0]
    assert case["remedy_cost"] == 18.5
    assert {"field": "details", "old": "She phoned twice, very upset."}.items() <= \
        next(h for h in case["history"] if h["field"] == "details").items()
    assert case["letters"][0]["file"] == letter
    assert case["checklists"][0]["steps"][0]["note"] == "Spoke to Margaret at the counter"
    # Only this customer's cases, nobody else's.
    assert len(doc["cases"]) == store.case_list.count(CaseFilter(customer_id=customer_id))


def test_export_of_an_unknown_customer_writes_nothing(store, tmp_path):
    from data.errors import NotFound

    with pytest.raises(NotFound):
        store.privacy.export(999, tmp_path / "x.zip")
    assert list(tmp_path.iterdir()) == [store.path] or not (tmp_path / "x.zip").exists()


def test_erase_removes_personal_data_and_keeps_the_counts(oakley):
    store, customer_id, first, second = oakley
    counts = store.case_list.counts()
    summary = store.customers.summary(customer_id)
    kinds = store.case_list.count(CaseFilter(kind="complaint"))

    store.privacy.erase(customer_id)

    customer = store.customers.get(customer_id)
    assert customer.name == f"Erased customer #{customer_id}"
    assert (customer.email, customer.phone, customer.address, customer.notes, customer.flag) == \
        ("", "", "", "", "")
    assert customer.erased
    case = store.cases.get(first)
    assert case.summary == ERASED_TEXT and case.details == ERASED_TEXT
    assert case.root_cause == ERASED_TEXT  # it named the customer
    assert case.lesson == "Check the date label before boxing cakes"  # the business's own
    assert store.cases.get(second).close_reason == ERASED_TEXT
    # Counts, costs, kinds and dates are what reports need: unchanged.
    assert store.case_list.counts() == counts
    assert store.case_list.count(CaseFilter(kind="complaint")) == kinds
    after = store.customers.summary(customer_id)
    assert (after.cases, after.complaints, after.remedies_paid) == \
        (summary.cases, summary.complaints, Decimal("18.50"))
    assert (case.kind, case.remedy, case.category, case.staff) == \
        ("complaint", "refund", "Cakes", "Tom")
    # Letters and drafts are gone; the erasure is in each case's history.
    assert store.letters.archived(first) == []
    assert not store.letters.draft(first, "follow-up").edited
    assert store.checklists.of(case.id)[0].steps[0].note == ERASED_TEXT
    for ref in (first, second):
        history = store.history.of(store.cases.get(ref).id)
        assert history[-1].field == "erased"
        text = json.dumps([h.as_json() for h in history])
        assert "Margaret" not in text and "phoned" not in text and "Oakley" not in text


@pytest.mark.sqlite_only
def test_after_erasure_search_and_the_file_itself_no_longer_hold_the_name(oakley):
    store, customer_id, first, _ = oakley
    assert store.case_list.count(CaseFilter(search="Oakley")) == 2  # both cases, by name
    store.privacy.erase(customer_id)
    assert store.case_list.count(CaseFilter(search="Oakley")) == 0
    assert store.case_list.count(CaseFilter(search="stale")) == 0
    raw = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert b"Oakley" not in raw and b"7946" not in raw and b"oakley@" not in raw


def test_backups_keep_the_old_data_until_rotation_and_the_owner_is_told(oakley):
    store, customer_id, _, _ = oakley
    backup = store.backups.make()
    store.privacy.erase(customer_id)
    assert b"Oakley" in backup.read_bytes()
    assert "Backups made before the erasure still hold" in BACKUPS_NOTE
    assert "one year" in BACKUPS_NOTE


def test_erasing_twice_changes_nothing_more(oakley):
    store, customer_id, first, _ = oakley
    store.privacy.erase(customer_id)
    once = store.customers.get(customer_id)
    store.privacy.erase(customer_id)
    assert store.customers.get(customer_id) == once
    assert store.cases.get(first).summary == ERASED_TEXT
