"""The letter editor: draft text beside a live PDF preview, print and save; the owner's
letter templates. The archive of letters sent is ui/letters_panel.py."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, QTemporaryDir, QTimer
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from data.l10n import DOCUMENT_LANGUAGES, locale_name
from data.letters import LETTER_KINDS, PLACEHOLDERS, check_kind, missing_sender
from data.model import ValidationError
from data.files import write_bytes_atomically
from ui.actions import letters, templates
from ui.i18n import fill, label

if TYPE_CHECKING:
    from reports.letter import RenderedLetter

PAPERS = (("a4", QT_TRANSLATE_NOOP("LetterEditor", "A4")),
          ("letter", QT_TRANSLATE_NOOP("LetterEditor", "US Letter")))
PREVIEW_DELAY_MS = 350  # typing pauses this long before the preview is redrawn
PRINT_DPI = 300  # enough for crisp text; higher only makes huge page images


def print_pdf(pdf: bytes, printer: QPrinter, folder: Path) -> int:
    """Send these exact PDF pages to the printer; returns the number of pages sent."""
    path = folder / "print.pdf"
    path.write_bytes(pdf)
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        raise ValueError("the archived letter could not be opened for printing")
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            points = doc.pagePointSize(page)
            image = doc.render(page, QSize(round(points.width() * dpi / 72),
                                           round(points.height() * dpi / 72)))
            painter.drawImage(QRectF(painter.viewport()), image)
    finally:
        painter.end()
        doc.close()
    return doc.pageCount()


def _printer_for(paper: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if paper == "letter"
                                  else QPageSize.PageSizeId.A4))
    return printer


def ask_printer(parent: QWidget, paper: str) -> QPrinter | None:
    printer = _printer_for(paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LetterEditor", "Print letter"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class PdfPane(QPdfView):
    """A PDF shown from bytes; each new version replaces the last without flicker."""

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = folder
        # No Qt parent: a document destroyed as the view's child signals the half-destroyed
        # view and crashes (Qt 6.12); outliving the view, its connections are already gone.
        self.document = QPdfDocument()
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(self.tr("Letter preview"))
        self._versions = itertools.count(1)
        self._shown: Path | None = None

    def show_pdf(self, pdf: bytes) -> None:
        # Each version gets its own file: the document reads pages lazily from it.
        path = self.folder / f"preview-{next(self._versions)}.pdf"
        path.write_bytes(pdf)
        self.document.load(str(path))
        if self._shown is not None:
            self._shown.unlink(missing_ok=True)
        self._shown = path


class LetterEditor(QDialog):
    """Write one letter for one case: the draft on the left, the printed page on the right."""

    def __init__(self, ctx, ref: str, kind: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ref = ref
        self.kind = check_kind(kind)
        self.case = ctx.store.cases.get(ref)
        self.profile = ctx.store.profile.get()
        self.logo = ctx.store.profile.logo()
        self.letter: RenderedLetter | None = None  # the PDF of the text as it is now
        self._generation = 0
        self._saved_text = ""
        self._temp = QTemporaryDir()
        self.setWindowTitle(fill(self.tr("Letter for %1 – %2"), self.case.ref,
                                 self.case.customer.name))
        self.setSizeGripEnabled(True)

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of letter"))
        for key in LETTER_KINDS:
            self.kind_box.addItem(label(key), key)
        self.kind_box.setCurrentIndex(LETTER_KINDS.index(self.kind))
        self.paper_box = QComboBox()
        self.paper_box.setAccessibleName(self.tr("Paper"))
        for key, text in PAPERS:
            self.paper_box.addItem(QCoreApplication.translate("LetterEditor", text), key)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(self.profile.paper)))
        self.language = letters.language(self.case, self.profile)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Letter language"))
        for code in DOCUMENT_LANGUAGES:
            self.language_box.addItem(locale_name(code), code)
        self.language_box.setCurrentIndex(DOCUMENT_LANGUAGES.index(self.language))
        self.reset_button = QPushButton(self.tr("Start again from the template"))
        self.template_button = QPushButton(self.tr("Edit template…"))
        self.template_button.setToolTip(
            self.tr("Change the wording every new letter of this kind starts from"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Preview status"))

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.editor.setTabChangesFocus(True)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Letter check warnings"))
        self.warnings.setMaximumHeight(120)
        self.preview = PdfPane(Path(self._temp.path()), self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("A first line “Subject: …” becomes the bold line above the "
                              "letter; a blank line starts a new paragraph."))
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(
            QLabel(self.tr("Letter check (advice only; nothing stops you printing):")))
        left_layout.addWidget(self.warnings)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letter:")))
        top.addWidget(self.kind_box)
        top.addWidget(QLabel(self.tr("Paper:")))
        top.addWidget(self.paper_box)
        top.addWidget(QLabel("Language:"))
        top.addWidget(self.language_box)
        top.addStretch(1)
        top.addWidget(self.template_button)
        top.addWidget(self.reset_button)

        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("Print…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.email_button = self.buttons.addButton(self.tr("E-mail…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.email_button.setToolTip(self.tr("Write an e-mail draft to the customer with this "
                                             "letter as a PDF, and open it in your mail program"))
        self.save_button = self.buttons.addButton(self.tr("Save PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self._text_changed)
        self.paper_box.currentIndexChanged.connect(self._text_changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.reset_button.clicked.connect(self.start_again)
        self.template_button.clicked.connect(
            lambda: LetterTemplatesDialog(self.ctx, self.kind, self).exec())
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        self.email_button.clicked.connect(self.email_letter)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_letter)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        geometry = ctx.settings.value("letter_editor/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self._load_draft()

    # ---- the draft ---------------------------------------------------------------------
    @property
    def paper(self) -> str:
        return self.paper_box.currentData()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _load_draft(self) -> None:
        draft = letters.draft(self.ctx.store, self.ref, self.kind)
        self.editor.setPlainText(draft.text)
        # What the box holds, not the draft: it gives no-break spaces (French "Objet :") back
        # as plain ones, and an unread template must not count as the owner's edit.
        self._saved_text = self.text()
        self.refresh()

    def _kind_changed(self) -> None:
        self.save_draft()
        self.kind = self.kind_box.currentData()
        self._load_draft()

    def _language_changed(self) -> None:
        """Another language starts the letter again from that language's template."""
        language = self.language_box.currentData()
        if language == self.language:
            return
        if not self.ctx.ask.confirm("Letter language", "Start this letter again from the "
                                    f"template in {self.language_box.currentText()}? Your "
                                    "changes to the text are replaced."):
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(DOCUMENT_LANGUAGES.index(self.language))
            self.language_box.blockSignals(False)
            return
        self.language = language
        self.editor.setPlainText(letters.draft(self.ctx.store, self.ref, self.kind, language).text)

    def _text_changed(self) -> None:
        self.letter = None
        self._set_ready(False, self.tr("Updating the preview…"))
        self.timer.start()

    def save_draft(self) -> None:
        """Keep the owner's edits, so the letter reopens as they left it."""
        if self.text() != self._saved_text:
            letters.keep_draft(self.ctx.store, self.ref, self.kind, self.text())
            self._saved_text = self.text()

    def start_again(self) -> None:
        if not self.ctx.ask.confirm(self.tr("Start again"), self.tr(
                "Throw away your changes to this letter and start again from the template?")):
            return
        letters.discard_draft(self.ctx.store, self.ref, self.kind)
        self._load_draft()

    # ---- the preview ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Save the draft and redraw the preview off the GUI thread; stale results are dropped."""
        self.timer.stop()
        self.save_draft()
        self._generation += 1
        generation = self._generation
        case, profile, logo = self.case, self.profile, self.logo
        kind, text, paper, language = self.kind, self.text(), self.paper, self.language

        def work(_store, _progress):
            return letters.render(case, profile, kind, text, logo=logo, paper=paper,
                                  language=language)

        self._set_ready(False, self.tr("Updating the preview…"))
        self.ctx.run_in_background(work, lambda result: self._rendered(generation, result),
                                   lambda exc, details: self._failed(generation, exc, details))

    def _rendered(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        letter, warnings = result.letter, result.warnings
        self.letter = letter
        self.preview.show_pdf(letter.pdf)
        self.warnings.clear()
        for warning in warnings:
            item = QListWidgetItem("⚠ " + warning.message)
            item.setData(Qt.ItemDataRole.UserRole, warning.code)
            self.warnings.addItem(item)
        if not warnings:
            self.warnings.addItem(QListWidgetItem(self.tr("No warnings.")))
        # No sender, no letter: the preview shows, but nothing leaves (data.letters.check_sender).
        missing = [self.tr("the business name") if m == "business name" else
                   self.tr("the signature name") for m in missing_sender(self.profile)]
        self._set_ready(not missing, fill(self.tr(
            "Not ready to send: a letter needs a sender. Set %1 in Settings > Business profile."),
            self.tr(" and ").join(missing)) if missing else fill(self.tr(
                "%n page(s), %1 KB", "", letter.pages), len(letter.pdf) // 1024 + 1))

    def _failed(self, generation: int, exc: BaseException, details: str) -> None:
        if generation == self._generation:
            self._set_ready(False, fill(self.tr("The preview could not be drawn: %1"), exc))

    def _set_ready(self, ready: bool, message: str) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.email_button.setEnabled(ready)
        self.status.setText(message)

    def warning_codes(self) -> list[str]:
        return [code for i in range(self.warnings.count())
                if (code := self.warnings.item(i).data(Qt.ItemDataRole.UserRole))]

    # ---- out into the world ----------------------------------------------------------------
    def archive(self, action: str):
        """Keep the exact bytes about to leave, and tell the rest of the app."""
        saved = letters.archive(self.ctx.store, self.ctx.actor(), self.ref, self.kind,
                                self.letter, action)
        self.ctx.announce("letters")
        return saved

    def print_letter(self) -> None:
        if self.letter is None:
            return
        printer = ask_printer(self, self.letter.paper)
        if printer is not None:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """Archive the letter, then print the archived bytes themselves."""
        saved = self.archive("printed")
        print_pdf(self.ctx.store.letters.pdf(saved.id), printer, Path(self._temp.path()))
        self.status.setText(fill(self.tr("Printed and kept with case %1."), self.ref))

    def save_pdf(self) -> None:
        if self.letter is None:
            return
        suggested = f"{self.ref}-{self.kind}.pdf".replace("/", "-")
        path = self.ctx.ask.save_file(self.tr("Save letter as PDF"), self.tr("PDF files (*.pdf)"),
                                      suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        saved = self.archive("saved")
        write_bytes_atomically(path, self.ctx.store.letters.pdf(saved.id))
        self.status.setText(fill(self.tr("Saved to %1 and kept with case %2."), path, self.ref))

    def email_letter(self) -> None:
        """An unsent .eml (To the customer, the letter as text and as a PDF), kept with the
        case as e-mailed and opened in the mail program, where the owner checks and sends it."""
        if self.letter is None:
            return
        suggested = f"{self.ref}-{self.kind}.eml".replace("/", "-")
        path = self.ctx.ask.save_file(self.tr("Save e-mail draft"),
                                      self.tr("E-mail drafts (*.eml)"), suggested)
        if path is None:
            return
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        eml = letters.email(self.ctx.store, self.ctx.actor(), self.ref, self.kind, self.text(),
                            self.letter)
        write_bytes_atomically(path, eml)
        self.ctx.announce("letters")
        opened = self.ctx.ask.open_externally(path)
        to = self.case.customer.email
        note = "" if to else self.tr(" The customer has no e-mail address: add one in the draft.")
        self.status.setText((self.tr("E-mail draft opened in your mail program") if opened
                             else self.tr("E-mail draft saved to ") + str(path)) + "." + note)

    def done(self, result: int) -> None:
        self.timer.stop()
        self.save_draft()
        self._generation += 1  # a render still running finds nobody to show it to
        self.ctx.settings.setValue("letter_editor/geometry", self.saveGeometry())
        super().done(result)


class LetterTemplatesDialog(QDialog):
    """The wording each kind of letter starts from, in the owner's words."""

    def __init__(self, ctx, kind: str = "apology", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Letter templates"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of letter"))
        for key in LETTER_KINDS:
            self.kind_box.addItem(label(key), key)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Template text"))
        self.state = QLabel()
        help_text = QLabel(fill(self.tr(
            "Placeholders filled from the case: %1. Paragraphs are separated by a blank line. "
            "A paragraph may offer other versions after a line holding only |; the first "
            "version whose placeholders all have a value is used, and a paragraph with none is "
            "left out. New drafts use the template; letters already drafted keep their text."),
            ", ".join("{" + p + "}" for p in PLACEHOLDERS)))
        help_text.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.restore_button = self.buttons.addButton(self.tr("Restore the built-in wording"),
                                                     QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Letter:")))
        row.addWidget(self.kind_box)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(help_text)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.kind_box.currentIndexChanged.connect(self.load)
        self.kind_box.setCurrentIndex(LETTER_KINDS.index(check_kind(kind)))
        self.load()

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def load(self) -> None:
        template = self.ctx.store.letters.template(self.kind)
        self.editor.setPlainText(template.text)
        self.state.setText(self.tr("Your own wording") if template.edited
                           else self.tr("Built-in wording"))
        self.restore_button.setEnabled(template.edited)

    def save(self) -> None:
        try:
            templates.save_letter_template(self.ctx.store, self.kind, self.editor.toPlainText())
        except ValidationError as exc:
            self.ctx.ask.error(self.tr("Template not saved"), "\n".join(exc.problems.values()))
            return
        self.ctx.announce("letters")
        self.load()

    def restore(self) -> None:
        if self.ctx.ask.confirm(self.tr("Restore template"), self.tr(
                "Replace your wording with the built-in template for this kind of letter?")):
            templates.reset_letter_template(self.ctx.store, self.kind)
            self.ctx.announce("letters")
            self.load()


__all__ = ["LetterEditor", "LetterTemplatesDialog", "PdfPane", "ask_printer", "print_pdf"]
