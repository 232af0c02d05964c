"""The shared page template for every PDF: letterhead, page frame, "Page X of Y", bytes out."""
from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from data.errors import Invalid
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from data.model import Profile
from data.l10n import language_of
from reports.fonts import BOLD, REGULAR, register_fonts, visual, with_fallback
from reports.texts import LAYOUT, word

PAPER_SIZES = {"a4": A4, "letter": LETTER}
GREY = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the bundled font; user text never falls back to the base-14 fonts."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5,
                          spaceAfter=7, textColor=colors.black)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0,
                                textColor=GREY),
        "address": ParagraphStyle("address", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=14, leading=18,
                                  spaceAfter=8, textColor=ACCENT),
        "subject": ParagraphStyle("subject", parent=body, fontName=BOLD, spaceAfter=10),
        "signature": ParagraphStyle("signature", parent=body, fontName=BOLD, spaceAfter=1),
    }


class BaseDocument:
    """One PDF on the business's letterhead. Subclasses give the content in `story()` and may
    move the first page's frame (a letter leaves room for the address window).

    Rendering takes two passes: the first counts pages, the second draws "Page X of Y"
    knowing Y. The output is byte-for-byte reproducible for the same input.
    """

    title = "Document"
    number_single_page = False  # a one-page letter needs no "Page 1 of 1"
    margin_left = 25 * mm
    margin_right = 20 * mm
    margin_bottom = 22 * mm
    letterhead_height = 38 * mm  # top band holding the letterhead on page one
    later_header_height = 18 * mm

    def __init__(self, profile: Profile, logo: bytes | None = None, paper: str | None = None,
                 language: str | None = None):
        register_fonts()
        self.profile = profile
        # The document's language: its own words (page numbers, labels) are printed in it.
        self.language = language_of(language or profile.locale)
        self.logo = logo
        self.paper = (paper or profile.paper or "a4").lower()
        if self.paper not in PAPER_SIZES:
            raise Invalid(f"unknown paper '{paper}' (expected a4 or letter)")
        self.page_size = PAPER_SIZES[self.paper]
        self.styles = styles()
        self.page_count = 0
        self._total = 0

    def word(self, key: str, **values) -> str:
        """One of the layout's own words (reports.texts.LAYOUT) in the document's language."""
        return word(LAYOUT, self.language, key, **values)

    # ---- for subclasses ------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def first_frame(self) -> Frame:
        width, height = self.page_size
        top = height - self.letterhead_height
        return self._frame("first", top)

    def later_frame(self) -> Frame:
        width, height = self.page_size
        return self._frame("later", height - self.later_header_height)

    def decorate_first_page(self, canvas) -> None:
        """Hook for marks a subclass adds to page one (fold marks, for a letter)."""

    # ---- drawing -------------------------------------------------------------------------
    def _frame(self, name: str, top: float) -> Frame:
        width, _ = self.page_size
        bottom = self.margin_bottom
        return Frame(self.margin_left, bottom, width - self.margin_left - self.margin_right,
                     top - bottom, id=name, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)

    def draw_letterhead(self, canvas) -> None:
        width, height = self.page_size
        p = self.profile
        left, right = self.margin_left, width - self.margin_right
        y = height - 16 * mm
        logo_width = self._draw_logo(canvas, right, height - 12 * mm)
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 16)
        canvas.drawString(left, y, _fit(visual(p.name or ""), BOLD, 16, right - left - logo_width))
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 8.5)
        lines = [", ".join(line.strip() for line in p.address.splitlines() if line.strip())]
        lines.append("   ".join(x for x in (p.phone and f"{self.word('tel')} {p.phone}", p.email) if x))
        for line in (x for x in lines if x):
            y -= 11
            canvas.drawString(left, y, _fit(visual(line), REGULAR, 8.5, right - left - logo_width))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.line(left, height - self.letterhead_height + 6 * mm, right,
                    height - self.letterhead_height + 6 * mm)

    def _draw_logo(self, canvas, right: float, top: float) -> float:
        """Logo at the top right, at most 40 x 20 mm; returns the width it took (0 if none)."""
        if not self.logo:
            return 0.0
        try:
            image = ImageReader(BytesIO(self.logo))
            w, h = image.getSize()
        except Exception:  # a broken logo must not stop a letter from printing
            return 0.0
        scale = min(40 * mm / w, 20 * mm / h)
        dw, dh = w * scale, h * scale
        canvas.drawImage(image, right - dw, top - dh, dw, dh, mask="auto")
        return dw + 5 * mm

    def draw_later_header(self, canvas) -> None:
        width, height = self.page_size
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(self.margin_left, height - 12 * mm,
                          _fit(visual(self.profile.name or ""), REGULAR, 8.5, width / 2))

    def draw_page_number(self, canvas, number: int) -> None:
        if self._total <= 1 and not self.number_single_page:
            return
        width, _ = self.page_size
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawRightString(width - self.margin_right, 12 * mm,
                               self.word("page", n=number, total=max(self._total, number)))

    def _on_first(self, canvas, doc) -> None:
        canvas.saveState()
        self.draw_letterhead(canvas)
        self.decorate_first_page(canvas)
        canvas.restoreState()

    def _on_later(self, canvas, doc) -> None:
        canvas.saveState()
        self.draw_later_header(canvas)
        canvas.restoreState()

    def _build(self) -> tuple[bytes, int]:
        out = BytesIO()
        doc = BaseDocTemplate(
            out, pagesize=self.page_size, title=self.title, author=self.profile.name or "",
            creator="Goodwill", invariant=1, leftMargin=self.margin_left,
            rightMargin=self.margin_right, bottomMargin=self.margin_bottom)
        doc.addPageTemplates([
            PageTemplate("first", frames=[self.first_frame()], onPage=self._on_first,
                         autoNextPageTemplate="later", pagesize=self.page_size),
            PageTemplate("later", frames=[self.later_frame()], onPage=self._on_later,
                         pagesize=self.page_size),
        ])
        doc.build(self.story(), canvasmaker=_numbering_canvas(self))
        return out.getvalue(), doc.page

    def render(self) -> bytes:
        """The finished PDF. Sets `page_count`. One layout pass: "Page 2 of 10" is drawn
        once the last page is known (_numbering_canvas), where a second pass used to lay
        the whole document out again, doubling the time of a long report."""
        self._total = 0
        data, pages = self._build()
        self.page_count = pages
        return data


