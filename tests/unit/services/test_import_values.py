"""Dates, numbers and headers as centers type them (#17); no database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from familyedu.errors import ValidationError
from familyedu.services.casework.importing.columns import field_for, find_header_row
from familyedu.services.casework.importing.values import (
    name_of,
    parse_date,
    parse_number,
    plain_text,
)


@pytest.mark.parametrize("typed", [
    datetime(2015, 3, 7), date(2015, 3, 7), 42070, "42070", "2015-03-07", "2015/3/7",
    "2015.3.7", "2015年3月7日", " 2015 年 3 月 7 日 ", "２０１５－０３－０７", "20150307",
    "2015-03-07 00:00:00",
])
def test_dates_typed_every_way(typed: object) -> None:
    assert parse_date("date_of_birth", typed) == date(2015, 3, 7)


@pytest.mark.parametrize("typed", ["2015-02-30", "明天", "2015", 2015, "3/7/2015"])
def test_what_is_not_a_date_names_the_field(typed: object) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_date("order_due_on", typed)
    assert refused.value.field == "order_due_on"


def test_numbers_names_and_headers() -> None:
    assert parse_number("order_hours_required", "２０ 小时") == 20.0
    assert parse_number("order_hours_required", "1.5h") == 1.5
    assert parse_number("order_hours_required", "") is None
    with pytest.raises(ValidationError):
        parse_number("order_hours_required", "二十")
    assert name_of(" 王　小 红 ") == "王小红"
    assert name_of("Ahmed  Ali") == "Ahmed Ali"
    assert field_for("要求时长(小时)") == field_for("要求时长（小时）") == "order_hours_required"
    assert field_for("身份证号码") == field_for("身份证号") == "resident_id"
    assert field_for("手机") == field_for("联系电话") == "guardian_phone"
    rows = [["某县台账"], [], ["序号", "学生姓名", "出生日期", "现住址"], ["1", "王小红"]]
    assert find_header_row(rows) == 2


def test_free_text_keeps_its_chinese_punctuation() -> None:
    """A document number or an address keeps （）〔〕：as typed; only full-width digits and
    letters are made plain (NFKC had turned （2026） into (2026))."""
    assert plain_text(" （２０２６）黔0101家令１号 ") == "（2026）黔0101家令1号"
    assert plain_text("某县城关镇　幸福路（东段）Ａ座") == "某县城关镇 幸福路（东段）A座"
    assert plain_text("黔某检督令〔2026〕3号") == "黔某检督令〔2026〕3号"
    assert plain_text(None) == ""
    assert plain_text(12.0) == "12"
