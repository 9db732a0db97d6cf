"""Built documents: what a reader of the printed letter would check."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from familyedu.reports import (
    KINDS,
    FontSet,
    SharedSummary,
    TemplateError,
    UnprintableCharacters,
    build_document,
    data_from_dict,
    default_wording_text,
    load_default_wording,
    parse_wording,
)
from familyedu.reports.samples import authority, guardian, sample_data
from tests.unit.reports.conftest import pdf_text, squash

ReadText = Callable[[bytes], str]


def build(kind: str, data: Any, fonts: FontSet) -> bytes:
    return build_document(kind, data, load_default_wording(kind, data.header.language),
                          fonts=fonts)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_document_builds_with_embedded_fonts(kind: str, language: str,
                                                   fonts: FontSet) -> None:
    pdf = build(kind, sample_data(kind, language), fonts)
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for name, font in resources["/Font"].items():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None, name
            assert "/FontFile2" in descriptor, name
    assert reader.metadata is not None
    created = reader.metadata.creation_date
    assert created is not None
    assert created.date() == date(2026, 11, 27)


def test_guardian_letter_says_what_the_family_needs_to_know(fonts: FontSet,
                                                           read_text: ReadText) -> None:
    data = guardian("zh_CN")
    text = read_text(build("guardian", data, fonts))
    for expected in ("家庭教育指导情况告知书", "青山县家庭教育指导中心", "青家指〔2026〕12号",
                     "张建国、李梅家长：", "2026年9月1日至2026年11月20日", "开展指导8次",
                     "累计10.5小时", "未按约参加1次", "进展良好", "已经达成", "刚刚起步",
                     "2026年12月4日14:30", "2026年11月27日", "—1—", "—2—",
                     "王丽华", data.worked_on[0].summary):
        assert squash(expected) in text, expected


def test_english_letter_uses_english_dates_and_page_numbers(fonts: FontSet,
                                                           read_text: ReadText) -> None:
    text = read_text(build("guardian", guardian("en"), fonts))
    for expected in ("27 November 2026", "1 September 2026", "Page 1 of 2", "Zhang Xiaoming",
                     "Good progress", "10.5 hours"):
        assert squash(expected) in text, expected


def test_only_shareable_summaries_reach_the_letter(fonts: FontSet) -> None:
    # The input has no private-notes field at all; what is printed is what was passed.
    data = dataclasses.replace(guardian("zh_CN"), worked_on=(
        SharedSummary(date(2026, 10, 9), "家访", "可以告知家长的小结：作息改善。"),))
    text = squash("".join(pdf_text(build("guardian", data, fonts))))
    assert "可以告知家长的小结：作息改善。" in text
    assert "讨论了孩子近期的作息" not in text  # the sample's own summary is gone


def test_authority_report_states_the_order_and_the_hours(fonts: FontSet,
                                                         read_text: ReadText) -> None:
    text = read_text(build("authority", authority("zh_CN"), fonts))
    for expected in ("青检未督〔2026〕7号", "督促监护令", "要求完成指导16次、20小时",
                     "已参加指导12次，累计15.5小时", "出勤率86%", "2026年12月31日",
                     "承办指导师（签名）：", "四、指导记录明细", "120分钟"):
        assert squash(expected) in text, expected


def test_long_session_table_runs_over_pages_with_numbers(fonts: FontSet) -> None:
    data = authority("zh_CN", sessions=80)
    pdf = build("authority", data, fonts)
    pages = [squash(t) for t in pdf_text(pdf)]
    total = len(pages)
    assert total > 2
    for number, text in enumerate(pages, start=1):
        assert f"—{number}—" in text
    # The header row repeats on every page the table continues onto.
    table_pages = [t for t in pages if "2026年" in t and "分钟" in t]
    assert sum("序号日期方式时长出勤情况" in t for t in table_pages) >= 2
    for i in (1, 40, 80):
        held_on = data.sessions[i - 1].held_on
        assert f"{i}{held_on.year}年{held_on.month}月{held_on.day}日" in "".join(pages)


def test_sealed_record_is_marked_on_every_page(fonts: FontSet) -> None:
    data = authority("zh_CN", sessions=60)
    sealed = dataclasses.replace(data, header=dataclasses.replace(data.header, sealed=True))
    pages = pdf_text(build("authority", sealed, fonts))
    assert len(pages) > 1
    assert all("密·封存案件" in squash(p) for p in pages)
    assert all("密·封存案件" not in squash(p) for p in pdf_text(build("authority", data, fonts)))


def test_same_data_gives_the_same_bytes(fonts: FontSet) -> None:
    first = build("authority", authority("zh_CN"), fonts)
    assert build("authority", authority("zh_CN"), fonts) == first
    # A reprint from the register's snapshot is the same document.
    snapshot = authority("zh_CN").to_dict()
    assert build("authority", data_from_dict("authority", snapshot), fonts) == first


def test_logo_is_placed_in_the_letterhead(fonts: FontSet) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 22, 29)).save(buffer, "PNG")
    data = guardian("zh_CN")
    data = dataclasses.replace(data, center=dataclasses.replace(data.center,
                                                                logo=buffer.getvalue()))
    page = PdfReader(io.BytesIO(build("guardian", data, fonts))).pages[0]
    resources: Any = page["/Resources"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in resources["/XObject"].values())


def test_rare_characters_print_and_can_be_searched(fonts: FontSet,
                                                   read_text: ReadText) -> None:
    data = dataclasses.replace(guardian("zh_CN"), minor_name="张𠀀䶮𪚥")
    assert "张𠀀䶮𪚥" in read_text(build("guardian", data, fonts))


def test_unprintable_character_is_refused_naming_the_field(fonts: FontSet) -> None:
    data = guardian("zh_CN")
    goals = (data.goals[0], dataclasses.replace(data.goals[1], description="按时\U0010fffd到校"))
    bad = dataclasses.replace(data, minor_name="张\U0010fffd", goals=goals)
    with pytest.raises(UnprintableCharacters) as info:
        build("guardian", bad, fonts)
    assert info.value.fields == ["minor_name", "goals[1].description"]
    assert info.value.missing[0].codepoint == "U+10FFFD"


def test_unprintable_character_in_edited_wording_is_refused(fonts: FontSet) -> None:
    text = default_wording_text("notice", "zh_CN").replace(
        'title = "督促履行通知书"', 'title = "督促履行通知书\U0010fffd"')
    with pytest.raises(UnprintableCharacters) as info:
        build_document("notice", sample_data("notice"), parse_wording(text), fonts=fonts)
    assert info.value.fields == ["wording.title"]


def test_edited_wording_is_used_and_a_bad_one_is_refused(fonts: FontSet,
                                                         read_text: ReadText) -> None:
    text = default_wording_text("notice", "zh_CN").replace(
        'closing = ["', 'closing = ["请{guardian_names}按时参加。')
    pdf = build_document("notice", sample_data("notice"), parse_wording(text), fonts=fonts)
    assert "请张建国按时参加。" in read_text(pdf)
    with pytest.raises(TemplateError) as info:
        parse_wording(text.replace("{guardian_names}", "{guardian_name}"))
    assert info.value.placeholder == "guardian_name"


def test_mismatched_inputs_are_refused(fonts: FontSet) -> None:
    with pytest.raises(TypeError):
        build_document("guardian", authority(), load_default_wording("guardian", "zh_CN"))
    with pytest.raises(ValueError, match="wording"):
        build_document("guardian", guardian("zh_CN"), load_default_wording("guardian", "en"))
    with pytest.raises(ValueError, match="kind"):
        build_document("letter", guardian(), load_default_wording("guardian", "zh_CN"))


def test_empty_and_whitespace_fields_still_build(fonts: FontSet, read_text: ReadText) -> None:
    data = dataclasses.replace(guardian("zh_CN"), minor_name=" \t", guardian_names=("", "\n"),
                               worked_on=(), goals=(), next_steps=(), next_appointment=None,
                               counselor_name="", counselor_phone="")
    text = read_text(build("guardian", data, fonts))
    assert "本期暂无可告知的指导内容。" in text
    assert "下次指导时间另行通知。" in text


def test_default_fonts_are_used_when_none_are_chosen(read_text: ReadText) -> None:
    # Whatever this machine has (Windows fonts, Hanazono B), the bundled ones always work.
    pdf = build_document("notice", sample_data("notice"), load_default_wording("notice", "zh_CN"))
    assert "督促履行通知书" in read_text(pdf)
