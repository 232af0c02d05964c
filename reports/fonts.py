"""The bundled DejaVu family: registered once with reportlab, and which characters it lacks."""
from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from data.paths import resource_path

FAMILY = "DejaVu"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = "DejaVu", "DejaVu-Bold", "DejaVu-Oblique", "DejaVu-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# Layout characters the page never shows as glyphs, so their absence from the font is harmless.
_LAYOUT = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\ufeff")

_lock = threading.Lock()
_covered: frozenset[int] | None = None


def register_fonts() -> None:
    """Register the family with reportlab (safe to call often, from any thread)."""
    global _covered
    if _covered is not None:
        return
    with _lock:
        if _covered is not None:
            return
        fonts = {name: TTFont(name, str(resource_path("fonts", file))) for name, file in _FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        # Letters print user text in every style, so a character counts as printable only
        # when all four faces have it.
        covered = None
        for font in fonts.values():
            chars = frozenset(font.face.charToGlyph)
            covered = chars if covered is None else covered & chars
        _covered = covered


def unprintable(text: str) -> list[str]:
    """Distinct characters of `text` the letter font cannot print, in order of first use."""
    register_fonts()
    seen: dict[str, None] = {}
    for ch in text or "":
        if ch not in seen and ch not in _LAYOUT and ord(ch) not in _covered:
            seen[ch] = None
    return list(seen)
