"""The guardian's consent given in the new-case dialog is recorded with the case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familyedu.services.casework.dto import CaseQuery
from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.new_case import NewCaseDialog
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World
from tests.ui.workspace.helpers import (
    MessageBoxes,
    fill_guardian,
    fill_minor,
    fill_order,
    type_text,
)


def filled_dialog(qtbot: QtBot, world: World, events: AppEvents) -> NewCaseDialog:
    dialog = NewCaseDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_minor(qtbot, dialog)  # born 2014-03-07: 12 years old, consent needed
    fill_guardian(qtbot, dialog, 0, "张建国", "father", "13812345678")
    fill_order(qtbot, dialog)
    return dialog


def tick_consent(qtbot: QtBot, dialog: NewCaseDialog) -> None:
    dialog.consent.setFocus()
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    assert dialog.consent.isChecked()


def test_consent_given_in_the_form_is_recorded_and_the_profile_does_not_ask_again(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = filled_dialog(qtbot, world, events)
    assert not dialog.consent.given_by.isEnabled()  # unticked: nothing to fill in
    tick_consent(qtbot, dialog)
    assert dialog.consent.given_by.currentText() == "张建国"  # the guardian just typed
    type_text(qtbot, dialog.consent.scope, "guidance sessions")
    with qtbot.waitSignal(events.case_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None
    case = world.mine.cases.get(dialog.case_id)
    assert not case.minor.needs_consent
    [consent] = case.minor.consents
    assert consent.given_by == "张建国"
    assert consent.given_on == date(2026, 11, 27)
    assert consent.scope == "guidance sessions"
    assert consent.guardian_id == case.minor.guardians[0].id
    world.mine.cases.open(dialog.case_id)
    ws = CaseWorkspace(world.mine, events, dialog.case_id)
    qtbot.addWidget(ws)
    ws.show()
    assert not ws.profile.consent_banner.isVisible()
    assert ws.profile.consents.rowCount() == 1


def test_without_consent_the_profile_still_asks_for_it(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = filled_dialog(qtbot, world, events)
    with qtbot.waitSignal(events.case_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None
    world.mine.cases.open(dialog.case_id)
    ws = CaseWorkspace(world.mine, events, dialog.case_id)
    qtbot.addWidget(ws)
    ws.show()
    assert ws.profile.consent_banner.isVisible()


def test_a_consent_dated_tomorrow_is_refused_beside_its_date_and_nothing_is_saved(
        qtbot: QtBot, world: World, events: AppEvents, boxes: MessageBoxes) -> None:
    dialog = filled_dialog(qtbot, world, events)
    tick_consent(qtbot, dialog)
    dialog.consent.given_on.set_value(date(2026, 11, 28))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    label = dialog.consent.fields.error_label("consent.given_on")
    assert label is not None
    assert label.isVisible()
    assert "future" in label.text()
    assert world.mine.cases.page(CaseQuery()).total == 0
