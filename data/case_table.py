"""The case table as files carry it: the export's columns, one case under those names,
every case as export rows, and an open file's rows being read (CSV or a workbook)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from data import engine
from data.model import LIVE, Case, from_cents, live

COLUMNS = (
    "ref", "occurred_at", "customer_name", "customer_email", "customer_phone",
    "customer_address", "kind", "channel", "category", "severity", "summary", "details", "staff",
    "status", "acknowledged_at", "resolved_at", "remedy", "remedy_cost", "satisfaction",
    "customer_returned", "root_cause", "lesson", "customer_key", "customer_language",
)
# A spreadsheet runs a cell that starts with one of these as a formula. Export puts a ' in
# front (and in front of a leading ' so the rule can be undone exactly); import removes it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START + ("'",)) else text


def unescape_cell(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(FORMULA_START + ("'",)):
        return text[1:]
    return text


def case_fields(case: Case) -> dict:
    """A case under the CSV column names, with JSON types (numbers, null)."""
    c = case.customer
    return {
        "ref": case.ref, "occurred_at": case.occurred_at, "customer_name": c.name,
        "customer_email": c.email, "customer_phone": c.phone, "customer_address": c.address,
        "customer_language": c.language,
        "kind": case.kind, "channel": case.channel, "category": case.category,
        "severity": case.severity, "summary": case.summary, "details": case.details,
        "staff": case.staff, "status": case.status, "acknowledged_at": case.acknowledged_at,
        "resolved_at": case.resolved_at, "remedy": case.remedy,
        "remedy_cost": float(case.remedy_cost), "satisfaction": case.satisfaction,
        "customer_returned": case.customer_returned, "root_cause": case.root_cause,
        "lesson": case.lesson,
    }


# Customer keys number the customers in the order their first case appears in the export
# (C1, C2, ...), so rows of one customer share a key and two customers of the same name
# stay two. Numbering by first appearance, not by database id, makes the keys of a file
# re-exported from an import of it the same, byte for byte.
def _keys_sql(keys: str) -> str:
    """Number the customers into the temporary table `keys` (its engine's name for it)."""
    return f"""
CREATE TEMP TABLE IF NOT EXISTS export_keys (customer_id INTEGER PRIMARY KEY, n INTEGER);
DELETE FROM {keys};
INSERT INTO {keys} (customer_id, n)
SELECT customer_id, row_number() OVER (ORDER BY occurred_ts, id) FROM (
    SELECT customer_id, occurred_ts, id,
           row_number() OVER (PARTITION BY customer_id ORDER BY occurred_ts, id) AS nth
    FROM cases WHERE {LIVE}) AS firsts WHERE nth = 1;
"""


def _export_sql(keys: str) -> str:
    return f"""
SELECT c.ref, c.occurred_at, cu.name, cu.email, cu.phone, cu.address, c.kind, c.channel,
       c.category, c.severity, c.summary, c.details, c.staff, c.status, c.acknowledged_at,
       c.resolved_at, c.remedy, c.remedy_cost_cents, c.satisfaction, c.customer_returned,
       c.root_cause, c.lesson, 'C' || k.n, cu.language
FROM cases c JOIN customers cu ON cu.id = c.customer_id
JOIN {keys} k ON k.customer_id = c.customer_id
WHERE {live("c")}
ORDER BY c.occurred_ts, c.id
"""
COST = COLUMNS.index("remedy_cost")


def export_rows(store, progress=None) -> Iterator[list]:
    """Every case, oldest first, as a list of values under COLUMNS (money as Decimal)."""
    total = store.case_list.count()
    conn = store.conn
    keys = engine.of(conn).temp("export_keys")
    for statement in _keys_sql(keys).strip().split(";\n"):
        conn.execute(statement)
    try:
        for count, row in enumerate(conn.execute(_export_sql(keys)), 1):
            row = list(row)
            row[COST] = from_cents(row[COST])
            yield row
            if progress and count % 5000 == 0:
                progress(count, total)
    finally:
        conn.execute(f"DELETE FROM {keys}")


@dataclass
class Source:
    """An open import file: its header cells and an iterator of (line, cells)."""
    path: Path
    header: list[str]
    rows: Iterator[tuple[int, list]]
    unit: str = "line"          # CSV counts lines; a sheet counts rows
    typed: bool = False         # cells may be numbers, dates and booleans
    close: Callable[[], None] = field(default=lambda: None)
    position: Callable[[], tuple[int, int]] = field(default=lambda: (0, 0))  # for progress
