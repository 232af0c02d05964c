"""A letter to a customer on the business letterhead, laid out for a window envelope."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import inch, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import Frame, KeepTogether, Paragraph, Spacer

import re

from data.l10n import document_locale
from data.letters import day_in_words, letter_language, split_subject
from data.model import Case, Profile, now
from reports.base import GREY, BaseDocument, _fit, user_text
from reports.fonts import REGULAR, draw_text, visual, with_fallback
from reports.texts import LETTER, LETTER_NAMES, has_word, word


@dataclass(frozen=True)
class Window:
    """Where the recipient's address must sit so it shows through the envelope window,
    measured from the sheet's left and top edges (points)."""
    left: float
    right: float
    top: float
    bottom: float
    inset: float  # text starts this far inside the window's left edge


@dataclass(frozen=True)
class PaperLayout:
    window: Window
    return_line_at: float | None  # baseline of the small sender line above the address
    info_left: float  # date and reference block
    info_top: float
    body_top: float
    margin_left: float
    margin_right: float
    fold_marks: tuple[float, ...]
    hole_mark: float | None


LAYOUTS = {
    # DIN 5008 form B: address zone 20-105 mm across, 45-90 mm down, of which the lower
    # 62.7-90 mm holds the recipient; folds at 105 and 210 mm, punch mark at 148.5 mm.
    "a4": PaperLayout(
        window=Window(20 * mm, 105 * mm, 62.7 * mm, 90 * mm, 5 * mm),
        return_line_at=60 * mm, info_left=125 * mm, info_top=50 * mm, body_top=98.46 * mm,
        margin_left=25 * mm, margin_right=20 * mm, fold_marks=(105 * mm, 210 * mm),
        hole_mark=148.5 * mm),
    # US Letter folded in three for a #10 window envelope.
    "letter": PaperLayout(
        window=Window(0.75 * inch, 4.5 * inch, 2.0 * inch, 3.0 * inch, 0.25 * inch),
        return_line_at=None, info_left=5.0 * inch, info_top=2.0 * inch, body_top=3.45 * inch,
        margin_left=1.0 * inch, margin_right=0.9 * inch,
        fold_marks=(11 * inch / 3, 22 * inch / 3), hole_mark=None),
}
# A little air between the address text and the window's top and bottom edges.
WINDOW_PAD = 1.2 * mm
ADDRESS_SIZES = (10, 9.5, 9, 8.5, 8, 7.5)


@dataclass(frozen=True)
class LetterContent:
    """Everything printed on a letter, as plain text (escaped only when drawn)."""
    kind: str
    ref: str
    date_text: str
    recipient_name: str
    recipient_address: str
    subject: str
    body: str
    signatory: str
    title: str
    language: str = "en"


@dataclass(frozen=True)
class RenderedLetter:
    pdf: bytes
    pages: int
    paper: str


# A postcode line of the business address ("10115 Berlin", "75008 Paris", "1012 AB
# Amsterdam", "1100-148 Lisboa"): the town after it starts the date line.
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:\s+[A-Z]{2})?\s+(\D.*)$")


def business_town(profile: Profile) -> str:
    """The town of the business address when a line reads postcode then town, else ''."""
    for line in reversed(profile.address.splitlines()):
        match = _POSTCODE_TOWN.match(line.strip())
        if match:
            return " ".join(match[1].split())
    return ""


def date_line(profile: Profile, language: str, day: datetime) -> str:
    """'Berlin, 3. September 2026', 'Paris, le 3 septembre 2026'; the date alone in English
    or when the business address has no town to put in front."""
    text = day_in_words(day, document_locale(language, profile.locale))
    town = business_town(profile)
    if not town:
        return text
    return word(LETTER, language, "date_line", town=town, date=text)


