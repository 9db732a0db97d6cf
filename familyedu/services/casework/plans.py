"""Guidance plans: drafting, the approval workflow and revisions that keep the old plan."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from familyedu.errors import NotFound, ValidationError
from familyedu.models import (
    Case,
    CategoryKind,
    Goal,
    GuidancePlan,
    Minor,
    PlanStatus,
    Role,
    SessionGoalRating,
    User,
)
from familyedu.services.admin.categories import check_category
from familyedu.services.casework.dto import (
    GoalInput,
    GoalView,
    PendingPlan,
    PlanInput,
    PlanOutcome,
    PlanView,
)
from familyedu.services.casework.sessions import refresh_goal_progress
from familyedu.services.core.audit import Action, EntityType, diff
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import (
    Errors,
    check_date,
    check_int_range,
    optional_text,
    require_date,
    required_text,
)

PLAN_FIELDS = ("needs", "interventions", "frequency", "start_on", "end_on", "review_on")
LIVE = (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW)
OPEN_DRAFTS = (PlanStatus.DRAFT, PlanStatus.PENDING_APPROVAL)
APPROVED = "approved"
RETURNED = "returned"
COMMENT_LENGTH = 2000
QUEUE_LENGTH = 100

# A whole sentence for each status, so each language words the status its own way (a status
# code put into one translated sentence would show "active" to a Chinese user).
NOT_WHILE: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Validation", "This step is not possible while the plan is a draft."),
    PlanStatus.PENDING_APPROVAL: QT_TRANSLATE_NOOP(
        "Validation", "This step is not possible while the plan is awaiting approval."),
    PlanStatus.ACTIVE: QT_TRANSLATE_NOOP(
        "Validation", "This step is not possible while the plan is active."),
    PlanStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP(
        "Validation", "This step is not possible while the plan is under review."),
    PlanStatus.COMPLETED: QT_TRANSLATE_NOOP(
        "Validation", "This step is not possible now that the plan is completed."),
    PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP(
        "Validation", "This step is not possible now that the plan has been superseded."),
}


def not_while(status: PlanStatus) -> ValidationError:
    """The refusal of a step the plan's status does not allow; `status` stays a parameter
    (the code) for logs and tests, but the message itself names it in words."""
    return ValidationError("status", NOT_WHILE[status], status=status.value)


def _comment(text: str, *, required: bool) -> str:
    """The supervisor's comment on a decision; a return must say why.

    Raises:
        ValidationError: a required comment is empty, or the comment is too long.
    """
    value = (text or "").strip()
    if required and not value:
        raise ValidationError("comment", QT_TRANSLATE_NOOP(
            "Validation", "Say why the plan is returned: the counselor reads this comment."))
    return optional_text("comment", value, COMMENT_LENGTH)


def _clean_goal(s: Session, goal: GoalInput, index: int) -> dict[str, Any]:
    errors = Errors()
    p = f"goals.{index}."
    out = {
        "domain": errors.check(check_category, s, CategoryKind.GOAL_DOMAIN, f"{p}domain",
                               goal.domain),
        "description": errors.check(required_text, f"{p}description", goal.description, 2000),
        "interventions": errors.check(optional_text, f"{p}interventions", goal.interventions,
                                      2000),
        "target_on": errors.check(check_date, f"{p}target_on", goal.target_on, required=False),
        "progress": errors.check(check_int_range, f"{p}progress", goal.progress, 0, 4),
        "position": index,
    }
    errors.raise_if_any()
    return out


def clean_plan(s: Session, data: PlanInput) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A plan's fields and goals checked and tidied, ready to set on the rows.

    Raises:
        ValidationError: a field or goal is wrong, or a date is before the start (all
            fields named).
    """
    errors = Errors()
    out: dict[str, Any] = {
        "needs": errors.check(optional_text, "needs", data.needs, 4000),
        "interventions": errors.check(optional_text, "interventions", data.interventions, 4000),
        "frequency": errors.check(optional_text, "frequency", data.frequency, 200),
        "start_on": errors.check(require_date, "start_on", data.start_on),
        "end_on": errors.check(check_date, "end_on", data.end_on, required=False),
        "review_on": errors.check(check_date, "review_on", data.review_on, required=False),
    }
    goals = [errors.check(_clean_goal, s, g, i) for i, g in enumerate(data.goals)]
    start = out["start_on"]
    if start is not None:
        if out["end_on"] is not None and out["end_on"] < start:
            errors.add("end_on", QT_TRANSLATE_NOOP(
                "Validation", "The plan's end cannot be before its start."))
        if out["review_on"] is not None and out["review_on"] < start:
            errors.add("review_on", QT_TRANSLATE_NOOP(
                "Validation", "The review date cannot be before the plan starts."))
    errors.raise_if_any()
    return out, [g for g in goals if g is not None]


