"""The shared log's password never lands in a settings file anyone can read: it goes to the
system keyring, or to a 0600 file where there is no keyring."""
from __future__ import annotations

import stat

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from data import passwords
from data.store import Store
from tests.ui_support import shared_dialog
from ui.shared_dialog import URL_KEY, saved_url

URL = "postgresql://ann:s3cr%40t@db.example.org:5432/shop?sslmode=require"
BARE = "postgresql://ann@db.example.org:5432/shop?sslmode=require"


class MemoryKeyring(KeyringBackend):
    """A working keyring (as Secret Service or the Credential Locker would be) in memory."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def set_password(self, service, username, password):
        self.items[service, username] = password

    def get_password(self, service, username):
        return self.items.get((service, username))

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def ring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


def test_the_password_is_split_from_the_address_and_put_back():
    assert passwords.split_password(URL) == (BARE, "s3cr%40t")
    assert passwords.split_password(BARE) == (BARE, None)
    assert passwords.with_password(BARE, "s3cr%40t") == URL


def test_with_a_keyring_the_password_goes_there_and_nowhere_else(ring):
    assert passwords.remember(URL) == BARE
    assert ring.items == {(passwords.SERVICE, BARE): "s3cr%40t"}
    assert not passwords.fallback_file().exists()
    assert passwords.recall(BARE) == URL
    passwords.forget(BARE)
    assert passwords.recall(BARE) == BARE


def test_without_a_keyring_the_password_goes_to_a_file_only_the_owner_can_read():
    assert passwords.remember(URL) == BARE
    path = passwords.fallback_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert passwords.recall(BARE) == URL
    passwords.forget(URL)
    assert passwords.recall(BARE) == BARE and "s3cr" not in path.read_text()


def test_an_address_with_no_stored_password_is_left_to_pgpass():
    assert passwords.recall("postgresql://bob@host/db") == "postgresql://bob@host/db"


def test_the_dialog_saves_the_address_without_its_password(qtbot, ring, db_path, tmp_path):
    with Store(db_path) as store:
        ctx, dialog = shared_dialog(qtbot, store, tmp_path)
        dialog.url.setText(BARE)
        dialog.password.setText("s3cr@t")
        dialog.save_button.click()
        ctx.settings.sync()
        assert "s3cr" not in (tmp_path / "settings.ini").read_text()
        assert ctx.settings.value(URL_KEY) == BARE
        assert saved_url(ctx.settings) == URL
        again, dialog = shared_dialog(qtbot, store, tmp_path)
        assert dialog.url.text() == BARE and dialog.password.text() == "s3cr@t"
        assert dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_an_address_saved_with_its_password_by_an_older_version_is_moved_out(ring, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(URL_KEY, URL)
    settings.sync()
    assert saved_url(settings) == URL
    assert "s3cr" not in (tmp_path / "settings.ini").read_text()
    assert ring.items[passwords.SERVICE, BARE] == "s3cr%40t"
