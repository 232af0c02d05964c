"""The window's languages: every tr() string translated in every catalogue, the compiled
.qm files current, and the desk really showing German or French for such a business."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from data.model import CaseFilter
from ui import i18n
from ui.case_model import COLUMNS
from ui_support import open_window, settle

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def language():
    """Install a business locale's translators the way ui/app.py does; put back English
    and the previous default locale afterwards, so other tests see the source texts."""
    before = QLocale()

    def use(store, locale_name: str):
        store.profile.update(locale=locale_name)
        return i18n.install(store.profile.get().locale)

    yield use
    i18n.uninstall()
    QLocale.setDefault(before)


def test_every_window_string_has_a_finished_translation_in_every_catalogue(tmp_path):
    """lupdate over today's sources, into copies of the committed catalogues: a tr() string
    that is new, or changed, arrives unfinished and fails here."""
    tool = _tool()
    problems = {}
    for language in ("en",) + tool.LANGUAGES:
        copy = tmp_path / tool.ts_path(language).name
        shutil.copy(tool.ts_path(language), copy)
        tool.lupdate(copy, language, plural_only=language == "en")
        missing = tool.unfinished(copy)
        if missing:
            problems[language] = missing
    assert not problems, ("run tools/update_translations.py and translate: "
                          f"{ {k: v[:5] for k, v in problems.items()} }")


def test_catalogues_hold_the_same_strings_as_the_sources(tmp_path):
    """Nothing obsolete lingers: the committed .ts is what lupdate makes from the sources."""
    tool = _tool()
    for language in tool.LANGUAGES:
        copy = tmp_path / f"goodwill_{language}.ts"
        shutil.copy(tool.ts_path(language), copy)
        tool.lupdate(copy, language)
        assert copy.read_text("utf-8") == tool.ts_path(language).read_text("utf-8"), (
            f"{copy.name} is behind the sources: run tools/update_translations.py")


def test_compiled_catalogues_are_up_to_date_with_the_ts_files(tmp_path):
    tool = _tool()
    for language in ("en",) + tool.LANGUAGES:
        ts = tool.ts_path(language)
        fresh = tmp_path / f"goodwill_{language}.qm"
        tool.lrelease(ts, fresh)
        assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
            f"{ts.with_suffix('.qm').name} is stale: run tools/update_translations.py")


def test_a_german_business_gets_a_german_desk(qtbot, demo_store, tmp_path, language):
    assert language(demo_store, "de_DE") == "de"
    window = open_window(qtbot, demo_store, tmp_path)
    settle(window, qtbot)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "Be&richte", "&Einstellungen",
                     "&Hilfe"]
    assert window.tabs.tabText(0) == "&Vorgänge"
    assert window.case_view.ack_button.text() == "Bestätigen"
    assert window.case_view.tabs.tabText(1) == "Checkliste"
    kinds = [window.kind_filter.itemText(i) for i in range(window.kind_filter.count())]
    assert kinds == ["Alle Arten", "Beschwerde", "Lob", "Frage", "Anliegen"]
    assert window.model.headerData(2, window.table.horizontalHeader().orientation()) == "Kunde"
    assert "Vorgängen angezeigt" in window.status_counts.text()


def test_a_french_business_gets_a_french_desk(qtbot, demo_store, tmp_path, language):
    assert language(demo_store, "fr_FR") == "fr"
    window = open_window(qtbot, demo_store, tmp_path)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Fichier" and menus[-1] == "Aid&e"
    assert window.case_view.resolve_button.text() == "Résoudre"
    statuses = [window.status_filter.itemText(i) for i in range(window.status_filter.count())]
    assert statuses == ["Tous les statuts", "Ouvert", "En cours", "Résolu", "Clôturé"]


def test_qt_standard_buttons_follow_the_business_language(qtbot, store, language):
    language(store, "de_AT")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().name() == "de_AT"


def test_a_translated_status_is_stored_as_its_english_key(qtbot, demo_store, tmp_path, language):
    language(demo_store, "de_DE")
    window = open_window(qtbot, demo_store, tmp_path)
    settle(window, qtbot)
    ref = demo_store.case_list.cases(CaseFilter(status="open"), limit=1)[0].ref
    window.show_case(ref)
    view = window.case_view
    assert view.case.ref == ref
    status = view.fields["status"]
    assert status.currentText() == "Offen"
    status.setCurrentIndex(status.findText("In Bearbeitung"))
    assert view.save()
    assert demo_store.cases.get(ref).status == "in_progress"
    assert demo_store.history.of(demo_store.cases.get(ref).id)[-1].new == "in_progress"
    shown = [view.history.item(0, c).text() for c in range(1, 4)]
    assert shown == ["Status", "Offen", "In Bearbeitung"]


def test_a_language_without_a_catalogue_keeps_the_english_window(qtbot, store, tmp_path,
                                                                language):
    assert language(store, "sv_SE") == "en"
    window = open_window(qtbot, store, tmp_path)
    assert window.menuBar().actions()[0].text() == "&File"


def test_english_gets_its_singular_and_plural_from_its_own_catalogue(qtbot, store, language):
    from PySide6.QtCore import QCoreApplication

    assert language(store, "en_GB") == "en"
    one = QCoreApplication.translate("ReportDialog", "%1: %n page(s).", None, 1)
    many = QCoreApplication.translate("ReportDialog", "%1: %n page(s).", None, 3)
    assert (one, many) == ("%1: 1 page.", "%1: 3 pages.")


def _plain_spaces(text: str) -> str:
    """ICU puts a narrow no-break space before AM/PM in some versions and a space in others."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(("locale_name", "shown"), [
    ("de_DE", "03.10.2026 14:05"), ("en_US", "10/3/2026 2:05\u202fPM"),
    ("fr_FR", "03/10/2026 14:05"), ("nl_NL", "03-10-2026 14:05")])