def _numbering_canvas(report: BaseDocument):
    """A canvas class that holds each finished page until the document ends, then draws
    every page's number with the total and writes them out."""
    class NumberingCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            report._total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self.saveState()
                report.draw_page_number(self, self._pageNumber)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberingCanvas


def keep_together(text: str) -> str:
    """Narrow no-break spaces (CLDR's `1 950,00 €`, French `;` and `?`) as plain no-break
    spaces: reportlab's line breaking treats U+202F as a place to break, U+00A0 not."""
    return text.replace("\u202f", "\u00a0")


def user_text(text) -> str:
    """Text the owner or a customer wrote, as Paragraph markup: the one way such text enters
    a document. Direction marks dropped and right-to-left runs put in drawing order on the
    text itself (reportlab's parser fails on a reversed tag), then escaped; line breaks kept.
    Cut long text before, never after: the result is markup."""
    return keep_together(escape(visual(str(text or "")))).replace("\n", "<br/>")


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of our markup with user text from user_text(): CJK runs in the fallback
    font (markup is ASCII, so no tag is cut)."""
    return Paragraph(with_fallback(markup), style)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a one-line string with an ellipsis so it never runs off the page."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


__all__ = ["BaseDocument", "PAPER_SIZES", "keep_together", "paragraph", "styles", "user_text",
           "inch", "mm"]
