"""Importing a center's existing register (.xlsx / .csv): read, map, dry run, import, undo."""

from __future__ import annotations

from familyedu.services.casework.importing.analysis import (
    DUPLICATE,
    ERROR,
    HIDDEN_CASE,
    NEW,
    ColumnInfo,
    ImportPreview,
    RowReport,
)
from familyedu.services.casework.importing.columns import (
    CASE_FIELDS,
    CATEGORY_FIELDS,
    SESSION_FIELDS,
    Mapping,
)
from familyedu.services.casework.importing.report import write_report
from familyedu.services.casework.importing.service import ImportRecord, ImportResult, ImportService

__all__ = ["CASE_FIELDS", "CATEGORY_FIELDS", "DUPLICATE", "ERROR", "HIDDEN_CASE", "NEW",
           "SESSION_FIELDS", "ColumnInfo", "ImportPreview", "ImportRecord", "ImportResult",
           "ImportService", "Mapping", "RowReport", "write_report"]
