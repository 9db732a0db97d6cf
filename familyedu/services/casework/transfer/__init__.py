"""Moving a case to another center in one encrypted, authenticated file (.fetransfer)."""

from __future__ import annotations

from familyedu.services.casework.transfer.service import TransferService

__all__ = ["TransferService"]
