"""Opening, editing, closing and listing cases; the case view with its derived figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familyedu.errors import PossibleDuplicate, ValidationError
from familyedu.models import (
    Case,
    CaseStatus,
    CategoryKind,
    ClosureOutcome,
    Consent,
    Guardian,
    GuidanceSession,
    Minor,
    OrderType,
    Role,
    User,
)
from familyedu.services.admin.categories import check_category
from familyedu.services.admin.dto import UserView
from familyedu.services.casework import case_list, figures
from familyedu.services.casework.dto import (
    CASE_FIELDS,
    CaseInput,
    CaseQuery,
    CaseRow,
    CaseView,
    ConsentInput,
    GuardianInput,
    MinorInput,
)
from familyedu.services.casework.minors import (
    HIDDEN_DUPLICATE,
    clean_consent,
    clean_guardian,
    clean_minor,
    find_duplicates,
    minor_view,
    refresh_search_text,
    refuse_known_id,
)
from familyedu.services.core import field_crypto, numbering, search_text
from familyedu.services.core.audit import Action, EntityType, diff
from familyedu.services.core.base import Service
from familyedu.services.core.context import ServiceContext
from familyedu.services.core.dto import Page
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import (
    Errors,
    check_date,
    check_enum,
    check_int_range,
    check_optional_number,
    optional_text,
    require_date,
    required_text,
)


def progress_of(case: Case, today: date) -> Any:
    """The case's progress on its order as of `today` (figures.case_progress)."""
    return figures.case_progress(
        today=today, status=case.status, opened_on=case.opened_on,
        minutes_done=case.minutes_done, sessions_attended=case.sessions_attended,
        sessions_missed=case.sessions_missed, hours_required=case.order_hours_required,
        sessions_required=case.order_sessions_required, due_on=case.order_due_on,
        next_session_due=case.next_session_due_on, next_review_due=case.next_review_on,
    )




