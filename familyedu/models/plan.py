"""Guidance plans (kept per revision) and their goals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from familyedu.models.base import Base, Timestamps, Versioned
from familyedu.models.enums import PlanStatus
from familyedu.models.types import enum_type


class GuidancePlan(Versioned, Timestamps, Base):
    """One revision of a case's guidance plan. A revision supersedes, never overwrites."""

    __tablename__ = "guidance_plans"
    __table_args__ = (
        UniqueConstraint("case_id", "revision"),
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="end_after_start"),
        # The supervisor's approval queue (migration 0010).
        Index("ix_guidance_plans_status_submitted", "status", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus), nullable=False)
    needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    interventions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    frequency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    start_on: Mapped[date] = mapped_column(Date, nullable=False)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("guidance_plans.id"), nullable=True
    )
    # The supervisor's last decision on a submission (migration 0010): "approved" or
    # "returned", with its comment (a return always has one), by whom and when. A user id
    # without a foreign key: adding one would rebuild the table on SQLite; users are never
    # deleted, only deactivated.
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    decision_comment: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                                  server_default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", order_by="Goal.position", cascade="all, delete-orphan"
    )


class Goal(Versioned, Base):
    """A goal of a plan, with its current progress on the 0–4 scale."""

    __tablename__ = "goals"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 4", name="progress_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("guidance_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    domain: Mapped[str] = mapped_column(String(40), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    interventions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    target_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    progress: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    plan: Mapped[GuidancePlan] = relationship(back_populates="goals")
