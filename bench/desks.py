"""Twenty desks on one shared log: what each owner waits for while the others work.

    python bench/desks.py --pg postgresql://user@host/db --desks 20 --seconds 60

Each desk is a process that does what a window does, on its own connection: every two
seconds it looks for other desks' changes and reloads its first screen when there are
some; it searches as the owner types, opens a case with its history, saves an edit (most
to its own cases, one in ten to a case every desk edits, where a conflict is the right
answer), and ticks or unticks a checklist step. Part-way through, desk 0 imports a
5,000-row file as well. The log lives in a schema of its own, dropped at the end.

The last line is JSON: p50_save_ms, p95_save_ms, max_save_ms (saves and ticks alike),
max_save_during_import_ms, p95_refresh_ms, errors, lost_updates (successful saves whose
value did not arrive in the case's history exactly once, or whose case does not end with
its desk's last value), conflicts_shown, with the goals beside them.
"""
from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOALS = {"p95_save_ms": 100, "max_save_during_import_ms": 1000, "errors": 0, "lost_updates": 0}
HOT_CASES = 3  # cases every desk edits now and then: conflicts are expected there
TYPED = ("s", "so", "sou", "soup")  # a search typed letter by letter
REFRESH_EVERY = 2.0


def schema_url(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


def write_rows(path: Path, count: int, tag: str) -> None:
    """A file of `count` complaints and questions in the import's columns."""
    rng = random.Random(tag)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["occurred_at", "customer_name", "kind", "summary", "details"])
        for i in range(count):
            day = 1 + i % 28
            out.writerow([f"2026-10-{day:02d} {8 + i % 10:02d}:{i % 60:02d}",
                          f"{tag} Customer {i % 997}", rng.choice(("complaint", "question")),
                          rng.choice(("Cold soup", "Slow service", "Wrong order", "Late cake")),
                          f"row {i} of {tag}"])


def seed(url: str, cases: int, desks: int, folder: Path) -> dict:
    """The shared log's starting cases, a checklist on each desk's first case, and which
    cases each desk works on."""
    from data.csvio import import_file
    from data.store import Store

    start = folder / "seed.csv"
    write_rows(start, cases, "seed")
    with Store(url) as store:
        import_file(store, start)
        refs = [row.ref for row in store.case_list.first_rows(limit=cases)]
        template = store.checklists.templates()[0].name
        hot, rest = refs[:HOT_CASES], refs[HOT_CASES:]
        own = {d: rest[d::desks][:20] for d in range(desks)}
        for d in range(desks):
            store.checklists.start(own[d][0], template)
    return {"hot": hot, "own": own}


def desk(number: int, url: str, plan: dict, seconds: float, import_at: float | None,
         import_file_path: str, results) -> None:
    """One desk's working day, compressed; its figures go to `results`."""
    from data.csvio import import_file
    from data.errors import Conflict
    from data.model import CaseFilter
    from data.store import Store

    rng = random.Random(number)
    saves, refreshes, errors, conflicts, done = [], [], [], 0, []
    importing = [None, None]  # when desk 0's import ran: (start, end)
    store = Store(url)
    own, hot = plan["own"][number], plan["hot"]
    checklist_ref = own[0]
    started = time.monotonic()
    next_refresh = started + rng.uniform(0, REFRESH_EVERY)
    seq = 0

    def timed_save(kind: str, action) -> None:
        t0 = time.monotonic()
        try:
            action()
        except Conflict:
            nonlocal conflicts
            conflicts += 1
            return
        except Exception as exc:  # every other failure is counted and named
            errors.append(f"desk {number} {kind}: {type(exc).__name__}: {exc}")
            return
        finally:
            saves.append((time.time(), (time.monotonic() - t0) * 1000))

    while time.monotonic() - started < seconds:
        now = time.monotonic()
        if now >= next_refresh:
            t0 = time.monotonic()
            try:
                if store.changed_elsewhere():
                    store.case_list.first_rows(limit=200)
                    store.case_list.counts()
            except Exception as exc:
                errors.append(f"desk {number} refresh: {type(exc).__name__}: {exc}")
            refreshes.append((time.monotonic() - t0) * 1000)
            next_refresh = now + REFRESH_EVERY
        if import_at is not None and importing[0] is None and now - started >= import_at:
            importing[0] = time.time()
            try:
                import_file(store, import_file_path)
            except Exception as exc:
                errors.append(f"desk {number} import: {type(exc).__name__}: {exc}")
            importing[1] = time.time()
            continue
        step = rng.random()
        try:
            if step < 0.3:
                for typed in TYPED:
                    store.case_list.first_rows(CaseFilter(search=typed), limit=200)
            elif step < 0.55:
                case = store.cases.get(rng.choice(own))
                store.history.of(case.id)
        except Exception as exc:
            errors.append(f"desk {number} read: {type(exc).__name__}: {exc}")
        if step >= 0.55 and step < 0.85:
            ref = rng.choice(hot) if rng.random() < 0.1 else rng.choice(own[1:])
            seq += 1
            token = f"d{number}-{seq}"

            def save(ref=ref, token=token):
                case = store.cases.get(ref)
                store.cases.update(ref, {"details": token}, by=f"desk {number}",
                                   expected_version=case.version)
                done.append((ref, token))
            timed_save("save", save)
        elif step >= 0.85:
            def tick():
                [checklist] = store.checklists.of(store.cases.get(checklist_ref).id)
                first = checklist.steps[0]
                change = store.checklists.untick if first.done else store.checklists.tick
                change(checklist_ref, first.number, by=f"desk {number}")
            timed_save("tick", tick)
        time.sleep(rng.uniform(0.05, 0.25))  # the owner reads, thinks, types
    store.close()
    results.put({"desk": number, "saves": saves, "refreshes": refreshes, "errors": errors,
                 "conflicts": conflicts, "done": done, "importing": importing})


