"""Typing whole dates into date fields, key by key, as a counselor does."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui.forms import DateField, FieldSet, years_around

NOW = datetime(2026, 11, 27, 10, 0)


def _clock() -> datetime:
    return NOW


def _form(**kwargs: object) -> tuple[QWidget, DateField, FieldSet]:
    form = QWidget()
    fields = FieldSet(form)
    field = DateField(form, default=_clock, **kwargs)  # type: ignore[arg-type]
    layout = QVBoxLayout(form)
    layout.addWidget(fields.add("due", field, "Due"))
    layout.addWidget(QLineEdit(form))  # where Tab goes next
    return form, field, fields


def _show(qtbot: QtBot, widget: QWidget) -> None:
    """Shown and active, so leaving a field with Tab is a real focus change."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def _click_and_type(qtbot: QtBot, field: DateField, text: str) -> None:
    """One click in the field, then the keys; Tab leaves it."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton, pos=QPoint(8, field.edit.height() // 2))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["2027-03-04", "2027/3/4", "2027.3.4", "20270304",
                                   "2027-3-4", " 2027 / 03 / 04 "])
def test_typed_whole_dates_keep_their_year(qtbot: QtBot, typed: str) -> None:
    form, field, _fields = _form(**years_around(_clock, 20, 10))
    qtbot.addWidget(form)
    _show(qtbot, form)
    field.set_value(date(2026, 12, 1))
    _click_and_type(qtbot, field, typed)
    assert field.date_value() == date(2027, 3, 4)
    assert field.edit.text() == "2027-03-04"


def test_chinese_date_typed_through_the_input_method(qtbot: QtBot) -> None:
    form, field, _fields = _form()
    qtbot.addWidget(form)
    _show(qtbot, form)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    event = QInputMethodEvent()
    event.setCommitString("2015年3月7日")
    QApplication.sendEvent(field.edit, event)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.date_value() == date(2015, 3, 7)
    assert field.edit.text() == "2015-03-07"


def test_a_date_out_of_range_is_refused_with_a_message(qtbot: QtBot) -> None:
    form, field, fields = _form(**years_around(_clock, 30, 0))
    qtbot.addWidget(form)
    _show(qtbot, form)
    field.set_value(date(2015, 3, 7))
    _click_and_type(qtbot, field, "2207-03-07")
    assert field.date_value() == date(2015, 3, 7)  # the last good date is kept
    assert field.edit.text() == "2015-03-07"
    label = fields.error_label("due")
    assert label is not None
    assert label.isVisible()
    assert "2207-03-07" in label.text()
    assert "2026-11-27" in label.text()
    _click_and_type(qtbot, field, "2016-04-01")
    assert field.date_value() == date(2016, 4, 1)
    assert not label.isVisible()


def test_nonsense_and_impossible_dates_are_refused(qtbot: QtBot) -> None:
    form, field, fields = _form()
    qtbot.addWidget(form)
    _show(qtbot, form)
    for typed in ("2027-02-30", "next week", "2027-13-01"):
        _click_and_type(qtbot, field, typed)
        assert field.is_empty()
        assert "is not a date" in fields.errors.text("due")


def test_a_typed_date_counts_before_the_field_is_left(qtbot: QtBot) -> None:
    form, field, _fields = _form()
    qtbot.addWidget(form)
    _show(qtbot, form)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field.edit, "2027-03-04")
    assert field.date_value() == date(2027, 3, 4)  # Ctrl+Enter saves without leaving


def test_date_and_time_typed_together_or_time_alone(qtbot: QtBot) -> None:
    form, field, _fields = _form(optional=False, with_time=True)
    qtbot.addWidget(form)
    _show(qtbot, form)
    _click_and_type(qtbot, field, "2026.11.20 14:30")
    assert field.datetime_value() == datetime(2026, 11, 20, 14, 30)
    _click_and_type(qtbot, field, "9:05")
    assert field.datetime_value() == datetime(2026, 11, 20, 9, 5)
    _click_and_type(qtbot, field, "20261121")  # a new day keeps the time
    assert field.datetime_value() == datetime(2026, 11, 21, 9, 5)


def test_arrow_keys_step_a_day_and_an_empty_field_starts_today(qtbot: QtBot) -> None:
    form, field, _fields = _form()
    qtbot.addWidget(form)
    _show(qtbot, form)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.date_value() == date(2026, 11, 27)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.date_value() == date(2026, 11, 28)
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.is_empty()
