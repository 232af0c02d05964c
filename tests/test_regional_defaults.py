"""A new log starts from one choice, the computer's locale: its language and formats, its
currency and its paper; the demo business and its locale agree."""
from __future__ import annotations

import pytest

from data.demo import load_demo
from data.l10n import regional_defaults
from data.store import Store


@pytest.mark.parametrize(("locale_name", "currency", "paper"), [
    ("en_US", "USD", "letter"), ("en_GB", "GBP", "a4"), ("de_DE", "EUR", "a4"),
    ("fr_CA", "CAD", "letter"), ("de_CH", "CHF", "a4"), ("pt_BR", "BRL", "a4"),
    ("nl", "EUR", "a4")])
def test_a_locale_brings_its_currency_and_paper(locale_name, currency, paper):
    assert regional_defaults(locale_name) == (currency, paper)


@pytest.mark.parametrize(("system", "currency", "paper"), [
    ("en_US.UTF-8", "USD", "letter"), ("de_DE.UTF-8", "EUR", "a4")])
def test_a_new_log_takes_language_currency_and_paper_from_the_system(
        target, monkeypatch, system, currency, paper):
    for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, system)
    with Store(target) as store:
        profile = store.profile.get()
    assert (profile.locale, profile.currency, profile.paper) == (
        system.split(".")[0], currency, paper)


def test_an_upgraded_log_keeps_the_currency_its_owner_chose(db_path, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "en_US.UTF-8")
    with Store(db_path) as store:
        store.profile.update(currency="JPY", paper="a4", name="Sushi Bar")
    with Store(db_path) as store:
        assert (store.profile.get().currency, store.profile.get().paper) == ("JPY", "a4")


@pytest.mark.parametrize(("system", "locale_name", "currency"), [
    ("en_US.UTF-8", "en_GB", "GBP"), ("de_DE.UTF-8", "de_DE", "EUR")])
def test_the_demo_business_and_its_locale_agree(target, monkeypatch, system, locale_name,
                                                currency):
    for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, system)
    with Store(target) as store:
        load_demo(store, count=20)
        profile = store.profile.get()
    assert (profile.locale, profile.currency, profile.paper) == (locale_name, currency, "a4")


def test_choosing_a_region_in_the_profile_brings_its_currency_and_paper(qtbot, store,
                                                                         tmp_path):
    from tests.ui_support import open_window
    from ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(open_window(qtbot, store, tmp_path).ctx)
    qtbot.addWidget(dialog)
    box = dialog.fields["locale"]
    box.setCurrentIndex(box.findData("en_US"))
    assert dialog.fields["currency"].text() == "USD"
    assert dialog.fields["paper"].currentData() == "letter"
    box.setCurrentIndex(box.findData("de_DE"))
    assert (dialog.fields["currency"].text(), dialog.fields["paper"].currentData()) == (
        "EUR", "a4")
