"""Sentences that read right whatever an order sets: only the parts that exist are written."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from familyedu.reports import FontSet, SessionLine, build_document, load_default_wording
from familyedu.reports.documents.common import amounts, order_number, remaining_amounts
from familyedu.reports.samples import authority, completion, notice

ReadText = Callable[[bytes], str]


def build(kind: str, data: Any, fonts: FontSet) -> bytes:
    return build_document(kind, data, load_default_wording(kind, data.header.language),
                          fonts=fonts)


@pytest.mark.parametrize(("sessions", "hours", "zh", "en"), [
    (16, 20.0, "要求完成指导16次、20小时", "requires16sessionsand20hoursofguidance"),
    (None, 20.0, "要求完成指导20小时，", "requires20hoursofguidance"),
    (16, None, "要求完成指导16次，", "requires16sessionsofguidance"),
])
def test_authority_names_only_what_the_order_requires(
        sessions: int | None, hours: float | None, zh: str, en: str, fonts: FontSet,
        read_text: ReadText) -> None:
    for language, expected in (("zh_CN", zh), ("en", en)):
        data = dataclasses.replace(authority(language), sessions_required=sessions,
                                   hours_required=hours)
        text = read_text(build("authority", data, fonts))
        assert expected in text
        assert "未作规定" not in text
        assert "notspecified" not in text


def test_completion_and_notice_name_only_what_the_order_requires(
        fonts: FontSet, read_text: ReadText) -> None:
    by_sessions = dataclasses.replace(completion(), hours_required=None, sessions_required=16)
    text = read_text(build("completion", by_sessions, fonts))
    assert "督促监护令要求完成指导16次。" in text
    assert "未作规定" not in text
    voluntary = dataclasses.replace(completion(), order_type="", order_number="",
                                    hours_required=None)
    text = read_text(build("completion", voluntary, fonts))
    assert "要求" not in text  # no order, no sentence about one
    assert "本案共开展指导16次，累计20.5小时" in text

    sessions_only = dataclasses.replace(notice(), hours_required=None, sessions_required=12,
                                        sessions_done=5)
    text = read_text(build("notice", sessions_only, fonts))
    assert "完成家庭教育指导12次。截至目前，您已完成5次，尚余7次。" in text
    assert "未作规定" not in text
    assert "小时" not in text
    english = dataclasses.replace(notice("en"), sessions_required=10, sessions_done=10)
    text = read_text(build("notice", english, fonts))
    assert "complete10sessionsand20hoursof" in text
    assert "Youhavecompleted10sessionsand6hours;stilltocomplete:14hours." in text


@pytest.mark.parametrize("stage", ["reminder", "non_compliance"])
def test_a_notice_without_missed_sessions_leaves_the_sentence_out(
        stage: str, fonts: FontSet, read_text: ReadText) -> None:
    data = dataclasses.replace(notice(stage=stage), sessions_missed=0, missed_dates=())
    text = read_text(build("notice", data, fonts))
    assert "未按约参加" not in text
    assert "共0次" not in text
    assert "2026年12月31日前完成家庭教育指导20小时" in text
    missed = read_text(build("notice", notice(stage=stage), fonts))
    assert "您未按约参加2026年10月16日、2026年11月6日的指导（共2次）。" in missed
    english = dataclasses.replace(notice("en", stage), sessions_missed=0, missed_dates=())
    assert "didnotattend" not in read_text(build("notice", english, fonts))


def test_a_session_that_did_not_take_place_has_a_dash_for_its_length(
        fonts: FontSet, read_text: ReadText) -> None:
    rows = (SessionLine(date(2026, 10, 9), "中心面谈", 90, "出席"),
            SessionLine(date(2026, 10, 16), "中心面谈", 0, "缺席"))
    text = read_text(build("authority", dataclasses.replace(authority(), sessions=rows),
                           fonts))
    assert "2026年10月9日中心面谈90分钟出席" in text
    assert "2026年10月16日中心面谈—缺席" in text
    assert "面谈0分钟" not in text


@pytest.mark.parametrize("kind", ["authority", "completion", "notice"])
def test_an_order_number_holding_its_type_prints_the_type_once(
        kind: str, fonts: FontSet, read_text: ReadText) -> None:
    maker = {"authority": authority, "completion": completion, "notice": notice}[kind]
    plain = maker()
    typed = dataclasses.replace(plain, order_number=plain.order_number + plain.order_type)
    text = read_text(build(kind, typed, fonts))
    assert f"编号为{plain.order_number}的{plain.order_type}" in text
    assert plain.order_type + "的" + plain.order_type not in text
    assert "号" + plain.order_type + "的" not in text


def test_amount_phrases() -> None:
    assert amounts(16, 20.0, "zh_CN") == "16次、20小时"
    assert amounts(None, 1.0, "en") == "1 hour"
    assert amounts(1, None, "en") == "1 session"
    assert amounts(None, None, "zh_CN") == ""
    assert remaining_amounts((16, 20.0), (16, 12.5), "zh_CN") == "7.5小时"
    assert remaining_amounts((None, 20.0), (3, 25.0), "zh_CN") == "0小时"
    assert order_number("（2026）黔0121民初141号家庭教育指导令", "家庭教育指导令") == \
        "（2026）黔0121民初141号"
    assert order_number("家庭教育指导令：（2026）黔0121民初141号", "家庭教育指导令") == \
        "（2026）黔0121民初141号"
    assert order_number("开检未督〔2024〕384号", "督促监护令") == "开检未督〔2024〕384号"
