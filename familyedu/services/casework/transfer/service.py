"""Moving a case to another center: the sending side seals it in one encrypted file and
closes its case as transferred; the receiving side reads a summary first, then takes the case
under its own number with the history marked as the sending center's."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from familyedu.errors import NotFound, PossibleDuplicate, ValidationError
from familyedu.models import (
    Attendance,
    Case,
    CaseStatus,
    CaseTransfer,
    ClosureOutcome,
    Consent,
    Gender,
    Goal,
    Guardian,
    GuidancePlan,
    GuidanceSession,
    Letter,
    LetterKind,
    MandatoryReport,
    Minor,
    OrderType,
    PlanStatus,
    RiskLevel,
    Role,
    SessionGoalRating,
    SessionGuardian,
    SessionMode,
    TransferredLetter,
)
from familyedu.security import transfer_file
from familyedu.services.casework.cases import CaseService
from familyedu.services.casework.dto import GuardianInput, MinorInput
from familyedu.services.casework.minors import (
    clean_guardian,
    clean_minor,
    find_duplicates,
    refresh_search_text,
    refuse_known_id,
)
from familyedu.services.casework.sessions import recompute_case
from familyedu.services.casework.transfer import payload
from familyedu.services.casework.transfer.dto import (
    CaseOrigin,
    ReceivedLetter,
    SentTransfer,
    TransferSummary,
)
from familyedu.services.core import field_crypto, numbering, search_text
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import Errors, required_text

TRANSFER_OUT, TRANSFER_IN = Action.TRANSFER_OUT, Action.TRANSFER_IN
MIN_PASSWORD = 8


def _kind(code: str) -> LetterKind | str:
    """A received letter's kind; one this version does not know (a newer center's) as sent."""
    try:
        return LetterKind(code)
    except ValueError:
        return code


def _damaged() -> ValidationError:
    return ValidationError("file", QT_TRANSLATE_NOOP(
        "Validation", "This transfer file is damaged or was altered; nothing was written."))


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class TransferService(Service):
    """Sending a case to another center in a transfer file, and receiving one."""

    # -- sending --------------------------------------------------------------------------

    def case_id_for(self, case_number: str) -> int:
        """The id of a case of the center by its number, if the actor may see it.

        Raises:
            NotFound: the center has no case of that number.
            PermissionDenied: the case is not the user's to transfer.
        """
        with self.read() as s:
            case_id = s.scalar(select(Case.id).where(Case.center_id == self.actor.center_id,
                                                     Case.case_number == case_number.strip()))
            if case_id is None:
                raise NotFound("case", case_number)
            self.load_case(s, case_id, action="transfer_case")
            return case_id

    def send(self, case_id: int, *, to_center: str, password: str,
             write: Callable[[bytes], None], sealed_reason: str | None = None) -> SentTransfer:
        """Seal the case into a transfer file, hand it to `write`, and close the case as
        transferred, all in one transaction: if writing fails, the case stays open."""
        self._stated_reason = sealed_reason  # a sealed record is read for this reason only
        try:
            return self._send(case_id, to_center=to_center, password=password, write=write,
                              sealed_reason=sealed_reason)
        finally:
            self._stated_reason = None

    def _send(self, case_id: int, *, to_center: str, password: str,
              write: Callable[[bytes], None], sealed_reason: str | None) -> SentTransfer:
        errors = Errors()
        center = errors.check(required_text, "to_center", to_center, 200)
        if len(password or "") < MIN_PASSWORD:
            errors.add("password", QT_TRANSLATE_NOOP(
                "Validation", "The transfer password needs at least {min} characters."),
                min=MIN_PASSWORD)
        errors.raise_if_any()
        assert center is not None
        with self.read() as s:
            case = self.load_case(s, case_id, action="transfer_case")
            if case.minor.sealed and not (sealed_reason or "").strip():
                raise ValidationError("sealed_reason", QT_TRANSLATE_NOOP(
                    "Validation", "This record is sealed: state why it is transferred."))
            if case.status is CaseStatus.CLOSED:
                raise ValidationError("status", QT_TRANSLATE_NOOP(
                    "Validation", "This case is already closed."))
            version = case.version
            issued = s.execute(select(Letter.reference, Letter.kind, Letter.issued_at,
                                      Letter.recipient, Letter.sha256)
                               .where(Letter.case_id == case_id)
                               .order_by(Letter.issued_at, Letter.id)).all()
        letters = []
        if issued:
            from familyedu.services.letters.service import (
                LetterService,  # reportlab: only when needed
            )

            printer = LetterService(self.ctx)
            printer._stated_reason = sealed_reason
            letters = [payload.letter_entry(ref, kind, at, recipient, sha,
                                            printer.reprint(ref))
                       for ref, kind, at, recipient, sha in issued]
        with self.write() as s:
            case = self.load_case(s, case_id, action="transfer_case")
            self.check_version("case", case, version)
            if case.minor.sealed:
                self.audit(s, Action.SEALED_ACCESS, entity_type=EntityType.CASE, entity_id=case.id,
                           case_id=case.id, details={"reason": (sealed_reason or "")[:500],
                                                     "transfer": True})
            content = payload.build(s, case, sent_at=self.ctx.now(),
                                    sent_by=self.actor.display_name, to_center=center,
                                    letters=letters, read_note=lambda stored:
                                    field_crypto.read_note(self.actor.keyring, stored))
            data = transfer_file.seal(json.dumps(content, ensure_ascii=False).encode(),
                                      password, self.ctx.password_cost)
            digest = hashlib.sha256(data).hexdigest()
            case.status, case.closed_on = CaseStatus.CLOSED, self.ctx.today()
            case.closure_outcome, case.closure_note = ClosureOutcome.TRANSFERRED, center
            self.audit(s, TRANSFER_OUT, entity_type=EntityType.CASE,
                       entity_id=case.id, case_id=case.id,
                       details={"to_center": center, "sha256": digest, "size": len(data),
                                "sessions": len(content["sessions"]),
                                "letters": len(letters), "closed": True,
                                "outcome": ClosureOutcome.TRANSFERRED})
            s.flush()
            write(data)  # inside the transaction: a failed write leaves the case open
            return SentTransfer(case.case_number, center, digest, len(data), len(letters),
                                len(content["sessions"]))

    # -- receiving --------------------------------------------------------------------------

    def _open(self, data: bytes, password: str) -> dict[str, Any]:
        try:
            content = json.loads(transfer_file.unseal(data, password))
        except transfer_file.TransferFileError as exc:
            if exc.reason == "not_a_transfer":
                raise ValidationError("file", QT_TRANSLATE_NOOP(
                    "Validation", "This is not a familyedu transfer file.")) from None
            if exc.reason == "wrong_password_or_damaged":
                raise ValidationError("password", QT_TRANSLATE_NOOP(
                    "Validation", "Wrong password, or the file was damaged or altered; "
                    "nothing was written.")) from None
            raise _damaged() from None
        except ValueError:
            raise _damaged() from None
        if not isinstance(content, dict) or content.get("format") != payload.FORMAT:
            raise _damaged()
        return content

    def summary(self, data: bytes, password: str) -> TransferSummary:
        """The file's summary and the duplicate check; nothing is written.

        Raises:
            ValidationError: the file is not a transfer file, the password is wrong, or the
                file is damaged or altered.
        """  # noqa: DOC501 (`raise _damaged()` raises a ValidationError)
        content = self._open(data, password)
        try:
            with self.read() as s:
                return self._summary(s, content)
        except (KeyError, TypeError, ValueError):
            raise _damaged() from None

    def _summary(self, s: Session, content: dict[str, Any]) -> TransferSummary:
        minor, case = content["minor"], content["case"]
        dob = date.fromisoformat(minor["date_of_birth"])
        resident = minor.get("resident_id") or None
        known = ""
        if resident:
            other = s.scalar(select(Minor.id).where(Minor.center_id == self.actor.center_id,
                                                    Minor.resident_id == resident))
            if other is not None:
                known = s.scalar(select(Case.case_number).where(Case.minor_id == other)
                                 .order_by(Case.id.desc()).limit(1)) or "?"
        phones = [g["phone"] for g in content["guardians"] if g.get("phone")]
        attended = [x for x in content["sessions"] if x["attendance"] == Attendance.ATTENDED]
        return TransferSummary(
            from_center=str(content["from_center"]), to_center=str(content["to_center"]),
            sent_at=datetime.fromisoformat(content["sent_at"]),
            sent_by=str(content["sent_by"]), case_number=str(case["case_number"]),
            minor_name=str(minor["name"]), date_of_birth=dob, resident_id=resident,
            sealed=bool(minor["sealed"]), order_type=OrderType(case["order_type"]),
            hours_required=case["order_hours_required"],
            hours_done=round(sum(int(x["duration_minutes"]) for x in attended) / 60, 1),
            guardians=sum(1 for g in content["guardians"] if not g["removed"]),
            plans=len(content["plans"]), sessions=len(content["sessions"]),
            reports=len(content["reports"]), letters=len(content["letters"]),
            known_case_number=known,
            duplicates=tuple(find_duplicates(s, self.actor.center_id, str(minor["name"]), dob,
                                             phones, keyring=self.actor.keyring)))

    def receive(self, data: bytes, password: str, *, counselor_id: int | None = None,
                confirm_not_duplicate: bool = False) -> int:
        """Take the case in under this center's number; returns the new case id.

        Raises PossibleDuplicate (nothing written) unless the user confirmed the child is
        not one already registered here; an ID number already registered is refused.

        Raises:
            PermissionDenied: an administrator cannot receive cases.
            ValidationError: the file or password is refused, the file is damaged, a field is
                wrong, or the ID number is already registered.
            PossibleDuplicate: the child may already be registered here and it was not confirmed.
        """  # noqa: DOC501 (`raise _damaged()` raises a ValidationError)
        if self.actor.role is Role.ADMIN:
            self.require_role("receive_transfer", Role.COUNSELOR, Role.SUPERVISOR)
        content = self._open(data, password)
        digest = hashlib.sha256(data).hexdigest()
        try:
            with self.write() as s:
                return self._receive(s, content, digest, counselor_id, confirm_not_duplicate)
        except (KeyError, TypeError) as exc:
            raise _damaged() from exc

    def _receive(self, s: Session, content: dict[str, Any], digest: str,
                 counselor_id: int | None, confirm: bool) -> int:
        counselor = CaseService(self.ctx)._counselor_for(s, counselor_id)
        summary = self._summary(s, content)
        m, c = content["minor"], content["case"]
        today, now = self.ctx.today(), self.ctx.now()
        errors = Errors()
        clean_m = errors.check(clean_minor, s, MinorInput(
            name=m["name"], gender=Gender(m["gender"]), date_of_birth=_day(m["date_of_birth"]),
            guardianship=m["guardianship"], living_with=m["living_with"],
            involvement=m["involvement"], risk_level=RiskLevel(m["risk_level"]),
            risk_reason=m["risk_reason"], resident_id=m["resident_id"], school=m["school"],
            grade=m["grade"], household_address=m["household_address"],
            current_address=m["current_address"]), today)
        guardians = []
        for i, g in enumerate(content["guardians"]):
            clean_g = errors.check(clean_guardian, s, GuardianInput(
                name=g["name"], relation=g["relation"], phone=g["phone"], address=g["address"],
                lives_with_minor=g["lives_with_minor"], works_where=g["works_where"],
                is_primary_contact=g["is_primary_contact"],
                is_order_subject=g["is_order_subject"]), f"guardians.{i}.")
            guardians.append((g, clean_g))
        errors.raise_if_any()
        assert clean_m is not None
        if clean_m["resident_id"]:
            refuse_known_id(s, self.actor.center_id, clean_m["resident_id"], None,
                            keyring=self.actor.keyring)
        if summary.duplicates and not confirm:
            raise PossibleDuplicate(list(summary.duplicates))
        minor = Minor(center_id=self.actor.center_id, version=1, sealed=bool(m["sealed"]),
                      name_pinyin=search_text.pinyin_of(clean_m["name"]), **clean_m)
        guardian_ids: dict[int, Guardian] = {}
        for g, clean_g in guardians:
            assert clean_g is not None
            row = Guardian(version=1, removed=bool(g["removed"]),
                           name_pinyin=search_text.pinyin_of(clean_g["name"]), **clean_g)
            minor.guardians.append(row)
            guardian_ids[int(g["key"])] = row
        s.add(minor)
        s.flush()
        if minor.sealed:  # sealed here as it was there: the identifying fields encrypted
            field_crypto.seal_minor(s, self.actor.keyring, minor, self.ctx.now())
        for x in content["consents"]:
            given_by = guardian_ids.get(x["guardian"]) if x["guardian"] else None
            s.add(Consent(minor_id=minor.id, guardian_id=given_by.id if given_by else None,
                          given_by=x["given_by"], given_on=_day(x["given_on"]),
                          scope=x["scope"], recorded_by_id=self.actor.user_id,
                          withdrawn_on=_day(x["withdrawn_on"]),
                          withdrawal_reason=x["withdrawal_reason"]))
        number = numbering.case_number(
            today.year, numbering.next_value(s, self.actor.center_id, "case", today.year))
        case = Case(
            center_id=self.actor.center_id, case_number=number, minor_id=minor.id,
            status=CaseStatus.OPEN, assigned_counselor_id=counselor, version=1,
            opened_on=_day(c["opened_on"]), referral_source=c["referral_source"],
            referring_authority=c["referring_authority"], order_type=OrderType(c["order_type"]),
            order_document_number=c["order_document_number"],
            order_issued_on=_day(c["order_issued_on"]),
            order_hours_required=c["order_hours_required"],
            order_sessions_required=c["order_sessions_required"],
            order_due_on=_day(c["order_due_on"]), feedback_recipient=c["feedback_recipient"],
            feedback_interval_days=c["feedback_interval_days"],
            session_interval_days=int(c["session_interval_days"]),
            next_review_on=_day(c.get("next_review_on")))
        s.add(case)
        s.flush()
        goals = self._plans(s, case, content["plans"], counselor)
        self._sessions(s, case, content["sessions"], counselor, guardian_ids, goals)
        for r in content["reports"]:
            s.add(MandatoryReport(case_id=case.id, version=1, reported_on=_day(r["reported_on"]),
                                  suspected_harm=r["suspected_harm"],
                                  police_station=r["police_station"],
                                  receipt_number=r["receipt_number"], follow_up=r["follow_up"],
                                  reported_by_id=self.actor.user_id))
        origin = CaseTransfer(case_id=case.id, from_center=str(content["from_center"])[:200],
                              from_case_number=str(c["case_number"])[:20],
                              sent_at=datetime.fromisoformat(content["sent_at"]),
                              received_at=now, received_by_id=self.actor.user_id,
                              file_sha256=digest)
        s.add(origin)
        s.flush()
        for letter in content["letters"]:
            pdf = base64.b64decode(letter["pdf"], validate=True)
            if hashlib.sha256(pdf).hexdigest() != letter["sha256"]:
                raise _damaged()
            s.add(TransferredLetter(transfer_id=origin.id, reference=letter["reference"],
                                    kind=letter["kind"],
                                    issued_at=datetime.fromisoformat(letter["issued_at"]),
                                    recipient=letter["recipient"], sha256=letter["sha256"],
                                    pdf=pdf, size=len(pdf)))
        recompute_case(s, case)
        refresh_search_text(s, minor)
        self.audit(s, Action.CREATE, entity_type=EntityType.MINOR,
                   entity_id=minor.id, case_id=case.id,
                   details={"after": clean_m, "transfer": True})
        self.audit(s, TRANSFER_IN, entity_type=EntityType.CASE, entity_id=case.id, case_id=case.id,
                   details={"case_number": number, "from_center": origin.from_center,
                            "from_case_number": origin.from_case_number, "sha256": digest,
                            "sessions": len(content["sessions"]),
                            "plans": len(content["plans"]),
                            "reports": len(content["reports"]),
                            "letters": len(content["letters"])})
        return case.id

    def _plans(self, s: Session, case: Case, plans: list[dict[str, Any]],
               counselor: int) -> dict[int, Goal]:
        by_revision: dict[int, GuidancePlan] = {}
        goals: dict[int, Goal] = {}
        for p in plans:
            plan = GuidancePlan(
                case_id=case.id, version=1, revision=int(p["revision"]),
                status=PlanStatus(p["status"]), needs=p["needs"],
                interventions=p["interventions"], frequency=p["frequency"],
                start_on=_day(p["start_on"]), end_on=_day(p["end_on"]),
                review_on=_day(p["review_on"]), created_by_id=counselor,
                submitted_at=_moment(p["submitted_at"]), approved_at=_moment(p["approved_at"]),
                supersedes_id=(by_revision[p["supersedes"]].id
                               if p["supersedes"] in by_revision else None))
            for g in p["goals"]:
                goal = Goal(version=1, position=int(g["position"]), domain=g["domain"],
                            description=g["description"], interventions=g["interventions"],
                            target_on=_day(g["target_on"]), progress=int(g["progress"]))
                plan.goals.append(goal)
                goals[int(g["key"])] = goal
            s.add(plan)
            s.flush()
            by_revision[plan.revision] = plan
        return goals

    def _sessions(self, s: Session, case: Case, sessions: list[dict[str, Any]], counselor: int,
                  guardians: dict[int, Guardian], goals: dict[int, Goal]) -> None:
        for x in sessions:
            row = GuidanceSession(
                case_id=case.id, counselor_id=counselor, version=1,
                held_at=datetime.fromisoformat(x["held_at"]),
                duration_minutes=int(x["duration_minutes"]), mode=SessionMode(x["mode"]),
                attendance=Attendance(x["attendance"]), minor_attended=x["minor_attended"],
                private_notes=field_crypto.encrypt_note(
                    s, self.actor.keyring, case.center_id, counselor, x["private_notes"],
                    self.ctx.now()), shared_summary=x["shared_summary"],
                next_steps=x["next_steps"],
                next_appointment_at=_moment(x["next_appointment_at"]),
                followed_up=x["followed_up"])
            row.guardians_present = [SessionGuardian(guardian_id=guardians[g].id)
                                     for g in x["guardians"] if g in guardians]
            row.ratings = [SessionGoalRating(goal_id=goals[g].id, rating=int(r))
                           for g, r in x["ratings"] if g in goals]
            s.add(row)

    # -- the history's origin ----------------------------------------------------------------

    def origin(self, case_id: int) -> CaseOrigin | None:
        """Where a received case came from (None for the center's own cases)."""
        with self.read() as s:
            self.load_case(s, case_id)
            row = s.scalar(select(CaseTransfer).where(CaseTransfer.case_id == case_id))
            if row is None:
                return None
            letters = s.execute(select(TransferredLetter.reference, TransferredLetter.kind,
                                       TransferredLetter.issued_at)
                                .where(TransferredLetter.transfer_id == row.id)
                                .order_by(TransferredLetter.issued_at)).all()
            return CaseOrigin(row.from_center, row.from_case_number, row.sent_at,
                              row.received_at, tuple((r, _kind(k), a) for r, k, a in letters))

    def received_letters(self, case_id: int) -> list[ReceivedLetter]:
        """The sending center's issued letters that came with a received case, oldest first
        (empty for the center's own cases)."""
        with self.read() as s:
            self.load_case(s, case_id)
            rows = s.execute(select(TransferredLetter.reference, TransferredLetter.kind,
                                    TransferredLetter.issued_at, TransferredLetter.recipient,
                                    TransferredLetter.size, CaseTransfer.from_center)
                             .join(CaseTransfer,
                                   CaseTransfer.id == TransferredLetter.transfer_id)
                             .where(CaseTransfer.case_id == case_id)
                             .order_by(TransferredLetter.issued_at,
                                       TransferredLetter.id)).all()
            return [ReceivedLetter(ref, _kind(kind), at, recipient, size, center)
                    for ref, kind, at, recipient, size, center in rows]

    def transferred_letter_pdf(self, case_id: int, reference: str) -> bytes:
        """A letter that came with a transferred case, as the sending center issued it.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to read.
            ValidationError: no transferred letter of the case has that reference.
        """
        with self.read() as s:
            self.load_case(s, case_id)
            pdf = s.scalar(select(TransferredLetter.pdf).join(
                CaseTransfer, CaseTransfer.id == TransferredLetter.transfer_id)
                .where(CaseTransfer.case_id == case_id, TransferredLetter.reference == reference))
            if pdf is None:
                raise ValidationError("reference", QT_TRANSLATE_NOOP(
                    "Validation", "No such letter among the transferred ones."))
            return bytes(pdf)
