"""Derived figures of a case: hours against the order, attendance, pace and what is due."""

from __future__ import annotations

from datetime import date, timedelta

from familyedu.models.enums import Attendance, CaseStatus
from familyedu.services.casework.dto import CaseProgress

DEADLINE_NEAR_DAYS = 30
# Beyond this many guidance hours a week a family cannot realistically keep up.
MAX_PLAUSIBLE_HOURS_PER_WEEK = 3.0
MAX_PLAUSIBLE_SESSIONS_PER_WEEK = 2.0
# The sessions a completion report counts between opening and closing: held or missed, not
# cancelled or moved.
COUNTED_ATTENDANCE = (Attendance.ATTENDED, Attendance.NO_SHOW)


def _behind(done: float, required: float, *, today: date, opened_on: date, due_on: date,
            max_rate: float) -> bool:
    remaining = required - done
    if remaining <= 0:
        return False
    days_left = (due_on - today).days
    if days_left <= 0:
        return True
    needed_rate = remaining / (days_left / 7)
    if needed_rate > max_rate:
        return True
    weeks_so_far = (today - opened_on).days / 7
    if weeks_so_far < 4:  # too early to judge a pace
        return False
    observed_rate = done / weeks_so_far
    return needed_rate > observed_rate * 1.5 and needed_rate > max_rate / 3


def case_progress(
    *,
    today: date,
    status: CaseStatus,
    opened_on: date,
    minutes_done: int,
    sessions_attended: int,
    sessions_missed: int,
    hours_required: float | None,
    sessions_required: int | None,
    due_on: date | None,
    next_session_due: date | None,
    next_review_due: date | None,
) -> CaseProgress:
    """How far a case is with its order on `today`: done, due, overdue or behind pace."""
    hours_done = round(minutes_done / 60, 1)
    hours_met = hours_required is None or hours_done >= hours_required
    sessions_met = sessions_required is None or sessions_attended >= sessions_required
    complete = hours_met and sessions_met
    is_open = status is CaseStatus.OPEN
    days_left = (due_on - today).days if due_on else None
    deadline_near = bool(
        is_open and not complete and days_left is not None and 0 <= days_left <= DEADLINE_NEAR_DAYS
    )
    overdue = bool(is_open and not complete and days_left is not None and days_left < 0)
    pace_warning = False
    if is_open and due_on is not None and not complete:
        if hours_required:
            pace_warning |= _behind(hours_done, hours_required, today=today, opened_on=opened_on,
                                    due_on=due_on, max_rate=MAX_PLAUSIBLE_HOURS_PER_WEEK)
        if sessions_required:
            pace_warning |= _behind(sessions_attended, sessions_required, today=today,
                                    opened_on=opened_on, due_on=due_on,
                                    max_rate=MAX_PLAUSIBLE_SESSIONS_PER_WEEK)
    counted = sessions_attended + sessions_missed
    return CaseProgress(
        hours_done=hours_done,
        hours_required=hours_required,
        sessions_attended=sessions_attended,
        sessions_required=sessions_required,
        sessions_missed=sessions_missed,
        attendance_rate=(sessions_attended / counted) if counted else None,
        due_on=due_on,
        days_left=days_left,
        complete=complete,
        deadline_near=deadline_near,
        overdue=overdue,
        pace_warning=pace_warning,
        next_session_due=next_session_due if is_open else None,
        next_review_due=next_review_due if is_open else None,
        review_overdue=bool(is_open and next_review_due is not None and next_review_due < today),
    )


def next_session_due(*, opened_on: date, last_session_on: date | None,
                     next_appointment: date | None, interval_days: int) -> date:
    """The booked appointment if any, else the last session (or opening) plus the interval."""
    if next_appointment is not None:
        return next_appointment
    base = last_session_on or opened_on
    return base + timedelta(days=interval_days)
