"""A case: the referral, any order with its own terms, and the work's running totals."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from familyedu.models.base import Base, Timestamps, Versioned
from familyedu.models.enums import CaseStatus, ClosureOutcome, OrderType, PlanStatus
from familyedu.models.minor import Minor
from familyedu.models.types import enum_type


class Case(Versioned, Timestamps, Base):
    """The center's work with one minor's family, from referral to closure."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("center_id", "case_number"),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        CheckConstraint("order_hours_required IS NULL OR order_hours_required >= 0",
                        name="hours_not_negative"),
        CheckConstraint("order_sessions_required IS NULL OR order_sessions_required >= 0",
                        name="sessions_not_negative"),
        Index("ix_cases_counselor_status", "assigned_counselor_id", "status"),
        Index("ix_cases_status_due", "status", "order_due_on"),
        Index("ix_cases_next_session_due", "next_session_due_on"),
        # The dashboard's "due this week" and "reviews overdue" (migration 0003).
        Index("ix_cases_status_next_session", "status", "next_session_due_on"),
        Index("ix_cases_status_next_review", "status", "next_review_on"),
        # The list's order by case number as numbers (migration 0005): case_order_key().
        Index("ix_cases_center_number_order", "center_id", text("substr(case_number, 1, 4)"),
              text("length(case_number)"), "case_number"),
        # The list sorted by each column, empty values last both ways (migration 0008):
        # services/casework/case_list.order_by.
        Index("ix_cases_sort_order_type", "center_id", "order_type", "id"),
        Index("ix_cases_sort_minutes", "center_id", "minutes_done", "id"),
        Index("ix_cases_sort_status", "center_id", "status", "id"),
        Index("ix_cases_sort_counselor", "assigned_counselor_id", "center_id", "id"),
        Index("ix_cases_sort_due_asc", "center_id", text("(order_due_on IS NULL)"),
              "order_due_on", "id"),
        Index("ix_cases_sort_due_desc", "center_id", text("(order_due_on IS NOT NULL)"),
              "order_due_on", "id"),
        Index("ix_cases_sort_next_asc", "center_id", text("(next_session_due_on IS NULL)"),
              "next_session_due_on", "id"),
        Index("ix_cases_sort_next_desc", "center_id",
              text("(next_session_due_on IS NOT NULL)"), "next_session_due_on", "id"),
        # The supervisor's dashboard: open cases by the minor's situation (migration 0009).
        Index("ix_cases_open_minor", "center_id", "status", "minor_id"),
        # The list sorted by plan status, empty last both ways (migration 0010).
        Index("ix_cases_sort_plan_asc", "center_id", text("(plan_status IS NULL)"),
              "plan_status", "id"),
        Index("ix_cases_sort_plan_desc", "center_id", text("(plan_status IS NOT NULL)"),
              "plan_status", "id"),
        # Not declared here, as they are engine-specific (familyedu.migrations.autogen): the
        # search indexes of revisions 0002 and 0004, and on PostgreSQL ix_cases_year_search,
        # GIN over (substr(case_number, 1, 4), search_text gin_trgm_ops) (revision 0012):
        # a case-number search's earlier years, services/casework/case_list._split_at_year.
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), nullable=False)
    case_number: Mapped[str] = mapped_column(String(20), nullable=False)
    minor_id: Mapped[int] = mapped_column(ForeignKey("minors.id"), nullable=False, index=True)
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus), nullable=False)
    referral_source: Mapped[str] = mapped_column(String(40), nullable=False)
    referring_authority: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    order_type: Mapped[OrderType] = mapped_column(enum_type(OrderType), nullable=False)
    order_document_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    order_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    order_hours_required: Mapped[float | None] = mapped_column(
        Numeric(6, 1, asdecimal=False), nullable=True
    )
    order_sessions_required: Mapped[int | None] = mapped_column(Integer, nullable=True)
    order_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    feedback_recipient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    feedback_interval_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    session_interval_days: Mapped[int] = mapped_column(Integer, nullable=False, default=14)
    assigned_counselor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    closure_outcome: Mapped[ClosureOutcome | None] = mapped_column(
        enum_type(ClosureOutcome), nullable=True
    )
    closure_note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    # Running totals kept by the session service so 100,000-row lists sort without aggregates.
    minutes_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sessions_attended: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sessions_missed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_session_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    next_session_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The status of the case's newest plan revision (None: no plan yet), kept by triggers on
    # guidance_plans (migration 0010) so the list shows, filters and sorts it in SQL.
    plan_status: Mapped[PlanStatus | None] = mapped_column(enum_type(PlanStatus),
                                                           nullable=True)
    # Lower-case names, pinyin, initials, phones, ID and case number of the minor and guardians.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    minor: Mapped[Minor] = relationship()


class MandatoryReport(Versioned, Timestamps, Base):
    """A report of suspected harm made to public security (强制报告)."""

    __tablename__ = "mandatory_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    reported_on: Mapped[date] = mapped_column(Date, nullable=False)
    suspected_harm: Mapped[str] = mapped_column(Text, nullable=False)
    police_station: Mapped[str] = mapped_column(String(200), nullable=False)
    receipt_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


def case_order_key() -> tuple[Any, Any, Any]:
    """Case numbers in numeric order: "2025-10000" after "2025-9999", which text alone would
    put before "2025-1001". Year, then length (no number has a leading zero past four
    digits), then the text; the same expressions as index ix_cases_center_number_order."""
    # Literal arguments: a bound parameter would keep the planner from matching the index.
    return (func.substr(Case.case_number, literal_column("1"), literal_column("4")),
            func.length(Case.case_number), Case.case_number)
