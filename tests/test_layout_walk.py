"""Every page, tab and dialog of the window, in each of the seven languages, at 1366x768:
no text clipped or drawn over another (German is the longest). The checks are in
tests/layout_check.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from data.checklists import STAFF_CONDUCT
from data.demo import load_demo
from data.store import Store
from layout_check import problems
from ui import i18n
from ui_support import open_window, settle

LOCALES = ("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT")
SCREEN = (1366, 768)


@pytest.fixture
def language():
    before = QLocale()
    yield
    i18n.uninstall()
    QLocale.setDefault(before)


def _look(qtbot, widget, what: str, found: list[str]) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # texts that arrived from the background are laid out
    QApplication.processEvents()
    found += problems(widget, what)


def _dialog(qtbot, dialog: QDialog, what: str, found: list[str], wait=None) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    if wait is not None:
        qtbot.waitUntil(wait, timeout=20_000)
    # A dialog never opens larger than the screen it is on.
    dialog.resize(min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1] - 40))
    _look(qtbot, dialog, what, found)
    pages = getattr(dialog, "tabs", None)
    if pages is not None and hasattr(pages, "count"):
        for i in range(1, pages.count()):
            pages.setCurrentIndex(i)
            _look(qtbot, dialog, f"{what} tab {i}", found)
    dialog.close()


@pytest.mark.parametrize("locale_name", LOCALES)
def test_every_page_and_dialog_fits_at_1366x768(qtbot, tmp_path, language, locale_name):
    store = Store(tmp_path / "walk.db")
    load_demo(store)
    store.profile.update(locale=locale_name, owner="Maria Rossi")
    i18n.install(locale_name)
    case = store.case_list.cases()[0]
    if not store.checklists.of(case.ref):
        store.checklists.start(case.ref, STAFF_CONDUCT)
    window = open_window(qtbot, store, tmp_path)
    window.resize(*SCREEN)
    settle(window, qtbot)
    found: list[str] = []
    _look(qtbot, window, "main list", found)

    window.show_case(case.ref)
    settle(window, qtbot)
    view = window.case_view
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        settle(window, qtbot)
        _look(qtbot, window, f"case view tab {view.tabs.tabText(i)!r}", found)
    view.tabs.setCurrentIndex(0)

    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window._customers.page is not None, timeout=20_000)
    settle(window, qtbot)
    _look(qtbot, window, "customers", found)
    window.tabs.setCurrentIndex(0)

    from ui.case_form import NewCaseDialog
    from ui.checklist_editor import ChecklistTemplatesDialog
    from ui.data_settings import DataSettingsDialog
    from ui.merge_dialog import MergeDialog
    from ui.owners_guide import OwnersGuide
    from ui.profile_dialog import ProfileDialog
    from ui.report_dialog import ReportDialog
    from ui.restore_dialog import RestoreDialog
    from ui.shared_dialog import SharedDatabaseDialog
    from ui.trash_dialog import TrashDialog

    ctx = window.ctx
    for name, make in (
            ("new case", lambda: NewCaseDialog(ctx, window)),
            ("profile", lambda: ProfileDialog(ctx, window)),
            ("report", lambda: ReportDialog(ctx, window)),
            ("checklist templates", lambda: ChecklistTemplatesDialog(ctx, window)),
            ("data settings", lambda: DataSettingsDialog(ctx, window)),
            ("shared database", lambda: SharedDatabaseDialog(ctx, window)),
            ("restore", lambda: RestoreDialog(ctx, window)),
            ("trash", lambda: TrashDialog(ctx, window)),
            ("owner's guide", lambda: OwnersGuide(window)),
            ("merge", lambda: MergeDialog(ctx, case.customer, window))):
        _dialog(qtbot, make(), name, found, wait=lambda: not ctx.busy())
        settle(window, qtbot)

    from ui.letter_editor import LetterEditor, LetterTemplatesDialog

    _dialog(qtbot, LetterTemplatesDialog(ctx, parent=window), "letter templates", found)
    editor = LetterEditor(ctx, case.ref, "apology", window)
    _dialog(qtbot, editor, "letter editor", found,
            wait=lambda: editor.letter is not None and not ctx.busy())

    csv = tmp_path / "other-tool.csv"
    csv.write_text("Ticket,Created,Requester,Type,Subject\n"
                   "1001,2026-10-01 10:00,Ann,complaint,Printer jammed\n", encoding="utf-8")
    ctx.ask.files.append(csv)
    window.import_cases()
    dialog = window.import_dialog
    _dialog(qtbot, dialog, "import mapping", found,
            wait=lambda: bool(dialog.header and not ctx.busy()))
    assert not found, "\n".join(found)


def test_the_walk_sees_clipped_and_overlapping_text(qtbot):
    """The checks themselves: a label narrower than its words, a button squeezed below its
    text, and two widgets of one layout placed over each other are all reported."""
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("Abgeschlossen am", holder)
    label.setGeometry(0, 0, 40, 20)
    button = QPushButton("Checkliste entfernen", holder)
    button.setGeometry(0, 30, 50, 30)
    holder.show()
    qtbot.waitExposed(holder)
    found = problems(holder, "test")
    assert any("Abgeschlossen am" in p for p in found)
    assert any("Checkliste entfernen" in p for p in found)

    from PySide6.QtWidgets import QHBoxLayout

    crowded = QWidget()
    qtbot.addWidget(crowded)
    row = QHBoxLayout(crowded)
    first, second = QLabel("a"), QLabel("b")
    row.addWidget(first)
    row.addWidget(second)
    crowded.show()
    qtbot.waitExposed(crowded)
    second.setGeometry(first.geometry())
    assert any("overlap" in p for p in problems(crowded, "test"))
