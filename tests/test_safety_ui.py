"""The data-safety windows: restore, Settings > Data, a bad file at start, a full disk."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from data import backup as bk
from data.csvio import export_csv
from data.db import CorruptDatabase, EmptyFile, NewerDatabase
from data.store import Store
from ui.context import AppContext, Interaction


class Scripted(Interaction):
    """Answers the owner would give, and a record of what the app said."""

    def __init__(self, confirm: bool = True, open_file: Path | None = None):
        super().__init__()
        self.answer, self.file = confirm, open_file
        self.said: list[tuple[str, str, str]] = []

    def confirm(self, title, text):
        self.said.append(("confirm", title, text))
        return self.answer

    def inform(self, title, text):
        self.said.append(("inform", title, text))

    def error(self, title, text, details=""):
        self.said.append(("error", title, text))

    def open_file(self, title, filters, start=""):
        return self.file


@pytest.fixture
def ctx(demo_store):
    context = AppContext(demo_store, ask=Scripted())
    yield context
    context.pool.waitForDone()
    context.store.close()


def wait_for_rows(qtbot, dialog, rows: int) -> None:
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows, timeout=5000)


def test_restore_dialog_lists_backups_with_date_size_and_cases(qtbot, ctx):
    from ui.restore_dialog import RestoreDialog

    ctx.store.backups.make(reason="manual")
    ctx.store.cases.add(customer={"name": "Late Comer"}, kind="question", summary="after")
    ctx.store.backups.make(reason="before-import")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    wait_for_rows(qtbot, dialog, 2)
    newest, older = bk.list_backups(ctx.db_path)
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert cells[0][1] == "before an import" and cells[1][1] == "made by hand"
    assert cells[0][0] == newest.made_at.strftime("%a %d %b %Y, %H:%M")
    assert cells[0][3] == f"{newest.cases:,}" and cells[1][3] == f"{older.cases:,}"
    assert newest.cases == older.cases + 1
    assert cells[0][2].endswith("KB")
    assert dialog.restore_button.isEnabled()  # the newest is selected


@pytest.mark.sqlite_only
def test_restoring_from_the_dialog_asks_first_then_continues_on_the_restored_file(
        qtbot, ctx, tmp_path):
    from ui.restore_dialog import RestoreDialog

    before = tmp_path / "before.csv"
    export_csv(ctx.store, before)
    ctx.store.backups.make(reason="manual")
    ctx.store.cases.add(customer={"name": "Late Comer"}, kind="question", summary="after")
    announced = []
    ctx.events.data_changed.connect(announced.append)
    old_store = ctx.store

    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    wait_for_rows(qtbot, dialog, 1)
    ctx.ask.answer = False
    dialog.restore_selected()
    assert ctx.store is old_store and ctx.ask.said[-1][0] == "confirm"

    ctx.ask.answer = True
    dialog.restore_selected()
    assert ctx.store is not old_store
    assert announced == ["all"]
    after = tmp_path / "after.csv"
    export_csv(ctx.store, after)
    assert after.read_bytes() == before.read_bytes()
    kind, title, text = ctx.ask.said[-1]
    assert (kind, title) == ("inform", "Restored") and "before-restore" in text
    assert dialog.result() == QDialog.DialogCode.Accepted
    ctx.store.cases.add(customer={"name": "Writes"}, kind="question", summary="still work")


@pytest.mark.sqlite_only
def test_restoring_a_file_that_is_not_a_backup_leaves_the_database_working(qtbot, ctx, tmp_path):
    from ui.restore_dialog import RestoreDialog

    bad = tmp_path / "holiday.db"
    bad.write_text("photos")
    count = ctx.store.case_list.total()
    ctx.ask.file = bad
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.restore_other()
    kind, title, text = ctx.ask.said[-1]
    assert (kind, title) == ("error", "Not restored") and "not a Goodwill database" in text
    assert ctx.store.case_list.total() == count


def test_data_settings_show_path_size_and_last_backup(qtbot, ctx):
    from ui.data_settings import DataSettingsDialog

    dialog = DataSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    # A shared log is named by its server address (the stand-in path only holds snapshots).
    assert dialog.path_label.text() == (f"shared: {ctx.store.location}" if ctx.store.shared
                                        else str(ctx.db_path))
    # "320 cases" with the English catalogue (ui.i18n.install), "320 case(s)" without it
    assert f"{ctx.store.case_list.total():,} case" in dialog.size_label.text()
    assert dialog.backup_label.text() == "none yet"
    assert dialog.backups_folder() == ctx.db_path.parent / "backups"
    dialog.backup_now()
    qtbot.waitUntil(lambda: dialog.backup_label.text() != "none yet", timeout=5000)
    [made] = bk.list_backups(ctx.db_path)
    assert "made by hand" in dialog.backup_label.text()
    assert made.cases == ctx.store.case_list.total()


def test_a_damaged_database_at_start_offers_the_latest_good_backup(qtbot, tmp_path):
    from ui.open_problem import latest_good_backup, problem_text, resolve_open_problem

    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        store.cases.add(customer={"name": "A"}, kind="question", summary="one")
        good = store.backups.make(reason="quit")
    db.write_bytes(b"")
    with pytest.raises(EmptyFile) as caught:
        Store(db)
    problem = caught.value
    assert latest_good_backup(db).path == good
    text = problem_text(problem, latest_good_backup(db))
    assert "empty" in text and "has not changed the file" in text and "(1 case" in text

    def click_restore():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        next(b for b in box.buttons() if b.text() == "Restore latest good backup").click()

    QTimer.singleShot(200, click_restore)
    assert resolve_open_problem(problem) == db
    with Store(db) as store:
        assert store.case_list.total() == 1
    assert [b.reason for b in bk.list_backups(db)] == ["damaged", "quit"]


def test_a_newer_database_is_never_offered_an_older_backup(qtbot, tmp_path):
    from ui.open_problem import resolve_open_problem

    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        store.backups.make(reason="quit")
    seen = []

    def look_and_quit():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Quit").click()

    QTimer.singleShot(200, look_and_quit)
    assert resolve_open_problem(NewerDatabase(db, "newer")) is None
    assert "Restore latest good backup" not in seen
    assert any("newer version of Goodwill" in s for s in seen)


def test_latest_good_backup_skips_a_damaged_backup(tmp_path):
    from ui.open_problem import latest_good_backup

    db = tmp_path / "goodwill.db"
    with Store(db) as store:
        store.cases.add(customer={"name": "A"}, kind="question", summary="one")
        good = store.backups.make(reason="daily")
        store.cases.add(customer={"name": "B"}, kind="question", summary="two")
        newer = store.backups.make(reason="quit")
    with open(newer, "r+b") as fh:
        for page in range(1, 4):
            fh.seek(page * 4096 + 8)
            fh.write(bytes((i * 31 + page) % 256 for i in range(4088)))
    with pytest.raises(CorruptDatabase):
        Store(newer, readonly=False)
    assert latest_good_backup(db).path == good


@pytest.mark.sqlite_only
def test_a_full_disk_keeps_the_new_case_form_open_with_its_text(qtbot, ctx):
    from ui.case_form import NewCaseDialog

    count = ctx.store.case_list.total()
    pages = ctx.store.conn.execute("PRAGMA page_count").fetchone()[0]
    ctx.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    dialog = NewCaseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer_edit.setText("Pat Full")
    dialog.fields["summary"].setText("The disk was full when I typed this")
    dialog.fields["details"].setPlainText("A long story. " * 5000)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields["summary"].text() == "The disk was full when I typed this"
    assert dialog.fields["details"].toPlainText().startswith("A long story.")
    kind, title, text = ctx.ask.said[-1]
    assert kind == "error" and "disk is full" in text
    assert ctx.store.case_list.total() == count
    ctx.store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: save again
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.store.case_list.total() == count + 1
