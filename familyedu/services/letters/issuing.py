"""What both issuers (case letters, statistics) share: the fonts, the language choice, the
period cut at today, and issuing itself: a reference number, the snapshot the register keeps
to reprint byte for byte, the register row and the audit entry.

Every character is checked before a number is taken, so an unprintable letter leaves no gap
in the numbers.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import Center, Letter, LetterKind
from familyedu.reports import FontSet, build_document, default_font_set
from familyedu.services.core import field_crypto, numbering
from familyedu.services.core.audit import Action
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.letters.dto import IssuedLetter
from familyedu.services.letters.labels import LANGUAGES
from familyedu.services.letters.snapshot import check_printable, fonts_to_dict, format_reference
from familyedu.services.letters.wording import wording_in_force

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


def kind_of(value: str, allowed: tuple[LetterKind, ...]) -> LetterKind:
    """`value` as one of the letter kinds `allowed` (callers may still hold the text).

    Raises:
        ValidationError: on "kind", the value is not one of them.
    """
    return LetterKind(choice("kind", value, allowed))


class DocumentService(Service):
    """A service that lays out letters: with which fonts."""

    fonts: FontSet | None = None  # None: default_font_set() (Windows fonts when present)

    def font_set(self) -> FontSet:
        """The fonts letters are built with (a combined file lays them out with these)."""
        return self.fonts or default_font_set()


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

    def register_letter(self, s: Session, kind: LetterKind, data: Any, language: str, *,
                        case_id: int | None, period: tuple[date | None, date | None],
                        supersedes: str = "") -> IssuedLetter:
        """Number, build and register a document in the unit of work `s`, with an audit entry.

        Raises:
            ValidationError: the center's stored wording no longer passes the checks.
            UnprintableCharacters: a character of the data or wording has no glyph (checked
                before the number is taken).
        """
        text, wording = wording_in_force(s, self.actor.center_id, kind, language)
        fonts = self.font_set()
        check_printable(data, wording, fonts)
        center = s.get(Center, self.actor.center_id)
        assert center is not None
        year = self.ctx.today().year
        reference = format_reference(center.reference_prefix, year, numbering.next_value(
            s, center.id, "letter", year))
        data = dataclasses.replace(data, header=dataclasses.replace(data.header,
                                                                    reference=reference))
        pdf = build_document(kind, data, wording, fonts=fonts)
        snapshot = {"format": SNAPSHOT_FORMAT, "kind": kind.value, "data": data.to_dict(),
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
        row = Letter(center_id=center.id, reference=reference, kind=kind,
                     case_id=case_id, period_start=period[0], period_end=period[1],
                     recipient=recipient, language=language,
                     issued_by_id=self.actor.user_id, issued_at=self.ctx.now(),
                     snapshot=stored, sha256=digest)
        s.add(row)
        s.flush()
        self.audit(s, Action.PRINT, entity_type="letter", entity_id=row.id, case_id=case_id,
                   details={"reference": reference, "kind": kind.value, "sha256": digest,
                            "sealed": data.header.sealed,
                            **({"supersedes": supersedes} if supersedes else {})})
        return IssuedLetter(row.id, reference, pdf, supersedes, (kind, data, wording))
