"""Every input of every screen and dialog the screenshot tool opens has a name a screen reader
reads out (its accessible name or its label as buddy)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.forms.accessible import unnamed
from familyedu.ui.forms.widgets import Vocab
from familyedu.ui.letters.issue_dialog import IssueLetterDialog
from familyedu.ui.login import SignInDialog
from familyedu.ui.workspace.guardian_form import GuardianDialog
from familyedu.ui.workspace.new_case import NewCaseDialog
from familyedu.ui.workspace.session_dialog import SessionDialog
from familyedu.ui.workspace.workspace import CaseWorkspace
from tests.conftest import World, open_case


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in widgets]


def check(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    assert describe(unnamed(window)) == []


def test_dialogs_a_counselor_uses_name_every_input(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    services = world.mine
    case_id = open_case(services)
    case = services.cases.get(case_id)

    def refuse(_user: str, _password: str) -> object:
        raise AssertionError("not signing in")

    check(qtbot, SignInDialog(refuse, center_name=""))  # type: ignore[arg-type]
    check(qtbot, NewCaseDialog(services, events))
    check(qtbot, GuardianDialog(services, Vocab(services), case.minor.id,
                                case.minor.guardians[0]))
    check(qtbot, SessionDialog(services, events, case, None))
    check(qtbot, IssueLetterDialog(services, events, case_id))


def test_a_case_workspace_names_every_input_on_every_tab(
        qtbot: QtBot, world: World, events: AppEvents) -> None:
    case_id = open_case(world.mine)
    world.mine.cases.open(case_id)
    ws = CaseWorkspace(world.mine, events, case_id)
    qtbot.addWidget(ws)
    ws.show()
    for index in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(index)
        assert describe(unnamed(ws.tabs.widget(index))) == [], ws.tabs.tabText(index)


def test_main_screens_name_every_input(qtbot: QtBot, world: World, events: AppEvents) -> None:
    from familyedu.ui.main_window import MainWindow

    open_case(world.mine)
    for services in (world.sup, world.services(world.admin)):
        window = MainWindow(services, events)
        qtbot.addWidget(window)
        window.show()
        for key in window.navigation.page_keys():
            page = window.show_page(key)
            assert page is not None
            assert describe(unnamed(page)) == [], (key, describe(unnamed(page)))
