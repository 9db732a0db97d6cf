"""The supervisors' audit trail viewer: filters, pages fetched on scroll, export, chain check."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import PermissionDenied, ValidationError
from familyedu.services import Services
from familyedu.services.admin.audit_query import AuditService
from familyedu.services.admin.dto import AuditQuery, AuditRow
from familyedu.ui import file_dialogs, labels
from familyedu.ui.audit_details import ValueText, describe_lines
from familyedu.ui.forms.date_field import DateField
from familyedu.ui.forms.punctuation import one_line
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.service_errors import error_text

PAGE = 200
ModelIndex = QModelIndex | QPersistentModelIndex


def _day(edit: DateField) -> date:
    value = edit.date_value()
    assert value is not None  # a field that cannot be emptied
    return value


class Column(IntEnum):
    AT = 0
    USER = 1
    ACTION = 2
    CASE = 3
    RECORD = 4
    DETAILS = 5


def record_text(entity_type: str, entity_id: int | None) -> str:
    """"Case 17" ("案件 17"): the kind of record and its number."""
    label = labels.entity_type(entity_type) if entity_type else ""
    return f"{label} {entity_id}".strip() if entity_id is not None else label


class AuditTableModel(QAbstractTableModel):
    """Rows of the trail, newest first, fetched a page at a time as the view scrolls."""

    def __init__(self, service: AuditService, value_text: ValueText,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.value_text = value_text
        self.query = AuditQuery(limit=PAGE)
        self.rows: list[AuditRow] = []
        self.total = 0
        # Entries never change, and data() runs for every visible cell at each repaint:
        # each entry's details are put into words once, not parsed again per paint.
        self._described: dict[int, list[str]] = {}

    def load(self, query: AuditQuery) -> None:
        """Start over with new filters (raises PermissionDenied for non-supervisors)."""
        page = self.service.page(AuditQuery(**{**query.__dict__, "offset": 0, "limit": PAGE}))
        self.beginResetModel()
        self.query, self.rows, self.total = query, list(page.rows), page.total
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid():
            return
        page = self.service.page(AuditQuery(**{**self.query.__dict__,
                                                "offset": len(self.rows), "limit": PAGE}))
        if not page.rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        tr = QCoreApplication.translate
        return [tr("AuditViewer", "Time"), tr("AuditViewer", "Who"),
                tr("AuditViewer", "Action"), tr("AuditViewer", "Case"),
                tr("AuditViewer", "Record"), tr("AuditViewer", "Details")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.AT: row.at.strftime("%Y-%m-%d %H:%M:%S"),
                Column.USER: row.username,
                Column.ACTION: labels.action(row.action),
                Column.CASE: row.case_number,
                Column.RECORD: record_text(row.entity_type, row.entity_id),
                Column.DETAILS: one_line(self.details_lines(row)),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DETAILS:
            if row.details in ("", "{}"):
                return None
            # The words, then the entry as stored: the evidence an auditor may need to quote.
            return "\n".join([*self.details_lines(row), "", row.details])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def details_lines(self, row: AuditRow) -> list[str]:
        """Every key of the entry in words: an auditor sees what the history leaves out."""
        lines = self._described.get(row.id)
        if lines is None:
            lines = self._described[row.id] = describe_lines(row.details, self.value_text,
                                                             hidden=())
        return lines


class ExportPasswordDialog(QDialog):
    """A password typed twice for a protected export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the export"))
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The audit trail holds personal data: the file is "
                                   "encrypted with this password.")))
        form.addRow(self.tr("Password:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two entries differ."))
            return
        self.accept()


