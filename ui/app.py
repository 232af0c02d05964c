"""Starting the desk window: one copy per database, opening problems, first run, --smoke."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_NO_WINDOW = ("The command line works without one: python3 main.py --help lists what it "
              "can do.")


def display_problem(env) -> str | None:
    """Why no window can open here (a server, a desktop session gone), in one line, or None.
    Checked before Qt starts: Qt would abort with a core dump and blame a missing library."""
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs...: Qt draws without a desktop
    if platform.startswith("wayland") or (not platform and env.get("WAYLAND_DISPLAY")):
        name = env.get("WAYLAND_DISPLAY", "wayland-0")
        where = Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "/")) / name
        if where.exists():
            return None
        if platform:
            return f"cannot reach the Wayland display {name}. {_NO_WINDOW}"
    display = env.get("DISPLAY", "")
    if not display:
        return ("there is no display to open the window on (DISPLAY is not set: a server, or "
                f"a terminal outside the desktop session). {_NO_WINDOW}")
    if not _x_display_answers(display):
        return (f"cannot reach the display {display} (the desktop session may have ended). "
                f"{_NO_WINDOW}")
    return None


def _x_display_answers(display: str) -> bool:
    """Whether an X server listens where DISPLAY points (host:N.S, :N, unix:N, a socket path)."""
    import socket  # deferred: only an X display is asked, not Wayland or offscreen

    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return True  # a form we do not know: let Qt try
    try:
        if host in ("", "unix") or host.startswith("/"):
            path = host if host.startswith("/") else f"/tmp/.X11-unix/X{number}"
            for address in ("\0" + path, path):  # the abstract socket first, as Xlib does
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                    sock.settimeout(1.0)
                    try:
                        sock.connect(address)
                        return True
                    except OSError:
                        continue
            return False
        with socket.create_connection((host, 6000 + int(number)), timeout=1.0):
            return True
    except OSError:
        return False


def run_gui(db_path: Path | str, smoke: bool = False, chosen: bool = True) -> int:
    """`db_path` is a file or a postgresql:// URL; when it was not `chosen` (no --db), the
    shared log saved in Settings > Data > Shared database… is opened instead, if any."""
    started = time.perf_counter()
    problem = display_problem(os.environ)
    if problem:
        print(f"goodwill: {problem}", file=sys.stderr)
        return 1
    # The Store's modules before Qt's: once PySide6 is loaded, its import hook looks at the
    # source of every module imported after it (ui.quicken_pyside_imports makes that a read
    # of the file for the window's modules).
    from data import pg
    from data.db import DatabaseProblem
    from data.paths import APP_NAME, APP_VERSION, resource_path
    from data.store import Store
    from ui import quicken_pyside_imports

    quicken_pyside_imports()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(APP_VERSION)
    icon = resource_path("icons", "goodwill-256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    local = db_path if pg.is_url(db_path) else Path(db_path)
    path = local
    if not chosen:
        from PySide6.QtCore import QSettings

        from ui.shared_dialog import saved_url

        path = saved_url(QSettings(APP_NAME, APP_NAME)) or local
    while True:
        # One window per log on this computer: a shared log's lock is beside its stand-in
        # path (the folder of this desk's snapshots of it).
        lock = SingleInstance(pg.backup_home(path) if pg.is_url(path) else path)
        if not lock.acquire():
            where = pg.redact(path) if pg.is_url(path) else str(path)
            if lock.cannot_create:
                # Not another copy: the lock file beside the database could not be made.
                message = QCoreApplication.translate(
                    "App", "Goodwill cannot work on this database: the folder it is in "
                    "cannot be written to (%2).\n%1").replace("%1", where).replace(
                    "%2", lock.cannot_create)
            else:
                message = QCoreApplication.translate(
                    "App", "Goodwill is already open on this database:\n%1").replace("%1", where)
            if smoke:
                print(f"goodwill: {message}", file=sys.stderr)
            else:
                QMessageBox.warning(None, APP_NAME, message)
            return 1
        try:
            # The full page check would hold up the first paint (it reads every page);
            # it runs in the background right after the window shows (_verify_in_background).
            ctx, window = _first_window(Store(path, quick_check=False), app)
            break
        except DatabaseProblem as problem:
            lock.release()
            if smoke:
                from data.backup import with_backup_offered

                print(f"goodwill: {with_backup_offered(problem)}", file=sys.stderr)
                return 1
            # Imported only here: every start would otherwise load it before the first paint.
            from ui.open_problem import resolve_open_problem

            _guard_wheel()
            path = resolve_open_problem(problem)
            if path is None:
                return 1
        except pg.ServerProblem as problem:
            lock.release()
            if smoke:
                print(f"goodwill: {problem}", file=sys.stderr)
                return 1
            _guard_wheel()
            path = _server_problem(problem, path, None if pg.is_url(local) else local)
            if path is None:
                return 1

    if smoke:
        def painted() -> None:
            ms = (time.perf_counter() - started) * 1000
            print(f"first paint ms={ms:.0f} rows={window.visible_rows()}", flush=True)
            window.stop_background()  # the full list and counts would only delay the exit
            # A smoke run leaves the owner's settings alone: quit() would close the window
            # first, and closing it saves them.
            app.exit(0)

        window.first_paint.connect(painted)
        # An empty database paints the welcome page instead of rows.
        QTimer.singleShot(20_000, lambda: (print("goodwill: first paint never came",
                                                 file=sys.stderr), app.exit(1)))
    window.show()
    if not smoke:
        QTimer.singleShot(0, lambda: _after_show(ctx, window))
    try:
        code = app.exec()
    finally:
        ctx.pool.waitForDone(30_000)
        if not smoke:
            _backup_on_quit(ctx)
        ctx.store.close()  # the restore dialog may have swapped in a new store
        lock.release()
        ctx.settings.sync()  # main.py ends the process without Qt's own clean-up
    return code


def _guard_wheel() -> None:
    """The mouse wheel guard for a dialog shown before the window (which installs it after
    its first paint; see ui.wheel_guard.install)."""
    from PySide6.QtWidgets import QApplication  # Qt loads after the display check

    from ui import wheel_guard

    wheel_guard.install(QApplication.instance())


def _first_window(store, app):
    """The context and main window over a newly opened store. The first screen's reads are
    the first of many pages: damage there (which the full check, run after the window
    shows, would find) becomes the DatabaseProblem the start-up dialog offers a backup for."""
    import sqlite3

    from data.db import damage_behind
    from ui.i18n import install

    ctx = None
    try:
        install(store.profile.get().locale)  # before any window is built: widgets translate once

        from ui.context import AppContext
        from ui.main_window import MainWindow

        ctx = AppContext(store)
        window = MainWindow(ctx)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        problem = None if store.shared else damage_behind(store.path, exc)
        if ctx is not None:
            ctx.pool.waitForDone(30_000)
        store.close()
        if problem is None:
            raise
        raise problem from exc
    except BaseException:
        store.close()
        raise
    window.setWindowIcon(app.windowIcon())
    return ctx, window


def _server_problem(problem, url: str, local):
    """The shared log cannot be opened (wrong password, server down): try again, open the
    file on this computer instead (when there is one to fall back to), or quit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from data.paths import APP_NAME

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(problem))
    retry = box.addButton(QCoreApplication.translate("App", "Try again"),
                          QMessageBox.ButtonRole.AcceptRole)
    use_file = (box.addButton(QCoreApplication.translate("App", "Use the file on this computer"),
                              QMessageBox.ButtonRole.ActionRole) if local is not None else None)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is retry:
        return url
    if use_file is not None and box.clickedButton() is use_file:
        return local
    return None


