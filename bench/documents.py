"""bench/run.py's measures of files and documents: import, backup, a letter, the monthly
report; each against its floor in the same run."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench import generate
from bench.common import Measure, _plain, compare, log, report_measure

ROOT = Path(__file__).resolve().parent.parent


# ---- import, backup ----------------------------------------------------------------------

def _sqlite_utils() -> list[str]:
    found = shutil.which("sqlite-utils")
    return [found] if found else [sys.executable, "-m", "sqlite_utils"]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed: {done.stderr.strip()[-500:]}")


def measure_import(rows: int, repeat: int, work: Path) -> Measure:
    """Both sides are a command-line program importing the same file into a fresh file."""
    source = generate.ensure_csv(rows, log)

    def fresh(name: str) -> Path:
        for leftover in work.glob(f"{name}*"):
            leftover.unlink() if leftover.is_file() else shutil.rmtree(leftover)
        return work / name

    def app():
        _run([sys.executable, str(ROOT / "main.py"), "--db", str(fresh("import-app.db")),
              "import", str(source)])

    def baseline():
        _run([*_sqlite_utils(), "insert", str(fresh("import-base.db")), "cases", str(source),
              "--csv"])

    app_time, base_time = compare(app, baseline, repeat, warmup=0)
    check = sqlite3.connect(work / "import-app.db")
    count = check.execute("SELECT count(*) FROM cases").fetchone()[0]
    check.close()
    if count != rows:
        raise RuntimeError(f"the app imported {count} of {rows} rows")
    return Measure("import", app_time, base_time, "s", source.name)


def measure_backup(db: Path, repeat: int, work: Path) -> Measure:
    from data.store import Store

    store = Store(db, quick_check=False)
    app_dest, base_dest = work / "backup-app.db", work / "backup-base.db"

    def app():
        app_dest.unlink(missing_ok=True)
        store.backups.make(app_dest)

    def baseline():
        base_dest.unlink(missing_ok=True)
        source, target = _plain(db), sqlite3.connect(base_dest)
        source.backup(target)
        target.close()
        source.close()

    try:
        app_time, base_time = compare(app, baseline, repeat)
    finally:
        store.close()
        app_dest.unlink(missing_ok=True)
        base_dest.unlink(missing_ok=True)
    return Measure("backup", app_time, base_time, "s", db.name)


# ---- documents ---------------------------------------------------------------------------

def bare_letter(text: str) -> bytes:
    """The floor: reportlab's plain platypus, the same paragraphs, in the same bundled TTF
    (embedding a font is work any honest letter must do, so the floor does it too)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        font = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
        pdfmetrics.registerFont(TTFont("BenchSans", str(font)))
    style = ParagraphStyle("body", fontName="BenchSans", fontSize=10.5, leading=14)
    out = io.BytesIO()
    story = []
    for para in text.split("\n\n"):
        story += [Paragraph(escape(para).replace("\n", "<br/>"), style), Spacer(1, 8)]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def measure_letter(db: Path, repeat: int) -> Measure:
    """The app's path from a case to apology PDF bytes (as `letter` does, minus writing the
    file and archiving it) against the same text through bare reportlab."""
    from data.store import Store
    from reports.letter import render_case_letter

    store = Store(db, quick_check=False)

    def app():
        case = store.cases.get(ref)
        draft = store.letters.draft(ref, "apology")
        return render_case_letter(case, store.profile.get(), "apology", draft.text,
                                  logo=store.profile.logo())

    try:
        ref = store.conn.execute("SELECT ref FROM cases WHERE kind = 'complaint' "
                                 "ORDER BY id DESC LIMIT 1").fetchone()[0]
        text = store.letters.draft(ref, "apology").text
        if app().pages != 1:
            raise RuntimeError("the apology letter is not one page")
        app_time, base_time = compare(app, lambda: bare_letter(text), repeat, warmup=2)
    finally:
        store.close()
    return Measure("letter", app_time, base_time, "s", f"{db.name} {ref}")


