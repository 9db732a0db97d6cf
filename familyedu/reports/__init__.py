"""Pure document builders: (data, wording, fonts) -> PDF bytes. No Qt, no database."""

from __future__ import annotations

from typing import Any

from familyedu.models.enums import LetterKind
from familyedu.reports.builder import build_combined, build_document
from familyedu.reports.data import (
    Appointment,
    AuthorityReportData,
    CenterInfo,
    CompletionData,
    CountLine,
    GoalLine,
    GuardianLetterData,
    LetterHeader,
    NoticeData,
    PlanDocumentData,
    PlanGoal,
    SessionLine,
    SharedSummary,
    StatisticsData,
)
from familyedu.reports.documents import DOCUMENTS
from familyedu.reports.errors import MissingGlyph, TemplateError, UnprintableCharacters
from familyedu.reports.fonts import (
    FontSet,
    FontSpec,
    bundled_font_set,
    default_font_set,
    find_unprintable,
    system_font_set,
)
from familyedu.reports.templates import (
    Wording,
    default_wording_text,
    load_default_wording,
    parse_wording,
    render,
)
from familyedu.reports.wording_spec import KINDS


def data_from_dict(kind: LetterKind, snapshot: dict[str, Any]) -> Any:
    """Rebuild a document's input from a stored to_dict() snapshot, for reprinting."""
    if kind not in DOCUMENTS:
        raise ValueError(f"unknown document kind {kind!r}")
    return DOCUMENTS[kind].data_type.from_dict(snapshot)


__all__ = [
    "KINDS",
    "Appointment",
    "AuthorityReportData",
    "CenterInfo",
    "CompletionData",
    "CountLine",
    "FontSet",
    "FontSpec",
    "GoalLine",
    "GuardianLetterData",
    "LetterHeader",
    "MissingGlyph",
    "NoticeData",
    "PlanDocumentData",
    "PlanGoal",
    "SessionLine",
    "SharedSummary",
    "StatisticsData",
    "TemplateError",
    "UnprintableCharacters",
    "Wording",
    "build_combined",
    "build_document",
    "bundled_font_set",
    "data_from_dict",
    "default_font_set",
    "default_wording_text",
    "find_unprintable",
    "load_default_wording",
    "parse_wording",
    "render",
    "system_font_set",
]
