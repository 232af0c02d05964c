"""The case list: which cases match a filter, in which order, and their list rows; the
counts and names the window's panels show."""
from __future__ import annotations

from array import array
from functools import lru_cache, partial
from typing import Iterable

from data import due, pg, search_words
from data.cases import Cases
from data.database import Database
from data.model import LIVE, TRASHED, Case, CaseCounts, CaseFilter, CaseRow, iso, now, parse_when

SORTABLE = {
    "ref": "cases.ref", "occurred_at": "cases.occurred_ts", "customer": "cases.customer_name",
    "kind": "cases.kind", "category": "cases.category", "status": "cases.status",
    "staff": "cases.staff", "age": "cases.occurred_ts",
    "severity": "CASE cases.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 "
                "WHEN 'medium' THEN 2 ELSE 1 END",
}
# What one line of the case list shows (data.model.CaseRow), overdue flag and checklist
# progress included.
ID_PAGE = 100_000  # ids read in one step when the full list comes a page at a time
_SEARCH_CLAUSE = "cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :q)"
# From this many matches a search's first screen walks the date index instead of sorting
# the matches (at a million cases that is one case in 100, so a screenful turns up within
# about 20,000 index entries); fewer matches sort faster than a walk past most cases.
SEARCH_WALK_HITS = 10_000
# A search's first screen newest first is looked for among this many newest cases first,
# with the full-text match limited to their id range (most of a million ids need not be
# read); only when fewer than a screenful match there does it search everything.
SEARCH_WINDOW = 20_000
# ... and before that among this many newest. A window costs what it holds (its ids and
# matches are all read), so a common word's screenful, found among these, costs the same in
# every log larger than this (the larger window alone cost a log of 10,000 cases, which it
# covers whole, half of what it cost in larger logs).
SEARCH_FIRST_WINDOW = 5_000

@lru_cache(maxsize=None)
def _row_columns(eng) -> str:
    return (
        "cases.id, ref, occurred_at, customer_name, kind, category, severity, status, staff, "
        f"summary, {due.overdue_sql(eng)}, "
        "(SELECT count(*) FROM case_checklist_steps st JOIN case_checklists cl "
        " ON cl.id = st.checklist_id WHERE cl.case_id = cases.id AND st.done_at IS NOT NULL), "
        "(SELECT count(*) FROM case_checklist_steps st JOIN case_checklists cl "
        " ON cl.id = st.checklist_id WHERE cl.case_id = cases.id)"
    )


# A list row straight from its 13-column tuple: a third cheaper than CaseRow._make, which
# checks the length each time (a first screen builds 200 of them).
_case_row = partial(tuple.__new__, CaseRow)


@lru_cache(maxsize=1)
def _fts_quoter():
    """The sqlite-utils Database whose quote_fts quotes a search (it never touches its own
    in-memory connection): one for the process, where one a search opened a connection and
    registered plugin hooks each time."""
    # Imported here, not at the top: sqlite-utils (and what it pulls in) would slow
    # every start of the window, and only a search needs it.
    import sqlite_utils

    return sqlite_utils.Database(memory=True)


def fts_query(text: str) -> str:
    """User words to an FTS5 query: every word must appear, the last one as a prefix."""
    if not any(ch.isalnum() for ch in text):
        return ""  # punctuation only: no word to find (as on PostgreSQL, pg.search_query)
    quoted = _fts_quoter().quote_fts(text.strip())
    if not quoted:
        return ""
    return quoted + "*" if quoted.endswith('"') else quoted


