"""Registering and editing minors, their guardians and consents; duplicate detection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from familyedu.errors import DuplicateCandidate, NotFound, ValidationError
from familyedu.models import Case, CategoryKind, Consent, Gender, Guardian, Minor, RiskLevel, Role
from familyedu.services.admin.categories import check_category
from familyedu.services.casework.dto import (
    ConsentView,
    GuardianInput,
    GuardianView,
    MinorInput,
    MinorView,
)
from familyedu.services.core import field_crypto, search_text
from familyedu.services.core.audit import Action, EntityType, diff
from familyedu.services.core.base import Service, lock_latest
from familyedu.services.core.field_crypto import (
    GUARDIAN_SEALED_FIELDS,
    MINOR_SEALED_FIELDS,
    NO_SEALED_KEY,
)
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import (
    Errors,
    age_on,
    check_enum,
    check_phone,
    check_resident_id,
    optional_text,
    person_name,
    require_date,
    required_text,
    resident_id_birth_date,
)

CONSENT_AGE = 14

MINOR_FIELDS = (
    "name", "gender", "date_of_birth", "resident_id", "school", "grade", "household_address",
    "current_address", "guardianship", "living_with", "involvement", "risk_level", "risk_reason",
)
GUARDIAN_FIELDS = (
    "name", "relation", "phone", "address", "lives_with_minor", "works_where",
    "is_primary_contact", "is_order_subject",
)


def snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The named fields' values, to compare after an edit (audit) or show on a conflict."""
    return {f: getattr(obj, f) for f in fields}


def clean_minor(s: Session, data: MinorInput, today: date, prefix: str = "") -> dict[str, Any]:
    """Every field checked; raises one ValidationError listing all that are wrong.

    Raises:
        ValidationError: a field is wrong (all fields named, with `prefix`).
    """
    errors = Errors()
    p = prefix
    out: dict[str, Any] = {
        "name": errors.check(person_name, f"{p}name", data.name),
        "gender": errors.check(check_enum, f"{p}gender", Gender, data.gender),
        "date_of_birth": errors.check(require_date, f"{p}date_of_birth", data.date_of_birth),
        "school": errors.check(optional_text, f"{p}school", data.school, 100),
        "grade": errors.check(optional_text, f"{p}grade", data.grade, 40),
        "household_address": errors.check(optional_text, f"{p}household_address",
                                          data.household_address, 300),
        "current_address": errors.check(optional_text, f"{p}current_address",
                                        data.current_address, 300),
        "guardianship": errors.check(check_category, s, CategoryKind.GUARDIANSHIP,
                                     f"{p}guardianship", data.guardianship),
        "living_with": errors.check(check_category, s, CategoryKind.LIVING, f"{p}living_with",
                                    data.living_with),
        "involvement": errors.check(check_category, s, CategoryKind.INVOLVEMENT,
                                    f"{p}involvement", data.involvement),
        "risk_level": errors.check(check_enum, f"{p}risk_level", RiskLevel, data.risk_level),
        "risk_reason": errors.check(optional_text, f"{p}risk_reason", data.risk_reason, 2000),
        "resident_id": None,
    }
    dob = out["date_of_birth"]
    if dob is not None:
        if dob > today:
            errors.add(f"{p}date_of_birth",
                       QT_TRANSLATE_NOOP("Validation", "The date of birth is in the future."))
        elif age_on(dob, today) >= 18:
            errors.add(f"{p}date_of_birth", QT_TRANSLATE_NOOP(
                "Validation", "familyedu keeps records of minors: this person is 18 or older."))
    if data.resident_id and data.resident_id.strip():
        number = errors.check(check_resident_id, data.resident_id, f"{p}resident_id")
        if number is not None:
            out["resident_id"] = number
            if dob is not None and resident_id_birth_date(number) != dob:
                errors.add(f"{p}resident_id", QT_TRANSLATE_NOOP(
                    "Validation",
                    "The birth date in this ID number ({id_date}) differs from the date of "
                    "birth entered.",
                ), id_date=resident_id_birth_date(number).isoformat())
            gender = out["gender"]
            id_gender = Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE
            if gender is not None and gender is not id_gender:
                errors.add(f"{p}resident_id", QT_TRANSLATE_NOOP(
                    "Validation", "The gender digit of this ID number differs from the gender "
                    "entered."))
    errors.raise_if_any()
    return out


