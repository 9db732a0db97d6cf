"""Moving a case to another center (移交其他中心…) and receiving one (接收移交…)."""

from __future__ import annotations

from familyedu.ui.transfer.in_dialog import TransferInDialog
from familyedu.ui.transfer.out_dialog import TransferOutDialog

__all__ = ["TransferInDialog", "TransferOutDialog"]
