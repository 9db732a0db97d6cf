"""Logging sessions; keeping the case's totals, next due date and goal progress current."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from familyedu.errors import NotFound, ValidationError
from familyedu.models import (
    Attendance,
    Case,
    Goal,
    Guardian,
    GuidancePlan,
    GuidanceSession,
    SessionGoalRating,
    SessionGuardian,
    SessionMode,
    User,
)
from familyedu.services.casework import figures
from familyedu.services.casework.dto import SessionInput, SessionView
from familyedu.services.core import field_crypto
from familyedu.services.core.audit import Action, EntityType, diff
from familyedu.services.core.base import Service, lock_latest
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import (
    EARLIEST_DATE,
    Errors,
    check_enum,
    check_int_range,
    optional_text,
)

SESSION_FIELDS = (
    "held_at", "duration_minutes", "mode", "attendance", "minor_attended", "shared_summary",
    "next_steps", "next_appointment_at",
)


def recompute_case(s: Session, case: Case) -> None:
    """Totals and the next due date from the sessions themselves, never incrementally."""
    s.flush()
    # Another desk logging a session of this case commits first; then this one counts it.
    lock_latest(case)
    attended = GuidanceSession.attendance == Attendance.ATTENDED
    minutes, n_attended, n_missed, last = s.execute(
        select(
            func.coalesce(func.sum(sql_case((attended, GuidanceSession.duration_minutes),
                                            else_=0)), 0),
            func.coalesce(func.sum(sql_case((attended, 1), else_=0)), 0),
            func.coalesce(func.sum(sql_case(
                (GuidanceSession.attendance == Attendance.NO_SHOW, 1), else_=0)), 0),
            func.max(sql_case((attended, GuidanceSession.held_at), else_=None)),
        ).where(GuidanceSession.case_id == case.id)
    ).one()
    case.minutes_done, case.sessions_attended, case.sessions_missed = (
        int(minutes), int(n_attended), int(n_missed))
    case.last_session_at = last
    booked = s.scalar(
        select(GuidanceSession.next_appointment_at).where(GuidanceSession.case_id == case.id)
        .order_by(GuidanceSession.held_at.desc(), GuidanceSession.id.desc()).limit(1))
    case.next_session_due_on = figures.next_session_due(
        opened_on=case.opened_on, last_session_on=last.date() if last else None,
        next_appointment=booked.date() if booked else None,
        interval_days=case.session_interval_days)


def refresh_goal_progress(s: Session, goal_ids: set[int]) -> None:
    """A goal's current progress is its rating in the latest session that rated it."""
    for goal_id in sorted(goal_ids):
        goal = s.get(Goal, goal_id)
        if goal is not None:
            lock_latest(goal)
        latest = s.scalar(
            select(SessionGoalRating.rating)
            .join(GuidanceSession, GuidanceSession.id == SessionGoalRating.session_id)
            .where(SessionGoalRating.goal_id == goal_id)
            .order_by(GuidanceSession.held_at.desc(), GuidanceSession.id.desc()).limit(1))
        if goal is not None and latest is not None:
            goal.progress = latest


