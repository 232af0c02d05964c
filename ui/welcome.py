"""What a new, empty database shows instead of an empty grid: three ways to begin."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from data.paths import resource_path
from data.errors import WriteFailed


class WelcomePage(QWidget):
    new_case = Signal()
    import_csv = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Welcome to Goodwill"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "Every complaint, compliment, question and request your customers bring you, in "
            "one place on this computer. Log what just happened at the counter or on the "
            "phone, work each complaint through to a happy customer, and print a proper "
            "letter or a month-end report when you need one."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Centred in a box layout, wrapped text only gets the height it asks for itself.
        text.setFixedWidth(560)
        text.setFixedHeight(text.heightForWidth(560))
        self.first_button = QPushButton(self.tr("Log your first case"))
        self.first_button.setDefault(True)
        self.first_button.setToolTip(self.tr("Ctrl+N at any time"))
        self.first_button.clicked.connect(self.new_case)
        self.import_button = QPushButton(self.tr("Import a spreadsheet…"))
        self.import_button.setToolTip(self.tr("Bring in cases from a CSV file or an Excel or "
                                              "LibreOffice sheet"))
        self.import_button.clicked.connect(self.import_csv)
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.demo_button.setToolTip(self.tr("Six months of a small café's cases, to look around first"))
        self.demo_button.clicked.connect(self.load_demo)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        icon = resource_path("icons", "goodwill-128.png")
        if icon.exists():
            picture = QLabel()
            picture.setPixmap(QPixmap(str(icon)).scaled(
                96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        for button in (self.first_button, self.import_button, self.demo_button):
            button.setMinimumWidth(240)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def load_demo(self) -> None:
        from data.demo import load_demo

        try:
            count = load_demo(self.ctx.store)
        except (ValueError, WriteFailed) as exc:
            self.ctx.ask.error(self.tr("Demo data not loaded"), str(exc))
            return
        self.ctx.announce("all")
        self.ctx.ask.inform(self.tr("Demo data loaded"),
                            self.tr("Added %n case(s) from a small café. Have a look around.",
                                    "", count))
