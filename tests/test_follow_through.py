"""Attachments, e-mail drafts, merged customers, reminders and the follow-up calendar: real
database files, real .eml/.ics/zip files parsed back, a fixed clock for the reminders."""
from __future__ import annotations

import email
import json
import os
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest

from data.attachments import MAX_ATTACHMENT
from data.backup import restore_file
from data.model import ValidationError
from data.store import Store

ROOT = Path(__file__).resolve().parent.parent
# Bytes no other part of a case could contain: found in the raw file means the photo is there.
PHOTO = b"\x89PNG\r\n\x1a\n" + b"GOODWILL-PHOTO-MARKER-7f3a9c" * 4000


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def raw_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return raw + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def case(store):
    store.profile.update(name="The Crumb & Cup", email="desk@crumb.example", owner="Rosa",
                         ack_hours=24, resolve_days=7)
    return store.cases.add(customer={"name": "Anna Kowalska", "email": "anna@example.com",
                                     "phone": "07700 900123"},
                           kind="complaint", summary="Cake arrived squashed",
                           occurred_at="2026-11-02T10:00:00+00:00")


# ---- attachments -------------------------------------------------------------------------

def test_attachment_is_kept_whole_and_listed_by_show_json(store, case, target, tmp_path):
    photo = tmp_path / "cake.png"
    photo.write_bytes(PHOTO)
    done = cli("--db", target, "attach", case.ref, photo)
    assert done.returncode == 0, done.stderr
    shown = json.loads(cli("--db", target, "show", case.ref, "--json").stdout)
    [listed] = shown["attachments"]
    import hashlib
    assert listed == {"name": "cake.png", "size": len(PHOTO),
                      "sha256": hashlib.sha256(PHOTO).hexdigest(),
                      "added_at": listed["added_at"]}
    text = cli("--db", target, "show", case.ref).stdout
    assert "files:\n  cake.png  " in text and listed["sha256"] in text
    [info] = store.attachments.of(case.id)
    assert info.mime == "image/png" and store.attachments.data(info.id) == PHOTO
    assert any(h.field == "attachment added" for h in store.history.of(case.id))


def test_a_file_over_20_mb_is_refused_with_its_size_and_nothing_is_saved(store, case, target,
                                                                         tmp_path):
    big = tmp_path / "video.mov"
    with open(big, "wb") as fh:
        fh.truncate(MAX_ATTACHMENT + 1)
    done = cli("--db", target, "attach", case.ref, big)
    assert done.returncode == 1
    assert "'video.mov' is 20,971,521 bytes" in done.stderr and "limit is 20 MB" in done.stderr
    with pytest.raises(ValidationError):
        store.attachments.add(case.ref, "x.bin", b"\0" * (MAX_ATTACHMENT + 1))
    assert store.attachments.of(case.id) == []
    exactly = store.attachments.add(case.ref, "max.bin", b"\0" * MAX_ATTACHMENT)
    assert exactly.size == MAX_ATTACHMENT


def test_attach_names_a_missing_file_and_a_missing_case(store, case, target, tmp_path):
    missing = cli("--db", target, "attach", case.ref, tmp_path / "nope.jpg")
    assert missing.returncode == 1 and "nope.jpg: no such file" in missing.stderr
    (tmp_path / "a.txt").write_text("x")
    wrong = cli("--db", target, "attach", "GW-1999-00001", tmp_path / "a.txt")
    assert wrong.returncode == 1 and "no case with reference GW-1999-00001" in wrong.stderr


@pytest.mark.sqlite_only
def test_attachments_survive_backup_and_restore(store, case, target, tmp_path):
    store.attachments.add(case.ref, "cake.png", PHOTO)
    saved = store.backups.make(tmp_path / "saved.db")
    [info] = store.attachments.of(case.id)
    store.attachments.remove(info.id)
    assert store.attachments.of(case.id) == []
    store.close()
    restore_file(target, saved)
    with Store(target) as again:
        [back] = again.attachments.of(again.cases.get(case.ref).id)
        assert again.attachments.data(back.id) == PHOTO


