"""Through the main window with the real case workspace: open by keyboard, edit, close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui.events import AppEvents
from familyedu.ui.main_window import MainWindow
from familyedu.ui.workspace import CaseWorkspace
from tests.conftest import World, open_case

# The offscreen platform says this whenever a top-level window is shown; it is not our bug.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    """Window geometry and the like go to the test's folder, not the user's."""
    monkeypatch.setenv("FAMILYEDU_DATA_DIR", str(tmp_path / "data"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setProperty("familyedu_language", "en")


def when_modal(act: object) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)  # type: ignore[operator]
    QTimer.singleShot(0, run)


def test_counselor_finds_opens_and_closes_a_case(qtbot: QtBot, world: World) -> None:
    case_id = open_case(world.mine)
    events = AppEvents()
    window = MainWindow(world.mine, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.cases is not None
    qtbot.keyClicks(window.cases.list.filters.search, "zxm")
    model = window.cases.list.model
    qtbot.waitUntil(lambda: model.query.text == "zxm")  # the search ran after the pause
    assert model.total == 1
    table = window.cases.list.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    workspace = window.current_workspace()
    assert isinstance(workspace, CaseWorkspace)
    assert workspace.case_id == case_id
    tabs = window.cases.tabs
    assert tabs.tabText(tabs.currentIndex()) == "2026-0001 张小明"
    opened = [e for e in world.mine.mandatory_reports.history(case_id) if e.action == "case_opened"]
    assert len(opened) == 1  # the window opened it once, audited
    qtbot.keyClick(workspace, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tabs.count() == 1
    assert window.cases.workspaces == {}


def test_ctrl_n_opens_the_new_case_dialog(qtbot: QtBot, world: World) -> None:
    events = AppEvents()
    window = MainWindow(world.mine, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[str] = []

    def cancel(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        if isinstance(dialog, QMessageBox):  # asked whether to drop what was typed
            dialog.button(QMessageBox.StandardButton.Discard).click()
            return
        assert isinstance(dialog, QDialog)
        dialog.reject()

    when_modal(cancel)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen[0] == "New case"
    assert window.cases is not None
    assert window.cases.workspaces == {}
