"""The case's sessions: the list with no-shows marked and counted, logging and editing."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import Attendance
from familyedu.services import Services
from familyedu.services.casework.dto import CaseView, SessionView
from familyedu.ui import formatting, labels
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.punctuation import listing
from familyedu.ui.forms.rows_model import ColumnSpec, RowsModel
from familyedu.ui.forms.saving import run_save
from familyedu.ui.workspace.session_dialog import SessionDialog

NO_SHOW_COLOUR = QColor("#c62828")


class SessionColumn(IntEnum):
    WHEN = 0
    MODE = 1
    DURATION = 2
    ATTENDANCE = 3
    WHO = 4
    COUNSELOR = 5


class SessionsTab(QWidget):
    def __init__(self, services: Services, events: AppEvents, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.case = case
        self.dialog: SessionDialog | None = None
        # A case received from another center: sessions held before it arrived are theirs.
        self.origin = services.transfers.origin(case.id)
        self._make_table()
        buttons = self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh(case)

    def _make_table(self) -> None:
        self.model = RowsModel([
            ColumnSpec(self.tr("Date and time"), lambda s: formatting.date_time(s.held_at)),
            ColumnSpec(self.tr("Mode"), lambda s: labels.session_mode(s.mode)),
            ColumnSpec(self.tr("Duration"), self._duration, align_right=True),
            ColumnSpec(self.tr("Attendance"), self._attendance),
            ColumnSpec(self.tr("Who came"), self._who),
            ColumnSpec(self.tr("Counselor"), self._counselor),
        ], self, colour=lambda s: NO_SHOW_COLOUR if s.attendance is Attendance.NO_SHOW else None)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionColumn.WHO, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_session())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())

    def _make_buttons(self) -> QHBoxLayout:
        """Log, edit, followed up; the session counts at the right of their row."""
        self.log_button = QPushButton(self.tr("Log session…"), self)
        self.log_button.setToolTip(self.tr("Log a session (Ctrl+L)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.followed_up_button = QPushButton(self.tr("No-show followed up"), self)
        self.followed_up_button.setToolTip(self.tr(
            "The family was contacted after the missed session; it leaves the dashboard."))
        self.log_button.clicked.connect(self.log_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.followed_up_button.clicked.connect(self.mark_followed_up)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        shortcut.activated.connect(self.log_session)
        self.summary = QLabel(self)
        self.summary.setObjectName("sessions_summary")
        self.no_shows = QLabel(self)
        self.no_shows.setObjectName("no_shows")

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.followed_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        buttons.addSpacing(12)
        buttons.addWidget(self.no_shows)
        return buttons

    def _counselor(self, s: SessionView) -> str:
        if self.origin is not None and s.held_at < self.origin.received_at:
            return self.tr("%1 (before the transfer)").replace("%1", self.origin.from_center)
        return s.counselor_name

    def _duration(self, s: SessionView) -> str:
        if s.attendance is not Attendance.ATTENDED:
            return ""
        return self.tr("%n min", "", s.duration_minutes)

    def _attendance(self, s: SessionView) -> str:
        text = labels.attendance(s.attendance)
        if s.attendance is Attendance.NO_SHOW:
            text += " · " + (self.tr("followed up") if s.followed_up else self.tr("to follow up"))
        return text

    def _who(self, s: SessionView) -> str:
        names = list(s.guardian_names)
        if s.minor_attended:
            names.append(self.case.minor.name)
        return listing(names)

    def refresh(self, case: CaseView) -> None:
        self.case = case
        sessions = self.services.sessions.for_case(case.id)
        self.model.set_rows(sessions)
        missed = [s for s in sessions if s.attendance is Attendance.NO_SHOW]
        open_missed = sum(1 for s in missed if not s.followed_up)
        attended = sum(1 for s in sessions if s.attendance is Attendance.ATTENDED)
        self.summary.setText(self.tr("Sessions held: %1 · Hours: %2").replace(
            "%1", str(attended)).replace("%2", formatting.hours(case.progress.hours_done)))
        text = self.tr("No-shows: %1").replace("%1", str(len(missed)))
        if open_missed:
            text += " " + self.tr("(%n to follow up)", "", open_missed)
        self.no_shows.setText(text)
        # Only a missed session is a warning; "No-shows: 0" reads as plain good news.
        self.no_shows.setStyleSheet(
            f"color: {NO_SHOW_COLOUR.name()}; font-weight: bold;" if missed else "")
        self._update_buttons()

    def selected(self) -> SessionView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        session: SessionView = self.model.row(index.row())
        return session

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.followed_up_button.setEnabled(
            chosen is not None and chosen.attendance is Attendance.NO_SHOW
            and not chosen.followed_up)

    def log_session(self) -> SessionDialog:
        return self._open(None)

    def edit_session(self) -> SessionDialog | None:
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    def _open(self, session: SessionView | None) -> SessionDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self.dialog = SessionDialog(self.services, self.events, self.case, session, self)
        self.dialog.open()
        return self.dialog

    def mark_followed_up(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ok, _none = run_save(self, lambda: self.services.sessions.mark_followed_up(chosen.id))
        if ok:
            self.events.session_logged.emit(self.case.id)
