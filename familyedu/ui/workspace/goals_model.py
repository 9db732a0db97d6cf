"""The goals of a guidance plan as an editable table, with editors for each column."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from familyedu.models.enums import CategoryKind
from familyedu.services.casework.dto import GoalInput, GoalView
from familyedu.ui import formatting, labels
from familyedu.ui.forms import DateField
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.popups import fit_popup
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.labels import CategoryLabels

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#ffebee")


class GoalColumn(IntEnum):
    DOMAIN = 0
    DESCRIPTION = 1
    INTERVENTIONS = 2
    TARGET = 3
    PROGRESS = 4


FIELD_OF = {
    GoalColumn.DOMAIN: "domain", GoalColumn.DESCRIPTION: "description",
    GoalColumn.INTERVENTIONS: "interventions", GoalColumn.TARGET: "target_on",
    GoalColumn.PROGRESS: "progress",
}
COLUMN_OF = {name: column for column, name in FIELD_OF.items()}


def _blank() -> dict[str, Any]:
    return {"domain": None, "description": "", "interventions": "", "target_on": None,
            "progress": 0}


class GoalsModel(QAbstractTableModel):
    """Rows are plain dicts with the GoalInput fields; editable only while the plan is a draft."""

    def __init__(self, domains: CategoryLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._domains = domains
        self._rows: list[dict[str, Any]] = []
        self._errors: dict[tuple[int, int], str] = {}
        self.editable = False

    # -- the table ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GoalColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(GoalColumn):
            return field_label(FIELD_OF[GoalColumn(section)])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = GoalColumn(index.column())
        value = row[FIELD_OF[column]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        error = self._errors.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or self._text(column, value) or None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BACKGROUND
        return None

    def _text(self, column: GoalColumn, value: Any) -> str:
        if column is GoalColumn.DOMAIN:
            return self._domains(value) if value else ""
        if column is GoalColumn.TARGET:
            return formatting.short_date(value)
        if column is GoalColumn.PROGRESS:
            return labels.goal_progress(int(value or 0))
        return str(value or "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        column = GoalColumn(index.column())
        if column is GoalColumn.PROGRESS:
            value = max(0, min(4, int(value or 0)))
        elif column is GoalColumn.TARGET:
            value = value if isinstance(value, date) else None
        elif column in (GoalColumn.DESCRIPTION, GoalColumn.INTERVENTIONS):
            value = "" if value is None else str(value)
        self._rows[index.row()][FIELD_OF[column]] = value
        self._errors.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole,
                                             Qt.ItemDataRole.BackgroundRole])
        return True

    # -- rows ---------------------------------------------------------------------------

    def load(self, goals: tuple[GoalView, ...] | list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [
            g if isinstance(g, dict) else {"domain": g.domain, "description": g.description,
                                           "interventions": g.interventions,
                                           "target_on": g.target_on, "progress": g.progress}
            for g in goals
        ]
        self._rows = [{**_blank(), **row} for row in self._rows]
        self._errors = {}
        self.endResetModel()

    def add_goal(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_blank())
        self.endInsertRows()
        return row

    def remove_goal(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._errors = {}
            self.endRemoveRows()

    def goal_rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def goal_inputs(self) -> tuple[GoalInput, ...]:
        return tuple(GoalInput(domain=r["domain"] or "", description=r["description"],
                               interventions=r["interventions"], target_on=r["target_on"],
                               progress=int(r["progress"] or 0)) for r in self._rows)

    def state(self) -> list[dict[str, Any]]:
        return [{**row, "target_on": row["target_on"].isoformat() if row["target_on"] else None}
                for row in self._rows]

    def restore(self, rows: list[dict[str, Any]]) -> None:
        parsed = [{**row, "target_on": date.fromisoformat(row["target_on"])
                   if row.get("target_on") else None} for row in rows]
        self.load(parsed)

    # -- errors -------------------------------------------------------------------------

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        """Mark `goals.N.field` cells; return the other messages."""
        leftovers: dict[str, str] = {}
        self._errors = {}
        for name, text in messages.items():
            parts = name.split(".")
            if len(parts) == 3 and parts[0] == "goals" and parts[1].isdigit() \
                    and parts[2] in COLUMN_OF and int(parts[1]) < len(self._rows):
                self._errors[(int(parts[1]), int(COLUMN_OF[parts[2]]))] = text
            else:
                leftovers[name] = text
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(GoalColumn) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])
        return leftovers

    def error_lines(self) -> list[str]:
        """'Goal 3 – Goal: This field is required.' for the message under the table."""
        return [self.tr("Goal %1, %2: %3").replace("%1", str(row + 1))
                .replace("%2", field_label(FIELD_OF[GoalColumn(column)])).replace("%3", text)
                for (row, column), text in sorted(self._errors.items())]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor over (label, value) pairs."""

    def __init__(self, choices: list[tuple[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self._choices:
            combo.addItem(text, value)
        return fit_popup(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        return DateField(parent, optional=True)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        model.setData(index, editor.date_value(), Qt.ItemDataRole.EditRole)


class GoalsTable(QTableView):
    """The goals with an editor per column: domain and progress combos, a date, text."""

    def __init__(self, model: GoalsModel, vocab: Vocab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        # Tab leaves the table (the arrows move between cells; Tab in an open editor goes on
        # to the next cell): with Tab going round its cells, it never let go.
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GoalColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GoalColumn.INTERVENTIONS, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(GoalColumn.DOMAIN, 170)
        self.setColumnWidth(GoalColumn.TARGET, 110)
        self.setColumnWidth(GoalColumn.PROGRESS, 150)
        domains = vocab.labels(CategoryKind.GOAL_DOMAIN)
        self.setItemDelegateForColumn(GoalColumn.DOMAIN, ChoiceDelegate(
            [(domains(e.code), e.code) for e in vocab.active(CategoryKind.GOAL_DOMAIN)], self))
        self.setItemDelegateForColumn(GoalColumn.PROGRESS, ChoiceDelegate(
            [(labels.goal_progress(n), n) for n in range(5)], self))
        self.setItemDelegateForColumn(GoalColumn.TARGET, DateDelegate(self))
