"""A combo's open list shows every item whole, however narrow the combo itself is."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle, QStyleFactory
from pytestqt.qtbot import QtBot

from familyedu.models.enums import CategoryKind
from familyedu.ui.forms.widgets import Vocab, category_combo
from tests.conftest import World

_STYLES: list[QStyle] = []  # outlives every widget that used it


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popups
def test_the_open_list_is_as_wide_as_its_longest_item(qtbot: QtBot, world: World) -> None:
    combo = category_combo(Vocab(world.mine), CategoryKind.GUARDIANSHIP)
    qtbot.addWidget(combo)
    # The Windows style (the offices' own) opens the list no wider than the closed combo.
    if not _STYLES:
        _STYLES.append(QStyleFactory.create("Windows"))
    combo.setStyle(_STYLES[0])
    combo.setFixedWidth(120)
    combo.show()
    for font_size in (None, 18):  # and again after the font grows
        if font_size is not None:
            font = QFont(combo.font())
            font.setPointSize(font_size)
            combo.setFont(font)
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        metrics = view.fontMetrics()
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert widest > 120
        assert view.viewport().width() >= widest
        combo.hidePopup()