def clean_guardian(s: Session, data: GuardianInput, prefix: str = "") -> dict[str, Any]:
    """A guardian's fields checked and tidied, ready to set on the row.

    Raises:
        ValidationError: a field is wrong (all fields named, with `prefix`).
    """
    errors = Errors()
    p = prefix
    out = {
        "name": errors.check(person_name, f"{p}name", data.name),
        "relation": errors.check(check_category, s, CategoryKind.RELATION, f"{p}relation",
                                 data.relation),
        "phone": errors.check(check_phone, data.phone, f"{p}phone"),
        "address": errors.check(optional_text, f"{p}address", data.address, 300),
        "works_where": errors.check(optional_text, f"{p}works_where", data.works_where, 200),
        "lives_with_minor": bool(data.lives_with_minor),
        "is_primary_contact": bool(data.is_primary_contact),
        "is_order_subject": bool(data.is_order_subject),
    }
    errors.raise_if_any()
    return out


def clean_consent(given_by: str, given_on: date | None, scope: str, today: date,
                  prefix: str = "") -> tuple[str, date, str]:
    """A consent's giver, day (not in the future) and scope, checked.

    Raises:
        ValidationError: a field is wrong (all fields named, with `prefix`).
    """
    errors = Errors()
    name = errors.check(person_name, f"{prefix}given_by", given_by)
    day = errors.check(require_date, f"{prefix}given_on", given_on)
    scope_text = errors.check(optional_text, f"{prefix}scope", scope, 2000)
    if day is not None and day > today:
        errors.add(f"{prefix}given_on", QT_TRANSLATE_NOOP("Validation", "This date is in the "
                                                           "future."))
    errors.raise_if_any()
    assert name is not None
    assert day is not None
    return name, day, scope_text or ""


def guardian_view(g: Guardian) -> GuardianView:
    """The guardian as the case file shows it."""
    return GuardianView(g.id, g.version, g.name, g.relation, g.phone, g.address,
                        g.lives_with_minor, g.works_where, g.is_primary_contact,
                        g.is_order_subject)


def minor_view(s: Session, m: Minor, today: date) -> MinorView:
    """The minor with guardians, consents and age on `today`, as the case file shows it."""
    consents = s.scalars(select(Consent).where(Consent.minor_id == m.id)
                         .order_by(Consent.given_on)).all()
    age = age_on(m.date_of_birth, today)
    in_force = any(c.withdrawn_on is None for c in consents)
    return MinorView(
        id=m.id, version=m.version, name=m.name, gender=m.gender, date_of_birth=m.date_of_birth,
        age=age, resident_id=m.resident_id, school=m.school, grade=m.grade,
        household_address=m.household_address, current_address=m.current_address,
        guardianship=m.guardianship, living_with=m.living_with, involvement=m.involvement,
        risk_level=m.risk_level, risk_reason=m.risk_reason, sealed=m.sealed,
        guardians=tuple(guardian_view(g) for g in m.guardians if not g.removed),
        consents=tuple(
            ConsentView(c.id, c.guardian_id, c.given_by, c.given_on, c.scope, c.withdrawn_on,
                        c.withdrawal_reason) for c in consents
        ),
        needs_consent=age < CONSENT_AGE and not in_force,
    )


def refresh_search_text(s: Session, minor: Minor) -> None:
    """Rebuild the search column of every case of the minor (names or numbers changed)."""
    s.flush()
    guardians = [g for g in minor.guardians if not g.removed]
    # A sealed record is found by its case number only: its names stay encrypted.
    names = [] if minor.sealed else [minor.name, *(g.name for g in guardians)]
    numbers = [] if minor.sealed else [minor.resident_id or "", *(g.phone for g in guardians)]
    for case in s.scalars(select(Case).where(Case.minor_id == minor.id).order_by(Case.id)):
        lock_latest(case)
        case.search_text = search_text.build(case_number=case.case_number, names=names,
                                             numbers=numbers)


