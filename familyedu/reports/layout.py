"""Page geometry after GB/T 9704-2012, paragraph styles, and the two-pass numbered canvas."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from familyedu.reports.fonts import FontSet, markup
from familyedu.reports.text import ZH

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 28 * mm  # binding edge
TOP_MARGIN = 37 * mm
TEXT_WIDTH = 156 * mm
TEXT_HEIGHT = 225 * mm
BOTTOM_MARGIN = PAGE_HEIGHT - TOP_MARGIN - TEXT_HEIGHT

PAGE_NUMBER_SIZE = 14  # 4号
RED = colors.HexColor("#C8161D")  # the red of Chinese official letterheads
GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one document, by language."""

    fonts: FontSet
    language: str
    body: ParagraphStyle
    plain: ParagraphStyle  # body without first-line indent: salutation, list items
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    org_name: ParagraphStyle
    org_info: ParagraphStyle
    reference: ParagraphStyle
    signature: ParagraphStyle
    sign_label: ParagraphStyle
    receipt_title: ParagraphStyle
    small: ParagraphStyle
    mark: ParagraphStyle


def make_styles(fonts: FontSet, language: str) -> Styles:
    """Chinese: 16 pt body on a 28 pt line (22 lines of 28 characters); English: 11 pt."""
    body_font = fonts.role(language, "body")
    title_font = fonts.role(language, "title")
    heading_font = fonts.role(language, "heading")
    zh = language == ZH
    size = 16 if zh else 11
    leading = 28 if zh else 16
    cell_size = 12 if zh else 9.5
    common: dict[str, Any] = {"wordWrap": "CJK"} if zh else {}
    body = ParagraphStyle(
        "body", fontName=body_font, fontSize=size, leading=leading, alignment=TA_JUSTIFY,
        firstLineIndent=2 * size if zh else 0, spaceAfter=0 if zh else 6, **common)
    cell = ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.35,
                          firstLineIndent=0, spaceAfter=0, alignment=TA_LEFT)
    return Styles(
        fonts=fonts,
        language=language,
        body=body,
        plain=ParagraphStyle("plain", parent=body, firstLineIndent=0),
        title=ParagraphStyle("title", parent=body, fontName=title_font,
                             fontSize=22 if zh else 16, leading=34 if zh else 22,
                             alignment=TA_CENTER, firstLineIndent=0, spaceBefore=6,
                             spaceAfter=18 if zh else 12),
        heading=ParagraphStyle("heading", parent=body, fontName=heading_font,
                               alignment=TA_LEFT, spaceBefore=0 if zh else 8,
                               spaceAfter=0 if zh else 2),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=heading_font,
                                 alignment=TA_CENTER),
        org_name=ParagraphStyle("org_name", parent=body, fontName=title_font,
                                fontSize=26 if zh else 18, leading=34 if zh else 24,
                                alignment=TA_CENTER, firstLineIndent=0, textColor=RED,
                                spaceAfter=2),
        org_info=ParagraphStyle("org_info", parent=cell, fontSize=10 if zh else 8.5,
                                leading=14 if zh else 11, alignment=TA_CENTER, textColor=GREY),
        reference=ParagraphStyle("reference", parent=body, fontSize=14 if zh else 10,
                                 leading=20 if zh else 14, alignment=TA_RIGHT,
                                 firstLineIndent=0, spaceAfter=0),
        signature=ParagraphStyle("signature", parent=body, alignment=TA_CENTER,
                                 firstLineIndent=0, spaceAfter=0),
        sign_label=ParagraphStyle("sign_label", parent=body, fontSize=13 if zh else 10,
                                  leading=18 if zh else 14, firstLineIndent=0, spaceAfter=0,
                                  alignment=TA_LEFT),
        receipt_title=ParagraphStyle("receipt_title", parent=body, fontName=heading_font,
                                     alignment=TA_CENTER, firstLineIndent=0, spaceAfter=4),
        small=ParagraphStyle("small", parent=cell, fontSize=8.5 if zh else 7.5, leading=11,
                             alignment=TA_CENTER, textColor=GREY),
        mark=ParagraphStyle("mark", parent=cell, fontName=heading_font, fontSize=11,
                            leading=14, textColor=RED, alignment=TA_LEFT),
    )


class HeavyParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph drawn filled and stroked.

    The free Song fonts have no bold face, and titles and letterheads are set in heavy Song
    (小标宋) in the documents these letters are filed with.
    """

    stroke_width = 0.55  # at STROKE_SIZE points and above
    STROKE_SIZE = 22

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        # A letterhead name made smaller to fit gets a thinner stroke, or it would smear.
        canv.setLineWidth(self.stroke_width * min(1.0, self.style.fontSize / self.STROKE_SIZE))
        canv.addLiteral("2 Tr")  # text render mode: fill, then stroke
        super().draw()
        canv.restoreState()


def shrink_to_fit(text: str, style: ParagraphStyle, fonts: FontSet, width: float, *,
                  lines: float, smallest: float) -> ParagraphStyle:
    """`style`, or a smaller copy of it, so that `text` takes at most `lines` of the style's
    own lines at `width` (indents included).

    Never below `smallest` points: text too long even then keeps that size and wraps onto
    more lines, so a letterhead stays legible and a huge text still flows onto more pages.
    """
    source = markup(text, style.fontName, fonts)
    room = lines * style.leading + 0.01
    ratio = style.leading / style.fontSize

    def scaled(size: float) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}@{size:g}", parent=style, fontSize=size,
                              leading=size * ratio)

    def fits(candidate: ParagraphStyle) -> bool:
        _w, h = Paragraph(source, candidate).wrap(width, 10 * PAGE_HEIGHT)
        return bool(float(h) <= room)

    if smallest >= style.fontSize or fits(style):
        return style
    floor = scaled(smallest)
    if not fits(floor):
        return floor
    size = style.fontSize - 0.5
    while size > smallest:
        candidate = scaled(size)
        if fits(candidate):
            return candidate
        size -= 0.5
    return floor


@dataclass(frozen=True)
class Furniture:
    """What every page carries, drawn after layout once the page count is known."""

    styles: Styles
    page_footer: Callable[[int, int], str]
    confidentiality: str
    sealed_mark: str
    reference: str


def _draw_text(canv: Canvas, text: str, style: ParagraphStyle, fonts: FontSet,
               at: tuple[float, float], width: float, lines: int = 0) -> float:
    """Draw plain text as a paragraph whose top left is at `at`; return its height.

    With `lines`, the text is made smaller to fit that many lines, and what still does not
    fit is cut off with "…": furniture has only the margin to stand in.
    """
    if lines:
        style = shrink_to_fit(text, style, fonts, width, lines=lines,
                              smallest=min(style.fontSize, 6))
        text = _cut_to_fit(text, style, fonts, width, lines * style.leading + 0.01)
    para = Paragraph(markup(text, style.fontName, fonts), style)
    _w, h = para.wrapOn(canv, width, PAGE_HEIGHT)
    para.drawOn(canv, at[0], at[1] - h)
    return float(h)


def _cut_to_fit(text: str, style: ParagraphStyle, fonts: FontSet, width: float,
                room: float) -> str:
    """The longest beginning of `text` (with "…" when cut) that fits in `room` points."""
    def height(candidate: str) -> float:
        para = Paragraph(markup(candidate, style.fontName, fonts), style)
        return float(para.wrap(width, 10 * PAGE_HEIGHT)[1])

    if height(text) <= room:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits; text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if height(text[:middle] + "…") <= room:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def _draw_furniture(canv: Canvas, furniture: Furniture, page: int, pages: int) -> None:
    st = furniture.styles
    if furniture.sealed_mark:
        # Every page, so a single page taken out of the file still says what it is.
        h = _draw_text(canv, furniture.sealed_mark, st.mark, st.fonts,
                       (LEFT_MARGIN + 4, PAGE_HEIGHT - 16 * mm), TEXT_WIDTH / 2)
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setLineWidth(0.8)
        width = min(TEXT_WIDTH / 2, canv.stringWidth(furniture.sealed_mark, st.mark.fontName,
                                                        st.mark.fontSize) + 8)
        canv.rect(LEFT_MARGIN, PAGE_HEIGHT - 16 * mm - h - 3, width, h + 6)
        canv.restoreState()
    if page > 1 and furniture.reference:
        ref_style = ParagraphStyle("ref_small", parent=st.small, alignment=TA_RIGHT)
        _draw_text(canv, furniture.reference, ref_style, st.fonts,
                   (LEFT_MARGIN, PAGE_HEIGHT - 16 * mm), TEXT_WIDTH, lines=2)
    # GB/T 9704 §7.5: 4号 (14 pt) half-width digits 7 mm below the block, on the outer
    # edge of the sheet (odd pages right, even pages left), one character in.
    odd = page % 2 == 1
    page_style = ParagraphStyle("page_no", parent=st.small, fontSize=PAGE_NUMBER_SIZE,
                                leading=PAGE_NUMBER_SIZE + 2, textColor=colors.black,
                                alignment=TA_RIGHT if odd else TA_LEFT,
                                rightIndent=PAGE_NUMBER_SIZE if odd else 0,
                                leftIndent=0 if odd else PAGE_NUMBER_SIZE)
    _draw_text(canv, furniture.page_footer(page, pages), page_style, st.fonts,
               (LEFT_MARGIN, BOTTOM_MARGIN - 7 * mm), TEXT_WIDTH)
    if furniture.confidentiality:
        _draw_text(canv, furniture.confidentiality, st.small, st.fonts,
                   (LEFT_MARGIN, BOTTOM_MARGIN - 14 * mm), TEXT_WIDTH)


def _numbered_canvas(furniture: Furniture, issued_on: date) -> Callable[..., Canvas]:
    stamp = f"D:{issued_on:%Y%m%d}000000+08'00'"

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds pages back until the end, so each can say "page 1 of N"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # The document's own date, not the clock: the same data gives the same bytes.
            self.setDateFormatter(lambda *_parts: stamp)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@dataclass(frozen=True)
class PdfMeta:
    """Document information; no personal data, since file managers show it."""

    title: str
    author: str
    subject: str
    issued_on: date
    language: str


class LetterStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Marks where a letter of a combined file begins: its pages get its own furniture."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.letter_index = self.index


def _combined_canvas(furnitures: Sequence[Furniture], issued_on: date,
                     pad_even: bool) -> Callable[..., Canvas]:
    stamp = f"D:{issued_on:%Y%m%d}000000+08'00'"

    class CombinedCanvas(Canvas):  # type: ignore[misc]
        """Numbers each letter's pages on their own ("— 1 —" again for the next letter) and
        adds a blank page after a letter with an odd number of pages, so each letter of a
        duplex print starts on a fresh sheet."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.letter_index = 0
            self.setDateFormatter(lambda *_parts: stamp)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            counts: dict[int, int] = {}
            for state in self._pages:
                counts[state["letter_index"]] = counts.get(state["letter_index"], 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                index = state["letter_index"]
                seen[index] = seen.get(index, 0) + 1
                self.__dict__.update(state)
                _draw_furniture(self, furnitures[index], seen[index], counts[index])
                Canvas.showPage(self)
                if pad_even and seen[index] == counts[index] and counts[index] % 2:
                    Canvas.showPage(self)  # the back of the last sheet stays blank
            Canvas.save(self)

    return CombinedCanvas


def render_combined(stories: Sequence[Sequence[Flowable]], furnitures: Sequence[Furniture],
                    meta: PdfMeta, *, pad_even: bool = True) -> bytes:
    """Several documents in one PDF: each starts on a new page (on a new sheet with
    `pad_even`), has its own page numbers, and all share one subset of each font."""
    flow: list[Flowable] = []
    for index, story in enumerate(stories):
        if index:
            flow.append(PageBreak())
        flow += [LetterStart(index), *story]
    return _render(flow, furnitures[0], meta,
                   _combined_canvas(furnitures, meta.issued_on, pad_even))


def render_pdf(story: Sequence[Flowable], furniture: Furniture, meta: PdfMeta) -> bytes:
    """Lay out the story on A4 with GB/T 9704 margins and return the PDF bytes."""
    return _render(story, furniture, meta, _numbered_canvas(furniture, meta.issued_on))


def _render(story: Sequence[Flowable], furniture: Furniture, meta: PdfMeta,
            canvasmaker: Callable[..., Canvas]) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, invariant=1, title=meta.title, author=meta.author,
        subject=meta.subject, creator="familyedu", producer="familyedu",
        lang="zh-CN" if meta.language == ZH else "en",
        initialFontName=furniture.styles.body.fontName,
        leftMargin=LEFT_MARGIN, topMargin=TOP_MARGIN,
        rightMargin=PAGE_WIDTH - LEFT_MARGIN - TEXT_WIDTH, bottomMargin=BOTTOM_MARGIN,
    )
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()
