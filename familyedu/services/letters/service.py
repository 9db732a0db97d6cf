"""Letters about cases: preview, issue, reprint, the register and the letters due.

Access follows the cases: a counselor prints and reprints letters of the cases assigned to
them (never sealed ones), a supervisor those of the whole center, an administrator none.
Every issued or reprinted document is in the audit trail ("print").
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from familyedu.errors import NotFound, ServiceError, ValidationError
from familyedu.models import Case, Center, Letter, LetterKind, Minor, Role, User
from familyedu.reports import build_document, data_from_dict, parse_wording
from familyedu.services.core import field_crypto
from familyedu.services.core.audit import Action
from familyedu.services.core.field_crypto import NO_SEALED_KEY
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.letters.data import (
    CaseFacts,
    LetterRequest,
    check_center,
    default_period,
    within_case,
)
from familyedu.services.letters.dto import DueLetter, IssuedLetter, LetterRow, RegisterQuery
from familyedu.services.letters.due import due_letters
from familyedu.services.letters.issuing import (
    MAX_RECIPIENT,
    Draft,
    Issuer,
    check_kind,
    choice,
)
from familyedu.services.letters.labels import LANGUAGES, letter_labels
from familyedu.services.letters.snapshot import ReprintMismatch, fonts_from_dict
from familyedu.services.letters.wording import wording_in_force

CASE_KINDS = (LetterKind.GUARDIAN, LetterKind.AUTHORITY, LetterKind.PLAN, LetterKind.COMPLETION,
              LetterKind.NOTICE)
MAX_ASSESSMENT = 4000


class ReissueNeeded(ServiceError):
    """A letter of this kind for this case already covers part of the period: issuing
    another is a decision (`again=True`), and the new one supersedes `reference`."""

    def __init__(self, kind: LetterKind, reference: str, issued_on: date,
                 period: tuple[date | None, date | None]) -> None:
        super().__init__(f"{kind} letter {reference} of {issued_on} already covers this period")
        self.kind = kind
        self.reference = reference
        self.issued_on = issued_on
        self.period = period


def _overlaps(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    """Two periods share a day (an open end or start reaches without limit)."""
    return ((a[0] is None or b[1] is None or a[0] <= b[1])
            and (b[0] is None or a[1] is None or b[0] <= a[1]))


class LetterService(Issuer):
    """Letters about cases: previewed, issued, reprinted; the register and the letters due."""

    def case_id_for(self, case_number: str) -> int:
        """The id of a case of the center by its number, if the actor may see it.

        Raises:
            NotFound: the center has no case of that number.
            PermissionDenied: the case is not the user's to print letters for.
        """
        with self.read() as s:
            case_id = s.scalar(select(Case.id).where(Case.center_id == self.actor.center_id,
                                                     Case.case_number == case_number.strip()))
            if case_id is None:
                raise NotFound("case", case_number)
            self.load_case(s, case_id, action="print_letter")
            return case_id

    def _previous_period(self, s: Session, case_id: int,
                         kind: LetterKind) -> tuple[date, date | None] | None:
        """The period of the latest-reaching letter of `kind` issued for the case."""
        row = s.execute(select(Letter.period_start, Letter.period_end).where(
            Letter.case_id == case_id, Letter.kind == kind,
            Letter.period_start.is_not(None))
            .order_by(Letter.period_end.desc(), Letter.id.desc()).limit(1)).first()
        if row is None or row[0] is None:
            return None
        return row[0], row[1]

    def _same_letter(self, s: Session, case_id: int, kind: LetterKind, stage: str | None,
                     period: tuple[date | None, date | None]) -> Letter | None:
        """The latest letter of the same kind (a notice: of the same stage) for the case
        whose period shares a day with `period`."""
        for letter in s.scalars(select(Letter).where(
                Letter.case_id == case_id, Letter.kind == kind)
                .order_by(Letter.issued_at.desc(), Letter.id.desc())):
            if not _overlaps((letter.period_start, letter.period_end), period):
                continue
            if stage is not None and self._snapshot(letter).get(
                    "data", {}).get("stage") != stage:
                continue
            return letter
        return None

    def default_period(self, case_id: int, kind: LetterKind) -> tuple[date, date]:
        """The period a letter of `kind` covers unless the user chooses another.

        Raises:
            ValidationError: `kind` is not a letter about a case.
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to print letters for.
        """
        check_kind(kind, CASE_KINDS)
        with self.read() as s:
            case = self.load_case(s, case_id, action="print_letter")
            return default_period(case, kind, self.ctx.today(),
                                  self._previous_period(s, case_id, kind))

    def _request(self, s: Session, case: Case, kind: LetterKind, period_start: date | None,
                 period_end: date | None, language: str | None, recipient: str | None,
                 stage: str | None, assessment: str) -> LetterRequest:
        check_kind(kind, CASE_KINDS)
        center = s.get(Center, case.center_id)
        assert center is not None
        check_center(center)
        language = choice("language", language or (center.default_language if center
                                                     else LANGUAGES[0]), LANGUAGES)
        if period_start is None or period_end is None:
            start, end = default_period(case, kind, self.ctx.today(),
                                        self._previous_period(s, case.id, kind))
            period_start, period_end = period_start or start, period_end or end
        if period_end < period_start:
            raise ValidationError("period_end", QT_TRANSLATE_NOOP(
                "Validation", "The period cannot end before it starts."))
        if kind in (LetterKind.GUARDIAN, LetterKind.AUTHORITY, LetterKind.NOTICE):
            # A letter reports what has happened: "12月1日至12月31日" written on 5 December
            # states a month that is not over.
            period_start, period_end = self.up_to_today(period_start, period_end)
            period_start, period_end = within_case(case, period_start, period_end)
        if recipient is not None and len(recipient.strip()) > MAX_RECIPIENT:
            raise ValidationError("recipient", QT_TRANSLATE_NOOP(
                "Validation", "Too long: at most {max} characters (now {length})."),
                max=MAX_RECIPIENT, length=len(recipient.strip()))
        if len(assessment) > MAX_ASSESSMENT:
            raise ValidationError("assessment", QT_TRANSLATE_NOOP(
                "Validation", "Too long: at most {max} characters (now {length})."),
                max=MAX_ASSESSMENT, length=len(assessment))
        return LetterRequest(kind, period_start, period_end, language, recipient, stage,
                             assessment)

    def preview(self, case_id: int, kind: LetterKind, *, period_start: date | None = None,
                period_end: date | None = None, language: str | None = None,
                recipient: str | None = None, stage: str | None = None,
                assessment: str = "") -> bytes:
        """The letter as it would be issued, marked as a draft and not registered."""
        with self.read() as s:
            case = self.load_case(s, case_id, action="print_letter")
            request = self._request(s, case, kind, period_start, period_end, language,
                                    recipient, stage, assessment)
            facts = CaseFacts(s, case, actor_id=self.actor.user_id, today=self.ctx.today(),
                              language=request.language)
            data = facts.build(request, letter_labels(request.language).draft_reference)
            _text, wording = wording_in_force(s, self.actor.center_id, kind, request.language)
            return build_document(kind, data, wording, fonts=self.font_set())

    def issue(self, case_id: int, kind: LetterKind, *, period_start: date | None = None,
              period_end: date | None = None, language: str | None = None,
              recipient: str | None = None, stage: str | None = None,
              assessment: str = "", again: bool = False) -> IssuedLetter:
        """Number, build and register a letter about a case.

        Every character is checked before a reference number is taken: UnprintableCharacters
        (naming field and character) leaves no register entry and no gap in the numbers.
        A letter of the same kind (a notice: of the same stage) whose period overlaps one
        already issued raises ReissueNeeded unless `again`; the new one then supersedes it.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to print letters for.
            ValidationError: the request or the case does not allow this letter.
            ReissueNeeded: a letter of this kind already covers part of the period.
        """
        def gather(s: Session) -> Draft:
            case = self.load_case(s, case_id, action="print_letter")
            request = self._request(s, case, kind, period_start, period_end, language,
                                    recipient, stage, assessment)
            facts = CaseFacts(s, case, actor_id=self.actor.user_id, today=self.ctx.today(),
                              language=request.language)
            data = facts.build(request, "")
            start, end = facts.letter_period(request)
            same_stage = data.stage if kind is LetterKind.NOTICE else None
            earlier = self._same_letter(s, case.id, kind, same_stage, (start, end))
            if earlier is not None and not again:
                raise ReissueNeeded(kind, earlier.reference, earlier.issued_at.date(),
                                    (earlier.period_start, earlier.period_end))
            return Draft(kind, data, request.language, case.id, (start, end),
                         supersedes=earlier.reference if earlier else "")

        return self.issue_draft(gather)

    # -- the register ----------------------------------------------------------------------

    def _snapshot(self, letter: Letter) -> dict[str, Any]:
        """The register's snapshot of a letter; a sealed child's needs the sealed key.

        Raises:
            ValidationError: the letter is sealed and this user holds no sealed key.
        """
        text = field_crypto.open_text(self.actor.keyring, field_crypto.LETTER_SNAPSHOT,
                                      letter.snapshot)
        if text is None:
            raise ValidationError("sealed", NO_SEALED_KEY)
        loaded: dict[str, Any] = json.loads(text)
        return loaded

    def _visible_letter(self, s: Session, reference: str) -> Letter:
        """The letter of the center with this reference, if the actor may reprint it.

        Raises:
            NotFound: the center has no letter of that reference.
            PermissionDenied: the letter's case is not the user's to print for.
        """
        letter = s.scalar(select(Letter).where(Letter.center_id == self.actor.center_id,
                                               Letter.reference == reference.strip()))
        if letter is None:
            raise NotFound("letter", reference)
        if letter.case_id is not None:
            self.load_case(s, letter.case_id, action="reprint_letter")
        elif self.actor.role is not Role.SUPERVISOR:
            raise self.deny("reprint_letter", f"letter {letter.id}")
        return letter

    def reprint(self, reference: str) -> bytes:
        """The issued letter rebuilt from its snapshot, checked byte for byte (SHA-256).

        Raises:
            NotFound: the center has no letter of that reference.
            PermissionDenied: the letter's case is not the user's to print for.
            ValidationError: the letter is sealed and this user holds no sealed key.
            ReprintMismatch: the rebuilt document differs from the issued one.
        """
        # Rebuilt outside any transaction; only the audit entry is written.
        with self.read_ahead() as s:
            letter = self._visible_letter(s, reference)
            snapshot = self._snapshot(letter)
            reference, digest = letter.reference, letter.sha256
        kind = LetterKind(snapshot["kind"])
        fonts = fonts_from_dict(snapshot["fonts"], reference)
        pdf = build_document(kind, data_from_dict(kind, snapshot["data"]),
                             parse_wording(snapshot["wording"]), fonts=fonts)
        if hashlib.sha256(pdf).hexdigest() != digest:
            raise ReprintMismatch(reference, "differs")
        with self.write() as s:
            letter = self._visible_letter(s, reference)
            self.audit(s, Action.PRINT, entity_type="letter", entity_id=letter.id,
                       case_id=letter.case_id,
                       details={"reference": letter.reference, "reprint": True})
        return pdf

    def register(self, query: RegisterQuery | None = None) -> list[LetterRow]:
        """Issued letters the actor may see, newest first."""
        q = query or RegisterQuery()
        actor = self.actor
        stmt = (select(Letter, Case.case_number, Minor.name, User.display_name)
                .outerjoin(Case, Case.id == Letter.case_id)
                .outerjoin(Minor, Minor.id == Case.minor_id)
                .join(User, User.id == Letter.issued_by_id)
                .where(Letter.center_id == actor.center_id))
        if actor.role is Role.COUNSELOR:
            stmt = stmt.where(Letter.case_id.is_not(None),
                              Case.assigned_counselor_id == actor.user_id,
                              Minor.sealed == false())
        elif actor.role is not Role.SUPERVISOR:
            stmt = stmt.where(false())
        if q.case_id is not None:
            stmt = stmt.where(Letter.case_id == q.case_id)
        if q.kind:
            stmt = stmt.where(Letter.kind == q.kind)
        if q.period_from is not None:
            stmt = stmt.where(or_(Letter.period_end.is_(None), Letter.period_end >= q.period_from))
        if q.period_to is not None:
            stmt = stmt.where(or_(Letter.period_start.is_(None),
                                  Letter.period_start <= q.period_to))
        stmt = (stmt.order_by(Letter.issued_at.desc(), Letter.id.desc())
                .offset(max(0, q.offset)).limit(max(1, min(q.limit, 1000))))
        with self.read() as s:
            return [LetterRow(
                id=letter.id, reference=letter.reference, kind=letter.kind,
                case_id=letter.case_id, case_number=case_number or "",
                minor_name=minor_name or "", period_start=letter.period_start,
                period_end=letter.period_end, recipient=letter.recipient,
                language=letter.language, issued_by=issued_by, issued_at=letter.issued_at,
                sha256=letter.sha256) for letter, case_number, minor_name, issued_by
                in s.execute(stmt)]

    def due_for_period(self, year: int, month: int) -> list[DueLetter]:
        """Letters due for a month, for the cases the actor may see (rules: letter_due).

        Raises:
            ValidationError: the month or year is out of range.
        """
        if not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise ValidationError("period", QT_TRANSLATE_NOOP(
                "Validation", "This date is outside the possible range."))
        with self.read() as s:
            return due_letters(s, self.case_filter(), year=year, month=month,
                               today=self.ctx.today())

__all__ = ["CASE_KINDS", "LetterService", "ReissueNeeded", "ReprintMismatch"]
