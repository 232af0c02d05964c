"""A 200,000-case file: the list holds ids, fetches only what is shown, and stays bounded."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bigdb import make_cases
from data.model import CaseFilter
from data.store import Store
from ui.case_model import BLOCK, CACHE_ROWS
from ui_support import open_window, settle

CASES = 200_000


@pytest.fixture(scope="module")
def big_path(tmp_path_factory):
    return make_cases(tmp_path_factory.mktemp("big") / "big.db", CASES)


@pytest.fixture
def big_store(big_path):
    store = Store(big_path, quick_check=False)
    yield store
    store.close()


def _visit(window, qtbot, rows):
    """Scroll to each row and let the view paint it, as the owner dragging the scrollbar."""
    table = window.table
    for row in rows:
        table.scrollTo(window.model.index(row, 0), table.ScrollHint.PositionAtTop)
        table.viewport().repaint()
        assert window.model.row_at(row) is not None


def test_scrolling_a_200k_list_keeps_a_few_thousand_rows(qtbot, big_store, tmp_path):
    window = open_window(qtbot, big_store, tmp_path)
    model = window.model
    assert model.rowCount() == CASES
    _visit(window, qtbot, range(0, CASES, CASES // 60))
    _visit(window, qtbot, [CASES - 1, CASES // 2, 17])
    assert model.peak_cached <= CACHE_ROWS + BLOCK
    assert model.cached_rows() <= CACHE_ROWS
    # Fetched roughly a screenful for each place visited, nowhere near the whole file.
    assert model.rows_fetched < 100 * BLOCK
    first = model.row_at(0)
    assert first.ref == big_store.case_list.rows(big_store.case_list.ids(limit=1))[0].ref


def test_sorting_and_searching_200k_stay_bounded(qtbot, big_store, tmp_path):
    window = open_window(qtbot, big_store, tmp_path)
    model = window.model
    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)   # customer
    settle(window, qtbot)
    assert model.rowCount() == CASES
    _visit(window, qtbot, [0, CASES // 3, CASES - 1])
    names = [model.row_at(r).customer_name for r in (0, CASES // 3, CASES - 1)]
    assert names == sorted(names)

    window.search.setText("noisy")
    qtbot.waitUntil(lambda: model.flt.search == "noisy")  # after the typing pause
    settle(window, qtbot)
    expected = big_store.case_list.count(CaseFilter(search="noisy"))
    assert 0 < model.rowCount() == expected < CASES
    _visit(window, qtbot, [0, expected - 1])
    assert "noisy" in model.row_at(expected - 1).summary
    assert model.peak_cached <= CACHE_ROWS + BLOCK
    assert model.rows_fetched < 20 * BLOCK
