"""The case list as a Qt table model that holds only ids and fetches rows by the screenful."""
from __future__ import annotations

from array import array
from collections import OrderedDict
from datetime import datetime
from operator import itemgetter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor

from data.model import CaseFilter, CaseRow
from ui.i18n import label, shown_when  # noqa: F401  (the views take label from here)

# (sort key understood by Store.case_list.ids, header). "checklist" is shown but not sortable.
# Headers are translated where they are shown (column_title).
COLUMNS = (
    ("ref", QT_TRANSLATE_NOOP("CaseColumns", "Ref")),
    ("occurred_at", QT_TRANSLATE_NOOP("CaseColumns", "Date")),
    ("customer", QT_TRANSLATE_NOOP("CaseColumns", "Customer")),
    ("kind", QT_TRANSLATE_NOOP("CaseColumns", "Kind")),
    ("category", QT_TRANSLATE_NOOP("CaseColumns", "Category")),
    ("severity", QT_TRANSLATE_NOOP("CaseColumns", "Severity")),
    ("status", QT_TRANSLATE_NOOP("CaseColumns", "Status")),
    ("staff", QT_TRANSLATE_NOOP("CaseColumns", "Staff")),
    ("age", QT_TRANSLATE_NOOP("CaseColumns", "Age")),
    ("checklist", QT_TRANSLATE_NOOP("CaseColumns", "Checklist")),
)
SORT_KEYS = tuple(key for key, _ in COLUMNS if key != "checklist")

FIRST_SCREEN = 200   # ids fetched with LIMIT for the first paint, before the full list
BLOCK = 100          # rows fetched together when the view asks for one we do not hold
CACHE_ROWS = 3000    # rows kept in memory at most; the oldest used are dropped first
FULL_LIST_WAIT_MS = 300  # at the latest, the full list starts this long after a quick reload

_first = itemgetter(0)  # a row's id

# A translucent tint reads on light and dark palettes alike.
OVERDUE_TINT = QColor(220, 50, 50, 55)
# The roles the list answers, as the ints Qt passes to data().
_DISPLAY, _BACKGROUND, _TOOLTIP, _USER = (
    Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.BackgroundRole.value,
    Qt.ItemDataRole.ToolTipRole.value, Qt.ItemDataRole.UserRole.value)
_ROLES = frozenset((_DISPLAY, _BACKGROUND, _TOOLTIP, _USER))


def column_title(key: str) -> str:
    """A column's header in the window's language."""
    return QCoreApplication.translate("CaseColumns", dict(COLUMNS)[key])


