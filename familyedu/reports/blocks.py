"""Building blocks shared by the documents: letterhead, headings, tables, signature areas."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from familyedu.reports.data import CenterInfo, GoalLine, LetterHeader
from familyedu.reports.fonts import markup
from familyedu.reports.layout import (
    RED,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    HeavyParagraph,
    Styles,
    shrink_to_fit,
)
from familyedu.reports.templates import Wording
from familyedu.reports.text import ZH, english_counts, format_date, has_cjk

LOGO_HEIGHT = 16 * mm
# Lines of their usual size a center's name, contact line and the issuer may take before they
# are set smaller, and (by "is Chinese") the smallest size they are set in.
NAME_LINES = 2
ISSUER_LINES = 2
NAME_SMALLEST = {True: 11.0, False: 9.0}
INFO_SMALLEST = {True: 7.5, False: 7.0}
REFERENCE_SMALLEST = {True: 9.0, False: 8.0}
_HEAD_BG = colors.HexColor("#EDEDED")


# The date line of the 版记 (no wording key: GB/T 9704 fixes the form).
PRINTED_ON = {True: "{date}印发", False: "Issued {date}"}


class AtFoot(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A block set at the foot of the page it lands on, taking the rest of that page
    (GB/T 9704 puts the 版记 at the foot of the last page)."""

    def __init__(self, content: Flowable, gap: float = 6 * mm) -> None:
        super().__init__()
        self.content = content
        self.gap = gap
        self._height = 0.0

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self._height = float(self.content.wrap(width, height)[1])
        return width, max(height, self._height + self.gap)

    def split(self, width: float, height: float) -> list[Flowable]:
        return []  # too tall for the room left: the whole block goes to the next page

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


class SignOff(KeepTogether):  # type: ignore[misc]  # reportlab has no type hints
    """Closing lines, signatures, issuer and date, kept together on one page.

    GB/T 9704 §7.3.5.4: a sign-off must not stand alone on a page; shrink the spacing
    first. When the block is just too tall for the room left, its stamp room shrinks (down
    to `smallest`) before the block moves to the next page; the builder puts the text's
    last paragraph into it, so what moves takes that paragraph along.
    """

    def __init__(self, flowables: list[Flowable], room: Spacer, *, smallest: float) -> None:
        super().__init__(flowables)
        self.room = room
        self.natural = float(room.height)
        self.smallest = smallest

    def take_first(self, flowable: Flowable) -> None:
        self._content.insert(0, flowable)

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.room.height = self.natural
        result: tuple[float, float] = super().wrap(width, height)
        excess = self._H - height
        if 0 < excess <= self.natural - self.smallest:
            self.room.height = self.natural - excess
            result = super().wrap(width, height)
        return result


