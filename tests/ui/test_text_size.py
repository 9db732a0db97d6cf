"""Settings → Text size: every window's text grows at once, and stays so at the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from familyedu.ui import font_size, i18n
from familyedu.ui.events import AppEvents
from familyedu.ui.main_window import MainWindow
from tests.conftest import World


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font as the test found it, put back afterwards."""
    before = QFont(qapp.font())
    base = qapp.property("familyedu_base_point_size")
    yield before
    qapp.setFont(before)
    qapp.setProperty("familyedu_base_point_size", base)
    qapp.setProperty("familyedu_text_size", None)


def test_larger_text_applies_at_once_and_at_the_next_start(
        qtbot: QtBot, world: World, events: AppEvents, qapp: QApplication,
        app_font: QFont) -> None:
    window = MainWindow(world.mine, events)
    qtbot.addWidget(window)
    window.show()
    label = window.findChild(QLabel)
    assert label is not None
    before = label.font().pointSizeF()
    largest = window.findChild(QAction, "text_size_largest")
    assert largest is not None
    assert largest.text().replace("&", "") == "Largest"
    largest.trigger()
    assert largest.isChecked()
    # The open window follows as soon as Qt hands the new font round (the next event turn).
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(before * 1.45, abs=0.6))
    assert i18n.settings().value(font_size.KEY) == "largest"
    # The next start: the desktop's size again, then the saved choice.
    qapp.setFont(app_font)
    qapp.setProperty("familyedu_base_point_size", None)
    font_size.apply_saved(qapp, i18n.settings())
    assert qapp.font().pointSizeF() == pytest.approx(app_font.pointSizeF() * 1.45, abs=0.1)
    standard = window.findChild(QAction, "text_size_standard")
    assert standard is not None
    standard.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(app_font.pointSizeF(), abs=0.1)
    assert i18n.settings().value(font_size.KEY) == "standard"


def test_an_unknown_saved_size_is_the_standard_one(
        qapp: QApplication, app_font: QFont) -> None:
    settings = i18n.settings()
    settings.setValue(font_size.KEY, "enormous")
    font_size.apply_saved(qapp, settings)
    assert qapp.font().pointSizeF() == app_font.pointSizeF()
