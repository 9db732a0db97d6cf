"""What both issuers (case letters, statistics) share: the fonts, the language choice, the
period cut at today, and issuing itself: a reference number, the snapshot the register keeps
to reprint byte for byte, the register row and the audit entry.

Every character is checked before a number is taken, so an unprintable letter leaves no gap
in the numbers. The layout runs outside any transaction (`Issuer.issue_draft`): the numbering
lock (on SQLite the database's write lock) is held by a short write unit of work that gathers
the data again, checks every character, takes the number and writes the register row. Only
when the document changed during its layout twice running (another desk took the predicted
number, the case changed) is it laid out again under the lock.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import Center, Letter, LetterKind
from familyedu.reports import FontSet, Wording, build_document, default_font_set
from familyedu.services.core import field_crypto, numbering
from familyedu.services.core.audit import Action
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.letters.dto import IssuedLetter
from familyedu.services.letters.labels import LANGUAGES
from familyedu.services.letters.snapshot import check_printable, fonts_to_dict, format_reference
from familyedu.services.letters.wording import wording_in_force

log = logging.getLogger(__name__)

SNAPSHOT_FORMAT = 1
MAX_RECIPIENT = 200


def choice(field: str, value: str | None, allowed: tuple[str, ...]) -> str:
    """`value` if it is one of `allowed`.

    Raises:
        ValidationError: on `field`, the value is not one of them.
    """
    if value not in allowed:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "Please choose one of the listed values."))
    return value


def check_kind(kind: LetterKind, allowed: tuple[LetterKind, ...]) -> None:
    """Refuse a letter kind this service does not issue (the statistics as a case letter).

    Raises:
        ValidationError: on "kind", `kind` is not one of `allowed`.
    """
    choice("kind", kind, allowed)


@dataclass(frozen=True)
class Draft:
    """What a document is issued from, as gathered in one unit of work (not yet numbered)."""

    kind: LetterKind
    data: Any  # the document's input; its header's reference is still empty
    language: str
    case_id: int | None
    period: tuple[date | None, date | None]
    supersedes: str = ""  # the reference of the letter a re-issue replaces


def numbered_data(data: Any, reference: str) -> Any:
    """A document's input with its reference in the header."""
    return dataclasses.replace(data, header=dataclasses.replace(data.header,
                                                                reference=reference))


def snapshot_text(kind: LetterKind, data: Any, wording_text: str, fonts: FontSet, *,
                  supersedes: str = "") -> str:
    """What the register keeps of a numbered document to reprint it byte for byte (JSON;
    the kind as its plain text)."""
    snapshot: dict[str, Any] = {"format": SNAPSHOT_FORMAT, "kind": kind.value,
                                "data": data.to_dict(), "wording": wording_text,
                                "fonts": fonts_to_dict(fonts)}
    if supersedes:
        snapshot["supersedes"] = supersedes
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def register_columns(*, center_id: int, reference: str, kind: LetterKind,
                     case_id: int | None, period: tuple[date | None, date | None], data: Any,
                     language: str, issued_by_id: int, issued_at: datetime, snapshot: str,
                     pdf: bytes, seal: Callable[[str], str] | None) -> dict[str, Any]:
    """The register row of a numbered document, as columns of `Letter`.

    A sealed child's letter names nobody in the register: its recipient reads as sealed and
    its snapshot is stored through `seal` (encrypted under the sealed-records key). `seal`
    None leaves the snapshot to the sealing sweep (field_crypto.settle_at_sign_in), for a
    writer that holds no keys yet: the demo, whose supervisor's sweep runs before it commits.
    """
    recipient = data.header.recipient[:MAX_RECIPIENT]
    if data.header.sealed:
        recipient = field_crypto.SEALED_NAME
        if seal is not None:
            snapshot = seal(snapshot)
    return {"center_id": center_id, "reference": reference, "kind": kind, "case_id": case_id,
            "period_start": period[0], "period_end": period[1], "recipient": recipient,
            "language": language, "issued_by_id": issued_by_id, "issued_at": issued_at,
            "snapshot": snapshot, "sha256": hashlib.sha256(pdf).hexdigest()}


class _ChangedMeanwhile(Exception):
    """The document laid out ahead is not the one the write unit of work would register."""


@dataclass(frozen=True)
class _Numbered:
    """A draft with its reference: what is laid out, and the snapshot the register keeps."""

    draft: Draft
    reference: str
    data: Any
    wording: Wording
    snapshot: str  # JSON (sealed afterwards for a sealed child)


class DocumentService(Service):
    """A service that lays out letters: with which fonts."""

    fonts: FontSet | None = None  # None: default_font_set() (Windows fonts when present)

    def font_set(self) -> FontSet:
        """The fonts letters are built with (a combined file lays them out with these)."""
        return self.fonts or default_font_set()

    @contextmanager
    def read_ahead(self) -> Iterator[Session]:
        """A read unit of work ahead of a write one that reads the same records again.

        The sealed records it opens are not audited here: the write unit of work opens them
        again and records each once, with the action (a refused or failed action records
        none, as when everything ran in one unit of work).

        Raises:
            PermissionDenied: a refusal inside the block, re-raised once it is audited.
        """
        with self.read() as s:
            yield s
            self._sealed_seen().clear()


