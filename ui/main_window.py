"""The desk: case list with search and filters, the selected case beside it, menus, status bar."""
from __future__ import annotations

from PySide6.QtCore import (
    QDate, QEvent, QItemSelectionModel, QLocale, QObject, Qt, QTimer, Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QPushButton, QSplitter, QStackedWidget, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from data.model import KINDS, SEVERITIES, STATUSES, CaseFilter
from data.paths import APP_NAME, APP_VERSION
from ui.case_model import COLUMNS, CaseTableModel, column_title, label
from ui.case_view import CaseView
from ui.desk_status import DeskStatus
from ui.menus import build_menus
from ui import wheel_guard
from ui.desk_picker import install_desk
from ui.i18n import fill
from ui.lazy import LazyPage

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"
# A search of one or two letters matches most cases (a million-case scan): it waits until
# typing pauses this long. From SEARCH_AT_ONCE letters every keystroke searches at once (a
# worker finds the first screen in tens of ms and each keystroke cancels the search before).
SEARCH_DELAY_MS = 250
SEARCH_AT_ONCE = 3
SIDE_INFO_WAIT_MS = 500  # counts start at the first paint, or this long after the window is built
# Typical widest values: first-run column widths without measuring any rows.
COLUMN_SAMPLES = ("GW-2026-00000", "2026-12-31 23:59", "Kwame Papadopoul", "Compliment",
                  "Opening hours", "Critical", "⚠ In progress", "Hannah", "11 mo", "Checklist")
TRANSLATED_COLUMNS = {"kind": KINDS, "severity": SEVERITIES, "status": STATUSES}


class _PaintWatcher(QObject):
    """Tells once when the first screen is painted: case rows, or the welcome page of an
    empty database (for --smoke and the benchmarks)."""

    painted = Signal()

    def __init__(self, view: QTableView, welcome: QWidget):
        super().__init__(view)
        self.view, self.welcome = view, welcome
        self.done = False
        view.viewport().installEventFilter(self)
        welcome.installEventFilter(self)

    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and not self.done
                and (obj is self.welcome or self.view.model().rowCount() > 0)):
            self.done = True
            self.view.viewport().removeEventFilter(self)
            self.welcome.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


