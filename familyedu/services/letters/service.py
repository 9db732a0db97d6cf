"""Issuing, previewing and reprinting letters, the letter register and the center's wording.

Access follows the cases: a counselor prints and reprints letters of the cases assigned to
them (never sealed ones), a supervisor those of the whole center, an administrator none.
Every issued or reprinted document is in the audit trail ("print").
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from familyedu.errors import NotFound, ServiceError, ValidationError
from familyedu.models import Case, Center, Letter, LetterKind, LetterTemplate, Minor, Role, User
from familyedu.reports import (
    FontSet,
    LetterHeader,
    Wording,
    build_document,
    data_from_dict,
    default_font_set,
    default_wording_text,
    parse_wording,
)
from familyedu.reports.samples import sample_data
from familyedu.services.core import field_crypto, numbering
from familyedu.services.core.audit import Action
from familyedu.services.core.base import Service
from familyedu.services.core.field_crypto import NO_SEALED_KEY
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.letters.data import (
    CaseFacts,
    LetterRequest,
    center_info,
    check_center,
    default_period,
)
from familyedu.services.letters.due import DueLetter, due_letters
from familyedu.services.letters.labels import LANGUAGES, letter_labels
from familyedu.services.letters.snapshot import (
    ReprintMismatch,
    check_printable,
    fonts_from_dict,
    fonts_to_dict,
    format_reference,
)
from familyedu.services.letters.stats import gather_statistics
from familyedu.services.letters.wording import check_wording

CASE_KINDS = ("guardian", "authority", "plan", "completion", "notice")
SNAPSHOT_FORMAT = 1
MAX_RECIPIENT = 200
MAX_ASSESSMENT = 4000


@dataclass(frozen=True)
class IssuedLetter:
    """A letter just issued: its register id, reference number and PDF."""

    id: int
    reference: str
    pdf: bytes
    supersedes: str = ""  # the earlier letter this one replaces (a re-issue)
    # What it was built from (kind, data, wording), to lay it out again in a combined file.
    document: tuple[str, Any, Wording] | None = field(default=None, repr=False,
                                                      compare=False)


class ReissueNeeded(ServiceError):
    """A letter of this kind for this case already covers part of the period: issuing
    another is a decision (`again=True`), and the new one supersedes `reference`."""

    def __init__(self, kind: str, reference: str, issued_on: date,
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


@dataclass(frozen=True)
class LetterRow:
    """One entry of the register."""

    id: int
    reference: str
    kind: LetterKind
    case_id: int | None
    case_number: str
    minor_name: str
    period_start: date | None
    period_end: date | None
    recipient: str
    language: str
    issued_by: str
    issued_at: datetime
    sha256: str


class RegisterQuery(NamedTuple):
    """Filters of the letter register; every one is optional."""

    case_id: int | None = None
    kind: str | None = None
    period_from: date | None = None  # letters whose period reaches into [from, to]
    period_to: date | None = None
    offset: int = 0
    limit: int = 200


def _choice(field: str, value: str | None, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "Please choose one of the listed values."))
    return value


class LetterService(Service):
    """Letters about cases, statistics, the register and the wording of the center."""

    fonts: FontSet | None = None  # None: default_font_set() (Windows fonts when present)

    def _fonts(self) -> FontSet:
        return self.fonts or default_font_set()

    def font_set(self) -> FontSet:
        """The fonts letters are built with (a combined file lays them out with these)."""
        return self._fonts()

    # -- wording ---------------------------------------------------------------------------

    def _wording_text(self, s: Session, kind: str, language: str) -> str:
        own = s.scalar(select(LetterTemplate.body).where(
            LetterTemplate.center_id == self.actor.center_id, LetterTemplate.kind == kind,
            LetterTemplate.language == language))
        return own if own is not None else default_wording_text(kind, language)

    def wording_text(self, kind: str, language: str) -> str:
        """The center's wording of a letter (TOML), or the shipped default."""
        _choice("kind", kind, (*CASE_KINDS, "statistics"))
        _choice("language", language, LANGUAGES)
        with self.read() as s:
            return self._wording_text(s, kind, language)

    def preview_wording(self, kind: str, language: str, text: str) -> bytes:
        """A letter of `kind` in `text` (perhaps unsaved), filled with invented sample data:
        what the wording editor shows. A bad template raises ValidationError on "template"."""
        _choice("kind", kind, (*CASE_KINDS, "statistics"))
        _choice("language", language, LANGUAGES)
        wording = check_wording(text, kind, language)
        return build_document(kind, sample_data(kind, language), wording,
                              fonts=self._fonts())

    def save_wording(self, kind: str, language: str, text: str) -> None:
        """Store the center's own wording (supervisors and administrators); a bad template
        raises ValidationError on "template" naming the placeholder at fault."""
        self.require_role("edit_wording", Role.SUPERVISOR, Role.ADMIN)
        _choice("kind", kind, (*CASE_KINDS, "statistics"))
        _choice("language", language, LANGUAGES)
        check_wording(text, kind, language)
        with self.write() as s:
            row = s.scalar(select(LetterTemplate).where(
                LetterTemplate.center_id == self.actor.center_id, LetterTemplate.kind == kind,
                LetterTemplate.language == language))
            if row is None:
                row = LetterTemplate(center_id=self.actor.center_id, kind=kind,
                                     language=language, body=text)
                s.add(row)
            else:
                row.body = text
                row.updated_at = self.ctx.now()
            s.flush()
            self.audit(s, Action.UPDATE, entity_type="letter_template", entity_id=row.id,
                       details={"kind": kind, "language": language,
                                "sha256": hashlib.sha256(text.encode()).hexdigest()})

    def reset_wording(self, kind: str, language: str) -> None:
        """Go back to the shipped wording."""
        self.require_role("edit_wording", Role.SUPERVISOR, Role.ADMIN)
        with self.write() as s:
            row = s.scalar(select(LetterTemplate).where(
                LetterTemplate.center_id == self.actor.center_id, LetterTemplate.kind == kind,
                LetterTemplate.language == language))
            if row is not None:
                self.audit(s, Action.DELETE, entity_type="letter_template", entity_id=row.id,
                           details={"kind": kind, "language": language})
                s.delete(row)

    def _wording(self, s: Session, kind: str, language: str) -> tuple[str, Wording]:
        text = self._wording_text(s, kind, language)
        return text, check_wording(text, kind, language)

    # -- one case --------------------------------------------------------------------------

    def center_language(self) -> str:
        """The language the center's letters are written in by default."""
        with self.read() as s:
            center = s.get(Center, self.actor.center_id)
            return center.default_language if center else LANGUAGES[0]

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
                         kind: str) -> tuple[date, date | None] | None:
        """The period of the latest-reaching letter of `kind` issued for the case."""
        row = s.execute(select(Letter.period_start, Letter.period_end).where(
            Letter.case_id == case_id, Letter.kind == LetterKind(kind),
            Letter.period_start.is_not(None))
            .order_by(Letter.period_end.desc(), Letter.id.desc()).limit(1)).first()
        if row is None or row[0] is None:
            return None
        return row[0], row[1]

    def _same_letter(self, s: Session, case_id: int, kind: str, stage: str | None,
                     period: tuple[date | None, date | None]) -> Letter | None:
        """The latest letter of the same kind (a notice: of the same stage) for the case
        whose period shares a day with `period`."""
        for letter in s.scalars(select(Letter).where(
                Letter.case_id == case_id, Letter.kind == LetterKind(kind))
                .order_by(Letter.issued_at.desc(), Letter.id.desc())):
            if not _overlaps((letter.period_start, letter.period_end), period):
                continue
            if stage is not None and self._snapshot(letter).get(
                    "data", {}).get("stage") != stage:
                continue
            return letter
        return None

    def default_period(self, case_id: int, kind: str) -> tuple[date, date]:
        """The period a letter of `kind` covers unless the user chooses another."""
        _choice("kind", kind, CASE_KINDS)
        with self.read() as s:
            case = self.load_case(s, case_id, action="print_letter")
            return default_period(case, kind, self.ctx.today(),
                                  self._previous_period(s, case_id, kind))

    def _request(self, s: Session, case: Case, kind: str, period_start: date | None,
                 period_end: date | None, language: str | None, recipient: str | None,
                 stage: str | None, assessment: str) -> LetterRequest:
        _choice("kind", kind, CASE_KINDS)
        center = s.get(Center, case.center_id)
        assert center is not None
        check_center(center)
        language = _choice("language", language or (center.default_language if center
                                                     else LANGUAGES[0]), LANGUAGES)
        if period_start is None or period_end is None:
            start, end = default_period(case, kind, self.ctx.today(),
                                        self._previous_period(s, case.id, kind))
            period_start, period_end = period_start or start, period_end or end
        if period_end < period_start:
            raise ValidationError("period_end", QT_TRANSLATE_NOOP(
                "Validation", "The period cannot end before it starts."))
        if kind in ("guardian", "authority", "notice"):
            # A letter reports what has happened: "12月1日至12月31日" written on 5 December
            # states a month that is not over.
            period_start, period_end = self._up_to_today(period_start, period_end)
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

    def _up_to_today(self, start: date, end: date) -> tuple[date, date]:
        """The period cut at today; one that starts after today is refused.

        Raises:
            ValidationError: the period starts after today.
        """
        today = self.ctx.today()
        if start > today:
            raise ValidationError("period_start", QT_TRANSLATE_NOOP(
                "Validation", "The period starts after today: a letter reports only on what "
                "has happened."))
        return start, min(end, today)

    def preview(self, case_id: int, kind: str, *, period_start: date | None = None,
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
            _text, wording = self._wording(s, kind, request.language)
            return build_document(kind, data, wording, fonts=self._fonts())

    def issue(self, case_id: int, kind: str, *, period_start: date | None = None,
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
        with self.write() as s:
            case = self.load_case(s, case_id, action="print_letter")
            request = self._request(s, case, kind, period_start, period_end, language,
                                    recipient, stage, assessment)
            facts = CaseFacts(s, case, actor_id=self.actor.user_id, today=self.ctx.today(),
                              language=request.language)
            data = facts.build(request, "")
            start, end = facts.letter_period(request)
            stage = data.stage if kind == "notice" else None
            earlier = self._same_letter(s, case.id, kind, stage, (start, end))
            if earlier is not None and not again:
                raise ReissueNeeded(kind, earlier.reference, earlier.issued_at.date(),
                                    (earlier.period_start, earlier.period_end))
            return self._register(s, kind, data, request.language, case_id=case.id,
                                  period=(start, end),
                                  supersedes=earlier.reference if earlier else "")

    def _register(self, s: Session, kind: str, data: Any, language: str, *,
                  case_id: int | None, period: tuple[date | None, date | None],
                  supersedes: str = "") -> IssuedLetter:
        text, wording = self._wording(s, kind, language)
        fonts = self._fonts()
        check_printable(data, wording, fonts)
        center = s.get(Center, self.actor.center_id)
        assert center is not None
        year = self.ctx.today().year
        reference = format_reference(center.reference_prefix, year, numbering.next_value(
            s, center.id, "letter", year))
        data = dataclasses.replace(data, header=dataclasses.replace(data.header,
                                                                    reference=reference))
        pdf = build_document(kind, data, wording, fonts=fonts)
        snapshot = {"format": SNAPSHOT_FORMAT, "kind": kind, "data": data.to_dict(),
                    "wording": text, "fonts": fonts_to_dict(fonts)}
        if supersedes:
            snapshot["supersedes"] = supersedes
        digest = hashlib.sha256(pdf).hexdigest()
        stored = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
        recipient = data.header.recipient[:MAX_RECIPIENT]
        if data.header.sealed:  # the register keeps a sealed child's letter encrypted
            stored = field_crypto.seal_text(s, self.actor.keyring, center.id,
                                            field_crypto.LETTER_SNAPSHOT, stored, self.ctx.now())
            recipient = field_crypto.SEALED_NAME
        row = Letter(center_id=center.id, reference=reference, kind=LetterKind(kind),
                     case_id=case_id, period_start=period[0], period_end=period[1],
                     recipient=recipient, language=language,
                     issued_by_id=self.actor.user_id, issued_at=self.ctx.now(),
                     snapshot=stored, sha256=digest)
        s.add(row)
        s.flush()
        self.audit(s, Action.PRINT, entity_type="letter", entity_id=row.id, case_id=case_id,
                   details={"reference": reference, "kind": kind, "sha256": digest,
                            "sealed": data.header.sealed,
                            **({"supersedes": supersedes} if supersedes else {})})
        return IssuedLetter(row.id, reference, pdf, supersedes, (kind, data, wording))

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

    def _visible(self, s: Session, letter: Letter) -> None:
        if letter.case_id is not None:
            self.load_case(s, letter.case_id, action="reprint_letter")
        elif self.actor.role is not Role.SUPERVISOR:
            raise self.deny("reprint_letter", f"letter {letter.id}")

    def reprint(self, reference: str) -> bytes:
        """The issued letter rebuilt from its snapshot, checked byte for byte (SHA-256).

        Raises:
            NotFound: the center has no letter of that reference.
            PermissionDenied: the letter's case is not the user's to print for.
            ValidationError: the letter is sealed and this user holds no sealed key.
            ReprintMismatch: the rebuilt document differs from the issued one.
        """
        with self.write() as s:
            letter = s.scalar(select(Letter).where(Letter.center_id == self.actor.center_id,
                                                   Letter.reference == reference.strip()))
            if letter is None:
                raise NotFound("letter", reference)
            self._visible(s, letter)
            snapshot = self._snapshot(letter)
            kind = snapshot["kind"]
            fonts = fonts_from_dict(snapshot["fonts"], letter.reference)
            pdf = build_document(kind, data_from_dict(kind, snapshot["data"]),
                                 parse_wording(snapshot["wording"]), fonts=fonts)
            if hashlib.sha256(pdf).hexdigest() != letter.sha256:
                raise ReprintMismatch(letter.reference, "differs")
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
            stmt = stmt.where(Letter.kind == LetterKind(q.kind))
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

    # -- statistics ------------------------------------------------------------------------

    def _statistics_data(self, s: Session, period_start: date, period_end: date,
                         language: str, recipient: str, reference: str) -> Any:
        if period_end < period_start:
            raise ValidationError("period_end", QT_TRANSLATE_NOOP(
                "Validation", "The period cannot end before it starts."))
        period_start, period_end = self._up_to_today(period_start, period_end)
        center = s.get(Center, self.actor.center_id)
        assert center is not None
        header = LetterHeader(reference=reference, issued_on=self.ctx.today(),
                              language=language, recipient=recipient.strip()[:MAX_RECIPIENT])
        return gather_statistics(s, center_id=center.id,
                                 center=center_info(center, letter_labels(language)),
                                 header=header, period_start=period_start,
                                 period_end=period_end, today=self.ctx.today())

    def preview_statistics(self, period_start: date, period_end: date,
                           language: str | None = None, *, recipient: str = "") -> bytes:
        """The statistics as they would be issued, marked as a draft."""
        self.require_role("print_statistics", Role.SUPERVISOR)
        language = _choice("language", language or self.center_language(), LANGUAGES)
        with self.read() as s:
            data = self._statistics_data(s, period_start, period_end, language, recipient,
                                         letter_labels(language).draft_reference)
            _text, wording = self._wording(s, "statistics", language)
            return build_document("statistics", data, wording, fonts=self._fonts())

    def statistics(self, period_start: date, period_end: date, language: str | None = None,
                   *, recipient: str = "") -> IssuedLetter:
        """De-identified statistics of the whole center (letter_stats has the definitions).

        Only supervisors: the figures describe every case of the center (sealed ones are
        left out), and a counselor does not see the whole caseload.
        """
        self.require_role("print_statistics", Role.SUPERVISOR)
        language = _choice("language", language or self.center_language(), LANGUAGES)
        with self.write() as s:
            data = self._statistics_data(s, period_start, period_end, language, recipient, "")
            return self._register(s, "statistics", data, language, case_id=None,
                                  period=(data.period_start, data.period_end))


__all__ = ["CASE_KINDS", "DueLetter", "IssuedLetter", "LetterRow", "LetterService",
           "RegisterQuery", "ReissueNeeded", "ReprintMismatch", "format_reference"]
