"""PySide6 looks at every module imported after it for the text "PySide6"; the window's
start-up answers that by reading the file once instead of keeping its lines in linecache."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Imports the window's modules as main.py does, then says what PySide decided and what
# linecache holds. A fresh interpreter: the test process has imported PySide6 long ago.
SCRIPT = """
import json, linecache, sys
{quicken}
import ui.main_window, data.store, reports.letter
feature = sys.modules["shibokensupport.feature"]
names = ["ui.main_window", "ui.case_view", "data.store", "data.case_list", "reports.letter"]
print(json.dumps({{"linecache": sorted(linecache.cache),
                  "answers": {{n: feature.pyside_feature_dict.get(n) for n in names}}}}))
"""


def _run(quicken: bool) -> dict:
    code = SCRIPT.format(quicken="from ui import quicken_pyside_imports; quicken_pyside_imports()"
                         if quicken else "import PySide6")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_modules_are_not_kept_in_linecache_and_pysides_answers_stay():
    plain, quick = _run(quicken=False), _run(quicken=True)
    ours = [name for name in quick["linecache"] if name.startswith(str(ROOT))]
    assert ours == [], ours
    # Without it PySide reads each of our modules' source through linecache and keeps it.
    assert len([n for n in plain["linecache"] if n.startswith(str(ROOT))]) > 20
    # The same answers: a module naming PySide6 gets 0 ("no feature"), others -1 ("ignore").
    assert quick["answers"] == plain["answers"]
    assert quick["answers"]["ui.case_view"] == 0 and quick["answers"]["data.case_list"] == -1
