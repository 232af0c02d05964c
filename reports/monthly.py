"""The monthly service report as a PDF: page one at a glance, then the detail behind it."""
from __future__ import annotations

from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle,
)

from data.l10n import (
    format_long_date, format_money, format_month, format_month_year, format_number,
    format_percent, format_short_date, plural_is_one,
)
from data.metrics import Month, MonthMetrics
from data.model import Profile, parse_when
from reports.base import ACCENT, GREY, BaseDocument, _fit, keep_together, mm, paragraph, user_text
from reports.fonts import BOLD, REGULAR, visual
from reports.texts import (
    BANDS, CHANNEL_NAMES, REMEDY_NAMES, REPORT, SEVERITY_NAMES, has_word, word,
)

GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
TILE = colors.HexColor("#f1f5f9")
RULE = colors.HexColor("#c9d3dd")
KIND_COLOURS = {"complaint": colors.HexColor("#c0504d"), "compliment": colors.HexColor("#4f8f4f"),
                "question": colors.HexColor("#4f81bd"), "request": colors.HexColor("#e0a030")}
KINDS = ("complaint", "compliment", "question", "request")
# Long user text is cut in tables (a table row cannot run over a page); the app has it in full.
CELL_CHARS = 160
LESSON_CHARS = 600
NAME_CHARS = 80
TOP_ROWS = 20
TOP_LESSONS = 30
CHART_HEIGHT = 78 * mm


