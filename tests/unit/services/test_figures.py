"""Derived figures of a case, computed without a database."""

from __future__ import annotations

from datetime import date

from familyedu.models import CaseStatus
from familyedu.services.casework.figures import case_progress, next_session_due

TODAY = date(2026, 11, 27)


def progress(**changes: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = {
        "today": TODAY, "status": CaseStatus.OPEN, "opened_on": date(2026, 6, 1),
        "minutes_done": 600, "sessions_attended": 8, "sessions_missed": 2,
        "hours_required": 20.0, "sessions_required": None, "due_on": date(2027, 3, 1),
        "next_session_due": None, "next_review_due": None,
    }
    base.update(changes)
    return case_progress(**base)  # type: ignore[arg-type]


def test_hours_and_attendance() -> None:
    p = progress()
    assert (p.hours_done, p.attendance_rate, p.fraction_done) == (10.0, 0.8, 0.5)
    assert not p.complete
    assert not p.deadline_near
    assert not p.overdue
    assert not p.pace_warning


def test_deadline_near_and_overdue_only_while_incomplete() -> None:
    assert progress(due_on=date(2026, 12, 20)).deadline_near
    assert progress(due_on=date(2026, 11, 1)).overdue
    assert not progress(due_on=date(2026, 11, 1), minutes_done=1200).overdue
    assert not progress(due_on=date(2026, 11, 1), status=CaseStatus.CLOSED).overdue


def test_pace_warning_when_the_rest_cannot_fit() -> None:
    # 10 hours left in 3 weeks is more than a family can do.
    assert progress(due_on=date(2026, 12, 18)).pace_warning
    # 10 hours done in 25 weeks; 10 more in 6 weeks is well above that pace.
    assert progress(due_on=date(2027, 1, 8)).pace_warning
    assert not progress(due_on=date(2027, 6, 1)).pace_warning


def test_session_orders() -> None:
    p = progress(hours_required=None, sessions_required=10, sessions_attended=10)
    assert p.complete
    assert p.fraction_done == 1.0


def test_no_order_is_never_overdue() -> None:
    p = progress(hours_required=None, due_on=None)
    assert p.complete
    assert p.fraction_done is None
    assert not p.overdue


def test_review_overdue() -> None:
    assert progress(next_review_due=date(2026, 11, 1)).review_overdue
    assert not progress(next_review_due=date(2026, 12, 1)).review_overdue


def test_next_session_due() -> None:
    opened = date(2026, 6, 1)
    assert next_session_due(opened_on=opened, last_session_on=None, next_appointment=None,
                            interval_days=14) == date(2026, 6, 15)
    assert next_session_due(opened_on=opened, last_session_on=date(2026, 7, 1),
                            next_appointment=None, interval_days=7) == date(2026, 7, 8)
    assert next_session_due(opened_on=opened, last_session_on=date(2026, 7, 1),
                            next_appointment=date(2026, 7, 3), interval_days=7) == date(2026, 7, 3)
