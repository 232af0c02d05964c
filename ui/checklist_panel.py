"""The Checklist tab of a case: suggest, start, tick, untick, note and follow up checklist steps."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QDateTime, QLocale, QRect, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from data.checklists import CaseChecklist, CaseStep
from data.suggestion import suggest_template
from data.model import ValidationError, now, parse_when
from data.errors import NotFound, WriteFailed
from ui.actions import cases, checklists
from ui.case_model import label
from ui.i18n import fill

STEP_ROLE = Qt.ItemDataRole.UserRole


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that follow word-wrapped text at the column's current width (Qt's own
    size hint assumes one unwrapped line)."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self.tree.style()
        width = self.tree.header().sectionSize(index.column()) - 12
        if index.column() == 0:
            depth = 1 if index.parent().isValid() else 0
            width -= self.tree.indentation() * (depth + 1)
            if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
                width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        text = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), text.height() + 6))


def short_when(value: str | None) -> str:
    """`03 Oct 2026 14:05`, month names in the window's language."""
    if not value:
        return ""
    when = parse_when(value)
    return QLocale().toString(QDateTime(QDate(when.year, when.month, when.day),
                                        QTime(when.hour, when.minute)), "dd MMM yyyy HH:mm")


def short_day(value: str | None) -> str:
    if not value:
        return ""
    when = parse_when(value)
    return QLocale().toString(QDate(when.year, when.month, when.day), "dd MMM yyyy")


