"""No silent edits from the mouse wheel: a drop-down, date or number field the owner has not
clicked into ignores the wheel, which scrolls the page under it instead.

Qt's default lets the wheel over any such field change its value, so scrolling a long case
form turned Status from Open to Closed on the way down. One application-wide event filter
covers every form and dialog, present and future.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox

_GUARDED = (QComboBox, QAbstractSpinBox)  # spin boxes include date and time fields


class WheelGuard(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, _GUARDED):
            # The wheel would otherwise give such a field the focus before it reaches here.
            obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, _GUARDED) and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            return True
        return False


def _scroll_area_of(widget):
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install(app: QApplication) -> None:
    """Once per application; later calls do nothing. Fields already built (the window
    installs the guard after its first paint) are guarded here, later ones at their Polish.

    Not earlier: an application-wide Python filter has PySide wrap every object and event
    it sees, and during the window's building and first paint that cost more than a third
    of the whole start-up."""
    if getattr(app, "_goodwill_wheel_guard", None) is None:
        for window in app.topLevelWidgets():
            for kind in _GUARDED:
                for field in window.findChildren(kind):
                    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._goodwill_wheel_guard = guard
