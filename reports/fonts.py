"""The bundled fonts: the DejaVu family for text, Droid Sans Fallback for CJK characters,
registered once with reportlab; right-to-left text put in the order a page draws it; and
which characters none of them can print."""
from __future__ import annotations

import threading
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from data.paths import resource_path

FAMILY = "DejaVu"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = "DejaVu", "DejaVu-Bold", "DejaVu-Oblique", "DejaVu-BoldOblique"
# Chinese, Japanese and Korean: DejaVu has none of it; Droid Sans Fallback is the smallest
# TrueType font covering all three (3.4 MB; Noto Sans CJK is CFF-based OpenType, which
# reportlab cannot embed, and 16 MB or more). It is kept xz-compressed (1.3 MB, in git and in
# the bundle) and unpacked in memory when the fonts are first registered.
FALLBACK = "DroidSansFallback"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FALLBACK: "DroidSansFallback.ttf.xz",
}
# Layout characters the page never shows as glyphs, so their absence from the font is harmless.
_LAYOUT = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\ufeff")

_lock = threading.Lock()
_covered: frozenset[int] | None = None
_fallback: frozenset[int] = frozenset()


def _font_file(file: str):
    """A path reportlab reads, or the unpacked bytes of a compressed font: .xz in git, or
    .gz where the bundle carries a font gzipped (build.spec)."""
    path = resource_path("fonts", file)
    gzipped = path.with_name(path.name + ".gz")
    if path.suffix != ".xz" and not path.exists() and gzipped.exists():
        import gzip
        import io

        return io.BytesIO(gzip.decompress(gzipped.read_bytes()))
    if path.suffix != ".xz":
        return str(path)
    import io
    import lzma

    return io.BytesIO(lzma.decompress(path.read_bytes()))


def register_fonts() -> None:
    """Register the fonts with reportlab (safe to call often, from any thread)."""
    global _covered, _fallback
    if _covered is not None:
        return
    with _lock:
        if _covered is not None:
            return
        fonts = {name: TTFont(name, _font_file(file)) for name, file in _FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK)
        # Documents print user text in the regular and the bold face (never in italics), so
        # a character counts as DejaVu's only when both have it: Arabic and Hebrew do.
        _fallback = frozenset(fonts[FALLBACK].face.charToGlyph)
        _covered = frozenset(fonts[REGULAR].face.charToGlyph) & frozenset(
            fonts[BOLD].face.charToGlyph)


def unprintable(text: str) -> list[str]:
    """Distinct characters of `text` no bundled font can print, in order of first use."""
    register_fonts()
    seen: dict[str, None] = {}
    for ch in text or "":
        code = ord(ch)
        if ch not in seen and ch not in _LAYOUT and code not in _covered and code not in _fallback:
            seen[ch] = None
    return list(seen)


# ---- right to left ------------------------------------------------------------------------

def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def visual(text: str) -> str:
    """A line as the page draws it, left to right: Arabic letters joined into their
    contextual forms (arabic-reshaper) and right-to-left runs reversed by the Unicode bidi
    algorithm (python-bidi). Each line takes its direction from its first strong letter, so
    a Hebrew address line keeps its house number at its end while an Arabic name inside a
    German sentence stays in place. Text with no Hebrew or Arabic is returned as it is.
    pdftotext reads such a line back in logical order.

    Reordering is done per line before it is wrapped, so a right-to-left run that wraps
    onto a second line would be split in the wrong place; names and addresses, the text
    these scripts appear in, are short."""
    if not any(_is_rtl(ch) for ch in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


# ---- CJK through the fallback font -----------------------------------------------------------

def _needs_fallback(ch: str) -> bool:
    code = ord(ch)
    return code not in _covered and code in _fallback


def runs(text: str) -> list[tuple[bool, str]]:
    """`text` cut into runs: (True, run) for those the fallback font prints."""
    register_fonts()
    out: list[tuple[bool, str]] = []
    for ch in text:
        flag = _needs_fallback(ch)
        if out and out[-1][0] == flag:
            out[-1] = (flag, out[-1][1] + ch)
        else:
            out.append((flag, ch))
    return out


def with_fallback(markup: str) -> str:
    """Paragraph markup with each CJK run set in the fallback font (markup is ASCII, so
    no tag is ever cut)."""
    return "".join(f'<font name="{FALLBACK}">{part}</font>' if fallback else part
                   for fallback, part in runs(markup))


def text_width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(part, FALLBACK if fallback else font, size)
               for fallback, part in runs(text))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """canvas.drawString for user text: CJK runs in the fallback font."""
    for fallback, part in runs(text):
        face = FALLBACK if fallback else font
        canvas.setFont(face, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, face, size)
    canvas.setFont(font, size)
