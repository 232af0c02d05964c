"""--smoke ends at the first paint: nothing the window starts after it holds the process."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from ui_support import ScriptedAsk
from ui.context import AppContext


def test_a_window_stopped_at_its_first_paint_starts_no_reminders_or_counts(qtbot, demo_store,
                                                                             tmp_path):
    from ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(demo_store, settings=settings, ask=ScriptedAsk())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    painted = []
    # As ui/app.py does for --smoke: stop everything in the background at the first paint.
    window.first_paint.connect(lambda: (window.stop_background(), painted.append(True)))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=20_000)
    qtbot.wait(50)  # the paint's other slots and anything they posted
    assert window.reminders is None
    assert window._side_info is None
    ctx.pool.waitForDone(20_000)
