"""The workspace's Print… button opens the letter dialog for its own case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.letters import IssueLetterDialog
from familyedu.ui.workspace import CaseWorkspace
from tests.conftest import World, open_case


def test_print_button_opens_the_issue_dialog_for_the_case(qtbot: QtBot, world: World) -> None:
    case_id = open_case(world.mine)
    workspace = CaseWorkspace(world.mine, AppEvents(), case_id)
    qtbot.addWidget(workspace)
    workspace.show()
    button = workspace.findChild(QPushButton, "print_button")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, IssueLetterDialog) and w.isVisible()]
    assert [d.case_id for d in dialogs] == [case_id]
    for dialog in dialogs:
        dialog.close()
