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


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "goodwill.svg"))
    if not renderer.isValid():
        print("goodwill: resources/icons/goodwill.svg is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES + ICNS_EXTRA}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"goodwill-{size}.png", optimize=True)
    images[256].save(ICONS / "goodwill.ico", sizes=[(s, s) for s in PNG_SIZES],
                     append_images=[images[s] for s in PNG_SIZES if s != 256])
    images[1024].save(ICONS / "goodwill.icns",
                      append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    del app
    for path in sorted(ICONS.glob("goodwill*")):
        print(f"{path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