def _replace_goals(s: Session, plan: GuidancePlan, goals: list[dict[str, Any]]) -> None:
    """The draft's goals become `goals`, position by position.

    A goal keeps its row, so sessions that already rated it still refer to it (deleting it
    would break their ratings); a goal rated in a session can be reworded, not removed.

    Raises:
        ValidationError: a goal to remove has been rated in a session.
    """
    current = sorted(plan.goals, key=lambda g: g.position)
    for goal, values in zip(current, goals, strict=False):
        for key, value in values.items():
            setattr(goal, key, value)
    # A rated goal's progress is its latest rating, whatever the form sent.
    refresh_goal_progress(s, {goal.id for goal in current[:len(goals)]})
    plan.goals.extend(Goal(version=1, **values) for values in goals[len(current):])
    removed = current[len(goals):]
    if removed and s.scalar(select(func.count()).select_from(SessionGoalRating).where(
            SessionGoalRating.goal_id.in_([g.id for g in removed]))):
        raise ValidationError("goals", QT_TRANSLATE_NOOP(
            "Validation", "A goal that a session has rated cannot be removed; reword it "
            "instead."))
    for goal in removed:
        plan.goals.remove(goal)


class PlanService(Service):
    """A case's service plan: drafts, supervisor approval, reviews and revisions."""

    def _load(self, s: Session, plan_id: int, action: str) -> GuidancePlan:
        plan = s.get(GuidancePlan, plan_id)
        if plan is None:
            raise NotFound("plan", plan_id)
        self.load_case(s, plan.case_id, action=action)
        return plan

    def view(self, s: Session, plan: GuidancePlan) -> PlanView:
        """The plan with its goals and the names of who wrote and decided it."""
        def name(user_id: int | None) -> str:
            user = s.get(User, user_id) if user_id else None
            return user.display_name if user else ""

        return PlanView(
            id=plan.id, version=plan.version, case_id=plan.case_id, revision=plan.revision,
            status=plan.status, needs=plan.needs, interventions=plan.interventions,
            frequency=plan.frequency, start_on=plan.start_on, end_on=plan.end_on,
            review_on=plan.review_on, created_by_name=name(plan.created_by_id),
            submitted_at=plan.submitted_at, approved_by_name=name(plan.approved_by_id),
            approved_at=plan.approved_at, supersedes_id=plan.supersedes_id,
            goals=tuple(GoalView(g.id, g.position, g.domain, g.description, g.interventions,
                                 g.target_on, g.progress) for g in plan.goals),
            decision=plan.decision or "", decision_comment=plan.decision_comment or "",
            decided_by_name=name(plan.decided_by_id), decided_at=plan.decided_at,
        )

    def revisions(self, case_id: int) -> list[PlanView]:
        """Every revision of the case's plan, newest first.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to read.
        """
        with self.read() as s:
            self.load_case(s, case_id)
            plans = s.scalars(select(GuidancePlan).where(GuidancePlan.case_id == case_id)
                              .order_by(GuidancePlan.revision.desc()))
            return [self.view(s, p) for p in plans]

    def current(self, case_id: int) -> PlanView | None:
        """The plan being worked on: an open draft first, else the live one, else the last."""
        plans = self.revisions(case_id)
        for statuses in (OPEN_DRAFTS, LIVE):
            for plan in plans:
                if plan.status in statuses:
                    return plan
        return plans[0] if plans else None

    def create(self, case_id: int, data: PlanInput) -> PlanView:
        """The first plan of a case (later ones come from `revise`).

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to work on.
            ValidationError: a field is wrong (all fields named), or the case already has
                a plan.
        """
        with self.write() as s:
            self.load_case(s, case_id, action="edit_plan")
            existing = s.scalar(select(func.count(GuidancePlan.id)).where(
                GuidancePlan.case_id == case_id,
                GuidancePlan.status.in_([*OPEN_DRAFTS, *LIVE])))
            if existing:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "This case already has a plan: revise it instead."))
            fields, goals = clean_plan(s, data)
            plan = self._insert(s, case_id, fields, goals, supersedes_id=None)
            return self.view(s, plan)

    def _insert(self, s: Session, case_id: int, fields: dict[str, Any],
                goals: list[dict[str, Any]], supersedes_id: int | None) -> GuidancePlan:
        revision = (s.scalar(select(func.max(GuidancePlan.revision))
                             .where(GuidancePlan.case_id == case_id)) or 0) + 1
        plan = GuidancePlan(case_id=case_id, revision=revision, status=PlanStatus.DRAFT,
                            created_by_id=self.actor.user_id, supersedes_id=supersedes_id,
                            version=1, **fields)
        plan.goals = [Goal(version=1, **g) for g in goals]
        s.add(plan)
        s.flush()
        self.audit(s, Action.CREATE, entity_type=EntityType.PLAN,
                   entity_id=plan.id, case_id=case_id,
                   details={"revision": revision, "goals": len(goals)})
        return plan

    def update(self, plan_id: int, expected_version: int, data: PlanInput) -> PlanView:
        """Edit a draft. An approved plan is never edited in place: it is revised.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: a field is wrong (all fields named), the plan is not a draft,
                or a goal to remove has been rated.
            StaleRecord: another desk saved the plan first.
        """
        with self.write() as s:
            plan = self._load(s, plan_id, "edit_plan")
            before = {f: getattr(plan, f) for f in PLAN_FIELDS}
            self.check_version("plan", plan, expected_version, before)
            if plan.status is not PlanStatus.DRAFT:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "Only a draft can be edited; revise an approved plan."))
            fields, goals = clean_plan(s, data)
            for key, value in fields.items():
                setattr(plan, key, value)
            _replace_goals(s, plan, goals)
            plan.updated_at = self.ctx.now()
            self.audit(s, Action.UPDATE, entity_type=EntityType.PLAN, entity_id=plan.id,
                       case_id=plan.case_id,
                       details={"changes": diff(before, fields), "goals": len(goals)})
            s.flush()
            return self.view(s, plan)

    def _transition(self, plan_id: int, expected_version: int, action: str,
                    allowed: tuple[PlanStatus, ...], target: PlanStatus,
                    decision: str | None = None, comment: str = "") -> PlanView:
        with self.write() as s:
            plan = self._load(s, plan_id, action)
            self.check_version("plan", plan, expected_version)
            if plan.status not in allowed:
                raise not_while(plan.status)
            before = plan.status
            self._apply(s, plan, target)
            details: dict[str, Any] = {"status": [before.value, target.value], "step": action}
            if decision is not None:
                plan.decision, plan.decision_comment = decision, comment
                plan.decided_by_id, plan.decided_at = self.actor.user_id, self.ctx.now()
                details["comment"] = comment
            self.audit(s, Action.UPDATE, entity_type=EntityType.PLAN, entity_id=plan.id,
                       case_id=plan.case_id, details=details)
            s.flush()
            return self.view(s, plan)

    def _apply(self, s: Session, plan: GuidancePlan, target: PlanStatus) -> None:
        now = self.ctx.now()
        case = s.get(Case, plan.case_id)
        assert case is not None
        if target is PlanStatus.PENDING_APPROVAL:
            if not plan.goals:
                raise ValidationError("goals", QT_TRANSLATE_NOOP(
                    "Validation", "A plan needs at least one goal before approval."))
            if plan.review_on is None:
                raise ValidationError("review_on", QT_TRANSLATE_NOOP(
                    "Validation", "A plan needs a review date before approval."))
            plan.submitted_at = now
        elif target is PlanStatus.ACTIVE and plan.status is PlanStatus.PENDING_APPROVAL:
            plan.approved_by_id, plan.approved_at = self.actor.user_id, now
            for old in s.scalars(select(GuidancePlan).where(
                    GuidancePlan.case_id == plan.case_id, GuidancePlan.id != plan.id,
                    GuidancePlan.status.in_(LIVE))):
                old.status = PlanStatus.SUPERSEDED
            case.next_review_on = plan.review_on
        elif target is PlanStatus.COMPLETED:
            case.next_review_on = None
        plan.status = target

    def submit(self, plan_id: int, expected_version: int) -> PlanView:
        """Send a draft to the supervisor for approval.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: the plan is not a draft, or has no goal or no review date.
            StaleRecord: another desk saved the plan first.
        """
        return self._transition(plan_id, expected_version, "submit_plan",
                                (PlanStatus.DRAFT,), PlanStatus.PENDING_APPROVAL)

    def approve(self, plan_id: int, expected_version: int, comment: str = "") -> PlanView:
        """Only a supervisor approves; the plan becomes active and supersedes the old one.
        The comment (optional) is kept with the revision for the counselor to read.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the user is not a supervisor of the plan's case.
            ValidationError: the plan is not waiting for approval, or the comment is too
                long.
            StaleRecord: another desk saved the plan first.
        """
        self.require_role("approve_plan", Role.SUPERVISOR)
        text = _comment(comment, required=False)
        return self._transition(plan_id, expected_version, "approve_plan",
                                (PlanStatus.PENDING_APPROVAL,), PlanStatus.ACTIVE,
                                decision=APPROVED, comment=text)

    def return_to_draft(self, plan_id: int, expected_version: int,
                        comment: str = "") -> PlanView:
        """Withdraw a submission (counselor) or send it back (supervisor). A supervisor's
        return says why: the comment is required and kept with the revision.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: the plan is not waiting for approval, or a supervisor gave
                no comment.
            StaleRecord: another desk saved the plan first.
        """
        if self.actor.role is Role.SUPERVISOR:
            text = _comment(comment, required=True)
            return self._transition(plan_id, expected_version, "return_plan",
                                    (PlanStatus.PENDING_APPROVAL,), PlanStatus.DRAFT,
                                    decision=RETURNED, comment=text)
        return self._transition(plan_id, expected_version, "return_plan",
                                (PlanStatus.PENDING_APPROVAL,), PlanStatus.DRAFT)

    def approval_queue(self, limit: int = QUEUE_LENGTH) -> list[PendingPlan]:
        """The center's plans waiting for approval, longest waiting first (supervisors).

        Raises:
            PermissionDenied: the user is not a supervisor.
        """
        self.require_role("approval_queue", Role.SUPERVISOR)
        counselor = aliased(User)
        with self.read() as s:
            rows = s.execute(
                select(GuidancePlan.id, GuidancePlan.version, GuidancePlan.revision,
                       GuidancePlan.submitted_at, Case.id.label("case_id"), Case.case_number,
                       Minor.name, counselor.display_name)
                .join(Case, Case.id == GuidancePlan.case_id)
                .join(Minor, Minor.id == Case.minor_id)
                .join(counselor, counselor.id == Case.assigned_counselor_id)
                .where(GuidancePlan.status == PlanStatus.PENDING_APPROVAL, self.case_filter())
                .order_by(GuidancePlan.submitted_at, GuidancePlan.id)
                .limit(max(1, limit)))
            return [PendingPlan(plan_id=r.id, plan_version=r.version, revision=r.revision,
                                case_id=r.case_id, case_number=r.case_number,
                                minor_name=r.name, counselor_name=r.display_name,
                                submitted_at=r.submitted_at) for r in rows]

    def recent_outcomes(self, limit: int = 10) -> list[PlanOutcome]:
        """The supervisor's latest decisions on the plans of the actor's own cases, newest
        first (a counselor's dashboard).

        Raises:
            PermissionDenied: the user is not a counselor.
        """
        self.require_role("plan_outcomes", Role.COUNSELOR)
        decider = aliased(User)
        with self.read() as s:
            rows = s.execute(
                select(GuidancePlan.id, GuidancePlan.revision, GuidancePlan.decision,
                       GuidancePlan.decision_comment, GuidancePlan.decided_at,
                       Case.id.label("case_id"), Case.case_number, Minor.name,
                       decider.display_name)
                .join(Case, Case.id == GuidancePlan.case_id)
                .join(Minor, Minor.id == Case.minor_id)
                .outerjoin(decider, decider.id == GuidancePlan.decided_by_id)
                .where(self.case_filter(), GuidancePlan.decided_at.is_not(None))
                .order_by(GuidancePlan.decided_at.desc(), GuidancePlan.id.desc())
                .limit(max(1, limit)))
            return [PlanOutcome(plan_id=r.id, revision=r.revision, case_id=r.case_id,
                                case_number=r.case_number, minor_name=r.name,
                                decision=r.decision or "", comment=r.decision_comment or "",
                                decided_by_name=r.display_name or "",
                                decided_at=r.decided_at) for r in rows]

    def start_review(self, plan_id: int, expected_version: int) -> PlanView:
        """Put an active plan under review.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: the plan is not active.
            StaleRecord: another desk saved the plan first.
        """
        return self._transition(plan_id, expected_version, "review_plan",
                                (PlanStatus.ACTIVE,), PlanStatus.UNDER_REVIEW)

    def end_review(self, plan_id: int, expected_version: int, next_review_on: Any) -> PlanView:
        """The review found the plan still right: active again, with the next review date.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: the plan is not under review, or the next review date is
                missing or not after today.
            StaleRecord: another desk saved the plan first.
        """  # noqa: DOC501 (`raise not_while(...)` raises a ValidationError)
        with self.write() as s:
            plan = self._load(s, plan_id, "review_plan")
            self.check_version("plan", plan, expected_version)
            day = require_date("review_on", next_review_on)
            if plan.status is not PlanStatus.UNDER_REVIEW:
                raise not_while(plan.status)
            if day <= self.ctx.today():
                raise ValidationError("review_on", QT_TRANSLATE_NOOP(
                    "Validation", "The next review must be after today."))
            plan.status, plan.review_on = PlanStatus.ACTIVE, day
            case = s.get(Case, plan.case_id)
            assert case is not None
            case.next_review_on = day
            self.audit(s, Action.UPDATE, entity_type=EntityType.PLAN, entity_id=plan.id,
                       case_id=plan.case_id, details={"review_on": day})
            s.flush()
            return self.view(s, plan)

    def complete(self, plan_id: int, expected_version: int) -> PlanView:
        """Mark a live plan completed; the case then has no review due.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: the plan is not live (active or under review).
            StaleRecord: another desk saved the plan first.
        """
        return self._transition(plan_id, expected_version, "complete_plan", LIVE,
                                PlanStatus.COMPLETED)

    def revise(self, plan_id: int) -> PlanView:
        """A new draft revision copied from a live plan; the old one stays until approval.

        Raises:
            NotFound: there is no such plan.
            PermissionDenied: the plan's case is not the user's to work on.
            ValidationError: the plan is not live, or a revision is already being drafted.
        """
        with self.write() as s:
            plan = self._load(s, plan_id, "edit_plan")
            if plan.status not in LIVE:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "Only an approved plan is revised."))
            pending = s.scalar(select(func.count(GuidancePlan.id)).where(
                GuidancePlan.case_id == plan.case_id, GuidancePlan.status.in_(OPEN_DRAFTS)))
            if pending:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "A revision of this plan is already being drafted."))
            fields = {f: getattr(plan, f) for f in PLAN_FIELDS}
            goals = [{"domain": g.domain, "description": g.description,
                      "interventions": g.interventions, "target_on": g.target_on,
                      "progress": g.progress, "position": g.position} for g in plan.goals]
            new = self._insert(s, plan.case_id, fields, goals, supersedes_id=plan.id)
            return self.view(s, new)
