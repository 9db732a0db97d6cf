"""Importing a center's existing register (.xlsx / .csv): read, map, dry run, import, undo."""

from __future__ import annotations

from familyedu.services.casework.importing.columns import (
    CASE_FIELDS,
    CATEGORY_FIELDS,
    SESSION_FIELDS,
    Mapping,
)
from familyedu.services.casework.importing.report import write_report
from familyedu.services.casework.importing.service import ImportService

__all__ = ["CASE_FIELDS", "CATEGORY_FIELDS", "SESSION_FIELDS", "ImportService", "Mapping",
           "write_report"]
