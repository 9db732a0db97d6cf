"""The center's phone and address, asked at first start: every letter prints them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from familyedu import startup
from familyedu.db import Database
from familyedu.ui.login import SetupDialog


def type_chinese(edit: QLineEdit, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    edit.setFocus()
    QApplication.sendEvent(edit, event)


def test_first_start_asks_the_centers_phone_and_address(
        qtbot: QtBot, new_database: Callable[[str], Database]) -> None:
    db = new_database("sqlite")
    dialog = SetupDialog(lambda **values: startup.setup(db, **values))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["center_name"], "Kaiyang County Center")
    qtbot.keyClicks(dialog.fields["display_name"], "Admin Wang")
    qtbot.keyClicks(dialog.fields["phone"], "12345")
    type_chinese(dialog.fields["address"], "开阳县城关镇紫江路88号")
    for name in ("password", "password_again"):
        qtbot.keyClicks(dialog.fields[name], "long enough 9")
    ok = dialog.findChild(QDialogButtonBox)
    assert ok is not None
    qtbot.mouseClick(ok.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.signed_in is None
    assert dialog.errors["phone"].text()  # named at the field; nothing was created
    assert startup.needs_setup(db)
    dialog.fields["phone"].setText("0851-87221234")
    qtbot.mouseClick(ok.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.signed_in is not None
    center = dialog.signed_in.services().center.get()
    assert (center.phone, center.address) == ("0851-87221234", "开阳县城关镇紫江路88号")
