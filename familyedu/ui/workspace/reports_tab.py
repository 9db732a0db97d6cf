"""Mandatory reports of suspected harm (强制报告) made for this case."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import StaleRecord
from familyedu.services import Services
from familyedu.services.casework.dto import MandatoryReportInput, MandatoryReportView
from familyedu.ui import formatting
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import DateField
from familyedu.ui.forms.form_dialog import FormDialog
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.forms.stale import resolve_stale
from familyedu.ui.forms.widgets import text_area

REPORT_FIELDS = ("reported_on", "suspected_harm", "police_station", "receipt_number",
                 "follow_up")


class ReportDialog(FormDialog):
    def __init__(self, services: Services, case_id: int,
                 report: MandatoryReportView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit mandatory report") if report
                         else self.tr("Add mandatory report"), parent)
        self.services = services
        self.case_id = case_id
        self.report = report
        self.reported_on = DateField(self, optional=False, default=services.ctx.now)
        self.suspected_harm = text_area(self, 3)
        self.police_station = QLineEdit(self)
        self.receipt_number = QLineEdit(self)
        self.follow_up = text_area(self, 3)
        for name in REPORT_FIELDS:
            self.add_row(name, getattr(self, name))
        self._load(report)
        self.resize(600, self.sizeHint().height())

    def _load(self, report: MandatoryReportView | None) -> None:
        if report is None:
            self.fields.load({"reported_on": self.services.ctx.today()})
        else:
            self.fields.load({name: getattr(report, name) for name in REPORT_FIELDS})

    def submit(self) -> Any:
        v = self.fields.values()
        data = MandatoryReportInput(**{name: v[name] for name in REPORT_FIELDS})
        if self.report is None:
            return self.services.mandatory_reports.add(self.case_id, data)
        self.services.mandatory_reports.update(self.report.id, self.report.version, data)
        return self.report.id

    def on_stale(self, exc: StaleRecord) -> None:
        resolve_stale(self, self.fields, exc, reload=self._reload, save_again=self.save)

    def _reload(self) -> None:
        fresh = next((r for r in self.services.mandatory_reports.for_case(self.case_id)
                      if self.report and r.id == self.report.id), None)
        self.report = fresh or self.report
        self._load(self.report)


class ReportsTab(QWidget):
    def __init__(self, services: Services, events: AppEvents, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.case_id = case_id
        self.dialog: ReportDialog | None = None
        self._make_table()
        self.add_button = QPushButton(self.tr("Add report…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.add_button.clicked.connect(self.add_report)
        self.edit_button.clicked.connect(self.edit_report)
        intro = QLabel(self.tr(
            "Suspected harm to a minor must be reported to public security. Log each report, "
            "its receipt number and what followed."), self)
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _make_table(self) -> None:
        self.model = RowsModel([
            ColumnSpec(self.tr("Reported on"), lambda r: formatting.long_date(r.reported_on)),
            ColumnSpec(self.tr("Suspected harm"), lambda r: r.suspected_harm),
            ColumnSpec(self.tr("Police station"), lambda r: r.police_station),
            ColumnSpec(self.tr("Receipt number"), lambda r: r.receipt_number),
            ColumnSpec(self.tr("Follow-up"), lambda r: r.follow_up),
            ColumnSpec(self.tr("Reported by"), lambda r: r.reported_by_name),
        ], self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_report())

    def refresh(self) -> None:
        self.model.set_rows(self.services.mandatory_reports.for_case(self.case_id))

    def add_report(self) -> ReportDialog:
        return self._open(None)

    def edit_report(self) -> ReportDialog | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._open(self.model.row(index.row()))

    def _open(self, report: MandatoryReportView | None) -> ReportDialog:
        self.dialog = ReportDialog(self.services, self.case_id, report, self)
        self.dialog.accepted.connect(lambda: self.events.report_saved.emit(self.case_id))
        self.dialog.open()
        return self.dialog