def age_text(occurred_at: str, now: datetime) -> str:
    try:
        seconds = (now - datetime.fromisoformat(occurred_at)).total_seconds()
    except (TypeError, ValueError):
        return ""
    if seconds < 3600:
        return QCoreApplication.translate("Age", "< 1 h")
    if seconds < 86400:
        return QCoreApplication.translate("Age", "%1 h", "hours").replace(
            "%1", str(int(seconds // 3600)))
    days = int(seconds // 86400)
    if days < 60:
        return QCoreApplication.translate("Age", "%1 d", "days").replace("%1", str(days))
    if days < 730:
        return QCoreApplication.translate("Age", "%1 mo", "months").replace(
            "%1", str(days // 30))
    return QCoreApplication.translate("Age", "%1 y", "years").replace("%1", str(days // 365))


class CaseTableModel(QAbstractTableModel):
    """Rows are fetched from the store in blocks when the view paints them and kept in a
    small LRU cache, so a million cases cost an id array (8 bytes each) and a few thousand
    rows. The id query runs on a worker thread; `rows_fetched` and `peak_cached` let tests
    and the owner see how much was read."""

    ids_loaded = Signal(bool)  # a new id list is in place; True when it is the full list

    def __init__(self, ctx, flt: CaseFilter = CaseFilter(), sort: str = "occurred_at",
                 descending: bool = True, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.flt = flt
        self.sort_key = sort if sort in SORT_KEYS else "occurred_at"
        self.descending = descending
        self.ids = array("q")
        self.complete = False
        self.rows_fetched = 0
        self.peak_cached = 0
        self._cache: OrderedDict[int, CaseRow] = OrderedDict()
        # The rows that came with the ids of the first screen, by position: looked up with
        # one list index as they are painted (the LRU cache's lookup and move per row
        # add up over a first screen); valid while the list starts with their ids.
        self._screen: list[CaseRow] = []
        self._generation = 0
        self._full_list_pending = None
        self._full_list_waits = False  # for the first row read, or the timer, to start it
        # QObject timers start a pending full list (timerEvent): a QTimer or singleShot
        # costs more than the rest of the model's work for a first screen.
        self._full_list_timers: list[int] = []
        self._jobs: list = []  # background queries of the current list, cancelled when superseded
        self._now = None  # set by each reload (rows only come from one), for the Age column

    # ---- what to show --------------------------------------------------------------------
    def set_filter(self, flt: CaseFilter) -> None:
        if flt != self.flt:
            self.flt = flt
            self.reload()

    def sort(self, column: int, order=Qt.SortOrder.DescendingOrder) -> None:
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "checklist" or (key == self.sort_key and descending == self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        return [k for k, _ in COLUMNS].index(self.sort_key)

    def reload(self, *, quick: bool = False, keep_rows: bool = False) -> None:
        """Query the ids again. `quick` first runs a LIMIT-ed query on this thread so the
        first screen paints at once; the full list always comes from a worker. `keep_rows`
        (after a write) keeps showing the old rows until the new list arrives."""
        self._cancel_jobs()
        generation = self._generation
        flt, sort, desc = self.flt, self.sort_key, self.descending
        self._now = datetime.now().astimezone()
        if not keep_rows:
            self._cache.clear()
            self._screen = []
        if quick:
            # Ids and rows of the first screen in one query: the view paints from the cache.
            rows = self.ctx.store.case_list.first_rows(flt, sort, desc, limit=FIRST_SCREEN)
            self.rows_fetched += len(rows)
            self._set_ids(array("q", map(_first, rows)), complete=len(rows) < FIRST_SCREEN,
                          fresh=True, rows=rows)
            if self.complete:
                return

        def all_ids(store, _progress):
            return store.case_list.ids(flt, sort, desc)

        def start_full_list():
            self._jobs.append(self.ctx.run_in_background(
                all_ids, lambda ids: self._arrived(generation, ids, fresh=keep_rows)))

        self.complete = False
        if quick:
            # The full list waits until the first screen's rows have been read (or for
            # FULL_LIST_WAIT_MS): scanning a million ids at the same time takes the cores
            # the first screen needs (bench/run.py measures both).
            self._full_list_pending, self._full_list_waits = start_full_list, True
            self._full_list_timers.append(self.startTimer(FULL_LIST_WAIT_MS))
        elif keep_rows:
            start_full_list()
        else:
            # A new filter or order (a search as it is typed): the first screen, rows and
            # all, comes from a worker; the full list starts FULL_LIST_WAIT_MS after it, so
            # while the owner types only first screens run, each cancelling the one before.
            def first_screen(store, _progress):
                return store.case_list.first_rows(flt, sort, desc, limit=FIRST_SCREEN)

            def screen_arrived(rows):
                if generation != self._generation:
                    return
                self.rows_fetched += len(rows)
                self._set_ids(array("q", [r[0] for r in rows]),
                              complete=len(rows) < FIRST_SCREEN, fresh=True, rows=rows)
                if not self.complete:
                    self._full_list_pending = start_full_list
                    self._full_list_timers.append(self.startTimer(FULL_LIST_WAIT_MS))

            self._jobs.append(self.ctx.run_in_background(first_screen, screen_arrived))

    def timerEvent(self, event) -> None:
        if event.timerId() not in self._full_list_timers:
            return super().timerEvent(event)
        for timer in self._full_list_timers:
            self.killTimer(timer)
        self._full_list_timers.clear()
        self._start_full_list()

    def _start_full_list(self) -> None:
        start, self._full_list_pending, self._full_list_waits = self._full_list_pending, None, False
        if start is not None:
            start()

    def cancel(self) -> None:
        """Stop the queries still running and ignore their answers (their window is closing)."""
        self._cancel_jobs()

    def _cancel_jobs(self) -> None:
        self._generation += 1
        self._full_list_pending, self._full_list_waits = None, False
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()

    def _arrived(self, generation: int, ids: array, *, fresh: bool = False):
        if generation != self._generation:
            return  # the owner has asked for something else since
        self._set_ids(ids, complete=True, fresh=fresh)

    def _set_ids(self, ids: array, *, complete: bool, fresh: bool, rows=()) -> None:
        old = self.ids
        if fresh:
            self._cache.clear()
            self._screen = []
        if len(old) and len(ids) >= len(old) and ids[:len(old)] == old:
            # Same rows first: extend in place so the selection and scroll position stay.
            if len(ids) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(ids) - 1)
                self.ids = ids
                self.endInsertRows()
            if fresh and len(old):
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(old) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.ids = ids
            self._cache.clear()
            self._screen = []
            self.endResetModel()
        if rows:  # fetched together with the ids, which begin with theirs
            self._screen = rows if isinstance(rows, list) else list(rows)
        self.complete = complete
        self.ids_loaded.emit(complete)

    # ---- rows on demand ----------------------------------------------------------------------
    def row_at(self, row: int) -> CaseRow | None:
        if self._full_list_waits:
            # The view is painting the first screen: the full list starts right after it.
            self._full_list_waits = False
            self._full_list_timers.append(self.startTimer(0))
        screen = self._screen  # (attributes of a Qt object cost 3 times a plain one's)
        if row < len(screen):
            return screen[row]
        case_id = self.ids[row]
        found = self._cache.get(case_id)
        if found is not None:
            self._cache.move_to_end(case_id)
            return found
        start = row - row % BLOCK
        fetched = self.ctx.store.case_list.rows(self.ids[start:start + BLOCK])
        self.rows_fetched += len(fetched)
        for item in fetched:
            self._cache[item.id] = item
        self.peak_cached = max(self.peak_cached, len(self._cache))
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(case_id)

    def cached_rows(self) -> int:
        return len(self._cache)

    def row_of(self, case_id: int) -> int:
        """Position of a case in the list, or -1 (a linear scan of the id array)."""
        try:
            return self.ids.index(case_id)
        except ValueError:
            return -1

    # ---- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role=_DISPLAY):
        # Called for every role of every painted cell (seven per cell, 2,000 a screen):
        # the roles we answer are plain ints, so the others cost one set lookup.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == _USER:
            return row
        if role == _BACKGROUND:
            return OVERDUE_TINT if row.overdue else None
        if role == _TOOLTIP:
            return (self.tr("Overdue: %1").replace("%1", row.summary) if row.overdue
                    else row.summary)
        key = COLUMNS[index.column()][0]
        if key == "ref":
            return row.ref
        if key == "occurred_at":
            return shown_when(row.occurred_at)
        if key == "customer":
            return row.customer_name
        if key == "category":
            return row.category
        if key == "staff":
            return row.staff
        if key == "status":
            return ("⚠ " if row.overdue else "") + label(row.status)
        if key == "age":
            return age_text(row.occurred_at, self._now)
        if key == "checklist":
            return f"{row.checklist_done}/{row.checklist_total}" if row.checklist_total else ""
        return label(getattr(row, key))
