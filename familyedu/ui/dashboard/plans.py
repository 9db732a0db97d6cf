"""The dashboard's plan lists: the supervisor's approval queue, the counselor's outcomes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from familyedu.services.casework.dto import PendingPlan, PlanOutcome
from familyedu.ui import formatting
from familyedu.ui.dashboard.empty_note import EmptyNote

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RETURNED_COLOUR = QColor(150, 20, 20)


def fit_columns(tree: QTreeWidget, stretch: int) -> None:
    """Every column as wide as its title and values, `stretch` (a name, a comment) taking
    what is left and eliding its text: a narrow dashboard box (1280×720, a 1920×1080 screen
    at 150 %) shows every column without scrolling sideways (issue #14)."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class _PlanList(QTreeWidget):
    """A list of plans; Enter or double-click asks to open the case."""

    open_requested = Signal(int)

    def __init__(self, name: str, titles: list[str], stretch: int, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(titles)
        fit_columns(self, stretch)
        self.itemDoubleClicked.connect(lambda item, _col: self._open(item))
        self.empty_note = EmptyNote(self, empty_text)

    def case_ids(self) -> list[int]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [int(item.data(0, CASE_ID_ROLE)) for item in items if item is not None]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._open(item)
            return
        super().keyPressEvent(event)

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit(int(item.data(0, CASE_ID_ROLE)))


class ApprovalQueue(_PlanList):
    """Plans waiting for the supervisor's approval, longest waiting first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("approval_queue", [
            self.tr("Case no."), self.tr("Minor"), self.tr("Counselor"), self.tr("Submitted")],
            1, self.tr("No plan is waiting for your approval."), parent)
        self.setToolTip(self.tr("Double-click or press Enter to open the case and approve "
                                "or return its plan on the Plan tab."))

    def set_items(self, items: list[PendingPlan]) -> None:
        self.clear()
        for entry in items:
            when = formatting.short_date(entry.submitted_at.date()) if entry.submitted_at \
                else ""
            row = QTreeWidgetItem([entry.case_number, entry.minor_name, entry.counselor_name,
                                   when])
            row.setData(0, CASE_ID_ROLE, entry.case_id)
            self.addTopLevelItem(row)
        self.empty_note.refresh()


class PlanOutcomes(_PlanList):
    """The supervisor's latest decisions on the counselor's plans, newest first; the whole
    comment of the chosen one is read under the list (`detail`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("plan_outcomes", [
            self.tr("Case no."), self.tr("Minor"), self.tr("Outcome"), self.tr("Date"),
            self.tr("Comment")], 4, self.tr("No decision on your plans yet."), parent)
        self._details: list[str] = []

    def set_items(self, items: list[PlanOutcome]) -> None:
        self.clear()
        self._details = []
        for entry in items:
            returned = entry.decision == "returned"
            outcome = self.tr("Returned") if returned else self.tr("Approved")
            row = QTreeWidgetItem([entry.case_number, entry.minor_name, outcome,
                                   formatting.short_date(entry.decided_at.date()),
                                   entry.comment])
            row.setData(0, CASE_ID_ROLE, entry.case_id)
            said = (self.tr("%1 returned the plan of %2 %3 on %4: %5") if returned
                    else self.tr("%1 approved the plan of %2 %3 on %4: %5"))
            detail = (said.replace("%1", entry.decided_by_name)
                      .replace("%2", entry.case_number).replace("%3", entry.minor_name)
                      .replace("%4", formatting.date_time(entry.decided_at))
                      .replace("%5", entry.comment or self.tr("no comment")))
            self._details.append(detail)
            for column in range(self.columnCount()):
                row.setToolTip(column, detail)
            if returned:
                row.setForeground(2, QBrush(RETURNED_COLOUR))
            self.addTopLevelItem(row)
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)
        self.empty_note.refresh()

    def detail(self) -> str:
        """Who decided what, when and why, for the chosen row (the first at first)."""
        item = self.currentItem()
        row = self.indexOfTopLevelItem(item) if item is not None else -1
        return self._details[row] if 0 <= row < len(self._details) else ""
