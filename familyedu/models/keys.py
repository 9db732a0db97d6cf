"""Field-level keys (familyedu/security/field_keys.py): users' key pairs, grants, and the
sealed records' encrypted fields."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from familyedu.models.base import Base


class UserKey(Base):
    """A user's X25519 key pair: the public half in the clear, the private half sealed
    under their password. Replaced when an administrator resets the password."""

    __tablename__ = "user_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)
    private_sealed: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class KeyGrant(Base):
    """A field key sealed to one user's public key (`recipient`: which key pair)."""

    __tablename__ = "key_grants"
    __table_args__ = (UniqueConstraint("key_name", "user_id"),
                      Index("ix_key_grants_user_id", "user_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    key_name: Mapped[str] = mapped_column(String(40), nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recipient: Mapped[str] = mapped_column(String(64), nullable=False)
    sealed_key: Mapped[str] = mapped_column(Text, nullable=False)
    granted_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class SealedFields(Base):
    """A sealed minor's identifying fields and their guardians', encrypted under the
    center's sealed-records key; the plain columns hold placeholders meanwhile."""

    __tablename__ = "sealed_fields"

    minor_id: Mapped[int] = mapped_column(ForeignKey("minors.id", ondelete="CASCADE"),
                                          primary_key=True)
    fields: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class SealedMatch(Base):
    """Keyed digests of a sealed minor's name and birth date, ID number and guardians'
    phones, so the duplicate and ID checks still notice a sealed child (key `match/…`,
    held by every counselor and supervisor) without the values being stored."""

    __tablename__ = "sealed_matches"
    __table_args__ = (Index("ix_sealed_matches_digest", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minor_id: Mapped[int] = mapped_column(ForeignKey("minors.id", ondelete="CASCADE"),
                                          nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    digest: Mapped[str] = mapped_column(String(64), nullable=False)


class EscrowGrant(Base):
    """A field key sealed to the center's escrow key pair, whose private half is sealed under
    the recovery code (SQLite): what brings the keys back when every holder lost them."""

    __tablename__ = "escrow_grants"

    key_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(64), nullable=False)
    sealed_key: Mapped[str] = mapped_column(Text, nullable=False)
    granted_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
