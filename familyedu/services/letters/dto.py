"""Plain frozen values the letter services take and return (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from familyedu.models.enums import LetterKind

if TYPE_CHECKING:  # the document builders bring reportlab: not on the way to the first window
    from familyedu.reports import Wording


@dataclass(frozen=True)
class IssuedLetter:
    """A letter just issued: its register id, reference number and PDF."""

    id: int
    reference: str
    pdf: bytes
    supersedes: str = ""  # the earlier letter this one replaces (a re-issue)
    # What it was built from (kind, data, wording), to lay it out again in a combined file.
    document: tuple[LetterKind, Any, Wording] | None = field(default=None, repr=False,
                                                      compare=False)


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
    kind: LetterKind | None = None
    period_from: date | None = None  # letters whose period reaches into [from, to]
    period_to: date | None = None
    offset: int = 0
    limit: int = 200


class DueLetter(NamedTuple):
    """A letter the batch will issue."""

    case_id: int
    kind: LetterKind
    period_start: date
    period_end: date
    case_number: str


@dataclass(frozen=True)
class BatchItem:
    """A letter the batch issued."""

    letter_id: int
    reference: str
    case_number: str
    kind: LetterKind
    path: Path | None  # its own file; None in a combined batch


@dataclass(frozen=True)
class BatchFailure:
    """A due letter that was not issued, and why (the exception, for the caller to word)."""

    case_number: str
    kind: LetterKind
    error: Exception


@dataclass
class BatchResult:
    """What a batch of due letters gave: issued, failed, and the combined PDF if any."""

    issued: list[BatchItem] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    combined: Path | None = None
    cancelled: bool = False

    @property
    def files(self) -> list[Path]:
        """Every file written: each letter's, then the combined one."""
        paths = [i.path for i in self.issued if i.path is not None]
        return paths + ([self.combined] if self.combined else [])
