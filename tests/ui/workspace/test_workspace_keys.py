"""Alt+1… open a case's tabs from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World


def test_alt_number_opens_each_tab(qtbot: QtBot, world: World, events: AppEvents,
                                   case_id: int) -> None:
    world.mine.cases.open(case_id)
    ws = CaseWorkspace(world.mine, events, case_id)
    qtbot.addWidget(ws)
    ws.show()
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow)
    ws.profile.form.name_edit.setFocus()
    for number in (3, 6, 4, 1):
        qtbot.keyClick(ws.focusWidget() or ws, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.AltModifier)
        assert ws.tabs.currentIndex() == number - 1
    assert ws.tabs.tabToolTip(2) == "Alt+3"


def test_a_case_fits_a_short_screen_its_order_tab_scrolls(
        qtbot: QtBot, world: World, events: AppEvents, case_id: int) -> None:
    """1366×768 less the taskbar, title, menu, tabs and status bar leaves about 560 px for
    a case; the order tab's progress, terms and case boxes once made the window taller."""
    world.mine.cases.open(case_id)
    ws = CaseWorkspace(world.mine, events, case_id)
    qtbot.addWidget(ws)
    assert ws.minimumSizeHint().height() <= 560
