"""Moving a case to another center in one encrypted, authenticated file (.fetransfer)."""

from __future__ import annotations

from familyedu.services.casework.transfer.service import (
    CaseOrigin,
    ReceivedLetter,
    SentTransfer,
    TransferService,
    TransferSummary,
)

__all__ = ["CaseOrigin", "ReceivedLetter", "SentTransfer", "TransferService", "TransferSummary"]
