"""Translated labels for the fixed vocabularies and the configurable categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from familyedu.models.enums import (
    Attendance,
    CaseStatus,
    ClosureOutcome,
    Gender,
    LetterKind,
    OrderType,
    PlanStatus,
    RiskLevel,
    Role,
    SessionMode,
)
from familyedu.services.core.dto import CategoryView
from familyedu.services.letters.labels import LetterLabels, letter_labels


# Written out so pyside6-lupdate sees every literal.
def role(value: Role) -> str:
    return {
        Role.COUNSELOR: QCoreApplication.translate("Labels", "Counselor"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
    }[Role(value)]


def gender(value: Gender) -> str:
    return {
        Gender.MALE: QCoreApplication.translate("Labels", "Male"),
        Gender.FEMALE: QCoreApplication.translate("Labels", "Female"),
    }[Gender(value)]


def risk(value: RiskLevel) -> str:
    return {
        RiskLevel.LOW: QCoreApplication.translate("Labels", "Low"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
        RiskLevel.HIGH: QCoreApplication.translate("Labels", "High"),
    }[RiskLevel(value)]


def case_status(value: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[CaseStatus(value)]


def order_type(value: OrderType) -> str:
    return {
        OrderType.NONE: QCoreApplication.translate("Labels", "No order"),
        OrderType.GUIDANCE_ORDER: QCoreApplication.translate(
            "Labels", "Family education guidance order"),
        OrderType.SUPERVISION_ORDER: QCoreApplication.translate(
            "Labels", "Guardianship supervision order"),
        OrderType.OTHER: QCoreApplication.translate("Labels", "Other order"),
    }[OrderType(value)]


def closure_outcome(value: ClosureOutcome) -> str:
    return {
        ClosureOutcome.ORDER_FULFILLED: QCoreApplication.translate("Labels", "Order fulfilled"),
        ClosureOutcome.GOALS_ACHIEVED: QCoreApplication.translate("Labels", "Goals achieved"),
        ClosureOutcome.NON_COMPLIANCE: QCoreApplication.translate("Labels", "Non-compliance"),
        ClosureOutcome.TRANSFERRED: QCoreApplication.translate("Labels", "Transferred"),
        ClosureOutcome.MOVED_AWAY: QCoreApplication.translate("Labels", "Moved away"),
        ClosureOutcome.AGED_OUT: QCoreApplication.translate("Labels", "Reached 18"),
        ClosureOutcome.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[ClosureOutcome(value)]


def plan_status(value: PlanStatus) -> str:
    return {
        PlanStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        PlanStatus.PENDING_APPROVAL: QCoreApplication.translate("Labels", "Awaiting approval"),
        PlanStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        PlanStatus.UNDER_REVIEW: QCoreApplication.translate("Labels", "Under review"),
        PlanStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        PlanStatus.SUPERSEDED: QCoreApplication.translate("Labels", "Superseded"),
    }[PlanStatus(value)]


def session_mode(value: SessionMode) -> str:
    return {
        SessionMode.CENTER: QCoreApplication.translate("Labels", "At the center"),
        SessionMode.HOME_VISIT: QCoreApplication.translate("Labels", "Home visit"),
        SessionMode.SCHOOL_VISIT: QCoreApplication.translate("Labels", "School visit"),
        SessionMode.PHONE: QCoreApplication.translate("Labels", "Phone"),
        SessionMode.VIDEO: QCoreApplication.translate("Labels", "Video"),
        SessionMode.PARENTING_CLASS: QCoreApplication.translate("Labels", "Parenting class"),
    }[SessionMode(value)]


def attendance(value: Attendance) -> str:
    return {
        Attendance.ATTENDED: QCoreApplication.translate("Labels", "Attended"),
        Attendance.NO_SHOW: QCoreApplication.translate("Labels", "No-show"),
        Attendance.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        Attendance.RESCHEDULED: QCoreApplication.translate("Labels", "Rescheduled"),
    }[Attendance(value)]


def letter_kind(value: LetterKind) -> str:
    return {
        LetterKind.GUARDIAN: QCoreApplication.translate("Labels", "Progress letter to guardians"),
        LetterKind.AUTHORITY: QCoreApplication.translate("Labels", "Report to the authority"),
        LetterKind.PLAN: QCoreApplication.translate("Labels", "Guidance plan"),
        LetterKind.COMPLETION: QCoreApplication.translate("Labels", "Completion report"),
        LetterKind.NOTICE: QCoreApplication.translate("Labels", "Reminder notice"),
        LetterKind.STATISTICS: QCoreApplication.translate("Labels", "Statistics"),
    }[LetterKind(value)]


def action(code: str) -> str:
    """An audit action in words (the case history and the audit viewer), in the interface's
    language; a code this version does not know (a newer database's) is shown as it is.

    The words are the documents' (resources/letters/<language>/labels.toml), so an exported
    audit trail reads the same as this screen: one source (issue #15).
    """
    return _document_labels().audit_action(code)


def entity_type(code: str) -> str:
    """The kind of record an audit entry is about, in words (the audit viewer's Record column
    and the case history), in the interface's language; a kind this version does not know
    (a newer database's) is shown as it is. Same source as action()."""
    return _document_labels().record_kind(code)


def _document_labels() -> LetterLabels:
    return letter_labels("zh_CN" if ui_language().startswith("zh") else "en")


def goal_progress(value: int) -> str:
    return [
        QCoreApplication.translate("Labels", "0 – not started"),
        QCoreApplication.translate("Labels", "1 – beginning"),
        QCoreApplication.translate("Labels", "2 – some progress"),
        QCoreApplication.translate("Labels", "3 – good progress"),
        QCoreApplication.translate("Labels", "4 – achieved"),
    ][max(0, min(4, int(value)))]


def ui_language() -> str:
    """'zh_CN' or 'en', as chosen at start-up (see familyedu.ui.i18n)."""
    app = QCoreApplication.instance()
    return str(app.property("familyedu_language") or "en") if app is not None else "en"


def category(entry: CategoryView) -> str:
    """A configurable entry in the language of the interface."""
    return entry.label(ui_language())


class CategoryLabels:
    """Code -> label lookup for one kind, built once per screen from CategoryService."""

    def __init__(self, entries: list[CategoryView]) -> None:
        self._entries = {e.code: e for e in entries}

    def __call__(self, code: str) -> str:
        entry = self._entries.get(code)
        return category(entry) if entry else code

    def entries(self) -> list[CategoryView]:
        return list(self._entries.values())