class Issuer(DocumentService):
    """A service that issues documents into the letter register."""

    def center_language(self) -> str:
        """The language the center's letters are written in by default."""
        with self.read() as s:
            center = s.get(Center, self.actor.center_id)
            return center.default_language if center else LANGUAGES[0]

    def up_to_today(self, start: date, end: date) -> tuple[date, date]:
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

    def issue_draft(self, gather: Callable[[Session], Draft]) -> IssuedLetter:
        """Number, lay out and register the document `gather` reads, with an audit entry.

        The layout (reportlab, the slow part) runs outside any transaction: the data is
        gathered and checked in a read unit of work, the next reference predicted (the
        counter read, not taken) and the PDF built; then a short write unit of work gathers
        the data again, checks every character, takes the number and registers the PDF
        built ahead if the document (reference, data, wording, fonts) is the same. If not
        (another desk took that number meanwhile, the case changed), that unit of work is
        rolled back and the document predicted and laid out again outside it, once; a
        second change lays it out again in the write unit of work, holding the lock.
        `gather` runs in every unit of work and raises what refuses the document.

        Raises:
            ValidationError: the center's stored wording no longer passes the checks.
            UnprintableCharacters: a character of the data or wording has no glyph (checked
                before the number is taken: no register entry, no gap in the numbers).
        """
        fonts = self.font_set()
        try:
            return self._issue_laid_out_ahead(gather, fonts, may_retry=True)
        except _ChangedMeanwhile:
            log.info("letter laid out again: changed while it was laid out")
            return self._issue_laid_out_ahead(gather, fonts, may_retry=False)

    def _issue_laid_out_ahead(self, gather: Callable[[Session], Draft], fonts: FontSet, *,
                              may_retry: bool) -> IssuedLetter:
        """Predict, lay out outside any transaction, then number and register in a write
        unit of work (a changed document is laid out again there unless `may_retry`).

        Raises:
            _ChangedMeanwhile: `may_retry` and the document changed (nothing written).
        """
        with self.read_ahead() as s:
            draft = gather(s)
            text, wording = self._printable_wording(s, draft, fonts)
            ahead = self._numbered(s, draft, text, wording, fonts,
                                   numbering.peek_value(s, self.actor.center_id, "letter",
                                                        self.ctx.today().year))
        pdf = build_document(draft.kind, ahead.data, wording, fonts=fonts)
        with self.write() as s:
            draft = gather(s)
            text, wording = self._printable_wording(s, draft, fonts)
            number = numbering.next_value(s, self.actor.center_id, "letter",
                                          self.ctx.today().year)
            final = self._numbered(s, draft, text, wording, fonts, number)
            if final.snapshot != ahead.snapshot:
                if may_retry:
                    raise _ChangedMeanwhile  # rolled back: the number is not taken
                log.info("letter %s laid out again under the numbering lock: changed twice "
                         "while it was laid out", final.reference)
                pdf = build_document(draft.kind, final.data, wording, fonts=fonts)
            return self._register(s, final, pdf)

    def _printable_wording(self, s: Session, draft: Draft,
                           fonts: FontSet) -> tuple[str, Wording]:
        """The wording in force, once every character of it and the data is printable."""
        text, wording = wording_in_force(s, self.actor.center_id, draft.kind, draft.language)
        check_printable(draft.data, wording, fonts)
        return text, wording

    def _numbered(self, s: Session, draft: Draft, text: str, wording: Wording,
                  fonts: FontSet, number: int) -> _Numbered:
        center = s.get(Center, self.actor.center_id)
        assert center is not None
        reference = format_reference(center.reference_prefix, self.ctx.today().year, number)
        data = numbered_data(draft.data, reference)
        return _Numbered(draft, reference, data, wording,
                         snapshot_text(draft.kind, data, text, fonts,
                                       supersedes=draft.supersedes))

    def _register(self, s: Session, numbered: _Numbered, pdf: bytes) -> IssuedLetter:
        """The register row of a numbered document and its audit entry."""
        draft, data, reference = numbered.draft, numbered.data, numbered.reference
        now = self.ctx.now()

        def seal(text: str) -> str:
            return field_crypto.seal_text(s, self.actor.keyring, self.actor.center_id,
                                          field_crypto.LETTER_SNAPSHOT, text, now)

        columns = register_columns(
            center_id=self.actor.center_id, reference=reference, kind=draft.kind,
            case_id=draft.case_id, period=draft.period, data=data, language=draft.language,
            issued_by_id=self.actor.user_id, issued_at=now, snapshot=numbered.snapshot,
            pdf=pdf, seal=seal)
        digest = columns["sha256"]
        row = Letter(**columns)
        s.add(row)
        s.flush()
        self.audit(s, Action.PRINT, entity_type="letter", entity_id=row.id,
                   case_id=draft.case_id,
                   details={"reference": reference, "kind": draft.kind.value, "sha256": digest,
                            "sealed": data.header.sealed,
                            **({"supersedes": draft.supersedes} if draft.supersedes else {})})
        return IssuedLetter(row.id, reference, pdf, draft.supersedes,
                            (draft.kind, data, numbered.wording))

