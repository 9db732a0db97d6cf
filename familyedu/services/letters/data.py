"""Gathering what a letter about one case prints, in the letter's language.

Session rows are read column by column and `private_notes` is never among the columns: a
private note cannot reach a document, even by mistake. Guardians marked removed are left out.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import (
    Attendance,
    Case,
    CaseStatus,
    Category,
    CategoryKind,
    Center,
    GuidancePlan,
    GuidanceSession,
    Letter,
    LetterKind,
    OrderType,
    PlanStatus,
    Role,
    SessionGoalRating,
    SessionMode,
    User,
)
from familyedu.reports import (
    Appointment,
    AuthorityReportData,
    CenterInfo,
    CompletionData,
    GoalLine,
    GuardianLetterData,
    LetterHeader,
    NoticeData,
    PlanDocumentData,
    PlanGoal,
    SessionLine,
    SharedSummary,
)
from familyedu.reports.data import PLAN_LAYOUT_EDITION
from familyedu.reports.text import join_names
from familyedu.services.core import field_crypto
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.letters.labels import LetterLabels, letter_labels

RESPOND_WITHIN_DAYS = 7  # a notice asks the guardians to get in touch within a week
EARLIEST_PACE_DAYS = 28  # before four weeks, a slow start is not yet falling behind
LIVE_PLANS = (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW)
_ENUMERATOR = re.compile(r"^\s*(?:\d+\s*[.、)）]|[（(]\s*\d+\s*[)）]|[-•·*])\s*")


@dataclass(frozen=True)
class LetterRequest:
    """What the user asked for; the period is already resolved (see `default_period`)."""

    kind: LetterKind
    period_start: date
    period_end: date
    language: str
    recipient: str | None = None
    stage: str | None = None
    assessment: str = ""


class SessionFacts(NamedTuple):
    """The shareable columns of a session (no private notes)."""

    held_at: datetime
    duration_minutes: int
    mode: SessionMode
    attendance: Attendance
    shared_summary: str
    next_steps: str
    next_appointment_at: datetime | None


def lines(text: str) -> tuple[str, ...]:
    """Non-empty lines without their own numbering (the documents number the items)."""
    return tuple(cleaned for line in text.splitlines()
                 if (cleaned := _ENUMERATOR.sub("", line).strip()))


def hours(minutes: int) -> float:
    """Minutes as hours, to one decimal (as the letters state them)."""
    return round(minutes / 60, 1)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of the month."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def category_labels(s: Session, language: str) -> dict[tuple[str, str], str]:
    """(kind, code) -> the center's label in the letter's language."""
    zh = language.startswith("zh")
    return {(c.kind.value, c.code): c.label_zh if zh else c.label_en
            for c in s.scalars(select(Category))}


def center_info(center: Center, labels: LetterLabels) -> CenterInfo:
    """The center's letterhead: name, address, phone line and logo."""
    return CenterInfo(name=center.name, address=center.address,
                      phone=labels.phone_line(center.phone), logo=center.logo_png or None)


def _needs_order(case: Case) -> None:
    if case.order_type is OrderType.NONE:
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "Validation", "This letter is about an order, and this case has none."))


