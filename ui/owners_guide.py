"""Help > Owner's guide: docs/manual.md in a read-only window, from source or the bundle."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from data.paths import owners_guide_path
from ui.i18n import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class OwnersGuide(QDialog):
    """The guide shown by Qt itself: no browser or Markdown program is needed, offline, and
    its pictures and links to the other guides resolve beside it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Owner's guide"))
        self.resize(900, 700)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(lambda _url: name_headings(self.browser.document()))
        self.browser.setSource(QUrl.fromLocalFile(str(owners_guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def name_headings(document: QTextDocument) -> None:
    """Give each heading the anchor GitHub gives it (`## Command line` -> #command-line),
    which Qt's Markdown reader does not, so the guide's links within itself work here too."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            slug = re.sub(r"[^\w\- ]", "", block.text().strip().lower()).replace(" ", "-")
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([slug])
            cursor.mergeCharFormat(anchor)
        block = block.next()


def show_owners_guide(parent: QWidget, ask) -> OwnersGuide | None:
    """Open the guide beside the desk (not modal; the open one is brought to the front), or
    say plainly that it is missing."""
    path = owners_guide_path()
    if not path.is_file():
        ask.error(translate("OwnersGuide", "Owner's guide"),
                  fill(translate("OwnersGuide",
                                 "The owner's guide is not in this installation (%1)."), path))
        return None
    guide = parent.findChild(OwnersGuide) or OwnersGuide(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
