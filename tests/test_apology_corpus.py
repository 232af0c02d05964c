"""The apology check measured on the labelled corpus of real public apologies and
non-apologies (tests/apology_corpus): the targets of issue 27, with the per-component
precision and recall printed (pytest -s shows them)."""
from __future__ import annotations

from tools.apology_eval import evaluate, load_corpus, table

ENTRIES = load_corpus()
REPORT = evaluate(ENTRIES)


def test_the_corpus_is_large_enough_and_not_only_english():
    assert len(ENTRIES) >= 60
    assert sum(e["language"] != "en" for e in ENTRIES) >= 15
    assert {e["label"] for e in ENTRIES} == {"good", "non-apology"}
    assert all(e["source"].strip() and e["reason"].strip() and e["form"] in ("verbatim", "excerpt")
               for e in ENTRIES)


def test_nine_in_ten_non_apologies_are_flagged():
    print("\n" + table(REPORT))
    assert REPORT.flagged_rate >= 0.90, REPORT.missed


def test_nine_in_ten_good_apologies_pass_without_a_false_alarm():
    assert REPORT.passed_rate >= 0.90, REPORT.false_alarms


def test_responsibility_is_found_in_at_least_85_percent_of_the_texts_that_take_it():
    assert REPORT.components["responsibility"].recall >= 0.85
