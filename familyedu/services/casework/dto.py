"""Plain frozen values the casework services take and return (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum

from familyedu.models.enums import (
    Attendance,
    CaseStatus,
    ClosureOutcome,
    Gender,
    OrderType,
    PlanStatus,
    RiskLevel,
    SessionMode,
)


@dataclass(frozen=True)
class GuardianInput:
    """A guardian as a form enters it."""

    name: str
    relation: str
    phone: str = ""
    address: str = ""
    lives_with_minor: bool = True
    works_where: str = ""
    is_primary_contact: bool = False
    is_order_subject: bool = False


@dataclass(frozen=True)
class GuardianView:
    """A guardian as the case file shows it; `version` guards a later save."""

    id: int
    version: int
    name: str
    relation: str
    phone: str
    address: str
    lives_with_minor: bool
    works_where: str
    is_primary_contact: bool
    is_order_subject: bool


@dataclass(frozen=True)
class MinorInput:
    """A minor as the new-case or edit form enters it."""

    name: str
    gender: Gender
    date_of_birth: date | None
    guardianship: str
    living_with: str
    involvement: str
    risk_level: RiskLevel = RiskLevel.LOW
    risk_reason: str = ""
    resident_id: str | None = None
    school: str = ""
    grade: str = ""
    household_address: str = ""
    current_address: str = ""


@dataclass(frozen=True)
class ConsentInput:
    """A guardian's consent recorded with the case that opens (given_by names a guardian)."""

    given_by: str
    given_on: date | None
    scope: str = ""


@dataclass(frozen=True)
class ConsentView:
    """A recorded consent, withdrawn or still in force."""

    id: int
    guardian_id: int | None
    given_by: str
    given_on: date
    scope: str
    withdrawn_on: date | None
    withdrawal_reason: str


@dataclass(frozen=True)
class MinorView:
    """A minor's record with guardians and consents, as the case file shows it."""

    id: int
    version: int
    name: str
    gender: Gender
    date_of_birth: date
    age: int
    resident_id: str | None
    school: str
    grade: str
    household_address: str
    current_address: str
    guardianship: str
    living_with: str
    involvement: str
    risk_level: RiskLevel
    risk_reason: str
    sealed: bool
    guardians: tuple[GuardianView, ...]
    consents: tuple[ConsentView, ...]
    needs_consent: bool  # under 14 with no consent in force


@dataclass(frozen=True)
class CaseInput:
    """A case's own fields (referral and court order) as a form enters them."""

    referral_source: str
    opened_on: date | None
    order_type: OrderType = OrderType.NONE
    referring_authority: str = ""
    order_document_number: str = ""
    order_issued_on: date | None = None
    order_hours_required: float | None = None
    order_sessions_required: int | None = None
    order_due_on: date | None = None
    feedback_recipient: str = ""
    feedback_interval_days: int | None = None
    session_interval_days: int = 14
    assigned_counselor_id: int | None = None  # None: the actor


CASE_FIELDS = (
    "referral_source", "referring_authority", "order_type", "order_document_number",
    "order_issued_on", "order_hours_required", "order_sessions_required", "order_due_on",
    "feedback_recipient", "feedback_interval_days", "session_interval_days", "opened_on",
)


@dataclass(frozen=True)
class CaseProgress:
    """How far a case is with its order's hours and sessions, and what is due."""

    hours_done: float
    hours_required: float | None
    sessions_attended: int
    sessions_required: int | None
    sessions_missed: int
    attendance_rate: float | None  # attended / (attended + no-shows)
    due_on: date | None
    days_left: int | None
    complete: bool  # the order's hours and sessions are done (True when there is no order)
    deadline_near: bool
    overdue: bool
    pace_warning: bool  # at the pace so far the order cannot be finished in time
    next_session_due: date | None
    next_review_due: date | None
    review_overdue: bool

    @property
    def fraction_done(self) -> float | None:
        """The share of the order done (hours if it sets hours, else sessions), or None."""
        if self.hours_required:
            return min(1.0, self.hours_done / self.hours_required)
        if self.sessions_required:
            return min(1.0, self.sessions_attended / self.sessions_required)
        return None


@dataclass(frozen=True)
class CaseView:
    """A case with its minor and progress, as the case file shows it."""

    id: int
    version: int
    case_number: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    referral_source: str
    referring_authority: str
    order_type: OrderType
    order_document_number: str
    order_issued_on: date | None
    order_hours_required: float | None
    order_sessions_required: int | None
    order_due_on: date | None
    feedback_recipient: str
    feedback_interval_days: int | None
    session_interval_days: int
    assigned_counselor_id: int
    counselor_name: str
    closure_outcome: ClosureOutcome | None
    closure_note: str
    minor: MinorView
    progress: CaseProgress


class CaseColumn(IntEnum):
    """Columns of the case list, in display order; also the sort keys."""

    CASE_NUMBER = 0
    MINOR = 1
    AGE = 2
    GUARDIANSHIP = 3
    COUNSELOR = 4
    ORDER = 5
    ORDER_DUE = 6
    HOURS = 7
    NEXT_DUE = 8
    RISK = 9
    STATUS = 10
    PLAN = 11


