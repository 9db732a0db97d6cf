"""移交其他中心…: seal the case for the receiving center and close it here as transferred."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
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

from familyedu.errors import ValidationError
from familyedu.security import crypto
from familyedu.security.transfer_file import SUFFIX
from familyedu.services import Services
from familyedu.services.casework.dto import CaseView
from familyedu.services.casework.transfer.dto import SentTransfer
from familyedu.ui import file_dialogs
from familyedu.ui.background import run_off_thread
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.punctuation import labelled
from familyedu.ui.service_errors import error_text, field_error_text


class TransferOutDialog(QDialog):
    """Asks for the receiving center, the file and the password agreed with that center."""

    def __init__(self, services: Services, events: AppEvents, case: CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_out_dialog")
        self.setWindowTitle(self.tr("Transfer to another center"))
        self.services, self.events, self.case = services, events, case
        self.sent: SentTransfer | None = None
        intro = QLabel(self.tr(
            "The case of {name} ({number}) is written, with its history and issued letters, "
            "into one encrypted file for the receiving center, and closed here as "
            "transferred. Give the password to the receiving center by another channel "
            "(telephone), never with the file.").format(name=case.minor.name,
                                                        number=case.case_number), self)
        intro.setWordWrap(True)
        form = self._build_form(case)
        self.problem = QLabel(self)
        self.problem.setObjectName("transfer_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b3261e; }")
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _build_form(self, case: CaseView) -> QFormLayout:
        """Receiving center, file, password twice and, for a sealed record, the reason."""
        self.center_edit = QLineEdit(self)
        self.center_edit.setObjectName("transfer_center")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("transfer_path")
        self.path_edit.setText(str(file_dialogs.start_folder() / f"{case.case_number}{SUFFIX}"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("transfer_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("transfer_password_again")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("transfer_sealed_reason")
        form = QFormLayout()
        form.addRow(self.tr("Receiving center:"), self.center_edit)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Transfer password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        if case.minor.sealed:
            form.addRow(self.tr("Why a sealed record is transferred:"), self.reason_edit)
        else:
            self.reason_edit.hide()  # not in the layout: it would sit over the intro
        return form

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Transfer and close the case"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("transfer_ok")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._transfer)
        self.buttons.rejected.connect(self.reject)

    def _choose(self) -> None:
        chosen = file_dialogs.save_path(
            self, self.tr("Save the transfer file"),
            Path(self.path_edit.text().strip()).name or f"{self.case.case_number}{SUFFIX}",
            self.tr("Transfer files (*{suffix})").format(suffix=SUFFIX))
        if chosen is not None:
            name = str(chosen)
            self.path_edit.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def _transfer(self) -> None:
        path = Path(self.path_edit.text().strip())
        if self.password_edit.text() != self.again_edit.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        if not self.path_edit.text().strip() or not path.parent.is_dir():
            self.problem.setText(self.tr("Choose a file in an existing folder."))
            return
        if path.exists():
            self.problem.setText(self.tr("This file exists already: choose another name."))
            return
        self.problem.clear()
        self.ok_button.setEnabled(False)
        transfers = self.services.transfers
        case_id, center = self.case.id, self.center_edit.text()
        password, reason = self.password_edit.text(), self.reason_edit.text() or None
        run_off_thread(lambda: transfers.send(
            case_id, to_center=center, password=password, sealed_reason=reason,
            write=lambda data: crypto.write_atomically(path, data)), self._done, self._failed)

    def _done(self, sent: SentTransfer) -> None:
        self.sent = sent
        self.events.case_saved.emit(self.case.id)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The case was written to {file} and is closed here as transferred to {center}. "
            "Check value for the receiving center: {digest}").format(
            file=self.path_edit.text(), center=sent.to_center, digest=sent.sha256[:16]))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            names = {"to_center": self.tr("Receiving center"),
                     "password": self.tr("Transfer password"),
                     "sealed_reason": self.tr("Why a sealed record is transferred")}
            self.problem.setText("\n".join(
                labelled(names.get(e.field, e.field), field_error_text(e)) for e in exc.errors))
        else:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
