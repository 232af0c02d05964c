"""Crash safety: kill -9 a process writing cases, many times; every committed case must survive.

    python bench/kill_loop.py [--kills 500] [--db /tmp/kill.db]

A writer process adds cases through Store.cases.add in a loop and logs each reference
after its commit returned. It is SIGKILLed at a random moment; then the database must pass
PRAGMA integrity_check and hold every printed reference. tests/test_safety.py runs the same
loop with fewer kills.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def writer(db: str, log: str, ready) -> None:
    """The victim: write cases forever, logging each ref once its transaction committed.

    os.write to the log returns only when the kernel holds the bytes, so a line in the log
    survives the kill of this process: it is proof that the commit had returned.
    """
    from data.store import Store

    store = Store(db)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    ready.set()
    n = 0
    while True:
        n += 1
        case = store.cases.add(customer={"name": f"Kill test {n % 50}"}, kind="complaint",
                               summary=f"written by pid {os.getpid()} #{n}",
                               details="x" * random.randrange(0, 4000))
        os.write(fd, case.ref.encode() + b"\n")


def check(db: Path, committed: set[str]) -> str | None:
    """None when the database is whole and holds every committed ref; else what is wrong."""
    conn = sqlite3.connect(db)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return f"integrity_check: {result[:3]}"
        present = {r[0] for r in conn.execute("SELECT ref FROM cases")}
    finally:
        conn.close()
    missing = committed - present
    return f"{len(missing)} committed case(s) missing, e.g. {sorted(missing)[:3]}" if missing else None


def kill_once(ctx, db: Path, committed: set[str], rng: random.Random, max_delay: float) -> int:
    """Start a writer, kill it at a random moment, collect the refs it reported."""
    log = db.with_name(db.name + ".refs")
    ready = ctx.Event()
    proc = ctx.Process(target=writer, args=(str(db), str(log), ready), daemon=True)
    proc.start()
    if not ready.wait(30):
        proc.kill()
        raise RuntimeError("the writer did not start")
    time.sleep(rng.uniform(0, max_delay))
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    lines = log.read_bytes().split(b"\n")
    # The last piece has no newline when the kill landed mid-write: not a confirmed commit.
    refs = {line.decode() for line in lines[:-1] if line}
    committed.update(refs)
    return len(refs)


def run(db: Path, kills: int, seed: int = 1, max_delay: float = 0.15, log=None) -> dict:
    from data.store import Store

    Store(db).close()  # created (and migrated) before the loop: every kill hits a real writer
    # Writers are forked from a server that has already imported the app, so each kill
    # costs a fork rather than a Python start-up.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["data.store"])
    rng = random.Random(seed)
    committed: set[str] = set()
    started = time.perf_counter()
    for n in range(1, kills + 1):
        kill_once(ctx, db, committed, rng, max_delay)
        problem = check(db, committed)
        if problem:
            raise AssertionError(f"after kill {n}: {problem}")
        if log and n % 50 == 0:
            log(f"{n} kills, {len(committed)} committed cases, all present, integrity ok")
    return {"kills": kills, "committed": len(committed),
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=500)
    p.add_argument("--db", default="/tmp/goodwill-kill-loop.db")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    db = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    result = run(db, args.kills, args.seed, log=print)
    print(f"kills survived: {result['kills']}/{args.kills}; committed cases all present: "
          f"{result['committed']}; integrity ok after every kill; {result['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