class CaseFacts:
    """One case's data as the letters need it, read inside the caller's unit of work."""

    def __init__(self, s: Session, case: Case, *, actor_id: int, today: date,
                 language: str) -> None:
        self.s = s
        self.case = case
        self.minor = case.minor
        self.today = today
        self.language = language
        self.labels = letter_labels(language)
        center = s.get(Center, case.center_id)
        assert center is not None
        self.center_row = center
        self.center = center_info(center, self.labels)
        self.categories = category_labels(s, language)
        guardians = [g for g in self.minor.guardians if not g.removed]
        guardians.sort(key=lambda g: (not g.is_primary_contact, g.id))
        self.guardian_names = tuple(g.name for g in guardians)
        subjects = tuple(g.name for g in guardians if g.is_order_subject)
        self.order_subjects = subjects or self.guardian_names
        counselor = s.get(User, case.assigned_counselor_id)
        self.counselor_name = counselor.display_name if counselor else ""
        self.plan = self._plan(LIVE_PLANS, (PlanStatus.COMPLETED,))
        self.supervisor_name = self._supervisor_name(actor_id)

    # -- reading ---------------------------------------------------------------------------

    def category(self, kind: CategoryKind, code: str) -> str:
        """A category code's label in the letter's language (the code if unknown)."""
        return self.categories.get((kind.value, code), code)

    def _plan(self, *preferences: tuple[PlanStatus, ...]) -> GuidancePlan | None:
        plans = list(self.s.scalars(select(GuidancePlan).where(
            GuidancePlan.case_id == self.case.id).order_by(GuidancePlan.revision.desc())))
        for statuses in preferences:
            for plan in plans:
                if plan.status in statuses:
                    return plan
        return None

    def _supervisor_name(self, actor_id: int) -> str:
        """Who signs for the center: the issuing supervisor, else the plan's approver, else
        the center's first supervisor."""
        actor = self.s.get(User, actor_id)
        if actor is not None and actor.role is Role.SUPERVISOR:
            return actor.display_name
        if self.plan is not None and self.plan.approved_by_id is not None:
            approver = self.s.get(User, self.plan.approved_by_id)
            if approver is not None:
                return approver.display_name
        first = self.s.scalar(select(User.display_name).where(
            User.center_id == self.case.center_id, User.role == Role.SUPERVISOR,
            User.active.is_(True)).order_by(User.id).limit(1))
        return first or ""

    def sessions(self, start: date | None, end: date) -> list[SessionFacts]:
        """Sessions held from `start` (None: the beginning) to the end of day `end`."""
        stmt = (select(GuidanceSession.held_at, GuidanceSession.duration_minutes,
                       GuidanceSession.mode, GuidanceSession.attendance,
                       GuidanceSession.shared_summary, GuidanceSession.next_steps,
                       GuidanceSession.next_appointment_at)
                .where(GuidanceSession.case_id == self.case.id,
                       GuidanceSession.held_at < datetime.combine(end + timedelta(days=1),
                                                                   time()))
                .order_by(GuidanceSession.held_at, GuidanceSession.id))
        if start is not None:
            stmt = stmt.where(GuidanceSession.held_at >= datetime.combine(start, time()))
        return [SessionFacts(*row) for row in self.s.execute(stmt)]

    def goals(self, end: date) -> tuple[GoalLine, ...]:
        """Goals of the live plan with their progress as rated up to the end of the period."""
        if self.plan is None:
            return ()
        goals = list(self.plan.goals)
        rated: dict[int, int] = {}
        rows = self.s.execute(
            select(SessionGoalRating.goal_id, SessionGoalRating.rating)
            .join(GuidanceSession, GuidanceSession.id == SessionGoalRating.session_id)
            .where(SessionGoalRating.goal_id.in_([g.id for g in goals]),
                   GuidanceSession.held_at < datetime.combine(end + timedelta(days=1), time()))
            .order_by(GuidanceSession.held_at, GuidanceSession.id))
        for goal_id, rating in rows:
            rated[goal_id] = rating
        return tuple(GoalLine(self.category(CategoryKind.GOAL_DOMAIN, g.domain), g.description,
                              rated.get(g.id, g.progress)) for g in goals)

    def header(self, reference: str, recipient: str, copy_to: str = "") -> LetterHeader:
        """The letter's header: reference, today's date, language and recipients."""
        return LetterHeader(reference=reference, issued_on=self.today, language=self.language,
                            sealed=self.minor.sealed, recipient=recipient, copy_to=copy_to)

    def authority_recipient(self) -> str:
        """Who receives reports to the authority: the feedback recipient, else the referrer."""
        return self.case.feedback_recipient or self.case.referring_authority

    # -- documents -------------------------------------------------------------------------

    def build(self, request: LetterRequest, reference: str) -> Any:
        """The document input of `request.kind`, numbered `reference`."""
        makers = {LetterKind.GUARDIAN: self.guardian, LetterKind.AUTHORITY: self.authority,
                  LetterKind.PLAN: self.plan_doc, LetterKind.COMPLETION: self.completion,
                  LetterKind.NOTICE: self.notice}
        return makers[request.kind](request, reference)

    def _recipient(self, request: LetterRequest, default: str) -> str:
        given = (request.recipient or "").strip()
        return given or default

    def guardian(self, r: LetterRequest, reference: str) -> GuardianLetterData:
        """The letter to the guardians on the period's sessions, goals and next steps.

        Raises:
            ValidationError: the case is closed, or has no guardian on record.
        """
        if self.case.status is not CaseStatus.OPEN:
            # The letter tells what comes next and asks the family to keep taking part.
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "A letter to the guardians is about guidance that goes on, and "
                "this case is closed: issue a completion report instead."))
        if not self.guardian_names:
            raise ValidationError("guardian_names", QT_TRANSLATE_NOOP(
                "Validation", "This case has no guardian on record to write to: add one on "
                "the minor's page first."))
        rows = self.sessions(r.period_start, r.period_end)
        held = [x for x in rows if x.attendance is Attendance.ATTENDED]
        names = join_names(self.guardian_names, self.language)
        worked_on = tuple(SharedSummary(x.held_at.date(), self.labels.enum(x.mode),
                                        x.shared_summary.strip())
                          for x in held if x.shared_summary.strip())
        steps = next((lines(x.next_steps) for x in reversed(held) if x.next_steps.strip()), ())
        return GuardianLetterData(
            header=self.header(reference, self._recipient(
                r, self.labels.guardian_recipient(names, self.minor.name)
                if self.guardian_names else "")),
            center=self.center, minor_name=self.minor.name, guardian_names=self.guardian_names,
            period_start=r.period_start, period_end=r.period_end,
            sessions_held=len(held),
            sessions_missed=sum(x.attendance is Attendance.NO_SHOW for x in rows),
            hours_done=hours(sum(x.duration_minutes for x in held)),
            worked_on=worked_on, goals=self.goals(r.period_end), next_steps=steps,
            next_appointment=self._next_appointment(),
            counselor_name=self.counselor_name, counselor_phone=self.center_row.phone,
        )

    def _next_appointment(self) -> Appointment | None:
        """The appointment booked at the latest session that booked one, when still ahead
        (a later session recorded without a booking does not unbook it)."""
        if self.case.status is not CaseStatus.OPEN:
            return None
        booked = next((x.next_appointment_at for x in reversed(self.sessions(None, self.today))
                       if x.next_appointment_at is not None), None)
        if booked is None or booked.date() < self.today:
            return None
        return Appointment(on=booked.date(), time=f"{booked:%H:%M}" if booked.time() else "")

    def _totals(self, end: date) -> tuple[int, int, float]:
        """Attended, missed and hours from the opening of the case to `end`."""
        rows = self.sessions(None, end)
        held = [x for x in rows if x.attendance is Attendance.ATTENDED]
        return (len(held), sum(x.attendance is Attendance.NO_SHOW for x in rows),
                hours(sum(x.duration_minutes for x in held)))

    def authority(self, r: LetterRequest, reference: str) -> AuthorityReportData:
        """The report to the ordering authority: the order, totals to date and the sessions.

        Raises:
            ValidationError: the case has no order.
        """
        _needs_order(self.case)
        # The letter states the totals "as of the day of issue" (截至本函出具之日).
        done, missed, hours_done = self._totals(self.today)
        # Only attended sessions have a length: a no-show's recorded minutes (time spent
        # waiting) would read as guidance given.
        table = tuple(SessionLine(x.held_at.date(), self.labels.enum(x.mode),
                                  x.duration_minutes if x.attendance is Attendance.ATTENDED
                                  else 0, self.labels.enum(x.attendance))
                      for x in self.sessions(r.period_start, r.period_end))
        c = self.case
        return AuthorityReportData(
            header=self.header(reference, self._recipient(r, self.authority_recipient())),
            center=self.center, order_type=self.labels.enum(c.order_type),
            order_number=c.order_document_number, order_issued_on=c.order_issued_on,
            minor_name=self.minor.name, guardian_names=self.order_subjects,
            period_start=r.period_start, period_end=r.period_end,
            sessions_required=c.order_sessions_required, hours_required=c.order_hours_required,
            deadline=c.order_due_on, sessions_done=done, sessions_missed=missed,
            hours_done=hours_done, goals=self.goals(r.period_end),
            assessment=r.assessment.strip(), sessions=table,
            counselor_name=self.counselor_name, supervisor_name=self.supervisor_name,
        )

    def printable_plan(self) -> GuidancePlan:
        """The plan to print for signature: the live one, else a pending or draft one, else
        a completed or superseded one.

        Raises:
            ValidationError: the case is closed, has no plan, or the plan has no review date.
        """
        if self.case.status is CaseStatus.CLOSED:
            # Its review and end dates would be read as still ahead ("will be reviewed on …").
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "A guidance plan is printed for signature while the case is "
                "open; for a closed case, issue the completion report."))
        plan = self._plan(LIVE_PLANS, (PlanStatus.PENDING_APPROVAL, PlanStatus.DRAFT),
                          (PlanStatus.COMPLETED, PlanStatus.SUPERSEDED))
        if plan is None:
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "This case has no guidance plan yet."))
        if plan.review_on is None:
            raise ValidationError("review_on", QT_TRANSLATE_NOOP(
                "Validation", "The plan needs a review date before it is printed."))
        return plan

    def _approver_name(self, plan: GuidancePlan) -> str:
        """Who the plan names as its reviewing supervisor (督导…审核): the one who approved
        this plan, not whoever prints it; a plan not yet approved names the usual signer."""
        if plan.approved_by_id is not None:
            approver = self.s.get(User, plan.approved_by_id)
            if approver is not None:
                return approver.display_name
        return self.supervisor_name

    def plan_doc(self, r: LetterRequest, reference: str) -> PlanDocumentData:
        """The guidance plan document, with goals and interventions by domain.

        Raises:
            ValidationError: the case is closed, has no plan, or the plan has no review date.
        """
        plan = self.printable_plan()
        assert plan.review_on is not None
        domain = {g.id: self.category(CategoryKind.GOAL_DOMAIN, g.domain) for g in plan.goals}
        interventions = lines(plan.interventions) + tuple(
            self.labels.labelled(domain[g.id], text)
            for g in plan.goals for text in lines(g.interventions))
        return PlanDocumentData(
            header=self.header(reference, self._recipient(r, "")), center=self.center,
            minor_name=self.minor.name, guardian_names=self.guardian_names,
            counselor_name=self.counselor_name, supervisor_name=self._approver_name(plan),
            needs=lines(plan.needs),
            goals=tuple(PlanGoal(domain[g.id], g.description, g.target_on) for g in plan.goals),
            interventions=interventions, frequency=plan.frequency, start_on=plan.start_on,
            review_on=plan.review_on, end_on=plan.end_on, revision=plan.revision,
            layout_edition=PLAN_LAYOUT_EDITION,
        )

    def completion(self, r: LetterRequest, reference: str) -> CompletionData:
        """The completion report of a closed case: totals, outcome and recommendations.

        Raises:
            ValidationError: the case is not closed with an outcome.
        """
        c = self.case
        if c.status is not CaseStatus.CLOSED or c.closure_outcome is None:
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "A completion report is only for a closed case: close the case "
                "first."))
        done, missed, hours_done = self._totals(self.today)
        reason = self.labels.enum(c.closure_outcome)
        r = self.completion_request(r)
        held = [x for x in self.sessions(None, r.period_end)
                if x.attendance is Attendance.ATTENDED]
        advice = next((lines(x.next_steps) for x in reversed(held) if x.next_steps.strip()), ())
        has_order = c.order_type is not OrderType.NONE
        return CompletionData(
            header=self.header(reference, self._recipient(r, self.authority_recipient())),
            center=self.center, minor_name=self.minor.name, guardian_names=self.order_subjects,
            period_start=r.period_start, period_end=r.period_end, closure_reason=reason,
            sessions_done=done, sessions_missed=missed, hours_done=hours_done,
            order_type=self.labels.enum(c.order_type) if has_order else "",
            order_number=c.order_document_number if has_order else "",
            hours_required=c.order_hours_required if has_order else None,
            sessions_required=c.order_sessions_required if has_order else None,
            goals=self.goals(r.period_end), outcome=c.closure_note.strip(),
            recommendations=advice, counselor_name=self.counselor_name,
            supervisor_name=self.supervisor_name,
        )

    def completion_request(self, r: LetterRequest) -> LetterRequest:
        """A completion report covers the whole case, from its opening to its closing."""
        c = self.case
        return dataclasses.replace(r, period_start=c.opened_on,
                                   period_end=c.closed_on or self.today)

    def order_unmet(self, on: date) -> bool:
        """The order still lacks hours or sessions on `on`."""
        c = self.case
        done, _missed, hours_done = self._totals(on)
        return ((c.order_hours_required is not None and hours_done < c.order_hours_required)
                or (c.order_sessions_required is not None
                    and done < c.order_sessions_required))

    def reminded(self) -> bool:
        """A reminder (the first stage of a notice) was issued for this case."""
        return any(stage == "reminder" for stage, _reply_by in self.notice_stages())

    def reply_by(self) -> date | None:
        """The latest day a reminder asked the guardians to reply by."""
        days = [day for stage, day in self.notice_stages() if stage == "reminder" and day]
        return max(days, default=None)

    def notice_stages(self) -> list[tuple[str, date | None]]:
        """(stage, the day the notice asked a reply by) of each notice issued for the case.

        Raises:
            ValidationError: a notice is sealed and this user holds no sealed key.
        """
        rows = self.s.scalars(select(Letter.snapshot).where(
            Letter.case_id == self.case.id, Letter.kind == LetterKind.NOTICE))
        found: list[tuple[str, date | None]] = []
        keyring = self.s.info.get("keyring") or field_crypto.Keyring()
        for stored in rows:
            text = field_crypto.open_text(keyring, field_crypto.LETTER_SNAPSHOT, stored)
            if text is None:  # a sealed child's notice, and no sealed key at hand
                raise ValidationError("sealed", field_crypto.NO_SEALED_KEY)
            data = json.loads(text).get("data", {})
            reply = data.get("respond_by")
            found.append((str(data.get("stage", "")),
                          date.fromisoformat(reply) if isinstance(reply, str) else None))
        return found

    def notice_stage(self, asked: str | None) -> str:
        """The stage a notice takes: the one asked for, else non-compliance once a reminder
        went out and the deadline has passed, else a reminder. Refuses a notice the case
        does not call for (closed, fulfilled order, no reminder before non-compliance).

        Raises:
            ValidationError: the case calls for no notice, or not for the stage asked.
        """
        _needs_order(self.case)
        if self.case.status is not CaseStatus.OPEN:
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "A notice is only for an open case; this case is closed."))
        if not self.order_unmet(self.today):
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "The order of this case is fulfilled: there is nothing to "
                "remind the guardians of."))
        if not self.order_behind():
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Validation", "The guardians are keeping up with the order (no session "
                "missed, as much done as a steady pace to the deadline needs by now): a "
                "notice is for guardians who fall behind."))
        if asked is not None and asked not in ("reminder", "non_compliance"):
            raise ValidationError("stage", QT_TRANSLATE_NOOP(
                "Validation", "Please choose one of the listed values."))
        reminded = self.reminded()
        if asked == "non_compliance" and not reminded:
            raise ValidationError("stage", QT_TRANSLATE_NOOP(
                "Validation", "A notice of non-compliance follows a reminder: issue a "
                "reminder first."))
        reply_by = self.reply_by()
        # "经提醒后仍未履行" is true only once the day the reminder gave for a reply is past.
        waiting = reply_by is not None and reply_by >= self.today
        if asked == "non_compliance" and waiting:
            raise ValidationError("stage", QT_TRANSLATE_NOOP(
                "Validation", "The reminder asked the guardians to reply by {date}: a notice "
                "of non-compliance can follow only after that day."),
                date=reply_by.isoformat() if reply_by else "")
        if asked is not None:
            return asked
        return ("non_compliance" if reminded and not waiting and self.order_overdue(self.today)
                else "reminder")

    def order_behind(self) -> bool:
        """The guardians fall behind the order today: a session missed, or less done than a
        steady pace from the opening to the deadline reaches by today (the deadline passed
        counts the whole order). Four weeks in with nothing missed is too early to judge."""
        c = self.case
        if c.order_due_on is None:
            return True  # no deadline to keep pace with: an unmet order is all there is
        rows = self.sessions(None, self.today)
        if any(x.attendance is Attendance.NO_SHOW for x in rows):
            return True
        elapsed, total = (self.today - c.opened_on).days, (c.order_due_on - c.opened_on).days
        if elapsed < EARLIEST_PACE_DAYS and self.today <= c.order_due_on:
            return False
        share = 1.0 if total <= 0 else min(1.0, elapsed / total)
        held = [x for x in rows if x.attendance is Attendance.ATTENDED]
        hours_done = sum(x.duration_minutes for x in held) / 60
        return ((c.order_hours_required is not None
                 and hours_done < c.order_hours_required * share)
                or (c.order_sessions_required is not None
                    and len(held) < c.order_sessions_required * share))

    def order_overdue(self, on: date) -> bool:
        """The order's deadline has passed on `on` with hours or sessions still missing."""
        c = self.case
        if c.order_type is OrderType.NONE or c.order_due_on is None or c.order_due_on >= on:
            return False
        done, _missed, hours_done = self._totals(on)
        return ((c.order_hours_required is not None and hours_done < c.order_hours_required)
                or (c.order_sessions_required is not None
                    and done < c.order_sessions_required))

    def notice(self, r: LetterRequest, reference: str) -> NoticeData:
        """The notice to the order subjects who fall behind: a reminder or non-compliance.

        Raises:
            ValidationError: the case calls for no notice, or not for the stage asked.
        """
        c = self.case
        stage = self.notice_stage(r.stage)
        done, _missed, hours_done = self._totals(self.today)
        missed = tuple(x.held_at.date() for x in self.sessions(r.period_start, r.period_end)
                       if x.attendance is Attendance.NO_SHOW)
        names = join_names(self.order_subjects, self.language)
        # A notice is about the order subjects' own duty: addressed to them by name.
        return NoticeData(
            header=self.header(reference, self._recipient(r, names),
                copy_to=c.referring_authority),
            center=self.center, stage=stage, minor_name=self.minor.name,
            guardian_names=self.order_subjects, order_type=self.labels.enum(c.order_type),
            order_number=c.order_document_number, hours_required=c.order_hours_required,
            hours_done=hours_done, sessions_missed=len(missed), missed_dates=missed,
            deadline=c.order_due_on, respond_by=self.today + timedelta(days=RESPOND_WITHIN_DAYS),
            counselor_name=self.counselor_name, counselor_phone=self.center_row.phone,
            sessions_required=c.order_sessions_required, sessions_done=done,
        )

    def letter_period(self, request: LetterRequest) -> tuple[date, date | None]:
        """The period recorded in the register: a plan's own dates, else the request's."""
        if request.kind is LetterKind.PLAN:
            plan = self.printable_plan()
            return plan.start_on, plan.end_on
        if request.kind is LetterKind.COMPLETION:
            r = self.completion_request(request)
            return r.period_start, r.period_end
        return request.period_start, request.period_end


