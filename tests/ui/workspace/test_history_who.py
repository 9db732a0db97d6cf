"""The case history's Who column shows the display name; the account is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.workspace.history_tab import HistoryTab
from tests.conftest import World


def test_who_is_the_display_name_with_the_account_on_hover(
        qtbot: QtBot, world: World, case_id: int) -> None:
    tab = HistoryTab(world.mine, Vocab(world.mine), case_id)
    qtbot.addWidget(tab)
    model = tab.table.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Who"
    assert model.rowCount() > 0
    who = model.index(model.rowCount() - 1, 1)  # the oldest entry: the case was opened
    assert who.data() == "李老师"  # it showed the account, li
    assert who.data(Qt.ItemDataRole.ToolTipRole) == "li"
