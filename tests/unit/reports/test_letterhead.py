"""Long names in the letterhead and the signature block: set smaller, never a hang."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from reportlab.platypus import KeepTogether, Paragraph

from familyedu.reports import FontSet, build_document, load_default_wording
from familyedu.reports.blocks import NAME_SMALLEST, Composer
from familyedu.reports.documents import DOCUMENTS
from familyedu.reports.fonts import ensure_registered
from familyedu.reports.layout import TEXT_WIDTH, _cut_to_fit, make_styles, shrink_to_fit
from familyedu.reports.samples import sample_data
from tests.unit.reports.conftest import pdf_text, squash

ReadText = Callable[[bytes], str]


@pytest.fixture(autouse=True)
def registered(fonts: FontSet) -> None:
    ensure_registered(fonts)  # build_document does this; the blocks are used directly here


def composer(fonts: FontSet, language: str, name: str) -> tuple[Composer, object]:
    data = sample_data("guardian", language)
    data = dataclasses.replace(data, center=dataclasses.replace(data.center, name=name))
    wording = load_default_wording("guardian", language)
    context = DOCUMENTS["guardian"].context(data, wording)
    return Composer(make_styles(fonts, language), wording, context), data


def lines(para: Paragraph, width: float = TEXT_WIDTH) -> float:
    _w, h = para.wrap(width, 10_000)
    return float(h) / para.style.leading


@pytest.mark.parametrize(("length", "size"), [(10, 26), (34, 26), (40, 22.0)])
def test_a_name_keeps_the_usual_size_until_it_needs_more_than_two_lines(
        fonts: FontSet, length: int, size: float) -> None:
    c, data = composer(fonts, "zh_CN", "张" * length)
    name = c.letterhead(data.center, data.header)[0]  # type: ignore[attr-defined]
    assert isinstance(name, Paragraph)
    assert name.style.fontSize == size
    assert lines(name) <= 2


def test_a_very_long_name_is_set_no_smaller_than_the_floor(fonts: FontSet) -> None:
    c, data = composer(fonts, "zh_CN", "张" * 250)
    name = c.letterhead(data.center, data.header)[0]  # type: ignore[attr-defined]
    assert name.style.fontSize == NAME_SMALLEST[True]
    assert name.style.textColor == c.st.org_name.textColor  # still the red letterhead
    c, data = composer(fonts, "zh_CN", "张" * 120)
    name = c.letterhead(data.center, data.header)[0]  # type: ignore[attr-defined]
    assert NAME_SMALLEST[True] < name.style.fontSize < c.st.org_name.fontSize
    assert name.wrap(TEXT_WIDTH, 10_000)[1] <= 2 * c.st.org_name.leading + 0.01


def test_shrink_to_fit_leaves_short_text_alone(fonts: FontSet) -> None:
    st = make_styles(fonts, "en")
    assert shrink_to_fit("Short", st.org_name, fonts, TEXT_WIDTH, lines=1, smallest=9) \
        is st.org_name
    assert shrink_to_fit("x" * 5000, st.org_name, fonts, TEXT_WIDTH, lines=1,
                         smallest=9).fontSize == 9
    assert shrink_to_fit("x" * 5000, st.org_name, fonts, TEXT_WIDTH, lines=1,
                         smallest=40) is st.org_name  # a floor above the size changes nothing


def test_the_running_reference_is_cut_to_the_margin(fonts: FontSet) -> None:
    st = make_styles(fonts, "zh_CN")
    short = "青家指〔2026〕12号"
    assert _cut_to_fit(short, st.small, fonts, TEXT_WIDTH, st.small.leading) == short
    cut = _cut_to_fit("号" * 2000, st.small, fonts, TEXT_WIDTH, 2 * st.small.leading)
    assert cut.endswith("…")
    assert 50 < len(cut) < 2000


def test_the_issuer_block_has_no_table_and_keeps_name_and_date_together(
        fonts: FontSet) -> None:
    c, data = composer(fonts, "zh_CN", "张" * 250)
    block = c.issuer_block(data.header.issued_on)  # type: ignore[attr-defined]
    assert isinstance(block, KeepTogether)
    issuer, when = block._content[-2:]
    assert isinstance(issuer, Paragraph)
    assert isinstance(when, Paragraph)
    assert issuer.style.leftIndent == when.style.leftIndent  # the date centred under it


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_letter_from_a_center_with_a_250_character_name(
        fonts: FontSet, language: str) -> None:
    name = "张" * 250 if language == "zh_CN" else ("Wordy " * 42)[:250]
    _c, data = composer(fonts, language, name)
    pdf = build_document("guardian", data, load_default_wording("guardian", language),
                         fonts=fonts)
    pages = [squash(p) for p in pdf_text(pdf)]
    title = squash(load_default_wording("guardian", language).text("title"))
    first = pages[0]
    # Name, reference and title all on the first page, in that order.
    assert first.index(squash(name)) < first.index(squash(data.header.reference)) \
        < first.index(title)  # type: ignore[attr-defined]
    # The issuer is the name again, at the end, with the date under it on the same page.
    last = pages[-1]
    assert squash(name) in last
    assert last.index(squash(name)) < last.index(
        "2026年11月27日" if language == "zh_CN" else "27November2026")
