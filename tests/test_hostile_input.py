"""Text a hostile or careless user types into a search: the same answer on both engines, and
never a traceback."""
from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

import pytest

from data.model import CaseFilter


def run_cli(*args) -> tuple[int, str, str]:
    import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def logged(store):
    for summary in ("Cold soup at lunch", "C++ course booking", "Wobbly table -- again"):
        store.cases.add(customer={"name": "Ann Example"}, kind="complaint", summary=summary)
    return store


@pytest.mark.parametrize("text", ["!!!", "--", "'\"", "*", "(", "%_", "\\"])
def test_a_search_of_punctuation_only_finds_nothing_on_either_engine(logged, text):
    assert logged.case_list.count(CaseFilter(search=text)) == 0


def test_words_beside_punctuation_are_still_found(logged):
    assert logged.case_list.count(CaseFilter(search="soup!!!")) == 1
    assert logged.case_list.count(CaseFilter(search="(booking)")) == 1


def test_an_option_whose_value_is_two_dashes_is_read_as_that_text(logged, target):
    logged.close()
    code, out, err = run_cli("--db", target, "list", "--search=--")
    assert (code, out, err) == (0, "", "")
    code, out, err = run_cli("--db", target, "list", "--search=soup")
    assert code == 0 and out.count("GW-") == 1, err
