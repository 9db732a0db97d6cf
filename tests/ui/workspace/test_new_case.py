"""Registering a minor with guardians and a court order in one dialog."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from stdnum.cn import ric

from familyedu.services.casework.dto import CaseQuery
from familyedu.ui import drafts
from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.duplicates import DuplicateDialog
from familyedu.ui.workspace.new_case import NewCaseDialog
from tests.conftest import World, open_case
from tests.ui.workspace.helpers import (
    MessageBoxes,
    fill_guardian,
    fill_minor,
    fill_order,
    type_text,
    when_modal,
)

Button = QMessageBox.StandardButton


def resident_id(birth: str = "20140307", sequence: str = "001") -> str:
    body = f"520102{birth}{sequence}"
    return body + ric.calc_check_digit(body)


def new_dialog(qtbot: QtBot, world: World, events: AppEvents) -> NewCaseDialog:
    dialog = NewCaseDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_registers_minor_with_two_guardians_and_court_order(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = new_dialog(qtbot, world, events)
    fill_minor(qtbot, dialog)
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "13812345678")
    fill_guardian(qtbot, dialog, 1, "刘桂英", "grandmother", "0851-86123456")
    fill_order(qtbot, dialog)
    with qtbot.waitSignal(events.case_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None
    assert saved.args == [dialog.case_id]
    assert not dialog.isVisible()
    case = world.mine.cases.get(dialog.case_id)
    assert case.minor.name == "张小明"
    assert [g.name for g in case.minor.guardians] == ["张建国", "刘桂英"]
    assert case.order_hours_required == 20
    assert case.order_due_on == date(2026, 12, 20)
    assert boxes.shown == []


def test_bad_phone_shown_beside_the_phone_field_and_typing_kept(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = new_dialog(qtbot, world, events)
    fill_minor(qtbot, dialog)
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "12345")
    fill_order(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    phone_form = dialog.guardians.forms[0]
    label = phone_form.fields.error_label("phone")
    assert label is not None
    assert label.isVisible()
    assert "11-digit mobile number" in label.text()
    assert phone_form.phone.property("fieldError") is True
    assert dialog.focusWidget() is phone_form.phone
    # Everything typed is still there, and nothing was saved.
    assert phone_form.phone.text() == "12345"
    assert dialog.minor_form.name_edit.text() == "张小明"
    assert dialog.case_form.order_document_number.text() == "(2026)黔0101民初123号"
    assert world.mine.cases.page(CaseQuery()).total == 0
    phone_form.phone.clear()
    type_text(qtbot, phone_form.phone, "13812345678")
    assert not label.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None


def test_possible_duplicate_shown_before_anything_is_saved(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    open_case(world.mine)  # 张小明, born 2014-03-07
    dialog = new_dialog(qtbot, world, events)
    fill_minor(qtbot, dialog)
    fill_guardian(qtbot, dialog, 0, "张军", "father", "13900000009")
    fill_order(qtbot, dialog)
    seen: list[DuplicateDialog] = []
    listed: list[list[str]] = []

    def cancel(found: DuplicateDialog) -> None:
        listed.append([c.name for c in found.model.rows()])
        assert world.mine.cases.page(CaseQuery()).total == 1  # still only the first one
        qtbot.mouseClick(found.cancel_button, Qt.MouseButton.LeftButton)

    when_modal(DuplicateDialog, cancel, seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert listed == [["张小明"]]
    assert dialog.isVisible()
    assert dialog.case_id is None
    assert world.mine.cases.page(CaseQuery()).total == 1

    when_modal(DuplicateDialog, lambda found: qtbot.mouseClick(
        found.different_button, Qt.MouseButton.LeftButton), seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert dialog.case_id is not None
    assert world.mine.cases.page(CaseQuery()).total == 2


def test_registered_id_number_explained_beside_the_id_field(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    number = resident_id()
    open_case(world.mine, resident_id=number)
    dialog = new_dialog(qtbot, world, events)
    fill_minor(qtbot, dialog, name="张晓明", id_number=number)
    fill_guardian(qtbot, dialog, 0, "张军", "father", "13900000009")
    fill_order(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = dialog.minor_form.fields.error_label("resident_id")
    assert label is not None
    assert label.isVisible()
    assert "already registered" in label.text()
    assert "2026-0001" in label.text()
    assert dialog.case_id is None


def test_closing_with_unsaved_typing_asks_first(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = new_dialog(qtbot, world, events)
    type_text(qtbot, dialog.minor_form.name_edit, "张小明")
    boxes.answer(Button.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.minor_form.name_edit.text() == "张小明"
    assert "not saved" in boxes.texts("question")[0]
    boxes.answer(Button.Discard)
    dialog.close()
    assert not dialog.isVisible()


def test_draft_survives_a_crash_and_is_offered_back(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "AUTOSAVE_MS", 30)
    dialog = new_dialog(qtbot, world, events)
    fill_minor(qtbot, dialog)
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "13812345678")
    path = dialog.drafts.store.path(dialog.drafts.key)
    qtbot.waitUntil(lambda: path.exists() and "张建国" in path.read_text("utf-8"),
                    timeout=3000)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The program dies: nothing is asked, nothing cleaned up, the autosave stops.
    Shiboken.delete(dialog.drafts)
    dialog.hide()

    boxes.answer(Button.Yes)
    again = new_dialog(qtbot, world, events)
    qtbot.waitUntil(lambda: bool(boxes.texts("question")), timeout=2000)
    assert "unsaved draft" in boxes.texts("question")[0]
    assert again.minor_form.name_edit.text() == "张小明"
    assert again.minor_form.guardianship.currentData() == "both_away"
    assert again.guardians.forms[0].phone.text() == "13812345678"
    fill_order(qtbot, again)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert again.case_id is not None
    assert not path.exists()  # saved: the draft is gone


def test_enter_moves_on_without_pressing_buttons_and_ctrl_enter_registers(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = new_dialog(qtbot, world, events)
    fill_minor(qtbot, dialog)
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "13812345678")
    fill_order(qtbot, dialog)
    phone = dialog.guardians.forms[0].phone
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert dialog.focusWidget() is not phone
    assert len(dialog.guardians.forms) == 1  # no button was pressed by the Enter
    assert dialog.isVisible()
    assert dialog.case_id is None
    qtbot.keyClick(dialog.case_form.feedback_recipient, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert dialog.case_id is not None
    assert boxes.shown == []


def test_unknown_region_code_is_a_notice_and_the_case_is_saved(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = new_dialog(qtbot, world, events)
    body = "41999920140307001"  # a district no built-in table knows yet
    number = body + ric.calc_check_digit(body + "0")
    fill_minor(qtbot, dialog, id_number=number)
    notice = dialog.minor_form.region_notice
    assert notice.isVisible()
    assert "419999" in notice.text()
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "13812345678")
    fill_order(qtbot, dialog)
    with qtbot.waitSignal(events.case_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None
    assert world.mine.cases.get(dialog.case_id).minor.resident_id == number


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_letters_typed_into_a_number_field_are_refused_visibly(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    dialog = new_dialog(qtbot, world, events)
    hours = dialog.case_form.order_hours_required
    choose_order = dialog.case_form.order_type
    choose_order.setCurrentIndex(choose_order.findData("guidance_order"))
    hours.setFocus()
    hours.lineEdit().selectAll()
    qtbot.keyClicks(hours, "2x")
    assert QToolTip.isVisible()
    assert "“x” was not taken" in QToolTip.text()
    # Full-width digits from a Chinese input method count as digits.
    QApplication.sendEvent(hours, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                            Qt.KeyboardModifier.NoModifier, "０"))
    qtbot.keyClick(hours, Qt.Key.Key_Tab)
    assert hours.value() == 20