class CaseService(Service):
    """Opening, editing, closing and listing cases, each with its minor."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        # The case list's built statements, per actor (their visibility rule is built in).
        self._list_statements: dict[tuple[int, str, int], case_list.StatementCache] = {}

    # -- writing --------------------------------------------------------------------------

    def _clean_case(self, s: Session, data: CaseInput) -> dict[str, Any]:
        errors = Errors()
        out: dict[str, Any] = {
            "referral_source": errors.check(check_category, s, CategoryKind.REFERRAL,
                                            "referral_source", data.referral_source),
            "referring_authority": errors.check(optional_text, "referring_authority",
                                                data.referring_authority, 200),
            "order_type": errors.check(check_enum, "order_type", OrderType, data.order_type),
            "order_document_number": errors.check(optional_text, "order_document_number",
                                                  data.order_document_number, 100),
            "order_issued_on": errors.check(check_date, "order_issued_on", data.order_issued_on,
                                            required=False),
            "order_hours_required": errors.check(check_optional_number, "order_hours_required",
                                                 data.order_hours_required, 1000),
            "order_sessions_required": errors.check(check_optional_number,
                                                    "order_sessions_required",
                                                    data.order_sessions_required, 500),
            "order_due_on": errors.check(check_date, "order_due_on", data.order_due_on,
                                         required=False),
            "feedback_recipient": errors.check(optional_text, "feedback_recipient",
                                               data.feedback_recipient, 200),
            "feedback_interval_days": None,
            "session_interval_days": errors.check(check_int_range, "session_interval_days",
                                                  data.session_interval_days, 1, 365),
            "opened_on": errors.check(require_date, "opened_on", data.opened_on),
        }
        if data.feedback_interval_days is not None:
            out["feedback_interval_days"] = errors.check(
                check_int_range, "feedback_interval_days", data.feedback_interval_days, 1, 365)
        if out["order_sessions_required"] is not None:
            out["order_sessions_required"] = int(out["order_sessions_required"])
        if out["order_hours_required"] is not None:
            # The column keeps one decimal: PostgreSQL would round 19.95 on its own (and
            # SQLite not at all), so the value shown after saving would differ by engine.
            out["order_hours_required"] = round(out["order_hours_required"], 1)
        opened, due = out["opened_on"], out["order_due_on"]
        if opened is not None and opened > self.ctx.today():
            errors.add("opened_on", QT_TRANSLATE_NOOP("Validation", "This date is in the future."))
        if opened is not None and due is not None and due < opened:
            errors.add("order_due_on", QT_TRANSLATE_NOOP(
                "Validation", "The order's deadline cannot be before the case was opened."))
        if out["order_type"] not in (None, OrderType.NONE):
            if not (out["order_hours_required"] or out["order_sessions_required"]):
                errors.add("order_hours_required", QT_TRANSLATE_NOOP(
                    "Validation", "An order needs the hours or the sessions it requires."))
            if due is None:
                errors.add("order_due_on", QT_TRANSLATE_NOOP(
                    "Validation", "An order needs a deadline."))
        errors.raise_if_any()
        return out

    def _counselor_for(self, s: Session, requested: int | None) -> int:
        if requested is None or requested == self.actor.user_id:
            if self.actor.role is Role.ADMIN:
                raise self.deny("open_case", "admin holds no cases")
            return self.actor.user_id
        if self.actor.role is not Role.SUPERVISOR:
            raise self.deny("assign_case", f"user {requested}")
        user = s.get(User, requested)
        if user is None or not user.active or user.center_id != self.actor.center_id \
                or user.role is Role.ADMIN:
            raise ValidationError("assigned_counselor_id", QT_TRANSLATE_NOOP(
                "Validation", "Choose an active counselor or supervisor of this center."))
        return requested

    def open_new(self, minor: MinorInput, guardians: list[GuardianInput], case: CaseInput,
                 *, confirm_not_duplicate: bool = False,
                 consent: ConsentInput | None = None) -> int:
        """Register a minor with guardians and open a case for them; returns the case id.

        A guardian's consent given with the form is recorded in the same unit of work (its
        errors are `consent.given_by` ...). Raises PossibleDuplicate (nothing saved) unless
        the user confirmed it is new.

        Raises:
            ValidationError: a field is wrong (all fields named), the ID number is already
                registered, or a possible duplicate is a record the user may not read.
            PossibleDuplicate: records like this one exist and it was not confirmed as new.
            PermissionDenied: the user may not hold or assign this case.
        """
        today = self.ctx.today()
        with self.write() as s:
            errors = Errors()
            clean_m = errors.check(clean_minor, s, minor, today)
            clean_gs = [errors.check(clean_guardian, s, g, f"guardians.{i}.")
                        for i, g in enumerate(guardians)]
            clean_c = errors.check(self._clean_case, s, case)
            clean_consent_parts = None if consent is None else errors.check(
                clean_consent, consent.given_by, consent.given_on, consent.scope, today,
                "consent.")
            errors.raise_if_any()
            assert clean_m is not None
            assert clean_c is not None
            if clean_m["resident_id"]:
                refuse_known_id(s, self.actor.center_id, clean_m["resident_id"], None,
                                self.may_read_minor, self.actor.keyring)
            if not confirm_not_duplicate:
                candidates = find_duplicates(s, self.actor.center_id, clean_m["name"],
                                             clean_m["date_of_birth"],
                                             [g["phone"] for g in clean_gs if g and g["phone"]],
                                             keyring=self.actor.keyring)
                if not all(self.may_read_minor(s, c.minor_id) for c in candidates):
                    # Another counselor's or a sealed child: not even the name is shown.
                    raise ValidationError("name", HIDDEN_DUPLICATE)
                if candidates:
                    raise PossibleDuplicate(candidates)
            counselor_id = self._counselor_for(s, case.assigned_counselor_id)
            row = Minor(center_id=self.actor.center_id, version=1,
                        name_pinyin=search_text.pinyin_of(clean_m["name"]), **clean_m)
            for g in clean_gs:
                assert g is not None
                row.guardians.append(Guardian(version=1, name_pinyin=search_text.pinyin_of(
                    g["name"]), **g))
            s.add(row)
            s.flush()
            new_case = self._insert_case(s, row, clean_c, counselor_id)
            self.audit(s, Action.CREATE, entity_type=EntityType.MINOR, entity_id=row.id,
                       case_id=new_case.id, details={"after": clean_m})
            if clean_consent_parts is not None:
                self._add_consent(s, row, clean_consent_parts, new_case.id)
            return new_case.id

    def _add_consent(self, s: Session, minor: Minor, parts: tuple[str, date, str],
                     case_id: int) -> None:
        given_by, given_on, scope = parts
        guardian = next((g for g in minor.guardians if g.name == given_by), None)
        consent = Consent(minor_id=minor.id, guardian_id=guardian.id if guardian else None,
                          given_by=given_by, given_on=given_on, scope=scope,
                          recorded_by_id=self.actor.user_id)
        s.add(consent)
        s.flush()
        self.audit(s, Action.CREATE, entity_type=EntityType.CONSENT, entity_id=consent.id,
                   case_id=case_id, details={"minor_id": minor.id})


    def _insert_case(self, s: Session, minor: Minor, clean: dict[str, Any],
                     counselor_id: int) -> Case:
        year = clean["opened_on"].year
        number = numbering.case_number(
            year, numbering.next_value(s, self.actor.center_id, "case", year))
        case = Case(center_id=self.actor.center_id, case_number=number, minor_id=minor.id,
                    status=CaseStatus.OPEN, assigned_counselor_id=counselor_id, version=1,
                    **clean)
        case.next_session_due_on = figures.next_session_due(
            opened_on=case.opened_on, last_session_on=None, next_appointment=None,
            interval_days=case.session_interval_days)
        s.add(case)
        s.flush()
        refresh_search_text(s, minor)
        self.audit(s, Action.CREATE, entity_type=EntityType.CASE,
                   entity_id=case.id, case_id=case.id,
                   details={"case_number": number, "after": clean})
        return case

    def update(self, case_id: int, expected_version: int, data: CaseInput) -> CaseView:
        """Save an edit of the case's own fields, audited field by field.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to work on.
            ValidationError: a field is wrong (all fields named), or the opening date is
                after the first session.
            StaleRecord: another desk saved the case first.
        """
        with self.write() as s:
            case = self.load_case(s, case_id, action="edit_case")
            before = {f: getattr(case, f) for f in CASE_FIELDS}
            self.check_version("case", case, expected_version, before)
            clean = self._clean_case(s, data)
            first_session = s.scalar(
                select(func.min(GuidanceSession.held_at))
                .where(GuidanceSession.case_id == case.id))
            if first_session is not None and clean["opened_on"] > first_session.date():
                raise ValidationError("opened_on", QT_TRANSLATE_NOOP(
                    "Validation", "Sessions were logged before this date."))
            for key, value in clean.items():
                setattr(case, key, value)
            case.updated_at = self.ctx.now()
            self.audit(s, Action.UPDATE, entity_type=EntityType.CASE,
                       entity_id=case.id, case_id=case.id,
                       details={"changes": diff(before, clean)})
            s.flush()
            return self._view(s, case)

    def close(self, case_id: int, expected_version: int, *, outcome: ClosureOutcome,
              closed_on: date | None, note: str = "") -> None:
        """Close the case with its outcome, day and note.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to work on.
            ValidationError: the case is already closed, or a field is wrong (all
                fields named).
            StaleRecord: another desk saved the case first.
        """
        with self.write() as s:
            case = self.load_case(s, case_id, action="close_case")
            self.check_version("case", case, expected_version)
            if case.status is CaseStatus.CLOSED:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "This case is already closed."))
            errors = Errors()
            day = errors.check(require_date, "closed_on", closed_on)
            kind = errors.check(check_enum, "closure_outcome", ClosureOutcome, outcome)
            text = errors.check(optional_text, "closure_note", note, 4000)
            # The completion report says the guidance ran from the opening to this day and
            # has ended: not a day ahead, nor one before a session it counts (attended or
            # missed; an appointment cancelled after the family left is no such session).
            last = s.scalar(select(func.max(GuidanceSession.held_at)).where(
                GuidanceSession.case_id == case.id,
                GuidanceSession.attendance.in_(figures.COUNTED_ATTENDANCE)))
            if day is not None and day < case.opened_on:
                errors.add("closed_on", QT_TRANSLATE_NOOP(
                    "Validation", "A case cannot close before it was opened."))
            elif day is not None and day > self.ctx.today():
                errors.add("closed_on", QT_TRANSLATE_NOOP(
                    "Validation", "This date is in the future."))
            elif day is not None and last is not None and day < last.date():
                errors.add("closed_on", QT_TRANSLATE_NOOP(
                    "Validation", "A case cannot close before its last session ({date})."),
                    date=last.date().isoformat())
            if (kind is ClosureOutcome.ORDER_FULFILLED and case.order_type is not OrderType.NONE
                    and not progress_of(case, self.ctx.today()).complete):
                # The completion report would read "已履行完毕" beside the hours still missing.
                errors.add("closure_outcome", QT_TRANSLATE_NOOP(
                    "Validation", "The order is not fulfilled yet: the hours or sessions it "
                    "requires are not all done."))
            errors.raise_if_any()
            case.status, case.closed_on = CaseStatus.CLOSED, day
            case.closure_outcome, case.closure_note = kind, text or ""
            self.audit(s, Action.UPDATE, entity_type=EntityType.CASE,
                       entity_id=case.id, case_id=case.id,
                       details={"closed": True, "outcome": kind, "closed_on": day})

    def reopen(self, case_id: int, expected_version: int) -> None:
        """Open a closed case again; its closing day and outcome are cleared.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to work on.
            ValidationError: the case is already open.
            StaleRecord: another desk saved the case first.
        """
        with self.write() as s:
            case = self.load_case(s, case_id, action="reopen_case")
            self.check_version("case", case, expected_version)
            if case.status is CaseStatus.OPEN:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "This case is already open."))
            case.status, case.closed_on, case.closure_outcome = CaseStatus.OPEN, None, None
            self.audit(s, Action.UPDATE, entity_type=EntityType.CASE,
                       entity_id=case.id, case_id=case.id,
                       details={"reopened": True})

    def reassign(self, case_id: int, counselor_id: int) -> None:
        """Supervisors hand a case to another counselor."""
        self.require_role("reassign_case", Role.SUPERVISOR)
        with self.write() as s:
            case = self.load_case(s, case_id, action="reassign_case")
            new_id = self._counselor_for(s, counselor_id)
            before = case.assigned_counselor_id
            case.assigned_counselor_id = new_id
            self._hand_over_notes(s, case)
            self.audit(s, Action.UPDATE, entity_type=EntityType.CASE,
                       entity_id=case.id, case_id=case.id,
                       details={"changes": {"assigned_counselor_id": [before, new_id]}})

    def _hand_over_notes(self, s: Session, case: Case) -> None:
        """The case's private notes, encrypted anew for its new counselor (those this
        supervisor cannot read stay as they are, readable by the supervisors who can)."""
        keyring, now = self.actor.keyring, self.ctx.now()
        for row in s.scalars(select(GuidanceSession).where(
                GuidanceSession.case_id == case.id, GuidanceSession.private_notes != "")):
            text = field_crypto.read_note(keyring, row.private_notes)
            if text is not None:
                row.private_notes = field_crypto.encrypt_note(
                    s, keyring, case.center_id, case.assigned_counselor_id, text, now)

    # -- reading --------------------------------------------------------------------------

    def open(self, case_id: int, *, sealed_reason: str | None = None) -> CaseView:
        """The whole case for its workspace; audited. A sealed case needs a reason: the
        session's grant, or `sealed_reason`, which then becomes the grant for the rest of
        the session (the desktop asks a supervisor once, not at every sealed record)."""
        reason = (sealed_reason or "").strip()
        if reason and not self.ctx.sealed_grant.reason:
            self.grant_sealed_access(reason)
        self._stated_reason = reason or None
        try:
            with self.write() as s:
                case = self.load_case(s, case_id)
                self.audit(s, Action.CASE_OPENED, entity_type=EntityType.CASE, entity_id=case.id,
                           case_id=case.id)
                return self._view(s, case)
        finally:
            self._stated_reason = None

    def grant_sealed_access(self, reason: str) -> None:
        """Supervisors: read sealed records for the rest of this session, for `reason`
        (audited now, and again at each sealed record read)."""
        self.require_role("sealed_access", Role.SUPERVISOR)
        text = required_text("sealed_reason", reason, 500)
        with self.write() as s:
            self.audit(s, Action.SEALED_ACCESS, entity_type=EntityType.SESSION,
                       details={"grant": text})
        self.ctx.sealed_grant.reason = text

    @property
    def sealed_access_granted(self) -> bool:
        """Whether this session holds a stated reason to open sealed records."""
        return bool(self.ctx.sealed_grant.reason)

    def get(self, case_id: int) -> CaseView:
        """The case again (a refresh within an open workspace; not audited again)."""
        with self.read() as s:
            return self._view(s, self.load_case(s, case_id))

    def _view(self, s: Session, case: Case) -> CaseView:
        counselor = s.get(User, case.assigned_counselor_id)
        return CaseView(
            id=case.id, version=case.version, case_number=case.case_number,
            status=case.status, opened_on=case.opened_on, closed_on=case.closed_on,
            referral_source=case.referral_source, referring_authority=case.referring_authority,
            order_type=case.order_type, order_document_number=case.order_document_number,
            order_issued_on=case.order_issued_on,
            order_hours_required=case.order_hours_required,
            order_sessions_required=case.order_sessions_required,
            order_due_on=case.order_due_on, feedback_recipient=case.feedback_recipient,
            feedback_interval_days=case.feedback_interval_days,
            session_interval_days=case.session_interval_days,
            assigned_counselor_id=case.assigned_counselor_id,
            counselor_name=counselor.display_name if counselor else "",
            closure_outcome=case.closure_outcome, closure_note=case.closure_note,
            minor=minor_view(s, case.minor, self.ctx.today()),
            progress=progress_of(case, self.ctx.today()),
        )

    def page(self, query: CaseQuery) -> Page[CaseRow]:
        """One page of the case list: filtered, searched and sorted in the database."""
        with self.read() as s:
            return case_list.page(s, self.case_filter(), query, dialect=self.ctx.db.dialect,
                                  today=self.ctx.today(),
                                  narrow=self.actor.role is Role.COUNSELOR,
                                  cache=self._list_statements.setdefault(
                                      (self.actor.user_id, self.actor.role.value,
                                       self.actor.center_id), {}))

    def counselors(self) -> list[UserView]:
        """Who can hold cases in this center (for the assign and filter lists)."""
        with self.read() as s:
            users = s.scalars(select(User).where(
                User.center_id == self.actor.center_id, User.active.is_(True),
                User.role.in_([Role.COUNSELOR, Role.SUPERVISOR])).order_by(User.display_name))
            return [UserView(u.id, u.username, u.display_name, u.role.value, u.active)
                    for u in users]

