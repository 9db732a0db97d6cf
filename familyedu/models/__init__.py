"""ORM entities of familyedu; importing this module registers every table."""

from familyedu.models.audit import AuditEvent
from familyedu.models.base import Base
from familyedu.models.case import Case, MandatoryReport
from familyedu.models.center import Category, Center, Counter, LetterTemplate, User
from familyedu.models.enums import (
    Attendance,
    CaseStatus,
    CategoryKind,
    ClosureOutcome,
    Gender,
    LetterKind,
    OrderType,
    PlanStatus,
    RiskLevel,
    Role,
    SessionMode,
)
from familyedu.models.keys import EscrowGrant, KeyGrant, SealedFields, SealedMatch, UserKey
from familyedu.models.letter import Letter
from familyedu.models.minor import Consent, Guardian, Minor
from familyedu.models.plan import Goal, GuidancePlan
from familyedu.models.session import (
    GuidanceSession,
    SessionGoalRating,
    SessionGuardian,
    SessionMonthTally,
)
from familyedu.models.transfer import CaseTransfer, TransferredLetter

__all__ = [
    "Attendance",
    "AuditEvent",
    "Base",
    "Case",
    "CaseStatus",
    "CaseTransfer",
    "Category",
    "CategoryKind",
    "Center",
    "ClosureOutcome",
    "Consent",
    "Counter",
    "EscrowGrant",
    "Gender",
    "Goal",
    "Guardian",
    "GuidancePlan",
    "GuidanceSession",
    "KeyGrant",
    "Letter",
    "LetterKind",
    "LetterTemplate",
    "MandatoryReport",
    "Minor",
    "OrderType",
    "PlanStatus",
    "RiskLevel",
    "Role",
    "SealedFields",
    "SealedMatch",
    "SessionGoalRating",
    "SessionGuardian",
    "SessionMode",
    "SessionMonthTally",
    "TransferredLetter",
    "User",
    "UserKey",
]
