"""The center (its settings and letterhead), users, categories and number counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from familyedu.models.base import Base, Timestamps, Versioned
from familyedu.models.enums import CategoryKind, Role
from familyedu.models.types import enum_type


class Center(Versioned, Timestamps, Base):
    """A family-education guidance center: its letterhead and defaults."""

    __tablename__ = "centers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    default_language: Mapped[str] = mapped_column(String(10), nullable=False, default="zh_CN")
    # Prefix of letter reference numbers, e.g. "X家指" gives X家指〔2026〕12号.
    reference_prefix: Mapped[str] = mapped_column(String(40), nullable=False, default="家指")
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    backups_to_keep: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    # Private notes or sealed records may still be stored in the clear (written by an older
    # version, an import, a transfer): the next sign-in of someone who may read them encrypts
    # them (services/core/field_crypto.py).
    clear_fields_left: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True,
                                                    server_default=true())
    # The escrow key pair (field_crypto): public half, and private half sealed under the
    # recovery code; empty on a database without a recovery code (PostgreSQL).
    escrow_public: Mapped[str | None] = mapped_column(String(64), nullable=True)
    escrow_private: Mapped[str | None] = mapped_column(Text, nullable=True)


class User(Versioned, Timestamps, Base):
    """A person who signs in. Never deleted: the history keeps its author."""

    __tablename__ = "users"
    # The case list sorted by counselor walks the users by name (migration 0008).
    __table_args__ = (Index("ix_users_sort_name", "display_name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), nullable=False, index=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False)
    role: Mapped[Role] = mapped_column(enum_type(Role), nullable=False)
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Category(Base):
    """An entry of a configurable list (guardianship situation, referral source…)."""

    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CategoryKind] = mapped_column(enum_type(CategoryKind), nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    label_zh: Mapped[str] = mapped_column(String(100), nullable=False)
    label_en: Mapped[str] = mapped_column(String(100), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Counter(Base):
    """Yearly sequences (case numbers, letter references), incremented under a row lock."""

    __tablename__ = "counters"

    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class LetterTemplate(Timestamps, Base):
    """A center's own wording of a letter, overriding the shipped default."""

    __tablename__ = "letter_templates"
    __table_args__ = (UniqueConstraint("center_id", "kind", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("centers.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    language: Mapped[str] = mapped_column(String(10), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