class AuditViewer(QWidget):
    """Self-contained: give it a supervisor's Services."""

    exported = Signal(str)  # path of the written file
    failed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service = services.audit
        self.model = AuditTableModel(self.service, ValueText(Vocab(services)), self)
        self._build_filters()
        self._build_buttons()
        self._build_table()
        self.status = QLabel()
        self.status.setWordWrap(True)
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Who:")), self.who, self.case_number,
                       QLabel(self.tr("Action:")), self.action, self.use_from, self.date_from,
                       self.use_to, self.date_to, self.apply_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.status, 1)
        tools.addWidget(self.verify_button)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        self._fill_choices()

    def _build_filters(self) -> None:
        """Who, case number, action and an optional date range (last 30 days offered)."""
        self.who = QComboBox()
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("Case number"))
        self.action = QComboBox()
        self.use_from, self.use_to = QCheckBox(self.tr("From")), QCheckBox(self.tr("To"))
        # Typed whole in any common form, like every date of familyedu (issue #14).
        today = self.services.ctx.today()
        self.date_from, self.date_to = DateField(optional=False), DateField(optional=False)
        for edit, day in ((self.date_from, today - timedelta(days=30)), (self.date_to, today)):
            edit.set_value(day)
            edit.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for field, name in ((self.who, self.tr("Who")), (self.case_number, self.tr("Case number")),
                            (self.action, self.tr("Action")),
                            (self.date_from, self.tr("From date")),
                            (self.date_to, self.tr("To date"))):
            field.setAccessibleName(name)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # One line per entry: the time wrapped onto two lines and was cut off.
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(
            Column.AT, self.table.fontMetrics().horizontalAdvance("2026-12-31 23:59:59") + 16)

    def _build_buttons(self) -> None:
        self.apply_button = QPushButton(self.tr("Show"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.verify_button = QPushButton(self.tr("Check the chain"))
        self.apply_button.clicked.connect(self.apply_filters)
        self.case_number.returnPressed.connect(self.apply_filters)
        self.export_button.clicked.connect(self._choose_export)
        self.verify_button.clicked.connect(self.verify_chain)

    def _fill_choices(self) -> None:
        try:
            names, actions = self.service.usernames(), self.service.actions()
        except PermissionDenied:
            self._refuse()
            return
        self.who.addItem(self.tr("Anyone"), "")
        for name in names:
            self.who.addItem(name, name)
        self.action.addItem(self.tr("Any action"), "")
        for code in actions:
            self.action.addItem(labels.action(code), code)
        # Wide enough for the longest action in the trail ("Refused (no permission)" was cut).
        metrics = self.table.fontMetrics()
        self.table.horizontalHeader().resizeSection(Column.ACTION, max(
            [metrics.horizontalAdvance(labels.action(code)) + 16 for code in actions]
            + [self.table.horizontalHeader().sectionSize(Column.ACTION)]))
        self.apply_filters()

    def _refuse(self) -> None:
        self.status.setText(self.tr("Only supervisors can read the audit trail."))
        for widget in (self.who, self.case_number, self.action, self.use_from, self.use_to,
                       self.apply_button, self.export_button, self.verify_button, self.table):
            widget.setEnabled(False)

    def current_query(self) -> AuditQuery:
        return AuditQuery(
            username=str(self.who.currentData() or ""),
            case_number=self.case_number.text().strip(),
            action=str(self.action.currentData() or ""),
            date_from=_day(self.date_from) if self.use_from.isChecked() else None,
            date_to=_day(self.date_to) if self.use_to.isChecked() else None)

    def apply_filters(self) -> None:
        try:
            self.model.load(self.current_query())
        except PermissionDenied:
            self._refuse()
            return
        except Exception as exc:
            self._problem(exc)
            return
        self.status.setText(QCoreApplication.translate(
            "AuditViewer", "%n entries", "", self.model.total))

    def verify_chain(self) -> None:
        try:
            check = self.service.verify()
        except Exception as exc:
            self._problem(exc)
            return
        if check.ok:
            self.status.setText(self.tr("The chain is intact: {n} entries checked.").format(
                n=check.entries))
        else:
            self.status.setText(self.tr(
                "The chain is BROKEN at entry {id}: it was changed or an entry before it was "
                "removed.").format(id=check.first_broken_id))

    def export_to(self, target: Path, password: str) -> Path | None:
        """Write the filtered trail, encrypted; returns the file written."""
        try:
            # In the screen's language: the file reads as the rows the viewer shows.
            result = self.services.exports.audit_log(
                self.current_query(), target, password=password,
                language=labels.ui_language())
        except Exception as exc:
            self._problem(exc)
            return None
        self.status.setText(self.tr("{n} entries exported to {path}.").format(
            n=result.rows, path=result.path))
        self.exported.emit(str(result.path))
        return result.path

    def _choose_export(self) -> None:
        path = file_dialogs.save_path(self, self.tr("Export the audit trail"), "audit.xlsx",
                                      self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        dialog = ExportPasswordDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_to(path, dialog.first.text())

    def _problem(self, exc: BaseException) -> None:
        text = error_text(exc)
        if isinstance(exc, ValidationError):
            text = "\n".join(QCoreApplication.translate("Validation", e.message).format(
                **e.params) for e in exc.errors)
        self.status.setText(text)
        self.failed.emit(text)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Audit trail"), text)