@pytest.mark.sqlite_only
def test_privacy_export_carries_the_files_and_erasure_removes_them_from_the_file(
        store, case, tmp_path):
    store.attachments.add(case.ref, "cake.png", PHOTO)
    zip_path = store.privacy.export(case.customer.id, tmp_path / "anna.zip")
    with zipfile.ZipFile(zip_path) as zf:
        document = json.loads(zf.read("customer.json"))
        [item] = document["cases"][0]["attachments"]
        assert item["name"] == "cake.png" and zf.read(item["file"]) == PHOTO
    assert PHOTO[8:40] in raw_bytes(store.path)
    store.privacy.erase(case.customer.id)
    assert store.attachments.of(case.id) == []
    assert b"GOODWILL-PHOTO-MARKER" not in raw_bytes(store.path)
    assert "cake.png" not in json.dumps([h.as_json() for h in store.history.of(case.id)])


# ---- e-mail drafts --------------------------------------------------------------------------

def test_letter_eml_is_an_unsent_draft_to_the_customer_with_the_pdf(store, case, target,
                                                                     tmp_path):
    out = tmp_path / "apology.eml"
    done = cli("--db", target, "letter", case.ref, "--kind", "apology", "--eml", out)
    assert done.returncode == 0, done.stderr
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == "anna@example.com"
    assert msg["To"].addresses[0].display_name == "Anna Kowalska"
    assert case.ref in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    assert "Anna" in body and "Subject:" not in body
    [pdf_part] = list(msg.iter_attachments())
    assert pdf_part.get_content_type() == "application/pdf"
    pdf = pdf_part.get_content()
    from io import BytesIO
    from pypdf import PdfReader
    assert "Kowalska" in PdfReader(BytesIO(pdf)).pages[0].extract_text()
    [archived] = store.letters.archived(case.ref)
    assert archived.sha256 == __import__("hashlib").sha256(pdf).hexdigest()
    assert store.history.of(case.id)[-1].new.startswith("Apology letter written as an e-mail draft")


def test_letter_needs_out_or_eml(case, target):
    done = cli("--db", target, "letter", case.ref, "--kind", "apology")
    assert done.returncode == 2 and "--eml" in done.stderr


# ---- merging customers ---------------------------------------------------------------------

def test_merge_moves_every_case_keeps_history_and_records_it(store, case, target):
    other = store.cases.add(customer={"name": "A. Kowalska", "phone": "07700 900999",
                                      "notes": "Prefers phone calls"},
                            kind="question", summary="Do you make gluten-free cakes?")
    store.cases.update(other.ref, {"category": "Allergens"})
    third = store.cases.add(customer_id=other.customer.id, kind="compliment", summary="Lovely")
    before = {ref: store.history.of(store.cases.get(ref).id) for ref in (case.ref, other.ref, third.ref)}
    done = cli("--db", target, "customer", "merge", case.customer.id, f"#{other.customer.id}",
               "--take", "phone")
    assert done.returncode == 0, done.stderr
    assert "2 case(s) moved" in done.stdout
    kept = store.customers.get(case.customer.id)
    assert kept.phone == "07700 900999" and kept.email == "anna@example.com"
    assert kept.name == "Anna Kowalska" and kept.notes == "Prefers phone calls"
    assert store.customers.summary(kept.id).cases == 3
    for ref, old in before.items():
        moved = store.cases.get(ref)
        assert moved.customer.id == kept.id
        history = store.history.of(moved.id)
        assert history[:len(old)] == old  # nothing of the history is lost
    assert store.history.of(other.id)[-1].field == "customer"
    assert "(merged)" in store.history.of(other.id)[-1].new
    assert len(store.customers.merges(kept.id)) == 1
    with pytest.raises(LookupError):
        store.customers.get(other.customer.id)
    from data.model import CaseFilter
    assert store.case_list.count(CaseFilter(search="Anna Kowalska")) == 3