def check_center(center: Center) -> None:
    """A letter tells the family how to reach the center: no letter without both.

    Raises:
        ValidationError: the center's phone number or address is missing.
    """
    if not center.phone.strip():
        raise ValidationError("center.phone", QT_TRANSLATE_NOOP(
            "Validation", "The center's phone number is missing: enter it in Administration "
            "(Center) before printing letters."))
    if not center.address.strip():
        raise ValidationError("center.address", QT_TRANSLATE_NOOP(
            "Validation", "The center's address is missing: enter it in Administration "
            "(Center) before printing letters."))


def within_case(case: Case, start: date, end: date) -> tuple[date, date]:
    """The period cut to the days the case was open: a letter about a period "我中心为您的家庭
    提供家庭教育指导" cannot start before the case was opened nor run past its closing.

    Raises:
        ValidationError: the period ends before the case was opened, or starts after it
            was closed.
    """
    if end < case.opened_on:
        raise ValidationError("period_end", QT_TRANSLATE_NOOP(
            "Validation", "The period ends before the case was opened ({date}): there is "
            "no guidance to report on."), date=case.opened_on.isoformat())
    if case.closed_on is not None and start > case.closed_on:
        raise ValidationError("period_start", QT_TRANSLATE_NOOP(
            "Validation", "The period starts after the case was closed ({date}): there is "
            "no guidance to report on."), date=case.closed_on.isoformat())
    return max(start, case.opened_on), min(end, case.closed_on or end)


