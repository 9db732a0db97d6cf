"""GB/T 9704 details read back from the PDFs: page numbers on the outer edges, the date four
characters from the right, a sign-off never alone on its page, blanks wide enough to write in."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.units import mm

from familyedu.reports import FontSet, build_document, load_default_wording
from familyedu.reports.blocks import Composer
from familyedu.reports.layout import LEFT_MARGIN, TEXT_WIDTH, make_styles
from familyedu.reports.samples import authority, guardian, notice

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext (poppler-utils) is not installed")
RIGHT_EDGE = LEFT_MARGIN + TEXT_WIDTH


def words(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, float, str]]]:
    """Per page: (xMin, xMax, word) as pdftotext -bbox reads them."""
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [[(float(a), float(b), w) for a, b, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', page)]
        for page in html.split("<page ")[1:]]


def build(kind: str, data: Any, fonts: FontSet) -> bytes:
    return build_document(kind, data, load_default_wording(kind, data.header.language),
                          fonts=fonts)


def test_page_numbers_on_the_outer_edges_and_the_date_four_characters_in(
        fonts: FontSet, tmp_path: Path) -> None:
    pages = words(build("authority", authority("zh_CN", sessions=30), fonts), tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        digits = [(a, b) for a, b, w in page if w == str(number)]
        a, b = digits[-1]  # the page number is the last thing drawn
        if number % 2:  # odd: right, one 4号 character in
            assert RIGHT_EDGE - 14 - 30 < b < RIGHT_EDGE - 14, (number, b)
        else:
            assert LEFT_MARGIN + 14 < a < LEFT_MARGIN + 14 + 30, (number, a)
    date = next(b for a, b, w in pages[-1] if w.endswith("2026年11月27日"))
    assert abs(RIGHT_EDGE - 4 * 16 - date) < 3


@pytest.mark.parametrize("sessions", range(18, 34, 3))
def test_the_sign_off_never_stands_alone(sessions: int, fonts: FontSet,
                                         tmp_path: Path) -> None:
    pages = words(build("authority", authority("zh_CN", sessions=sessions), fonts), tmp_path)
    last = [w for _a, _b, w in pages[-1]]
    closing = last.index("特此函告。")
    # Above the closing lines, the last page holds the end of the text (a table row).
    assert any("分钟" in w or "出席" in w or "缺席" in w for w in last[:closing]), last


def test_a_notice_sign_off_moves_with_its_last_paragraph(fonts: FontSet, tmp_path: Path) -> None:
    for extra in range(0, 12):
        data = dataclasses.replace(
            notice("en"), missed_dates=notice("en").missed_dates * (1 + 4 * extra))
        pages = words(build("notice", data, fonts), tmp_path)
        text = [[w for _a, _b, w in page] for page in pages]
        page = next(i for i, p in enumerate(text) if "Thank" in p)
        before = text[page][:text[page].index("Thank")]
        assert "Please" in before, (extra, before)  # the paragraph before stays with it


def test_date_blanks_are_wide_enough_to_write_in(fonts: FontSet) -> None:
    for language in ("zh_CN", "en"):
        composer = Composer(make_styles(fonts, language),
                            load_default_wording("authority", language), {})
        blanks = composer._date_blanks()
        ruled = [w for w, cell in zip(blanks._colWidths, blanks._cellvalues[0], strict=True)
                 if not hasattr(cell, "text")]
        assert len(ruled) == 3
        assert min(ruled) >= 12 * mm


def test_the_imprint_closes_the_last_page_at_its_foot(fonts: FontSet, tmp_path: Path) -> None:
    data = notice("zh_CN")
    data = dataclasses.replace(data, header=dataclasses.replace(data.header,
                                                                copy_to="青山县人民检察院"))
    path = tmp_path / "notice.pdf"
    path.write_bytes(build("notice", data, fonts))
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = html.split("<page ")[1:]
    last = pages[-1]
    assert all("抄送" not in page for page in pages[:-1])
    y = {w: float(v) for v, w in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', last)}
    copy_line = next(v for w, v in y.items() if w.startswith("抄送"))
    receipt = next(v for w, v in y.items() if "回执" in w)
    imprint = next(v for w, v in y.items() if w.endswith("印发"))
    block_foot = 297 * mm - (297 * mm - 37 * mm - 225 * mm)  # from the top, in points
    assert receipt < copy_line < imprint < block_foot
    assert block_foot - imprint < 20 * mm  # at the foot, not mid-page


@pytest.mark.parametrize("language", ["zh_CN"])
def test_punctuation_never_hangs_past_the_text_block(language: str, fonts: FontSet,
                                                     tmp_path: Path) -> None:
    """Each shift of the text by one character brings another comma or full stop to a line
    end; none may stand outside the 156 mm block (the previous character moves down)."""
    base = guardian(language)
    for n in range(0, 30):
        summary = "我们" * n + "，孩子的进步很明显。家长的配合，让指导更加顺利；" * 3
        data = dataclasses.replace(base, worked_on=tuple(
            dataclasses.replace(w, summary=summary) for w in base.worked_on))
        for page in words(build("guardian", data, fonts), tmp_path):
            assert max(b for _a, b, _w in page) <= RIGHT_EDGE + 0.5, n
