"""The one application context every view receives: store, settings, change signal, workers,
and the single object through which the app asks the owner anything."""
from __future__ import annotations

import gc
import threading
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QCoreApplication, QEventLoop, QObject, QRunnable, QSettings, Qt, QThreadPool, Signal, Slot,
)
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from data.store import Store


class Events(QObject):
    """App-wide announcements. After any write the writer emits `data_changed(what)` once;
    views refresh themselves from it (what: 'cases', 'customers', 'profile', 'checklists',
    'letters', 'all')."""

    data_changed = Signal(str)


class Interaction:
    """Every question to the owner goes through here, so tests can answer them (git-cola).

    Tests replace `ctx.ask` with a subclass whose methods return scripted answers.
    """

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self.parent, title, text) == QMessageBox.StandardButton.Yes

    def choose(self, title: str, text: str, choices: list[str]) -> int | None:
        """One of several answers (button texts): its index, or None when dismissed."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def text(self, title: str, label: str, default: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(self.parent, title, label, default)
        return value if ok else None

    def open_file(self, title: str, filters: str, start: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, start, filters)
        return Path(name) if name else None

    def save_file(self, title: str, filters: str, suggested: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(name) if name else None

    def open_files(self, title: str, filters: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, "", filters)
        return [Path(n) for n in names]

    def open_externally(self, path: Path) -> bool:
        """Hand a file to the program the system uses for it (viewer, mail program)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _WorkerSignals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int)