def default_period(case: Case, kind: LetterKind, today: date,
                   previous: tuple[date, date | None] | None) -> tuple[date, date]:
    """The period a letter covers unless the user chooses: a guardian letter the last full
    month, a report to the authority or a notice everything since the last one of its kind
    (a report up to the end of last month), a completion report the whole case, other
    documents the case so far. Never before the case opened. With nothing new since the
    last letter of the kind, its own period: issuing it again is then a re-issue."""
    opened = case.opened_on
    until = min(case.closed_on or today, today)
    last_month_end = today.replace(day=1) - timedelta(days=1)
    last_end = previous[1] if previous else None
    if kind is LetterKind.GUARDIAN:
        start, end = max(last_month_end.replace(day=1), opened), min(last_month_end, until)
    elif kind in (LetterKind.AUTHORITY, LetterKind.NOTICE):
        start = max(last_end + timedelta(days=1), opened) if last_end else opened
        end = min(last_month_end, until) if kind is LetterKind.AUTHORITY else until
        if previous is not None and (last_end is None or start > end):
            return previous[0], last_end or until
    elif kind is LetterKind.COMPLETION:
        return opened, case.closed_on or today
    else:
        start, end = opened, until
    if end < start:  # a case opened (or reported on) this month: up to today
        start, end = min(start, until), until
    return start, end
