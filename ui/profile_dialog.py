"""The business profile: who you are on letters and reports, and your complaint targets."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from data.model import PAPERS, ValidationError, money_text
from data.errors import WriteFailed
from ui.actions import profile as profile_actions
from ui.form_fields import FieldErrors
from ui.i18n import fill, window_language



class ProfileDialog(QDialog):
    def __init__(self, ctx, parent=None, first_run: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Welcome to Goodwill") if first_run
                            else self.tr("Business profile"))
        profile = ctx.store.profile.get()
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        self._logo: bytes | None = ctx.store.profile.logo()
        self._logo_changed = False

        form = QFormLayout()

        def add(field: str, text: str, widget: QWidget, tip: str = "") -> None:
            if tip:
                widget.setToolTip(tip)
            self.errors.add_row(form, self.fields, field, text, widget)

        add("name", self.tr("Business &name"), QLineEdit(profile.name))
        address = QPlainTextEdit(profile.address)
        address.setTabChangesFocus(True)
        address.setFixedHeight(70)
        add("address", self.tr("&Address"), address)
        add("phone", self.tr("&Phone"), QLineEdit(profile.phone))
        add("email", self.tr("E-&mail"), QLineEdit(profile.email))
        add("owner", self.tr("&Your name"), QLineEdit(profile.owner),
            self.tr("Signs letters and approves remedies"))
        add("title", self.tr("Your &title"), QLineEdit(profile.title),
            self.tr("For example: Owner, Manager"))
        from data.l10n import locale_choices

        locale = QComboBox()
        locale.setEditable(True)
        for code, label in locale_choices(profile.locale):
            locale.addItem(label, code)
        locale.setCurrentIndex(max(0, locale.findData(profile.locale)))
        add("locale", self.tr("Lan&guage and formats"), locale,
            self.tr("The language of the window and the letters, and how dates and amounts "
                    "are written in your files, for example de_DE reads 7,20 and 03.10.2026"))
        self._locale_before = profile.locale
        add("currency", self.tr("&Currency"), QLineEdit(profile.currency),
            self.tr("3 letters: EUR, GBP, USD…"))
        paper = QComboBox()
        for value in PAPERS:
            paper.addItem(self.tr("A4") if value == "a4" else self.tr("US Letter"), value)
        paper.setCurrentIndex(max(0, paper.findData(profile.paper)))
        add("paper", self.tr("Pa&per size"), paper)
        # One choice: picking a region brings its currency and paper (the owner may still
        # change either afterwards).
        locale.currentIndexChanged.connect(self._region_chosen)
        ack = QSpinBox()
        ack.setRange(1, 24 * 365)
        ack.setSuffix(self.tr(" hours"))
        ack.setValue(profile.ack_hours)
        add("ack_hours", self.tr("Ac&knowledge within"), ack,
            self.tr("A complaint not acknowledged within this time is overdue"))
        resolve = QSpinBox()
        resolve.setRange(1, 3650)
        resolve.setSuffix(self.tr(" days"))
        resolve.setValue(profile.resolve_days)
        add("resolve_days", self.tr("&Resolve within"), resolve,
            self.tr("A complaint not resolved within this time is overdue"))
        add("refund_limit", self.tr("Refund &limit"),
            QLineEdit("" if profile.refund_limit is None else money_text(profile.refund_limit)),
            self.tr("Remedies costing more than this need your approval; empty means no limit"))

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose a logo image"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setAccessibleName(self.tr("Remove the logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        box = QVBoxLayout()
        box.addLayout(logo_row)
        box.addWidget(self.errors.make("logo"))
        form.addRow(self.tr("Logo (optional)"), box)
        self._show_logo()

        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(self.tr(
                "Welcome! Before you log your first case, tell Goodwill a little about your "
                "business. Your name and address go on the letters you print, and the targets "
                "below decide when a complaint counts as overdue. You can change all of this "
                "later under Settings > Business profile."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #d33;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        if first_run:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(self._logo is not None)

    def _region_chosen(self, index: int) -> None:
        from data.l10n import regional_defaults

        code = self.fields["locale"].itemData(index)
        if not code:
            return
        currency, paper = regional_defaults(code)
        self.fields["currency"].setText(currency)
        box = self.fields["paper"]
        box.setCurrentIndex(max(0, box.findData(paper)))

    def choose_logo(self) -> None:
        path = self.ctx.ask.open_file(self.tr("Choose a logo"),
                                      self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if path is None:
            return
        data = path.read_bytes()
        if not QPixmap().loadFromData(data):
            self.errors.show({"logo": fill(self.tr("%1 is not an image Goodwill can read"),
                                           path.name)})
            return
        self._logo, self._logo_changed = data, True
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self._show_logo()

    def values(self) -> dict:
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox) and widget.isEditable():
                # The list shows "de_DE - Deutsch (Deutschland)"; a typed code stands alone.
                out[key] = widget.currentText().split(" - ")[0].strip()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            else:
                out[key] = widget.text()
        return out

    def save(self) -> None:
        self.errors.clear()
        self.message.clear()
        try:
            logo = {"logo": self._logo} if self._logo_changed else {}
            profile_actions.update(self.ctx.store, self.ctx.actor(), self.values(), **logo)
        except ValidationError as exc:
            unplaced = self.errors.show(exc.problems)
            self.message.setText(self.tr("Not saved: please correct the fields marked in red.")
                                 + ("\n" + "\n".join(unplaced) if unplaced else ""))
            return
        except WriteFailed as exc:
            self.ctx.ask.error(self.tr("Not saved"), str(exc))
            return
        self.ctx.announce("profile")
        self.accept()
        language = window_language(self.ctx.store.profile.get().locale)
        if language != window_language(self._locale_before):
            # Widgets translate their texts once, when built: the new language needs a restart.
            self.ctx.ask.inform(self.tr("Language"), self.tr(
                "The window will use the new language the next time you start Goodwill."))
