"""What is due: the figures and lists of the dashboard, for a caseload or the center."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, extract, func, or_, select
from sqlalchemy.orm import Session

from familyedu.models import (
    Attendance,
    Case,
    CaseStatus,
    GuidanceSession,
    Minor,
    Role,
    SessionMonthTally,
)
from familyedu.services.casework.dto import Dashboard, DueItem
from familyedu.services.casework.figures import DEADLINE_NEAR_DAYS
from familyedu.services.core.base import Service


class DashboardService(Service):
    """The dashboard: what is due, overdue or near its deadline, and monthly figures."""

    LIMIT = 200

    def load(self, *, mine_only: bool | None = None) -> Dashboard:
        """A counselor sees their caseload; a supervisor the center's (or theirs)."""
        today = self.ctx.today()
        week_end = today + timedelta(days=6 - today.weekday())
        if mine_only is None:
            mine_only = self.actor.role is not Role.SUPERVISOR
        visible = self.case_filter()
        if mine_only:
            visible = and_(visible, Case.assigned_counselor_id == self.actor.user_id)
        open_visible = and_(visible, Case.status == CaseStatus.OPEN)
        # The supervisor's whole center: every case of the center, sealed ones included.
        whole_center = not mine_only and self.actor.role is Role.SUPERVISOR
        base = select(Case.id, Case.case_number, Minor.name).join(
            Minor, Minor.id == Case.minor_id)
        with self.read() as s:
            counted = select(func.count(Case.id))
            if not whole_center:  # a counselor's filter reads the minor (sealed records)
                counted = counted.join(Minor, Minor.id == Case.minor_id)
            open_cases = s.scalar(counted.where(open_visible)) or 0
            due = s.execute(base.add_columns(Case.next_session_due_on).where(
                open_visible, Case.next_session_due_on <= week_end)
                .order_by(Case.next_session_due_on).limit(self.LIMIT))
            reviews = s.execute(base.add_columns(Case.next_review_on).where(
                open_visible, Case.next_review_on < today)
                .order_by(Case.next_review_on).limit(self.LIMIT))
            near = s.execute(base.add_columns(
                Case.order_due_on, Case.minutes_done, Case.order_hours_required,
                Case.sessions_attended, Case.order_sessions_required).where(
                open_visible, Case.order_due_on <= today + timedelta(days=DEADLINE_NEAR_DAYS),
                or_(Case.minutes_done < func.coalesce(Case.order_hours_required, 0) * 60,
                    Case.sessions_attended < func.coalesce(Case.order_sessions_required, 0)))
                .order_by(Case.order_due_on).limit(self.LIMIT))
            no_shows = s.execute(base.add_columns(GuidanceSession.held_at)
                                 .join(GuidanceSession, GuidanceSession.case_id == Case.id)
                                 .where(open_visible,
                                        GuidanceSession.attendance == Attendance.NO_SHOW,
                                        GuidanceSession.followed_up.is_(False))
                                 .order_by(GuidanceSession.held_at.desc()).limit(self.LIMIT))
            first_month = _months_before(today, 11)  # twelve months, this one the last
            if whole_center:
                months = self._center_sessions_per_month(s, first_month)
            else:
                months = self._sessions_per_month(s, visible, first_month)
            by_situation = s.execute(
                select(Minor.guardianship, func.count(Case.id))
                .join(Case, Case.minor_id == Minor.id).where(open_visible)
                .group_by(Minor.guardianship).order_by(func.count(Case.id).desc())).all()
            return Dashboard(
                scope_center=not mine_only,
                open_cases=open_cases,
                sessions_due_this_week=[DueItem(i, n, m, d, "") for i, n, m, d in due],
                reviews_overdue=[DueItem(i, n, m, d, "") for i, n, m, d in reviews],
                orders_near_deadline=[
                    DueItem(i, n, m, d, _done_text(minutes, hours, done, needed))
                    for i, n, m, d, minutes, hours, done, needed in near],
                no_shows_to_follow_up=[DueItem(i, n, m, at.date(), at.strftime("%H:%M"))
                                       for i, n, m, at in no_shows],
                sessions_per_month=months,
                open_by_guardianship=[(code, int(count)) for code, count in by_situation],
            )

    def _center_sessions_per_month(self, s: Session,
                                   first_month: date) -> list[tuple[str, int]]:
        """From the tally the database keeps per center and month (migration 0004)."""
        counts = {month: attended for month, attended in s.execute(
            select(SessionMonthTally.month, SessionMonthTally.attended).where(
                SessionMonthTally.center_id == self.actor.center_id,
                SessionMonthTally.month >= f"{first_month.year:04d}-{first_month.month:02d}"))}
        return _twelve_months(first_month, counts)

    @staticmethod
    def _sessions_per_month(s: Session, visible: ColumnElement[bool],
                            first_month: date) -> list[tuple[str, int]]:
        year = extract("year", GuidanceSession.held_at)
        month = extract("month", GuidanceSession.held_at)
        # The visible cases as a set, not a join per session: a center's year is half a
        # million sessions, and joining each to its case and minor took seconds (issue #7).
        visible_cases = select(Case.id).join(Minor, Minor.id == Case.minor_id).where(visible)
        counts = {
            f"{int(y):04d}-{int(m):02d}": int(n)
            for y, m, n in s.execute(
                select(year, month, func.count(GuidanceSession.id))
                .where(GuidanceSession.case_id.in_(visible_cases),
                       GuidanceSession.attendance == Attendance.ATTENDED,
                       GuidanceSession.held_at >= datetime.combine(first_month, time()))
                .group_by(year, month))
        }
        return _twelve_months(first_month, counts)


def _months_before(day: date, months: int) -> date:
    """The first day of the month `months` before `day`'s month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _twelve_months(first_month: date, counts: dict[str, int]) -> list[tuple[str, int]]:
    out = []
    day = first_month
    for _ in range(12):
        key = f"{day.year:04d}-{day.month:02d}"
        out.append((key, int(counts.get(key, 0))))
        day = (day + timedelta(days=32)).replace(day=1)
    return out


def _done_text(minutes: int, hours: float | None, done: int, needed: int | None) -> str:
    if hours:
        return f"{minutes / 60:.1f}/{hours:g} h"
    return f"{done}/{needed or 0}"
