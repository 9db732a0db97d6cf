"""A field's error message appears without moving the fields below it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.new_case import NewCaseDialog
from tests.conftest import World
from tests.ui.workspace.helpers import MessageBoxes, fill_guardian, fill_minor, fill_order


def test_errors_shown_and_cleared_move_no_field(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = NewCaseDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_minor(qtbot, dialog)
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "12345")
    fill_order(qtbot, dialog)
    guardian = dialog.guardians.forms[0]
    watched = [dialog.minor_form.school, guardian.works_where, guardian.lives_with_minor,
               dialog.case_form.referral_source, dialog.consent]
    page = dialog.scroll_area.widget()

    def places() -> list[QPoint]:
        return [w.mapTo(page, QPoint(0, 0)) for w in watched]

    before = places()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = guardian.fields.error_label("phone")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "11-digit mobile number" in label.text()
    assert places() == before
    guardian.phone.clear()  # touching the field takes the message away
    assert not label.isVisible()
    assert places() == before


def test_a_message_wider_than_its_field_is_read_whole_from_the_tooltip(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = NewCaseDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.minor_form.fields
    text = "这个字段的说明很长，" * 20
    height = fields.widget("school").parentWidget().height()
    fields.place_errors({"school": text})
    label = fields.error_label("school")
    assert label is not None
    assert label.isVisible()
    assert label.toolTip() == text
    assert label.width() < label.fontMetrics().horizontalAdvance(text)
    assert fields.widget("school").parentWidget().height() == height


def test_an_empty_form_refused_keeps_every_row_and_combo_in_place(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = NewCaseDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    minor = dialog.minor_form
    watched = [minor.gender, minor.date_of_birth, minor.school, minor.living_with,
               minor.involvement, minor.risk_level, dialog.guardians.forms[0].works_where]
    page = dialog.scroll_area.widget()
    before = [(w.mapTo(page, QPoint(0, 0)), w.size()) for w in watched]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    gender = minor.fields.error_label("gender")
    assert gender is not None
    qtbot.waitUntil(gender.isVisible)
    assert minor.gender.property("fieldError") is True
    assert [(w.mapTo(page, QPoint(0, 0)), w.size()) for w in watched] == before