@dataclass(frozen=True)
class CaseQuery:
    """The case list's filters, sort order and page."""

    text: str = ""
    status: CaseStatus | None = None
    counselor_id: int | None = None
    risk_level: RiskLevel | None = None
    guardianship: str | None = None
    order_type: OrderType | None = None
    overdue_only: bool = False
    plan_status: PlanStatus | None = None
    sort: CaseColumn = CaseColumn.CASE_NUMBER
    descending: bool = False
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
class CaseRow:
    """One row of the case list."""

    id: int
    case_number: str
    minor_name: str
    date_of_birth: date
    age: int
    guardianship: str
    counselor_name: str
    order_type: OrderType
    order_due_on: date | None
    hours_done: float
    hours_required: float | None
    sessions_attended: int
    sessions_required: int | None
    next_due: date | None
    risk_level: RiskLevel
    status: CaseStatus
    overdue: bool
    plan_status: PlanStatus | None = None


@dataclass(frozen=True)
class GoalInput:
    """A plan goal as the plan form enters it."""

    domain: str
    description: str
    interventions: str = ""
    target_on: date | None = None
    progress: int = 0


@dataclass(frozen=True)
class GoalView:
    """A plan goal as saved."""

    id: int
    position: int
    domain: str
    description: str
    interventions: str
    target_on: date | None
    progress: int


@dataclass(frozen=True)
class PlanInput:
    """A service plan as the plan form enters it."""

    start_on: date | None
    needs: str = ""
    interventions: str = ""
    frequency: str = ""
    end_on: date | None = None
    review_on: date | None = None
    goals: tuple[GoalInput, ...] = ()


@dataclass(frozen=True)
class PlanView:
    """A service plan revision with its goals and the supervisor's last decision."""

    id: int
    version: int
    case_id: int
    revision: int
    status: PlanStatus
    needs: str
    interventions: str
    frequency: str
    start_on: date
    end_on: date | None
    review_on: date | None
    created_by_name: str
    submitted_at: datetime | None
    approved_by_name: str
    approved_at: datetime | None
    supersedes_id: int | None
    goals: tuple[GoalView, ...]
    # The supervisor's last decision on a submission: "approved", "returned" or "".
    decision: str = ""
    decision_comment: str = ""
    decided_by_name: str = ""
    decided_at: datetime | None = None


@dataclass(frozen=True)
class PendingPlan:
    """A plan waiting in the supervisor's approval queue."""

    plan_id: int
    plan_version: int
    revision: int
    case_id: int
    case_number: str
    minor_name: str
    counselor_name: str
    submitted_at: datetime | None


@dataclass(frozen=True)
class PlanOutcome:
    """A supervisor's decision on one of the counselor's plans, for their dashboard."""

    plan_id: int
    revision: int
    case_id: int
    case_number: str
    minor_name: str
    decision: str  # "approved" or "returned"
    comment: str
    decided_by_name: str
    decided_at: datetime


@dataclass(frozen=True)
class SessionInput:
    """A counseling session as the session form enters it."""

    held_at: datetime | None
    duration_minutes: int | None
    mode: SessionMode
    attendance: Attendance
    minor_attended: bool = False
    guardian_ids: tuple[int, ...] = ()
    ratings: tuple[tuple[int, int], ...] = ()  # (goal id, 0–4)
    private_notes: str = ""
    shared_summary: str = ""
    next_steps: str = ""
    next_appointment_at: datetime | None = None


@dataclass(frozen=True)
class SessionView:
    """A counseling session as saved; the private notes only for those who may read them."""

    id: int
    version: int
    case_id: int
    held_at: datetime
    duration_minutes: int
    mode: SessionMode
    attendance: Attendance
    counselor_name: str
    minor_attended: bool
    guardian_ids: tuple[int, ...]
    guardian_names: tuple[str, ...]
    ratings: tuple[tuple[int, int], ...]
    private_notes: str
    shared_summary: str
    next_steps: str
    next_appointment_at: datetime | None
    followed_up: bool
    # The private notes are encrypted under a key this user does not hold (yet): they are
    # kept as they are when the session is saved with empty notes.
    private_notes_locked: bool = False


@dataclass(frozen=True)
class MandatoryReportInput:
    """A mandatory report to the police as the form enters it."""

    reported_on: date | None
    suspected_harm: str
    police_station: str
    receipt_number: str = ""
    follow_up: str = ""


@dataclass(frozen=True)
class MandatoryReportView:
    """A mandatory report as saved."""

    id: int
    version: int
    reported_on: date
    suspected_harm: str
    police_station: str
    receipt_number: str
    follow_up: str
    reported_by_name: str


@dataclass(frozen=True)
class HistoryEntry:
    """One audit entry of a record's history."""

    id: int
    at: datetime
    username: str
    action: str
    entity_type: str
    entity_id: int | None
    details: str
    display_name: str  # the account's name as people know it; "" without an account here


@dataclass(frozen=True)
class DueItem:
    """One case in a dashboard list, with what is due and when."""

    case_id: int
    case_number: str
    minor_name: str
    due_on: date | None
    detail: str  # e.g. hours done/required, or the no-show's date


@dataclass(frozen=True)
class Dashboard:
    """The dashboard's figures and lists for a caseload (the actor's or the center's)."""

    scope_center: bool
    open_cases: int
    sessions_due_this_week: list[DueItem]
    reviews_overdue: list[DueItem]
    orders_near_deadline: list[DueItem]
    no_shows_to_follow_up: list[DueItem]
    sessions_per_month: list[tuple[str, int]]  # ("2026-11", attended sessions)
    open_by_guardianship: list[tuple[str, int]]  # (category code, open cases)