def _cut(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


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
        # Every word in the business language, every figure in the business locale.
        self.locale = profile.locale
        self.month_title = self.month_name(metrics.month)
        self.title = self.t("doc_title", month=self.month_title)
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
        """A paragraph of our own markup; user text in it comes from user_text()."""
        return paragraph(text, self.styles[style])

    def t(self, key: str, **values) -> str:
        """The report's own words (resources/i18n/documents_*.ts, context Report) in the
        business language."""
        return word(REPORT, self.language, key, **values)

    def plural(self, key: str, n: int, **values) -> str:
        """`key_one` or `key_other` as the locale's plural rule picks for `n`."""
        form = "one" if plural_is_one(n, self.locale) else "other"
        return self.t(f"{key}_{form}", n=self.count(n), **values)

    def money(self, amount: float) -> str:
        return format_money(amount, self.m.currency, self.locale)

    def count(self, value) -> str:
        return format_number(value, self.locale)

    def pct(self, value: float) -> str:
        return format_percent(value, self.locale, 1)

    def stars(self, value: float) -> str:
        return format_number(value, self.locale, 2)

    def day(self, stamp: str) -> str:
        """A date in a table cell: `03.10.2026`, `3 oct. 2026`."""
        return format_short_date(parse_when(stamp).astimezone(), self.locale)

    def long_day(self, stamp: str) -> str:
        """A date in a sentence: `3. Oktober 2026`, `3 octobre 2026`."""
        return format_long_date(parse_when(stamp).astimezone(), self.locale)

    def hours(self, value: float | None) -> str:
        if value is None:
            return "–"
        if value < 48:
            return self.t("hours", v=format_number(value, self.locale, 1))
        return self.t("days", v=format_number(value / 24, self.locale, 1))

    def band(self, label: str) -> str:
        return word(BANDS, self.language, label) if has_word(BANDS, label) else label

    def month_name(self, month: Month) -> str:
        return format_month_year(month.year, month.month, self.locale)

    @property
    def previous_title(self) -> str:
        return format_month(self.m.month.previous().month, self.locale)

    def change(self, now, before, better: str | None, fmt) -> str:
        """'▲ 3 on October (12)': the arrow green when the move is good, red when it is not."""
        grey = f"#{GREY.hexval()[2:]}"
        if now is None or before is None:
            return f'<font color="{grey}">{self.t("no_figure", prev=self.previous_title)}</font>'
        diff = round(now - before, 2)
        if diff == 0:
            return f'<font color="{grey}">{self.t("same", prev=self.previous_title)}</font>'
        arrow = "▲" if diff > 0 else "▼"
        if better is None:
            colour = GREY
        else:
            colour = GOOD if (diff > 0) == (better == "up") else BAD
        return (f'<font color="#{colour.hexval()[2:]}">{arrow} {fmt(abs(diff))}'
                f'</font> <font color="{grey}">'
                f'{self.t("versus", prev=self.previous_title, before=fmt(before))}</font>')

    def table(self, rows: list[list], widths: list[float], numeric_from: int = 1,
              total: bool = False) -> Table:
        """A plain table: header row in the accent colour, numbers right-aligned."""
        head = [self.p(user_text(h), "cell_bold") for h in rows[0]]
        body = [[c if isinstance(c, Flowable) else
                 self.p(user_text(str(c)), "cell_num" if i >= numeric_from else "cell")
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
        month = user_text(self.month_title)
        running = (self.t("running", name=format_month(m.month.month, self.locale))
                   if today < m.month.end() else "")
        out = [self.p(self.t("title", month=month), "title"), self.p(
            self.t("intro", month=month, ack=self.count(m.ack_hours),
                   days=self.count(m.resolve_days), today=self.long_day(today.isoformat())) + running,
            "small"), Spacer(1, 5 * mm)]
        if not m.cases_total:
            return out + self.empty_month()
        out += self.at_a_glance()
        out.append(PageBreak())
        out += self.response_times()
        out += self.backlog()
        out += self.cases_in_detail()
        out += self.remedies()
        out += self.approvals()
        out += self.satisfaction()
        out += self.compliments()
        out += self.lessons()
        out += self.open_list()
        return out

    def empty_month(self) -> list[Flowable]:
        m = self.m
        out = [Spacer(1, 10 * mm),
               self.p(self.t("empty", month=user_text(self.month_title)), "section"),
               self.p(self.t("empty_text"))]
        still = m.complaints.open_at_month_end
        if still:
            out.append(self.p(self.plural("empty_open", still)))
        return out

    def at_a_glance(self) -> list[Flowable]:
        m, prev, c = self.m, self.m.previous, self.m.complaints
        count, stars, t = self.count, self.stars, self.t
        tiles = [
            (t("tile_cases"), count(m.cases_total),
             self.change(m.cases_total, prev.cases_total, None, count)),
            (t("tile_complaints"), count(c.received),
             self.change(c.received, prev.complaints_received, "down", count)),
            (t("tile_compliments"), count(m.compliments),
             self.change(m.compliments, prev.compliments, "up", count)),
            (t("tile_recovered"), count(m.customers_returned),
             self.change(m.customers_returned, prev.customers_returned, "up", count)),
            (t("tile_resolve"), self.hours(c.median_hours_to_resolve),
             self.change(c.median_hours_to_resolve, prev.median_hours_to_resolve, "down",
                         self.hours)),
            (t("tile_satisfaction"), "–" if m.satisfaction_average is None
             else stars(m.satisfaction_average),
             self.change(m.satisfaction_average, prev.satisfaction_average, "up", stars)),
            (t("tile_cost"), self.money(m.remedies.total_cost),
             self.change(m.remedies.total_cost, prev.remedies_total_cost, "down", self.money)),
            (t("tile_open"), count(c.open_at_month_end),
             self.change(c.open_at_month_end, prev.open_at_month_end, "down", count)),
        ]
        gap = 3 * mm
        tile_w = (self.width - 3 * gap) / 4
        cells = [[self.p(user_text(label), "label"), self.figure(value, tile_w - 12),
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
            self.target_bar(self.t("ack_within", h=self.count(m.ack_hours)),
                            c.acknowledged_within_target_pct, c.acknowledged_in_time, c.received),
            self.target_bar(self.t("resolved_within", d=self.count(m.resolve_days)),
                            c.resolved_within_target_pct, c.resolved_in_time, c.received),
        ]], colWidths=[self.width / 2] * 2, hAlign="LEFT")
        targets.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm)]))
        charts = Table([[self.kind_chart(), self.category_chart()]],
                       colWidths=[self.width * 0.48, self.width * 0.52], hAlign="LEFT")
        charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [grid, Spacer(1, 6 * mm), self.p(self.t("on_time"), "section"),
                targets, Spacer(1, 4 * mm), charts]

    def figure(self, value: str, width: float) -> Paragraph:
        """A headline number on one line: a long amount gets a smaller size, not a wrap."""
        style = self.styles["figure"]
        size = min(style.fontSize, style.fontSize * width / stringWidth(value, BOLD, style.fontSize))
        return Paragraph(keep_together(user_text(value)), ParagraphStyle("fit", parent=style, fontSize=size,
                                                       leading=style.leading))

    def target_bar(self, label: str, pct: float | None, part: int, whole: int) -> Drawing:
        width, height = self.width / 2 - 6 * mm, 17 * mm
        d = Drawing(width, height)
        text = self.t("no_complaints") if pct is None else self.pct(pct)
        d.add(String(0, height - 10, label, fontName=REGULAR, fontSize=9, fillColor=GREY))
        d.add(String(width, height - 10, text, fontName=BOLD, fontSize=11, textAnchor="end"))
        d.add(Rect(0, 14, width, 9, fillColor=TILE, strokeColor=None))
        if pct:
            colour = GOOD if pct >= 80 else (colors.HexColor("#e0a030") if pct >= 50 else BAD)
            d.add(Rect(0, 14, width * pct / 100, 9, fillColor=colour, strokeColor=None))
        if whole:
            d.add(String(0, 2, self.t("part_of", part=self.count(part), whole=self.count(whole)),
                         fontName=REGULAR,
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
        chart.categoryAxis.categoryNames = [_fit(visual(x), REGULAR, size, slot) for x in labels]
        self._style_axes(chart, max(values or [0]))
        chart.categoryAxis.labels.fontSize = size
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
        chart.bars[0].fillColor = ACCENT
        for i, colour in enumerate(bar_colours or []):
            chart.bars[(0, i)].fillColor = colour
        d.add(chart)
        return d

    def _axis_room(self, top: int) -> float:
        """Room left of a value axis for its longest label."""
        return stringWidth(self.count(_nice_top(max(top * 1.12, 1))[0]), REGULAR, 7.5) + 8

    def _style_axes(self, chart, top: int) -> None:
        for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
            labels.fontName, labels.fontSize = REGULAR, 7.5
        chart.valueAxis.valueMin = 0
        # Headroom above the longest bar for its value label.
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_top(max(top * 1.12, 1))
        chart.valueAxis.labelTextFormat = lambda v: self.count(int(v))
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.gridStrokeWidth = 0.3
        chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = GREY
        chart.barLabelFormat = lambda v: self.count(int(v))
        chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 7.5
        chart.barLabels.nudge = 6
        chart.bars.strokeColor = None

    def kind_chart(self) -> Drawing:
        kinds = list(KINDS)
        return self.bar_chart(self.t("by_kind"), [self.t(f"kind_{k}") for k in kinds],
                              [self.m.by_kind.get(k, 0) for k in kinds], self.width * 0.46,
                              CHART_HEIGHT, [KIND_COLOURS[k] for k in kinds])

    def category_chart(self) -> Drawing:
        width, height = self.width * 0.52, CHART_HEIGHT
        d = Drawing(width, height)
        d.add(String(0, height - 11, self.t("by_category"), fontName=BOLD, fontSize=9.5,
                     fillColor=ACCENT))
        counts = list(self.m.complaints_by_category.items())
        if not counts:
            d.add(String(0, height / 2, self.t("none_this_month"), fontName=REGULAR,
                         fontSize=9, fillColor=GREY))
            return d
        # The largest few only: one "other" bar summing dozens of categories would dwarf them.
        shown = counts[:8]
        if len(counts) > 8:
            d.add(String(0, 2, self.t("largest", n=self.count(len(counts))), fontName=REGULAR,
                         fontSize=7, fillColor=GREY))
        shown.reverse()  # the chart draws its first category at the bottom
        label_width = width * 0.40
        chart = HorizontalBarChart()
        chart.x, chart.y = label_width + 4, 24
        chart.width, chart.height = width - label_width - 24, height - 44
        chart.data = [[n for _, n in shown]]
        chart.categoryAxis.categoryNames = [
            _fit(visual(name or self.t("no_category")), REGULAR, 7.5, label_width) for name, _ in shown]
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
        head = KeepTogether([self.p(user_text(title), "section"), *content[:keep]])
        return [CondPageBreak(40 * mm), head, *content[keep:]]

    def response_times(self) -> list[Flowable]:
        m, c, t, n = self.m, self.m.complaints, self.t, self.count
        if not c.received:
            return self.section(t("response_times"), self.p(t("none_this_month")))
        not_acked = c.received - c.acknowledged
        median = t("none_acked") if c.median_hours_to_acknowledge is None \
            else self.hours(c.median_hours_to_acknowledge)
        text = t("ack_text", median=median, h=n(m.ack_hours), part=n(c.acknowledged_in_time),
                 whole=n(c.received))
        if not_acked:
            text += t("not_acked", n=n(not_acked))
        median = t("none_resolved") if c.median_hours_to_resolve is None \
            else self.hours(c.median_hours_to_resolve)
        text2 = t("resolve_text", median=median, d=n(m.resolve_days), part=n(c.resolved_in_time),
                  whole=n(c.received), done=n(c.resolved))
        w = self.width / 2
        charts = Table([[
            self.bar_chart(t("time_to_ack"), [self.band(x) for x, _ in m.ack_distribution],
                           [k for _, k in m.ack_distribution], w - 4 * mm, 52 * mm),
            self.bar_chart(t("time_to_resolve"), [self.band(x) for x, _ in m.resolve_distribution],
                           [k for _, k in m.resolve_distribution], w - 4 * mm, 52 * mm),
        ]], colWidths=[w, w], hAlign="LEFT")
        charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return self.section(t("response_times"), self.p(text), self.p(text2), charts)

    def backlog(self) -> list[Flowable]:
        m, t = self.m, self.t
        still = m.complaints.open_at_month_end
        as_of = self.long_day(m.backlog_as_of)
        if not still:
            return self.section(t("backlog"), self.p(t("backlog_clear", date=as_of)))
        rows = [[t("open_for"), t("complaints")],
                *[[self.band(label), self.count(k)] for label, k in m.backlog]]
        return self.section(t("backlog"), self.p(self.plural("backlog", still, date=as_of)),
                            self.table(rows, [50 * mm, 30 * mm]))

    def cases_in_detail(self) -> list[Flowable]:
        m, t, n = self.m, self.t, self.count
        complaints = m.complaints_by_category
        cats = list(m.by_category.items())
        rows = [[t("category"), t("all_cases"), t("complaints")]]
        for name, k in cats[:TOP_ROWS]:
            rows.append([_cut(name, NAME_CHARS) or t("no_category"), n(k),
                         n(complaints.get(name, 0))])
        if len(cats) > TOP_ROWS:
            rest = cats[TOP_ROWS:]
            rows.append([t("other_categories", n=n(len(rest))), n(sum(k for _, k in rest)),
                         n(sum(complaints.get(key, 0) for key, _ in rest))])
        channels = [[t("channel"), t("cases")]] + [
            [self.name_of(CHANNEL_NAMES, key), n(k)] for key, k in m.by_channel.items()]
        severity = [[t("severity_head"), t("complaints")]] + [
            [self.name_of(SEVERITY_NAMES, key), n(k)] for key, k in m.complaints.by_severity.items()]
        half = self.width / 2
        # Side by side only for the two short tables: a table inside a table cannot break
        # across pages, and the category list can be long.
        pair = Table([[self.table(channels, [half - 34 * mm, 28 * mm]),
                       self.table(severity, [half - 34 * mm, 28 * mm])]],
                     colWidths=[half, half], hAlign="LEFT")
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return self.section(t("in_detail"), pair, Spacer(1, 5 * mm),
                            self.table(rows, [self.width - 54 * mm, 26 * mm, 26 * mm]), keep=1)

    def name_of(self, names: str, key: str) -> str:
        """A recorded value (channel, severity, remedy) by its name in the business language."""
        if has_word(names, key):
            return word(names, self.language, key)
        return key.replace("_", " ").capitalize()

    def remedies(self) -> list[Flowable]:
        r, t, n = self.m.remedies, self.t, self.count
        if not r.count:
            return self.section(t("remedies"), self.p(t("no_remedies")))
        rows = [[t("remedy"), t("cases"), t("cost")]]
        rows += [[self.name_of(REMEDY_NAMES, key), n(k), self.money(cost)]
                 for key, (k, cost) in r.by_type.items()]
        rows.append([t("total"), n(r.count), self.money(r.total_cost)])
        return self.section(t("remedies"), self.p(
            self.plural("remedies", r.count, cost=self.money(r.total_cost))),
            self.table(rows, [50 * mm, 20 * mm, 30 * mm], total=True))

    def approvals(self) -> list[Flowable]:
        """Remedies asked for above a person's limit and what became of them (the figures of
        report --json's `approvals`); nothing when no remedy went above a limit."""
        a, t, n = self.m.approvals, self.t, self.count
        if not a or not (a.get("requested") or a.get("given_over_limit_without_approval")):
            return []
        rows = [[t("asked_above"), t("cases")],
                [t("requested_n"), n(a["requested"])], [t("approved_n"), n(a["approved"])],
                [t("declined_n"), n(a["declined"])],
                [t("median_decision"), self.hours(a["median_hours_to_decision"])],
                [t("given_over_n"), n(a["given_over_limit_without_approval"])]]
        parts = [self.table(rows, [95 * mm, 30 * mm])]
        if a["given_over_limit_without_approval"]:
            parts += [Spacer(1, 2 * mm), self.p(t("given_over_note"), "small")]
        return self.section(t("approvals"), *parts)

    def satisfaction(self) -> list[Flowable]:
        m, t = self.m, self.t
        parts = []
        if m.satisfaction_responses:
            parts.append(self.p(self.plural("rated", m.satisfaction_responses,
                                            avg=self.stars(m.satisfaction_average))))
        else:
            parts.append(self.p(t("not_rated")))
        received = m.complaints.received
        if received:
            parts.append(self.p(t("recovered", back=self.count(m.customers_returned),
                                  n=self.count(received))))
        return self.section(t("satisfaction"), *parts)

    def compliments(self) -> list[Flowable]:
        m, t, n = self.m, self.t, self.count
        if not m.compliments:
            return self.section(t("compliments"), self.p(t("no_compliments")))
        first = self.p(self.plural("compliments", m.compliments))
        if not m.staff_mentions:
            return self.section(t("shout_outs"), first)
        staff = list(m.staff_mentions.items())
        rows = [[t("praised"), t("tile_compliments")]] + [[_cut(name, NAME_CHARS), n(k)]
                                                          for name, k in staff[:TOP_ROWS]]
        if len(staff) > TOP_ROWS:
            rows.append([t("others", n=n(len(staff) - TOP_ROWS)),
                         n(sum(k for _, k in staff[TOP_ROWS:]))])
        top = ", ".join(user_text(_cut(name, NAME_CHARS)) for name, k in staff[:TOP_ROWS]
                        if k == staff[0][1])
        return self.section(t("shout_outs"), first, self.p(t("thanks", top=top)),
                            self.table(rows, [60 * mm, 25 * mm]))

    def lessons(self) -> list[Flowable]:
        t = self.t
        grouped: dict[str, list[str]] = {}
        for item in self.m.lessons:
            grouped.setdefault(" ".join(item.lesson.split()), []).append(item.ref)
        if not grouped:
            return self.section(t("lessons"), self.p(t("no_lessons")))
        items = []
        for text, refs in list(grouped.items())[:TOP_LESSONS]:
            more = t("and_more", n=self.count(len(refs) - 4)) if len(refs) > 4 else ""
            items.append(self.p(f"{user_text(_cut(text, LESSON_CHARS))} <font color='#555555' "
                                f"size='8'>({user_text(', '.join(refs[:4]))}{user_text(more)})</font>",
                                "bullet"))
        for para in items:
            para.bulletText = "•"
        if len(grouped) > TOP_LESSONS:
            items.append(self.p(t("more_lessons", n=self.count(len(grouped) - TOP_LESSONS)),
                                "small"))
        return self.section(t("lessons"), *items, keep=1)

    def open_list(self) -> list[Flowable]:
        m, t = self.m, self.t
        still = m.complaints.open_at_month_end
        if not still:
            return []
        rows = [[t("ref"), t("since"), t("age"), t("severity"), t("who_what"), t("now")]]
        for o in m.open_complaints:
            category = f" <font color='#555555'>({user_text(_cut(o.category, 60))})</font>" \
                if o.category else ""
            rows.append([o.ref, self.day(o.occurred_at), t("age_days", n=self.count(o.age_days)),
                         self.name_of(SEVERITY_NAMES, o.severity),
                         self.p(f"<b>{user_text(_cut(o.customer_name, 60))}</b>{category}: "
                                f"{user_text(_cut(o.summary, CELL_CHARS))}", "cell"),
                         t("resolved_on", date=self.day(o.resolved_at)) if o.resolved_at
                         else t("still_open")])
        w = self.width
        table = self.table(rows, [29 * mm, 23 * mm, 13 * mm, 17 * mm, w - 106 * mm, 24 * mm],
                           numeric_from=6)
        note = self.p(t("oldest_first", date=self.day(m.backlog_as_of)) + (
            t("listed", n=self.count(len(m.open_complaints)), total=self.count(still))
            if still > len(m.open_complaints) else ""), "small")
        return self.section(t("open_list"), note, table, keep=1)
