"""Mistakes can be undone: the Trash, removing a checklist, undoing the last save."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import timedelta

import pytest

from data import db as dbmod
from data import migrations
from data.case_table import export_rows
from data.errors import NotFound, Refused
from data.metrics import Month, month_metrics
from data.model import CaseFilter, TRASH_DAYS, now
from data.store import Store


@pytest.fixture
def two(store):
    stamp = now().isoformat(timespec="seconds")
    kept = store.cases.add(customer={"name": "Ada Lovelace"}, kind="complaint",
                          summary="Cold soup", occurred_at=stamp)
    gone = store.cases.add(customer={"name": "Ada Lovelace"}, kind="complaint",
                          summary="Burnt toast", occurred_at=stamp)
    return store, kept, gone


def _seen(store, ref: str, customer_id: int) -> dict:
    """Where a case shows: list, count, search, customer page, report, export, reminders."""
    month = Month.of(now())
    return {
        "list": ref in [r.ref for r in store.case_list.first_rows()],
        "ids": store.cases.by_id(store.case_list.ids()[0]).ref == ref or len(store.case_list.ids()) == 2,
        "count": store.case_list.counts().total == 2,
        "count_cases": store.case_list.count() == 2,
        "search": [r.ref for r in store.case_list.first_rows(CaseFilter(search="toast"))] == [ref],
        "customer": store.customers.summary(customer_id).cases == 2,
        "report": month_metrics(store, month).cases_total == 2,
        "export": ref in [row[0] for row in export_rows(store)],
        "due": ref in [r.ref for r in store.reminders.due(now() + timedelta(days=60))],
    }


def test_a_deleted_case_leaves_every_view_and_comes_back_whole(two):
    store, kept, gone = two
    shown = _seen(store, gone.ref, gone.customer.id)
    assert all(shown.values()), shown
    store.trash.delete(gone.ref, by="Rosa")
    hidden = _seen(store, gone.ref, gone.customer.id)
    assert not any(hidden.values()), hidden
    with pytest.raises(NotFound, match="in the Trash"):
        store.cases.get(gone.ref)
    [trashed] = store.trash.cases()
    assert (trashed.ref, trashed.deleted_by) == (gone.ref, "Rosa")
    assert trashed.erase_on == (now() + timedelta(days=TRASH_DAYS)).date().isoformat()

    back = store.trash.restore(gone.ref)
    assert back.summary == "Burnt toast" and store.trash.cases() == []
    assert all(_seen(store, gone.ref, gone.customer.id).values())
    assert [h.field for h in store.history.of(gone.id)][-2:] == ["deleted", "restored"]
    assert back.version > gone.version


def test_the_trash_is_erased_after_its_days_or_when_emptied(two):
    store, kept, gone = two
    store.trash.delete(gone.ref)
    store.trash.delete(kept.ref)
    assert store.trash.erase_expired(now() + timedelta(days=TRASH_DAYS - 1)) == 0
    assert len(store.trash.cases()) == 2
    assert store.trash.erase_expired(now() + timedelta(days=TRASH_DAYS, minutes=1)) == 2
    assert store.trash.cases() == [] and store.case_list.total() == 0
    assert store.history.of(gone.id) == []
    with pytest.raises(NotFound):
        store.trash.restore(gone.ref)


def test_erasing_one_case_of_the_trash_leaves_the_rest(two):
    store, kept, gone = two
    store.trash.delete(gone.ref)
    with pytest.raises(NotFound, match="not in the Trash"):
        store.trash.erase(kept.ref)
    assert store.trash.erase(gone.ref) == 1
    assert store.case_list.total() == 1 and store.cases.get(kept.ref).summary == "Cold soup"


def test_a_checklist_started_by_mistake_is_removed_and_recorded(two):
    store, kept, _ = two
    name = store.checklists.templates()[0].name
    checklist = store.checklists.start(kept.ref, name)
    version = store.cases.get(kept.ref).version
    store.checklists.remove(kept.ref, checklist.id, by="Rosa")
    assert store.checklists.of(kept.id) == []
    last = store.history.of(kept.id)[-1]
    assert (last.field, last.old, last.by) == ("checklist removed", name, "Rosa")
    assert store.cases.get(kept.ref).version == version + 1
    with pytest.raises(NotFound):
        store.checklists.remove(kept.ref, checklist.id)


def test_undo_puts_back_what_the_last_save_changed(two):
    store, kept, _ = two
    store.cases.update(kept.ref, {"summary": "Cold soup again", "remedy": "refund",
                                 "remedy_cost": "7.20", "status": "resolved"})
    undone = store.undo.revert(kept.ref, by="Rosa")
    assert (undone.summary, undone.remedy, str(undone.remedy_cost), undone.status,
            undone.resolved_at) == ("Cold soup", "none", "0.00", "open", None)
    assert store.history.of(kept.id)[-1].field == "undo"
    with pytest.raises(Refused, match="no save to undo"):
        store.undo.revert(kept.ref)


def test_undo_is_refused_once_something_happened_since_the_save(two):
    store, kept, _ = two
    with pytest.raises(Refused, match="no save to undo"):
        store.undo.revert(kept.ref)  # only created
    store.cases.update(kept.ref, {"summary": "Cold soup again"})
    store.checklists.start(kept.ref, store.checklists.templates()[0].name)
    with pytest.raises(Refused, match="checklist started"):
        store.undo.revert(kept.ref)
    assert store.cases.get(kept.ref).summary == "Cold soup again"


def _cli(target, *args) -> tuple[int, str, str]:
    import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main(["--db", str(target), *args])
    return code, out.getvalue(), err.getvalue()


def test_delete_undelete_and_trash_on_the_command_line(two, target):
    store, kept, gone = two
    store.close()
    code, out, err = _cli(target, "delete", gone.ref.lower(), "--by", "Rosa")
    assert code == 0 and f"{gone.ref} moved to the Trash" in out, err
    code, out, _ = _cli(target, "list", "--json")
    assert gone.ref not in out and kept.ref in out
    code, out, _ = _cli(target, "trash", "--json")
    [entry] = json.loads(out)
    assert (entry["ref"], entry["deleted_by"]) == (gone.ref, "Rosa") and entry["erase_on"]
    code, out, _ = _cli(target, "trash")
    assert gone.ref in out and "erased on" in out
    code, _, err = _cli(target, "show", gone.ref)
    assert code != 0 and "in the Trash" in err
    code, out, _ = _cli(target, "undelete", gone.ref)
    assert code == 0 and "restored" in out
    code, out, _ = _cli(target, "trash")
    assert code == 0 and "The Trash is empty." in out
    code, _, err = _cli(target, "undelete", gone.ref)
    assert code != 0 and "not in the Trash" in err


def test_a_version_8_file_upgrades_to_the_trash(tmp_path):
    path = tmp_path / "old.db"
    dbmod.create_private_file(path)
    conn = dbmod.connect(path)
    migrations.upgrade(conn, dbmod.APPLICATION_ID, target=8)
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        case = store.cases.add(customer={"name": "Ada"}, kind="complaint", summary="Old")
        store.trash.delete(case.ref)
        assert [t.ref for t in store.trash.cases()] == [case.ref]


def test_a_version_8_shared_log_upgrades_to_the_trash(pg_url):
    import psycopg

    from data import pg

    with Store(pg_url) as store:
        ref = store.cases.add(customer={"name": "Sam"}, kind="complaint", summary="Old").ref
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX cases_trash, cases_live")
        conn.execute("ALTER TABLE cases DROP COLUMN deleted_at, DROP COLUMN deleted_by")
        conn.execute("DROP TABLE remedies, staff")  # version 9's
        conn.execute("ALTER TABLE cases DROP COLUMN assigned_to")
        conn.execute("UPDATE goodwill_meta SET value = '8' WHERE key = 'schema_version'")
    with Store(pg_url) as store:
        assert pg.schema_version(store.conn) == pg.SCHEMA_VERSION
        store.trash.delete(ref)
        assert [t.ref for t in store.trash.cases()] == [ref]
        assert store.case_list.count() == 0