def letter_content(case: Case, profile: Profile, kind: str, text: str,
                   today: datetime | None = None, language: str | None = None) -> LetterContent:
    """The draft text of a case's letter together with what the layout adds around it, in
    the letter's language (see data.letters.letter_language)."""
    language = letter_language(case, profile, language)
    subject, body = split_subject(text)
    customer = case.customer
    return LetterContent(
        kind=kind, ref=case.ref, date_text=date_line(profile, language, today or now()),
        recipient_name="" if customer.erased else " ".join(customer.name.split()),
        recipient_address="" if customer.erased else customer.address.strip(),
        subject=subject, body=body, signatory=profile.owner.strip(), title=profile.title.strip(),
        language=language)


def fit_address(lines: list[str], width: float, height: float) -> tuple[float, float, list[str]]:
    """Font size, leading and wrapped lines for the largest size whose text fits the box.

    When even the smallest size is too tall, middle lines are joined with commas (the name
    and the last line, usually the postcode or country, stay on their own); only then are
    lines cut off with an ellipsis."""
    lines = list(lines)
    while True:
        for size in ADDRESS_SIZES:
            leading = size * 1.2
            ascent, descent = getAscentDescent(REGULAR, size)
            wrapped = [part for line in lines
                       for part in (simpleSplit(line, REGULAR, size, width) or [""])]
            room = 1 + int((height - ascent + descent) // leading)
            if len(wrapped) <= room:
                return size, leading, wrapped
        if len(lines) <= 3:
            break
        middle = range(1, len(lines) - 2)
        i = min(middle, key=lambda k: len(lines[k]) + len(lines[k + 1]))
        lines[i:i + 2] = [f"{lines[i]}, {lines[i + 1]}"]
    wrapped = wrapped[:max(room, 1)]
    wrapped[-1] = _fit(wrapped[-1] + " …", REGULAR, size, width)
    return size, leading, wrapped


class LetterDocument(BaseDocument):
    """A one-to-several page letter: address in the envelope window, then the text."""

    def __init__(self, profile: Profile, content: LetterContent, logo: bytes | None = None,
                 paper: str | None = None):
        super().__init__(profile, logo=logo, paper=paper, language=content.language)
        self.content = content
        self.layout = LAYOUTS[self.paper]
        self.margin_left = self.layout.margin_left
        self.margin_right = self.layout.margin_right
        kind = word(LETTER_NAMES, self.language, content.kind) if \
            has_word(LETTER_NAMES, content.kind) else self.word("letter")
        self.title = f"{kind} {content.ref}" if self.language != "en" else \
            f"{kind} letter {content.ref}"

    def first_frame(self) -> Frame:
        _, height = self.page_size
        return self._frame("first", height - self.layout.body_top)

    def decorate_first_page(self, canvas) -> None:
        self._draw_marks(canvas)
        self._draw_return_line(canvas)
        self._draw_address(canvas)
        self._draw_info_block(canvas)

    def _draw_marks(self, canvas) -> None:
        _, height = self.page_size
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        for at in self.layout.fold_marks:
            canvas.line(4 * mm, height - at, 9 * mm, height - at)
        if self.layout.hole_mark is not None:
            canvas.line(4 * mm, height - self.layout.hole_mark, 12 * mm, height - self.layout.hole_mark)

    def _draw_return_line(self, canvas) -> None:
        if self.layout.return_line_at is None:
            return
        p = self.profile
        parts = [p.name.strip()] + [line.strip() for line in p.address.splitlines() if line.strip()]
        text = " · ".join(visual(x) for x in parts if x)
        if not text:
            return
        _, height = self.page_size
        w = self.layout.window
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 6.5)
        canvas.drawString(w.left + w.inset, height - self.layout.return_line_at,
                          _fit(text, REGULAR, 6.5, w.right - w.left - w.inset - 2 * mm))

    def address_lines(self) -> list[str]:
        """The window's lines as drawn: Arabic and Hebrew already in visual order."""
        lines = [self.content.recipient_name]
        lines += [" ".join(line.split()) for line in self.content.recipient_address.splitlines()]
        return [visual(line) for line in lines if line]

    def _draw_address(self, canvas) -> None:
        lines = self.address_lines()
        if not lines:
            return
        _, height = self.page_size
        w = self.layout.window
        width = w.right - w.left - w.inset - 2 * mm
        size, leading, wrapped = fit_address(lines, width, w.bottom - w.top - 2 * WINDOW_PAD)
        ascent, _ = getAscentDescent(REGULAR, size)
        y = height - w.top - WINDOW_PAD - ascent
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(REGULAR, size)
        for line in wrapped:
            draw_text(canvas, w.left + w.inset, y, line, REGULAR, size)
            y -= leading

    def _draw_info_block(self, canvas) -> None:
        width, height = self.page_size
        c = self.content
        rows = [(self.word("date"), c.date_text), (self.word("our_ref"), c.ref)]
        if self.profile.phone.strip():
            rows.append((self.word("telephone"), self.profile.phone.strip()))
        x = self.layout.info_left
        room = width - self.margin_right - x
        y = height - self.layout.info_top - 7
        for label, value in rows:
            if not value:
                continue
            canvas.setFillColor(GREY)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawString(x, y, label)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(REGULAR, 9.5)
            canvas.drawString(x, y - 11, _fit(value, REGULAR, 9.5, room))
            y -= 26

    def draw_later_header(self, canvas) -> None:
        width, height = self.page_size
        c = self.content
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 8.5)
        left = " · ".join(visual(x) for x in (self.profile.name.strip(), c.recipient_name) if x)
        draw_text(canvas, self.margin_left, height - 12 * mm,
                  _fit(left, REGULAR, 8.5, (width - self.margin_left - self.margin_right) * 0.7),
                  REGULAR, 8.5)
        right = " · ".join(x for x in (c.ref, c.date_text) if x)
        canvas.drawRightString(width - self.margin_right, height - 12 * mm, right)

    def story(self):
        s = self.styles
        c = self.content
        flow = []
        if c.subject:
            flow.append(Paragraph(_markup(word(LETTER, self.language, "subject",
                                               subject=c.subject)), s["subject"]))
        paragraphs = [p.strip("\n") for p in c.body.split("\n\n") if p.strip()]
        blocks = [Paragraph(_markup(p), s["body"]) for p in paragraphs]
        signature = [Spacer(1, 13 * mm)]
        who = c.signatory or self.profile.name.strip()
        if who:
            signature.append(Paragraph(_markup(who), s["signature"]))
        role = ", ".join(x for x in (c.title, self.profile.name.strip() if c.signatory else "") if x)
        if role:
            signature.append(Paragraph(_markup(role), s["small"]))
        # The closing words stay on the same page as the signature under them.
        tail = blocks[-1:] if blocks else []
        flow += blocks[:-1]
        flow.append(KeepTogether(tail + signature))
        return flow

    def render_letter(self) -> RenderedLetter:
        pdf = self.render()
        return RenderedLetter(pdf=pdf, pages=self.page_count, paper=self.paper)


def _markup(text: str) -> str:
    """Owner text to reportlab markup (reports.base.user_text), CJK in the fallback font."""
    return with_fallback(user_text(text))


def render_letter(profile: Profile, content: LetterContent, *, logo: bytes | None = None,
                  paper: str | None = None) -> RenderedLetter:
    return LetterDocument(profile, content, logo=logo, paper=paper).render_letter()


def render_case_letter(case: Case, profile: Profile, kind: str, text: str, *,
                       logo: bytes | None = None, paper: str | None = None,
                       today: datetime | None = None,
                       language: str | None = None) -> RenderedLetter:
    """The one way the app and the command line turn a case's draft into a PDF."""
    return render_letter(profile, letter_content(case, profile, kind, text, today, language),
                         logo=logo, paper=paper)


__all__ = ["LetterContent", "LetterDocument", "RenderedLetter", "LAYOUTS", "letter_content",
           "render_letter", "render_case_letter", "fit_address"]
