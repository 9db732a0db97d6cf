"""The case's history from the audit trail: when, who, what was done and what changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.services import Services
from familyedu.services.casework.dto import HistoryEntry
from familyedu.services.core.audit import Action
from familyedu.ui import formatting, labels
from familyedu.ui.audit_details import ValueText, describe
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.workspace.received_letters import ReceivedLettersBox


class HistoryTab(QWidget):
    def __init__(self, services: Services, vocab: Vocab, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.value_text = ValueText(vocab)
        self.model = RowsModel([
            ColumnSpec(self.tr("When"), lambda e: formatting.date_time(e.at)),
            # The name people know; the account the audit recorded shows on hovering.
            ColumnSpec(self.tr("Who"), lambda e: e.display_name or e.username,
                       tooltip=lambda e: e.username),
            ColumnSpec(self.tr("What"), self._what),
            ColumnSpec(self.tr("Changes"), lambda e: describe(e.details, self.value_text)),
        ], self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("Every change to this case, newest first. Private session notes "
                              "are never copied here."), self)
        note.setWordWrap(True)
        # A received case: the letters the sending center issued, as they came in the file.
        self.received_letters = ReceivedLettersBox(services, case_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.received_letters)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _what(self, entry: HistoryEntry) -> str:
        action = labels.action(entry.action)
        if entry.entity_type and entry.action not in (Action.CASE_OPENED, Action.SEALED_ACCESS):
            return f"{action} · {labels.entity_type(entry.entity_type)}"
        return action

    def refresh(self) -> None:
        self.model.set_rows(self.services.mandatory_reports.history(self.case_id))
        self.received_letters.refresh()
