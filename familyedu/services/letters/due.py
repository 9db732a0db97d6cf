"""Which letters are due for a month: the rules behind a monthly batch.

For the open cases the actor may see (opened by the month's end), in case-number order:
- **authority** — the case has an order with a feedback interval, and its next report is due
  by the end of the month: the last report's issue date (or, before the first report, the
  order's date, else the opening) plus the interval. It covers the days since the last
  report's period (or since the opening).
- **guardian** — at least one session took place in the month and no guardian letter already
  covers the month's end. It covers the month (from the opening, or from the end of an
  earlier letter, if later).
- **notice** — the order is not yet fulfilled and either its deadline has passed by the end
  of the month or two or more sessions were missed in the month, and no notice was issued
  since the month began. It covers the case since the last notice's period (or its opening).
A month still running ends today, so a batch run on 27 November reports up to 27 November.
Running the batch again finds nothing new: issued letters move each rule forward.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import find_tables

from familyedu.models import (
    Attendance,
    Case,
    CaseStatus,
    GuidanceSession,
    Letter,
    LetterKind,
    Minor,
    OrderType,
)
from familyedu.services.letters.data import month_bounds
from familyedu.services.letters.dto import DueLetter

MISSED_SESSIONS_FOR_NOTICE = 2
_RULE_COLUMNS = (
    Case.id, Case.case_number, Case.order_type, Case.feedback_interval_days,
    Case.order_issued_on, Case.opened_on, Case.order_due_on, Case.order_hours_required,
    Case.order_sessions_required, Case.minutes_done, Case.sessions_attended,
)
KIND_ORDER = (LetterKind.AUTHORITY, LetterKind.GUARDIAN, LetterKind.NOTICE)


def due_letters(s: Session, visible: ColumnElement[bool], *, year: int, month: int,
                today: date) -> list[DueLetter]:
    """Every letter due for the month among the visible cases (see the module's rules)."""
    first, last = month_bounds(year, month)
    end = min(last, today)
    if end < first:
        return []
    # Only the columns the rules read: a whole center has ~30,000 open cases (issue #7).
    rules = select(*_RULE_COLUMNS)
    if Minor.__table__ in find_tables(visible, check_columns=True):  # a counselor's rule
        rules = rules.join(Minor, Minor.id == Case.minor_id)
    cases = s.execute(rules.where(
        visible, Case.status == CaseStatus.OPEN, Case.opened_on <= end)).all()
    if not cases:
        return []
    case_ids = {case.id for case in cases}
    in_month = (GuidanceSession.held_at >= datetime.combine(first, time()),
                GuidanceSession.held_at < datetime.combine(end + timedelta(days=1), time()))

    # The month's sessions through their date index (one pass, both outcomes), kept if
    # their case is one of these: joining each session to its case and minor, or letting
    # SQLite walk a whole (case, date) index to group by case, took seconds for a center.
    held: dict[int, int] = {}
    missed: dict[int, int] = {}
    for case_id, attendance, n in s.execute(
            select(GuidanceSession.case_id, GuidanceSession.attendance,
                   func.count(GuidanceSession.id))
            .where(*in_month).group_by(GuidanceSession.case_id, GuidanceSession.attendance)
            .with_hint(GuidanceSession, "INDEXED BY ix_guidance_sessions_held_at", "sqlite")):
        if case_id in case_ids:
            if attendance is Attendance.ATTENDED:
                held[case_id] = int(n)
            elif attendance is Attendance.NO_SHOW:
                missed[case_id] = int(n)

    def letters(kind: LetterKind) -> dict[int, tuple[date | None, datetime]]:
        return {case_id: (period_end, issued_at) for case_id, period_end, issued_at in s.execute(
            select(Letter.case_id, func.max(Letter.period_end), func.max(Letter.issued_at))
            .where(Letter.kind == kind, Letter.case_id.is_not(None))
            .group_by(Letter.case_id)) if case_id is not None}

    reported, told, noticed = (letters(LetterKind.AUTHORITY), letters(LetterKind.GUARDIAN),
                               letters(LetterKind.NOTICE))
    due: list[DueLetter] = []
    for case in cases:
        def add(kind: LetterKind, start: date, case: Any = case) -> None:
            if start <= end:
                due.append(DueLetter(case.id, kind, start, end, case.case_number))

        has_order = case.order_type is not OrderType.NONE
        last_report = reported.get(case.id)
        if has_order and case.feedback_interval_days:
            base = (last_report[1].date() if last_report
                    else case.order_issued_on or case.opened_on)
            if base + timedelta(days=case.feedback_interval_days) <= end:
                covered = last_report[0] if last_report else None
                add(LetterKind.AUTHORITY,
                    covered + timedelta(days=1) if covered else case.opened_on)
        if held.get(case.id):
            covered = told.get(case.id, (None, None))[0]
            if covered is None or covered < end:
                start = max(first, case.opened_on)
                add(LetterKind.GUARDIAN,
                    max(start, covered + timedelta(days=1)) if covered else start)
        if has_order and _unfulfilled(case):
            deadline_passed = case.order_due_on is not None and case.order_due_on < end
            last_notice = noticed.get(case.id)
            if ((deadline_passed or missed.get(case.id, 0) >= MISSED_SESSIONS_FOR_NOTICE)
                    and (last_notice is None or last_notice[1].date() < first)):
                covered = last_notice[0] if last_notice else None
                add(LetterKind.NOTICE, max(case.opened_on, covered + timedelta(days=1))
                    if covered else case.opened_on)
    # Case numbers in numeric order ("2025-10000" after "2025-9999"), as the case list.
    due.sort(key=lambda d: (d.case_number[:4], len(d.case_number), d.case_number,
                            KIND_ORDER.index(d.kind)))
    return due


def _unfulfilled(case: Any) -> bool:
    """The order still lacks hours or sessions (from the case's running totals)."""
    return ((case.order_hours_required is not None
             and case.minutes_done < case.order_hours_required * 60)
            or (case.order_sessions_required is not None
                and case.sessions_attended < case.order_sessions_required))
