"""Found re-checking #13: a letter asked for a period that is not over (the CLI's
--period for the current month, a whole year's statistics) wrote "12月1日至12月31日" on
a letter dated within that month."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from familyedu.errors import ValidationError
from familyedu.models import Attendance, LetterKind, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.services.letters.dto import RegisterQuery
from tests.conftest import World, open_case

TODAY = date(2026, 11, 27)  # the test world's clock


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_period_reaching_past_today_ends_today(world: World) -> None:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 6, 14), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED))
    letters = world.mine.letters
    report = letters.issue(case_id, LetterKind.AUTHORITY, period_start=date(2026, 11, 1),
                           period_end=date(2026, 11, 30))
    assert "2026年11月1日至2026年11月27日" in text_of(report.pdf)
    assert "11月30日" not in text_of(report.pdf)
    row = letters.register(RegisterQuery(case_id=case_id))[0]
    assert (row.period_start, row.period_end) == (date(2026, 11, 1), TODAY)
    with pytest.raises(ValidationError) as caught:
        letters.issue(case_id, LetterKind.GUARDIAN, period_start=date(2026, 12, 1),
                      period_end=date(2026, 12, 31))
    assert caught.value.field == "period_start"
    assert "after today" in caught.value.errors[0].english()

    statistics = world.sup.statistics.statistics(date(2026, 1, 1), date(2026, 12, 31), "zh_CN")
    assert "2026年1月1日至2026年11月27日" in text_of(statistics.pdf)
    stats_row = next(r for r in world.sup.letters.register() if r.id == statistics.id)
    assert stats_row.period_end == TODAY


def test_a_period_is_cut_to_the_days_the_case_was_open(world: World) -> None:
    # Found checking letters against cases: a letter for August on a case opened on
    # 1 September read "现将2026年8月1日至2026年8月31日期间我中心为您的家庭提供家庭教育指导
    # 的情况告知如下", and a report on a case closed on 20 November covered all of November.
    from familyedu.models import ClosureOutcome

    case_id = open_case(world.mine)  # opened on 1 September 2026
    letters = world.mine.letters
    with pytest.raises(ValidationError) as caught:
        letters.issue(case_id, LetterKind.GUARDIAN, period_start=date(2026, 8, 1),
                      period_end=date(2026, 8, 31))
    assert caught.value.field == "period_end"
    assert "before the case was opened" in caught.value.errors[0].english()
    spanning = letters.issue(case_id, LetterKind.GUARDIAN, period_start=date(2026, 8, 15),
                             period_end=date(2026, 9, 30))
    assert "现将2026年9月1日至2026年9月30日期间" in text_of(spanning.pdf)
    row = letters.register(RegisterQuery(case_id=case_id))[0]
    assert (row.period_start, row.period_end) == (date(2026, 9, 1), date(2026, 9, 30))

    view = world.mine.cases.get(case_id)
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                           closed_on=date(2026, 11, 20), note="迁往外省")
    report = letters.issue(case_id, LetterKind.AUTHORITY, period_start=date(2026, 11, 1),
                           period_end=date(2026, 11, 30))
    assert "现将2026年11月1日至2026年11月20日期间" in text_of(report.pdf)
    with pytest.raises(ValidationError, match="after the case was closed"):
        letters.issue(case_id, LetterKind.AUTHORITY, period_start=date(2026, 11, 21),
                      period_end=date(2026, 11, 27))
