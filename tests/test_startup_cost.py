"""What a start of the window costs before its first paint: whole processes, as the owner
starts it, because what one test process has already loaded or installed hides it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, *args: str) -> dict:
    """Run `code` in a fresh interpreter (the project on its path); its last line is JSON."""
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def demo_file(tmp_path) -> Path:
    from data.demo import load_demo
    from data.store import Store

    path = tmp_path / "shop.db"
    store = Store(path)
    load_demo(store)
    store.close()
    return path


SMOKE = """
import json, os, sys
from main import main
code = main(["--db", sys.argv[1], "--smoke"])
from PySide6.QtWidgets import QApplication
guard = getattr(QApplication.instance(), "_goodwill_wheel_guard", None)
print(json.dumps({"code": code, "modules": list(sys.modules), "guard": guard is not None}))
sys.stdout.flush()
os._exit(0)
"""


BARE = """
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
import sqlite3
print(json.dumps({"modules": sorted(sys.modules)}))
"""


def loaded_beyond_bare(seen: dict) -> set[str]:
    """What the smoke start loaded that a bare PySide6 window script does not (whatever
    this Python's site or PySide6 itself loads is not ours to trim)."""
    return set(seen["modules"]) - set(_run(BARE)["modules"])


def test_a_smoke_start_does_not_load_the_command_line(demo_file):
    """With no command named, the window's options are read without the command modules
    (each loads the data and action modules of its commands)."""
    seen = _run(SMOKE, str(demo_file))
    assert seen["code"] == 0
    loaded = loaded_beyond_bare(seen)
    assert "ui.cli" in loaded
    assert not {m for m in loaded if m.startswith("ui.cli.") and m != "ui.cli.common"}
    assert not {"ui.actions.letters", "data.import_reading"} & loaded


def test_a_smoke_start_loads_nothing_it_needs_only_later(demo_file):
    """Hashing (OpenSSL: PINs, log transfers), the X display check's sockets (offscreen
    here), the Shared database dialog (the status bar only needs the desk's staff name),
    the Store's parts no first screen uses, and what the window builds after its first
    paint, which --smoke never reaches."""
    seen = _run(SMOKE, str(demo_file))
    assert seen["code"] == 0
    assert not {"hashlib", "hmac", "socket", "ui.shared_dialog", "data.letters",
                "data.privacy", "data.undo", "data.backup", "data.transfer", "data.desks",
                "ui.reminders", "ui.approvals_panel", "reportlab", "reports"
                } & loaded_beyond_bare(seen)


def test_the_stores_modules_load_before_qt(demo_file):
    """Once PySide6 is loaded its import hook reads the source of every module imported
    after it: the Store's modules (dozens, no Qt) come first."""
    seen = _run(SMOKE, str(demo_file))
    assert seen["code"] == 0
    order = seen["modules"]  # in the order they were imported
    assert order.index("data.store") < order.index("PySide6")


def test_a_smoke_start_paints_without_the_wheel_guard(demo_file):
    """An application-wide Python event filter has PySide wrap every object and event it
    sees; installed before the first paint, it cost a third of the start-up."""
    seen = _run(SMOKE, str(demo_file))
    assert seen["code"] == 0
    assert not seen["guard"]


PAINTED = """
import json, os, sys
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from data.store import Store
from tests.ui_support import ScriptedAsk
from ui.context import AppContext
from ui.main_window import MainWindow

app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(AppContext(Store(sys.argv[1]), settings=settings, ask=ScriptedAsk()))
window.first_paint.connect(lambda: QTimer.singleShot(0, app.quit))
QTimer.singleShot(20_000, app.quit)
window.show()
app.exec()
box = window.case_view.fields["status"]
shown = box.currentIndex()
middle = QPointF(box.rect().center())
QApplication.sendEvent(box, QWheelEvent(
    middle, QPointF(box.mapToGlobal(middle.toPoint())), QPoint(0, 0), QPoint(0, -240),
    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
    False))
print(json.dumps({"painted": window.paint_watcher.done,
                  "strong": box.focusPolicy() == Qt.FocusPolicy.StrongFocus,
                  "unchanged": box.currentIndex() == shown}))
sys.stdout.flush()
os._exit(0)
"""


def test_fields_built_before_the_first_paint_are_guarded_after_it(demo_file, tmp_path):
    """The guard comes after the window's fields were built and polished: it finds them."""
    seen = _run(PAINTED, str(demo_file), str(tmp_path / "settings.ini"))
    assert seen == {"painted": True, "strong": True, "unchanged": True}


def test_a_smoke_start_leaves_the_owners_settings_alone(demo_file, tmp_path):
    """--smoke ends at the first paint without closing the window (which saves its
    geometry, columns and splitter, and waits for the settings file to be written)."""
    seen = _run(SMOKE, str(demo_file))
    assert seen["code"] == 0
    assert not (tmp_path / "user-config" / "Goodwill").exists()


@pytest.mark.parametrize("line", [
    [], ["--db", "shop.db", "--smoke"], ["--db=--"], ["--version"], ["--sm", "--debug"],
    ["--as", "Ann", "--db", "shop.db"]])
def test_the_windows_options_read_as_the_full_parser_reads_them(line):
    from ui.cli import build_parser, parse, window_options

    assert vars(window_options(line)) == vars(parse(build_parser(), line))


@pytest.mark.parametrize("line", [
    ["list"], ["--db", "shop.db", "list", "--overdue"], ["-h"], ["--he"], ["--d", "x"],
    ["--db"], ["--smoke", "--nonsense"]])
def test_a_command_help_or_mistake_goes_to_the_full_parser(line):
    from ui.cli import window_options

    assert window_options(line) is None
