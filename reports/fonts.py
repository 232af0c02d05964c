"""The bundled fonts: the DejaVu family for text, Droid Sans Fallback for CJK characters,
registered once with reportlab; right-to-left text put in the order a page draws it; and
which characters none of them can print."""
from __future__ import annotations

import re
import threading
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import ttfonts
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
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
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


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for an embedded font subset, with each character written as
    UTF-16 (a surrogate pair beyond U+FFFF). reportlab writes four hex digits, so an emoji
    such as U+1F600 was mapped to U+1F60 and copy, search and screen readers got "ὠ"."""
    head = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
            "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
            "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
            f"{len(subset)} beginbfchar"]
    chars = ["<%02X> <%s>" % (i, chr(code).encode("utf-16-be", "surrogatepass").hex().upper())
             for i, code in enumerate(subset)]
    tail = ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
            "end"]
    return "\n".join(head + chars + tail)


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


# Explicit direction controls: LRM, RLM, ALM, the embeddings and overrides (U+202A-E) and
# the isolates (U+2066-9). A name pasted from a chat app often carries one without its
# closing partner, and a table cell cut short loses the partner anyway; the bidi algorithm
# below finds every run's direction from its letters, so they are dropped, not balanced.
DIRECTION_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                            "\u2066\u2067\u2068\u2069")
_NO_MARKS = {ord(ch): None for ch in DIRECTION_MARKS}


def without_direction_marks(text: str) -> str:
    return text.translate(_NO_MARKS)


def visual(text: str) -> str:
    """A line as the page draws it, left to right: direction marks dropped, Arabic letters
    joined into their contextual forms (arabic-reshaper), right-to-left runs reversed by the
    Unicode bidi algorithm (python-bidi) and their brackets mirrored. Each line takes its
    direction from its first strong letter, so a Hebrew address line keeps its house number
    at its end while an Arabic name inside a German sentence stays in place. Text with no
    Hebrew or Arabic is returned without its direction marks. pdftotext reads such a line
    back in logical order.

    This works on plain text, never on markup (a tag reversed no longer parses). Reordering
    is done per line before it is wrapped, so a right-to-left run that wraps onto a second
    line would be split in the wrong place; names, addresses and lessons are short."""
    text = without_direction_marks(text)
    if not any(_is_rtl(ch) for ch in text):
        return text
    import arabic_reshaper

    return "\n".join(_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(line: str) -> list[int] | None:
    """The resolved embedding level of each character of one line. python-bidi 0.6 gives
    them only in its debug output (one per UTF-8 byte); None when that cannot be read."""
    from bidi import get_display

    info = get_display(line, debug=True)
    start = info.find("levels:")
    end = info.find("paragraphs:", start)
    if start < 0 or end < 0:
        return None
    per_byte = [int(x) for x in _LEVEL.findall(info[start:end])]
    out, at = [], 0
    for ch in line:
        if at >= len(per_byte):
            return None
        out.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return out if at == len(per_byte) else None


def _display(line: str) -> str:
    """One line reordered (UAX #9 rule L2) with the mirrored characters of its right-to-left
    runs swapped for their partners (rule L4: "(" drawn as ")"), which python-bidi 0.5 and
    later no longer do."""
    levels = _levels(line)
    if levels is None:
        from bidi import get_display

        return get_display(line)
    from bidi import get_base_level
    from bidi.mirror import MIRRORED

    # Rule L1: whitespace at the end of the line takes the paragraph's level.
    base = get_base_level(line)
    end = len(line)
    while end and line[end - 1] in " \t":
        end -= 1
        levels[end] = base
    chars = [(MIRRORED.get(ch, ch) if level % 2 else ch) for ch, level in zip(line, levels)]
    order = list(range(len(chars)))
    odd = [level for level in levels if level % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):
            i = 0
            while i < len(order):
                if levels[order[i]] >= level:
                    j = i
                    while j < len(order) and levels[order[j]] >= level:
                        j += 1
                    order[i:j] = order[i:j][::-1]
                    i = j
                else:
                    i += 1
    return "".join(chars[i] for i in order)


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