class SessionService(Service):
    """Counseling sessions of a case; each save recomputes the case's totals."""

    def _clean(self, s: Session, case: Case, data: SessionInput) -> dict[str, Any]:
        errors = Errors()
        held_at = data.held_at
        # A year ahead (not now.replace(year=...), which has no 29 February next year).
        latest = self.ctx.now() + timedelta(days=366)
        if held_at is None:
            errors.add("held_at", QT_TRANSLATE_NOOP("Validation", "This field is required."))
        else:
            held_at = held_at.replace(microsecond=0, tzinfo=None)
            if held_at.date() < case.opened_on:
                errors.add("held_at", QT_TRANSLATE_NOOP(
                    "Validation", "A session cannot be before the case was opened ({date})."),
                    date=case.opened_on.isoformat())
            elif held_at.date() < EARLIEST_DATE or held_at > latest:
                errors.add("held_at", QT_TRANSLATE_NOOP(
                    "Validation", "This date is outside the possible range."))
            elif case.closed_on is not None and held_at.date() > case.closed_on \
                    and data.attendance in figures.COUNTED_ATTENDANCE:
                # The completion report counts these "from opening to closing"; an
                # appointment cancelled after the closing day counts nowhere.
                errors.add("held_at", QT_TRANSLATE_NOOP(
                    "Validation", "A session cannot be after the case was closed ({date})."),
                    date=case.closed_on.isoformat())
        booked = data.next_appointment_at
        if booked is not None:  # stored like held_at: local time, whole seconds
            booked = booked.replace(microsecond=0, tzinfo=None)
        attendance = errors.check(check_enum, "attendance", Attendance, data.attendance)
        duration = errors.check(check_int_range, "duration_minutes", data.duration_minutes,
                                0, 1440)
        if attendance is Attendance.ATTENDED and duration == 0:
            errors.add("duration_minutes", QT_TRANSLATE_NOOP(
                "Validation", "An attended session needs its duration."))
        out: dict[str, Any] = {
            "held_at": held_at,
            "duration_minutes": duration if attendance is Attendance.ATTENDED else 0,
            "mode": errors.check(check_enum, "mode", SessionMode, data.mode),
            "attendance": attendance,
            "minor_attended": bool(data.minor_attended) and attendance is Attendance.ATTENDED,
            "private_notes": errors.check(optional_text, "private_notes", data.private_notes,
                                          10000),
            "shared_summary": errors.check(optional_text, "shared_summary", data.shared_summary,
                                           4000),
            "next_steps": errors.check(optional_text, "next_steps", data.next_steps, 2000),
            "next_appointment_at": booked,
        }
        if booked is not None and (booked.date() < EARLIEST_DATE or booked > latest):
            errors.add("next_appointment_at", QT_TRANSLATE_NOOP(
                "Validation", "This date is outside the possible range."))
        elif booked is not None and held_at is not None and booked < held_at:
            errors.add("next_appointment_at", QT_TRANSLATE_NOOP(
                "Validation", "The next appointment cannot be before this session."))
        guardian_ids = set(s.scalars(select(Guardian.id).where(
            Guardian.minor_id == case.minor_id)))
        if not set(data.guardian_ids) <= guardian_ids:
            errors.add("guardian_ids", QT_TRANSLATE_NOOP(
                "Validation", "Only this minor's guardians can be listed as attending."))
        goal_ids = set(s.scalars(select(Goal.id).join(GuidancePlan).where(
            GuidancePlan.case_id == case.id)))
        for goal_id, rating in data.ratings:
            if goal_id not in goal_ids:
                errors.add("ratings", QT_TRANSLATE_NOOP(
                    "Validation", "A rated goal is not a goal of this case's plan."))
            elif not 0 <= rating <= 4:
                errors.add("ratings", QT_TRANSLATE_NOOP("Validation", "Must be between {low} and "
                                                        "{high}."), low=0, high=4)
        if attendance is not None and attendance is not Attendance.ATTENDED and data.ratings:
            errors.add("ratings", QT_TRANSLATE_NOOP(
                "Validation", "Goals are rated only for a session that took place."))
        errors.raise_if_any()
        return out

    def log(self, case_id: int, data: SessionInput) -> SessionView:
        """Record a session of the case, with who came and the goals' ratings.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to work on.
            ValidationError: a field is wrong (all fields named).
            StaleRecord: another desk changed the case's totals at the same time.
        """
        with self.write() as s:
            case = self.load_case(s, case_id, action="log_session")
            clean = self._clean(s, case, data)
            stored = {**clean, "private_notes": self._sealed_note(s, case, clean)}
            row = GuidanceSession(case_id=case.id, counselor_id=self.actor.user_id, version=1,
                                  **stored)
            row.guardians_present = [SessionGuardian(guardian_id=g)
                                     for g in dict.fromkeys(data.guardian_ids)]
            row.ratings = [SessionGoalRating(goal_id=g, rating=r)
                           for g, r in dict(data.ratings).items()]
            s.add(row)
            recompute_case(s, case)
            refresh_goal_progress(s, {g for g, _ in data.ratings})
            self.audit(s, Action.CREATE, entity_type=EntityType.SESSION, entity_id=row.id,
                       case_id=case.id, details={"after": _public(clean),
                                                 "ratings": dict(data.ratings)})
            return self._view(s, row)

    def update(self, session_id: int, expected_version: int, data: SessionInput) -> SessionView:
        """Save an edit of a session; notes this user cannot read, saved empty, are kept.

        Raises:
            NotFound: there is no such session.
            PermissionDenied: the session's case is not the user's to work on.
            ValidationError: a field is wrong (all fields named).
            StaleRecord: another desk saved the session first.
        """
        with self.write() as s:
            row = s.get(GuidanceSession, session_id)
            if row is None:
                raise NotFound("session", session_id)
            case = self.load_case(s, row.case_id, action="edit_session")
            before = {f: getattr(row, f) for f in SESSION_FIELDS}
            self.check_version("session", row, expected_version, before)
            clean = self._clean(s, case, data)
            old_goals = {r.goal_id for r in row.ratings}
            locked = field_crypto.read_note(self.actor.keyring, row.private_notes) is None
            for key, value in clean.items():
                if key != "private_notes":
                    setattr(row, key, value)
            if not (locked and not clean["private_notes"]):
                # Notes this user cannot read, saved empty, are kept as they are.
                row.private_notes = self._sealed_note(s, case, clean)
            row.guardians_present = [SessionGuardian(guardian_id=g)
                                     for g in dict.fromkeys(data.guardian_ids)]
            s.flush()
            row.ratings = [SessionGoalRating(goal_id=g, rating=r)
                           for g, r in dict(data.ratings).items()]
            row.updated_at = self.ctx.now()
            recompute_case(s, case)
            refresh_goal_progress(s, old_goals | {g for g, _ in data.ratings})
            self.audit(s, Action.UPDATE, entity_type=EntityType.SESSION, entity_id=row.id,
                       case_id=case.id, details={"changes": diff(before, _public(clean))})
            return self._view(s, row)

    def mark_followed_up(self, session_id: int) -> None:
        """A no-show's follow-up (a call, a visit) was done; it leaves the dashboard list.

        Raises:
            NotFound: there is no such session.
            PermissionDenied: the session's case is not the user's to work on.
            ValidationError: the session is not a no-show.
        """
        with self.write() as s:
            row = s.get(GuidanceSession, session_id)
            if row is None:
                raise NotFound("session", session_id)
            self.load_case(s, row.case_id, action="edit_session")
            if row.attendance is not Attendance.NO_SHOW:
                raise ValidationError("attendance", QT_TRANSLATE_NOOP(
                    "Validation", "Only a no-show needs a follow-up."))
            row.followed_up = True
            self.audit(s, Action.UPDATE, entity_type=EntityType.SESSION, entity_id=row.id,
                       case_id=row.case_id, details={"followed_up": True})

    def for_case(self, case_id: int) -> list[SessionView]:
        """The case's sessions, newest first."""
        with self.read() as s:
            self.load_case(s, case_id)
            # Attendees and ratings in two queries for all rows, not two per row (issue #7).
            rows = s.scalars(select(GuidanceSession).where(GuidanceSession.case_id == case_id)
                             .options(selectinload(GuidanceSession.guardians_present),
                                      selectinload(GuidanceSession.ratings))
                             .order_by(GuidanceSession.held_at.desc(), GuidanceSession.id.desc()))
            names = {g.id: g.name for g in s.scalars(
                select(Guardian).join(Case, Case.minor_id == Guardian.minor_id)
                .where(Case.id == case_id))}
            users: dict[int, str] = {uid: name for uid, name in s.execute(
                select(User.id, User.display_name).where(User.id.in_(
                    select(GuidanceSession.counselor_id)
                    .where(GuidanceSession.case_id == case_id))))}
            return [self._view(s, r, names, users) for r in rows]

    def _view(self, s: Session, row: GuidanceSession, names: dict[int, str] | None = None,
              users: dict[int, str] | None = None) -> SessionView:
        # Sorted: rows come back from the database in no particular order, and the view
        # returned by a save must equal the one read later.
        guardian_ids = tuple(sorted(g.guardian_id for g in row.guardians_present))
        if names is None:
            names = {g.id: g.name for g in s.scalars(
                select(Guardian).where(Guardian.id.in_(guardian_ids)))}
        if users is None:
            user = s.get(User, row.counselor_id)
            users = {row.counselor_id: user.display_name if user else ""}
        notes = field_crypto.read_note(self.actor.keyring, row.private_notes)
        return SessionView(
            id=row.id, version=row.version, case_id=row.case_id, held_at=row.held_at,
            duration_minutes=row.duration_minutes, mode=row.mode, attendance=row.attendance,
            counselor_name=users.get(row.counselor_id, ""), minor_attended=row.minor_attended,
            guardian_ids=guardian_ids,
            guardian_names=tuple(names.get(g, "") for g in guardian_ids),
            ratings=tuple(sorted((r.goal_id, r.rating) for r in row.ratings)),
            private_notes=notes or "", shared_summary=row.shared_summary,
            next_steps=row.next_steps, next_appointment_at=row.next_appointment_at,
            followed_up=row.followed_up, private_notes_locked=notes is None,
        )

    def _sealed_note(self, s: Session, case: Case, clean: dict[str, Any]) -> str:
        """The private notes as stored: encrypted for the case's counselor and supervisors."""
        return field_crypto.encrypt_note(s, self.actor.keyring, case.center_id,
                                         case.assigned_counselor_id,
                                         clean["private_notes"] or "", self.ctx.now())


def _public(clean: dict[str, Any]) -> dict[str, Any]:
    """Audit details keep that notes changed, not the private notes themselves."""
    out = {k: v for k, v in clean.items() if k != "private_notes"}
    out["private_notes_length"] = len(clean.get("private_notes") or "")
    return out

