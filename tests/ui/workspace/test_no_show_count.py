"""The sessions tab's no-show count is a warning only when a session was missed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from familyedu.models import Attendance
from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.sessions_tab import NO_SHOW_COLOUR, SessionsTab
from tests.conftest import World
from tests.ui.workspace.helpers import MessageBoxes, choose


def looks(tab: SessionsTab) -> tuple[bool, bool]:
    """(bold, red) as the label is drawn."""
    label = tab.no_shows
    label.ensurePolished()
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    return label.font().bold(), colour == NO_SHOW_COLOUR


def test_zero_no_shows_plain_one_in_red_bold(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int,
        boxes: MessageBoxes) -> None:
    tab = SessionsTab(world.mine, events, world.mine.cases.get(case_id))
    qtbot.addWidget(tab)
    tab.show()
    events.session_logged.connect(lambda cid: tab.refresh(world.mine.cases.get(cid)))
    assert tab.no_shows.text() == "No-shows: 0"
    assert looks(tab) == (False, False)
    dialog = tab.log_session()
    dialog.held_at.set_value(datetime(2026, 11, 17, 9, 0))
    choose(qtbot, dialog.attendance, Attendance.NO_SHOW.value)
    with qtbot.waitSignal(events.session_logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.no_shows.text() == "No-shows: 1 (1 to follow up)"
    assert looks(tab) == (True, True)
