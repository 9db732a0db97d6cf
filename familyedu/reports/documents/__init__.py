"""One module per document kind: its placeholder values and its story of flowables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from familyedu.models.enums import LetterKind
from familyedu.reports import data as d
from familyedu.reports.blocks import Composer
from familyedu.reports.documents import (
    authority,
    completion,
    guardian,
    notice,
    plan,
    statistics,
)
from familyedu.reports.documents.common import Context
from familyedu.reports.templates import Wording


@dataclass(frozen=True)
class DocumentKind:
    """How to build one kind of document."""

    data_type: type[Any]
    context: Callable[[Any, Wording], Context]
    story: Callable[[Any, Composer], list[Flowable]]


DOCUMENTS: dict[LetterKind, DocumentKind] = {
    LetterKind.GUARDIAN: DocumentKind(d.GuardianLetterData, guardian.context, guardian.story),
    LetterKind.AUTHORITY: DocumentKind(d.AuthorityReportData, authority.context, authority.story),
    LetterKind.PLAN: DocumentKind(d.PlanDocumentData, plan.context, plan.story),
    LetterKind.COMPLETION: DocumentKind(d.CompletionData, completion.context, completion.story),
    LetterKind.NOTICE: DocumentKind(d.NoticeData, notice.context, notice.story),
    LetterKind.STATISTICS: DocumentKind(d.StatisticsData, statistics.context, statistics.story),
}
