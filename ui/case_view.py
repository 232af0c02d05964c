"""The selected case: every field editable with messages beside it, actions, and its history."""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
    QPlainTextEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QTabWidget,
    QToolButton, QVBoxLayout, QWidget,
)

from data.model import (
    CHANNELS, KINDS, REMEDIES, SEVERITIES, STATUSES, Case, ValidationError, iso, money_text,
    now,
)
from data.checklists import ClosingGateRefused
from data.errors import GoodwillError, Refused
from data.errors import Conflict, NotFound, WriteFailed
from ui.actions import cases
from ui.case_model import label
from ui.form_fields import FieldErrors, enum_combo
from ui.i18n import fill, history_text, shown_when
from ui.lazy import LazyPage

LETTER_KINDS = ("apology", "thank-you", "follow-up", "acknowledgement")
SUGGESTED_LETTER = {"complaint": "apology", "compliment": "thank-you",
                    "question": "acknowledgement", "request": "acknowledgement"}


def when_text(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


class CaseView(QWidget):
    """Detail pane for one case. Saving writes only the fields that changed, through
    Store.cases.update (which keeps the history), then announces the change."""

    open_customer = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}

        self.title = QLabel(self.tr("No case selected"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_link = QLabel()
        self.customer_link.setTextFormat(Qt.TextFormat.RichText)
        self.customer_link.linkActivated.connect(
            lambda _: self.case and self.open_customer.emit(self.case.customer.id))
        self.customer_flag = QLabel()
        self.customer_flag.setWordWrap(True)
        self.customer_flag.setStyleSheet(
            "background: rgba(230, 160, 20, 60); border-radius: 4px; padding: 4px;")
        self.customer_flag.hide()
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve remedy over the refund limit"))
        self.approve_button.clicked.connect(self.approve)
        approval_row = QHBoxLayout()
        approval_row.addWidget(self.approval, 1)
        approval_row.addWidget(self.approve_button)
        self.approval_box = QWidget()
        self.approval_box.setLayout(approval_row)
        self.approval_box.setObjectName("approval")
        self.approval_box.setStyleSheet(
            "#approval { background: rgba(230, 160, 20, 60); border-radius: 4px; }")
        self.approval_box.hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        # The Checklist and Letters panels (and their modules) are built when first shown.
        self._lazy_tabs = {
            title: LazyPage(module, name, ctx,
                            built=lambda panel: panel.set_case(self.case.ref if self.case else None))
            for title, module, name in (("Checklist", "ui.checklist_panel", "ChecklistPanel"),
                                        ("Letters", "ui.letters_panel", "LettersPanel"),
                                        ("Files", "ui.attachments_panel", "AttachmentsPanel"))}
        titles = {"Checklist": self.tr("Checklist"), "Letters": self.tr("Letters"),
                  "Files": self.tr("Files")}
        for title, holder in self._lazy_tabs.items():
            self.tabs.addTab(holder, titles[title])
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Field"), self.tr("Was"), self.tr("Now"), self.tr("By")])
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setMaximumSectionSize(320)  # long notes stay readable
        self.history.verticalHeader().setDefaultSectionSize(
            self.history.fontMetrics().height() + 8)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(self.tr("History of changes"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.save_button = QPushButton(self.tr("Save"))
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(fill(self.tr("Save the changes (%1)"), save_keys))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo"))
        self.revert_button.setToolTip(self.tr("Put back the saved values"))
        self.revert_button.clicked.connect(self.revert)
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setToolTip(self.tr("Stamp the acknowledged time with now"))
        self.ack_button.clicked.connect(self.acknowledge)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setToolTip(
            self.tr("Stamp the resolved time with now and mark it resolved"))
        self.resolve_button.clicked.connect(self.resolve)
        self.letter_button = QToolButton()
        self.letter_button.setText(self.tr("Letter"))
        self.letter_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.letter_button.setAccessibleName(self.tr("Write a letter"))
        letter_menu = QMenu(self.letter_button)
        for kind in LETTER_KINDS:
            letter_menu.addAction(fill(self.tr("%1…", "letter kind"), label(kind)),
                                  lambda k=kind: self.open_letter(k))
        self.letter_button.setMenu(letter_menu)
        self.letter_button.clicked.connect(
            lambda: self.case and self.open_letter(SUGGESTED_LETTER[self.case.kind]))
        self.message = QLabel()
        self.message.setWordWrap(True)

        actions = QHBoxLayout()
        for button in (self.ack_button, self.resolve_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_link, 1)
        customer_row.addWidget(self.letter_button)
        layout.addLayout(customer_row)
        layout.addWidget(self.customer_flag)
        layout.addWidget(self.approval_box)
        from ui.staff_panel import CaseAuthority

        self.authority = CaseAuthority(self)  # with staff records: remedy state, refer, assign
        layout.addWidget(self.authority)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        ctx.events.data_changed.connect(self._data_changed)
        self._show(None)

    @property
    def checklist_panel(self):
        return self._lazy_tabs["Checklist"].ensure()

    @property
    def letters_panel(self):
        return self._lazy_tabs["Letters"].ensure()

    @property
    def files_panel(self):
        return self._lazy_tabs["Files"].ensure()

    def _show_file_count(self, case: Case | None) -> None:
        """'Files (3)' on the tab, so photos are seen without opening it (one indexed count)."""
        count = self.ctx.store.attachments.count(case.id) if case is not None else 0
        index = self.tabs.indexOf(self._lazy_tabs["Files"])
        self.tabs.setTabText(index, self.tr("Files (%1)").replace("%1", str(count)) if count
                             else self.tr("Files"))

    def _details_tab(self) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A caption too long for the narrow pane ("Lo ocurrido, para las cartas") goes above
        # its field instead of pushing the fields out of sight at 1366 pixels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def add(field: str, text: str, widget: QWidget, extra: QWidget | None = None):
            self.errors.add_row(form, self.fields, field, text, widget, extra)

        add("summary", self.tr("Summary"), QLineEdit())
        add("occurred_at", self.tr("When"), QLineEdit())
        add("kind", self.tr("Kind"), enum_combo(KINDS, self.tr("Kind")))
        add("channel", self.tr("Channel"), enum_combo(CHANNELS, self.tr("Channel")))
        category = QLineEdit()
        self.category_completer = QCompleter([], category)
        self.category_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        category.setCompleter(self.category_completer)
        add("category", self.tr("Category"), category)
        add("severity", self.tr("Severity"), enum_combo(SEVERITIES, self.tr("Severity")))
        add("status", self.tr("Status"), enum_combo(STATUSES, self.tr("Status")))
        add("staff", self.tr("Staff"), QLineEdit())
        details = QPlainTextEdit()
        details.setTabChangesFocus(True)
        details.setMinimumHeight(60)
        details.setMaximumHeight(140)
        add("details", self.tr("Details"), details)
        add("acknowledged_at", self.tr("Acknowledged"), QLineEdit())
        add("resolved_at", self.tr("Resolved"), QLineEdit())
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        form.addRow(self.tr("Targets"), self.due_label)
        add("remedy", self.tr("Remedy"), enum_combo(REMEDIES, self.tr("Remedy")))
        self.currency_label = QLabel()
        add("remedy_cost", self.tr("Remedy cost"), QLineEdit(), self.currency_label)
        add("satisfaction", self.tr("Satisfaction"),
            enum_combo(("1", "2", "3", "4", "5"), self.tr("Satisfaction"),
                       blank=self.tr("Not known")))
        add("customer_returned", self.tr("Customer returned"),
            enum_combo(("yes", "no", "unknown"), self.tr("Customer returned")))
        finding = QComboBox()
        finding.setAccessibleName(self.tr("Finding"))
        for key, text in (("", self.tr("Not recorded")), ("open", self.tr("Under investigation")),
                          ("ours", self.tr("Found: our fault")),
                          ("not_ours", self.tr("Found: not our fault"))):
            finding.addItem(text, key)
        add("cause_finding", self.tr("Finding"), finding)
        # Letters quote this, never Summary or Details (the desk's own notes).
        for field, text in (("customer_description", self.tr("What happened, for letters")),
                            ("root_cause", self.tr("Root cause")), ("lesson", self.tr("Lesson")),
                            ("close_reason", self.tr("Closed because"))):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(44)
            edit.setMaximumHeight(90)
            add(field, text, edit)
        for edit in self.fields.values():
            for signal in ("textEdited", "textChanged", "currentIndexChanged"):
                if hasattr(edit, signal):
                    getattr(edit, signal).connect(self._edited)
                    break
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    # ---- reading and writing the widgets ----------------------------------------------------
    def _get(self, field: str) -> str:
        widget = self.fields[field]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def _put(self, field: str, value: str) -> None:
        widget = self.fields[field]
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)
            widget.setCursorPosition(0)
        widget.blockSignals(False)

    @staticmethod
    def _shown(case: Case, field: str) -> str:
        value = getattr(case, field)
        if field in ("occurred_at", "acknowledged_at", "resolved_at"):
            return when_text(value)
        if field == "remedy_cost":
            return money_text(value)
        if field == "satisfaction":
            return "" if value is None else str(value)
        return value or ""

    def changes(self) -> dict:
        """Fields whose widget differs from the saved case, as typed."""
        if self.case is None:
            return {}
        return {f: self._get(f) for f in self.fields
                if self._get(f) != self._shown(self.case, f)}

    def _edited(self, *_):
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    # ---- showing a case ---------------------------------------------------------------------
    def set_case(self, ref: str | None) -> None:
        if self.case is not None and ref == self.case.ref:
            return
        case = None
        if ref:
            try:
                case = self.ctx.store.cases.get(ref)
            except NotFound:
                case = None
        self._show(case)

    def _show(self, case: Case | None) -> None:
        self.case = case
        self.errors.clear()
        self.message.clear()
        enabled = case is not None
        self.tabs.setEnabled(enabled)
        for button in (self.ack_button, self.resolve_button, self.letter_button):
            button.setEnabled(enabled)
        if case is None:
            self.title.setText(self.tr("No case selected"))
            self.customer_link.clear()
            self.customer_flag.hide()
            self.approval_box.hide()
            self.authority.set_case(None)
            for field in self.fields:
                self._put(field, "")
            self.history.setRowCount(0)
        else:
            from html import escape  # (its entity table costs a start-up 6 ms)

            self.title.setText(f"{case.ref} · {case.summary}")
            self.customer_link.setText(
                fill(self.tr("%1 from <a href='customer'>%2</a>"), label(case.kind),
                     escape(case.customer.name)))
            self.customer_flag.setText(f"⚑ {case.customer.flag}")
            self.customer_flag.setVisible(bool(case.customer.flag))
            profile = self.ctx.store.profile.get()
            self.currency_label.setText(profile.currency)
            if case.needs_approval and not case.approved_by:
                limit = ("?" if profile.refund_limit is None
                         else money_text(profile.refund_limit))
                self.approval.setText(
                    fill(self.tr("Needs approval (over your refund limit of %1 %2)"), limit,
                         profile.currency))
                self.approval_box.show()
            elif case.approved_by:
                self.approval.setText(
                    fill(self.tr("Approved by %1 %2"), case.approved_by,
                         shown_when(case.approved_at)))
                self.approve_button.hide()
                self.approval_box.show()
            else:
                self.approval_box.hide()
            self.approve_button.setVisible(case.needs_approval and not case.approved_by)
            self.authority.set_case(case)
            for field in self.fields:
                self._put(field, self._shown(case, field))
            due = []
            if case.ack_due_at:
                due.append(fill(self.tr("acknowledge by %1"), shown_when(case.ack_due_at)))
            if case.resolve_due_at:
                due.append(fill(self.tr("resolve by %1"), shown_when(case.resolve_due_at)))
            overdue = self.ctx.store.cases.is_overdue(case.id)
            targets = ", ".join(due)
            self.due_label.setText(
                (fill(self.tr("Overdue: %1"), targets) if overdue else targets) if due
                else self.tr("None (not a complaint)"))
            self.due_label.setStyleSheet("color: #d33; font-weight: bold;" if overdue else "")
            self.ack_button.setEnabled(case.acknowledged_at is None)
            self.resolve_button.setEnabled(case.resolved_at is None)
            self._fill_history(case)
        for holder in self._lazy_tabs.values():
            if holder.page is not None:
                holder.page.set_case(case.ref if case else None)
        self._show_file_count(case)
        self._edited()

    def show_hidden(self) -> None:
        """The case shown is no longer among the cases listed (a search or a filter leaves
        it out): say so rather than go on showing it as if it were selected. Unsaved typing
        stays on screen, with the same notice."""
        ref = self.case.ref
        if self.changes():
            self.message.setText(fill(self.tr(
                "%1 is not among the cases listed now: the search or filters leave it out. "
                "Your unsaved changes to it are still here."), ref))
            return
        self._show(None)
        self.title.setText(fill(self.tr("%1 is not among the cases listed"), ref))
        self.message.setText(self.tr(
            "The search or filters leave it out. Clear them to see it again."))

    def set_categories(self, categories: list[str]) -> None:
        """Past categories for autocomplete; the window reads them off the GUI thread."""
        self.category_completer.model().setStringList(categories)

    def _fill_history(self, case: Case) -> None:
        entries = self.ctx.store.history.of(case.id)
        self.history.setRowCount(len(entries))
        enums = {"kind", "channel", "severity", "status", "remedy", "customer_returned"}
        for r, entry in enumerate(reversed(entries)):
            # The field's caption and the values in the owner's language; stored keys stay.
            shown = label if entry.field in enums else history_text
            widget = self.fields.get(entry.field)
            field = widget.accessibleName() if widget else history_text(entry.field)
            for c, value in enumerate((shown_when(entry.at), field, shown(entry.old or ""),
                                       shown(entry.new or ""), entry.by)):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def _data_changed(self, _what: str) -> None:
        if self.case is None:
            return
        try:
            fresh = self.ctx.store.cases.by_id(self.case.id)
        except NotFound:
            fresh = None
        if self.changes() and fresh is not None:
            if all(self._shown(self.case, f) == self._shown(fresh, f) for f in self.fields):
                # Changed beside the form (a checklist tick): the typing stays and is saved
                # over this version, with no conflict to ask about.
                self.case = fresh
            return  # keep the owner's unsaved typing; saving will reload
        self._show(fresh)

    # ---- actions (each a ui.actions call; these slots only present its outcome) ---------------
    def save(self) -> bool:
        """Write the changed fields; on a refused value show why and save nothing."""
        if self.case is None:
            return False
        changes = self.changes()
        if not changes:
            return True
        if self.authority.takes_remedy(changes):  # staff records: the person's limit decides
            return self.authority.save_remedy(changes)
        return self._write(changes)

    def _write(self, changes: dict, version: int | None = None) -> bool:
        """Save `changes` over the case as it was when shown (`version`: as the other desk
        left it, once the owner chose to keep their own changes)."""
        self.errors.clear()
        self.message.clear()
        expected = self.case.version if version is None else version
        try:
            ref, actor = self.case.ref, self.ctx.actor()
            case = self.ctx.save(lambda store: cases.edit(
                store, actor, ref, changes, expected_version=expected), busy=self)
        except Conflict as exc:
            return self._conflict(exc, changes)
        except ValidationError as exc:
            unplaced = self.errors.show(exc.problems)
            self.message.setText(self.tr("Not saved: please correct the fields marked in red.")
                                 + ("\n" + "\n".join(unplaced) if unplaced else ""))
            self.message.setStyleSheet("color: #d33;")
            return False
        except ClosingGateRefused as exc:
            steps = "\n".join(f"• {s}" for s in exc.missing)
            reason = self.ctx.ask.text(
                self.tr("Close anyway?"),
                fill(self.tr("These required steps are not done:\n%1\n\nWhy close anyway?"),
                     steps))
            if not reason or not reason.strip():
                self.message.setText(self.tr("Not closed: the required steps are not done."))
                return False
            return self._write({**changes, "status": exc.status, "close_reason": reason}, version)
        except (WriteFailed, NotFound, Refused) as exc:  # Refused: nobody at the desk
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return False
        self._saved(case, self.tr("Saved."))
        return True

    def _saved(self, case: Case, message: str) -> None:
        self.case = None
        self._show(case)
        self.message.setStyleSheet("")
        self.message.setText(message)
        self.ctx.announce("cases")

    def _conflict(self, exc: Conflict, changes: dict) -> bool:
        """Another desk saved this case since it was shown here: nothing was saved. The
        owner keeps their changes (saved over the other desk's version of those fields) or
        takes the other desk's version (this form's typing is discarded)."""
        theirs = exc.theirs
        def caption(field: str) -> str:
            widget = self.fields.get(field)
            return widget.accessibleName() if widget else field.replace("_", " ")

        changed = [caption(f) for f in self.fields
                   if self._shown(self.case, f) != self._shown(theirs, f)]
        mine = [caption(f) for f in changes if f in self.fields]
        nothing = self.tr("nothing shown here")
        answer = self.ctx.ask.choose(
            self.tr("Changed on another desk"),
            fill(self.tr("%1 was changed on another desk since you opened it. Nothing was "
                         "saved yet.\n\nChanged there: %2\nYour changes: %3\n\nKeep your "
                         "changes (they replace the other desk's for these fields), or take "
                         "the other desk's version (your changes here are discarded)?"),
                 theirs.ref, ", ".join(changed) or nothing, ", ".join(mine) or nothing),
            [self.tr("Keep my changes"), self.tr("Take theirs")])
        if answer == 0:
            return self._write(changes, theirs.version)
        if answer == 1:
            self.case = None
            self._show(theirs)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Showing the case as the other desk saved it."))
            self.ctx.announce("cases")
            return True
        self.message.setStyleSheet("color: #d33;")
        self.message.setText(self.tr("Not saved: the case was changed on another desk."))
        return False

    def revert(self) -> None:
        self._show(self.case)

    def _act(self, action, **options) -> bool:
        """Save the typing first, then run `action(store, actor, ref, **options)` (a
        ui.actions.cases function returning Done) and show the case as it left it."""
        if self.case is None or not self.save():
            return False
        ref, actor = self.case.ref, self.ctx.actor()
        try:
            done = self.ctx.save(lambda store: action(store, actor, ref, **options), busy=self)
        except ClosingGateRefused:
            raise  # resolve asks why
        except GoodwillError as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return False
        self._saved(done.case, self.tr("Saved."))
        return True

    def acknowledge(self) -> bool:
        return self._act(cases.acknowledge)

    def resolve(self) -> bool:
        """Resolve; with required steps open, the closing gate asks why it is resolved
        anyway, and resolves with that reason."""
        try:
            return self._act(cases.resolve)
        except ClosingGateRefused as exc:
            steps = "\n".join(f"• {s}" for s in exc.missing)
            reason = self.ctx.ask.text(
                self.tr("Resolve anyway?"),
                fill(self.tr("These required steps are not done:\n%1\n\nWhy resolve anyway?"),
                     steps))
            if not reason or not reason.strip():
                self.message.setText(self.tr("Not resolved: the required steps are not done."))
                return False
            return self._act(cases.resolve, reason=reason)

    def approve(self) -> None:
        if self.case is None:
            return
        name = self.ctx.actor().name or (
            self.ctx.ask.text(self.tr("Approve"), self.tr("Who approves this remedy?"))
            or "").strip()
        if name:
            self._write({"approved_by": name, "approved_at": iso(now())})

    def open_letter(self, kind: str) -> None:
        if self.case is None or (self.changes() and not self.save()):
            return
        if not self.authority.letter_allowed(kind):
            return
        from ui.letter_editor import LetterEditor

        LetterEditor(self.ctx, self.case.ref, kind, self).exec()
