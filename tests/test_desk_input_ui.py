"""The desk never changes what the owner did not mean: the mouse wheel over a field the owner
has not clicked into scrolls the page, and changes nothing."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui_support import open_window


def wheel(widget, clicks: int) -> None:
    """`clicks` notches of the wheel (negative: towards the owner) over the widget's middle."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * clicks), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def guarded_window(qtbot, store, tmp_path):
    """The window once its first paint has put the wheel guard in (ui.wheel_guard.install)."""
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: getattr(QApplication.instance(), "_goodwill_wheel_guard", None)
                    is not None, timeout=10_000)
    return window


def test_the_wheel_over_fields_not_clicked_into_changes_nothing(demo_store, qtbot, tmp_path):
    window = guarded_window(qtbot, demo_store, tmp_path)
    view = window.case_view
    ref = view.case.ref
    before = demo_store.cases.get(ref)
    window.setFocus()
    for name in ("status", "severity", "kind", "remedy", "satisfaction"):
        box = view.fields[name]
        shown = box.currentIndex()
        wheel(box, -2)
        wheel(box, 3)
        assert box.currentIndex() == shown, name
    window.save_action.trigger()
    after = demo_store.cases.get(ref)
    assert (after.status, after.severity, after.version) == (
        before.status, before.severity, before.version)


def test_the_wheel_scrolls_the_case_form_instead(demo_store, qtbot, tmp_path):
    window = guarded_window(qtbot, demo_store, tmp_path)
    window.resize(1366, 600)
    view = window.case_view
    box = view.fields["status"]
    area = box.parentWidget()
    while not hasattr(area, "verticalScrollBar"):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
    bar.setValue(0)
    wheel(box, -3)
    assert bar.value() > 0


def test_a_field_the_owner_clicked_into_still_takes_the_wheel(demo_store, qtbot, tmp_path):
    window = guarded_window(qtbot, demo_store, tmp_path)
    box = window.case_view.fields["severity"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5_000)
    shown = box.currentIndex()
    wheel(box, -1 if shown < box.count() - 1 else 1)
    assert box.currentIndex() != shown


def _started_without(tmp_path, **env_changes):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_changes)
    main = Path(__file__).resolve().parent.parent / "main.py"
    return subprocess.run([sys.executable, str(main), "--db", str(tmp_path / "shop.db")],
                          capture_output=True, text=True, env=env, timeout=60)


def test_started_where_there_is_no_display_it_says_so_in_one_line(tmp_path):
    done = _started_without(tmp_path)
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("goodwill: there is no display") and "--help" in line
    assert not (tmp_path / "shop.db").exists()


def test_a_display_that_does_not_answer_is_named(tmp_path):
    done = _started_without(tmp_path, DISPLAY=":173")
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert "cannot reach the display :173" in line


def _typed_summary(qtbot, window, text: str) -> str:
    summary = window.case_view.fields["summary"]
    summary.selectAll()
    qtbot.keyClicks(summary, text)
    return window.case_view.case.ref


def test_quitting_with_unsaved_changes_offers_save_discard_and_cancel(demo_store, qtbot,
                                                                     tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    ref = _typed_summary(qtbot, window, "Typed, not saved")
    window.ctx.ask.choices = [None]  # Cancel: the window stays, the typing too
    assert window.close() is False and window.isVisible()
    assert window.case_view.fields["summary"].text() == "Typed, not saved"
    title, text, choices = window.ctx.ask.chosen[-1]
    assert ref in text and choices == ["Save", "Discard changes"]
    window.ctx.ask.choices = [1]  # Discard
    assert window.close() is True
    assert demo_store.cases.get(ref).summary != "Typed, not saved"


def test_quitting_and_choosing_save_keeps_the_typing(demo_store, qtbot, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    ref = _typed_summary(qtbot, window, "Typed, then saved on quitting")
    window.ctx.ask.choices = [0]
    assert window.close() is True
    assert demo_store.cases.get(ref).summary == "Typed, then saved on quitting"