def test_times_in_the_list_and_history_follow_the_business_locale(
        qtbot, store, tmp_path, language, locale_name, shown):
    """The window writes times as the business's locale does, with four-digit years; the
    fields the owner types into keep ISO, which every locale reads back."""
    store.cases.add(customer={"name": "Ann"}, kind="question", summary="When?",
                    occurred_at="2026-10-03 14:05")
    language(store, locale_name)
    window = open_window(qtbot, store, tmp_path)
    settle(window, qtbot)
    column = [key for key, _ in COLUMNS].index("occurred_at")
    text = window.model.index(0, column).data()
    assert _plain_spaces(text) == _plain_spaces(shown)
    assert window.case_view.fields["occurred_at"].text() == "2026-10-03 14:05"
    created = window.case_view.history.item(0, 0).text()
    assert "2026" in created and "T" not in created


def test_data_texts_reach_a_german_window_in_german(qtbot, store, tmp_path, language):
    """A refused value and the case's history, both worded by data/, read German."""
    from data.demo import load_demo

    load_demo(store)
    language(store, "de_DE")
    case = store.case_list.cases()[0]
    store.cases.note(case.ref, "Rückruf vereinbart")
    window = open_window(qtbot, store, tmp_path)
    window.show_case(case.ref)
    settle(window, qtbot)
    view = window.case_view
    view.fields["occurred_at"].setText("gestern irgendwann")
    assert not view.save()
    problem = view.errors.labels["occurred_at"]
    assert problem.isVisibleTo(view)
    assert "ist kein Datum" in problem.text() and "is not a date" not in problem.text()
    view.fields["occurred_at"].setText("")
    view.fields["summary"].setText("")
    assert not view.save()
    assert view.errors.labels["summary"].text() == "Kurzbeschreibung muss ausgefüllt sein"
    rows = [[view.history.item(r, c).text() for c in range(5)]
            for r in range(view.history.rowCount())]
    assert any(row[1] == "Notiz" and row[3] == "Rückruf vereinbart" for row in rows), rows
    assert any(row[1] == "angelegt" for row in rows), rows


def test_the_check_covers_the_documents_catalogues(tmp_path, monkeypatch):
    """--check reads documents_<lang>.ts too: all clean today; a message taken out of the
    German file, or a translation given a value its English lacks, is reported."""
    tool = _tool()
    assert all(tool.document_problems(lang) == [] for lang in ("en",) + tool.LANGUAGES)
    for language in ("en", "de"):
        shutil.copy(tool.documents_path(language), tmp_path)
    monkeypatch.setattr(tool, "I18N", tmp_path)
    german = tmp_path / "documents_de.ts"
    text = german.read_text("utf-8")
    text = text.replace("<translation>Seite {n} von {total}</translation>",
                        "<translation>Seite {n} von {all}</translation>")
    start = text.index('<message id="tel">')
    text = text[:start] + text[text.index("</message>", start) + len("</message>"):]
    german.write_text(text, "utf-8")
    assert sorted(tool.document_problems("de")) == [
        "Layout/page: it has a {value} the English has not", "Layout/tel: missing"]
