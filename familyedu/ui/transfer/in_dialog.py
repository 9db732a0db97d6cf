"""接收移交…: read a transfer file's summary first, then take the case in under this
center's number, for the counselor chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.models import Role
from familyedu.security.transfer_file import SUFFIX
from familyedu.services import Services
from familyedu.services.casework.transfer.dto import TransferSummary
from familyedu.ui import file_dialogs, labels
from familyedu.ui.background import run_off_thread
from familyedu.ui.events import AppEvents
from familyedu.ui.service_errors import error_text


class TransferInDialog(QDialog):
    """Nothing is written until the user has read the summary and pressed Receive."""

    def __init__(self, services: Services, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_in_dialog")
        self.setWindowTitle(self.tr("Receive a transferred case"))
        self.services, self.events = services, events
        self.transfers = services.transfers
        self.summary: TransferSummary | None = None
        self.case_id: int | None = None
        intro = QLabel(self.tr(
            "Choose the file the sending center gave you and type the password they told you "
            "by another channel. Its summary is shown first: nothing is written until you "
            "press Receive the case."), self)
        intro.setWordWrap(True)
        form = self._build_file_form()
        self._build_counselors()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("receive_summary")
        self.summary_label.setWordWrap(True)
        self.not_duplicate = QCheckBox(self.tr(
            "I checked: this is not the child already registered here"), self)
        self.not_duplicate.setObjectName("receive_not_duplicate")
        self.not_duplicate.hide()
        self._build_buttons()
        # One form, so the counselor's row lines up with the file's rows.
        form.addRow(self.summary_label)
        form.addRow(self.tr("Case goes to:"), self.counselor_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.not_duplicate)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def _build_file_form(self) -> QFormLayout:
        """The file, its password and the button that reads its summary."""
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("receive_path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("receive_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.read_button = QPushButton(self.tr("&Read the file"), self)
        self.read_button.setObjectName("receive_read")
        self.read_button.clicked.connect(self._read)
        form = QFormLayout()
        form.addRow(self.tr("Transfer file:"), path_row)
        form.addRow(self.tr("Transfer password:"), self.password_edit)
        read_row = QHBoxLayout()  # a button the width of its words, not of the form
        read_row.addWidget(self.read_button)
        read_row.addStretch(1)
        form.addRow("", read_row)
        return form

    def _build_counselors(self) -> None:
        """A supervisor gives the case to any counselor; a counselor takes it in."""
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.setObjectName("receive_counselor")
        actor = self.services.actor
        for user in self.services.cases.counselors():
            if actor.role is Role.SUPERVISOR or user.id == actor.user_id:
                self.counselor_combo.addItem(user.display_name, user.id)
        self.counselor_combo.setCurrentIndex(max(0, self.counselor_combo.findData(
            actor.user_id)))

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.receive_button = self.buttons.addButton(
            self.tr("Receive the case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setObjectName("receive_ok")
        self.receive_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._receive)
        self.buttons.rejected.connect(self.reject)

    def _choose(self) -> None:
        chosen = file_dialogs.open_path(
            self, self.tr("Choose the transfer file"),
            self.tr("Transfer files (*{suffix})").format(suffix=SUFFIX))
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _data(self) -> bytes | None:
        try:
            return Path(self.path_edit.text().strip()).read_bytes()
        except OSError:
            self.summary_label.setText(self.tr("The file cannot be read."))
            return None

    def _read(self) -> None:
        data = self._data()
        if data is None:
            return
        self.read_button.setEnabled(False)
        self.receive_button.setEnabled(False)
        password, transfers = self.password_edit.text(), self.transfers
        # Runs in a pool thread: plain values and the service only, never the dialog.
        run_off_thread(lambda: transfers.summary(data, password), self._show,
                          self._failed)

    def _show(self, summary: TransferSummary) -> None:
        self.summary = summary
        self.read_button.setEnabled(True)
        hours = (self.tr("{done} of {required} hours").format(
            done=f"{summary.hours_done:g}", required=f"{summary.hours_required:g}")
            if summary.hours_required else self.tr("{done} hours").format(
            done=f"{summary.hours_done:g}"))
        lines = [
            self.tr("From {center} (their case {number}), sent {when} by {who}.").format(
                center=summary.from_center, number=summary.case_number,
                when=summary.sent_at.strftime("%Y-%m-%d %H:%M"), who=summary.sent_by),
            self.tr("{name}, born {born}; order: {order}, {hours}.").format(
                name=summary.minor_name, born=summary.date_of_birth.isoformat(),
                order=labels.order_type(summary.order_type), hours=hours),
            self.tr("{guardians} guardian(s), {plans} plan revision(s), {sessions} "
                    "session(s), {reports} mandatory report(s), {letters} letter(s).").format(
                guardians=summary.guardians, plans=summary.plans, sessions=summary.sessions,
                reports=summary.reports, letters=summary.letters),
        ]
        if summary.sealed:
            lines.append(self.tr("This is a sealed record."))
        if summary.known_case_number:
            lines.append(self.tr("This child's ID number is registered here already (case "
                                 "{number}): the file cannot be received.").format(
                number=summary.known_case_number))
        for c in summary.duplicates:
            lines.append(self.tr("Possibly registered here already: {name}, born {born}.")
                         .format(name=c.name, born=c.date_of_birth))
        self.summary_label.setText("\n".join(lines))
        self.not_duplicate.setVisible(bool(summary.duplicates))
        self.receive_button.setEnabled(not summary.known_case_number)

    def _receive(self) -> None:
        data = self._data()
        if data is None or self.summary is None:
            return
        if self.summary.duplicates and not self.not_duplicate.isChecked():
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Check the possible duplicates first, then tick the box."))
            return
        self.receive_button.setEnabled(False)
        password = self.password_edit.text()
        counselor = self.counselor_combo.currentData()
        confirm, transfers = self.not_duplicate.isChecked(), self.transfers
        run_off_thread(lambda: transfers.receive(
            data, password, counselor_id=int(counselor) if counselor is not None else None,
            confirm_not_duplicate=confirm), self._received, self._failed)

    def _received(self, case_id: int) -> None:
        self.case_id = case_id
        self.events.case_saved.emit(case_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.receive_button.setEnabled(self.summary is not None
                                       and not self.summary.known_case_number)
        self.summary_label.setText(error_text(exc))
