"""One file, two engines: an import gives the same problems, customers and references on a
file (row by row) as on a shared log (COPY and set-based inserts, data/import_writer.py),
across batch boundaries; and the shared log's write lock is held only at the end."""
from __future__ import annotations

import csv

import pytest

from data.csvio import check_file, import_file
from data.import_writer import BATCH
from data.model import ImportFailed
from data.store import Store

HEADER = ["ref", "occurred_at", "customer_name", "customer_email", "customer_phone",
          "customer_key", "kind", "summary"]


def _write(path, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        out.writerows(rows)


def _seed(store) -> None:
    """Customers and a case there before the import (the same on both engines)."""
    store.customers.add(name="Ada Lovelace", email="Ada@Example.org")
    store.customers.add(name="Bo Phone", phone="+44 20 7946 0001")
    store.customers.add(name="Cy Name")
    store.cases.add(customer={"name": "Dee"}, kind="question", summary="Seed",
                   occurred_at="2026-01-05 09:00", ref="GW-2026-00100")


def _good_rows(count: int) -> list[list[str]]:
    """A file that imports: every matching rule, some rows in each batch."""
    rows = []
    for n in range(count):
        day = f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d} 10:00"
        ref = f"GW-2026-{200 + n:05d}" if n % 3 == 0 else ""
        kind = "complaint" if n % 2 else "compliment"
        if n % 7 == 0:       # the seeded e-mail, in another case: matched
            customer = ["Someone", "ADA@example.org", "", ""]
        elif n % 7 == 1:     # the seeded phone, formatted otherwise: matched
            customer = ["Bo", "", "020 7946 0001", ""]
        elif n % 7 == 2:     # only a name, a seeded one: matched
            customer = ["Cy Name", "", "", ""]
        elif n % 7 == 3:     # a keyed customer of this file (two keys, one name: two customers)
            customer = ["Twin", "", "", f"K{n % 2}"]
        elif n % 7 == 4:     # a new e-mail, matched by later rows of the file (any case)
            customer = [f"New {n % 5}", f"new{n % 5}@example.org" if n % 2 else
                        f"NEW{n % 5}@EXAMPLE.ORG", "", ""]
        elif n % 7 == 5:     # a keyed row naming a seeded e-mail: matched to the seeded one
            customer = ["Ada again", "ada@example.org", "", "ADA"]
        else:                # a new name only, repeated
            customer = [f"Walk-in {n % 3}", "", "", ""]
        rows.append([ref, day, customer[0], customer[1], customer[2], customer[3], kind,
                     f"Row {n}"])
    return rows


def _outcome(store) -> list[tuple]:
    """What the import left: each case's reference, its customer (named by the first
    case of theirs, as ids differ between engines) and the customer's details."""
    rows = store.conn.execute(
        "SELECT c.ref, c.summary, c.customer_id, cu.name, cu.email, cu.phone, "
        "c.customer_name FROM cases c JOIN customers cu ON cu.id = c.customer_id "
        "ORDER BY c.ref").fetchall()
    first: dict[int, str] = {}
    for _ref, summary, customer_id, *_ in rows:
        first.setdefault(customer_id, summary)
    return [(ref, summary, first[cid], name, email, phone, shown)
            for ref, summary, cid, name, email, phone, shown in rows]


def _import_both(tmp_path, pg_url, rows):
    path = tmp_path / "cases.csv"
    _write(path, rows)
    results = []
    for target in (tmp_path / "file.db", pg_url):
        with Store(target) as store:
            _seed(store)
            try:
                result = import_file(store, path)
            except ImportFailed as exc:
                result = [(p.line, p.column, p.message) for p in exc.problems] + [exc.more]
            results.append((result, _outcome(store)))
    return results


def test_a_good_file_gives_the_same_customers_and_references_on_both_engines(tmp_path,
                                                                             pg_url):
    count = BATCH * 2 + 300
    (file_result, on_file), (log_result, on_log) = _import_both(tmp_path, pg_url,
                                                                 _good_rows(count))
    assert file_result == log_result and file_result.cases == count
    assert on_file == on_log and len(on_file) == count + 1
    customers = {row[2:6] for row in on_file}
    # Seeded customers matched by e-mail (any case), phone digits and name; K0 and K1 two
    # customers called Twin; the new e-mails one customer each, whatever their case.
    assert sum(1 for c in customers if c[1] == "Twin") == 2
    assert len({c for c in customers if c[2].lower().startswith("new")}) == 5
    refs = [row[0] for row in on_file]
    assert len(set(refs)) == len(refs)
    # Without a reference, a case is numbered after the file's own highest of its year.
    own = [200 + n for n in range(count) if n % 3 == 0]
    numbered = sorted(int(r.rsplit("-", 1)[1]) for r in refs)
    assert numbered[-1] == max(own) + (count - len(own))


