"""The center's own settings: letterhead (name, address, phone, logo), numbering and defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from familyedu.errors import DatabaseError, NotFound, ValidationError
from familyedu.models import Center, Role
from familyedu.services.admin.dto import CenterInput, CenterView, DatabaseAbout
from familyedu.services.core.audit import Action, EntityType, diff
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import (
    Errors,
    check_int_range,
    check_phone,
    optional_text,
    required_text,
)

LANGUAGES = ("zh_CN", "en")
MAX_LOGO_BYTES = 1_000_000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _view(c: Center) -> CenterView:
    return CenterView(c.id, c.version, c.name, c.address, c.phone, c.postcode, c.logo_png,
                      c.default_language, c.reference_prefix, c.idle_lock_minutes,
                      c.backups_to_keep)


def _check_logo(data: bytes | None) -> bytes | None:
    if not data:
        return None
    if not data.startswith(_PNG_SIGNATURE):
        raise ValidationError("logo_png", QT_TRANSLATE_NOOP(
            "Validation", "The logo must be a PNG picture."))
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo_png", QT_TRANSLATE_NOOP(
            "Validation", "The logo is too large: at most {max} KB."), max=MAX_LOGO_BYTES // 1000)
    return bytes(data)


def _check_language(value: str) -> str:
    if value not in LANGUAGES:
        raise ValidationError("default_language", QT_TRANSLATE_NOOP(
            "Validation", "Please choose one of the listed values."))
    return value


def _check_postcode(value: str) -> str:
    text = optional_text("postcode", value, 10)
    if text and not (len(text) == 6 and text.isdigit()):
        raise ValidationError("postcode", QT_TRANSLATE_NOOP(
            "Validation", "A postcode has six digits."))
    return text


def check_contact(phone: str, address: str) -> tuple[str, str]:
    """The center's phone and address as they will be stored (checked before first start
    creates anything, so a typo can be corrected)."""
    errors = Errors()
    clean_phone = errors.check(check_phone, phone, "phone")
    clean_address = errors.check(optional_text, "address", address, 300)
    errors.raise_if_any()
    return clean_phone or "", clean_address or ""


class CenterService(Service):
    """The actor's center: its letterhead and settings."""

    def database_label(self) -> str:
        """The database as the status bar names it: the file's name, or server/database."""
        return self.ctx.db.label()

    def database_about(self) -> DatabaseAbout:
        """Where the database is and its schema revision beside the one this version writes
        (the About box); a revision that cannot be read is said so, not raised."""
        db = self.ctx.db
        try:
            revision, readable = db.current_revision(), True
        except DatabaseError:
            revision, readable = None, False
        return DatabaseAbout(db.location(), revision, readable, db.head_revision())

    def get(self) -> CenterView:
        """The actor's center; every signed-in user reads it (letterhead, idle lock).

        Raises:
            NotFound: the actor's center is gone.
        """
        with self.read() as s:
            center = s.get(Center, self.actor.center_id)
            if center is None:
                raise NotFound("center", self.actor.center_id)
            return _view(center)

    def set_contact(self, *, phone: str, address: str) -> CenterView:
        """Only the phone and address (first start): every letter prints them.

        Raises:
            PermissionDenied: the user is neither an administrator nor a supervisor.
            ValidationError: the phone number or address is wrong.
            StaleRecord: another desk saved the settings in the meantime.
        """
        now = self.get()
        return self.update(now.version, CenterInput(
            name=now.name, address=address, phone=phone, postcode=now.postcode,
            logo_png=now.logo_png, default_language=now.default_language,
            reference_prefix=now.reference_prefix, idle_lock_minutes=now.idle_lock_minutes,
            backups_to_keep=now.backups_to_keep))

    def update(self, expected_version: int, data: CenterInput) -> CenterView:
        """Change the settings (administrators and supervisors); audited with before/after.

        Raises:
            PermissionDenied: the user is neither an administrator nor a supervisor.
            ValidationError: a field is wrong (all fields named).
            NotFound: the actor's center is gone.
            StaleRecord: another desk saved the settings first.
        """
        self.require_role("edit_center", Role.ADMIN, Role.SUPERVISOR)
        errors = Errors()
        clean: dict[str, Any] = {
            "name": errors.check(required_text, "name", data.name, 200),
            "address": errors.check(optional_text, "address", data.address, 300),
            "phone": errors.check(check_phone, data.phone, "phone"),
            "postcode": errors.check(_check_postcode, data.postcode),
            "logo_png": errors.check(_check_logo, data.logo_png),
            "default_language": errors.check(_check_language, data.default_language),
            "reference_prefix": errors.check(required_text, "reference_prefix",
                                             data.reference_prefix, 40),
            "idle_lock_minutes": errors.check(check_int_range, "idle_lock_minutes",
                                              data.idle_lock_minutes, 1, 240),
            "backups_to_keep": errors.check(check_int_range, "backups_to_keep",
                                            data.backups_to_keep, 1, 100),
        }
        errors.raise_if_any()
        with self.write() as s:
            center = s.scalar(select(Center).where(Center.id == self.actor.center_id))
            if center is None:
                raise NotFound("center", self.actor.center_id)
            before = {key: getattr(center, key) for key in clean}
            self.check_version("center", center, expected_version, before)
            for key, value in clean.items():
                setattr(center, key, value)
            center.updated_at = self.ctx.now()
            self.audit(s, Action.UPDATE, entity_type=EntityType.CENTER, entity_id=center.id,
                       details={"changes": diff(before, clean)})
            s.flush()
            return _view(center)