class CaseList:
    """store.case_list: the list of cases the window and the reports read."""

    def __init__(self, db: Database, cases: Cases):
        self._db = db
        self._cases = cases
        self._names_cache: dict[str, tuple] = {}

    def _search(self, text: str) -> tuple[str, str]:
        """(WHERE clause, its :q) for the user's words: FTS5 in a file, tsvector on PostgreSQL."""
        if self._db.url:
            return pg.SEARCH_CLAUSE, pg.search_query(text)
        return _SEARCH_CLAUSE, search_words.whole_words(self._db.conn, fts_query(text),
                                                        str(self._db.path))

    def _where(self, flt: CaseFilter) -> tuple[str, dict]:
        clauses, params = [LIVE], {"now": iso(now())}
        if flt.search.strip():
            clause, query = self._search(flt.search)
            found = []
            if query:
                found.append(clause)
                params["q"] = query
            refs = self._cases.ref_lookups(flt.search)
            if refs:  # a reference or its number finds its case, whatever the words say
                names = [f"ref{i}" for i in range(len(refs))]
                params.update(zip(names, refs))
                found.append(f"cases.ref IN ({', '.join(':' + n for n in names)})")
            # Only punctuation: no word to find, so nothing matches (both engines).
            clauses.append(f"({' OR '.join(found)})" if found else "1 = 0")
        for key in ("kind", "status", "category", "staff"):
            value = getattr(flt, key)
            if value:
                clauses.append(f"cases.{key} = :{key}")
                params[key] = value
        if flt.customer_id is not None:
            clauses.append("cases.customer_id = :customer_id")
            params["customer_id"] = flt.customer_id
        if flt.date_from:
            clauses.append("cases.occurred_ts >= :from_ts")
            params["from_ts"] = int(parse_when(flt.date_from).timestamp())
        if flt.date_to:
            clauses.append("cases.occurred_ts <= :to_ts")
            params["to_ts"] = int(parse_when(flt.date_to, end_of_day=True).timestamp())
        if flt.overdue:
            clauses.append(due.overdue_sql(self._db.eng))
        if flt.assigned_to:
            clauses.append("cases.assigned_to = :assigned_to")
            params["assigned_to"] = flt.assigned_to
        if flt.awaiting_approval:
            clauses.append("cases.id IN (SELECT case_id FROM remedies "
                           "WHERE status = 'awaiting_approval')")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def ids(self, flt: CaseFilter = CaseFilter(), sort: str = "occurred_at",
            descending: bool = True, limit: int | None = None, offset: int = 0) -> array:
        """Ids of matching cases in display order, as a compact array (4 or 8 bytes a case)."""
        sql, params, order = self._id_query(flt, sort, descending,
                                            first_screen=limit is not None and limit <= 1000)
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params.update(limit=limit, offset=offset)
            return array("q", (r[0] for r in self._db.conn.execute(sql, params)))
        # The whole list is built by SQLite in a few steps that run with the GIL released: a
        # worker loading a million ids this way does not stall the window's thread, which
        # needs the GIL back after each of its own queries (row-by-row fetching held it).
        # The ORDER BY subquery of an aggregate is never flattened, so the order is kept.
        largest = self._db.one("SELECT max(id) FROM cases")[0] or 0
        ids = array("i" if largest < 2 ** (8 * array("i").itemsize - 1) else "q")
        # Other orders, and searches (whose FTS match would run again for every page), take
        # one statement.
        if not order.startswith("cases.occurred_ts ") or flt.search.strip():
            _extend_ids(ids, self._db.one(f"SELECT {self._ids_text} FROM ({sql}) AS page",
                                          params)[0])
            return ids
        # In date order (the window's usual list) the ids come a page at a time, each page
        # starting after the last one's final (date, id): only one page of text is held at
        # once (all the ids' rows at once peaked well above the finished list's memory).
        after = f"(cases.occurred_ts, cases.id) {'<' if order.endswith('DESC') else '>'} (:ts, :id)"
        # Ids are distinct positive integers up to `largest`: no list has more pages.
        for _page in range(largest // ID_PAGE + 1):
            packed = self._db.one(f"SELECT {self._ids_text} FROM ({sql} LIMIT {ID_PAGE}) AS page",
                                  params)[0]
            if _extend_ids(ids, packed) < ID_PAGE:
                return ids
            # The same `now` for every page: the overdue test gives one answer per case.
            sql, params = self._id_query(flt, sort, descending, after)[0], {**params}
            params.update(id=ids[-1], ts=self._db.one("SELECT occurred_ts FROM cases WHERE id = ?",
                                                      (ids[-1],))[0])
        raise RuntimeError("the case list did not come to an end (pages out of order)")

    @property
    def _ids_text(self) -> str:
        """The aggregate that returns a list's ids as b'3,1,2' (in the subquery's order)."""
        return self._db.eng.id_list("id")

    def _id_query(self, flt: CaseFilter, sort: str, descending: bool,
                  after: str = "", first_screen: bool = False) -> tuple[str, dict, str]:
        """SELECT of the matching ids in display order, its parameters, and the ORDER BY;
        `after` is one more condition (where a page of the list starts); `first_screen`
        when only the first few ids will be read (a LIMIT)."""
        where, params = self._where(flt)
        if first_screen and "q" in params and not self._db.url \
                and SORTABLE.get(sort) == "cases.occurred_ts" and self._common_search(params["q"]):
            # A word in many cases: walk the date index newest first and stop at the
            # screenful, testing each case against the match list (the unary + keeps SQLite
            # from driving the loop by the matches, which fetched and sorted every one,
            # where this walk stops as soon as the screen is full).
            where = where.replace(_SEARCH_CLAUSE, "+" + _SEARCH_CLAUSE)
        if after:
            where = f"{where} AND {after}" if where else f" WHERE {after}"
        order = SORTABLE.get(sort, SORTABLE["occurred_at"])
        direction = "DESC" if descending else "ASC"
        if sort == "age":
            direction = "ASC" if descending else "DESC"
        order = f"{order} {direction}, cases.id {direction}"
        return f"SELECT cases.id FROM cases{where} ORDER BY {order}", params, order

    def _common_search(self, query: str) -> bool:
        """True when at least SEARCH_WALK_HITS cases match (counted no further)."""
        return self._db.one("SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts "
                         "MATCH ? LIMIT ?)", (query, SEARCH_WALK_HITS))[0] >= SEARCH_WALK_HITS

    def first_rows(self, flt: CaseFilter = CaseFilter(), sort: str = "occurred_at",
                   descending: bool = True, limit: int = 200) -> list[CaseRow]:
        """The first `limit` list rows in display order, in one statement: a first screen
        without first fetching its ids (what ids + rows give in two)."""
        # Written into the statement, not bound: PostgreSQL plans a bound LIMIT slower,
        # as a generic plan that cannot count on a small screenful.
        limit = int(limit)
        if sort == "occurred_at" and descending and flt.search.strip() and not self._db.url:
            # (FTS5's seek to an id range; on PostgreSQL the GIN match and the date index
            # find a screenful directly, and the window's set-up query walks the primary key.)
            found = self._recent_matches(flt, limit)
            if found is not None:
                return found
        sql, params, order = self._id_query(flt, sort, descending, first_screen=True)
        if self._db.url:
            # PostgreSQL computes the costly columns (overdue, checklist counts) after its
            # top-N sort, for the rows it returns only, so one flat statement is faster
            # there than finding the ids first and reading their rows after.
            where, params = self._where(flt)
            statement = (f"SELECT {_row_columns(self._db.eng)} FROM cases{where} ORDER BY {order} "
                         f"LIMIT {limit}")
        elif flt == CaseFilter() and SORTABLE.get(sort) == "cases.occurred_ts":
            # The window's opening screen: SQLite walks the date index and stops after
            # `limit` rows, computing the overdue flag for those only.
            statement = (f"SELECT {_row_columns(self._db.eng)} FROM cases WHERE {LIVE} "
                         f"ORDER BY {order} LIMIT {limit}")
        else:
            # Filtered or sorted otherwise, a flat LIMIT would compute the flag for every
            # match before sorting: the ids are limited first.
            statement = (f"SELECT {_row_columns(self._db.eng)} FROM cases WHERE cases.id IN "
                         f"({sql} LIMIT {limit}) ORDER BY {order}")
        # fetchall steps through the rows in C: iterating the cursor from Python cost a
        # tenth of a first screen.
        return list(map(_case_row, self._db.conn.execute(statement, params).fetchall()))

    def _recent_matches(self, flt: CaseFilter, limit: int) -> list[CaseRow] | None:
        """A search's first `limit` rows newest first, looked for among the
        SEARCH_FIRST_WINDOW newest cases, then the SEARCH_WINDOW newest: the full-text match
        is limited to a window's id range (FTS5 seeks to it) and the date walk stops at the
        window's end. None when fewer than `limit` match in both (the caller then searches
        everything). A common word in a large log would otherwise put every match in a
        temporary index."""
        where, params = self._where(flt)
        if "q" not in params:
            return None
        for window in dict.fromkeys((min(SEARCH_FIRST_WINDOW, SEARCH_WINDOW), SEARCH_WINDOW)):
            rows = self._window_matches(where, dict(params), window, limit)
            if rows is not None:
                return rows
        return None

    def _window_matches(self, where: str, params: dict, window: int,
                        limit: int) -> list[CaseRow] | None:
        """_recent_matches among the `window` newest cases."""
        order = "cases.occurred_ts DESC, cases.id DESC"
        # The window: every case at least as new as the window-th newest (all of them in
        # a smaller file), and the range its ids lie in.
        edge = self._db.one(f"SELECT occurred_ts FROM cases ORDER BY {order} LIMIT 1 OFFSET ?",
                            (window - 1,))
        everything = edge is None
        since = -2 ** 62 if everything else edge[0]
        lo, hi = self._db.one("SELECT min(id), max(id) FROM cases WHERE occurred_ts >= ?", (since,))
        if lo is None:
            return []
        where = where.replace(_SEARCH_CLAUSE, (
                              "+cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :q AND rowid "
                              "BETWEEN :win_lo AND :win_hi) AND cases.occurred_ts >= :win_ts"))
        params.update(win_lo=lo, win_hi=hi, win_ts=since, limit=limit)
        rows = list(map(_case_row, self._db.conn.execute(
            f"SELECT {_row_columns(self._db.eng)} FROM cases WHERE cases.id IN (SELECT cases.id FROM "
            f"cases{where} ORDER BY {order} LIMIT :limit) ORDER BY {order}", params)))
        # Exact when a screenful matched inside the window (every match outside it is
        # older than all of them), or when the window is every case.
        return rows if len(rows) == limit or everything else None

    def count(self, flt: CaseFilter = CaseFilter()) -> int:
        where, params = self._where(flt)
        return self._db.one(f"SELECT count(*) FROM cases{where}", params)[0]

    def rows(self, ids: Iterable[int]) -> list[CaseRow]:
        """List rows for these ids, in the order given (ids not found are skipped)."""
        ids = list(ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        columns = _row_columns(self._db.eng)
        sql = (f"SELECT {columns.replace(':now', '?')} FROM cases WHERE {LIVE} AND "
               f"cases.id IN ({marks})")
        args = [iso(now())] * columns.count(":now") + ids
        found = {r[0]: r for r in map(_case_row, self._db.conn.execute(sql, args))}
        return [found[i] for i in ids if i in found]

    def cases(self, flt: CaseFilter = CaseFilter(), limit: int | None = None) -> list[Case]:
        return [self._cases.by_id(i) for i in self.ids(flt, limit=limit)]

    def counts(self) -> CaseCounts:
        params = {"now": iso(now())}
        # The whole table counted off its smallest index, less the Trash (its partial
        # index): a count of the live rows alone would read every row.
        total = self._db.one(f"SELECT (SELECT count(*) FROM cases) - "
                          f"(SELECT count(*) FROM cases WHERE {TRASHED})")[0]
        open_ = self._db.one(f"SELECT count(*) FROM cases WHERE status IN ('open', 'in_progress') "
                          f"AND {LIVE}")[0]
        overdue = self._db.one(f"SELECT count(*) FROM cases WHERE {due.overdue_sql(self._db.eng)} "
                               f"AND {LIVE}",
                               params)[0]
        return CaseCounts(total, open_, overdue)

    def categories(self, limit: int = 200) -> list[str]:
        """Past categories, most used first, for autocomplete."""
        return self._names("category", limit)

    def staff_names(self, limit: int = 200) -> list[str]:
        """Staff named on past cases, most named first."""
        return self._names("staff", limit)

    def _names(self, column: str, limit: int) -> list[str]:
               # A scan of every case, slow in a large log, asked for whenever a form or panel
               # opens: kept until this connection writes or another one commits (data_version).
        version = (self._db.data_version(), self._db.changes)
        cache = self._names_cache
        if cache.get(column, (None,))[0] != version:
            cache[column] = (version, [r[0] for r in self._db.conn.execute(
                f"SELECT {column} FROM cases WHERE {column} <> '' AND {LIVE} GROUP BY {column} "
                f"ORDER BY count(*) DESC, {column} LIMIT 500")])
        return cache[column][1][:limit]

    def total(self) -> int:
        """Every case the file holds, the Trash included (count() counts the live)."""
        return self._db.one("SELECT count(*) FROM cases")[0]


def _extend_ids(ids: array, packed: bytes | None) -> int:
    """Append b'3,1,2' to `ids` and return how many there were, parsed in small slices: the
    GIL is never held for long and only a few thousand temporary objects live at once (a
    million at once left ~8 MB of freed small-object arenas behind in the window's memory)."""
    packed = packed or b""
    start = count = 0
    while start < len(packed):
        end = packed.find(b",", start + 60_000)
        end = len(packed) if end < 0 else end
        part = array(ids.typecode, map(int, packed[start:end].split(b",")))
        ids.extend(part)
        count += len(part)
        start = end + 1
    return count

