"""The reference numbers a shared-log import gives the cases that come without one.

The rule is a file's (data/import_writer.py, RowWriter): a year's cases without a reference
take that year's next numbers in file order, after the file's own highest number of the
year and after every number other desks have taken; no number is taken twice.

On the shared log a batch is written while the next one is checked, before the file's own
numbers are all known. So, a year at a time:

* While the file has brought no number of its own in a year, that year's cases of a batch
  get their references in the batch's INSERT: the numbers are reserved just before, in a
  short transaction of their own under the log's write lock, so a desk saving meanwhile
  takes the numbers after them and never waits for the import. A refused file gives them
  back when no desk has taken one after them.
* Once the file has brought a number of its own in a year before any of its cases were
  numbered, they wait under a placeholder and are numbered at the end, when the highest
  is known (one UPDATE a year). So do cases already numbered when a later batch brings a
  number of that year as high as theirs: they go back under a placeholder before that
  batch is written, so the file's own number is never taken by one of them.
"""
from __future__ import annotations

from collections import Counter

from data.cases import REF_PATTERN


def ref_text(year: int, number: int) -> str:
    return f"GW-{year}-{number:05d}"


# The references of a run of numbers, as the SQL the end's numbering writes them.
_RUN_REFS = ("SELECT ? || lpad(n::text, greatest(5, length(n::text)), '0') "
             "FROM generate_series(?::bigint, ?::bigint) AS n")


class RefNumbers:
    """One import's reference numbers on a shared log, kept by BulkWriter: `own` for each
    reference the file brings, `batch` for the years of a batch's cases without one, in
    file order (their references, or placeholders, and what `rename` must put back under
    a placeholder before that batch is written), `reserve_rest` for the placeholders'
    numbering at the end, `give_back` when the file was refused."""

    def __init__(self, side, tag: str):
        self.side, self.tag = side, tag
        self.own_max: dict[int, int] = {}              # year -> the file's highest number
        self.runs: dict[int, list[list[int]]] = {}     # year -> [first, last] reserved runs
        self.waiting: Counter = Counter()              # year -> cases under a placeholder
        self.given_back: dict[int, list[list[int]]] = {}  # year -> runs put back under one

    def own(self, ref: str) -> None:
        match = REF_PATTERN.match(ref)
        if match:
            year, number = int(match[1]), int(match[2])
            self.own_max[year] = max(self.own_max.get(year, 0), number)

    def batch(self, years: list[int]) -> tuple[list[str], list]:
        """References for a batch's cases without one (their years in file order), once
        every row of the batch is checked, so its own numbers are known; and the runs of
        numbers given before that must go back under a placeholder first (`rename`)."""
        renames = []
        for year, runs in list(self.runs.items()):
            if self.own_max.get(year, 0) >= runs[0][0]:
                # The file's own number reaches the numbers given: those cases go back under
                # a placeholder (renames, before this batch is written) and wait for the end.
                renames.append((year, [tuple(run) for run in runs]))
                self.given_back[year] = runs
                self.waiting[year] += sum(last - first + 1 for first, last in runs)
                del self.runs[year]
        counts = Counter(years)
        now = {year: n for year, n in counts.items()
               if year not in self.waiting and (year in self.runs or year not in self.own_max)}
        given = self._reserve(now) if now else {}
        refs, placeholders = [], Counter()
        for year in years:
            if year in given:
                refs.append(ref_text(year, given[year]))
                given[year] += 1
            else:
                placeholders[year] += 1
                refs.append(f"{self.tag}{year}-{self.waiting[year] + placeholders[year]}")
        self.waiting.update(placeholders)
        return refs, renames

    def _reserve(self, counts: dict[int, int]) -> dict[int, int]:
        """The first number each year's cases take, reserved and committed on the second
        connection under the log's write lock: after the counter (other desks' numbers
        and this import's reserved before) and the file's own numbers."""
        side = self.side
        side.execute("BEGIN IMMEDIATE")
        try:
            firsts = {}
            for year, count in sorted(counts.items()):
                row = side.execute("SELECT last FROM ref_counters WHERE year = ?",
                                   (year,)).fetchone()
                last = row[0] if row else 0
                first = max(last, self.own_max.get(year, 0)) + 1
                side.execute("INSERT INTO ref_counters (year, last) VALUES (?, ?) ON "
                             "CONFLICT (year) DO UPDATE SET last = excluded.last",
                             (year, first + count - 1))
                firsts[year] = first
            side.execute("COMMIT")
            for year, first in firsts.items():  # reserved: this import's from now on
                runs, end = self.runs.setdefault(year, []), first + counts[year] - 1
                if runs and runs[-1][1] == first - 1:
                    runs[-1][1] = end  # no desk took a number since the last run: one run
                else:
                    runs.append([first, end])
        except BaseException:
            if side.in_transaction:
                side.execute("ROLLBACK")
            raise
        return firsts

    def rename(self, conn, renames: list) -> None:
        """On the writing thread, before the batch: the cases numbered in a year the file's
        own numbers have reached go back under a placeholder (in id order, as the rest)."""
        for year, runs in renames:
            for first, last in runs:
                # Their "created" history lines go too: they are written again when numbered.
                conn.execute(
                    f"WITH renamed AS (UPDATE cases SET ref = ? || cases.id FROM ({_RUN_REFS}) "
                    "AS r (ref) WHERE cases.ref = r.ref RETURNING cases.id) DELETE FROM "
                    "case_history h USING renamed WHERE h.case_id = renamed.id "
                    "AND h.field = 'created'",
                    (f"{self.tag}{year}-r", f"GW-{year}-", first, last))

    def reserve_rest(self) -> dict[int, int]:
        """At the end: the first number each year's placeholders take, reserved as a batch's
        are. The numbers this import reserved itself and gave back to a placeholder are
        taken again while no desk has taken one after them (a file's result stays what it
        is on a file); a refused or failed import after this skips them."""
        if not self.waiting:
            return {}
        side = self.side
        side.execute("BEGIN IMMEDIATE")
        try:
            firsts = {}
            for year, count in sorted(self.waiting.items()):
                row = side.execute("SELECT last FROM ref_counters WHERE year = ?",
                                   (year,)).fetchone()
                last = row[0] if row else 0
                runs = self.given_back.get(year)
                if runs and runs[-1][1] == last:
                    last = runs[-1][0] - 1
                firsts[year] = max(last, self.own_max.get(year, 0)) + 1
                side.execute("INSERT INTO ref_counters (year, last) VALUES (?, ?) ON "
                             "CONFLICT (year) DO UPDATE SET last = excluded.last",
                             (year, max(firsts[year] + count - 1, row[0] if row else 0)))
            side.execute("COMMIT")
        except BaseException:
            if side.in_transaction:
                side.execute("ROLLBACK")
            raise
        return firsts

    def give_back(self, conn) -> None:
        """After a refused file's transaction is rolled back, in a transaction holding the
        write lock: each year's last run of reserved numbers returns to the counter when
        no desk has taken a number after it (otherwise those numbers are skipped)."""
        for year, runs in self.runs.items():
            first, last = runs[-1]
            conn.execute("UPDATE ref_counters SET last = ? WHERE year = ? AND last = ?",
                         (first - 1, year, last))
