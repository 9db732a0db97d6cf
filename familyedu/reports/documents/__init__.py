"""One module per document kind: its placeholder values and its story of flowables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

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


DOCUMENTS: dict[str, DocumentKind] = {
    "guardian": DocumentKind(d.GuardianLetterData, guardian.context, guardian.story),
    "authority": DocumentKind(d.AuthorityReportData, authority.context, authority.story),
    "plan": DocumentKind(d.PlanDocumentData, plan.context, plan.story),
    "completion": DocumentKind(d.CompletionData, completion.context, completion.story),
    "notice": DocumentKind(d.NoticeData, notice.context, notice.story),
    "statistics": DocumentKind(d.StatisticsData, statistics.context, statistics.story),
}