class MainWindow(QMainWindow):
    first_paint = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.ask.parent = self
        s = ctx.settings
        self.model = CaseTableModel(ctx, sort=str(s.value("main/sort", "occurred_at")),
                                    descending=str(s.value("main/descending", "true")) == "true")
        self._selected_id: int | None = None
        self._categories: list[str] = []
        self._split_once = False
        self._staff: list[str] = []
        self._side_info = None  # the running query of counts and filter choices
        self._stopped = False  # stop_background(): nothing more starts

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.cases_stack = QStackedWidget()
        # Only an empty database shows the welcome page: built when first shown.
        self.welcome = LazyPage("ui.welcome", "WelcomePage", ctx, built=self._welcome_built)
        self.cases_stack.addWidget(self._cases_page())
        self.cases_stack.addWidget(self.welcome)
        self.tabs.addTab(self.cases_stack, self.tr("&Cases"))
        self._customers = LazyPage("ui.customers", "CustomersPage", ctx, built=self._customers_built)
        self.tabs.addTab(self._customers, self.tr("C&ustomers"))
        self.case_view.open_customer.connect(self.show_customer)
        self.setCentralWidget(self.tabs)

        self.status_counts = QLabel()
        self.status_counts.setAccessibleName(self.tr("Case counts"))
        self.statusBar().addPermanentWidget(self.status_counts)
        # The title; on a shared log other desks' saves and who is working.
        self.desks = DeskStatus(self)
        self.status_desks = self.desks.label
        self.statusBar().addPermanentWidget(self.status_desks)
        build_menus(self)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.modelReset.connect(self._restore_selection)
        ctx.events.data_changed.connect(self._data_changed)
        self.paint_watcher = _PaintWatcher(self.table, self.welcome)
        self.paint_watcher.painted.connect(self.first_paint)
        self.paint_watcher.painted.connect(self._guard_wheel)  # before any question is asked
        self.paint_watcher.painted.connect(self._start_reminders)
        self.desk = install_desk(self)  # who is at the desk (staff records), My cases
        self.reminders = None  # the ReminderCenter, started after the first paint
        self._restore_settings()
        self.model.reload(quick=True)
        # Counts and filter choices (whole-table queries) wait for the first paint, so their
        # worker does not compete with it on a two-core machine; a window not yet shown gets
        # them after SIDE_INFO_WAIT_MS.
        self._side_info_timer = QTimer(self, singleShot=True, interval=SIDE_INFO_WAIT_MS)
        self._side_info_timer.timeout.connect(self._refresh_side_info)
        self._side_info_timer.start()
        self.paint_watcher.painted.connect(self._side_info_after_paint)
        self.desks.start()

    # ---- building ------------------------------------------------------------------------
    @property
    def customers(self):
        """The Customers page, built the first time it is shown or asked for."""
        return self._customers.ensure()

    def _welcome_built(self, page) -> None:
        page.new_case.connect(self.new_case)
        page.import_csv.connect(self.import_cases)

    def _customers_built(self, page) -> None:
        page.open_case.connect(self.show_case)
        page.new_case_for.connect(self.new_case)

    def _cases_page(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search cases: customer, summary, details, category, staff…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.textChanged.connect(self._search_typed)

        self.kind_filter = self._combo(self.tr("Kind filter"), self.tr("Any kind"), KINDS)
        self.status_filter = self._combo(self.tr("Status filter"), self.tr("Any status"),
                                         STATUSES)
        self.category_filter = self._combo(self.tr("Category filter"), self.tr("Any category"),
                                           ())
        self.staff_filter = self._combo(self.tr("Staff filter"), self.tr("Any staff"), ())
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        self.overdue_filter = QCheckBox(self.tr("&Overdue only"))
        self.overdue_filter.setAccessibleName(self.tr("Show only overdue cases"))
        self.overdue_filter.toggled.connect(self.apply_filter)
        clear = QPushButton(self.tr("Clear filters"))
        clear.clicked.connect(self.clear_filters)

        row1 = QHBoxLayout()
        row1.addWidget(self.search, 1)
        # Beside the search rather than after the filters: in German or French the filter
        # row alone is wider than the case list.
        row1.addWidget(clear)
        # Here too, not in the filter row: with the checklist tab open beside the list, the
        # French filter row left no room for it at 1366 pixels.
        row1.addWidget(self.overdue_filter)
        new = QPushButton(self.tr("New case"))
        new.setToolTip(self.tr("Log a new case (Ctrl+N)"))
        new.clicked.connect(self.new_case)
        row1.addWidget(new)
        row2 = QHBoxLayout()
        for widget in (self.kind_filter, self.status_filter, self.category_filter,
                       self.staff_filter):
            row2.addWidget(widget)
        row2.addWidget(QLabel(self.tr("From")))
        row2.addWidget(self.date_from)
        row2.addWidget(QLabel(self.tr("to", "date range: from … to …")))
        row2.addWidget(self.date_to)
        row2.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        # Fixed row heights: the view never measures all million rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        for column, (sample, (key, _title)) in enumerate(zip(COLUMN_SAMPLES, COLUMNS)):
            # Translated values may be longer than the English samples ("In Bearbeitung").
            widest = max([metrics.horizontalAdvance(sample)]
                         + [metrics.horizontalAdvance("⚠ " + label(v))
                            for v in TRANSLATED_COLUMNS.get(key, ())])
            self.table.setColumnWidth(column, max(widest + 12,
                                                  metrics.horizontalAdvance(column_title(key)) + 24))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # Enter (or a double-click) on a row: start editing its summary.
        self.table.activated.connect(lambda _: self.case_view.fields["summary"].setFocus())

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(6, 6, 0, 0)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.table, 1)
        self.case_view = CaseView(self.ctx)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        return self.splitter

    def _combo(self, name: str, any_text: str, values) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(any_text, "")
        for value in values:
            box.addItem(label(value), value)
        box.currentIndexChanged.connect(self.apply_filter)
        return box

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any", "no date chosen"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.apply_filter)
        return edit

    def _guard_wheel(self) -> None:
        """The wheel guard from the first paint on (--smoke stops the window before it)."""
        if not self._stopped:
            wheel_guard.install(QApplication.instance())

    def _start_reminders(self) -> None:
        """The Due today panel and notifications: built after the first paint, so start-up
        does not wait for them."""
        if self._stopped:  # --smoke quit at the first paint: nothing will show them
            return
        from ui.reminders import install_reminders

        self.reminders = install_reminders(self)

    # ---- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.ctx.settings
        geometry = s.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            room = self.screen().availableGeometry()
            self.resize(min(1400, room.width() - 20), min(860, room.height() - 40))
        header = s.value("main/columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        # The model already sorts this way; setting the indicator before enabling sorting
        # keeps the view from asking for a second query.
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(), Qt.SortOrder.DescendingOrder if self.model.descending
            else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        splitter = s.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.ctx.settings.value("main/splitter") is None and not self._split_once:
            # First run: the whole table beside the case, sized once the window has its width.
            self._split_once = True
            width = self.splitter.width()
            table = sum(self.table.columnWidth(c) for c in range(len(COLUMNS))) + 40
            self.splitter.setSizes([min(table, width - 420), max(420, width - table)])

    def save_settings(self) -> None:
        s = self.ctx.settings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/columns", self.table.horizontalHeader().saveState())
        s.setValue("main/splitter", self.splitter.saveState())
        s.setValue("main/sort", self.model.sort_key)
        s.setValue("main/descending", "true" if self.model.descending else "false")
        if self.reminders is not None:
            s.setValue("main/due_today", "true" if self.due_dock.isVisible() else "false")
            s.setValue("main/state", self.saveState())
        if self._customers.page is not None:
            self._customers.page.save_settings()
        s.sync()

    def closeEvent(self, event) -> None:
        if self.case_view.changes():
            answer = self.ctx.ask.choose(
                self.tr("Unsaved changes"),
                fill(self.tr("Save the changes to %1 before quitting?"), self.case_view.case.ref),
                [self.tr("Save"), self.tr("Discard changes")])
            if answer is None or (answer == 0 and not self.case_view.save()):
                event.ignore()  # Cancel, or the save failed: the window and the typing stay
                return
        self.save_settings()
        self.stop_background()
        super().closeEvent(event)

    def stop_background(self) -> None:
        """Stop the window's queries and reminder checks: nothing will show their answers."""
        self._side_info_timer.stop()
        self.desks.stop()
        self._stopped = True
        if self.reminders is not None:
            self.reminders.stop()
        self.model.cancel()
        if self._side_info is not None:
            self._side_info.cancel()
        if self._customers.page is not None:
            self._customers.page.cases.cancel()

    # ---- filtering -------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        def day(edit: QDateEdit) -> str:
            return "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return CaseFilter(
            search=self.search.text().strip(), kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(), staff=self.staff_filter.currentData(),
            date_from=day(self.date_from), date_to=day(self.date_to),
            overdue=self.overdue_filter.isChecked(), assigned_to=self.desk.assigned_filter())

    def _search_typed(self, text: str) -> None:
        words = text.strip()
        if not words or len(words) >= SEARCH_AT_ONCE:
            self.apply_filter()
        else:
            self._search_timer.start()

    def apply_filter(self, *_):
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_counts()

    def clear_filters(self) -> None:
        for box in (self.kind_filter, self.status_filter, self.category_filter,
                    self.staff_filter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(False)
        self.overdue_filter.blockSignals(False)
        self.desk.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # ---- list, selection, counts -------------------------------------------------------------
    def _ids_loaded(self, complete: bool) -> None:
        empty = complete and not len(self.model.ids) and self.model.flt == CaseFilter()
        self.cases_stack.setCurrentWidget(self.welcome if empty else self.splitter)
        self._show_counts()
        if self._selected_id is None and len(self.model.ids):
            self.table.selectRow(0)
        elif complete:
            current = self.table.currentIndex()
            if not current.isValid() or self.model.ids[current.row()] != self._selected_id:
                self._restore_selection()  # a case shown from elsewhere may have arrived now
            shown = self.case_view.case
            if shown is not None and shown.id == self._selected_id \
                    and self.model.row_of(shown.id) < 0:
                self.case_view.show_hidden()  # the search or a filter leaves it out now

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        if row is None:
            return
        if self.case_view.case is not None and self.case_view.changes() \
                and self.case_view.case.id != row.id:
            if self.ctx.ask.confirm(self.tr("Unsaved changes"),
                                    fill(self.tr("Save the changes to %1 first?"),
                                         self.case_view.case.ref)):
                self.case_view.save()
        self._selected_id = row.id
        self.case_view.set_case(row.ref)

    def visible_rows(self) -> int:
        """How many case rows the table shows on screen now."""
        if self.cases_stack.currentWidget() is self.welcome or not self.model.rowCount():
            return 0
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return (last if last >= 0 else self.model.rowCount() - 1) - first + 1

    def show_case(self, ref: str) -> None:
        """Bring a case forward: clear filters that hide it, select it, show it."""
        case = self.ctx.store.cases.get(ref)
        self.tabs.setCurrentIndex(0)
        self._selected_id = case.id
        self.case_view.set_case(case.ref)
        row = self.model.row_of(case.id)
        if row < 0:
            self.clear_filters()
        else:
            self._restore_selection()

    def show_customer(self, customer_id: int) -> None:
        self.tabs.setCurrentIndex(1)
        self.customers.show_customer(customer_id)

    def _show_counts(self) -> None:
        counts = getattr(self, "_counts", None)
        shown = len(self.model.ids)
        number = QLocale().toString
        shown_text = (number(shown) if self.model.complete
                      else fill(self.tr("%1+ (loading)"), number(shown)))
        if counts is None:
            self.status_counts.setText(fill(self.tr("Showing %1"), shown_text))
            return
        self.status_counts.setText(
            fill(self.tr("Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue"), shown_text,
                 number(counts.total), number(counts.open), number(counts.overdue)))

    def _side_info_after_paint(self) -> None:
        if self._side_info_timer.isActive():
            self._side_info_timer.stop()
            # After the painted signal's other slots (--smoke's quits without waiting).
            QTimer.singleShot(0, self._refresh_side_info)

    def _refresh_side_info(self) -> None:
        """Counts and the filter choices: whole-table queries, so off the GUI thread."""
        self._side_info_timer.stop()
        if self._stopped:
            return

        def work(store, _progress):
            return store.case_list.counts(), store.case_list.categories(), store.case_list.staff_names()

        if self._side_info is not None:
            self._side_info.cancel()
        self._side_info = self.ctx.run_in_background(work, self._side_info_arrived)

    def _side_info_arrived(self, result) -> None:
        self._counts, categories, staff = result
        self._categories, self._staff = categories, staff
        self.case_view.set_categories(categories)
        for box, values in ((self.category_filter, categories), (self.staff_filter, staff)):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        self._show_counts()

    def _data_changed(self, what: str) -> None:
        if self.ctx.store is not self.desks.store:  # another Store (a restore)
            self.restore_action.setVisible(not self.ctx.store.shared)
            self.desks.start()
        self.model.reload(keep_rows=True)
        self._refresh_side_info()

    # ---- commands ------------------------------------------------------------------------------
    def new_case(self, customer=None) -> None:
        from ui.case_form import NewCaseDialog

        dialog = NewCaseDialog(self.ctx, self, customer=customer or None,
                               categories=self._categories, staff=self._staff)
        saved = dialog.saved if dialog.exec() else None
        dialog.deleteLater()
        if saved is not None:
            self.clear_filters()
            self.show_case(saved.ref)

    def delete_case(self) -> None:
        from ui.trash_dialog import delete_case

        if self.case_view.case is not None:
            delete_case(self.ctx, self.case_view.case.ref)

    def undo_last_save(self) -> None:
        """Undo the case's last save; not while the form holds unsaved typing (that is
        Revert's, and the typing's own Ctrl+Z)."""
        from ui.trash_dialog import undo_last_save

        case = self.case_view.case
        if case is not None and self.case_view.changes():
            self.statusBar().showMessage(self.tr("Save or revert your changes first."), 10_000)
        elif case is not None:
            undo_last_save(self.ctx, case.ref)

    def show_trash(self) -> None:
        from ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def import_cases(self) -> None:
        """Pick a CSV, Excel or LibreOffice file and open its import preview."""
        from ui.import_dialog import choose_and_import

        self.import_dialog = choose_and_import(self.ctx, self)

    def export_cases(self) -> None:
        from ui.import_export import export_cases

        export_cases(self.ctx, self)

    def export_shown(self) -> None:
        """The list as filtered and sorted on screen, to CSV, xlsx or PDF."""
        from ui.exports import export_shown

        export_shown(self.ctx, self.model.flt, self.model.sort_key, self.model.descending,
                     lambda text: self.statusBar().showMessage(text, 10_000))

    def save_case_sheet(self) -> None:
        if self.case_view.case is None:
            return
        from ui.exports import save_case_sheet

        save_case_sheet(self.ctx, self.case_view.case.ref,
                        lambda text: self.statusBar().showMessage(text, 10_000))

    def edit_profile(self) -> None:
        from ui.profile_dialog import ProfileDialog

        ProfileDialog(self.ctx, self).exec()

    def monthly_report(self) -> None:
        from ui.report_dialog import ReportDialog

        ReportDialog(self.ctx, self).exec()

    def checklist_templates(self) -> None:
        from ui.checklist_editor import ChecklistTemplatesDialog

        ChecklistTemplatesDialog(self.ctx, self).exec()

    def data_settings(self) -> None:
        from ui.data_settings import DataSettingsDialog

        DataSettingsDialog(self.ctx, self).exec()
        self.desks.show_desks()  # its Shared database… may have changed the staff name
        self.desks.heartbeat()

    def shared_database(self) -> None:
        from ui.shared_dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()
        self.desks.show_desks()  # the staff name may have changed
        self.desks.heartbeat()

    def restore_backup(self) -> None:
        from ui.restore_dialog import RestoreDialog

        RestoreDialog(self.ctx, self).exec()

    def show_owners_guide(self) -> None:
        from ui.owners_guide import show_owners_guide  # on first use, not at every start

        show_owners_guide(self, self.ctx.ask)

    def about(self) -> None:
        self.ctx.ask.inform(
            fill(self.tr("About %1"), APP_NAME),
            fill(self.tr("%1 %2\nA customer-care desk for small businesses.\n\nDatabase: %3"),
                 APP_NAME, APP_VERSION, self.ctx.store.location))
