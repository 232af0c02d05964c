"""Settings > Checklist templates: list the templates, copy built-in ones, edit the owner's own."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from data.checklists import ChecklistTemplate
from data.model import ValidationError
from data.errors import NotFound, WriteFailed
from ui.actions import templates
from ui.i18n import fill

TEXT, HELP, REQUIRED, FOLLOW_UP = range(4)


class ChecklistTemplatesDialog(QDialog):
    """Built-in templates are shown read-only (copy one to change it); the owner's own are
    edited here and saved to the database. Cases keep the steps they started with."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Checklist templates"))
        self.resize(980, 600)
        self.current: ChecklistTemplate | None = None
        self.new_template = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.add_template)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Make your own editable copy of this template"))
        self.copy_button.clicked.connect(self.copy_template)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_template)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.when_edit = QLineEdit()
        self.when_edit.setAccessibleName(self.tr("When to use"))
        self.when_edit.setPlaceholderText(self.tr("The kind of case this checklist is for"))
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Advice (shown on hover)"),
                                              self.tr("Required"),
                                              self.tr("Follow up after (days)")])
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setWordWrap(True)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HELP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOLLOW_UP, QHeaderView.ResizeMode.ResizeToContents)
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("When to use"), self.when_edit)
        step_buttons = QHBoxLayout()
        for button in (self.add_step_button, self.remove_step_button, self.up_button,
                       self.down_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.notice)
        right.addLayout(form)
        right.addWidget(self.steps, 1)
        right.addLayout(step_buttons)
        right.addWidget(self.message)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setSizes([330, 650])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.reload()

    # ---- the list ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        select = select or (self.current.name if self.current else None)
        self.list.blockSignals(True)
        self.list.clear()
        italic = QFont(self.list.font())
        italic.setItalic(True)
        for template in self.ctx.store.checklists.templates():
            item = QListWidgetItem(fill(self.tr("%1  (built-in)"), template.name)
                                   if template.builtin else template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setToolTip(template.when_to_use)
            if template.builtin:
                item.setFont(italic)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        self.list.setCurrentRow(names.index(select) if select in names else 0)

    def _selection_changed(self, item, previous) -> None:
        if previous is not None and self.is_dirty() and not self.ctx.ask.confirm(
                self.tr("Discard changes?"),
                fill(self.tr("Your changes to “%1” are not saved. Discard them?"),
                     self.current.name)):
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self.new_template = False
        self.show_template(self._template(item))

    def _template(self, item) -> ChecklistTemplate | None:
        if item is None:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.ctx.store.checklists.templates() if t.name == name), None)

    # ---- the editor -------------------------------------------------------------------------
    def show_template(self, template: ChecklistTemplate | None) -> None:
        self.current = template
        self.message.clear()
        editable = self.new_template or (template is not None and not template.builtin)
        if template is None:
            self.notice.setText("")
        elif template.builtin:
            self.notice.setText(self.tr("This is a built-in checklist and cannot be changed. "
                                        "Press <b>Copy</b> to make your own version of it.")
                                + (fill(self.tr("<br>Based on: %1"), template.based_on)
                                   if template.based_on else ""))
        else:
            self.notice.setText(self.tr("Your own checklist. Changes apply to checklists "
                                        "started from now on; cases keep the steps they "
                                        "started with."))
        self.name_edit.setText(template.name if template else "")
        self.when_edit.setText(template.when_to_use if template else "")
        self.steps.setRowCount(0)
        for step in (template.steps if template else ()):
            self.add_step(step.text, step.help, step.required, step.follow_up_days)
        self.steps.resizeRowsToContents()
        for widget in (self.name_edit, self.when_edit):
            widget.setReadOnly(not editable)
        self.steps.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers)
        for button in (self.add_step_button, self.remove_step_button, self.up_button,
                       self.down_button, self.save_button):
            button.setEnabled(editable)
        self.delete_button.setEnabled(template is not None and template.id is not None)
        self.copy_button.setEnabled(template is not None and not self.new_template)
        self._set_required_editable(editable)

    def _set_required_editable(self, editable: bool) -> None:
        for row in range(self.steps.rowCount()):
            item = self.steps.item(row, REQUIRED)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)

    def add_step(self, text: str = "", help_text: str = "", required: bool = False,
                 follow_up_days: int | None = None) -> int:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setItem(row, TEXT, QTableWidgetItem(text))
        self.steps.setItem(row, HELP, QTableWidgetItem(help_text))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                       | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if required else Qt.CheckState.Unchecked)
        self.steps.setItem(row, REQUIRED, check)
        self.steps.setItem(row, FOLLOW_UP, QTableWidgetItem(
            "" if follow_up_days is None else str(follow_up_days)))
        if not text:
            self.steps.setCurrentCell(row, TEXT)
            self.steps.editItem(self.steps.item(row, TEXT))
        return row

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)

    def move_step(self, offset: int) -> None:
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.steps.rowCount():
            return
        for column in range(self.steps.columnCount()):
            a, b = self.steps.takeItem(row, column), self.steps.takeItem(target, column)
            self.steps.setItem(row, column, b)
            self.steps.setItem(target, column, a)
        self.steps.setCurrentCell(target, self.steps.currentColumn())

    def collected(self) -> dict:
        """What the editor shows, in the shape Store.checklists.save_template takes."""
        steps = []
        for row in range(self.steps.rowCount()):
            days_text = self.steps.item(row, FOLLOW_UP).text().strip()
            step = {"text": self.steps.item(row, TEXT).text(),
                    "help": self.steps.item(row, HELP).text(),
                    "required": self.steps.item(row, REQUIRED).checkState() == Qt.CheckState.Checked}
            if days_text:
                step["follow_up_days"] = int(days_text) if days_text.isdigit() else days_text
            steps.append(step)
        return {"name": self.name_edit.text(), "when_to_use": self.when_edit.text(),
                "steps": steps}

    def is_dirty(self) -> bool:
        if self.new_template:
            return True
        if self.current is None or self.current.builtin:
            return False
        saved = {"name": self.current.name, "when_to_use": self.current.when_to_use,
                 "steps": [s.as_json() for s in self.current.steps]}
        return self.collected() != saved

    # ---- actions ----------------------------------------------------------------------------
    def add_template(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self.new_template = True
        self.show_template(None)
        self.name_edit.setFocus()
        self.add_step(required=True)
        self.name_edit.setFocus()

    def copy_template(self) -> None:
        if self.current is None:
            return
        name = self.current.name
        copy = self._guard(lambda: templates.copy_checklist_template(self.ctx.store, name))
        if copy is not None:
            self.reload(select=copy.name)
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def delete_template(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if not self.ctx.ask.confirm(self.tr("Delete template?"), fill(self.tr(
                "Delete “%1”? Cases that use it keep their own copy of the steps."),
                self.current.name)):
            return
        template_id = self.current.id
        self.current = None
        self._guard(lambda: templates.delete_checklist_template(self.ctx.store, template_id))
        self.reload()

    def save(self) -> bool:
        data = self.collected()
        template_id = None if self.new_template or self.current is None else self.current.id
        saved = self._guard(
            lambda: templates.save_checklist_template(self.ctx.store, data, template_id))
        if saved is None:
            return False
        self.new_template = False
        self.current = saved
        self.reload(select=saved.name)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        return True

    def _guard(self, action):
        """Run one store call; show what was wrong instead of raising."""
        try:
            result = action()
        except ValidationError as exc:
            self.message.setStyleSheet("color: #d33;")
            self.message.setText(fill(self.tr("Not saved: %1"), "; ".join(
                f"{field.replace('_', ' ')} {problem}" for field, problem in exc.problems.items())))
            return None
        except (WriteFailed, NotFound, ValueError) as exc:
            self.message.setStyleSheet("color: #d33;")
            self.message.setText(fill(self.tr("Not saved: %1"), exc))
            return None
        self.ctx.announce("checklists")
        return result
