"""Plain frozen values the transfer service takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from familyedu.errors import DuplicateCandidate
from familyedu.models.enums import LetterKind, OrderType


@dataclass(frozen=True)
class SentTransfer:
    """A transfer file just written: the case, where it goes, its SHA-256 and size."""

    case_number: str
    to_center: str
    sha256: str
    size: int
    letters: int
    sessions: int


@dataclass(frozen=True)
class TransferSummary:
    """What a transfer file holds, shown before anything is written."""

    from_center: str
    to_center: str
    sent_at: datetime
    sent_by: str
    case_number: str
    minor_name: str
    date_of_birth: date
    resident_id: str | None
    sealed: bool
    order_type: OrderType
    hours_required: float | None
    hours_done: float
    guardians: int
    plans: int
    sessions: int
    reports: int
    letters: int
    known_case_number: str  # the ID number is registered here already (refused)
    duplicates: tuple[DuplicateCandidate, ...]  # same name + birth date, or a phone


@dataclass(frozen=True)
class CaseOrigin:
    """Where a received case came from; what is dated before `received_at` is theirs."""

    from_center: str
    from_case_number: str
    sent_at: datetime
    received_at: datetime
    letters: tuple[tuple[str, LetterKind | str, datetime], ...]  # reference, kind, issued at


@dataclass(frozen=True)
class ReceivedLetter:
    """A letter the sending center issued before the transfer (its PDF as received)."""

    reference: str
    kind: LetterKind | str  # a kind this version does not know (a newer center's) as sent
    issued_at: datetime
    recipient: str
    size: int
    from_center: str
