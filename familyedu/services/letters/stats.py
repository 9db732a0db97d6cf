"""De-identified statistics of a center for a period: counts and labels, never a person.

Definitions (printed figures must mean something a reader can check):
- sealed cases (their minor's record sealed) are counted nowhere: not in the cases, the
  breakdowns, the sessions, hours and modes, nor the orders;
- a case is *active* in the period when it was opened on or before its last day and not
  closed before its first day; the breakdowns by situation, involvement and referral count
  active cases;
- *open* cases are those still open at the end of the period; *new* and *closed* ones were
  opened or closed within it;
- sessions, hours and modes count sessions held within the period (hours and modes only
  those that took place);
- an order is *due* in the period when its deadline falls within it; it was completed *on
  time* when the sessions that took place reached its required hours and sessions by the
  deadline, *late* when they did so after it (up to today), and is *open* otherwise.

Every breakdown (each table, and orders on time / late / open) goes through small-count
suppression (familyedu.reports.small_counts): in a small county a count of 1 to 4 children
in a category points at them. Totals are printed exact.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from familyedu.models import (
    Attendance,
    AuditEvent,
    Case,
    Category,
    CategoryKind,
    GuidanceSession,
    Minor,
    OrderType,
    SessionMode,
)
from familyedu.reports import CenterInfo, CountLine, LetterHeader, StatisticsData
from familyedu.reports.small_counts import suppress_small_counts
from familyedu.services.letters.labels import letter_labels


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time())


def _count_lines(counts: Counter[str], order: list[tuple[str, str]]) -> tuple[CountLine, ...]:
    """Counts in the categories' own order, unknown codes last, empty categories left out,
    small counts suppressed."""
    known = {code for code, _label in order}
    pairs = [(label, counts[code]) for code, label in order if counts[code]]
    pairs += [(code, n) for code, n in sorted(counts.items()) if code not in known]
    states = suppress_small_counts([n for _label, n in pairs]).states
    return tuple(CountLine(label, n, state)
                 for (label, n), state in zip(pairs, states, strict=True))


def _met_on(sessions: Iterable[tuple[datetime, int]], hours_required: float | None,
            sessions_required: int | None, opened_on: date) -> date | None:
    """The day the attended sessions first reached the order's requirements."""
    if hours_required is None and sessions_required is None:
        return opened_on
    minutes = 0
    for count, (held_at, duration) in enumerate(sessions, start=1):
        minutes += duration
        if ((hours_required is None or minutes >= hours_required * 60)
                and (sessions_required is None or count >= sessions_required)):
            return held_at.date()
    return None


