"""Guidance sessions (指导记录): who came, what was worked on, how it went."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from familyedu.models.base import Base, Timestamps, Versioned
from familyedu.models.enums import Attendance, SessionMode
from familyedu.models.types import enum_type


class GuidanceSession(Versioned, Timestamps, Base):
    """One session with the family (named so as not to clash with a database session)."""

    __tablename__ = "guidance_sessions"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0 AND duration_minutes <= 1440",
                        name="duration_range"),
        Index("ix_guidance_sessions_case_held", "case_id", "held_at"),
        # A month's sessions by outcome and case without reading the rows (0005).
        Index("ix_guidance_sessions_held_at", "held_at", "attendance", "case_id"),
        # No-shows to follow up, and sessions per month without reading the wide rows (0003).
        Index("ix_guidance_sessions_no_show", "attendance", "followed_up", "held_at",
              "case_id"),
        Index("ix_guidance_sessions_case_held_attendance", "case_id", "held_at", "attendance"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    held_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    mode: Mapped[SessionMode] = mapped_column(enum_type(SessionMode), nullable=False)
    counselor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    attendance: Mapped[Attendance] = mapped_column(enum_type(Attendance), nullable=False)
    minor_attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    private_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    shared_summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_steps: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_appointment_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # A no-show stays "awaiting follow-up" on the dashboard until someone records the follow-up.
    followed_up: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    guardians_present: Mapped[list[SessionGuardian]] = relationship(
        cascade="all, delete-orphan"
    )
    ratings: Mapped[list[SessionGoalRating]] = relationship(cascade="all, delete-orphan")


class SessionGuardian(Base):
    """A guardian who attended a session."""

    __tablename__ = "session_guardians"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("guidance_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    guardian_id: Mapped[int] = mapped_column(ForeignKey("guardians.id"), primary_key=True)


class SessionGoalRating(Base):
    """Progress rating (0–4) of one goal worked on in a session."""

    __tablename__ = "session_goal_ratings"
    __table_args__ = (CheckConstraint("rating BETWEEN 0 AND 4", name="rating_range"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("guidance_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), primary_key=True, index=True)
    rating: Mapped[int] = mapped_column(Integer, nullable=False)


class SessionMonthTally(Base):
    """Attended sessions per center and calendar month, for the center's dashboard.

    Kept by database triggers on `guidance_sessions` (migration 0004), so every writer — the
    services, the demo import, a repair by hand — keeps it exact with no code of its own; the
    whole-center chart then reads twelve rows instead of half a million sessions (issue #7).
    """

    __tablename__ = "session_month_tally"

    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-11"
    attended: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
