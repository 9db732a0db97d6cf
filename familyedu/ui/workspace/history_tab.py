"""The case's history from the audit trail: when, who, what was done and what changed."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import (
    Attendance,
    CaseStatus,
    CategoryKind,
    ClosureOutcome,
    Gender,
    OrderType,
    PlanStatus,
    RiskLevel,
    SessionMode,
)
from familyedu.services import Services
from familyedu.services.casework.dto import HistoryEntry
from familyedu.services.core.audit import Action
from familyedu.services.core.field_crypto import REDACTED
from familyedu.ui import formatting, labels
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.punctuation import labelled
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.workspace.received_letters import ReceivedLettersBox

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$")
# Audit keys that say nothing to a reader (ids, the length of private notes).
# "by": which part of familyedu read a sealed record (for auditors, in the audit viewer).
_HIDDEN = {"minor_id", "step", "private_notes_length", "action", "detail", "by"}
_CATEGORY_OF = {
    "guardianship": CategoryKind.GUARDIANSHIP, "living_with": CategoryKind.LIVING,
    "involvement": CategoryKind.INVOLVEMENT, "referral_source": CategoryKind.REFERRAL,
    "relation": CategoryKind.RELATION, "domain": CategoryKind.GOAL_DOMAIN,
}
_ENUM_OF: dict[str, tuple[type[Any], Callable[[Any], str]]] = {
    "gender": (Gender, labels.gender), "risk_level": (RiskLevel, labels.risk),
    "order_type": (OrderType, labels.order_type), "mode": (SessionMode, labels.session_mode),
    "attendance": (Attendance, labels.attendance),
    "closure_outcome": (ClosureOutcome, labels.closure_outcome),
    "outcome": (ClosureOutcome, labels.closure_outcome),
}



class ValueText:
    """Stored values (codes, ISO dates) as a reader sees them."""

    def __init__(self, vocab: Vocab) -> None:
        self._categories = {field: vocab.labels(kind) for field, kind in _CATEGORY_OF.items()}

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if value == REDACTED:  # a sealed record's value: the entry keeps only that it changed
            return QCoreApplication.translate("HistoryTab", "(sealed, kept encrypted)")
        if isinstance(value, bool):
            if value:
                return QCoreApplication.translate("HistoryTab", "yes")
            return QCoreApplication.translate("HistoryTab", "no")
        if field in self._categories:
            return self._categories[field](str(value))
        if field in _ENUM_OF:
            enum_cls, label = _ENUM_OF[field]
            try:
                return label(enum_cls(value))
            except ValueError:
                return str(value)
        if field == "status":
            if value in {s.value for s in PlanStatus}:
                return labels.plan_status(PlanStatus(value))
            if value in {s.value for s in CaseStatus}:
                return labels.case_status(CaseStatus(value))
        if isinstance(value, list | dict):
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, str) and _ISO.match(value):
            moment = datetime.fromisoformat(value)
            if "T" in value:
                return formatting.date_time(moment)
            return formatting.long_date(moment.date())
        return str(value)


def describe(details: str, value: ValueText) -> str:
    """The details JSON of an audit entry as lines of 'Field: before → after'."""
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return details
    if not isinstance(data, dict):
        return str(data)
    lines: list[str] = []
    for key, item in data.items():
        if key in _HIDDEN:
            continue
        if key == "changes" and isinstance(item, dict):
            lines.extend(labelled(field_label(f), f"{value(f, pair[0])} → {value(f, pair[1])}")
                         for f, pair in item.items() if isinstance(pair, list) and len(pair) == 2)
        elif key == "after" and isinstance(item, dict):
            lines.extend(labelled(field_label(f), value(f, v)) for f, v in item.items()
                         if v not in (None, "", False) and f not in _HIDDEN
                         and f != "private_notes")
        elif key == "status" and isinstance(item, list) and len(item) == 2:
            lines.append(labelled(field_label("status"),
                                  f"{value('status', item[0])} → {value('status', item[1])}"))
        elif key == "ratings" and isinstance(item, dict):
            if item:
                text = QCoreApplication.translate("HistoryTab", "Goals rated: %1")
                lines.append(text.replace("%1", str(len(item))))
        elif item is True:
            lines.append(field_label(key))
        else:
            lines.append(labelled(field_label(key), value(key, item)))
    return "\n".join(lines)


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
