"""What "the text fits" means for the layout walk: a label, button, check box, radio
button, tab or column header whose text is wider than the room it was given, a wrapped
label taller than its room, or two widgets of one layout drawn over each other."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QCheckBox, QHeaderView, QLabel, QPushButton,
    QRadioButton, QScrollArea, QTabBar, QToolButton, QWidget,
)

SLACK = 2  # pixels of rounding between a size hint and the space a layout hands out


def _where(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed}px of height, has {label.height()}"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or "<" in text and Qt.mightBeRichText(text):
        needed = label.sizeHint().width()
    else:
        lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines) \
            + 2 * label.margin() + label.indent() * (label.indent() > 0)
    if needed > room.width() + SLACK:
        return f"text needs {needed}px, has {room.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text() or isinstance(button, QToolButton):
        return None
    needed = button.sizeHint().width()
    if isinstance(button, (QCheckBox, QRadioButton)) or isinstance(button, QPushButton):
        if needed > button.width() + SLACK:
            return f"text needs {needed}px, has {button.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        needed = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
        if bar.tabRect(i).width() < needed:
            out.append(f"tab {bar.tabText(i)!r} cut to {bar.tabRect(i).width()}px "
                       f"(text {needed}px)")
    return out


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    out = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        needed = metrics.horizontalAdvance(text) + 2  # a sliver of margin either side
        if header.sectionSize(section) < needed:
            out.append(f"column {text!r} is {header.sectionSize(section)}px, its name "
                       f"{needed}px")
    return out


def _overlaps(widget: QWidget) -> list[str]:
    layout = widget.layout()
    if layout is None:
        return []
    items = []
    for i in range(layout.count()):
        child = layout.itemAt(i).widget()
        if child is not None and _shown(child):
            items.append(child)
    out = []
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            overlap = a.geometry().intersected(b.geometry())
            if overlap.width() > SLACK and overlap.height() > SLACK:
                out.append(f"{_where(a)} and {_where(b)} overlap")
    return out


def problems(top: QWidget, context: str) -> list[str]:
    """Every clipped or overlapping text under `top`, shown widgets only."""
    found = []
    for widget in [top] + top.findChildren(QWidget):
        if not _shown(widget) or widget.property("elides"):
            continue
        issue = None
        if isinstance(widget, QLabel):
            issue = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            issue = _button_problem(widget)
        if issue:
            found.append(f"{context}: {_where(widget)} {widget.text()[:50]!r}: {issue}")
        if isinstance(widget, QTabBar):
            found += [f"{context}: {_where(widget)}: {p}" for p in _tab_problems(widget)]
        if isinstance(widget, QHeaderView) and not isinstance(widget.parentWidget(),
                                                               type(None)):
            found += [f"{context}: {_where(widget)}: {p}" for p in _header_problems(widget)]
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner = widget.widget().minimumSizeHint().width()
            if inner > widget.viewport().width() + SLACK:
                found.append(f"{context}: {_where(widget)}: its content needs {inner}px "
                             f"across, the pane shows {widget.viewport().width()}")
        if not isinstance(widget, QAbstractScrollArea):
            found += [f"{context}: {p}" for p in _overlaps(widget)]
    return found
