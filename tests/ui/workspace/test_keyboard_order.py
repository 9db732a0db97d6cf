"""Tab walks the new-case dialog in the order the page reads, a guardian added later too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.workspace.new_case import NewCaseDialog
from tests.conftest import World
from tests.ui.workspace.helpers import MessageBoxes


def focus_name() -> str:
    widget = QApplication.focusWidget()
    assert widget is not None
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return type(widget).__name__


def tab_through(qtbot: QtBot, start: QWidget, stop: str) -> list[str]:
    start.setFocus()
    seen = [focus_name()]
    while seen[-1] != stop and len(seen) < 80:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(focus_name())
    return seen


GUARDIAN = ["Name", "Relation", "Phone", "Works where", "Address", "Lives with the minor",
            "Primary contact", "Named in the order", "Remove"]


def test_tab_follows_the_page(qtbot: QtBot, world: World, events: AppEvents,
                              boxes: MessageBoxes) -> None:
    dialog = NewCaseDialog(world.mine, events)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    start = dialog.minor_form.name_edit
    minor = ["Name", "Gender", "Date of birth", "Resident ID number", "School", "Grade",
             "Registered address", "Current address", "Guardianship situation", "Living with",
             "Involvement", "Risk", "Reason for the risk"]
    case = ["Referral source", "Referring authority", "Opened on", "Order type"]
    seen = tab_through(qtbot, start, "Order type")
    assert seen == [*minor, *GUARDIAN, "Add guardian",
                    "A guardian has given consent to guidance", *case]
    dialog.guardians.add_button.setFocus()
    qtbot.keyClick(dialog.guardians.add_button, Qt.Key.Key_Space)  # a second guardian
    assert len(dialog.guardians.forms) == 2
    qtbot.waitUntil(dialog.guardians.forms[1].isVisible)
    seen = tab_through(qtbot, dialog.guardians.forms[0].name_edit, "Referral source")
    assert seen == [*GUARDIAN, *GUARDIAN, "Add guardian",
                    "A guardian has given consent to guidance", "Referral source"]
