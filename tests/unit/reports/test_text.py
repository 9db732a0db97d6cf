"""Cleaning user text and writing dates and numbers."""

from __future__ import annotations

from datetime import date

import pytest

from familyedu.reports.text import (
    clean_text,
    format_date,
    format_number,
    format_percent,
    join_names,
)


def test_dates_are_written_as_each_language_writes_them() -> None:
    assert format_date(date(2026, 11, 27), "zh_CN") == "2026年11月27日"
    assert format_date(date(2026, 3, 5), "zh_CN") == "2026年3月5日"  # no zero padding
    assert format_date(date(2026, 11, 27), "en") == "27 November 2026"
    assert format_date(None, "en", empty="—") == "—"


@pytest.mark.parametrize(
    ("value", "expected"), [(12.0, "12"), (10.5, "10.5"), (0, "0"), (7.25, "7.2"), (None, "")]
)
def test_numbers_drop_needless_decimals(value: float | None, expected: str) -> None:
    assert format_number(value) == expected


def test_percent_of_nothing_is_the_empty_text() -> None:
    assert format_percent(12, 14) == "86%"
    assert format_percent(0, 0, empty="—") == "—"


def test_names_are_joined_per_language() -> None:
    assert join_names(("张建国", "李梅"), "zh_CN") == "张建国、李梅"
    assert join_names(("A", "B", "C"), "en") == "A, B and C"
    assert join_names(("A", " ", ""), "en") == "A"


def test_control_and_invisible_characters_are_dropped() -> None:
    assert clean_text("张\x00小\u200b明\u200f\ufeff") == "张小明"
    assert clean_text("a\tb\r\nc") == "a b c"
    assert clean_text("line one\n\n  line two ", multiline=True) == "line one\nline two"
    assert clean_text(" \t\n\u00a0 ") == ""
    assert clean_text("\ud800x") == "x"  # a stray surrogate cannot even be encoded


def test_ideographic_space_and_compatibility_ideographs_survive() -> None:
    assert clean_text("王\u3000芳") == "王\u3000芳"
    assert clean_text("\uf900") == "\uf900"  # NFC would have swapped it for U+8C48
    assert clean_text("e\u0301") == "\u00e9"