def test_a_bad_file_gives_the_same_problems_on_both_engines_and_adds_nothing(tmp_path,
                                                                            pg_url):
    rows = _good_rows(BATCH + 500)
    rows[5][6] = "grumble"                               # not a kind
    rows[10][1] = "yesterday-ish"                        # not a date
    rows[12][0] = "GW-2026-00100"                        # taken before the import
    rows[BATCH + 3][0] = rows[0][0]                      # twice in the file, across a batch
    rows[BATCH + 10] = rows[BATCH + 10][:4]              # cells missing
    rows[BATCH + 20][2], rows[BATCH + 20][5] = "Not a twin", "K1"  # key described otherwise
    rows[BATCH + 30][3] = "no-at-sign"                   # not an e-mail address
    (file_result, on_file), (log_result, on_log) = _import_both(tmp_path, pg_url, rows)
    assert file_result == log_result
    columns = [column for _, column, _ in file_result[:-1]]
    assert columns == ["kind", "occurred_at", "ref", "ref", "", "customer_key",
                       "customer_email"]
    assert "appears twice in the file (also line 2)" in file_result[3][2]
    assert on_file == on_log and len(on_file) == 1  # the seeded case alone


def test_a_dry_run_on_the_shared_log_writes_nothing(tmp_path, pg_url):
    path = tmp_path / "cases.csv"
    _write(path, _good_rows(300))
    with Store(pg_url) as store:
        _seed(store)
        before = store.conn.execute("SELECT count(*), (SELECT count(*) FROM customers) "
                                    "FROM cases").fetchone()
        result = check_file(store, path)
        assert result.cases == 300
        assert store.conn.execute("SELECT count(*), (SELECT count(*) FROM customers) "
                                  "FROM cases").fetchone() == before


@pytest.mark.parametrize("bad", [False, True])
def test_the_write_lock_is_not_held_while_the_rows_are_written(tmp_path, pg_url, bad):
    """Another desk's save goes through while an import is between its batches; a
    refused file leaves nothing behind either way."""
    import threading

    path = tmp_path / "cases.csv"
    rows = _good_rows(BATCH * 3)
    if bad:
        rows[-1][6] = "grumble"
    _write(path, rows)
    with Store(pg_url) as desk, Store(pg_url) as importer:
        case = desk.cases.add(customer={"name": "Walk-in"}, kind="complaint", summary="Cold")
        halfway, go_on, outcome = threading.Event(), threading.Event(), {}

        def progress(*_):
            if not halfway.is_set():
                halfway.set()
                go_on.wait(60)

        def run():
            try:
                outcome["result"] = import_file(importer, path, progress=progress)
            except ImportFailed as exc:
                outcome["failed"] = exc

        worker = threading.Thread(target=run)
        worker.start()
        assert halfway.wait(120)
        saved = desk.cases.update(case.ref, {"details": "saved mid-import"})
        go_on.set()
        worker.join(300)
    assert saved.details == "saved mid-import"
    with Store(pg_url) as check:
        count = check.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert ("failed" in outcome) is bad
    assert count == (1 if bad else 1 + BATCH * 3)


def test_a_files_own_reference_in_a_later_batch_is_never_taken_by_a_case_numbered_before(
        tmp_path, pg_url):
    """The first batch brings no reference of its own, so on a shared log its cases are
    numbered as it is written (after the seeded GW-2026-00100); the second brings numbers
    the first batch's cases took there. The file's own numbers stay its own, and every case
    without one follows the file's highest, as on a file."""
    rows = _good_rows(BATCH * 2 + 300)
    for n, row in enumerate(rows):
        row[0] = ""
        if n >= BATCH and n % 50 == 0:
            row[0] = f"GW-2026-{101 + (n - BATCH) // 10:05d}"  # 101, 106, ... as batch 1 got
    (file_result, on_file), (log_result, on_log) = _import_both(tmp_path, pg_url, rows)
    assert file_result == log_result and file_result.cases == len(rows)
    assert on_file == on_log
    own = [int(r[0].rsplit("-", 1)[1]) for r in rows if r[0]]
    by_summary = {summary: ref for ref, summary, *_ in on_log}
    assert [by_summary[f"Row {n}"] for n, r in enumerate(rows) if r[0]] == \
        [f"GW-2026-{o:05d}" for o in own]
    numbered = sorted(int(ref.rsplit("-", 1)[1]) for ref, *_ in on_log)
    assert numbered[-1] == max(own) + len(rows) - len(own)
    with Store(pg_url) as store:
        created = store.conn.execute(
            "SELECT count(*), count(DISTINCT h.case_id) FROM case_history h JOIN cases c ON "
            "c.id = h.case_id WHERE h.field = 'created' AND h.new = c.ref").fetchone()
        assert created == (len(rows) + 1, len(rows) + 1)


def test_a_refused_file_leaves_the_next_reference_number_where_it_was(tmp_path, pg_url):
    """The first batches' numbers are reserved as they are written; a problem in the last
    batch refuses the file, and the numbers go back: the next case takes the next one."""
    rows = _good_rows(BATCH * 2 + 300)
    for row in rows:
        row[0] = ""
    rows[-1][6] = "grumble"
    (file_result, _), (log_result, _) = _import_both(tmp_path, pg_url, rows)
    assert file_result == log_result and file_result[0][1] == "kind"
    for target in (tmp_path / "file.db", pg_url):
        with Store(target) as store:
            case = store.cases.add(customer={"name": "Next"}, kind="question",
                                   summary="After", occurred_at="2026-06-01 09:00")
            assert case.ref == "GW-2026-00101"
