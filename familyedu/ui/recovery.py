"""The recovery code on the desktop: shown once after first start (Save…, Print…), and used
from the sign-in window when the administrator's password is forgotten.

Both call familyedu.services.admin.recovery, as `familyedu-admin init-db` and `recover` do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.security import private_files
from familyedu.services.admin import recovery

RecoverFn = Callable[[str, str, str], None]  # (administrator, code, new password)

if TYPE_CHECKING:
    from familyedu.startup import SignedIn


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class RecoveryCodeDialog(QDialog):
    """The new recovery code, shown once: save it as a sheet or print it, then lock it away.

    Close is enabled once the sheet was saved or printed, or the user says it is written down.
    """

    def __init__(self, code: str, *, center_name: str, database: Path | str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.sheet = recovery.sheet_text(center_name=center_name, database=database,
                                         code=code, made=datetime.now())
        self._database = Path(database) if database else None
        self.setWindowTitle(self.tr("Recovery code — familyedu"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "This code replaces a forgotten administrator password. It is shown only now. "
            "Save or print the recovery sheet and lock it away; delete any saved copy once "
            "it is printed. Whoever holds it and a copy of the database can read everything. "
            "If the administrator's password and this code are both lost, the data is lost."),
            self)
        intro.setWordWrap(True)
        shown = self._code_label(code)
        self.status = QLabel(self)
        self.status.setObjectName("recovery_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.error = _error_label(self, "recovery_error")
        self.written_down = QCheckBox(self.tr("I have written the code down"), self)
        self.written_down.setObjectName("written_down")
        self._build_buttons()
        self.written_down.toggled.connect(self._update_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.written_down)
        layout.addWidget(self.buttons)
        self._kept = False

    def _code_label(self, code: str) -> QLabel:
        """The code itself, large, in a fixed font, selectable."""
        shown = QLabel(code, self)
        shown.setObjectName("recovery_code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return shown

    def _build_buttons(self) -> None:
        """Save…, Print… and Close, which stays disabled until the code is kept."""
        self.buttons = QDialogButtonBox(self)
        save = QPushButton(self.tr("Save…"), self)
        save.setObjectName("save_sheet")
        save.clicked.connect(self._save)
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.setObjectName("print_sheet")
        print_button.clicked.connect(self._print)
        self.buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close_sheet")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)

    def _update_close(self) -> None:
        self.close_button.setEnabled(self._kept or self.written_down.isChecked())

    def reject(self) -> None:
        # Escape or the window's close box must not lose a code nobody has kept.
        if self._kept or self.written_down.isChecked():
            super().reject()

    def save_to(self, path: Path) -> bool:
        """Write the sheet to `path` (owner-only); False with the reason shown if it failed."""
        from familyedu.ui.service_errors import error_text

        self.error.hide()
        try:
            private_files.refuse_database_files(path, self._database)
            recovery.write_sheet(path, self.sheet)
        except (OSError, private_files.ProtectedFile) as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.status.setText(self.tr("Recovery sheet saved to {path}. Print it, lock it away "
                                    "and delete the file.").format(path=path))
        self.status.show()
        self._kept = True
        self._update_close()
        return True

    def _save(self) -> None:
        from familyedu.ui.file_dialogs import save_path

        path = save_path(self, self.tr("Save the recovery sheet"),
                         "familyedu-recovery-sheet.txt", self.tr("Text files (*.txt)"))
        if path is not None:
            self.save_to(path)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument(self)
        document.setPlainText(self.sheet)
        document.print_(printer)
        self.status.setText(self.tr("Recovery sheet sent to the printer."))
        self.status.show()
        self._kept = True
        self._update_close()


class RecoverPasswordDialog(QDialog):
    """Forgot the administrator password: the recovery code sets a new one."""

    def __init__(self, recover: RecoverFn, *, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self.setWindowTitle(self.tr("New administrator password — familyedu"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr(
            "Type the code from the recovery sheet made when familyedu was set up (or made "
            "later by an administrator), and a new password for the administrator."), self)
        intro.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.username.setObjectName("recovery_username")
        self.code = QLineEdit(self)
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("new_password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Administrator's user name"), self.username)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("New password again"), self.again)
        self.error = _error_label(self, "recovery_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set the new password"))
        ok.setObjectName("recover_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.code if username else self.username).setFocus()

    def _refusal(self, exc: recovery.RecoveryFailed) -> str:
        if exc.reason == "wrong_code":
            return self.tr("The recovery code is not right. Nothing was changed.")
        if exc.reason == "locked":
            return self.tr("Too many wrong recovery codes. Try again in {n} seconds."
                           ).format(n=exc.retry_after_seconds)
        if exc.reason == "not_admin":
            return self.tr("{user} is not an active administrator of this database. Nothing "
                           "was changed.").format(user=self.username.text().strip())
        if exc.reason == "no_code":
            return self.tr("This database has no recovery code, so the password cannot be "
                           "replaced this way. Another administrator can reset it.")
        return self.tr("This database has no key file and so no recovery code. Another "
                       "administrator resets the password in Administration; without one, "
                       "the database server's administrator does.")

    def accept(self) -> None:
        from familyedu.errors import DatabaseError, ValidationError
        from familyedu.ui.service_errors import error_text

        self.error.hide()
        if self.new_password.text() != self.again.text():
            self._fail(self.tr("The two passwords differ."), self.again)
            return
        try:
            self._recover(self.username.text(), self.code.text(), self.new_password.text())
        except recovery.RecoveryFailed as exc:
            self._fail(self._refusal(exc), self.code)
            return
        except ValidationError as exc:
            self._fail(error_text(exc), self.new_password)
            return
        except (DatabaseError, OSError) as exc:
            self._fail(error_text(exc), self.code)
            return
        super().accept()

    def _fail(self, text: str, focus: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        focus.setFocus()


def show_new_code(signed: SignedIn, parent: QWidget | None = None) -> None:
    """After first start: the code made by setup, shown once (nothing for PostgreSQL)."""
    if signed.recovery_code is None:
        return
    center = signed.services().center.get().name
    RecoveryCodeDialog(signed.recovery_code, center_name=center,
                       database=signed.database_file, parent=parent).exec()
