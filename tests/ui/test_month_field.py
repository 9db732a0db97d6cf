"""Typing a whole month into a month field, key by key, as a supervisor does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui.forms.month_field import MonthField
from tests.conftest import in_chinese

_KEPT: list[QWidget] = []  # the form outlives _form (qtbot only closes it at the end)


def _form(qtbot: QtBot, value: date = date(2026, 12, 1)) -> MonthField:
    form = QWidget()
    _KEPT[:] = [form]
    field = MonthField(form, value, label="Month")
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(QLineEdit(form))  # where Tab goes next
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    return field


def _click_and_type(qtbot: QtBot, field: MonthField, text: str) -> None:
    """One click in the field, the keys, then Tab leaves it."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, field.edit.height() // 2))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["2027-03", "2027/3", "2027.3", "202703", "2027-3",
                                   " 2027 / 03 ", "2027-03-18"])
def test_typed_months_keep_their_year(qtbot: QtBot, typed: str) -> None:
    field = _form(qtbot)
    changed: list[bool] = []
    field.changed.connect(lambda: changed.append(True))
    _click_and_type(qtbot, field, typed)
    assert field.value() == date(2027, 3, 1)
    assert field.edit.text() == "2027-03"
    assert changed == [True]
    assert field.problem == ""


def test_chinese_month_typed_through_the_input_method(qtbot: QtBot) -> None:
    field = _form(qtbot)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    event = QInputMethodEvent()
    event.setCommitString("2027年3月")
    QApplication.sendEvent(field.edit, event)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == date(2027, 3, 1)
    assert field.edit.text() == "2027-03"


@pytest.mark.parametrize(("typed", "message"), [
    ("2027-13", "Month: there is no month 13; a month is 1 to 12."),
    ("202700", "Month: there is no month 0; a month is 1 to 12."),
    ("2101-01", "Month: 2101-01 is outside this field's range (2000-01 to 2100-12)."),
    ("March", "Month: “March” is not a month: type it as 2027-03, 2027/3, 2027年3月 or "
              "202703."),
])
def test_a_month_out_of_range_is_refused_naming_the_field(qtbot: QtBot, typed: str,
                                                          message: str) -> None:
    field = _form(qtbot)
    field.messages_shown_elsewhere = True  # as in the batch dialog (no tooltip offscreen)
    refused: list[str] = []
    field.rejected.connect(refused.append)
    _click_and_type(qtbot, field, typed)
    assert field.value() == date(2026, 12, 1)  # the last good month is kept
    assert field.edit.text() == "2026-12"
    assert refused == [message]
    assert field.problem == message


def test_up_and_down_step_a_month_across_the_year(qtbot: QtBot) -> None:
    field = _form(qtbot)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == date(2027, 1, 1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_PageDown)
    assert field.value() == date(2025, 12, 1)
    assert field.edit.text() == "2025-12"


def test_the_placeholder_is_in_the_interface_language(qtbot: QtBot, qapp: QApplication) -> None:
    with in_chinese(qapp):
        field = _form(qtbot)
    assert field.edit.placeholderText() == "年-月"
    assert _form(qtbot).edit.placeholderText() == "yyyy-mm"
