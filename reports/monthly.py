"""The monthly service report as a PDF: page one at a glance, then the detail behind it."""
from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle,
)

from data.metrics import MonthMetrics
from data.model import Profile, parse_when
from reports.base import ACCENT, GREY, BaseDocument, _fit, mm
from reports.fonts import BOLD, REGULAR

GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
TILE = colors.HexColor("#f1f5f9")
RULE = colors.HexColor("#c9d3dd")
KIND_COLOURS = {"complaint": colors.HexColor("#c0504d"), "compliment": colors.HexColor("#4f8f4f"),
                "question": colors.HexColor("#4f81bd"), "request": colors.HexColor("#e0a030")}
KIND_LABELS = {"complaint": "Complaints", "compliment": "Compliments", "question": "Questions",
               "request": "Requests"}
SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$",
           "JPY": "¥", "INR": "₹", "CHF": "CHF ", "SEK": "SEK ", "NOK": "NOK ", "DKK": "DKK "}
# Long user text is cut in tables (a table row cannot run over a page); the app has it in full.
CELL_CHARS = 160
LESSON_CHARS = 600
NAME_CHARS = 80
TOP_ROWS = 20
TOP_LESSONS = 30
CHART_HEIGHT = 78 * mm


def money(amount: float, currency: str) -> str:
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{amount:,.2f}" if symbol else f"{amount:,.2f} {currency}"


