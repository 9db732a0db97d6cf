"""The letter register as a Qt table model, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from familyedu.services.letters.dto import LetterRow, RegisterQuery
from familyedu.services.letters.service import LetterService
from familyedu.ui import formatting, labels

PAGE_SIZE = 200
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REFERENCE = 0
    KIND = 1
    CASE = 2
    PERIOD = 3
    RECIPIENT = 4
    ISSUED_BY = 5
    ISSUED_AT = 6


def column_title(column: Column) -> str:
    tr = QCoreApplication.translate
    return {
        Column.REFERENCE: tr("LetterRegister", "Reference"),
        Column.KIND: tr("LetterRegister", "Document"),
        Column.CASE: tr("LetterRegister", "Case"),
        Column.PERIOD: tr("LetterRegister", "Period"),
        Column.RECIPIENT: tr("LetterRegister", "Recipient"),
        Column.ISSUED_BY: tr("LetterRegister", "Issued by"),
        Column.ISSUED_AT: tr("LetterRegister", "Issued"),
    }[column]


def _period(row: LetterRow) -> str:
    if row.period_start is None and row.period_end is None:
        return ""
    return f"{formatting.short_date(row.period_start)} – {formatting.short_date(row.period_end)}"


def cell_text(row: LetterRow, column: Column) -> str:
    if column is Column.REFERENCE:
        return row.reference
    if column is Column.KIND:
        return labels.letter_kind(row.kind)
    if column is Column.CASE:  # empty for statistics: about no one in particular
        return f"{row.case_number} {row.minor_name}".strip()
    if column is Column.PERIOD:
        return _period(row)
    if column is Column.RECIPIENT:
        return row.recipient
    if column is Column.ISSUED_BY:
        return row.issued_by
    return formatting.date_time(row.issued_at)


class LetterRegisterModel(QAbstractTableModel):
    """Rows of LetterService.register(), newest first; more are fetched on scrolling."""

    def __init__(self, letters: LetterService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._letters = letters
        self._query = RegisterQuery(limit=PAGE_SIZE)
        self._rows: list[LetterRow] = []
        self._more = False

    # -- loading ---------------------------------------------------------------------------

    def set_query(self, query: RegisterQuery) -> None:
        self._query = query._replace(offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._letters.register(self._query)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._letters.register(self._query._replace(offset=len(self._rows)))
        self._more = len(page) == PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> LetterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return column_title(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, Column(index.column()))
        if role == REFERENCE_ROLE:
            return row.reference
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.REFERENCE:
            return QCoreApplication.translate("LetterRegister", "SHA-256: %1").replace(
                "%1", row.sha256)
        return None
