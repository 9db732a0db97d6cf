"""The referral and the order: its terms, the hours done against them, closing and reassigning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import CaseStatus
from familyedu.services import Services
from familyedu.services.casework.dto import CaseProgress, CaseView
from familyedu.ui import formatting, labels
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.form_tab import FormTab
from familyedu.ui.forms.saving import run_save
from familyedu.ui.forms.widgets import Vocab, banner
from familyedu.ui.workspace.case_form import CaseForm, case_values
from familyedu.ui.workspace.small_dialogs import CloseCaseDialog

# The bar counts tenths of an hour so that 7.5 of 20 hours shows as such.
BAR_SCALE = 10


class OrderTab(FormTab[CaseView]):
    def __init__(self, services: Services, events: AppEvents, vocab: Vocab, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, events, case, parent)
        self.dialog: QDialog | None = None

        self.form = CaseForm(vocab, self, clock=services.ctx.now)
        self._setup_form(self.form.fields, self.tr("Save"), self.tr("Discard changes"))

        # Made in the order they stand, which is the order Tab takes.
        grid = self._make_figures()
        supervisor = services.actor.is_supervisor
        self._make_case_controls(supervisor)
        body = QVBoxLayout()
        body.addWidget(self._progress_box(grid))
        body.addWidget(self._terms_box())
        body.addWidget(self._case_box(supervisor))
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scrolling(body))
        self.load(case)

    def _make_figures(self) -> QGridLayout:
        """The progress bar, the warning and the figures (laid out two a row)."""
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setMinimumWidth(320)
        self.warning = banner(self)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        rows = [("hours", self.tr("Hours done")), ("sessions", self.tr("Sessions attended")),
                ("missed", self.tr("No-shows")), ("rate", self.tr("Attendance")),
                ("due", self.tr("Deadline")), ("next", self.tr("Next session due")),
                ("review", self.tr("Next plan review"))]
        for number, (key, text) in enumerate(rows):
            value = QLabel(self)
            value.setObjectName(f"figure_{key}")
            self.figures[key] = value
            grid.addWidget(QLabel(text, self), number // 2, (number % 2) * 2)
            grid.addWidget(value, number // 2, (number % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _make_case_controls(self, supervisor: bool) -> None:
        self.status_label = QLabel(self)
        self.close_button = QPushButton(self.tr("Close case…"), self)
        self.reopen_button = QPushButton(self.tr("Reopen case"), self)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen_case)
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.setAccessibleName(self.tr("Reassign to counselor"))
        self.reassign_button = QPushButton(self.tr("Reassign"), self)
        self.reassign_button.clicked.connect(self.reassign)
        # Supervisors seal a record (a court's decision) and unseal it, with a reason.
        self.seal_button = QPushButton(self)
        self.seal_button.clicked.connect(self.toggle_seal)
        if supervisor:
            for user in self.services.cases.counselors():
                self.counselor_combo.addItem(user.display_name, user.id)

    def _progress_box(self, grid: QGridLayout) -> QGroupBox:
        box = QGroupBox(self.tr("Progress against the order"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(self.progress_bar)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        return box

    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Referral and order"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(self.form)
        layout.addWidget(self.general)
        layout.addLayout(self.save_row())
        return box

    def _case_box(self, supervisor: bool) -> QGroupBox:
        """Status, close or reopen; a supervisor also reassigns and seals."""
        box = QGroupBox(self.tr("The case"), self)
        row = QHBoxLayout(box)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        if supervisor:
            row.addSpacing(16)
            row.addWidget(QLabel(self.tr("Counselor"), self))
            row.addWidget(self.counselor_combo)
            row.addWidget(self.reassign_button)
            row.addSpacing(16)
            row.addWidget(self.seal_button)
        else:
            self.counselor_combo.hide()
            self.reassign_button.hide()
            self.seal_button.hide()
        return box

    def _scrolling(self, body: QVBoxLayout) -> QScrollArea:
        """Scrolls when the screen is short (1366×768 at 150 %, larger text), so the window
        never grows past it."""
        holder = QWidget(self)
        holder.setLayout(body)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(holder)
        # Not a Tab stop: its fields are, and it scrolls to the one with the focus.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

    @property
    def case(self) -> CaseView:
        """The saved version of the case the form's edit started from."""
        return self.record

    # -- showing ------------------------------------------------------------------------

    def load(self, case: CaseView) -> None:
        """Progress always refreshes; the terms only if that cannot lose the user's edit."""
        taken = self._take(case)
        self._show_progress(case)
        if taken:
            self._dirty_changed(self.is_dirty())

    def _show_progress(self, case: CaseView) -> None:
        p = case.progress
        self._show_figures(case, self._show_bar(p))
        warnings = self._warnings(p)
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._show_case(case)

    def _show_bar(self, p: CaseProgress) -> str:
        """Hours against the order's hours, else sessions against its sessions; returns the
        figures' text."""
        if p.hours_required:
            self.progress_bar.setRange(0, round(p.hours_required * BAR_SCALE))
            self.progress_bar.setValue(round(min(p.hours_done, p.hours_required)
                                                 * BAR_SCALE))
        elif p.sessions_required:
            self.progress_bar.setRange(0, p.sessions_required)
            self.progress_bar.setValue(min(p.sessions_attended, p.sessions_required))
        else:
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
        text = formatting.hours_progress(p.hours_done, p.hours_required, p.sessions_attended,
                                         p.sessions_required)
        self.progress_bar.setFormat(text if (p.hours_required or p.sessions_required)
                                    else self.tr("No order: %1 done").replace("%1", text))
        return text

    def _show_figures(self, case: CaseView, text: str) -> None:
        p = case.progress
        self.figures["hours"].setText(text if p.hours_required else
                                      self.tr("%1 h").replace("%1", formatting.hours(
                                          p.hours_done)))
        required = f" / {p.sessions_required}" if p.sessions_required else ""
        self.figures["sessions"].setText(f"{p.sessions_attended}{required}")
        self.figures["missed"].setText(str(p.sessions_missed))
        self.figures["rate"].setText(f"{p.attendance_rate:.0%}" if p.attendance_rate is not None
                                     else "—")
        due = formatting.long_date(p.due_on) if p.due_on else "—"
        if p.days_left is not None and case.status is CaseStatus.OPEN:
            due += " " + (self.tr("(%n day(s) left)", "", p.days_left) if p.days_left >= 0
                          else self.tr("(%n day(s) late)", "", -p.days_left))
        self.figures["due"].setText(due)
        self.figures["next"].setText(formatting.long_date(p.next_session_due) or "—")
        self.figures["review"].setText(formatting.long_date(p.next_review_due) or "—")

    def _show_case(self, case: CaseView) -> None:
        """The case's status line and the buttons it allows."""
        closed = case.status is CaseStatus.CLOSED
        status = labels.case_status(case.status)
        if closed:
            status += " · " + formatting.long_date(case.closed_on)
            if case.closure_outcome:
                status += " · " + labels.closure_outcome(case.closure_outcome)
        self.status_label.setText(self.tr("Status: %1 · Counselor: %2").replace("%1", status)
                                  .replace("%2", case.counselor_name))
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        index = self.counselor_combo.findData(case.assigned_counselor_id)
        if index >= 0:
            self.counselor_combo.setCurrentIndex(index)
        self.seal_button.setText(self.tr("Unseal record…") if case.minor.sealed
                                 else self.tr("Seal record…"))

    def _warnings(self, p: CaseProgress) -> list[str]:
        out = []
        if p.overdue:
            out.append(self.tr("The order's deadline has passed and it is not fulfilled."))
        elif p.deadline_near:
            out.append(self.tr("The order's deadline is near and hours are still missing."))
        if p.pace_warning:
            out.append(self.tr("At the pace so far the order cannot be finished by its "
                               "deadline: plan more or longer sessions."))
        if p.review_overdue:
            out.append(self.tr("The plan's review is overdue."))
        return out

    # -- the form's record (FormTab) ----------------------------------------------------

    def _values(self, record: CaseView) -> object:
        return case_values(record)

    def _load_form(self, record: CaseView) -> None:
        self.form.load(record)

    def _save_call(self, record: CaseView) -> Callable[[], CaseView]:
        data = self.form.case_input()
        return lambda: self.services.cases.update(record.id, record.version, data)

    def _fetch(self, record: CaseView) -> CaseView:
        return self.services.cases.get(record.id)

    def _show_record(self, record: CaseView) -> None:
        self._show_progress(record)

    def _saved(self, record: CaseView) -> None:
        self.events.case_saved.emit(record.id)

    # -- the case -----------------------------------------------------------------------

    def close_case(self) -> None:
        if self.is_dirty() and not self.save():
            return
        dialog = CloseCaseDialog(self.services, self.case, self)
        dialog.accepted.connect(lambda: self.events.case_saved.emit(self.case.id))
        self.dialog = dialog
        dialog.open()

    def reopen_case(self) -> None:
        if QMessageBox.question(self, self.tr("Reopen case"), self.tr(
                "Reopen case %1?").replace("%1", self.case.case_number)) \
                != QMessageBox.StandardButton.Yes:
            return
        case = self.case
        ok, _none = run_save(self, lambda: self.services.cases.reopen(case.id, case.version))
        if ok:
            self.events.case_saved.emit(case.id)

    def toggle_seal(self) -> None:
        sealing = not self.case.minor.sealed
        if sealing:
            title = self.tr("Seal record")
            prompt = self.tr("Sealing hides this child's record from counselors and keeps its "
                             "identifying details encrypted for supervisors only.\n"
                             "Reason (for example the court's decision and its number):")
        else:
            title = self.tr("Unseal record")
            prompt = self.tr("Reason for unsealing:")
        reason, chosen = QInputDialog.getText(self, title, prompt)
        if not chosen or not reason.strip():
            return
        case_id, minor_id = self.case.id, self.case.minor.id
        ok, _none = run_save(self, lambda: self.services.minors.set_sealed(
            minor_id, sealing, reason))
        if ok:
            self.events.case_saved.emit(case_id)

    def reassign(self) -> None:
        counselor_id = self.counselor_combo.currentData()
        if counselor_id is None or counselor_id == self.case.assigned_counselor_id:
            return
        case_id = self.case.id
        ok, _none = run_save(self, lambda: self.services.cases.reassign(case_id, counselor_id))
        if ok:
            self.events.case_saved.emit(case_id)