class _Job(QRunnable):
    """Runs `fn(progress)` on a pool thread.

    A pool thread must never be where a Qt object's wrapper dies: PySide then queues the
    C++ deletion for the GUI thread, and running that queue crashed the process (SIGSEGV in
    shiboken's runDeletionInMainThread, seen when a worker parsing a million ids tripped
    Python's cycle collector, which freed a closed window's widgets on the worker). So:
    - Python's cycle collector is paused while any job runs (`_GcPause`), so it only ever
      runs on the GUI thread;
    - the signals object belongs to the application object, and is deleted on the GUI
      thread once the answer has arrived;
    - the context keeps `fn` (and whatever it holds) until then, and the worker lets go of
      its own references to `fn` before it answers."""

    def __init__(self, fn, signals: _WorkerSignals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    @Slot()
    def run(self) -> None:
        fn, self.fn = self.fn, None
        signals = self.signals
        try:
            result = fn(signals.progress.emit)
        except BaseException as exc:  # reported to the GUI thread, never lost
            fn = None
            signals.failed.emit(exc, traceback.format_exc())
        else:
            fn = None
            signals.done.emit(result)


class _GcPause:
    """Automatic cycle collection off while background jobs run; counted on the GUI thread
    only (a job is counted before it is started and uncounted when its answer arrives)."""

    running = 0
    was_enabled = False

    @classmethod
    def job_started(cls) -> None:
        if cls.running == 0:
            cls.was_enabled = gc.isenabled()
            gc.disable()
        cls.running += 1

    @classmethod
    def job_finished(cls) -> None:
        cls.running -= 1
        if cls.running == 0 and cls.was_enabled:
            gc.enable()


class BackgroundJob:
    """A handle on one `run_in_background` job, to give up on it: a job still queued never
    starts, a running read stops at its next step (Store.stop_when, and Store.interrupt on
    a server), and neither answers."""

    def __init__(self, runnable: QRunnable, pool: QThreadPool, forget: Callable[[], None],
                 writes: bool):
        self._runnable, self._pool, self._forget, self._writes = runnable, pool, forget, writes
        self._lock = threading.Lock()  # the pool deletes a runnable once it has run
        self._queued = True
        self.cancelled = False

    def started(self, reader: Store) -> None:
        """On the pool thread, once the job runs with its own connection."""
        with self._lock:
            self._queued = False
            self._reader = reader
        if not self._writes and reader is not None:
            reader.stop_when(lambda: self.cancelled)

    def cancel(self) -> None:
        """GUI thread only. A query the owner no longer waits for (a superseded search, a
        list whose window closes) must not hold one of the pool's threads. A write is never
        stopped."""
        if self._writes:
            return
        self.cancelled = True
        with self._lock:
            taken = self._queued and self._pool.tryTake(self._runnable)
            self._queued = self._queued and not taken
            reader = None if self._queued else getattr(self, "_reader", None)
        if reader is not None:
            reader.interrupt()
        if taken:
            self._forget()


class AppContext:
    """Passed to every window and dialog instead of globals."""

    def __init__(self, store: Store, settings: QSettings | None = None,
                 ask: Interaction | None = None):
        self.store = store
        self.settings = settings or QSettings("Goodwill", "Goodwill")
        self.events = Events()
        self.ask = ask or Interaction()
        self.pool = QThreadPool.globalInstance()
        self._jobs: dict[_WorkerSignals, Callable] = {}  # running jobs and what they run
        self.person = None  # the ui.actions.Actor at this desk, chosen in ui/desk_picker.py

    def by(self) -> str:
        """The name this desk's changes are recorded under: the person at the desk when the
        business keeps staff records, else the owner's name (as before)."""
        return self.person.name if self.person is not None else self.store.profile.get().owner

    @property
    def db_path(self) -> Path:
        return self.store.path

    def actor(self, name: str | None = None):
        """Who acts from this window (ui.actions.Actor): `name` when a panel names the person
        (the checklist's "Ticking as"), else the person at the desk (`by`)."""
        from ui.actions import Actor

        name = self.by() if name is None else name
        person = self.person
        return Actor(name, person.id if person is not None and person.name == name else None)

    def busy(self) -> bool:
        """True while a background job has not reported back yet."""
        return bool(self._jobs)

    def announce(self, what: str = "all") -> None:
        self.events.data_changed.emit(what)

    def replace_store(self, store: Store) -> None:
        """Continue on another Store (after a restore); every view reloads from it."""
        self.store = store
        self.announce("all")

    def run_in_background(self, work: Callable[[Store, Callable[[int, int], None]], object],
                          on_done: Callable[[object], None],
                          on_error: Callable[[BaseException, str], None] | None = None,
                          on_progress: Callable[[int, int], None] | None = None,
                          writes: bool = False, needs_store: bool = True) -> BackgroundJob:
        """Run `work(store, progress)` on a pool thread with its own connection (read-only
        unless `writes`); `on_done(result)` / `on_error(exc, traceback)` run on the GUI
        thread. A job that writes should be followed by `announce()` in on_done. The
        returned handle cancels a read (never a write): a cancelled job does not answer.
        Without `needs_store` no connection is opened and `work` gets None (a connection
        test to another server must not wait for this one)."""
        signals = _WorkerSignals(QCoreApplication.instance())  # see _Job

        def finish(_=None):
            if self._jobs.pop(signals, None) is not None:  # its last references go here
                signals.deleteLater()
                _GcPause.job_finished()

        def answer(handler):
            return lambda *args: None if handle.cancelled else handler(*args)

        signals.done.connect(answer(on_done))
        signals.done.connect(finish)
        signals.failed.connect(answer(on_error or self._report_error))
        signals.failed.connect(finish)
        if on_progress:
            signals.progress.connect(answer(on_progress))
        path = self.store.target

        def job(progress):
            if not needs_store:
                handle.started(None)
                return work(None, progress)
            reader = Store(path, quick_check=False) if writes else Store(path, readonly=True)
            try:
                handle.started(reader)
                return work(reader, progress)
            finally:
                reader.close()

        runnable = _Job(job, signals)
        handle = BackgroundJob(runnable, self.pool, finish, writes)
        self._jobs[signals] = job
        _GcPause.job_started()
        self.pool.start(runnable)
        return handle

    def save(self, work: Callable[[Store], object], busy: QWidget | None = None) -> object:
        """Run one of the owner's saves, `work(store)`, on a pool thread with a connection of
        its own, and wait for its answer without stopping the window: timers, painting and
        other desks' news go on while a shared log's lock is waited for (at most its lock
        timeout). Returns work's result, or raises its error here as if it had run here.
        `busy` (the form that saves) is disabled meanwhile, so no second save starts.
        With staff records and nobody chosen at the desk, nothing is saved (NobodyActing)."""
        from PySide6.QtGui import QGuiApplication

        if self.person is None and self.store.staff.any():
            from data.staff import NobodyActing

            raise NobodyActing(QCoreApplication.translate(
                "AppContext", "Nothing was saved: choose who is at the desk first (File > "
                "Change person…)."))
        answer: dict = {}
        loop = QEventLoop()

        def done(result):
            answer["result"] = result
            loop.quit()

        def failed(exc, _details):
            answer["error"] = exc
            loop.quit()

        def job(writer, _progress):
            result = work(writer)
            return result, writer.changes

        self.run_in_background(job, done, failed, writes=True)
        if not answer:
            if busy is not None:
                busy.setEnabled(False)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                loop.exec()
            finally:
                QGuiApplication.restoreOverrideCursor()
                if busy is not None:
                    busy.setEnabled(True)
        if "error" in answer:
            raise answer["error"]
        result, changes = answer["result"]
        self.store.changes += changes  # written by the worker's connection
        return result

    def _report_error(self, exc: BaseException, details: str) -> None:
        self.ask.error(QCoreApplication.translate("AppContext", "Something went wrong"),
                       str(exc), details)
