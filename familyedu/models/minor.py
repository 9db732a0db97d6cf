"""The minor, the guardians and the guardians' consent to keeping the data."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from familyedu.models.base import Base, Timestamps, Versioned
from familyedu.models.enums import Gender, RiskLevel
from familyedu.models.types import enum_type


class Minor(Versioned, Timestamps, Base):
    """A child under 18 whose guardianship has a gap."""

    __tablename__ = "minors"
    __table_args__ = (
        UniqueConstraint("center_id", "resident_id"),
        Index("ix_minors_name_dob", "name", "date_of_birth"),
        Index("ix_minors_name_pinyin", "name_pinyin"),  # the case list sorted by name (0003)
        # ... by age, situation and risk (0008)
        Index("ix_minors_sort_birth", "date_of_birth", "id"),
        Index("ix_minors_sort_guardianship", "guardianship", "id"),
        Index("ix_minors_sort_risk", "risk_level", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    name_pinyin: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    gender: Mapped[Gender] = mapped_column(enum_type(Gender), nullable=False)
    date_of_birth: Mapped[date] = mapped_column(Date, nullable=False)
    resident_id: Mapped[str | None] = mapped_column(String(18), nullable=True)
    school: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    grade: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    household_address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    current_address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    guardianship: Mapped[str] = mapped_column(String(40), nullable=False)
    living_with: Mapped[str] = mapped_column(String(40), nullable=False)
    involvement: Mapped[str] = mapped_column(String(40), nullable=False)
    risk_level: Mapped[RiskLevel] = mapped_column(enum_type(RiskLevel), nullable=False)
    risk_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sealed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="minor", order_by="Guardian.id", cascade="all, delete-orphan"
    )


class Guardian(Versioned, Timestamps, Base):
    """A parent, grandparent, relative or other person with guardianship."""

    __tablename__ = "guardians"

    id: Mapped[int] = mapped_column(primary_key=True)
    minor_id: Mapped[int] = mapped_column(
        ForeignKey("minors.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    name_pinyin: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    relation: Mapped[str] = mapped_column(String(40), nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="", index=True)
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    lives_with_minor: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    works_where: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    is_primary_contact: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    is_order_subject: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    removed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    minor: Mapped[Minor] = relationship(back_populates="guardians")


class Consent(Timestamps, Base):
    """A guardian's consent to keeping the minor's data (required under 14)."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    minor_id: Mapped[int] = mapped_column(
        ForeignKey("minors.id", ondelete="CASCADE"), nullable=False, index=True
    )
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id"), nullable=True)
    given_by: Mapped[str] = mapped_column(String(60), nullable=False)
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    scope: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawal_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
