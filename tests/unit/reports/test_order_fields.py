"""Orders saved without an issue date or a document number: the letters leave the clause out.

Every kind of document is built with and without the order's number and date, in both
languages, and the text read back must have no empty brackets, no "编号为的", no "于未作规定",
no "numbered ," and no "issued on to".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

import pytest

from familyedu.reports import KINDS, FontSet, build_document, load_default_wording
from familyedu.reports.documents.common import (
    deadline_by,
    deadline_clause,
    issued_when,
    order_name,
)
from familyedu.reports.samples import sample_data
from tests.unit.reports.conftest import pdf_text

ReadText = Callable[[bytes], str]

# What a sentence looks like when a blank was printed where a clause should have gone.
DANGLING = re.compile("|".join([
    r"（\s*）", r"\(\s*\)", r"〔\s*〕", r"\[\s*\]", r"“\s*”", r"【\s*】",
    r"编号为\s*的", r"编号为\s*[，。]", r"于\s*(向|发出|未作规定)", r"贵单位\s*于\s*向",
    r"\bnumbered\s*[,.]", r"\bissued\s+on\s+(to|not)\b", r"\bissued\s+,", r"\bon\s+to\b",
    r"\s[,.;:]", r"号\s*的\s*的",
]))

ORDER_KINDS = ("authority", "completion", "notice")
NUMBER_AND_DATE = [(True, True), (True, False), (False, True), (False, False)]


def build(kind: str, data: Any, fonts: FontSet) -> bytes:
    return build_document(kind, data, load_default_wording(kind, data.header.language),
                          fonts=fonts)


def without(data: Any, number: bool, issued: bool) -> Any:
    """The sample with the order's number and/or issue date left empty, where it has them."""
    changes: dict[str, Any] = {}
    if not number and hasattr(data, "order_number"):
        changes["order_number"] = ""
    if not issued and hasattr(data, "order_issued_on"):
        changes["order_issued_on"] = None
    return dataclasses.replace(data, **changes)


def plain_text(pdf: bytes, language: str) -> str:
    """Chinese without whitespace (lines break anywhere); English with each run of whitespace
    as one space."""
    return ("" if language == "zh_CN" else " ").join(" ".join(pdf_text(pdf)).split())


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize(("number", "issued"), NUMBER_AND_DATE)
@pytest.mark.parametrize("kind", KINDS)
def test_no_empty_brackets_or_dangling_words(kind: str, language: str, number: bool,
                                             issued: bool, fonts: FontSet) -> None:
    data = without(sample_data(kind, language), number, issued)
    text = plain_text(build(kind, data, fonts), language)
    assert DANGLING.search(text) is None, DANGLING.search(text)
    assert "未作规定" not in text  # every sample order sets its deadline and requirement
    assert "not specified" not in text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize(("number", "issued"), NUMBER_AND_DATE)
@pytest.mark.parametrize("kind", ORDER_KINDS)
def test_the_order_is_named_by_what_is_on_record(kind: str, language: str, number: bool,
                                                 issued: bool, fonts: FontSet,
                                                 read_text: ReadText) -> None:
    sample = sample_data(kind, language)
    data = without(sample, number, issued)
    text = read_text(build(kind, data, fonts))
    squashed_number = "".join(sample.order_number.split())
    assert (squashed_number in text) is number
    kind_name = "".join(sample.order_type.split())
    if language == "zh_CN":
        named = f"编号为{squashed_number}的{kind_name}" if number else kind_name
        lead = {"authority": "发出的", "completion": "根据", "notice": "根据"}[kind]
        after = {"authority": "已收悉", "completion": "的要求", "notice": "，您应在"}[kind]
        assert lead + named + after in text
    else:
        named = f"{kind_name}numbered{squashed_number}" if number else kind_name
        assert f"the{named}," in text
    if kind == "authority":
        date_zh, date_en = "于2026年2月20日", "on20February2026"
        assert sample.order_issued_on is not None
        if language == "zh_CN":
            assert (f"贵单位{date_zh}向监护人" in text) is issued
            assert ("贵单位向监护人" in text) is not issued
        else:
            assert (f"issued{date_en}toZhang" in text) is issued
            assert ("issuedtoZhang" in text) is not issued


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_completion_report_for_an_order_without_number_still_speaks_of_the_order(
        language: str, fonts: FontSet, read_text: ReadText) -> None:
    data = without(sample_data("completion", language), number=False, issued=False)
    text = read_text(build("completion", data, fonts))
    if language == "zh_CN":
        assert "根据督促监护令的要求，我中心" in text
        assert "为张小明的家庭提供了家庭教育指导" not in text  # the voluntary wording
    else:
        assert "Undertheguardianshipsupervisionorder,ourcenter" in text


def test_order_phrases() -> None:
    assert order_name("开检未督〔2024〕384号", "督促监护令", "zh_CN") == \
        "编号为开检未督〔2024〕384号的督促监护令"
    assert order_name("  ", "督促监护令", "zh_CN") == "督促监护令"
    assert order_name("督促监护令", "督促监护令", "zh_CN") == "督促监护令"
    assert order_name("QJW [2026] 7", "guardianship supervision order", "en") == \
        "guardianship supervision order numbered QJW [2026] 7"
    assert order_name("", "order", "en") == "order"
    assert issued_when(None, "zh_CN") == ""
    assert issued_when(sample_data("authority", "en").order_issued_on, "en") == \
        "on 20 February 2026"


DEADLINE_KINDS = ("authority", "notice")
NO_DEADLINE = {"zh_CN": {"authority": "未规定期限", "notice": "尽快"},
               "en": {"authority": "with no deadline set", "notice": "as soon as possible"}}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", DEADLINE_KINDS)
def test_an_order_without_a_deadline_reads_naturally(kind: str, language: str,
                                                     fonts: FontSet) -> None:
    sample = sample_data(kind, language)
    assert sample.deadline is not None
    dated = plain_text(build(kind, sample, fonts), language)
    undated = plain_text(build(kind, dataclasses.replace(sample, deadline=None), fonts),
                         language)
    assert NO_DEADLINE[language][kind] not in dated
    assert NO_DEADLINE[language][kind] in undated
    for text in (dated, undated):
        assert "期限至未作规定" not in text
        assert "在未作规定前" not in text
        assert "by not specified" not in text
        assert DANGLING.search(text) is None, DANGLING.search(text)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_deadline_phrases(language: str) -> None:
    from datetime import date

    day = date(2027, 2, 28)
    if language == "zh_CN":
        assert deadline_clause(day, language) == "，期限至2027年2月28日"
        assert deadline_by(day, language) == "在2027年2月28日前"
    else:
        assert deadline_clause(day, language) == " by 28 February 2027"
        assert deadline_by(day, language) == " by 28 February 2027"
