"""No issued letter contradicts its case: preconditions per kind, figures as of the day of
issue, re-issue as a decision, and the center's phone and address on every letter."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from familyedu.errors import ValidationError
from familyedu.models import Attendance, Center, ClosureOutcome, Letter, LetterKind, SessionMode
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import SessionInput
from familyedu.services.letters.service import ReissueNeeded
from tests.conftest import (
    CHEAP_KDF,
    World,
    court_order,
    guardian_inputs,
    minor_input,
    open_case,
)

TODAY = date(2026, 11, 27)  # the test world's clock
OPENED = date(2026, 9, 1)


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def snapshot(world: World, reference: str) -> dict[str, Any]:
    with world.db.read() as s:
        row = s.scalar(select(Letter.snapshot).where(Letter.reference == reference))
    assert row is not None
    data: dict[str, Any] = json.loads(row)["data"]
    return data


session_st = st.tuples(st.integers(0, (TODAY - OPENED).days - 1),  # day after opening
                       st.sampled_from([30, 45, 60, 90, 120]), st.booleans())
case_st = st.fixed_dictionaries({
    "hours": st.one_of(st.none(), st.sampled_from([0.5, 1.0, 2.0, 3.5, 6.0])),
    "sessions": st.one_of(st.none(), st.integers(1, 5)),
    "due": st.sampled_from([date(2026, 10, 31), date(2027, 2, 28)]),
    "held": st.lists(session_st, max_size=6),
    "closed": st.booleans(),
    "stages": st.lists(st.sampled_from([None, "reminder", "non_compliance"]), max_size=2),
})


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(case=case_st)
def test_no_issued_letter_contradicts_its_case(world: World, case: dict[str, Any]) -> None:
    hours_required = case["hours"] if case["hours"] or case["sessions"] else 1.0
    case_id = world.mine.cases.open_new(
        minor_input(), guardian_inputs(),
        court_order(order_hours_required=hours_required,
                    order_sessions_required=case["sessions"], order_due_on=case["due"]),
        confirm_not_duplicate=True)
    for day, minutes, attended in case["held"]:
        world.mine.sessions.log(case_id, SessionInput(
            held_at=datetime.combine(OPENED + timedelta(days=day), datetime.min.time())
            + timedelta(hours=14), duration_minutes=minutes if attended else 0,
            mode=SessionMode.CENTER,
            attendance=Attendance.ATTENDED if attended else Attendance.NO_SHOW))
    if case["closed"]:
        view = world.mine.cases.get(case_id)
        world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                               closed_on=TODAY - timedelta(days=1), note="迁往外省")
    held = [(m, a) for _d, m, a in case["held"]]
    done = sum(a for _m, a in held)
    missed = len(held) - done
    hours = round(sum(m for m, a in held if a) / 60, 1)
    unmet = ((hours_required is not None and hours < hours_required)
             or (case["sessions"] is not None and done < case["sessions"]))
    is_open = not case["closed"]
    # Behind: a session missed, or less done than a steady pace to the deadline gives today.
    share = min(1.0, (TODAY - OPENED).days / (case["due"] - OPENED).days)
    exact_hours = sum(m for m, a in held if a) / 60
    behind = missed > 0 or (
        hours_required is not None and exact_hours < hours_required * share) or (
        case["sessions"] is not None and done < case["sessions"] * share)
    letters = world.mine.letters

    reminded = False
    for stage in case["stages"]:
        try:
            issued = letters.issue(case_id, LetterKind.NOTICE, stage=stage, again=True)
        except ValidationError:
            # Non-compliance waits for the day a reminder gave for a reply: on this fixed
            # clock that day is never past.
            assert not is_open or not unmet or not behind or stage == "non_compliance"
            continue
        assert is_open, "a notice for a closed case"
        assert unmet, "a notice for a fulfilled order"
        assert behind, "a notice for guardians keeping up with the order"
        data = snapshot(world, issued.reference)
        assert data["stage"] == "reminder" or reminded, "non-compliance before a reminder"
        reminded = reminded or data["stage"] == "reminder"
        assert (data["sessions_done"], data["hours_done"]) == (done, hours)
        text = text_of(issued.pdf)
        assert re.search(r"尚余0(?![.\d])", text) is None  # "尚余0.5小时" is true
        assert re.search(r"完成(家庭教育指导)?\D*0(次|小时)[。，]", text) is None or done == 0

    try:
        issued = letters.issue(case_id, LetterKind.COMPLETION)
    except ValidationError:
        assert is_open
    else:
        assert not is_open, "a completion report for an open case"
        data = snapshot(world, issued.reference)
        assert (data["sessions_done"], data["sessions_missed"], data["hours_done"]) == (
            done, missed, hours)
        assert data["period_end"] == (TODAY - timedelta(days=1)).isoformat()

    october = [(m, a) for d, m, a in case["held"]
               if (OPENED + timedelta(days=d)).month == 10]
    if not is_open:  # a letter telling what comes next, for a closed case
        with pytest.raises(ValidationError, match="completion report instead"):
            letters.issue(case_id, LetterKind.GUARDIAN, period_start=date(2026, 10, 1),
                          period_end=date(2026, 10, 31))
        return
    issued = letters.issue(case_id, LetterKind.GUARDIAN, period_start=date(2026, 10, 1),
                           period_end=date(2026, 10, 31))
    data = snapshot(world, issued.reference)
    assert (data["sessions_held"], data["sessions_missed"], data["hours_done"]) == (
        sum(a for _m, a in october), sum(not a for _m, a in october),
        round(sum(m for m, a in october if a) / 60, 1))
    assert data["next_appointment"] is None or is_open

    issued = letters.issue(case_id, LetterKind.AUTHORITY)
    data = snapshot(world, issued.reference)
    assert (data["sessions_done"], data["sessions_missed"], data["hours_done"]) == (
        done, missed, hours)
    assert f"已参加指导{done}次" in text_of(issued.pdf)


def test_a_notice_only_for_an_open_case_behind_its_order(world: World) -> None:
    case_id = open_case(world.mine)  # 20 hours by 28 February 2027, nothing done yet
    letters = world.mine.letters
    with pytest.raises(ValidationError) as caught:
        letters.issue(case_id, LetterKind.NOTICE, stage="non_compliance")
    assert "reminder first" in caught.value.errors[0].english()
    reminder = letters.issue(case_id, LetterKind.NOTICE)
    text = text_of(reminder.pdf)
    assert "您已完成0小时，尚余20小时" in text
    # The deadline has not passed: the default stage is another reminder, which overlaps
    # the first one's period and so needs a decision.
    with pytest.raises(ReissueNeeded) as again:
        letters.issue(case_id, LetterKind.NOTICE)
    assert again.value.reference == reminder.reference
    # "经提醒后仍未履行" is false while the reminder's reply date (a week on) is ahead.
    with pytest.raises(ValidationError) as waiting:
        letters.issue(case_id, LetterKind.NOTICE, stage="non_compliance")
    assert "reply by 2026-12-04" in waiting.value.errors[0].english()
    week_later = Services(ServiceContext(world.db, world.counselor,
                                         lambda: datetime(2026, 12, 5, 10),
                                         password_cost=CHEAP_KDF))
    late = week_later.letters.issue(case_id, LetterKind.NOTICE, stage="non_compliance")
    assert "经提醒后仍未履行" in text_of(late.pdf)

    fulfilled = open_case(world.mine, name="王小红")
    world.mine.sessions.log(fulfilled, SessionInput(
        held_at=datetime(2026, 11, 2, 9), duration_minutes=20 * 60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED))
    with pytest.raises(ValidationError, match="fulfilled"):
        letters.issue(fulfilled, LetterKind.NOTICE)
    with pytest.raises(ValidationError, match="closed case"):
        letters.issue(fulfilled, LetterKind.COMPLETION)


def test_no_notice_for_guardians_keeping_up(world: World) -> None:
    # Found re-checking #13: a reminder went to a family three weeks into a six-month order,
    # with no session missed.
    case_id = world.mine.cases.open_new(
        minor_input(name="李小华"), guardian_inputs(),
        court_order(opened_on=date(2026, 11, 2), order_hours_required=12.0,
                    order_due_on=date(2027, 5, 1)), confirm_not_duplicate=True)
    with pytest.raises(ValidationError, match="keeping up with the order"):
        world.mine.letters.issue(case_id, LetterKind.NOTICE)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 20, 9), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.NO_SHOW))
    text = text_of(world.mine.letters.issue(case_id, LetterKind.NOTICE).pdf)
    assert "您未按约参加2026年11月20日的指导" in text


def test_no_guardian_letter_for_a_closed_case(world: World) -> None:
    # Found re-checking #13: a closed case's letter said "下次指导时间另行通知" and
    # "希望您继续配合指导工作".
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 14), duration_minutes=90, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED))
    view = world.mine.cases.get(case_id)
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                           closed_on=date(2026, 10, 20), note="迁往外省")
    with pytest.raises(ValidationError, match="completion report instead"):
        world.mine.letters.issue(case_id, LetterKind.GUARDIAN, period_start=date(2026, 10, 1),
                                 period_end=date(2026, 10, 31))
    assert "迁出本辖区" in text_of(world.mine.letters.issue(case_id, LetterKind.COMPLETION).pdf)


def test_reissue_is_a_decision_and_authority_periods_never_overlap(world: World) -> None:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 14), duration_minutes=90, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED))
    letters = world.mine.letters
    first = letters.issue(case_id, LetterKind.AUTHORITY)  # 1 September – 31 October
    assert letters.default_period(case_id, LetterKind.AUTHORITY) == (OPENED, date(2026, 10, 31))
    with pytest.raises(ReissueNeeded) as caught:
        letters.issue(case_id, LetterKind.AUTHORITY)
    assert caught.value.reference == first.reference
    assert caught.value.period == (OPENED, date(2026, 10, 31))
    with pytest.raises(ReissueNeeded):  # any overlap, not only the same period
        letters.issue(case_id, LetterKind.AUTHORITY, period_start=date(2026, 10, 15),
                      period_end=date(2026, 11, 20))
    second = letters.issue(case_id, LetterKind.AUTHORITY, again=True)
    assert second.supersedes == first.reference
    assert snapshot(world, second.reference)["period_start"] == OPENED.isoformat()
    november = letters.issue(case_id, LetterKind.AUTHORITY, period_start=date(2026, 11, 1),
                             period_end=date(2026, 11, 27))
    assert november.supersedes == ""
    with world.db.read() as s:
        periods = sorted(s.execute(select(Letter.period_start, Letter.period_end, Letter.id)
                                   .where(Letter.case_id == case_id)).all(), key=lambda r: r[2])
    # The superseded report and its replacement share a period; successive ones never do.
    assert periods[1][0] > periods[0][0] or periods[1][:2] == periods[0][:2]
    assert periods[2][0] > periods[1][1]


def test_letters_need_the_centers_phone_and_address(world: World) -> None:
    case_id = open_case(world.mine)
    with world.db.uow() as s:
        center = s.get(Center, world.admin.center_id)
        assert center is not None
        center.phone = ""
    with pytest.raises(ValidationError) as caught:
        world.mine.letters.preview(case_id, LetterKind.NOTICE)
    assert caught.value.field == "center.phone"
    assert "phone number is missing" in caught.value.errors[0].english()
    with world.db.uow() as s:
        center = s.get(Center, world.admin.center_id)
        assert center is not None
        center.phone, center.address = "0851-86120000", " "
    with pytest.raises(ValidationError, match="address is missing"):
        world.mine.letters.issue(case_id, LetterKind.NOTICE)
    with world.db.uow() as s:
        center = s.get(Center, world.admin.center_id)
        assert center is not None
        center.address = "某县人民路12号"
    text = text_of(world.mine.letters.issue(case_id, LetterKind.NOTICE).pdf)
    assert "联系电话：0851-86120000" in text


def test_guardian_letter_names_the_next_session_when_booked(world: World) -> None:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 6, 14), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, next_appointment_at=datetime(2026, 12, 4, 14, 30)))
    world.mine.sessions.log(case_id, SessionInput(  # a later call books nothing new
        held_at=datetime(2026, 11, 20, 10), duration_minutes=30, mode=SessionMode.PHONE,
        attendance=Attendance.ATTENDED))
    text = text_of(world.mine.letters.issue(case_id, LetterKind.GUARDIAN).pdf)
    assert "下次指导时间：2026年12月4日14:30" in text
    assert "另行通知" not in text


def test_no_plan_for_signature_for_a_closed_case(world: World) -> None:
    # Found re-checking #13: a closed case's plan said "The plan will be reviewed on <a day
    # long past>".
    from tests.unit.services.test_plans_sessions import active_plan

    case_id = open_case(world.mine)
    active_plan(world, case_id)
    plan = world.mine.letters.issue(case_id, LetterKind.PLAN, language="en")
    assert "Reviewdate:" in text_of(plan.pdf)
    view = world.mine.cases.get(case_id)
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                           closed_on=date(2026, 10, 20), note="迁往外省")
    with pytest.raises(ValidationError, match="while the case is open"):
        world.mine.letters.issue(case_id, LetterKind.PLAN, again=True)
