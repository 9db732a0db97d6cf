"""The combined file of a batch: each letter as issued, a blank back after an odd-length
letter (duplex printing), the fonts embedded once for all letters; shares that add up."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader

from familyedu.reports import (
    CountLine,
    FontSet,
    build_combined,
    build_document,
    load_default_wording,
)
from familyedu.reports.samples import authority, guardian, notice, statistics
from familyedu.reports.text import shares
from tests.unit.reports.conftest import pdf_text

ReadText = Callable[[bytes], str]


def documents() -> list[tuple[str, Any, Any]]:
    return [(kind, data, load_default_wording(kind, data.header.language))
            for kind, data in (("authority", authority()), ("guardian", guardian()),
                               ("notice", notice("en")))]


def font_files(pdf: bytes) -> set[int]:
    """The embedded font programs (indirect object numbers) the pages use."""
    found: set[int] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    found.add(descriptor.get_object().raw_get("/FontFile2").idnum)
    return found


def test_each_letter_starts_on_a_new_sheet_with_its_own_page_numbers(fonts: FontSet) -> None:
    docs = documents()
    singles = [pdf_text(build_document(k, d, w, fonts=fonts)) for k, d, w in docs]
    assert [len(s) % 2 for s in singles[:2]] == [1, 0]  # an odd-length letter first
    combined = pdf_text(build_combined(docs, fonts=fonts))
    expected: list[str] = []
    for pages in singles:
        expected += pages + ([""] * (len(pages) % 2))
    assert [p.strip() for p in combined] == [p.strip() for p in expected]
    unpadded = pdf_text(build_combined(docs, fonts=fonts, pad_even=False))
    assert unpadded == [p for pages in singles for p in pages]


def test_fonts_are_embedded_once_for_all_letters(fonts: FontSet) -> None:
    docs = documents() * 4
    combined = build_combined(docs, fonts=fonts)
    one = build_document(*docs[0], fonts=fonts)
    assert len(font_files(combined)) <= len(font_files(one)) + 2  # + the English ones
    singles = sum(len(build_document(k, d, w, fonts=fonts)) for k, d, w in docs)
    assert len(combined) < singles / 3


def test_statistics_shares_add_up_to_the_total(fonts: FontSet, read_text: ReadText) -> None:
    assert shares([1, 1, 1]) == [34, 33, 33]
    assert shares([2, 1]) == [67, 33]
    assert shares([0, 0]) == [0, 0]
    thirds = (CountLine("甲", 1), CountLine("乙", 1), CountLine("丙", 1))
    data = dataclasses.replace(statistics(), by_situation=thirds)
    text = read_text(build_document("statistics", data, load_default_wording(
        "statistics", "zh_CN"), fonts=fonts))
    assert "甲134%乙133%丙133%合计3100%" in text
