"""The documents print the same words since they moved from Python dictionaries to the
documents_<lang>.ts catalogues: a letter and a monthly report in German and French, read
back with pdftotext, equal the text the dictionaries printed (tests/fixtures/documents,
written before the move; today's date, which both print, is put back as <today>)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from data.l10n import format_long_date, format_short_date
from data.store import Store
from data.letters import day_in_words

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "fixtures" / "documents"
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def make_log(path: Path, locale_name: str) -> None:
    """A small log with fixed dates, so the October 2026 report never changes."""
    store = Store(path)
    store.profile.update(name="Café Lindenblatt", address="Hauptstraße 12\n10115 Berlin",
                         phone="030 1234 5678", email="hallo@lindenblatt.example",
                         owner="Maria Rossi", locale=locale_name)
    anna = {"name": "Anna Weber", "address": "Gartenweg 3\n10117 Berlin"}
    store.cases.add(customer=anna, kind="complaint", summary="Cold soup",
                   occurred_at="2026-10-05 12:30", severity="high", category="Kitchen",
                   customer_description="the soup arrived cold", ref="GW-2026-00001")
    store.cases.update("GW-2026-00001", {"acknowledged_at": "2026-10-05 15:00",
                                        "resolved_at": "2026-10-07 10:00",
                                        "remedy": "refund", "remedy_cost": "7,50"})
    store.cases.add(customer={"name": "Jan Berg"}, kind="compliment", summary="Lovely cake",
                   occurred_at="2026-10-12 16:00", staff="Tom", ref="GW-2026-00002")
    store.cases.add(customer={"name": "Eva Kohl"}, kind="complaint", summary="Long wait",
                   occurred_at="2026-10-20 09:15", channel="phone", ref="GW-2026-00003")
    store.close()


def rendered(tmp_path: Path, locale_name: str) -> dict[str, str]:
    db = tmp_path / f"{locale_name}.db"
    make_log(db, locale_name)
    out = {}
    for name, args in (("letter", ["letter", "GW-2026-00001", "--kind", "apology"]),
                       ("report", ["report", "--month", "2026-10"])):
        pdf = tmp_path / f"{locale_name}-{name}.pdf"
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args,
                               "--out", str(pdf)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        today = date.today()
        for shown in (day_in_words(today, locale_name), format_long_date(today, locale_name),
                      format_short_date(today, locale_name)):
            text = text.replace(shown, "<today>")
        out[name] = text
    return out


@pytest.mark.parametrize("locale_name", ["de_DE", "fr_FR"])
def test_letters_and_reports_print_the_words_they_printed_before(tmp_path, locale_name):
    for name, text in rendered(tmp_path, locale_name).items():
        golden = GOLDEN / f"{locale_name}-{name}.txt"
        assert text == golden.read_text("utf-8"), f"{golden.name} differs"
