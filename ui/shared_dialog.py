"""Settings > Data > Shared database…: one log on a PostgreSQL server for several desks,
the connection test, and this desk's staff name."""
from __future__ import annotations

from urllib.parse import quote, unquote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)

from data import passwords, pg
from ui.desk_status import STAFF_KEY, staff_name
from ui.i18n import fill

URL_KEY = "shared/url"


def saved_url(settings) -> str:
    """The shared log this computer opens at start (when no --db is given), with its
    password from the keyring, or ''. An address saved with its password by an earlier
    version is moved into the keyring on the way, so the settings file no longer holds it."""
    url = str(settings.value(URL_KEY, "") or "").strip()
    if not pg.is_url(url):
        return ""
    bare = passwords.remember(url)
    if bare != url:
        settings.setValue(URL_KEY, bare)
        settings.sync()
    return passwords.recall(bare)


class SharedDatabaseDialog(QDialog):
    """The PostgreSQL URL, a connection test off the GUI thread, and the staff name.
    Saved in the settings: the next start opens the shared log (a --db still wins)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._test = None  # the running connection test
        self.setWindowTitle(self.tr("Shared database"))
        self.resize(620, 300)

        intro = QLabel(self.tr(
            "Several computers can keep one log on a PostgreSQL server: every desk sees the "
            "same cases, and the lists refresh within seconds when another desk saves. "
            "Without a shared database, Goodwill keeps the log in a file on this computer."))
        intro.setWordWrap(True)
        bare, password = passwords.split_password(saved_url(ctx.settings)
                                                  or (ctx.store.url or ""))
        self.url = QLineEdit(bare)
        self.url.setPlaceholderText("postgresql://user@host/dbname")
        self.url.setAccessibleName(self.tr("PostgreSQL address"))
        self.url.setEchoMode(QLineEdit.EchoMode.Normal)
        self.url.textChanged.connect(lambda _: self._show_result("", None))
        self.password = QLineEdit(unquote(password or ""))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the shared database"))
        self.password.setPlaceholderText(self.tr("Leave empty to use a .pgpass file"))
        self.password.textChanged.connect(lambda _: self._show_result("", None))
        self.staff = QLineEdit(staff_name(ctx.settings))
        self.staff.setAccessibleName(self.tr("Staff name on this desk"))
        self.staff.setPlaceholderText(self.tr("Who works at this computer"))

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Connection test result"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)

        form = QFormLayout()
        form.addRow(self.tr("PostgreSQL address:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", test_row)
        form.addRow(self.tr("Staff name on this desk:"), self.staff)
        self.now_label = QLabel(fill(self.tr("Now open: %1"), ctx.store.location))
        self.now_label.setWordWrap(True)
        self.now_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr(
            "The address is kept in this computer's settings for your user; its password "
            "goes to the system keyring (or, where there is none, a file only you can read), "
            "never into the settings. You may leave the password out of the address and keep "
            "it in a .pgpass file instead. A change of database takes effect the next time "
            "Goodwill starts."))
        note.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Use the shared database"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.local_button = buttons.addButton(self.tr("Use the file on this computer"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.local_button.clicked.connect(self.use_local_file)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.now_label)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # ---- the connection test ---------------------------------------------------------------
    def address(self) -> str:
        """The typed address with the password field put in (a password typed into the
        address itself is kept when the field is empty)."""
        url = self.url.text().strip()
        if self.password.text() and pg.is_url(url):
            return passwords.with_password(passwords.split_password(url)[0],
                                           quote(self.password.text(), safe=""))
        return url

    def test_connection(self) -> None:
        url = self.address()
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Connecting…"), None)
        if self._test is not None:
            self._test.cancel()
        self._test = self.ctx.run_in_background(
            lambda _store, _progress: pg.test_connection(url), self._tested_ok,
            self._tested_badly, needs_store=False)

    def _tested_ok(self, description: str) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        self._show_result(description, True)

    def _tested_badly(self, exc: BaseException, _details: str) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        self._show_result(str(exc), False)

    def _show_result(self, text: str, ok: bool | None) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok is None else
                                  "color: #2a7d2a;" if ok else "color: #d33;")

    def done(self, code: int) -> None:
        if self._test is not None:  # nothing is left to show its answer
            self._test.cancel()
            self._test = None
        super().done(code)

    # ---- saving ------------------------------------------------------------------------------
    def _save_staff(self) -> None:
        self.ctx.settings.setValue(STAFF_KEY, self.staff.text().strip())

    def save(self) -> None:
        url = self.address()
        if not pg.is_url(url):
            self._show_result(self.tr("A shared database address starts with postgresql:// "
                                      "(for example postgresql://user:password@host/dbname)."),
                              False)
            return
        self.ctx.settings.setValue(URL_KEY, passwords.remember(url))
        self._save_staff()
        self.ctx.settings.sync()
        if self.ctx.store.url != url:
            self.ctx.ask.inform(self.tr("Shared database"), fill(self.tr(
                "Goodwill opens the shared database %1 the next time it starts."),
                pg.redact(url)))
        self.accept()

    def use_local_file(self) -> None:
        """Back to the file on this computer (the shared log stays on its server)."""
        self.ctx.settings.remove(URL_KEY)
        self._save_staff()
        self.ctx.settings.sync()
        if self.ctx.store.shared:
            self.ctx.ask.inform(self.tr("Shared database"), self.tr(
                "Goodwill opens the file on this computer the next time it starts. The shared "
                "log stays on its server for the other desks."))
        self.accept()