def find_duplicates(s: Session, center_id: int, name: str, dob: date | None,
                    phones: list[str], exclude_minor_id: int | None = None,
                    keyring: field_crypto.Keyring | None = None) -> list[DuplicateCandidate]:
    """Children of the center with this name and birth date, or a guardian's phone; sealed
    ones through their keyed digests (with `keyring`), shown by name only once opened."""
    sealed = field_crypto.sealed_matches(s, keyring, center_id, name=name, dob=dob,
                                         phones=phones) if keyring is not None else {}
    sealed.pop(exclude_minor_id or 0, None)
    found = [_sealed_candidate(s, keyring, m, kind) for m, kind in sealed.items()] \
        if keyring is not None else []
    conditions: list[ColumnElement[bool]] = []
    if dob is not None:
        conditions.append((Minor.name == name) & (Minor.date_of_birth == dob))
    phones = [p for p in phones if p]
    if phones:
        conditions.append(Minor.id.in_(
            select(Guardian.minor_id).where(Guardian.phone.in_(phones),
                                            Guardian.removed.is_(False))))
    if not conditions:
        return found
    query = select(Minor).where(Minor.center_id == center_id, or_(*conditions))
    if exclude_minor_id is not None:
        query = query.where(Minor.id != exclude_minor_id)
    for m in s.scalars(query.limit(20)):
        reason = "name_and_birth" if (m.name == name and m.date_of_birth == dob) \
            else "guardian_phone"
        found.append(DuplicateCandidate(m.id, m.name, m.date_of_birth.isoformat(), reason))
    return found


def _sealed_candidate(s: Session, keyring: field_crypto.Keyring, minor_id: int,
                      kind: str) -> DuplicateCandidate:
    minor = s.get(Minor, minor_id)
    assert minor is not None
    field_crypto.open_minor(s, keyring, minor)  # the real name, for those holding the key
    return DuplicateCandidate(minor.id, minor.name, minor.date_of_birth.isoformat(),
                              "name_and_birth" if kind == "birth" else "guardian_phone")


HIDDEN_DUPLICATE = QT_TRANSLATE_NOOP(
    "Validation", "A possible duplicate exists: ask your supervisor.")


def refuse_known_id(s: Session, center_id: int, number: str, own_id: int | None,
                    may_read: Callable[[Session, int], bool] | None = None,
                    keyring: field_crypto.Keyring | None = None) -> None:
    """The same ID number twice is refused, pointing at the record that has it — unless the
    user may not read that record (`may_read`): then only that a duplicate exists. A sealed
    record's number is found through its keyed digest (with `keyring`).

    Raises:
        ValidationError: another minor of the center has this number.
    """
    other = s.scalar(select(Minor).where(Minor.center_id == center_id,
                                         Minor.resident_id == number))
    if other is None and keyring is not None:
        sealed = field_crypto.sealed_matches(s, keyring, center_id, resident_id=number)
        sealed.pop(own_id or 0, None)
        other = s.get(Minor, next(iter(sealed))) if sealed else None
    if other is not None and other.id != own_id:
        if may_read is not None and not may_read(s, other.id):
            raise ValidationError("resident_id", HIDDEN_DUPLICATE)
        case_number = s.scalar(select(Case.case_number).where(Case.minor_id == other.id)
                               .order_by(Case.id.desc()).limit(1)) or ""
        raise ValidationError(
            "resident_id",
            QT_TRANSLATE_NOOP("Validation", "This ID number is already registered (case "
                              "{case_number}); open that record instead."),
            case_number=case_number, minor_id=other.id,
        )


