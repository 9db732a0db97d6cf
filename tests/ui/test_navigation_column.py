"""The navigation list shows when there is a choice of screens; one screen fills the window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from familyedu.services import Services
from familyedu.ui import i18n
from familyedu.ui.events import AppEvents
from familyedu.ui.main_window import MainWindow
from familyedu.ui.shell.navigation import NAV_ADMIN, NAV_CASES
from tests.conftest import World


def shown(qtbot: QtBot, services: Services, events: AppEvents) -> MainWindow:
    window = MainWindow(services, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_administrators_only_screen_fills_the_window(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    window = shown(qtbot, world.services(world.admin), events)
    assert window.navigation.page_keys() == [NAV_ADMIN]
    assert not window.navigation.nav.isVisible()
    page = window.navigation.page(NAV_ADMIN)
    assert page.isVisible()
    splitter = window.navigation
    assert page.mapTo(splitter, page.rect().topLeft()).x() == 0
    assert page.width() == splitter.width()


def test_a_counselor_keeps_the_list_and_a_saved_layout_does_not_bring_it_back(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    counselor = shown(qtbot, world.mine, events)
    assert NAV_CASES in counselor.navigation.page_keys()
    assert counselor.navigation.nav.isVisible()
    assert counselor.navigation.nav.width() > 0
    counselor.save_settings()  # the splitter with the list open, as a shared desk keeps it
    assert isinstance(i18n.settings().value("main_window/splitter"), QByteArray)
    admin = shown(qtbot, world.services(world.admin), events)
    assert not admin.navigation.nav.isVisible()
    assert admin.navigation.page(NAV_ADMIN).width() == admin.navigation.width()
