"""The case list as a Qt table model over CaseService.page(), fetched in pages with a row cache.

Like Anki's browser table: the model knows the total from the first query, answers rowCount
with it, and fetches the page holding a row only when a view asks for that row, so a center
with 100,000 cases opens and scrolls without loading them all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from familyedu.models.enums import CaseStatus, RiskLevel
from familyedu.services.casework.cases import CaseService
from familyedu.services.casework.dto import CaseColumn, CaseQuery, CaseRow
from familyedu.ui import formatting, labels
from familyedu.ui.labels import CategoryLabels

log = logging.getLogger(__name__)

Column = CaseColumn
PAGE_SIZE = 200
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = QColor(253, 226, 222)
OVERDUE_FOREGROUND = QColor(150, 20, 20)
ModelIndex = QModelIndex | QPersistentModelIndex


def column_title(column: Column) -> str:
    tr = QCoreApplication.translate
    return {
        Column.CASE_NUMBER: tr("CaseList", "Case no."),
        Column.MINOR: tr("CaseList", "Minor"),
        Column.AGE: tr("CaseList", "Age"),
        Column.GUARDIANSHIP: tr("CaseList", "Guardianship"),
        Column.COUNSELOR: tr("CaseList", "Counselor"),
        Column.ORDER: tr("CaseList", "Order"),
        Column.ORDER_DUE: tr("CaseList", "Deadline"),
        Column.HOURS: tr("CaseList", "Done / required"),
        Column.NEXT_DUE: tr("CaseList", "Next due"),
        Column.RISK: tr("CaseList", "Risk"),
        Column.STATUS: tr("CaseList", "Status"),
        Column.PLAN: tr("CaseList", "Plan"),
    }[column]


def overdue_reasons(row: CaseRow, today: date) -> list[str]:
    """Why a row is marked overdue, in words (its tooltip)."""
    tr = QCoreApplication.translate
    reasons = []
    incomplete = (bool(row.hours_required) and row.hours_done < (row.hours_required or 0)) or (
        bool(row.sessions_required) and row.sessions_attended < (row.sessions_required or 0))
    if row.order_due_on is not None and row.order_due_on < today and incomplete:
        reasons.append(tr("CaseList", "The order's deadline ({date}) has passed with hours "
                          "still missing.").format(date=formatting.long_date(row.order_due_on)))
    if row.next_due is not None and row.next_due < today:
        reasons.append(tr("CaseList", "A session was due on {date}.").format(
            date=formatting.long_date(row.next_due)))
    if row.overdue and not reasons:
        reasons.append(tr("CaseList", "The plan's review is overdue."))
    return reasons


class CaseTableModel(QAbstractTableModel):
    """Rows of CaseService.page(CaseQuery); sorting and filtering happen in the database."""

    def __init__(self, cases: CaseService, guardianship: CategoryLabels,
                 today: Callable[[], date], parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._cases = cases
        self._guardianship = guardianship
        self._today = today
        self._page_size = page_size
        self._query = CaseQuery(limit=page_size)
        self._total = 0
        self._more = False
        self._pages: dict[int, list[CaseRow]] = {}
        self._deferred = False  # a query is held, not read yet (see defer)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what the list shows ------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def more(self) -> bool:
        """The search is so broad that counting stopped at `total` rows."""
        return self._more

    def set_query(self, query: CaseQuery) -> None:
        """New search text or filters; the sort of the current query is kept."""
        self._query = replace(query, sort=self._query.sort, descending=self._query.descending,
                              offset=0, limit=self._page_size)
        self._deferred = False
        self.reload()

    def defer(self, query: CaseQuery) -> None:
        """Hold `query` (and any sort asked for meanwhile) without reading: the list is not
        on screen yet. `start` reads it (issue #14: after signing in the dashboard shows
        first, and the case list's cold first read no longer keeps the window waiting)."""
        self._query = replace(query, sort=self._query.sort, descending=self._query.descending,
                              offset=0, limit=self._page_size)
        self._deferred = True

    @property
    def deferred(self) -> bool:
        return self._deferred

    def start(self) -> None:
        """Read the held query, if it is still held."""
        if self._deferred:
            self._deferred = False
            self.reload()

    def set_guardianship_labels(self, guardianship: CategoryLabels) -> None:
        self._guardianship = guardianship
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def reload(self) -> None:
        """Query again from the first page (after a search, a filter or a sort)."""
        if self._deferred:
            return
        self.beginResetModel()
        self._pages.clear()
        self._total = 0
        first = self._cases.page(replace(self._query, offset=0))
        self._total = first.total
        self._more = first.more
        self._pages[0] = first.rows
        self.endResetModel()

    def refresh(self) -> None:
        """Something changed elsewhere: re-read, keeping selection when the count is the same."""
        if self._deferred:  # nothing read yet: the first read will be current
            return
        first = self._cases.page(replace(self._query, offset=0))
        self._more = first.more
        if first.total != self._total:
            self.beginResetModel()
            self._pages = {0: first.rows}
            self._total = first.total
            self.endResetModel()
            return
        self._pages = {0: first.rows}
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(Column) - 1), [])

    def row_at(self, row: int) -> CaseRow | None:
        """The case on a row, fetching its page when it is not cached yet."""
        if row < 0 or row >= self._total:
            return None
        number, within = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._cases.page(replace(self._query, offset=number * self._page_size)).rows
            if len(self._pages) > 50:  # keep memory flat while scrolling a huge list
                self._pages = {k: v for k, v in self._pages.items() if abs(k - number) < 10}
            self._pages[number] = page
        return page[within] if within < len(page) else None

    def case_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None


    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            # A narrow screen (1280×720 at 150 %) cuts some columns: say how to choose them.
            choose = QCoreApplication.translate(
                "CaseList", "Right-click a column title to choose the columns shown.")
            if section == Column.HOURS:
                return QCoreApplication.translate(
                    "CaseList", "Hours (or sessions) done, against what the order "
                    "requires") + "\n" + choose
            return choose
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(Column):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AGE, Column.HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.overdue and row.status is CaseStatus.OPEN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_FOREGROUND
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(overdue_reasons(row, self._today()))
        if role == Qt.ItemDataRole.FontRole and column is Column.RISK \
                and row.risk_level is RiskLevel.HIGH:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.ORDER,
                                                              Column.GUARDIANSHIP,
                                                              Column.PLAN):
            return self._display(row, column)  # the whole text of a cut-off cell
        return None

    def _display(self, row: CaseRow, column: Column) -> str:
        if column is Column.CASE_NUMBER:
            return row.case_number
        if column is Column.MINOR:
            return row.minor_name
        if column is Column.AGE:
            return str(row.age)
        if column is Column.GUARDIANSHIP:
            return self._guardianship(row.guardianship)
        if column is Column.COUNSELOR:
            return row.counselor_name
        if column is Column.ORDER:
            return labels.order_type(row.order_type)
        if column is Column.ORDER_DUE:
            return formatting.short_date(row.order_due_on)
        if column is Column.HOURS:
            return formatting.hours_progress(row.hours_done, row.hours_required,
                                             row.sessions_attended, row.sessions_required)
        if column is Column.NEXT_DUE:
            return formatting.short_date(row.next_due)
        if column is Column.RISK:
            return labels.risk(row.risk_level)
        if column is Column.PLAN:
            return labels.plan_status(row.plan_status) if row.plan_status else ""
        return labels.case_status(row.status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.sort == Column(column) and self._query.descending == descending \
                and self._pages:
            return
        self._query = replace(self._query, sort=Column(column), descending=descending)
        # A reset, not a layout change: the rows are a new query, not a permutation we know.
        self.reload()
