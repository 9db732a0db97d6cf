"""A case's workspace: a header saying whose case it is, and a tab for each part of the work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import DatabaseError, ServiceError
from familyedu.models.enums import CaseStatus, OrderType
from familyedu.services import Services
from familyedu.services.casework.dto import CaseView
from familyedu.ui import labels
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.saving import ask_unsaved
from familyedu.ui.forms.widgets import Vocab, banner
from familyedu.ui.service_errors import error_text
from familyedu.ui.workspace.history_tab import HistoryTab
from familyedu.ui.workspace.order_tab import OrderTab
from familyedu.ui.workspace.plan_tab import PlanTab
from familyedu.ui.workspace.profile_tab import ProfileTab
from familyedu.ui.workspace.reports_tab import ReportsTab
from familyedu.ui.workspace.sessions_tab import SessionsTab


class CaseWorkspace(QWidget):
    """Built after the shell has opened the case (audited); refreshes on AppEvents."""

    title_changed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, services: Services, events: AppEvents, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.case: CaseView = services.cases.get(case_id)
        vocab = Vocab(services)

        # Made in the order they stand, which is the order Tab takes.
        header = self._make_header()
        self.gone = banner(self, colour="#ffebee", border="#c62828")
        self._make_tabs(vocab)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.gone)
        layout.addWidget(self.tabs, 1)
        self._watch()
        self._show_header()

    def _make_header(self) -> QHBoxLayout:
        """The case number and who it is about, then Print, Transfer and Reload."""
        self.number_label = QLabel(self)
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.number_label.setFont(font)
        self.details_label = QLabel(self)
        self.sealed_label = QLabel(self.tr("Sealed record"), self)
        self.sealed_label.setStyleSheet(
            "QLabel { color: white; background: #8e24aa; border-radius: 3px; padding: 2px 6px; }")
        self.sealed_label.setToolTip(self.tr(
            "A sealed criminal record: the identity is shown only to those entitled, and every "
            "opening is recorded with its reason."))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("print_button")
        self.print_button.setToolTip(self.tr(
            "Issue a letter, report or the plan for this case as a PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_current)
        self.transfer_button = QPushButton(self.tr("Transfer…"), self)
        self.transfer_button.setObjectName("transfer_button")
        self.transfer_button.setToolTip(self.tr(
            "Transfer to another center: the case and its history in one encrypted file"))
        self.transfer_button.clicked.connect(self.transfer_out)
        self.refresh_button = QPushButton(self.tr("Reload"), self)
        self.refresh_button.setToolTip(self.tr("Show what others saved meanwhile (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addWidget(self.sealed_label)
        header.addSpacing(12)
        header.addWidget(self.details_label, 1)
        header.addWidget(self.print_button)
        header.addWidget(self.transfer_button)
        header.addWidget(self.refresh_button)
        return header

    def _make_tabs(self, vocab: Vocab) -> None:
        # The tabs' bar is made before the tabs so that Tab reaches it first.
        services, events = self.services, self.events
        self.tabs = QTabWidget(self)
        self.profile = ProfileTab(services, events, vocab, self.case, self)
        self.order = OrderTab(services, events, vocab, self.case, self)
        self.plan = PlanTab(services, events, vocab, self.case.id, self)
        self.sessions = SessionsTab(services, events, self.case, self)
        self.reports = ReportsTab(services, events, self.case.id, self)
        self.history = HistoryTab(services, vocab, self.case.id, self)
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.order, self.tr("Referral and order"))
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.reports, self.tr("Mandatory reports"))
        self.tabs.addTab(self.history, self.tr("History"))
        # Alt+1… open the tabs from the keyboard, wherever the focus is in the case.
        for index in range(self.tabs.count()):
            keys = QKeySequence(f"Alt+{index + 1}")
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda i=index: self._show_tab(i))
            self.tabs.setTabToolTip(index, keys.toString(QKeySequence.SequenceFormat.NativeText))

    def _watch(self) -> None:
        """Unsaved edits in any tab, and what others save about this case."""
        for tracker in (self.profile.form.fields.tracker, self.order.form.fields.tracker,
                        self.plan.editor.tracker):
            tracker.changed.connect(lambda _d: self.dirty_changed.emit(
                self.has_unsaved_changes()))
        for signal in (self.events.case_saved, self.events.minor_saved,
                       self.events.plan_saved, self.events.session_logged,
                       self.events.report_saved):
            signal.connect(self._on_event)

    # -- public API -----------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        return self.case.id

    def title(self) -> str:
        return f"{self.case.case_number} {self.case.minor.name}"

    def has_unsaved_changes(self) -> bool:
        return any(tab.is_dirty() for tab in (self.profile, self.order, self.plan))

    def save(self) -> bool:
        """Save the form of the tab being shown (Ctrl+S); True if nothing is left unsaved."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, ProfileTab | OrderTab | PlanTab) and tab.is_dirty():
            return tab.save()
        return True

    def print_current(self) -> None:
        """Ctrl+P: choose a document for this case, preview it, issue and print it."""
        from familyedu.ui.letters import IssueLetterDialog

        dialog = IssueLetterDialog(self.services, self.events, self.case.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def maybe_close(self) -> bool:
        """Ask Save / Discard / Cancel when something is unsaved; True if it may close."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Discard:
            self.plan.drafts.finish()
            return True
        if answer != QMessageBox.StandardButton.Save:
            return False
        for tab in (self.profile, self.order, self.plan):
            if tab.is_dirty() and not tab.save():
                self.tabs.setCurrentWidget(tab)
                return False
        return True

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.tabBar().setFocus()  # Tab goes on into the page, arrows to the next tab

    def refresh(self) -> None:
        """Fetch the case again; forms with unsaved edits keep them."""
        try:
            case = self.services.cases.get(self.case.id)
        except (ServiceError, DatabaseError) as exc:
            self.gone.setText(error_text(exc))
            self.gone.setVisible(True)
            return
        self.gone.setVisible(False)
        old_title = self.title()
        self.case = case
        self.profile.load(case)
        self.order.load(case)
        self.plan.reload(keep_edits=True)
        self.sessions.refresh(case)
        self.reports.refresh()
        self.history.refresh()
        self._show_header()
        if self.title() != old_title:
            self.title_changed.emit(self.title())

    def transfer_out(self) -> None:
        """移交其他中心…: the case sealed in a file for the receiving center."""
        from familyedu.ui.transfer import TransferOutDialog

        TransferOutDialog(self.services, self.events, self.case, self).exec()

    # -- inside -------------------------------------------------------------------------

    def _on_event(self, case_id: int) -> None:
        if case_id == self.case.id:
            self.refresh()

    def _show_header(self) -> None:
        case = self.case
        minor = case.minor
        self.number_label.setText(self.title())
        parts = [
            self.tr("%n year(s) old", "", minor.age),
            labels.gender(minor.gender),
            labels.case_status(case.status),
            self.tr("Risk: %1").replace("%1", labels.risk(minor.risk_level)),
            self.tr("Counselor: %1").replace("%1", case.counselor_name),
        ]
        if case.order_type is not OrderType.NONE:
            parts.append(labels.order_type(case.order_type))
        origin = self.services.transfers.origin(case.id)
        if origin is not None:  # the history before it arrived is the sending center's
            parts.append(self.tr("Transferred from %1 (their case %2) on %3")
                         .replace("%1", origin.from_center)
                         .replace("%2", origin.from_case_number)
                         .replace("%3", origin.received_at.date().isoformat()))
        self.details_label.setText(" · ".join(parts))
        self.sealed_label.setVisible(minor.sealed)
        self.transfer_button.setVisible(case.status is CaseStatus.OPEN)
        sessions = len(self.sessions.model.rows())
        self.tabs.setTabText(self.tabs.indexOf(self.sessions),
                             self.tr("Sessions (%1)").replace("%1", str(sessions)))
