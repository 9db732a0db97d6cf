"""Logging sessions fast from the keyboard; no-shows counted; edits and their conflicts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from familyedu.models import Attendance, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.stale import StaleDialog
from familyedu.ui.workspace.session_dialog import SessionDialog
from familyedu.ui.workspace.sessions_tab import NO_SHOW_COLOUR, SessionsTab
from tests.conftest import World
from tests.ui.workspace.conftest import approved_plan
from tests.ui.workspace.helpers import (
    MessageBoxes,
    choose,
    replace_text,
    tick,
    type_text,
    when_modal,
)

Button = QMessageBox.StandardButton


def open_dialog(qtbot: QtBot, world: World, events: AppEvents, case_id: int) -> SessionDialog:
    dialog = SessionDialog(world.mine, events, world.mine.cases.get(case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused() -> object:
    return QApplication.focusWidget()


def test_enter_moves_to_the_next_field_and_ctrl_enter_saves(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    plan = approved_plan(world, case_id)
    dialog = open_dialog(qtbot, world, events, case_id)
    dialog.held_at.set_value(datetime(2026, 11, 20, 14, 30))
    assert focused() is dialog.held_at.edit
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.duration  # Enter went on, it did not save
    assert dialog.isVisible()
    replace_text(qtbot, dialog.duration, "90")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.mode
    qtbot.keyClick(dialog.mode, Qt.Key.Key_Down)  # at the center -> home visit
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    assert focused() is dialog.attendance
    guardian = next(iter(dialog.attendees.guardian_boxes.values()))
    tick(qtbot, guardian)
    box, rating = dialog.ratings.rows[plan.goals[0].id]
    tick(qtbot, box)
    choose(qtbot, rating, 3)
    type_text(qtbot, dialog.shared_summary, "父亲表示愿意每周视频两次")
    qtbot.keyClick(dialog.shared_summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert dialog.saved is not None
    [session] = world.mine.sessions.for_case(case_id)
    assert session.held_at == datetime(2026, 11, 20, 14, 30)
    assert session.duration_minutes == 90
    assert session.mode is SessionMode.HOME_VISIT
    assert session.shared_summary == "父亲表示愿意每周视频两次"
    assert session.ratings == ((plan.goals[0].id, 3),)
    assert len(session.guardian_ids) == 1
    assert world.mine.plans.current(case_id).goals[0].progress == 3  # type: ignore[union-attr]
    assert boxes.shown == []


def test_no_show_is_counted_marked_and_followed_up(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    tab = SessionsTab(world.mine, events, world.mine.cases.get(case_id))
    qtbot.addWidget(tab)
    events.session_logged.connect(lambda cid: tab.refresh(world.mine.cases.get(cid)))
    dialog = tab.log_session()
    dialog.held_at.set_value(datetime(2026, 11, 17, 9, 0))
    choose(qtbot, dialog.attendance, Attendance.NO_SHOW.value)
    assert not dialog.duration.isEnabled()
    with qtbot.waitSignal(events.session_logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.no_shows.text() == "No-shows: 1 (1 to follow up)"
    index = tab.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == NO_SHOW_COLOUR
    assert "to follow up" in tab.model.index(0, 3).data()
    assert not tab.followed_up_button.isEnabled()
    tab.table.setCurrentIndex(index)
    assert tab.followed_up_button.isEnabled()
    qtbot.mouseClick(tab.followed_up_button, Qt.MouseButton.LeftButton)
    assert world.mine.sessions.for_case(case_id)[0].followed_up
    assert tab.no_shows.text() == "No-shows: 1"
    assert world.mine.dashboard.load().no_shows_to_follow_up == []


def test_editing_a_session_someone_changed_reapplies_without_retyping(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    first = world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 3, 9), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, shared_summary="初次面谈"))
    dialog = SessionDialog(world.mine, events, world.mine.cases.get(case_id), first)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit session"
    replace_text(qtbot, dialog.next_steps, "下次家访")
    # Meanwhile the supervisor corrects the duration at another desk.
    world.sup.sessions.update(first.id, first.version, SessionInput(
        held_at=first.held_at, duration_minutes=75, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, shared_summary="初次面谈"))
    seen: list[StaleDialog] = []
    rows: list[list[str]] = []

    def reapply(found: StaleDialog) -> None:
        rows.extend([[r[0], r[2], r[3]] for r in found.model.rows()])
        qtbot.mouseClick(found.reapply_button, Qt.MouseButton.LeftButton)

    when_modal(StaleDialog, reapply, seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert ["Duration (minutes)", "75", "(unchanged)"] in rows
    assert ["Next steps", "(unchanged)", "下次家访"] in rows
    assert not dialog.isVisible()
    [saved] = world.mine.sessions.for_case(case_id)
    assert saved.duration_minutes == 75  # theirs kept
    assert saved.next_steps == "下次家访"  # mine re-applied


def test_last_attendees_come_back_and_an_overlap_is_warned_about(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    guardian_id = world.mine.cases.get(case_id).minor.guardians[0].id
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 20, 14, 0), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, guardian_ids=(guardian_id,), minor_attended=True))
    dialog = open_dialog(qtbot, world, events, case_id)
    assert dialog.attendees.guardian_boxes[guardian_id].isChecked()  # as last time
    assert dialog.attendees.minor_box.isChecked()
    dialog.held_at.set_value(datetime(2026, 11, 20, 14, 30))  # inside the first one
    boxes.answers.append(Button.Cancel)
    qtbot.keyClick(dialog.held_at.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "from 14:00 to 15:00" in boxes.shown[-1][2]
    assert len(world.mine.sessions.for_case(case_id)) == 1
    boxes.answers.append(Button.Save)
    qtbot.keyClick(dialog.held_at.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert len(world.mine.sessions.for_case(case_id)) == 2
