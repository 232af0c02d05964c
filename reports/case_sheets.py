"""What is on screen, on paper: the filtered case list as a table, and one case on one page."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, Spacer, Table, TableStyle

from data.model import Case, HistoryEntry, Profile, money_text
from reports.base import GREY, BaseDocument, paragraph, user_text
from reports.fonts import BOLD, REGULAR, visual

LIST_PDF_LIMIT = 5000  # rows in a PDF list; CSV and xlsx take every row


def _p(text, style) -> Paragraph:
    return paragraph(user_text(text), style)


def _plain(value):
    """A table cell drawn as a plain string: right-to-left runs in drawing order."""
    return visual(value) if isinstance(value, str) else value


def _cut(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _table_style() -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, 8),
        ("FONT", (0, 1), (-1, -1), REGULAR, 7.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])


class CaseListDocument(BaseDocument):
    """The case list as filtered on screen, landscape, a row per case."""

    title = "Cases"
    number_single_page = True
    margin_left = 12 * mm
    margin_right = 12 * mm
    margin_bottom = 16 * mm

    def __init__(self, profile: Profile, headers, rows: list[tuple], *, filter_text: str,
                 total: int, paper: str | None = None):
        super().__init__(profile, None, paper)
        self.page_size = landscape(self.page_size)
        self.headers, self.rows = headers, rows
        self.filter_text, self.total = filter_text, total

    def story(self):
        small = self.styles["small"]
        cell = small.clone("cell", fontSize=7.5, leading=9, textColor=colors.black)
        shown = len(self.rows)
        note = f"{self.total:,} case{'s' if self.total != 1 else ''}: {self.filter_text}"
        if shown < self.total:
            note += f". The first {shown:,} are printed; export to CSV or xlsx for all of them."
        widths = [25, 25, 36, 17, 25, 15, 19, 18, None, 12, 14]
        usable = self.page_size[0] - self.margin_left - self.margin_right
        fixed = sum(w for w in widths if w) * mm
        widths = [w * mm if w else usable - fixed for w in widths]
        data = [list(self.headers)] + [
            [*map(_plain, row[:8]), _p(_cut(row[8], 300), cell), *map(_plain, row[9:])]
            for row in self.rows]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(_table_style())
        return [Paragraph("Cases", self.styles["heading"]), _p(note, small), Spacer(1, 3 * mm),
                table]


class CaseSheetDocument(BaseDocument):
    """One case on one page: summary, timeline, checklist, remedy, letters sent, files.
    Everything goes in a frame that shrinks to fit, so a long history still prints on one
    page (the newest 40 history lines are printed; the app has them all)."""

    title = "Case sheet"

    def __init__(self, profile: Profile, case: Case, history: list[HistoryEntry],
                 checklists: list, letters: list, attachments: list, logo: bytes | None = None,
                 paper: str | None = None):
        super().__init__(profile, logo, paper)
        self.case, self.history = case, history
        self.checklists, self.letters, self.attachments = checklists, letters, attachments

    def story(self):
        st = self.styles
        c = self.case
        small = st["small"]
        cell = small.clone("cell", fontSize=8, leading=10, textColor=colors.black)
        label = small.clone("label", fontName=BOLD, textColor=GREY)
        section = st["subject"].clone("section", spaceBefore=6, spaceAfter=3, fontSize=10.5)
        when = lambda v: (v or "")[:16].replace("T", " ")  # noqa: E731
        facts = [
            ("Customer", c.customer.name + (f", {c.customer.email}" if c.customer.email else "")
             + (f", {c.customer.phone}" if c.customer.phone else "")),
            ("Kind", f"{c.kind}, {c.channel.replace('_', ' ')}, severity {c.severity}"),
            ("Category / staff", " / ".join(x or "—" for x in (c.category, c.staff))),
            ("Status", c.status.replace("_", " ") + (f" ({c.close_reason})" if c.close_reason
                                                     else "")),
            ("Occurred", when(c.occurred_at)),
            ("Acknowledged", when(c.acknowledged_at) or f"— (target {when(c.ack_due_at)})"
             if c.ack_due_at else when(c.acknowledged_at) or "—"),
            ("Resolved", when(c.resolved_at) or f"— (target {when(c.resolve_due_at)})"
             if c.resolve_due_at else when(c.resolved_at) or "—"),
            ("Remedy", f"{c.remedy.replace('_', ' ')}, {money_text(c.remedy_cost)} "
             f"{self.profile.currency}" + (f", approved by {c.approved_by}" if c.approved_by
                                           else "")),
            ("Satisfaction", f"{c.satisfaction or '—'}; returned: {c.customer_returned}"),
        ]
        grid = Table([[_p(k, label), _p(v, cell)] for k, v in facts],
                     colWidths=[32 * mm, None], hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 1),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        flow = [paragraph(f"{c.ref} · {user_text(c.summary)}", st["heading"]), grid]
        for title, text in (("Details", c.details), ("Root cause", c.root_cause),
                            ("Lesson", c.lesson)):
            if text.strip():
                flow += [Paragraph(title, section), _p(_cut(text, 1500), cell)]
        steps = [(cl.name, s) for cl in self.checklists for s in cl.steps]
        if steps:
            flow.append(Paragraph("Checklist", section))
            rows = [["", "Step", "Done by / when", "Note"]] + [
                ["☑" if s.done else "☐", _p(s.text + (" (required)" if s.required else ""), cell),
                 _p(f"{s.done_by} {when(s.done_at)}".strip() if s.done
                    else (f"follow up {when(s.follow_up_at)}" if s.follow_up_at else ""), cell),
                 _p(_cut(s.note, 200), cell)] for _name, s in steps]
            flow.append(self._table(rows, [6 * mm, None, 40 * mm, 45 * mm]))
        if self.letters:
            flow.append(Paragraph("Letters sent", section))
            flow.append(self._table([["Date", "Letter", "How", "Pages"]] + [
                [when(x.created_at), x.kind, x.action, str(x.pages)] for x in self.letters],
                [32 * mm, 35 * mm, 30 * mm, 15 * mm]))
        if self.attachments:
            flow.append(Paragraph("Files", section))
            flow.append(_p(", ".join(f"{a.name} ({when(a.added_at)})" for a in self.attachments),
                           cell))
        flow.append(Paragraph("Timeline", section))
        shown = self.history[-40:]
        rows = [["When", "What", "Was", "Now", "By"]] + [
            [when(h.at), _p(h.field.replace("_", " "), cell), _p(_cut(h.old or "", 80), cell),
             _p(_cut(h.new or "", 120), cell), _p(h.by, cell)] for h in shown]
        flow.append(self._table(rows, [26 * mm, 28 * mm, 35 * mm, None, 22 * mm]))
        if len(self.history) > len(shown):
            flow.append(_p(f"The newest {len(shown)} of {len(self.history)} history lines.",
                           small))
        width, height = self.page_size
        frame_height = height - self.letterhead_height - self.margin_bottom
        return [KeepInFrame(width - self.margin_left - self.margin_right, frame_height, flow,
                            mode="shrink")]

    @staticmethod
    def _table(rows, widths) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_table_style())
        return table
