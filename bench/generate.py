"""Realistic Goodwill databases and CSV files of any size, written fast, cached between runs."""
from __future__ import annotations

import csv
import os
import random
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from data import migrations  # noqa: E402
from data.demo import COMPLAINTS, COMPLIMENTS, FIRST, LAST, QUESTIONS, REQUESTS, STAFF, STREETS  # noqa: E402
from data.model import iso, now  # noqa: E402
from data.store import Store  # noqa: E402

OUT = Path(os.environ.get("GOODWILL_BENCH_DATA") or ROOT / "bench" / "out")
# Bump when the generated content changes, so cached files are rebuilt.
GENERATOR_VERSION = 1
# A busy café logs ~20,000 interactions a year: that is the pace of every database here,
# except "month" databases, which squeeze all their cases into one calendar month ("open"
# ones are spread as "span" but leave every case open).
CASES_PER_YEAR = 20_000

# Words a café's notes are made of; mixed into details so the full-text index has a
# realistic spread of common and rare terms.
WORDS = """
morning afternoon evening lunch brunch breakfast rush queue till counter window table terrace
latte cappuccino espresso americano mocha flat white tea chai matcha hot chocolate smoothie
croissant scone muffin brownie flapjack sourdough baguette rye focaccia bagel toastie panini
sandwich soup salad quiche sausage roll pasty pie tart cheesecake carrot cake lemon drizzle
gluten vegan dairy oat almond soya nut sesame egg allergy label ingredients menu board price
receipt card cash refund voucher discount loyalty stamp booking diary party birthday wedding
delivery collection order phone email website review rating complaint compliment friendly
rude slow quick warm cold burnt stale fresh crumbly soggy sweet salty bitter strong weak
spilled broken chipped dirty sticky clean noisy quiet busy empty crowded parking pram wheelchair
dog bowl toilet door heater radiator music wifi socket charger umbrella coat pushchair highchair
manager supervisor barista baker cook server cleaner apprentice weekend bank holiday saturday
sunday monday tuesday wednesday thursday friday rain snow heatwave christmas easter festival
market school office regular tourist family student pensioner neighbour supplier landlord
""".split()
SURNAME_EXTRA = ["Ahmed", "Clarke", "Doyle", "Ferreira", "Gallagher", "Ivanova", "Kowalski",
                 "Lee", "Mensah", "Nakamura", "Rossi", "Schmidt", "Svensson", "Wright", "Yilmaz"]


def db_path(cases: int, variant: str = "span") -> Path:
    return OUT / f"goodwill-{variant}-{cases}-s{migrations.LATEST}-g{GENERATOR_VERSION}.db"


def csv_path(rows: int) -> Path:
    return OUT / f"import-{rows}-g{GENERATOR_VERSION}.csv"


# ---- content -----------------------------------------------------------------------------

def _customers(rng: random.Random, count: int) -> list[tuple]:
    """(name, email, phone, phone_digits, address) for `count` people."""
    lasts = LAST + SURNAME_EXTRA
    people = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(lasts)
        email = phone = digits = address = ""
        if rng.random() < 0.6:
            handle = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
            email = f"{handle}{i}@example.com"
        if rng.random() < 0.5:
            digits = f"077009{i:06d}"
            phone = f"{digits[:5]} {digits[5:]}"
        if rng.random() < 0.4:
            address = (f"{rng.randint(1, 120)} {rng.choice(STREETS)}\nHebden Bridge\n"
                       f"HX7 {rng.randint(1, 9)}{rng.choice('ABDEFG')}{rng.choice('HJLNPQ')}")
        people.append((f"{first} {last}", email, phone, digits, address))
    return people


def _span(cases: int, variant: str) -> tuple[float, float]:
    """Start and end epoch seconds of the generated cases."""
    end = now()
    if variant == "month":
        first = (end.replace(day=1, hour=0, minute=0, second=0) - timedelta(days=1)).replace(day=1)
        last = end.replace(day=1, hour=0, minute=0, second=0) - timedelta(seconds=1)
        return first.timestamp(), last.timestamp()
    years = max(cases / CASES_PER_YEAR, 0.25)
    return end.timestamp() - years * 365.25 * 86400, end.timestamp() - 3600


def report_month() -> str:
    """The calendar month a "month" database fills: last month."""
    start, _ = _span(1, "month")
    return datetime.fromtimestamp(start).strftime("%Y-%m")


