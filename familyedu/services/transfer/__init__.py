"""Moving a case to another center in one encrypted, authenticated file (.fetransfer)."""

from __future__ import annotations

from familyedu.services.transfer.service import (
    CaseOrigin,
    SentTransfer,
    TransferService,
    TransferSummary,
)

__all__ = ["CaseOrigin", "SentTransfer", "TransferService", "TransferSummary"]