class Composer:
    """Turns plain text and wording keys into flowables for one document."""

    def __init__(self, styles: Styles, wording: Wording, context: Mapping[str, str]) -> None:
        self.st = styles
        self.wording = wording
        self.context = context
        self.zh = styles.language == ZH
        self._left_styles: dict[str, ParagraphStyle] = {}

    # -- text ---------------------------------------------------------------------------
    def para(self, text: str, style: ParagraphStyle | None = None,
             cls: type[Paragraph] = Paragraph) -> Paragraph:
        """A paragraph of plain (unescaped) text, with per-character font fallback."""
        chosen = style or self.st.body
        if not self.zh:
            text = english_counts(text)
            if chosen.alignment == TA_JUSTIFY and has_cjk(text):
                # Justifying stretches the spaces of a line before an unbreakable Chinese
                # run into huge gaps: such paragraphs are set flush left.
                chosen = self._flush_left(chosen)
        return cls(markup(text, chosen.fontName, self.st.fonts), chosen)

    def _flush_left(self, style: ParagraphStyle) -> ParagraphStyle:
        left = self._left_styles.get(style.name)
        if left is None:
            left = self._left_styles[style.name] = ParagraphStyle(
                f"{style.name}_left", parent=style, alignment=TA_LEFT)
        return left

    def fill(self, key: str, **extra: str) -> str:
        return self.wording.fill(key, self.context, **extra)

    def paras(self, key: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        return [self.para(t, style) for t in self.wording.fill_all(key, self.context)]

    def heading(self, key: str, room: float = 3) -> list[Flowable]:
        """A heading that moves to the next page unless `room` lines fit below it."""
        text = self.fill(key)
        return [CondPageBreak(room * self.st.body.leading), self.para(text, self.st.heading)] \
            if text else []

    def section(self, key: str, content: Sequence[Flowable]) -> list[Flowable]:
        """A heading kept on one page with short content such as a small table; content
        longer than a page still splits, with the heading on the first part."""
        head = self.heading(key)
        return [*head[:1], KeepTogether([*head[1:], *content])]

    def numbered(self, items: Sequence[str], empty_key: str = "none_text") -> list[Flowable]:
        """Items as "1. …" paragraphs, or the empty-text when there are none."""
        if not items:
            return [self.para(self.fill(empty_key))]
        return [self.para(f"{i}. {item}") for i, item in enumerate(items, start=1)]

    def fmt_date(self, value: date | None) -> str:
        return format_date(value, self.st.language)

    # -- letter frame ---------------------------------------------------------------------
    def letterhead(self, center: CenterInfo, header: LetterHeader) -> list[Flowable]:
        """Red center name, contact line, double red rule, then the reference at the right.

        A long name is set smaller to stay within two lines of the usual size (a long
        contact line or reference likewise), down to a legible floor below which the text
        wraps instead: a name well past the 200 characters the center settings accept still
        leaves the letterhead at the top of the first page, and only an absurd one (thousands
        of characters) runs on to the next.
        """
        st = self.st
        name_width = TEXT_WIDTH
        logo = _logo(center.logo) if center.logo else None
        if logo is not None:
            side = logo.drawWidth + 2 * mm
            name_width = TEXT_WIDTH - 2 * side
        name_style = self.fitted(center.name, st.org_name, name_width, NAME_LINES,
                                 NAME_SMALLEST[self.zh])
        name = self.para(center.name, name_style, self.heavy)
        flow: list[Flowable] = []
        if logo is not None and name.wrap(name_width, TEXT_HEIGHT)[1] <= max(
                NAME_LINES * st.org_name.leading, logo.drawHeight):
            flow.append(_table([[logo, name, Spacer(0, 0)]],
                               colWidths=[side, name_width, side],
                               style=self.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
        else:
            if logo is not None:  # a name too long to stand beside the logo goes below it
                logo.hAlign = "CENTER"
                flow += [logo, Spacer(1, 2 * mm)]
                name = self.para(center.name, self.fitted(
                    center.name, st.org_name, TEXT_WIDTH, NAME_LINES, NAME_SMALLEST[self.zh]),
                    self.heavy)
            flow.append(name)
        info = "\u3000".join(p for p in (center.address, center.phone) if p.strip())
        if info:
            flow.append(self.para(info, self.fitted(info, st.org_info, TEXT_WIDTH, 2,
                                                    INFO_SMALLEST[self.zh])))
        flow += [
            Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=1.6, color=RED, spaceBefore=0, spaceAfter=1.2),
            HRFlowable(width="100%", thickness=0.5, color=RED, spaceBefore=0, spaceAfter=3 * mm),
        ]
        if header.reference.strip():
            flow.append(self.para(header.reference, self.fitted(
                header.reference, st.reference, TEXT_WIDTH, 1, REFERENCE_SMALLEST[self.zh])))
        return flow

    def fitted(self, text: str, style: ParagraphStyle, width: float, lines: float,
               smallest: float) -> ParagraphStyle:
        """`style` made smaller, when needed, for `text` to take at most `lines` lines."""
        return shrink_to_fit(text, style, self.st.fonts, width, lines=lines, smallest=smallest)

    def title(self) -> list[Flowable]:
        return [Spacer(1, 4 * mm), self.para(self.fill("title"), self.st.title, self.heavy)]

    @property
    def heavy(self) -> type[Paragraph]:
        # Only the Chinese fonts lack a bold face; stroking a bold face would smear it.
        return HeavyParagraph if self.zh else Paragraph

    def salutation(self) -> list[Flowable]:
        text = self.fill("salutation") if self.context.get("recipient") else ""
        return [self.para(text, self.st.plain)] if text.strip() else []

    def issuer_block(self, issued_on: date, lead: Sequence[Flowable] = ()) -> Flowable:
        """Issuer and date at the right, with room above for the stamp.

        GB/T 9704 puts the date with its right end four characters in from the right edge,
        the issuer centred over it, and the stamp pressed over both; `lead` (the closing
        lines) stays on the same page, and the builder adds the last paragraph of the text,
        so a sign-off never stands alone on a page (SignOff).
        """
        right_gap = 4 * self.st.body.fontSize if self.zh else 0
        issuer, when = self.fill("issuer"), self.fmt_date(issued_on)
        date_style = ParagraphStyle("issued_on", parent=self.st.signature,
                                    alignment=TA_RIGHT if self.zh else TA_CENTER,
                                    rightIndent=right_gap, leftIndent=0)
        columns: list[ParagraphStyle] = []
        if self.zh:
            # A column centred on the date's middle, reaching the right edge.
            half = right_gap + stringWidth(when, self.st.signature.fontName,
                                           self.st.signature.fontSize) / 2
            columns.append(ParagraphStyle("issuer", parent=self.st.signature, rightIndent=0,
                                          leftIndent=max(0.0, TEXT_WIDTH - 2 * half)))
        # Paragraphs indented into the column rather than a table: a table row cannot break
        # across pages, and reportlab never finishes laying out one taller than the room.
        # A name too long for the usual column even when set smaller gets the whole width.
        for width in (80 * mm, TEXT_WIDTH - right_gap):
            columns.append(ParagraphStyle("issuer", parent=self.st.signature,
                                          rightIndent=right_gap,
                                          leftIndent=TEXT_WIDTH - width - right_gap))
        one_line = self._issuer_on_one_line(issuer, columns[0]) if self.zh else None
        if one_line is not None:
            # Too long to stand centred over the date four characters in, the name keeps
            # to one line, ending at the right edge, as near to centred over the date as the
            # block allows ("…（演" / "示）" reads as two names); the date stays put.
            style = one_line
            columns = []
        for column in columns:
            style = self.fitted(issuer, column, TEXT_WIDTH, ISSUER_LINES,
                                NAME_SMALLEST[self.zh])
            if self.para(issuer, style).wrap(TEXT_WIDTH, TEXT_HEIGHT)[1] <= \
                    ISSUER_LINES * column.leading:
                break
        if not self.zh:
            date_style = ParagraphStyle("issued_on", parent=column)
        room = Spacer(1, 2 * self.st.body.leading)
        block = [self.para(issuer, style), self.para(when, date_style)]
        return SignOff([*lead, room, *block], room, smallest=0.5 * self.st.body.leading)

    def _issuer_on_one_line(self, issuer: str,
                            centred: ParagraphStyle) -> ParagraphStyle | None:
        """A column at the right edge just wide enough for the issuer on one line, when the
        column centred over the date is too narrow for that and the text block is not."""
        def lines(style: ParagraphStyle) -> float:
            height: float = self.para(issuer, style).wrap(TEXT_WIDTH, TEXT_HEIGHT)[1]
            return height / float(style.leading)

        if lines(centred) <= 1:
            return None
        whole = ParagraphStyle("issuer", parent=self.st.signature, leftIndent=0,
                               rightIndent=0)
        if lines(whole) > 1:
            return None
        width = float(stringWidth(issuer, self.st.signature.fontName,
                                  self.st.signature.fontSize))
        column = ParagraphStyle("issuer", parent=whole,
                                leftIndent=max(0.0, TEXT_WIDTH - width - 2))
        return column if lines(column) <= 1 else whole

    def signature_lines(self, labels: Sequence[str]) -> Flowable:
        """One row per signer: label, a line to sign on, and a date to write by hand."""
        style = self.st.sign_label
        date_label = self.fill("sign_date")

        def width(text: str) -> float:
            return float(stringWidth(text, style.fontName, style.fontSize)) + 4

        blank = self._date_blanks()
        # Size the columns to their text so nothing wraps; the signing line takes the rest,
        # but never shorter than a signature needs (long labels wrap instead).
        label_w = min(max((width(x) for x in labels), default=0), TEXT_WIDTH * 0.42)
        widths = [label_w, 0.0, width(date_label), sum(blank._colWidths) + 2]
        widths[1] = max(TEXT_WIDTH - sum(widths), 30 * mm)
        widths[0] = TEXT_WIDTH - sum(widths[1:])
        # Empty cells are flowables too: reportlab cannot split a row holding a bare string.
        rows = [[self.para(label, style), Spacer(0, 0), self.para(date_label, style),
                 self._date_blanks()] for label in labels]
        table_style = self.table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 7 * mm if self.zh else 6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ])
        return _table(rows, colWidths=widths, style=table_style, hAlign="LEFT")

    def _date_blanks(self) -> Table:
        """A date to write by hand: "____年___月___日" (English "___ / ___ / _____"), each
        blank at least 12 mm wide and ruled, so there is room to write in it."""
        style = self.st.sign_label
        marks = ("年", "月", "日") if self.zh else ("/", "/", "")
        blanks = (14 * mm, 12 * mm, 12 * mm) if self.zh else (12 * mm, 12 * mm, 16 * mm)
        cells: list[Flowable] = []
        widths: list[float] = []
        for blank, mark in zip(blanks, marks, strict=True):
            cells.append(Spacer(0, 0))
            widths.append(blank)
            if mark:
                cells.append(self.para(mark, style))
                widths.append(float(stringWidth(mark, style.fontName, style.fontSize)) + 4)
        ruled = [i for i, cell in enumerate(cells) if isinstance(cell, Spacer)]
        return _table([cells], colWidths=widths, hAlign="LEFT", style=self.table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            *[("LINEBELOW", (i, 0), (i, 0), 0.6, colors.black) for i in ruled],
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ]))

    def copy_to(self, header: LetterHeader) -> list[Flowable]:
        """The 版记 (GB/T 9704 §7.4): 抄送 and the issuing center with the date of issue
        between rules, at the foot of the last page (nothing may follow it)."""
        if not header.copy_to.strip():
            return []
        line = self.fill("copy_to_label") + header.copy_to
        issued = self.fill("issuer"), self.fmt_date(header.issued_on)
        when = PRINTED_ON[self.zh].format(date=issued[1])
        size = 14 if self.zh else self.st.plain.fontSize  # 4号
        cell = ParagraphStyle("imprint", parent=self.st.plain, firstLineIndent=0,
                              fontSize=size, leading=size * 1.4, alignment=TA_LEFT)
        right = ParagraphStyle("imprint_date", parent=cell, alignment=TA_RIGHT)
        indent = self.st.body.fontSize if self.zh else 0  # one character in, each side
        table = _table(
            [[self.para(line, cell), ""], [self.para(issued[0], cell), self.para(when, right)]],
            colWidths=[TEXT_WIDTH * 0.55, TEXT_WIDTH * 0.45], hAlign="LEFT",
            style=self.table_style([
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), indent),
                ("RIGHTPADDING", (0, 0), (-1, -1), indent),
            ]))
        if table.wrap(TEXT_WIDTH, TEXT_HEIGHT)[1] <= TEXT_HEIGHT / 3:
            return [AtFoot(table)]
        # An imprint as long as a page (a pasted text): it flows like the text, ruled.
        return [Spacer(1, 6 * mm),
                HRFlowable(width="100%", thickness=1.0, color=colors.black, spaceAfter=2),
                self.para(line, cell),
                HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=2),
                self.para(f"{issued[0]}　{when}" if self.zh else f"{issued[0]}, {when}", cell),
                HRFlowable(width="100%", thickness=1.0, color=colors.black, spaceBefore=2)]

    # -- tables -------------------------------------------------------------------------
    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]],
              widths_mm: Sequence[float], centered: Sequence[int] = (),
              total_row: bool = False) -> Table:
        """A ruled table whose header repeats on every page and whose rows may split."""
        scale = TEXT_WIDTH / (sum(widths_mm) * mm)  # always exactly the text width
        pad = 4 + (self.st.cell.fontSize / 2 if self.zh else 0)
        widths = [w * mm * scale for w in widths_mm]
        # No head: the last row of a table, laid out apart to go with the sign-off.
        data: list[list[Flowable | str]] = [
            [self.para(h, self.st.cell_head) for h in head]] if head else []
        for row in rows:
            data.append([self.para(v, self.st.cell_center if i in centered else self.st.cell)
                         for i, v in enumerate(row)])
        if total_row and rows:
            data[-1] = [self.para(v, self.st.cell_head) for v in rows[-1]]
        style = self.table_style([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            *([("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG)] if head else []),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            # Room for a comma or full stop hanging past the line end (CJK line breaking).
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ])
        return _table(data, colWidths=widths, repeatRows=1 if head else 0, style=style,
                      hAlign="LEFT", spaceBefore=4, spaceAfter=8)

    def table_before_sign_off(self, head: Sequence[str], rows: Sequence[Sequence[str]],
                              widths_mm: Sequence[float], centered: Sequence[int] = (),
                              ) -> list[Flowable]:
        """A table that ends a document: its last row is laid out apart and goes to the
        page of the sign-off that follows (a sign-off never stands alone on a page)."""
        if len(rows) < 2:
            return [self.table(head, rows, widths_mm, centered)]
        body = self.table(head, rows[:-1], widths_mm, centered)
        tail = self.table((), rows[-1:], widths_mm, centered)
        body.spaceAfter, tail.spaceBefore = 0, 0
        tail.keep_with_sign_off = True
        return [body, tail]

    def goal_table(self, goals: Sequence[GoalLine]) -> list[Flowable]:
        if not goals:
            return [self.para(self.fill("none_text"))]
        levels = self.wording.items("progress_levels")
        head = [self.fill("col_domain"), self.fill("col_goal"), self.fill("col_progress")]
        rows = [[g.domain, g.description, levels[g.progress]] for g in goals]
        return [self.table(head, rows, [34, 90, 32], centered=(2,))]

    def table_style(self, commands: list[tuple[Any, ...]]) -> TableStyle:
        # Empty string cells are drawn in the table's own font, Helvetica by default, which
        # would put an unembedded font in the PDF.
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.st.body.fontName), *commands])


def _table(data: Sequence[Sequence[Flowable | str]], colWidths: Sequence[float],  # noqa: N803
           **kwargs: Any) -> Table:
    """A Table that splits inside a row only when some row could not fit on a page at all
    (an absurdly long name or description): splitting ordinary rows leaves slivers at page
    ends, while not splitting a huge row makes reportlab give up on the whole document."""
    huge = any(
        isinstance(cell, Flowable) and cell.wrap(width, TEXT_HEIGHT)[1] > TEXT_HEIGHT / 2
        for row in data for cell, width in zip(row, colWidths, strict=True)
    )
    return Table(data, colWidths=colWidths, splitInRow=int(huge), **kwargs)


def _logo(data: bytes) -> Image:
    reader = ImageReader(io.BytesIO(data))  # raises on bytes that are not an image
    width, height = reader.getSize()
    return Image(io.BytesIO(data), width=LOGO_HEIGHT * width / height, height=LOGO_HEIGHT)