class ChecklistPanel(QWidget):
    """Everything the owner does with a case's checklists. Writes go through the Store and are
    announced once as 'checklists'; the panel redraws itself from the database."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ref: str | None = None
        self.checklists: list[CaseChecklist] = []

        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setAccessibleName(self.tr("Checklist progress"))

        self.start_label = QLabel()
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Checklist to start"))
        self.template_box.currentIndexChanged.connect(self._show_when_to_use)
        self.start_button = QPushButton(self.tr("Start checklist"))
        self.start_button.clicked.connect(self.start_selected)
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("Add your own checklists or copy a built-in one"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.remove_button = QPushButton(self.tr("Remove checklist"))
        self.remove_button.setToolTip(self.tr("Take off the selected checklist started by mistake"))
        self.remove_button.clicked.connect(self.remove_current)
        self.when_to_use = QLabel()
        self.when_to_use.setWordWrap(True)
        self.when_to_use.setStyleSheet("color: palette(mid);")

        self.by_box = QComboBox()
        self.by_box.setEditable(True)
        self.by_box.setAccessibleName(self.tr("Ticking as"))
        self.by_box.setToolTip(self.tr("Whose name goes on the steps you tick"))

        for box in (self.template_box, self.by_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)

        # Two columns so the steps stay readable in a narrow case pane; a step's note and
        # follow-up date ride on the lines under its text.
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Done")])
        self.tree.setAccessibleName(self.tr("Checklist steps"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setIndentation(12)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._show_step())

        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note on the step"))
        self.note_edit.setPlaceholderText(self.tr("A short note on this step"))
        self.note_edit.returnPressed.connect(self.save_note)
        self.note_button = QPushButton(self.tr("Save note"))
        self.note_button.clicked.connect(self.save_note)
        self.follow_up_edit = QDateEdit()
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setDisplayFormat("dd MMM yyyy")
        self.follow_up_edit.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_button = QPushButton(self.tr("Set follow-up"))
        self.follow_up_button.clicked.connect(self.save_follow_up)
        self.clear_follow_up_button = QPushButton(self.tr("Clear"))
        self.clear_follow_up_button.setAccessibleName(self.tr("Clear follow-up date"))
        self.clear_follow_up_button.clicked.connect(lambda: self.save_follow_up(clear=True))

        start_row = QHBoxLayout()
        start_row.addWidget(self.template_box, 1)
        start_row.addWidget(self.start_button)
        # Beside Start rather than beside "Ticking as", whose row was wider than the German
        # pane at 1366 pixels.
        start_row.addWidget(self.templates_button)
        step_box = QGridLayout()
        step_box.setContentsMargins(0, 0, 0, 0)
        step_box.addWidget(self.help, 0, 0, 1, 4)
        step_box.addWidget(QLabel(self.tr("Note:")), 1, 0)
        step_box.addWidget(self.note_edit, 1, 1, 1, 2)
        step_box.addWidget(self.note_button, 1, 3)
        step_box.addWidget(QLabel(self.tr("Follow up:")), 2, 0)
        step_box.addWidget(self.follow_up_edit, 2, 1)
        step_box.addWidget(self.follow_up_button, 2, 2)
        step_box.addWidget(self.clear_follow_up_button, 2, 3)
        step_box.setColumnStretch(1, 1)
        self.step_widget = QWidget()
        self.step_widget.setLayout(step_box)
        by_row = QHBoxLayout()
        by_row.addWidget(QLabel(self.tr("Ticking as:")))
        by_row.addWidget(self.by_box, 1)
        by_row.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.start_label)
        layout.addLayout(start_row)
        layout.addWidget(self.when_to_use)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        legend = QLabel(
            self.tr("Bold steps must be done before closing. Hover over a step for advice."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(mid);")
        layout.addWidget(legend)
        layout.addWidget(self.step_widget)
        layout.addLayout(by_row)
        ctx.events.data_changed.connect(self._data_changed)
        self.set_case(None)

    # ---- showing ----------------------------------------------------------------------------
    def set_case(self, ref: str | None) -> None:
        """Show this case's checklists (None: nothing). Called again to refresh."""
        if ref != self.ref:
            self.by_box.setCurrentText("")
        self.ref = ref
        self.reload()

    def _data_changed(self, what: str) -> None:
        if what in ("checklists", "cases", "profile", "all"):
            self.reload()

    def reload(self) -> None:
        case = None
        if self.ref:
            try:
                case = self.ctx.store.cases.get(self.ref)
            except NotFound:
                self.ref = None
        self.setEnabled(case is not None)
        keep = self.current_step()
        self.checklists = self.ctx.store.checklists.of(case.id) if case else []
        self._fill_templates(case)
        self._fill_people()
        self._fill_tree(keep.number if keep else None)
        self._show_progress()

    def _fill_templates(self, case) -> None:
        chosen = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        names = [t.name for t in self.ctx.store.checklists.templates()]
        started = {c.name for c in self.checklists}
        suggested = ""
        if case is not None and not self.checklists:
            suggested = suggest_template(case.category, case.severity, case.summary,
                                         case.details, case.staff, kind=case.kind,
                                         language=self.ctx.store.profile.get().locale)
        for name in names:
            shown = fill(self.tr("%1 (suggested)"), name) if name == suggested else name
            shown = fill(self.tr("%1 (already started)"), shown) if name in started else shown
            self.template_box.addItem(shown, name)
        pick = suggested or chosen
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(pick)))
        self.template_box.blockSignals(False)
        self.start_label.setText(self.tr("Suggested checklist:") if suggested
                                 else self.tr("Add a checklist:"))
        self._show_when_to_use()

    def _show_when_to_use(self, *_) -> None:
        name = self.template_box.currentData()
        match = [t for t in self.ctx.store.checklists.templates() if t.name == name]
        text = fill(self.tr("When to use: %1"), match[0].when_to_use) if match else ""
        self.template_box.setToolTip(text)
        # Once a checklist runs, the steps need the room more than this explanation does.
        self.when_to_use.setText(text)
        self.when_to_use.setVisible(bool(text) and not self.checklists)

    def _fill_people(self) -> None:
        person = self.ctx.person  # with staff records: the person at the desk, fixed
        self.by_box.setEnabled(person is None)
        if person is not None:
            self.by_box.blockSignals(True)
            self.by_box.clear()
            self.by_box.addItem(person.name)
            self.by_box.blockSignals(False)
            return
        typed = self.by_box.currentText().strip()
        owner = self.ctx.store.profile.get().owner
        people = [owner] if owner else []
        people += [n for n in self.ctx.store.case_list.staff_names(50) if n != owner]
        self.by_box.blockSignals(True)
        self.by_box.clear()
        self.by_box.addItems(people)
        self.by_box.setCurrentText(typed or owner)
        self.by_box.blockSignals(False)

    def _fill_tree(self, keep_number: int | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        current = None
        for checklist in self.checklists:
            top = QTreeWidgetItem([fill(self.tr("%1 · %2 of %3 done"), checklist.name,
                                        checklist.done_count, len(checklist.steps))])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setToolTip(0, fill(self.tr("Started %1 by %2"), short_when(checklist.started_at),
                                   checklist.started_by or self.tr("someone")))
            self.tree.addTopLevelItem(top)
            for step in checklist.steps:
                item = self._step_item(step, bold)
                top.addChild(item)
                if step.number == keep_number:
                    current = item
            top.setExpanded(True)
        self.tree.blockSignals(False)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_step()

    def _step_item(self, step: CaseStep, bold: QFont) -> QTreeWidgetItem:
        done = f"{step.done_by or '?'}\n{short_when(step.done_at)}" if step.done else ""
        lines = [f"{step.number}. {step.text}"]
        follow_due = bool(step.follow_up_at and not step.done
                          and parse_when(step.follow_up_at) <= now())
        if step.follow_up_at and not step.done:
            lines.append(fill(self.tr("Follow-up due since %1") if follow_due
                              else self.tr("Follow up by %1"), short_day(step.follow_up_at)))
        if step.note:
            lines.append(fill(self.tr("Note: %1"), step.note))
        item = QTreeWidgetItem(["\n".join(lines), done])
        item.setData(0, STEP_ROLE, step.number)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        tip = step.help or step.text
        if step.required:
            item.setFont(0, bold)
            tip += "\n\n" + self.tr("Required before the case can be closed.")
        item.setToolTip(0, tip)
        state = (self.tr("required, done") if step.required and step.done
                 else self.tr("required") if step.required
                 else self.tr("done") if step.done else self.tr("to do"))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     fill(self.tr("Step %1, %2: %3"), step.number, state, step.text))
        if follow_due:
            item.setForeground(0, Qt.GlobalColor.red)
        return item

    def _show_progress(self) -> None:
        steps = [s for c in self.checklists for s in c.steps]
        self.remove_button.setEnabled(bool(self.checklists))
        if not self.ref:
            self.progress.setText("")
        elif not steps:
            self.progress.setText(
                self.tr("No checklist yet. Start the suggested one, or choose another."))
        else:
            missing = sum(s.required and not s.done for s in steps)
            text = fill(self.tr("%1 of %2 steps done."), sum(s.done for s in steps), len(steps))
            text += " " + (self.tr("%n required step(s) still to do.", "", missing)
                           if missing else self.tr("All required steps are done."))
            self.progress.setText(text)

    def current_step(self) -> CaseStep | None:
        item = self.tree.currentItem()
        number = item.data(0, STEP_ROLE) if item is not None else None
        return self.step(number) if number else None

    def step(self, number: int) -> CaseStep | None:
        return next((s for c in self.checklists for s in c.steps if s.number == number), None)

    def step_item(self, number: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, STEP_ROLE) == number:
                    return top.child(j)
        return None

    def _show_step(self) -> None:
        step = self.current_step()
        self.step_widget.setEnabled(step is not None)
        if step is None:
            self.help.setText(self.tr("Select a step to add a note or a follow-up date."))
            self.note_edit.clear()
            self.follow_up_edit.setDate(QDate.currentDate())
            return
        self.help.setText(f"<b>{step.number}. {_html(step.text)}</b><br>{_html(step.help)}")
        self.note_edit.setText(step.note)
        day = parse_when(step.follow_up_at).date() if step.follow_up_at else None
        self.follow_up_edit.setDate(QDate(day.year, day.month, day.day) if day
                                    else QDate.currentDate().addDays(7))
        self.clear_follow_up_button.setEnabled(step.follow_up_at is not None)

    # ---- acting -----------------------------------------------------------------------------
    def _actor(self):
        """The person in 'Ticking as' (an empty box: the profile's owner)."""
        return self.ctx.actor(self.by_box.currentText().strip() or None)

    def _write(self, action, what: str = "checklists"):
        """Run one store write, `action(store)`, off the GUI thread (ctx.save); on success
        announce it once, after this slot has returned (the tree that sent the signal is
        rebuilt by the refresh), and return what the write returned (None: not saved)."""
        try:
            result = self.ctx.save(action, busy=self)
        except ValidationError as exc:
            self.ctx.ask.error(self.tr("Not saved"), "\n".join(exc.problems.values()))
            return None
        except (WriteFailed, NotFound, ValueError) as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return None
        QTimer.singleShot(0, lambda: self.ctx.announce(what))
        return result

    def start_selected(self) -> bool:
        name = self.template_box.currentData()
        if not self.ref or not name:
            return False
        ref, actor = self.ref, self._actor()
        started = self._write(lambda store: checklists.start(store, actor, ref, name))
        if started is not None and started.proposed_severity:
            self._propose_severity(ref, started.proposed_severity, actor)
        return started is not None

    def _propose_severity(self, ref: str, proposed: str, actor) -> bool:
        """The template's severity is the owner's to accept: asked, never just applied."""
        now_severity = self.ctx.store.cases.get(ref).severity
        if not self.ctx.ask.confirm(
                self.tr("Change the severity?"),
                fill(self.tr("This checklist suggests severity %1 (now %2). Change it?"),
                     label(proposed), label(now_severity))):
            return False
        return self._write(lambda store: cases.edit(store, actor, ref, {"severity": proposed}),
                           "cases") is not None

    def remove_current(self) -> bool:
        """Remove the checklist of the selected line (the last one when none is), asked first."""
        if not self.ref or not self.checklists:
            return False
        item, chosen = self.tree.currentItem(), self.checklists[-1]
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None:
            chosen = self.checklists[self.tree.indexOfTopLevelItem(item)]
        if not self.ctx.ask.confirm(self.tr("Remove checklist"), fill(self.tr(
                "Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?"),
                chosen.name, self.ref)):
            return False
        ref, actor, checklist_id = self.ref, self._actor(), chosen.id
        return self._write(lambda store: checklists.remove(store, actor, ref, checklist_id))

    def set_done(self, number: int, done: bool) -> bool:
        """Tick or untick step `number` as the person in 'Ticking as'."""
        step = self.step(number)
        if step is None or step.done == done:
            return False
        ref, actor = self.ref, self._actor()
        return self._write(lambda store: checklists.set_done(
            store, actor, ref, number, done)) is not None

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        number = item.data(0, STEP_ROLE)
        if column == 0 and number:
            # The save waits in an event loop, where a refresh may rebuild the tree: it must
            # not run while the item that sent this signal is still on the stack (a crash).
            done = item.checkState(0) == Qt.CheckState.Checked
            QTimer.singleShot(0, lambda: self._tick_clicked(number, done))

    def _tick_clicked(self, number: int, done: bool) -> None:
        if not self.set_done(number, done):
            self.reload()  # the box goes back to what is saved

    def save_note(self) -> bool:
        step = self.current_step()
        if step is None:
            return False
        note = self.note_edit.text()
        ref, actor = self.ref, self._actor()
        return self._write(
            lambda store: checklists.set_note(store, actor, ref, step.number, note)) is not None

    def save_follow_up(self, clear: bool = False) -> bool:
        step = self.current_step()
        if step is None:
            return False
        day = None if clear else self.follow_up_edit.date().toString("yyyy-MM-dd")
        ref, actor = self.ref, self._actor()
        return self._write(lambda store: checklists.set_follow_up(
            store, actor, ref, step.number, day)) is not None

    def edit_templates(self) -> None:
        from ui.checklist_editor import ChecklistTemplatesDialog

        ChecklistTemplatesDialog(self.ctx, self).exec()
        self.reload()


def _html(text: str) -> str:
    return escape(text or "").replace("\n", "<br>")
