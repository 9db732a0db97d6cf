"""The import of a center's register (文件 → 导入台账…)."""

from __future__ import annotations

from familyedu.ui.importing.dialog import ImportDialog

__all__ = ["ImportDialog"]