def case_stream(cases: int, variant: str = "span", seed: int = 20):
    """Dicts of case fields (as the CSV would have them), oldest first, with a customer index."""
    rng = random.Random(seed)
    start, end = _span(cases, variant)
    stamps = sorted(rng.uniform(start, end) for _ in range(cases))
    tz = now().tzinfo
    horizon = end
    for ts in stamps:
        when = datetime.fromtimestamp(int(ts), tz)
        staff = rng.choice(STAFF)
        channel = rng.choice(("in_person",) * 6 + ("phone", "phone", "email", "web", "social",
                                                    "letter"))
        extra = " ".join(rng.choices(WORDS, k=rng.randint(6, 24)))
        roll = rng.random()
        row = {"occurred_at": iso(when), "staff": staff, "channel": channel,
               "acknowledged_at": None, "resolved_at": None, "remedy": "none",
               "remedy_cost_cents": 0, "satisfaction": None, "customer_returned": "unknown",
               "root_cause": "", "lesson": ""}
        age_days = (horizon - ts) / 86400
        if roll < 0.42:
            (category, severity, summary, details, remedy, (lo, hi), root_cause,
             lesson) = rng.choice(COMPLAINTS)
            row.update(kind="complaint", category=category, severity=severity, summary=summary,
                       details=f"{details} {extra}.")
            ack = ts + rng.choice((0.2, 1, 3, 8, 20, 30, 52)) * 3600
            if ack < horizon and (age_days > 3 or rng.random() < 0.9):
                row["acknowledged_at"] = iso(datetime.fromtimestamp(int(ack), tz))
            # Old complaints are nearly all resolved; a few stay open and overdue.
            if row["acknowledged_at"] and (age_days > 14 and rng.random() < 0.995
                                           or rng.random() < 0.5):
                resolved = ack + rng.choice((0.1, 0.5, 1, 2, 4, 6, 9, 14)) * 86400
                if resolved < horizon:
                    row["resolved_at"] = iso(datetime.fromtimestamp(int(resolved), tz))
                    row["status"] = rng.choice(("resolved", "closed", "closed"))
                    row["remedy"] = remedy
                    if hi:
                        row["remedy_cost_cents"] = rng.randint(lo * 100, hi * 100)
                    row["root_cause"] = root_cause
                    row["lesson"] = lesson if rng.random() < 0.6 else ""
                    row["satisfaction"] = rng.choice((2, 3, 4, 4, 5, 5))
                    row["customer_returned"] = rng.choice(("yes", "yes", "no", "unknown"))
            if "status" not in row:
                row["status"] = "in_progress" if row["acknowledged_at"] else "open"
        elif roll < 0.7:
            category, summary, details = rng.choice(COMPLIMENTS)
            row.update(kind="compliment", category=category, severity="low",
                       summary=summary.format(staff=staff),
                       details=f"{details.format(staff=staff)} {extra}.", status="closed",
                       resolved_at=iso(datetime.fromtimestamp(int(ts) + 300, tz)))
        else:
            kind = "question" if roll < 0.85 else "request"
            category, summary, details = rng.choice(QUESTIONS if kind == "question" else REQUESTS)
            done = age_days > 3 or rng.random() < 0.6
            row.update(kind=kind, category=category, severity="low", summary=summary,
                       details=f"{details} {extra}.", status="resolved" if done else "open")
            if done:
                row["resolved_at"] = iso(datetime.fromtimestamp(
                    int(ts) + int(rng.choice((0.1, 2, 24)) * 3600), tz))
        if variant == "open":  # a desk that never closes anything: every case still open
            row.update(acknowledged_at=None, resolved_at=None, status="open", remedy="none",
                       remedy_cost_cents=0, satisfaction=None, customer_returned="unknown",
                       root_cause="", lesson="")
        row["occurred_ts"] = int(ts)
        # Regulars come back: a quarter of the cases belong to a small core of customers.
        row["customer"] = rng.randrange(max(cases // 40, 1)) if rng.random() < 0.25 else None
        yield row


# ---- databases ---------------------------------------------------------------------------

_CASE_INSERT_COLUMNS = (
    "id", "ref", "occurred_at", "occurred_ts", "customer_id", "customer_name", "kind", "channel",
    "category", "severity", "summary", "details", "staff", "status", "acknowledged_at",
    "resolved_at", "ack_due_at", "resolve_due_at", "remedy", "remedy_cost_cents", "satisfaction",
    "customer_returned", "root_cause", "lesson", "needs_approval", "created_at", "updated_at",
)


def build_database(path: Path, cases: int, variant: str = "span", seed: int = 20) -> Path:
    """A database made by the real schema (Store creates and migrates it), then bulk-filled."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    Store(tmp).close()
    rng = random.Random(seed + 1)
    people = _customers(rng, max(cases // 4, 1))
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    # Index the full text once at the end ('rebuild') instead of row by row via the trigger;
    # the trigger is put back exactly as the migration wrote it.
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'cases_ai'").fetchone()[0]
    # Likewise the secondary indexes are dropped and re-created from their own SQL: one
    # sorted build each is far faster than a million scattered updates.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('cases', 'case_history')").fetchall()
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER cases_ai")
    for name, _ in indexes:
        conn.execute(f"DROP INDEX [{name}]")
    conn.execute("UPDATE profile SET name = 'The Crumb & Cup', address = '14 Mill Lane\nHebden "
                 "Bridge\nHX7 8AB', phone = '01422 555 014', owner = 'Rosa Whitfield', "
                 "title = 'Owner', currency = 'GBP', refund_limit_cents = 5000, updated_at = ?",
                 (iso(now()),))
    stamp0 = iso(now())
    conn.executemany(
        "INSERT INTO customers (id, name, email, phone, phone_digits, address, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i + 1, *p, stamp0) for i, p in enumerate(people)])
    counters: dict[int, int] = {}
    batch, history = [], []
    tz = now().tzinfo
    next_new = 0
    placeholders = ", ".join("?" * len(_CASE_INSERT_COLUMNS))
    insert = f"INSERT INTO cases ({', '.join(_CASE_INSERT_COLUMNS)}) VALUES ({placeholders})"
    history_sql = "INSERT INTO case_history (case_id, at, field, old, new, by) VALUES (?, ?, ?, ?, ?, ?)"
    for case_id, row in enumerate(case_stream(cases, variant, seed), 1):
        if row["customer"] is None:
            customer = next_new % len(people)
            next_new += 1
        else:
            customer = row["customer"]
        when = datetime.fromtimestamp(row["occurred_ts"], tz)
        counters[when.year] = counters.get(when.year, 0) + 1
        ref = f"GW-{when.year}-{counters[when.year]:05d}"
        ack_due = resolve_due = None
        if row["kind"] == "complaint":
            ack_due = iso(when + timedelta(hours=24))
            resolve_due = iso(when + timedelta(days=7))
        created = row["occurred_at"]
        updated = row["resolved_at"] or row["acknowledged_at"] or created
        batch.append((
            case_id, ref, row["occurred_at"], row["occurred_ts"], customer + 1,
            people[customer][0], row["kind"], row["channel"], row["category"], row["severity"],
            row["summary"], row["details"], row["staff"], row["status"], row["acknowledged_at"],
            row["resolved_at"], ack_due, resolve_due, row["remedy"], row["remedy_cost_cents"],
            row["satisfaction"], row["customer_returned"], row["root_cause"], row["lesson"],
            int(row["remedy_cost_cents"] > 5000), created, updated))
        history.append((case_id, created, "created", None, ref, row["staff"]))
        if row["status"] != "open":
            history.append((case_id, updated, "status", "open", row["status"], row["staff"]))
        if len(batch) >= 20_000:
            conn.executemany(insert, batch)
            conn.executemany(history_sql, history)
            batch, history = [], []
    conn.executemany(insert, batch)
    conn.executemany(history_sql, history)
    conn.executemany("INSERT INTO ref_counters (year, last) VALUES (?, ?)", counters.items())
    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')")
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute(trigger_sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    tmp.rename(path)
    return path


# Logs larger than this are copies of one this size, moved back in time (build_scaled).
SCALE_BASE = 1_000_000
# Each copy lies this many years before the one after it: the base spans 51 calendar
# years at CASES_PER_YEAR, so no two copies share a year (and their references differ).
SCALE_YEARS = 51


def build_scaled(path: Path, cases: int, base: Path) -> Path:
    """A log of `cases` (a multiple of SCALE_BASE) made in SQL from copies of the `base`
    log, each moved SCALE_YEARS further back: the same pace, contents and shape as the
    base, in minutes instead of the hours of writing ten million cases one by one."""
    copies = cases // SCALE_BASE
    if copies * SCALE_BASE != cases:
        raise ValueError(f"{cases} cases: a log this large is built from copies of "
                         f"{SCALE_BASE:,}")
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    Store(tmp).close()
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("ATTACH DATABASE ? AS base", (f"{base.resolve().as_uri()}?mode=ro",))
    trigger_sql = conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND name = 'cases_ai'"
    ).fetchone()[0]
    indexes = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('cases', 'case_history')").fetchall()
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER cases_ai")
    for name, _ in indexes:
        conn.execute(f"DROP INDEX main.[{name}]")
    conn.execute("DELETE FROM main.profile")
    conn.execute("INSERT INTO main.profile SELECT * FROM base.profile")
    customers = conn.execute("SELECT max(id) FROM base.customers").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA base.table_info(cases)")]
    dates = {"occurred_at", "acknowledged_at", "resolved_at", "ack_due_at", "resolve_due_at",
             "created_at", "updated_at", "approved_at"}
    generated = {r[1] for r in conn.execute("PRAGMA main.table_xinfo(cases)") if r[6]}
    columns = [c for c in columns if c not in generated]
    # Copy 0 is the base itself (the newest ids); copy k lies k * SCALE_YEARS years back
    # and takes the ids before copy k - 1's, so ids still grow with time.
    for k in range(copies):
        back = f"'-{k * SCALE_YEARS} years'"

        def moved(column: str, k: int = k, back: str = back) -> str:
            if column in dates:
                return (f"strftime('%Y-%m-%dT%H:%M:%S', {column}, {back}) || "
                        f"substr({column}, 20)")
            return {
                "id": f"id + {(copies - 1 - k) * SCALE_BASE}",
                "occurred_ts": f"CAST(strftime('%s', occurred_at, {back}) AS INTEGER)",
                "ref": f"'GW-' || (CAST(substr(ref, 4, 4) AS INTEGER) - {k * SCALE_YEARS}) "
                       "|| substr(ref, 8)",
                "customer_id": f"customer_id + {k * customers}",
            }.get(column, column)

        conn.execute(f"INSERT INTO main.customers (id, name, email, phone, phone_digits, "
                     f"address, created_at) SELECT id + {k * customers}, name, "
                     f"CASE WHEN email = '' THEN '' ELSE replace(email, '@', '{k}@') END, "
                     f"phone, phone_digits, address, created_at FROM base.customers")
        conn.execute(f"INSERT INTO main.cases ({', '.join(columns)}) SELECT "
                     f"{', '.join(map(moved, columns))} FROM base.cases")
        conn.execute(
            "INSERT INTO main.case_history (case_id, at, field, old, new, by) SELECT "
            f"case_id + {(copies - 1 - k) * SCALE_BASE}, {moved('created_at').replace('created_at', 'at')}, "
            f"field, old, CASE WHEN field = 'created' THEN {moved('ref').replace('ref', 'new')} "
            "ELSE new END, by FROM base.case_history")
        conn.execute(f"INSERT INTO main.ref_counters (year, last) SELECT year - "
                     f"{k * SCALE_YEARS}, last FROM base.ref_counters")
    conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')")
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute(trigger_sql)
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE base")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    tmp.rename(path)
    return path


def ensure_database(cases: int, variant: str = "span", log=print) -> Path:
    """The cached database for this size, schema and generator version (built if missing)."""
    path = db_path(cases, variant)
    if not path.exists():
        started = time.perf_counter()
        if cases > SCALE_BASE and variant == "span":
            build_scaled(path, cases, ensure_database(SCALE_BASE, variant, log))
        else:
            build_database(path, cases, variant)
        log(f"generated {path.name} ({path.stat().st_size / 1e6:.0f} MB) in "
            f"{time.perf_counter() - started:.1f} s")
    return path


# ---- CSV ---------------------------------------------------------------------------------

CSV_COLUMNS = (
    "occurred_at", "customer_name", "customer_email", "customer_phone", "customer_address",
    "kind", "channel", "category", "severity", "summary", "details", "staff", "status",
    "acknowledged_at", "resolved_at", "remedy", "remedy_cost", "satisfaction",
    "customer_returned", "root_cause", "lesson",
)


def ensure_csv(rows: int, log=print) -> Path:
    """A CSV file of `rows` cases as a spreadsheet would hold them (no refs), cached."""
    path = csv_path(rows)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    people = _customers(random.Random(99), max(rows // 4, 1))
    tmp = path.with_name(path.name + ".part")
    next_new = 0
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(CSV_COLUMNS)
        for row in case_stream(rows, "span", seed=98):
            if row["customer"] is None:
                customer = next_new % len(people)
                next_new += 1
            else:
                customer = row["customer"]
            name, email, phone, _, address = people[customer]
            cents = row["remedy_cost_cents"]
            out.writerow([
                row["occurred_at"], name, email, phone, address, row["kind"], row["channel"],
                row["category"], row["severity"], row["summary"], row["details"], row["staff"],
                row["status"], row["acknowledged_at"] or "", row["resolved_at"] or "",
                row["remedy"], f"{cents / 100:.2f}" if cents else "", row["satisfaction"] or "",
                row["customer_returned"], row["root_cause"], row["lesson"]])
    tmp.rename(path)
    log(f"generated {path.name} ({path.stat().st_size / 1e6:.0f} MB)")
    return path


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="build (or find cached) benchmark databases")
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--variant", choices=["span", "month", "open"], default="span")
    args = parser.parse_args()
    for size in args.sizes:
        print(ensure_database(size, args.variant))
