"""Closing a case records what its completion report will state: the guidance ran from the
opening to the closing day and has ended, with the outcome the figures bear out."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from familyedu.errors import ValidationError
from familyedu.models import Attendance, ClosureOutcome, LetterKind, SessionMode
from familyedu.services import Services
from familyedu.services.casework.dto import SessionInput
from tests.conftest import World, court_order, guardian_inputs, minor_input


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def log(services: Services, case_id: int, when: datetime, minutes: int = 90,
        attendance: Attendance = Attendance.ATTENDED) -> None:
    services.sessions.log(case_id, SessionInput(
        held_at=when, duration_minutes=minutes if attendance is Attendance.ATTENDED else 0,
        mode=SessionMode.CENTER, attendance=attendance))


def refusal(world: World, case_id: int, **changes: object) -> tuple[str, str]:
    view = world.mine.cases.get(case_id)
    close: dict[str, object] = {"outcome": ClosureOutcome.MOVED_AWAY,
                                "closed_on": date(2026, 11, 26), "note": ""}
    close.update(changes)
    with pytest.raises(ValidationError) as caught:
        world.mine.cases.close(case_id, view.version, **close)  # type: ignore[arg-type]
    error = caught.value.errors[0]
    return error.field, error.english()


def test_a_case_closes_on_a_day_its_sessions_and_the_calendar_allow(world: World) -> None:
    # Found checking letters against cases: closed on 20 November with sessions on the 25th
    # and 26th (one logged after the closing), the completion report read "于2026年9月1日至
    # 2026年11月20日期间…本案共开展指导3次" counting them; closed on 31 December, a report
    # dated 27 November said the guidance from 1 September to 31 December had ended.
    case_id = world.mine.cases.open_new(minor_input(), guardian_inputs(), court_order(),
                                        confirm_not_duplicate=True)
    log(world.mine, case_id, datetime(2026, 10, 9, 14))
    log(world.mine, case_id, datetime(2026, 11, 25, 14))
    # An appointment cancelled after the family left counts in no report: no obstacle.
    log(world.mine, case_id, datetime(2026, 11, 26, 9), attendance=Attendance.CANCELLED)
    field, message = refusal(world, case_id, closed_on=date(2026, 11, 20))
    assert (field, message) == ("closed_on", "A case cannot close before its last session "
                                             "(2026-11-25).")
    assert refusal(world, case_id, closed_on=date(2026, 12, 31)) == (
        "closed_on", "This date is in the future.")
    view = world.mine.cases.get(case_id)
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                           closed_on=date(2026, 11, 25), note="")
    with pytest.raises(ValidationError) as caught:
        log(world.mine, case_id, datetime(2026, 11, 26, 14), attendance=Attendance.NO_SHOW)
    assert caught.value.errors[0].field == "held_at"
    assert "after the case was closed (2026-11-25)" in caught.value.errors[0].english()
    log(world.mine, case_id, datetime(2026, 11, 24, 14))  # a late record of a day before
    log(world.mine, case_id, datetime(2026, 11, 27, 9), attendance=Attendance.CANCELLED)
    text = text_of(world.mine.letters.issue(case_id, LetterKind.COMPLETION).pdf)
    assert "于2026年9月1日至2026年11月25日期间" in text
    assert "本案共开展指导3次，累计4.5小时" in text


def test_an_order_is_closed_as_fulfilled_only_once_it_is(world: World) -> None:
    # Found checking letters against cases: "结案原因：已履行完毕" beside "要求完成指导20小时"
    # and "累计1.5小时" in the same completion report.
    case_id = world.mine.cases.open_new(
        minor_input(), guardian_inputs(),
        court_order(order_hours_required=3.0, order_sessions_required=2),
        confirm_not_duplicate=True)
    log(world.mine, case_id, datetime(2026, 10, 9, 14))
    field, _message = refusal(world, case_id, outcome=ClosureOutcome.ORDER_FULFILLED)
    assert field == "closure_outcome"
    log(world.mine, case_id, datetime(2026, 10, 23, 14), minutes=60)  # 2 sessions, 2.5 hours
    assert refusal(world, case_id, outcome=ClosureOutcome.ORDER_FULFILLED)[0] == (
        "closure_outcome")
    log(world.mine, case_id, datetime(2026, 11, 6, 14), minutes=30)
    view = world.mine.cases.get(case_id)
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.ORDER_FULFILLED,
                           closed_on=date(2026, 11, 26), note="")
    text = text_of(world.mine.letters.issue(case_id, LetterKind.COMPLETION).pdf)
    assert "已履行完毕" in text
    assert "本案共开展指导3次，累计3小时" in text
