"""The recovery code on the desktop: shown once after first start, used from the sign-in
window when the administrator's password is forgotten (SQLite only)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from familyedu import startup
from familyedu.security.keyfile import key_file_path
from familyedu.services.admin import recovery
from familyedu.ui.login import SignInDialog
from familyedu.ui.recovery import RecoverPasswordDialog, RecoveryCodeDialog
from tests.conftest import PASSWORD
from tests.unit.security.conftest import EncryptedCenter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW = "new secret 2026"


def test_the_code_is_shown_once_and_kept_before_closing(qtbot: QtBot,
                                                        encrypted: EncryptedCenter,
                                                        tmp_path: Path) -> None:
    code = encrypted.admin.recovery_code
    assert code is not None
    dialog = RecoveryCodeDialog(code, center_name="测试县家庭教育指导中心",
                                database=encrypted.path)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.findChild(QLabel, "recovery_code")
    assert shown is not None
    assert shown.text() == code
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape does not lose a code nobody has kept
    assert dialog.isVisible()
    # Not over the database's key file.
    keys_before = key_file_path(encrypted.path).read_bytes()
    assert not dialog.save_to(key_file_path(encrypted.path))
    assert dialog.error.isVisible()
    assert key_file_path(encrypted.path).read_bytes() == keys_before
    assert not dialog.close_button.isEnabled()
    sheet = tmp_path / "sheet.txt"
    assert dialog.save_to(sheet)
    text = sheet.read_text(encoding="utf-8")
    assert code in text
    assert "测试县家庭教育指导中心" in text
    assert str(encrypted.path) in text
    if os.name == "posix":
        assert sheet.stat().st_mode & 0o777 == 0o600
    assert "sheet.txt" in dialog.status.text()
    assert dialog.close_button.isEnabled()


def _fill(dialog: RecoverPasswordDialog, qtbot: QtBot, code: str) -> None:
    dialog.code.setText(code)
    dialog.new_password.setText(NEW)
    dialog.again.setText(NEW)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_forgotten_password_replaced_from_the_sign_in_window(qtbot: QtBot,
                                                             encrypted: EncryptedCenter) -> None:
    code = encrypted.admin.recovery_code
    assert code is not None
    db = startup.open_database(encrypted.url)
    encrypted.opened.append(startup.SignedIn(db, encrypted.admin.actor))  # closed afterwards
    dialog = SignInDialog(lambda user, password: startup.sign_in(db, user, password),
                          username="admin")
    dialog.set_recover(recovery.recover_with(db))
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict[str, str] = {}

    def in_the_recovery_dialog() -> None:
        recover = dialog.recover_dialog
        assert recover.username.text() == "admin"
        _fill(recover, qtbot, recovery.new_code())  # a wrong code: said, the dialog stays
        seen["wrong"] = recover.error.text()
        _fill(recover, qtbot, code.lower())

    QTimer.singleShot(0, in_the_recovery_dialog)
    forgot = dialog.findChild(QPushButton, "forgot_password")
    assert forgot is not None
    qtbot.mouseClick(forgot, Qt.MouseButton.LeftButton)
    assert seen["wrong"] == "The recovery code is not right. Nothing was changed."
    assert dialog.notice.isVisible()
    assert "Sign in with the new password" in dialog.notice.text()
    qtbot.keyClicks(dialog.password, PASSWORD)  # the forgotten one no longer works
    dialog.accept()
    assert dialog.signed_in is None
    qtbot.keyClicks(dialog.password, NEW)
    dialog.accept()
    assert dialog.signed_in is not None
    assert dialog.signed_in.actor.username == "admin"


def test_without_a_key_file_the_sign_in_window_says_what_to_do(qtbot: QtBot) -> None:
    dialog = SignInDialog(lambda user, password: pytest.fail("no sign-in here"))
    dialog.set_recover(None)
    qtbot.addWidget(dialog)
    dialog.show()
    forgot = dialog.findChild(QPushButton, "forgot_password")
    assert forgot is not None
    qtbot.mouseClick(forgot, Qt.MouseButton.LeftButton)
    assert "Another administrator resets the password" in dialog.error.text()
