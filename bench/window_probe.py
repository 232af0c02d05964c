"""A window over a database that reports when its first rows are painted and how much memory
it holds: `bare` is the floor (a QMainWindow with a QTableView of 200 rows read with plain
SQL into a QStandardItemModel), `app` is Goodwill's own main window with its whole case
list loaded."""
from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

ROWS = 200
COLUMNS = ("ref", "occurred_at", "customer_name", "kind", "category", "severity", "status",
           "staff", "summary")


def memory_kb() -> tuple[int, int]:
    """(resident now, peak resident) in kB, from /proc (Linux) or getrusage elsewhere."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = peak // 1024 if sys.platform == "darwin" else peak
        return peak, peak


class _Painted(QObject):
    def __init__(self, view, then):
        super().__init__(view)
        self.view, self.then = view, then
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.view.model().rowCount() > 0:
            self.view.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def bare(app: QApplication, db: Path) -> None:
    """The floor: 200 rows read with sqlite3 into a QStandardItemModel, shown in a
    QTableView inside a QMainWindow."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM cases ORDER BY occurred_ts DESC "
                        f"LIMIT {ROWS}").fetchall()
    model = QStandardItemModel(len(rows), len(COLUMNS))
    model.setHorizontalHeaderLabels(COLUMNS)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1100, 700)

    def painted():
        print(f"first paint ms={(time.perf_counter() - STARTED) * 1000:.0f} rows={len(rows)}",
              flush=True)
        print("rss kb={} peak_kb={}".format(*memory_kb()), flush=True)
        app.quit()

    _Painted(view, painted)
    window.show()
    app.exec()


def goodwill(app: QApplication, db: Path | str) -> None:
    from data.store import Store
    from ui import quicken_pyside_imports

    quicken_pyside_imports()  # as ui.app does before the window's modules
    from ui.context import AppContext
    from ui.main_window import MainWindow

    ctx = AppContext(Store(db))
    window = MainWindow(ctx)
    window.resize(1100, 700)
    state = {"painted": False, "complete": False}

    def check(*_):
        if state["painted"] and window.model.complete:
            # Let the pool settle, so memory is measured with the whole list in place.
            ctx.pool.waitForDone()
            app.processEvents()
            print("rss kb={} peak_kb={}".format(*memory_kb()), flush=True)
            print(f"ids={len(window.model.ids)}", flush=True)
            app.quit()

    def painted():
        state["painted"] = True
        print(f"first paint ms={(time.perf_counter() - STARTED) * 1000:.0f} "
              f"rows={window.model.rowCount()}", flush=True)
        check()

    window.first_paint.connect(painted)
    window.model.ids_loaded.connect(lambda complete: QTimer.singleShot(0, check))
    window.show()
    app.exec()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, where = sys.argv[1], sys.argv[2]
    # A file, or (for `app`) a PostgreSQL URL holding the same cases.
    path = where if where.startswith("postgresql://") else Path(where)
    application = QApplication(sys.argv[:1])
    (bare if mode == "bare" else goodwill)(application, path)
    sys.stdout.flush()
    # As main.py ends: without Qt's clean-up (PySide6 can abort collecting its objects).
    os._exit(0)
