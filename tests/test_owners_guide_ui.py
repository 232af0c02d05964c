"""Help > Owner's guide opens docs/manual.md in the window, from source and from a bundle."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QKeySequence

from data.paths import owners_guide_path
from ui_support import open_window

ROOT = owners_guide_path().parent.parent


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    # The guide is the same on both engines: one file database is enough.
    from data.store import Store

    store = Store(db_path)
    yield open_window(qtbot, store, tmp_path)
    store.close()


def _help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu()
                and window.guide_action in a.menu().actions())


def test_help_has_the_owners_guide_on_the_help_key(window):
    assert _help_menu(window).actions()[0] is window.guide_action
    keys = window.guide_action.shortcuts()
    assert keys and (QKeySequence("F1") in keys
                     or keys == QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))


def test_the_guide_shows_the_manual_from_the_project(window, qtbot):
    from ui.owners_guide import OwnersGuide

    assert owners_guide_path() == ROOT / "docs" / "manual.md"
    assert owners_guide_path().is_file()
    window.guide_action.trigger()
    guide = window.findChild(OwnersGuide)
    assert guide is not None and guide.isVisible()
    assert guide.browser.source().toLocalFile() == str(owners_guide_path())
    text = guide.browser.toPlainText()
    assert "owner's guide" in text.lower() and "Merging customers" in text
    guide.browser.scrollToAnchor("command-line")  # the guide's contents links work here
    assert guide.browser.verticalScrollBar().value() > 0
    window.guide_action.trigger()  # asked again: the open guide comes to the front
    assert len(window.findChildren(OwnersGuide)) == 1


def test_a_bundle_without_the_guide_says_so_and_opens_nothing(window, tmp_path, monkeypatch):
    from ui.owners_guide import OwnersGuide

    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert owners_guide_path() == bundle / "docs" / "manual.md"
    window.guide_action.trigger()
    assert window.findChild(OwnersGuide) is None
    (title, text, _details), = window.ctx.ask.errors
    assert "owner's guide is not in this installation" in text
    assert str(bundle / "docs" / "manual.md") in text


def test_build_spec_bundles_the_guide_where_the_app_looks_for_it():
    spec = (ROOT / "build.spec").read_text()
    assert '(str(ROOT / "docs" / "manual.md"), "docs")' in spec