class MinorService(Service):
    """Minors are reached through their cases: whoever may read a case may edit its minor."""

    def _load_minor(self, s: Session, minor_id: int, action: str) -> Minor:
        minor = s.get(Minor, minor_id)
        if minor is None:
            raise NotFound("minor", minor_id)
        cases = s.scalars(select(Case).where(Case.minor_id == minor_id)).all()
        readable = [c for c in cases if self.can_read_case(c, minor)]
        if not readable:
            raise self.deny(action, f"minor {minor_id}")
        if minor.sealed:
            self.require_sealed_reason(readable[-1].id)
            if not self.open_sealed(s, minor) and action != "read_minor":
                # Its fields read as placeholders here: a save would write over nothing real.
                raise ValidationError("sealed", NO_SEALED_KEY)
        return minor

    def get(self, minor_id: int) -> MinorView:
        """The minor's record, if one of their cases is the user's to read.

        Raises:
            NotFound: there is no such minor.
            PermissionDenied: none of the minor's cases is the user's to read.
            ValidationError: the record is sealed and no reason was stated.
        """
        with self.read() as s:
            return minor_view(s, self._load_minor(s, minor_id, "read_minor"), self.ctx.today())

    def update(self, minor_id: int, expected_version: int, data: MinorInput) -> MinorView:
        """Save an edit of the minor's record, audited field by field.

        Raises:
            NotFound: there is no such minor.
            PermissionDenied: none of the minor's cases is the user's to edit.
            ValidationError: a field is wrong (all fields named), the ID number is another
                minor's, or the record is sealed and cannot be opened.
            StaleRecord: another desk saved the record first.
        """
        with self.write() as s:
            minor = self._load_minor(s, minor_id, "edit_minor")
            before = snapshot(minor, MINOR_FIELDS)
            self.check_version("minor", minor, expected_version, before)
            clean = clean_minor(s, data, self.ctx.today())
            if clean["resident_id"] and clean["resident_id"] != minor.resident_id:
                refuse_known_id(s, self.actor.center_id, clean["resident_id"], minor.id,
                                self.may_read_minor, self.actor.keyring)
            for key, value in clean.items():
                setattr(minor, key, value)
            minor.name_pinyin = search_text.pinyin_of(minor.name)
            minor.updated_at = self.ctx.now()
            refresh_search_text(s, minor)
            self.audit(s, Action.UPDATE, entity_type=EntityType.MINOR, entity_id=minor.id,
                       details=field_crypto.redact(minor, {"changes": diff(
                           before, snapshot(minor, MINOR_FIELDS))}, MINOR_SEALED_FIELDS))
            s.flush()
            return minor_view(s, minor, self.ctx.today())

    def add_guardian(self, minor_id: int, data: GuardianInput) -> GuardianView:
        """Add a guardian to the minor's record.

        Raises:
            NotFound: there is no such minor.
            PermissionDenied: none of the minor's cases is the user's to edit.
            ValidationError: a field is wrong (all fields named), or the record is sealed
                and cannot be opened.
        """
        with self.write() as s:
            minor = self._load_minor(s, minor_id, "edit_minor")
            clean = clean_guardian(s, data)
            guardian = Guardian(minor_id=minor.id, name_pinyin=search_text.pinyin_of(
                clean["name"]), version=1, **clean)
            minor.guardians.append(guardian)
            refresh_search_text(s, minor)
            s.flush()
            self.audit(s, Action.CREATE, entity_type=EntityType.GUARDIAN, entity_id=guardian.id,
                       details=field_crypto.redact(minor, {"minor_id": minor.id,
                                                           "after": clean},
                                                   GUARDIAN_SEALED_FIELDS))
            return guardian_view(guardian)

    def update_guardian(self, guardian_id: int, expected_version: int,
                        data: GuardianInput) -> GuardianView:
        """Save an edit of a guardian, audited field by field.

        Raises:
            NotFound: there is no such guardian (or it was removed).
            PermissionDenied: none of the minor's cases is the user's to edit.
            ValidationError: a field is wrong (all fields named), or the record is sealed
                and cannot be opened.
            StaleRecord: another desk saved the guardian first.
        """
        with self.write() as s:
            guardian = s.get(Guardian, guardian_id)
            if guardian is None or guardian.removed:
                raise NotFound("guardian", guardian_id)
            minor = self._load_minor(s, guardian.minor_id, "edit_minor")
            before = snapshot(guardian, GUARDIAN_FIELDS)
            self.check_version("guardian", guardian, expected_version, before)
            clean = clean_guardian(s, data)
            for key, value in clean.items():
                setattr(guardian, key, value)
            guardian.name_pinyin = search_text.pinyin_of(guardian.name)
            guardian.updated_at = self.ctx.now()
            refresh_search_text(s, minor)
            self.audit(s, Action.UPDATE, entity_type=EntityType.GUARDIAN, entity_id=guardian.id,
                       details=field_crypto.redact(minor, {"changes": diff(before, clean)},
                                                   GUARDIAN_SEALED_FIELDS))
            s.flush()
            return guardian_view(guardian)

    def remove_guardian(self, guardian_id: int) -> None:
        """Kept in the database (sessions name who came) but no longer listed.

        Raises:
            NotFound: there is no such guardian (or it was already removed).
            PermissionDenied: none of the minor's cases is the user's to edit.
            ValidationError: the record is sealed and cannot be opened.
        """
        with self.write() as s:
            guardian = s.get(Guardian, guardian_id)
            if guardian is None or guardian.removed:
                raise NotFound("guardian", guardian_id)
            minor = self._load_minor(s, guardian.minor_id, "edit_minor")
            guardian.removed = True
            refresh_search_text(s, minor)
            self.audit(s, Action.DELETE, entity_type=EntityType.GUARDIAN, entity_id=guardian.id)

    def record_consent(self, minor_id: int, *, given_by: str, given_on: date | None,
                       scope: str = "", guardian_id: int | None = None) -> ConsentView:
        """Record a guardian's consent to the minor's casework.

        Raises:
            NotFound: there is no such minor.
            PermissionDenied: none of the minor's cases is the user's to edit.
            ValidationError: a field is wrong (all fields named), or the record is sealed
                and cannot be opened.
        """
        with self.write() as s:
            minor = self._load_minor(s, minor_id, "edit_minor")
            name, day, scope_text = clean_consent(given_by, given_on, scope, self.ctx.today())
            consent = Consent(minor_id=minor.id, guardian_id=guardian_id, given_by=name,
                              given_on=day, scope=scope_text or "",
                              recorded_by_id=self.actor.user_id)
            s.add(consent)
            s.flush()
            self.audit(s, Action.CREATE, entity_type=EntityType.CONSENT, entity_id=consent.id,
                       details={"minor_id": minor.id})
            return ConsentView(consent.id, guardian_id, consent.given_by, consent.given_on,
                               consent.scope, None, "")

    def withdraw_consent(self, consent_id: int, *, on: date, reason: str) -> None:
        """Mark a consent withdrawn on a day, with the reason; it stays on record.

        Raises:
            NotFound: there is no such consent.
            PermissionDenied: none of the minor's cases is the user's to edit.
            ValidationError: the day or the reason is missing or wrong, or the record is
                sealed and cannot be opened.
        """
        with self.write() as s:
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise NotFound("consent", consent_id)
            self._load_minor(s, consent.minor_id, "edit_minor")
            consent.withdrawn_on = require_date("withdrawn_on", on)
            consent.withdrawal_reason = required_text("withdrawal_reason", reason, 2000)
            self.audit(s, Action.UPDATE, entity_type=EntityType.CONSENT, entity_id=consent.id,
                       details={"withdrawn_on": on})

    def set_sealed(self, minor_id: int, sealed: bool, reason: str) -> None:
        """Seal (or unseal) a minor's record; supervisors only, with a reason.

        Raises:
            PermissionDenied: the user is not a supervisor, or not of the minor's center.
            NotFound: there is no such minor.
            ValidationError: the reason is missing or too long, or this user does not hold
                the key to unseal the record.
        """
        self.require_role("seal_record", Role.SUPERVISOR)
        with self.write() as s:
            minor = self._load_minor(s, minor_id, "seal_record")
            reason = required_text("reason", reason, 500)
            if sealed == minor.sealed:
                return
            keyring = self.actor.keyring
            if sealed:
                minor.sealed = True
                field_crypto.seal_minor(s, keyring, minor, self.ctx.now())
            elif not field_crypto.unseal_minor(s, keyring, minor):
                raise ValidationError("sealed", NO_SEALED_KEY)
            else:
                minor.sealed = False
            refresh_search_text(s, minor)
            if sealed:
                field_crypto.purge_search_index(s)
            self.audit(s, Action.UPDATE, entity_type=EntityType.MINOR, entity_id=minor.id,
                       details={"sealed": sealed, "reason": reason})


