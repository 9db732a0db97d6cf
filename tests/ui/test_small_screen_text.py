"""At 1366×768 (a county office's screen) the letter dialog's fields are shown whole in English,
its longer language: the fields beside the preview are not squeezed behind a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QScrollArea
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.letters import IssueLetterDialog
from tests.conftest import World, open_case


@pytest.mark.usefixtures("office_screen")
def test_the_letter_dialogs_fields_are_whole_beside_the_preview(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    dialog = IssueLetterDialog(world.mine, events, open_case(world.mine))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    area = dialog.findChild(QScrollArea)
    assert area is not None
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    viewport = area.viewport()
    combos = [c for c in dialog.findChildren(QComboBox) if c.isVisible()]
    assert combos
    for combo in combos:  # the document kind, the language …: text and arrow in sight
        right = combo.mapTo(viewport, QPoint(combo.width(), 0)).x()
        assert right <= viewport.width()
        assert combo.width() >= combo.sizeHint().width()
    assert dialog.pane.width() > 500  # the preview keeps most of the dialog
