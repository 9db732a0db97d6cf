"""The register of issued letters, with the snapshot a reprint is rebuilt from."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familyedu.models.base import Base
from familyedu.models.enums import LetterKind
from familyedu.models.types import enum_type


class Letter(Base):
    """An issued letter. Append-only: a reprint rebuilds the same bytes from `snapshot`."""

    __tablename__ = "letters"
    __table_args__ = (Index("ix_letters_case_issued", "case_id", "issued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), nullable=False)
    reference: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    kind: Mapped[LetterKind] = mapped_column(enum_type(LetterKind), nullable=False)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    recipient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(10), nullable=False)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