def raw_month_figures(conn: sqlite3.Connection, start: int, end: int) -> dict:
    """The floor for the monthly report: the same figures (the JSON's and the PDF's
    tables) with plain aggregate SQL, no Python beyond fetching."""
    p = {"s": start, "e": end, "ps": start - 31 * 86400}
    month = "occurred_ts >= :s AND occurred_ts < :e"
    complaint = f"kind = 'complaint' AND {month}"
    ack = "(CAST(strftime('%s', acknowledged_at) AS INTEGER) - occurred_ts)"
    res = "(resolved_ts - occurred_ts)"
    out = {}
    for column in ("kind", "channel", "category"):
        out[column] = conn.execute(f"SELECT {column}, count(*) FROM cases WHERE {month} "
                                   f"GROUP BY 1", p).fetchall()
    out["severity"] = conn.execute(f"SELECT severity, count(*) FROM cases WHERE {complaint} "
                                   "GROUP BY 1", p).fetchall()
    out["complaints"] = conn.execute(
        f"SELECT count(*), count(resolved_at), sum({ack} <= 86400), sum({res} <= 604800), "
        f"sum(customer_returned = 'yes') FROM cases WHERE {complaint}", p).fetchone()
    for name, expr in (("ack", ack), ("res", res)):
        values = [r[0] for r in conn.execute(f"SELECT {expr} AS d FROM cases WHERE {complaint} "
                                             f"AND d IS NOT NULL ORDER BY d", p)]
        out[name] = values[len(values) // 2] if values else None
    out["remedies"] = conn.execute(f"SELECT remedy, count(*), sum(remedy_cost_cents) FROM cases "
                                   f"WHERE {month} AND remedy <> 'none' GROUP BY 1", p).fetchall()
    out["satisfaction"] = conn.execute(f"SELECT count(satisfaction), avg(satisfaction) FROM cases "
                                       f"WHERE {month}", p).fetchone()
    out["staff"] = conn.execute(f"SELECT staff, count(*) FROM cases WHERE kind = 'compliment' "
                                f"AND {month} GROUP BY 1", p).fetchall()
    out["lessons"] = conn.execute(f"SELECT ref, lesson FROM cases WHERE {month} AND lesson <> '' "
                                  "ORDER BY occurred_ts", p).fetchall()
    out["previous"] = conn.execute(
        "SELECT count(*), sum(kind = 'complaint'), sum(remedy_cost_cents), avg(satisfaction) "
        "FROM cases WHERE occurred_ts >= :ps AND occurred_ts < :s", p).fetchone()
    out["previous_res"] = [r[0] for r in conn.execute(
        f"SELECT {res} AS d FROM cases WHERE kind = 'complaint' AND occurred_ts >= :ps AND "
        "occurred_ts < :s AND d IS NOT NULL ORDER BY d", p)]
    # What only the PDF shows: complaints by category, response-time bands, the backlog.
    out["complaint_category"] = conn.execute(f"SELECT category, count(*) FROM cases WHERE "
                                             f"{complaint} GROUP BY 1", p).fetchall()
    for name, expr in (("ack_bands", ack), ("res_bands", res)):
        out[name] = conn.execute(
            f"SELECT CASE WHEN {expr} < 3600 THEN 0 WHEN {expr} < 86400 THEN 1 "
            f"WHEN {expr} < 259200 THEN 2 ELSE 3 END AS band, count(*) FROM cases "
            f"WHERE {complaint} AND {expr} IS NOT NULL GROUP BY band", p).fetchall()
    # The backlog as the two index ranges it is (never resolved; resolved after the end).
    backlog = ("SELECT {} FROM cases INDEXED BY cases_open_complaints WHERE kind = 'complaint' "
               "AND resolved_at IS NULL AND occurred_ts < :e UNION ALL SELECT {} FROM cases "
               "INDEXED BY cases_complaints_resolved WHERE kind = 'complaint' AND "
               "resolved_ts >= :e AND occurred_ts < :e")
    out["backlog"] = conn.execute(
        f"SELECT CASE WHEN :e - occurred_ts < 604800 THEN 0 WHEN :e - occurred_ts < 2419200 "
        f"THEN 1 ELSE 2 END AS band, count(*) FROM ({backlog.format('occurred_ts', 'occurred_ts')}) "
        "GROUP BY band", p).fetchall()
    out["open_list"] = conn.execute(
        f"SELECT ref, occurred_at, customer_name, category, severity, summary, resolved_at "
        f"FROM cases WHERE id IN ({backlog.format('id', 'id')}) ORDER BY occurred_ts LIMIT 150",
        p).fetchall()
    return out


MONTH_COUNT_SQL = "SELECT count(*) FROM cases WHERE occurred_ts >= :start AND occurred_ts < :end"


def measure_report(db: Path, repeat: int) -> Measure:
    return report_measure("report", db, _plain(db), raw_month_figures, MONTH_COUNT_SQL,
                          repeat, db.name)


def measure_report_month(db: Path, repeat: int) -> Measure:
    return report_measure("report_month", db, _plain(db), raw_month_figures, MONTH_COUNT_SQL,
                          repeat, db.name, pdf=False)