def _cut(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _day(stamp: str) -> str:
    when = parse_when(stamp).astimezone()
    return f"{when.day} {when:%b %Y}"


def _hours(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.1f} h" if value < 48 else f"{value / 24:,.1f} days"


def _nice_top(top: float) -> tuple[float, float]:
    """An axis maximum and a round step (1, 2 or 5 times a power of ten) for whole counts."""
    step = 1
    while top / step > 5:
        for factor in (2, 2.5, 2):
            step *= factor
            if top / step <= 5:
                break
    step = max(1, int(step))
    return step * (int(top // step) + 1), step


class MonthlyReport(BaseDocument):
    """The owner's month on paper, drawn from a data.metrics.MonthMetrics."""

    number_single_page = True

    def __init__(self, metrics: MonthMetrics, profile: Profile, logo: bytes | None = None,
                 paper: str | None = None):
        super().__init__(profile, logo, paper)
        self.m = metrics
        self.title = f"Service report {metrics.month.title}"
        body = self.styles["body"]
        self.styles.update(
            title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22,
                                 textColor=ACCENT, spaceAfter=2),
            section=ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=13,
                                   leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=6),
            figure=ParagraphStyle("figure", parent=body, fontName=BOLD, fontSize=17, leading=20,
                                  spaceAfter=0),
            label=ParagraphStyle("label", parent=body, fontSize=8.5, leading=10.5, spaceAfter=2,
                                 textColor=GREY),
            change=ParagraphStyle("change", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0),
            cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
            cell_num=ParagraphStyle("cell_num", parent=body, fontSize=8.5, leading=10.5,
                                    spaceAfter=0, alignment=2),
            cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=8.5,
                                     leading=10.5, spaceAfter=0, textColor=colors.white),
            bullet=ParagraphStyle("bullet", parent=body, fontSize=9.5, leading=13, leftIndent=10,
                                  bulletIndent=0, spaceAfter=4),
        )
        self.width = self.page_size[0] - self.margin_left - self.margin_right

    # ---- helpers -----------------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of our own markup; user text must already be escaped."""
        return Paragraph(text, self.styles[style])

    def money(self, amount: float) -> str:
        return money(amount, self.m.currency)

    @property
    def previous_title(self) -> str:
        return self.m.month.previous().title.split()[0]

    def change(self, now, before, better: str | None, fmt) -> str:
        """'▲ 3 on October (12)': the arrow green when the move is good, red when it is not."""
        grey = f"#{GREY.hexval()[2:]}"
        if now is None or before is None:
            return f'<font color="{grey}">no figure for {self.previous_title}</font>'
        diff = round(now - before, 2)
        if diff == 0:
            return f'<font color="{grey}">= same as {self.previous_title}</font>'
        arrow = "▲" if diff > 0 else "▼"
        if better is None:
            colour = GREY
        else:
            colour = GOOD if (diff > 0) == (better == "up") else BAD
        return (f'<font color="#{colour.hexval()[2:]}">{arrow} {fmt(abs(diff))}'
                f'</font> <font color="{grey}">on {self.previous_title} ({fmt(before)})</font>')

    def table(self, rows: list[list], widths: list[float], numeric_from: int = 1,
              total: bool = False) -> Table:
        """A plain table: header row in the accent colour, numbers right-aligned."""
        head = [self.p(escape(h), "cell_bold") for h in rows[0]]
        body = [[c if isinstance(c, Flowable) else
                 self.p(escape(str(c)), "cell_num" if i >= numeric_from else "cell")
                 for i, c in enumerate(r)] for r in rows[1:]]
        t = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if total:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
        t.setStyle(TableStyle(style))
        return t

    # ---- story -------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        m = self.m
        today = datetime.now().astimezone()
        running = (f" {m.month.title.split()[0]} is not over yet: these are the figures so "
                   "far, against the whole of last month." if today < m.month.end() else "")
        out = [self.p(f"Service report: {escape(m.month.title)}", "title"), self.p(
            f"Cases that occurred in {escape(m.month.title)} (local time). Targets: acknowledge "
            f"a complaint within {m.ack_hours} hours, resolve it within {m.resolve_days} days. "
            f"Prepared {_day(today.isoformat())}.{running}", "small"),
            Spacer(1, 5 * mm)]
        if not m.cases_total:
            return out + self.empty_month()
        out += self.at_a_glance()
        out.append(PageBreak())
        out += self.response_times()
        out += self.backlog()
        out += self.cases_in_detail()
        out += self.remedies()
        out += self.satisfaction()
        out += self.compliments()
        out += self.lessons()
        out += self.open_list()
        return out

    def empty_month(self) -> list[Flowable]:
        m = self.m
        out = [Spacer(1, 10 * mm), self.p(f"No cases were logged in {escape(m.month.title)}.",
                                          "section"),
               self.p("There is nothing to report for this month: no complaints, compliments, "
                      "questions or requests were recorded. If that is a surprise, check that "
                      "the team is logging what customers tell them.")]
        still = m.complaints.open_at_month_end
        if still:
            out.append(self.p(
                f"{still:,} complaint{'s' if still != 1 else ''} from earlier months "
                f"{'were' if still != 1 else 'was'} still open at the end of the month."))
        return out

    def at_a_glance(self) -> list[Flowable]:
        m, prev, c = self.m, self.m.previous, self.m.complaints
        count = lambda v: f"{v:,.0f}"  # noqa: E731
        stars = lambda v: f"{v:.2f}"  # noqa: E731
        tiles = [
            ("Cases logged", count(m.cases_total),
             self.change(m.cases_total, prev.cases_total, None, count)),
            ("Complaints", count(c.received),
             self.change(c.received, prev.complaints_received, "down", count)),
            ("Compliments", count(m.compliments),
             self.change(m.compliments, prev.compliments, "up", count)),
            ("Customers recovered", count(m.customers_returned),
             self.change(m.customers_returned, prev.customers_returned, "up", count)),
            ("Median time to resolve", _hours(c.median_hours_to_resolve),
             self.change(c.median_hours_to_resolve, prev.median_hours_to_resolve, "down",
                         _hours)),
            ("Satisfaction (of 5)", "–" if m.satisfaction_average is None
             else stars(m.satisfaction_average),
             self.change(m.satisfaction_average, prev.satisfaction_average, "up", stars)),
            ("Cost of putting it right", self.money(m.remedies.total_cost),
             self.change(m.remedies.total_cost, prev.remedies_total_cost, "down", self.money)),
            ("Complaints open at month end", count(c.open_at_month_end),
             self.change(c.open_at_month_end, prev.open_at_month_end, "down", count)),
        ]
        gap = 3 * mm
        tile_w = (self.width - 3 * gap) / 4
        cells = [[self.p(escape(label), "label"), self.figure(value, tile_w - 12),
                  self.p(delta, "change")] for label, value, delta in tiles]
        # Empty gap columns and a gap row between the tiles keep each tile a separate card.
        spaced = lambda row: [row[0], "", row[1], "", row[2], "", row[3]]  # noqa: E731
        grid = Table([spaced(cells[:4]), [""] * 7, spaced(cells[4:])],
                     colWidths=[tile_w, gap] * 3 + [tile_w], rowHeights=[None, gap, None],
                     hAlign="LEFT")
        grid.setStyle(TableStyle([
            *[("BACKGROUND", (col, row), (col, row), TILE) for col in (0, 2, 4, 6)
              for row in (0, 2)],
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 1), (-1, 1), 0), ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
        ]))
        targets = Table([[
            self.target_bar(f"Acknowledged within {m.ack_hours} h", c.acknowledged_within_target_pct,
                            c.acknowledged_in_time, c.received),
            self.target_bar(f"Resolved within {m.resolve_days} days", c.resolved_within_target_pct,
                            c.resolved_in_time, c.received),
        ]], colWidths=[self.width / 2] * 2, hAlign="LEFT")
        targets.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm)]))
        charts = Table([[self.kind_chart(), self.category_chart()]],
                       colWidths=[self.width * 0.48, self.width * 0.52], hAlign="LEFT")
        charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [grid, Spacer(1, 6 * mm), self.p("Complaints answered on time", "section"),
                targets, Spacer(1, 4 * mm), charts]

    def figure(self, value: str, width: float) -> Paragraph:
        """A headline number on one line: a long amount gets a smaller size, not a wrap."""
        style = self.styles["figure"]
        size = min(style.fontSize, style.fontSize * width / stringWidth(value, BOLD, style.fontSize))
        return Paragraph(escape(value), ParagraphStyle("fit", parent=style, fontSize=size,
                                                       leading=style.leading))

    def target_bar(self, label: str, pct: float | None, part: int, whole: int) -> Drawing:
        width, height = self.width / 2 - 6 * mm, 17 * mm
        d = Drawing(width, height)
        text = "no complaints" if pct is None else f"{pct:.1f}%"
        d.add(String(0, height - 10, label, fontName=REGULAR, fontSize=9, fillColor=GREY))
        d.add(String(width, height - 10, text, fontName=BOLD, fontSize=11, textAnchor="end"))
        d.add(Rect(0, 14, width, 9, fillColor=TILE, strokeColor=None))
        if pct:
            colour = GOOD if pct >= 80 else (colors.HexColor("#e0a030") if pct >= 50 else BAD)
            d.add(Rect(0, 14, width * pct / 100, 9, fillColor=colour, strokeColor=None))
        if whole:
            d.add(String(0, 2, f"{part:,} of {whole:,} complaints", fontName=REGULAR,
                         fontSize=7.5, fillColor=GREY))
        return d

    # ---- charts ------------------------------------------------------------------------
    def bar_chart(self, title: str, labels: list[str], values: list[int], width: float,
                  height: float, bar_colours: list | None = None) -> Drawing:
        d = Drawing(width, height)
        d.add(String(0, height - 11, title, fontName=BOLD, fontSize=9.5, fillColor=ACCENT))
        chart = VerticalBarChart()
        chart.x, chart.y = self._axis_room(max(values or [0])), 24
        chart.width, chart.height = width - chart.x - 2, height - 50
        chart.data = [values]
        slot = chart.width / len(labels)
        size = max(6, min(7, 7 * (slot - 2) / max(stringWidth(x, REGULAR, 7) for x in labels)))
        chart.categoryAxis.categoryNames = [_fit(x, REGULAR, size, slot) for x in labels]
        self._style_axes(chart, max(values or [0]))
        chart.categoryAxis.labels.fontSize = size
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
        chart.bars[0].fillColor = ACCENT
        for i, colour in enumerate(bar_colours or []):
            chart.bars[(0, i)].fillColor = colour
        d.add(chart)
        return d

    @staticmethod
    def _axis_room(top: int) -> float:
        """Room left of a value axis for its longest label."""
        return stringWidth(f"{_nice_top(max(top * 1.12, 1))[0]:,}", REGULAR, 7.5) + 8

    def _style_axes(self, chart, top: int) -> None:
        for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
            labels.fontName, labels.fontSize = REGULAR, 7.5
        chart.valueAxis.valueMin = 0
        # Headroom above the longest bar for its value label.
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_top(max(top * 1.12, 1))
        chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}"
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.gridStrokeWidth = 0.3
        chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = GREY
        chart.barLabelFormat = lambda v: f"{int(v):,}"
        chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 7.5
        chart.barLabels.nudge = 6
        chart.bars.strokeColor = None

    def kind_chart(self) -> Drawing:
        kinds = list(KIND_LABELS)
        return self.bar_chart("Cases by kind", [KIND_LABELS[k] for k in kinds],
                              [self.m.by_kind.get(k, 0) for k in kinds], self.width * 0.46,
                              CHART_HEIGHT, [KIND_COLOURS[k] for k in kinds])

    def category_chart(self) -> Drawing:
        width, height = self.width * 0.52, CHART_HEIGHT
        d = Drawing(width, height)
        d.add(String(0, height - 11, "Complaints by category", fontName=BOLD, fontSize=9.5,
                     fillColor=ACCENT))
        counts = list(self.m.complaints_by_category.items())
        if not counts:
            d.add(String(0, height / 2, "No complaints this month.", fontName=REGULAR,
                         fontSize=9, fillColor=GREY))
            return d
        # The largest few only: one "other" bar summing dozens of categories would dwarf them.
        shown = counts[:8]
        if len(counts) > 8:
            d.add(String(0, 2, f"The 8 largest of {len(counts):,} categories.", fontName=REGULAR,
                         fontSize=7, fillColor=GREY))
        shown.reverse()  # the chart draws its first category at the bottom
        label_width = width * 0.40
        chart = HorizontalBarChart()
        chart.x, chart.y = label_width + 4, 24
        chart.width, chart.height = width - label_width - 24, height - 44
        chart.data = [[n for _, n in shown]]
        chart.categoryAxis.categoryNames = [
            _fit(name or "(no category)", REGULAR, 7.5, label_width) for name, _ in shown]
        self._style_axes(chart, max(n for _, n in shown))
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.bars[0].fillColor = KIND_COLOURS["complaint"]
        chart.barLabels.boxAnchor = "w"
        chart.barWidth = 8
        d.add(chart)
        return d

    # ---- later sections ----------------------------------------------------------------
    def section(self, title: str, *content: Flowable, keep: int = 9) -> list[Flowable]:
        """A heading kept with the first `keep` flowables after it, never stranded at a page
        foot; the rest (a long table) may run over pages."""
        head = KeepTogether([self.p(escape(title), "section"), *content[:keep]])
        return [CondPageBreak(40 * mm), head, *content[keep:]]

    def response_times(self) -> list[Flowable]:
        m, c = self.m, self.m.complaints
        if not c.received:
            return self.section("Response times", self.p("No complaints this month."))
        not_acked = c.received - c.acknowledged
        median = "none acknowledged yet" if c.median_hours_to_acknowledge is None \
            else _hours(c.median_hours_to_acknowledge)
        text = (f"Median time to acknowledge a complaint: <b>{median}</b> (target "
                f"{m.ack_hours} h); {c.acknowledged_in_time:,} of {c.received:,} acknowledged "
                "within target.")
        if not_acked:
            text += f" {not_acked:,} not acknowledged yet."
        median = "none resolved yet" if c.median_hours_to_resolve is None \
            else _hours(c.median_hours_to_resolve)
        text2 = (f"Median time to resolve: <b>{median}</b> (target "
                 f"{m.resolve_days} days); {c.resolved_in_time:,} of {c.received:,} resolved "
                 f"within target, {c.resolved:,} resolved so far.")
        w = self.width / 2
        charts = Table([[
            self.bar_chart("Time to acknowledge", [x for x, _ in m.ack_distribution],
                           [n for _, n in m.ack_distribution], w - 4 * mm, 52 * mm),
            self.bar_chart("Time to resolve", [x for x, _ in m.resolve_distribution],
                           [n for _, n in m.resolve_distribution], w - 4 * mm, 52 * mm),
        ]], colWidths=[w, w], hAlign="LEFT")
        charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return self.section("Response times", self.p(text), self.p(text2), charts)

    def backlog(self) -> list[Flowable]:
        m = self.m
        still = m.complaints.open_at_month_end
        as_of = _day(m.backlog_as_of)
        if not still:
            return self.section("Backlog", self.p(
                f"Every complaint was settled by {as_of}. Nothing is waiting."))
        rows = [["Open for", "Complaints"], *[[label, f"{n:,}"] for label, n in m.backlog]]
        return self.section("Backlog", self.p(
            f"<b>{still:,}</b> complaint{'s' if still != 1 else ''} (from this month or "
            f"earlier) {'were' if still != 1 else 'was'} still open on {as_of}."),
            self.table(rows, [50 * mm, 30 * mm]))

    def cases_in_detail(self) -> list[Flowable]:
        m = self.m
        complaints = m.complaints_by_category
        cats = list(m.by_category.items())
        rows = [["Category", "All cases", "Complaints"]]
        for name, n in cats[:TOP_ROWS]:
            rows.append([_cut(name, NAME_CHARS) or "(no category)", f"{n:,}",
                         f"{complaints.get(name, 0):,}"])
        if len(cats) > TOP_ROWS:
            rest = cats[TOP_ROWS:]
            rows.append([f"{len(rest):,} other categories", f"{sum(n for _, n in rest):,}",
                         f"{sum(complaints.get(k, 0) for k, _ in rest):,}"])
        channels = [["Channel", "Cases"]] + [
            [k.replace("_", " ").capitalize(), f"{n:,}"] for k, n in m.by_channel.items()]
        severity = [["Complaint severity", "Complaints"]] + [
            [k.capitalize(), f"{n:,}"] for k, n in m.complaints.by_severity.items()]
        half = self.width / 2
        # Side by side only for the two short tables: a table inside a table cannot break
        # across pages, and the category list can be long.
        pair = Table([[self.table(channels, [half - 30 * mm, 24 * mm]),
                       self.table(severity, [half - 30 * mm, 24 * mm])]],
                     colWidths=[half, half], hAlign="LEFT")
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return self.section("Cases in detail", pair, Spacer(1, 5 * mm),
                            self.table(rows, [self.width - 54 * mm, 26 * mm, 26 * mm]), keep=1)

    def remedies(self) -> list[Flowable]:
        r = self.m.remedies
        if not r.count:
            return self.section("Putting things right", self.p(
                "No remedies were given this month."))
        rows = [["Remedy", "Cases", "Cost"]]
        rows += [[k.replace("_", " ").capitalize(), f"{n:,}", self.money(cost)]
                 for k, (n, cost) in r.by_type.items()]
        rows.append(["Total", f"{r.count:,}", self.money(r.total_cost)])
        return self.section("Putting things right", self.p(
            f"{r.count:,} case{'s' if r.count != 1 else ''} received a remedy, costing "
            f"<b>{self.money(r.total_cost)}</b> in all."),
            self.table(rows, [50 * mm, 20 * mm, 30 * mm], total=True))

    def satisfaction(self) -> list[Flowable]:
        m = self.m
        parts = []
        if m.satisfaction_responses:
            parts.append(self.p(
                f"{m.satisfaction_responses:,} customer{'s' if m.satisfaction_responses != 1 else ''}"
                f" told us how satisfied they were: an average of <b>{m.satisfaction_average:.2f}"
                f"</b> out of 5."))
        else:
            parts.append(self.p("No customer rated their satisfaction this month."))
        received = m.complaints.received
        if received:
            parts.append(self.p(
                f"<b>Recovered customers:</b> {m.customers_returned:,} of the {received:,} "
                f"customers who complained this month have come back. Winning them back is "
                f"the point of it all."))
        return self.section("Satisfaction and recovered customers", *parts)

    def compliments(self) -> list[Flowable]:
        m = self.m
        if not m.compliments:
            return self.section("Compliments", self.p("No compliments were logged this month."))
        first = self.p(f"<b>{m.compliments:,}</b> compliment{'s' if m.compliments != 1 else ''} "
                       "this month.")
        if not m.staff_mentions:
            return self.section("Compliments and staff shout-outs", first)
        staff = list(m.staff_mentions.items())
        rows = [["Praised by name", "Compliments"]] + [[_cut(name, NAME_CHARS), f"{n:,}"]
                                                      for name, n in staff[:TOP_ROWS]]
        if len(staff) > TOP_ROWS:
            rows.append([f"{len(staff) - TOP_ROWS:,} others",
                         f"{sum(n for _, n in staff[TOP_ROWS:]):,}"])
        top = ", ".join(escape(_cut(name, NAME_CHARS)) for name, n in staff[:TOP_ROWS]
                        if n == staff[0][1])
        return self.section("Compliments and staff shout-outs", first, self.p(
            f"A special thank-you to <b>{top}</b>, named most often by customers."),
            self.table(rows, [60 * mm, 25 * mm]))

    def lessons(self) -> list[Flowable]:
        grouped: dict[str, list[str]] = {}
        for item in self.m.lessons:
            grouped.setdefault(" ".join(item.lesson.split()), []).append(item.ref)
        if not grouped:
            return self.section("Lessons learned", self.p("No lessons were written down this "
                                                          "month."))
        items = [self.p(f"{escape(_cut(text, LESSON_CHARS))} <font color='#555555' size='8'>"
                        f"({escape(', '.join(refs[:4]))}{f' and {len(refs) - 4:,} more' if len(refs) > 4 else ''})"
                        "</font>", "bullet") for text, refs in list(grouped.items())[:TOP_LESSONS]]
        for para in items:
            para.bulletText = "•"
        if len(grouped) > TOP_LESSONS:
            items.append(self.p(f"… and {len(grouped) - TOP_LESSONS:,} more lessons.", "small"))
        return self.section("Lessons learned", *items, keep=1)

    def open_list(self) -> list[Flowable]:
        m = self.m
        still = m.complaints.open_at_month_end
        if not still:
            return []
        rows = [["Ref", "Since", "Age", "Severity", "Customer, category and summary", "Now"]]
        for o in m.open_complaints:
            category = f" <font color='#555555'>({escape(_cut(o.category, 60))})</font>" \
                if o.category else ""
            rows.append([o.ref, _day(o.occurred_at), f"{o.age_days:,} d", o.severity.capitalize(),
                         self.p(f"<b>{escape(_cut(o.customer_name, 60))}</b>{category}: "
                                f"{escape(_cut(o.summary, CELL_CHARS))}", "cell"),
                         f"resolved {_day(o.resolved_at)}" if o.resolved_at else "still open"])
        w = self.width
        table = self.table(rows, [29 * mm, 23 * mm, 13 * mm, 17 * mm, w - 106 * mm, 24 * mm],
                           numeric_from=6)
        note = self.p(f"Oldest first, aged on {_day(m.backlog_as_of)}." + (
            f" The {len(m.open_complaints):,} oldest of {still:,} are listed."
            if still > len(m.open_complaints) else ""), "small")
        return self.section("Complaints still open at the end of the month", note, table, keep=1)