def lost_updates(url: str, outcomes: list[dict], hot: list[str]) -> int:
    """Saves reported done whose value is not in the case's history exactly once, plus own
    cases (one desk edits each) that do not end with their desk's last saved value."""
    from data.store import Store

    lost = 0
    with Store(url) as store:
        for outcome in outcomes:
            last = {}
            for ref, token in outcome["done"]:
                case = store.cases.get(ref)
                arrived = sum(1 for h in store.history.of(case.id)
                              if h.field == "details" and h.new == token)
                lost += arrived != 1
                last[ref] = token
            lost += sum(1 for ref, token in last.items()
                        if ref not in hot and store.cases.get(ref).details != token)
    return lost


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, metavar="URL", help="a PostgreSQL server")
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--cases", type=int, default=5000, help="cases in the log at start")
    parser.add_argument("--import-rows", type=int, default=5000)
    args = parser.parse_args(argv)
    if args.desks < 1 or args.seconds <= 0:
        parser.error("--desks and --seconds must be positive")

    import tempfile

    import psycopg

    schema = f"desks_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = schema_url(args.pg, schema)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            t0 = time.monotonic()
            plan = seed(url, args.cases, args.desks, folder)
            print(f"seeded {args.cases} cases in {time.monotonic() - t0:.1f} s", file=sys.stderr)
            big = folder / "import.csv"
            write_rows(big, args.import_rows, "import")
            ctx = mp.get_context("spawn")
            results = ctx.Queue()
            procs = [ctx.Process(target=desk, args=(
                d, url, plan, args.seconds, args.seconds / 3 if d == 0 else None, str(big),
                results)) for d in range(args.desks)]
            for p in procs:
                p.start()
            outcomes = [results.get(timeout=args.seconds + 600) for _ in procs]
            for p in procs:
                p.join()
            report = summarise(url, outcomes, plan["hot"])
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    for line in report.pop("error_samples"):
        print(f"error: {line}", file=sys.stderr)
    for key, goal in GOALS.items():
        value = report[key]
        verdict = "met" if value <= goal and (goal or value == 0) else "MISSED"
        print(f"{key:<28} {value:>10}   goal <= {goal}   {verdict}")
    report["desks"], report["seconds"] = args.desks, args.seconds
    report["goals"] = GOALS
    print(json.dumps(report))
    return 0 if all(report[k] <= g for k, g in GOALS.items()) else 1


def summarise(url: str, outcomes: list[dict], hot: list[str]) -> dict:
    saves = [ms for o in outcomes for _, ms in o["saves"]]
    window = next((o["importing"] for o in outcomes if o["importing"][0]), [None, None])
    # A save overlaps the import when it ended after the import began and began before
    # the import ended (`at` is when it ended).
    during = [ms for o in outcomes if o["desk"] != 0 for at, ms in o["saves"]
              if window[0] and at >= window[0] and at - ms / 1000 <= window[1]]
    errors = [e for o in outcomes for e in o["errors"]]
    return {
        "saves": len(saves),
        "p50_save_ms": round(statistics.median(saves), 1) if saves else 0.0,
        "p95_save_ms": round(percentile(saves, 95), 1),
        "max_save_ms": round(max(saves, default=0.0), 1),
        "max_save_during_import_ms": round(max(during, default=0.0), 1),
        "saves_during_import": len(during),
        "import_seconds": round(window[1] - window[0], 2) if window[0] and window[1] else None,
        "p95_refresh_ms": round(percentile([r for o in outcomes for r in o["refreshes"]], 95), 1),
        "errors": len(errors),
        "error_samples": errors[:10],
        "lost_updates": lost_updates(url, outcomes, hot),
        "conflicts_shown": sum(o["conflicts"] for o in outcomes),
    }


if __name__ == "__main__":
    sys.exit(main())
