"""Cases received from another center: where the history came from, and the letters that
center issued (their PDFs kept as received)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from familyedu.models.base import Base


class CaseTransfer(Base):
    """A case that arrived by transfer: everything recorded before `received_at` (sessions,
    plan revisions, reports, letters) is the sending center's history."""

    __tablename__ = "case_transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False, unique=True)
    from_center: Mapped[str] = mapped_column(String(200), nullable=False)
    from_case_number: Mapped[str] = mapped_column(String(20), nullable=False)
    sent_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    received_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)


class TransferredLetter(Base):
    """A letter the sending center issued, from its register, with its PDF as received."""

    __tablename__ = "transferred_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(
        ForeignKey("case_transfers.id", ondelete="CASCADE"), nullable=False, index=True)
    reference: Mapped[str] = mapped_column(String(60), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    recipient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