def test_merge_refuses_itself_and_unknown_ids(store, case, target):
    same = cli("--db", target, "customer", "merge", case.customer.id, case.customer.id)
    assert same.returncode == 1 and "cannot be merged with itself" in same.stderr
    unknown = cli("--db", target, "customer", "merge", case.customer.id, 999)
    assert unknown.returncode == 1 and "no customer with id 999" in unknown.stderr
    bad = cli("--db", target, "customer", "merge", "anna", 2)
    assert bad.returncode == 2


# ---- reminders, with a fixed clock -------------------------------------------------------------

T0 = datetime(2026, 11, 2, 10, 0, tzinfo=timezone.utc)  # when the complaint occurred


def test_acknowledge_target_notifies_once_when_it_falls_due(store, case):
    assert store.reminders.to_notify(T0 + timedelta(hours=23)) == []
    due = T0 + timedelta(hours=24)
    [reminder] = store.reminders.to_notify(due)
    assert reminder.kind == "acknowledge" and reminder.ref == case.ref
    store.reminders.mark_notified([reminder], due)
    assert store.reminders.to_notify(due + timedelta(hours=5)) == []
    # The resolve target is a new event, told once in its turn.
    [resolve] = store.reminders.to_notify(T0 + timedelta(days=7))
    assert resolve.kind == "resolve"


def test_snoozed_reminder_comes_back_once_when_the_snooze_ends(store, case):
    due = T0 + timedelta(hours=25)
    [reminder] = store.reminders.to_notify(due)
    store.reminders.mark_notified([reminder], due)
    store.reminders.snooze(reminder, due + timedelta(hours=1))
    assert store.reminders.to_notify(due + timedelta(minutes=59)) == []
    [again] = store.reminders.to_notify(due + timedelta(hours=1))
    store.reminders.mark_notified([again], due + timedelta(hours=1))
    assert store.reminders.to_notify(due + timedelta(hours=3)) == []


def test_acknowledging_ends_the_reminder_and_due_today_lists_follow_ups(store, case):
    store.cases.acknowledge(case.ref, at="2026-11-02T12:00:00+00:00")
    assert [r.kind for r in store.reminders.to_notify(T0 + timedelta(hours=30))] == []
    store.checklists.start(case.ref, "Damaged or wrong item")
    [step] = [s for c in store.checklists.of(case.id) for s in c.steps if s.follow_up_at]
    store.checklists.set_follow_up(case.ref, step.number, "2026-11-04T15:00:00+00:00")
    morning = datetime(2026, 11, 4, 8, 0, tzinfo=timezone.utc)
    today = store.reminders.due_today(morning)
    assert [r.kind for r in today] == ["follow-up"] and today[0].step_text == step.text
    assert store.reminders.to_notify(morning) == []  # due today, not due yet
    assert [r.kind for r in store.reminders.to_notify(morning.replace(hour=15))] == ["follow-up"]
    store.checklists.tick(case.ref, step.number)
    assert store.reminders.due_today(morning) == []


def test_followups_ics_parses_with_one_event_per_open_follow_up(store, case, target, tmp_path):
    from icalendar import Calendar

    store.checklists.start(case.ref, "Damaged or wrong item")
    steps = [s for c in store.checklists.of(case.id) for s in c.steps if s.follow_up_at]
    assert steps
    out = tmp_path / "followups.ics"
    done = cli("--db", target, "followups", "--ics", out)
    assert done.returncode == 0, done.stderr
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(steps)
    assert str(events[0]["summary"]) == f"{case.ref}: {steps[0].text}"
    start = events[0].decoded("dtstart")
    assert start == datetime.fromisoformat(steps[0].follow_up_at)
    assert os.stat(out).st_mode & 0o077 == 0


def test_due_today_puts_today_first_then_earlier_days_most_recent_first(store, case):
    later = store.cases.add(customer={"name": "Ben"}, kind="complaint", summary="Late order",
                            occurred_at="2026-11-05T09:00:00+00:00")
    at = datetime(2026, 11, 6, 8, 0, tzinfo=timezone.utc)  # Ben's ack is due at 09:00 today
    order = [(r.ref, r.kind) for r in store.reminders.due_today(at)]
    assert order == [(later.ref, "acknowledge"), (case.ref, "acknowledge")]