def gather_statistics(s: Session, *, center_id: int, center: CenterInfo, header: LetterHeader,
                      period_start: date, period_end: date, today: date) -> StatisticsData:
    """Every figure of the statistics document for the center's cases."""
    zh = header.language.startswith("zh")
    labels = letter_labels(header.language)
    after_end = _day_start(period_end + timedelta(days=1))
    sealed = select(Minor.id).where(Minor.sealed == true())
    in_center = and_(Case.center_id == center_id, Case.minor_id.not_in(sealed))
    active = and_(in_center, Case.opened_on <= period_end,
                  or_(Case.closed_on.is_(None), Case.closed_on >= period_start))
    rows = s.execute(select(Case.opened_on, Case.closed_on, Minor.guardianship,
                            Minor.involvement, Case.referral_source)
                     .join(Minor, Minor.id == Case.minor_id).where(active)).all()
    cases_open = sum(closed is None or closed > period_end for _o, closed, *_ in rows)
    cases_new = sum(period_start <= opened <= period_end for opened, *_ in rows)
    cases_closed = sum(closed is not None and period_start <= closed <= period_end
                       for _o, closed, *_ in rows)

    order: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in s.scalars(select(Category).order_by(Category.sort_order, Category.id)):
        order[c.kind.value].append((c.code, c.label_zh if zh else c.label_en))

    held = and_(in_center, GuidanceSession.held_at >= _day_start(period_start),
                GuidanceSession.held_at < after_end)
    by_attendance = dict(s.execute(
        select(GuidanceSession.attendance, func.count(GuidanceSession.id))
        .join(Case, Case.id == GuidanceSession.case_id).where(held)
        .group_by(GuidanceSession.attendance)).all())
    took_place = GuidanceSession.attendance == Attendance.ATTENDED
    modes: dict[SessionMode, int] = dict(s.execute(
        select(GuidanceSession.mode, func.count(GuidanceSession.id))
        .join(Case, Case.id == GuidanceSession.case_id).where(held, took_place)
        .group_by(GuidanceSession.mode)).all())
    minutes = s.scalar(select(func.coalesce(func.sum(GuidanceSession.duration_minutes), 0))
                       .join(Case, Case.id == GuidanceSession.case_id)
                       .where(held, took_place)) or 0

    due = s.execute(select(Case.id, Case.opened_on, Case.order_due_on, Case.order_hours_required,
                           Case.order_sessions_required)
                    .where(in_center, Case.order_type != OrderType.NONE,
                           Case.order_due_on >= period_start,
                           Case.order_due_on <= period_end)).all()
    attended: dict[int, list[tuple[datetime, int]]] = defaultdict(list)
    due_ids = [row[0] for row in due]
    for chunk in range(0, len(due_ids), 500):  # keep IN lists short for both engines
        for case_id, held_at, duration in s.execute(
                select(GuidanceSession.case_id, GuidanceSession.held_at,
                       GuidanceSession.duration_minutes)
                .where(GuidanceSession.case_id.in_(due_ids[chunk:chunk + 500]), took_place,
                       GuidanceSession.held_at < _day_start(today + timedelta(days=1)))
                .order_by(GuidanceSession.case_id, GuidanceSession.held_at)):
            attended[case_id].append((held_at, duration))
    on_time = late = still_open = 0
    for case_id, opened_on, due_on, hours_required, sessions_required in due:
        met = _met_on(attended[case_id], hours_required, sessions_required, opened_on)
        if met is None or due_on is None:
            still_open += 1
        elif met <= due_on:
            on_time += 1
        else:
            late += 1

    mode_order = [(m.value, labels.enum(m)) for m in SessionMode]
    orders = suppress_small_counts([on_time, late, still_open])
    return StatisticsData(
        header=header, center=center, period_start=period_start, period_end=period_end,
        cases_open=cases_open, cases_new=cases_new, cases_closed=cases_closed,
        sessions_held=by_attendance.get(Attendance.ATTENDED, 0),
        sessions_missed=by_attendance.get(Attendance.NO_SHOW, 0),
        hours_done=round(int(minutes) / 60, 1), orders_due=len(due), orders_on_time=on_time,
        orders_late=late, orders_open=still_open,
        by_situation=_count_lines(Counter(r[2] for r in rows),
                                  order[CategoryKind.GUARDIANSHIP.value]),
        by_involvement=_count_lines(Counter(r[3] for r in rows),
                                    order[CategoryKind.INVOLVEMENT.value]),
        by_referral=_count_lines(Counter(r[4] for r in rows), order[CategoryKind.REFERRAL.value]),
        by_mode=_count_lines(Counter({m.value: n for m, n in modes.items()}), mode_order),
        audit_head=_audit_head(s, today),
        orders_suppressed=orders.states if orders.any_hidden else (),
    )


def _audit_head(s: Session, today: date) -> str:
    """The last audit entry of the day of issue, as "id:hash prefix"."""
    head = s.execute(select(AuditEvent.id, AuditEvent.hash)
                     .where(AuditEvent.at < _day_start(today + timedelta(days=1)))
                     .order_by(AuditEvent.id.desc()).limit(1)).first()
    return f"{head[0]}:{head[1][:16]}" if head else ""
