"""The number printed on every letter finds its case: the whole reference in any letter
case, or the number alone, in the search box and on the command line."""
from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

import pytest

from data.errors import Invalid, NotFound
from data.model import CaseFilter


@pytest.fixture
def logged(store):
    refs = [store.cases.add(customer={"name": f"Guest {i}"}, kind="question",
                            summary=f"Question {i}", occurred_at="2026-03-0%d 10:00" % (1 + i % 9)
                            ).ref for i in range(12)]
    return store, refs


def found(store, text: str) -> list[str]:
    return [store.cases.by_id(i).ref for i in store.case_list.ids(CaseFilter(search=text))]


def test_the_search_finds_a_case_by_its_whole_reference_in_any_letter_case(logged):
    store, refs = logged
    ref = refs[4]
    assert found(store, ref) == [ref]
    assert found(store, ref.lower()) == [ref]
    assert found(store, f"  {ref.lower()} ") == [ref]


def test_the_search_finds_a_case_by_its_number_alone(logged):
    store, refs = logged
    ref = refs[10]
    number = ref.rsplit("-", 1)[1]  # 00011
    assert ref in found(store, number)
    assert ref in found(store, str(int(number)))


def test_a_lookup_takes_the_number_or_any_letter_case(logged):
    store, refs = logged
    ref = refs[2]
    assert store.cases.get(ref.lower()).ref == ref
    assert store.cases.get(str(int(ref.rsplit("-", 1)[1]))).ref == ref
    with pytest.raises(NotFound, match="no case with reference 999"):
        store.cases.get("999")


def test_a_number_used_in_two_years_asks_for_the_whole_reference(store):
    a = store.cases.add(customer={"name": "Ann"}, kind="question", summary="x",
                        ref="GW-2025-00007")
    b = store.cases.add(customer={"name": "Bob"}, kind="question", summary="y",
                        ref="GW-2026-00007")
    with pytest.raises(Invalid, match=f"{a.ref} or {b.ref}"):
        store.cases.get("7")
    assert sorted(found(store, "7")) == [a.ref, b.ref]


def test_show_takes_the_number_and_a_lower_case_reference(logged, target):
    import main

    store, refs = logged
    store.close()
    for asked in (refs[3].lower(), str(int(refs[3].rsplit("-", 1)[1]))):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main.main(["--db", str(target), "show", asked, "--json"])
        assert code == 0, err.getvalue()
        assert f'"ref": "{refs[3]}"' in out.getvalue()


def test_the_search_box_finds_the_number_and_says_when_the_shown_case_drops_out(
        qtbot, demo_store, tmp_path):
    from tests.ui_support import open_window, settle

    window = open_window(qtbot, demo_store, tmp_path)
    view = window.case_view
    first = view.case
    other = demo_store.cases.by_id(demo_store.case_list.ids(CaseFilter())[-1])
    assert other.id != first.id
    qtbot.keyClicks(window.search, str(int(other.ref.rsplit("-", 1)[1])))
    settle(window, qtbot)
    assert other.id in window.model.ids
    if first.id not in window.model.ids:
        qtbot.waitUntil(lambda: view.case is None, timeout=5_000)
        assert first.ref in view.title.text() and "not among" in view.title.text()
    window.search.clear()
    qtbot.keyClicks(window.search, other.ref.lower())
    settle(window, qtbot)
    assert list(window.model.ids) == [other.id]
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: view.case is not None and view.case.id == other.id, timeout=5_000)
    window.search.clear()
    qtbot.keyClicks(window.search, "no such words anywhere")
    settle(window, qtbot)
    qtbot.waitUntil(lambda: view.case is None, timeout=5_000)
    assert other.ref in view.title.text()
    assert view.message.text()
