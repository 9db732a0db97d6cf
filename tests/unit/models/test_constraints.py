"""The database itself refuses impossible rows, whatever code writes them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from familyedu.db import Database
from familyedu.errors import DatabaseError
from tests.conftest import World, open_case


def _raw(db: Database, sql: str) -> None:
    with db.uow() as s:
        s.execute(text(sql))


def test_case_numbers_are_unique_per_center(world: World) -> None:
    case_id = open_case(world.mine)
    with pytest.raises(DatabaseError) as refused:
        _raw(world.db, "INSERT INTO cases (center_id, case_number, minor_id, opened_on, status, "
             "referral_source, referring_authority, order_type, order_document_number, "
             "feedback_recipient, session_interval_days, assigned_counselor_id, closure_note, "
             "minutes_done, sessions_attended, sessions_missed, search_text, version, "
             "created_at, updated_at) SELECT center_id, case_number, minor_id, opened_on, "
             "status, referral_source, referring_authority, order_type, order_document_number, "
             "feedback_recipient, session_interval_days, assigned_counselor_id, closure_note, "
             "0, 0, 0, '', 1, created_at, updated_at FROM cases WHERE id = " + str(case_id))
    # A unit of work hands out no SQLAlchemy error: the refusal, its cause kept.
    assert refused.value.reason == "refused"
    assert isinstance(refused.value.__cause__, IntegrityError)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE goals SET progress = 5",
        "UPDATE guidance_sessions SET duration_minutes = -1",
        "UPDATE cases SET closed_on = '2000-01-01'",
        "UPDATE cases SET status = 'lost'",
        "UPDATE cases SET order_hours_required = -3",
        "UPDATE guardians SET minor_id = 987654",
    ],
)
def test_check_and_foreign_key_constraints(world: World, sql: str) -> None:
    from datetime import date, datetime

    from familyedu.models import Attendance, SessionMode
    from familyedu.services.casework.dto import GoalInput, PlanInput, SessionInput

    case_id = open_case(world.mine)
    world.mine.plans.create(case_id, PlanInput(start_on=date(2026, 9, 1),
                                               goals=(GoalInput("schooling", "按时到校"),)))
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 1, 9), duration_minutes=60, mode=SessionMode.PHONE,
        attendance=Attendance.ATTENDED))
    with pytest.raises(DatabaseError) as refused:
        _raw(world.db, sql)
    assert isinstance(refused.value.__cause__, IntegrityError | StatementError)