def _after_show(ctx, window) -> None:
    from data.backup import backup_if_due

    def backup_when_sound() -> None:
        ctx.run_in_background(lambda store, _progress: backup_if_due(store), lambda _path: None)

    _verify_in_background(ctx, window, backup_when_sound)
    _warn_if_shared_folder(ctx, window)
    if not ctx.store.profile.is_set():
        from ui.profile_dialog import ProfileDialog

        _guard_wheel()  # this may come before the window's first paint
        ProfileDialog(ctx, window, first_run=True).exec()


def _warn_if_shared_folder(ctx, window) -> None:
    """Once per file: a database on a network drive or in a synced folder is at risk; the
    shared database is the way to use one log from several computers."""
    from PySide6.QtCore import QCoreApplication

    from data.paths import shared_folder_risk

    if ctx.store.shared:
        return
    risk = shared_folder_risk(ctx.store.path)
    key = f"warned_shared_folder/{ctx.store.path}"
    if risk is None or ctx.settings.value(key, False, type=bool):
        return
    ctx.settings.setValue(key, True)
    where = (QCoreApplication.translate("App", "a network drive (%1)") if risk[0] == "network"
             else QCoreApplication.translate("App", "a folder that syncs to the cloud (%1)")
             ).replace("%1", risk[1])
    ctx.ask.inform(QCoreApplication.translate("App", "This database is in a shared folder"),
                   QCoreApplication.translate(
        "App", "%1 is on %2.\n\nA Goodwill file there can be damaged when two computers use "
        "it at once, or when the folder syncs while Goodwill is writing. To work on one log "
        "from several computers, use File > Shared database… (PostgreSQL) instead; to keep "
        "this file safe, move it to a folder on this computer.").replace(
        "%1", str(ctx.store.path)).replace("%2", where))


def _backup_on_quit(ctx) -> None:
    from data.backup import backup_on_quit

    try:
        backup_on_quit(ctx.store)
    except Exception as exc:  # a failed backup must not lose the owner's window state
        print(f"goodwill: backup on quit failed: {exc}", file=sys.stderr)


def _verify_in_background(ctx, window, when_sound) -> None:
    """Read every page once (PRAGMA quick_check) off the GUI thread; on damage, stop using
    the file and offer the latest good backup or another file, as at start-up. Only a
    sound file goes on to `when_sound` (the daily backup must not copy damage)."""
    from data import db as dbmod

    if ctx.store.shared:
        when_sound()  # the server keeps its own pages; there is no file here to read
        return

    def verify(store, _progress):
        try:
            dbmod.inspect(store.path, quick_check=True)
        except dbmod.DatabaseProblem as problem:
            return problem
        return None

    def checked(problem) -> None:
        if problem is None:
            when_sound()
        else:
            _damaged(ctx, window, problem)

    ctx.run_in_background(verify, checked)


def _damaged(ctx, window, problem) -> None:
    from PySide6.QtWidgets import QApplication

    from data.db import DatabaseProblem
    from data.store import Store
    from ui.open_problem import resolve_open_problem

    ctx.pool.waitForDone(30_000)
    ctx.store.close()
    path = resolve_open_problem(problem, window)
    while path is not None:
        try:
            ctx.replace_store(Store(path))
            return
        except DatabaseProblem as again:
            path = resolve_open_problem(again, window)
    ctx.store.changes = 0  # nothing to back up from a damaged file on the way out
    QApplication.quit()

