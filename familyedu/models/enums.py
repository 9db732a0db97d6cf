"""Fixed vocabularies the workflow depends on (configurable categories live in a table)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNSELOR = "counselor"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class OrderType(StrEnum):
    NONE = "none"
    GUIDANCE_ORDER = "guidance_order"  # 家庭教育指导令 (court)
    SUPERVISION_ORDER = "supervision_order"  # 督促监护令 (procuratorate)
    OTHER = "other"


class ClosureOutcome(StrEnum):
    ORDER_FULFILLED = "order_fulfilled"
    GOALS_ACHIEVED = "goals_achieved"
    NON_COMPLIANCE = "non_compliance"
    TRANSFERRED = "transferred"
    MOVED_AWAY = "moved_away"
    AGED_OUT = "aged_out"
    OTHER = "other"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    ACTIVE = "active"
    UNDER_REVIEW = "under_review"
    COMPLETED = "completed"
    SUPERSEDED = "superseded"


class SessionMode(StrEnum):
    CENTER = "center"
    HOME_VISIT = "home_visit"
    SCHOOL_VISIT = "school_visit"
    PHONE = "phone"
    VIDEO = "video"
    PARENTING_CLASS = "parenting_class"


class Attendance(StrEnum):
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"


class CategoryKind(StrEnum):
    """Lists a center may rename or extend (DOMAIN.md: never silently delete one in use)."""

    GUARDIANSHIP = "guardianship"
    LIVING = "living"
    INVOLVEMENT = "involvement"
    REFERRAL = "referral"
    GOAL_DOMAIN = "goal_domain"
    RELATION = "relation"


class LetterKind(StrEnum):
    GUARDIAN = "guardian"
    AUTHORITY = "authority"
    PLAN = "plan"
    COMPLETION = "completion"
    NOTICE = "notice"
    STATISTICS = "statistics"
