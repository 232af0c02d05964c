"""The Files tab of a case: thumbnails of its photos and files; add by button, drag and drop
or paste; open in the system's viewer; save a copy; remove."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton,
    QStyle, QVBoxLayout, QWidget,
)

from data.attachments import MAX_ATTACHMENT, size_text
from data.errors import Invalid
from data.model import ValidationError
from data.errors import NotFound, WriteFailed
from ui.actions import cases
from ui.i18n import shown_when

THUMB = 128  # thumbnail edge in pixels
_scratch: Path | None = None


def scratch_folder() -> Path:
    """A private folder for files handed to the viewer; removed when the app quits."""
    global _scratch
    if _scratch is None:
        _scratch = Path(tempfile.mkdtemp(prefix="goodwill-open-"))  # 0700
        atexit.register(shutil.rmtree, _scratch, True)
    return _scratch


def make_thumbnail(data: bytes) -> QImage | None:
    """A scaled copy of an image, or None (runs on a worker: a QImage is not a QObject)."""
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return None
    return image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class AttachmentsPanel(QWidget):
    """Files kept with one case. Adding runs on a worker (a 20 MB file is read and written
    there); thumbnails are made once on a worker and kept in the database."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ref: str | None = None
        self.case_id: int | None = None
        self.setAcceptDrops(True)

        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Files kept with this case"))
        self.list.itemActivated.connect(lambda _: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.hint = QLabel(self.tr("Drop photos or files here, paste an image (Ctrl+V), or use "
                                   "Add file…. Up to 20 MB a file."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Files message"))

        self.add_button = QPushButton(self.tr("Add file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.add_button.clicked.connect(self.add_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        for button in (self.open_button, self.save_button, self.remove_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)
        self._update_buttons()  # the case view calls set_case again after every change

    # ---- showing ----------------------------------------------------------------------------
    def set_case(self, ref: str | None) -> None:
        self.ref = ref
        try:
            self.case_id = self.ctx.store.cases.get(ref).id if ref else None
        except NotFound:
            self.ref = self.case_id = None
        self.message.clear()
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.setEnabled(self.case_id is not None)
        if self.case_id is None:
            return
        missing = []
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for info in self.ctx.store.attachments.of(self.case_id):
            item = QListWidgetItem(f"{info.name}\n{size_text(info.size)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(f"{info.name}\n{size_text(info.size)}, added "
                            f"{shown_when(info.added_at)}"
                            + (f" by {info.added_by}" if info.added_by else ""))
            thumb = self.ctx.store.attachments.thumbnail(info.id) if info.has_thumbnail else None
            if thumb:
                item.setIcon(QIcon(QPixmap.fromImage(QImage.fromData(thumb))))
            else:
                item.setIcon(file_icon)
                if info.is_image:
                    missing.append(info.id)
            self.list.addItem(item)
        self.hint.setVisible(self.list.count() == 0)
        if missing:
            self._make_thumbnails(missing)
        self._update_buttons()

    def _make_thumbnails(self, ids: list[int]) -> None:
        case_id = self.case_id

        def work(store, _progress):
            return {i: make_thumbnail(store.attachments.data(i)) for i in ids}

        self.ctx.run_in_background(work, lambda images: self._thumbnails_made(case_id, images))

    def _thumbnails_made(self, case_id: int, images: dict) -> None:
        from shiboken6 import isValid

        if not isValid(self):  # the window closed while they were made
            return
        kept = 0
        for attachment_id, image in images.items():
            if image is not None:
                try:
                    self.ctx.store.attachments.set_thumbnail(attachment_id, png_bytes(image))
                    kept += 1
                except (WriteFailed, ValidationError):
                    continue  # a preview only: the file itself is safe
        if kept and case_id == self.case_id:
            self.reload()

    def selected_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # ---- adding -------------------------------------------------------------------------------
    def add_files(self) -> None:
        paths = self.ctx.ask.open_files(self.tr("Add files to the case"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Attach files from disk on a worker; the too-big ones are named, the rest kept."""
        if self.ref is None:
            return
        ref, actor = self.ref, self.ctx.actor()
        refused = [f"{p.name}: {size_text(p.stat().st_size)}, over the 20 MB limit"
                   for p in paths if p.is_file() and p.stat().st_size > MAX_ATTACHMENT]
        wanted = [p for p in paths if p.is_file() and p.stat().st_size <= MAX_ATTACHMENT]
        self._add_in_background(ref, [(p.name, p) for p in wanted], actor, refused)

    def add_data(self, name: str, data: bytes) -> None:
        if self.ref is None:
            return
        if len(data) > MAX_ATTACHMENT:
            self._say([f"{name}: {size_text(len(data))}, over the 20 MB limit"], 0)
            return
        self._add_in_background(self.ref, [(name, data)], self.ctx.actor(), [])

    def _add_in_background(self, ref: str, items: list, actor, refused: list[str]) -> None:
        if not items:
            self._say(refused, 0)
            return

        def work(store, _progress):
            problems, added = list(refused), 0
            for name, source in items:
                try:
                    if isinstance(source, Path):
                        cases.attach(store, actor, ref, source)
                    else:
                        cases.attach_data(store, actor, ref, name, source)
                    added += 1
                except (Invalid, OSError) as exc:
                    problems.append(f"{name}: {exc}")
            return added, problems

        self.message.setText(self.tr("Adding…"))
        self.ctx.run_in_background(work, self._added, writes=True)

    def _added(self, result) -> None:
        from shiboken6 import isValid

        added, problems = result
        if not isValid(self):
            if added:
                self.ctx.announce("attachments")
            return
        if added:
            self.ctx.announce("attachments")
        self._say(problems, added)

    def _say(self, problems: list[str], added: int) -> None:
        text = self.tr("%n file(s) added.", "", added) if added else ""
        if problems:
            text = (text + " " if text else "") + self.tr("Not added: ") + "; ".join(problems)
        self.message.setStyleSheet("color: #d33;" if problems else "")
        self.message.setText(text)

    def paste(self) -> None:
        """An image on the clipboard becomes a PNG; copied files are attached as files."""
        mime = QApplication.clipboard().mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            self.add_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
        elif mime.hasImage():
            image = QImage(mime.imageData())
            from data.model import now

            self.add_data(f"pasted {now():%Y-%m-%d %H%M%S}.png", png_bytes(image))
        else:
            self._say([self.tr("the clipboard holds no image or file")], 0)

    def dragEnterEvent(self, event) -> None:
        if self.ref is not None and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
        elif mime.hasImage():
            self.add_data("dropped image.png", png_bytes(QImage(mime.imageData())))
        event.acceptProposedAction()

    # ---- using -------------------------------------------------------------------------------
    def _export(self, attachment_id: int, folder: Path) -> Path:
        info = self.ctx.store.attachments.get(attachment_id)
        from data.files import write_bytes_atomically

        target = folder / f"{attachment_id}" / info.name
        target.parent.mkdir(mode=0o700, exist_ok=True)
        return write_bytes_atomically(target, self.ctx.store.attachments.data(attachment_id))

    def open_selected(self) -> None:
        for attachment_id in self.selected_ids():
            try:
                path = self._export(attachment_id, scratch_folder())
            except (ValueError, OSError) as exc:
                self.ctx.ask.error(self.tr("Cannot open the file"), str(exc))
                continue
            if not self.ctx.ask.open_externally(path):
                self.ctx.ask.error(self.tr("Cannot open the file"),
                                   self.tr("No program is set up to open ") + path.name)

    def save_copy(self) -> None:
        for attachment_id in self.selected_ids():
            info = self.ctx.store.attachments.get(attachment_id)
            path = self.ctx.ask.save_file(self.tr("Save a copy"), "", info.name)
            if path is not None:
                from data.files import write_bytes_atomically

                write_bytes_atomically(path, self.ctx.store.attachments.data(attachment_id))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.ctx.ask.confirm(
                self.tr("Remove files"),
                self.tr("Remove %n file(s) from this case? The case history keeps a note.",
                        "", len(ids))):
            return
        actor = self.ctx.actor()
        for attachment_id in ids:
            cases.remove_attachment(self.ctx.store, actor, attachment_id)
        self.ctx.announce("attachments")
