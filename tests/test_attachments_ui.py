"""The case's Files tab as the owner uses it: add by button, paste an image, thumbnails,
open in the viewer, refusal of a file over 20 MB; real widgets on a real database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from data.attachments import MAX_ATTACHMENT
from ui_support import open_window, settle


def photo(path, color="#c0392b"):
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "JPEG")
    return path


def files_tab(window, qtbot):
    view = window.case_view
    view.tabs.setCurrentWidget(view._lazy_tabs["Files"])
    panel = view.files_panel
    qtbot.waitUntil(lambda: panel.ref == view.case.ref, timeout=5_000)
    return panel


def test_added_photo_gets_a_thumbnail_and_opens_in_the_viewer(demo_store, qtbot, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    panel = files_tab(window, qtbot)
    case = window.case_view.case
    window.ctx.ask.files.append(photo(tmp_path / "squashed cake.jpg"))
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    [info] = demo_store.attachments.of(case.id)
    qtbot.waitUntil(lambda: demo_store.attachments.get(info.id).has_thumbnail, timeout=10_000)
    settle(window, qtbot)
    assert window.case_view.tabs.tabText(window.case_view.tabs.currentIndex()) == "Files (1)"
    icon = panel.list.item(0).icon().pixmap(128, 128).toImage()
    assert QColor(icon.pixel(64, 64)).red() > 150  # the photo itself, not a file icon
    panel.list.item(0).setSelected(True)
    panel.open_button.click()
    [opened] = window.ctx.ask.opened
    assert opened.name == "squashed cake.jpg"
    assert opened.read_bytes() == (tmp_path / "squashed cake.jpg").read_bytes()


def test_pasted_image_is_attached_as_png(demo_store, qtbot, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    panel = files_tab(window, qtbot)
    image = QImage(50, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2980b9"))
    QApplication.clipboard().setImage(image)
    panel.paste()
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    [info] = demo_store.attachments.of(window.case_view.case.id)
    assert info.mime == "image/png" and info.name.startswith("pasted ")
    back = QImage.fromData(demo_store.attachments.data(info.id))
    assert back.size().width() == 50 and QColor(back.pixel(5, 5)).blue() > 150


def test_a_file_over_the_limit_is_named_and_the_others_are_kept(demo_store, qtbot, tmp_path):
    window = open_window(qtbot, demo_store, tmp_path)
    panel = files_tab(window, qtbot)
    big = tmp_path / "film.mov"
    with open(big, "wb") as fh:
        fh.truncate(MAX_ATTACHMENT + 10)
    small = tmp_path / "receipt.txt"
    small.write_text("Receipt 42")
    panel.add_paths([big, small])
    qtbot.waitUntil(lambda: "film.mov" in panel.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    assert "over the 20 MB limit" in panel.message.text()
    assert [a.name for a in demo_store.attachments.of(window.case_view.case.id)] == ["receipt.txt"]


def test_files_dropped_on_the_tab_are_attached(demo_store, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = open_window(qtbot, demo_store, tmp_path)
    panel = files_tab(window, qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "a.jpg"))),
                  QUrl.fromLocalFile(str(photo(tmp_path / "b.jpg", "#27ae60")))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)
    names = [a.name for a in demo_store.attachments.of(window.case_view.case.id)]
    assert names == ["a.jpg", "b.jpg"]
    assert "2 file(s) added." in panel.message.text()
