"""Render resources/icons/goodwill.svg into the PNG sizes, .ico and .icns the app and bundle use."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
# macOS wants the large retina sizes too; they live only inside the .icns.
ICNS_EXTRA = (512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """Draw the SVG at `size` px straight from the vector, so small sizes stay crisp."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make_icons(out: Path = ICONS) -> list[Path]:
    """Write the PNG sizes, goodwill.ico and goodwill.icns into `out`; returns their paths."""
    # QPainter on a QImage needs a Gui application to exist, even offscreen.
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "goodwill.svg"))
    if not renderer.isValid():
        raise ValueError("resources/icons/goodwill.svg is not a valid SVG")
    images = {size: render(renderer, size) for size in PNG_SIZES + ICNS_EXTRA}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        written.append(out / f"goodwill-{size}.png")
        images[size].save(written[-1], optimize=True)
    written.append(out / "goodwill.ico")
    images[256].save(written[-1], sizes=[(s, s) for s in PNG_SIZES],
                     append_images=[images[s] for s in PNG_SIZES if s != 256])
    written.append(out / "goodwill.icns")
    images[1024].save(written[-1], append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    return written


def main() -> int:
    try:
        written = make_icons()
    except ValueError as exc:
        print(f"goodwill: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"{path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
