"""Shared desks: signing out for the next person, locking by hand, no name left behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui import i18n, login
from familyedu.ui.events import AppEvents
from familyedu.ui.shell.navigation import NAV_CASES
from tests.conftest import PASSWORD
from tests.ui.conftest import CaseWorld
from tests.ui.test_shell import FakeWorkspace, click_ok, make_window, when_modal


def test_sign_out_asks_like_quitting_and_then_hands_over_the_desk(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    window = make_window(qtbot, case_world.world.mine, events)
    window.open_case(case_world.ids["li"])
    workspace = window.current_workspace()
    assert isinstance(workspace, FakeWorkspace)
    workspace.unsaved = True
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    workspace.note.setFocus()
    qtbot.keyClick(workspace.note, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.isVisible()
    assert signed_out == []
    assert "maybe_close" in workspace.calls
    workspace.unsaved = False
    qtbot.keyClick(workspace.note, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert signed_out == [True]
    assert window.did_sign_out
    assert not window.isVisible()


def test_locking_by_hand_covers_the_whole_window_and_says_so(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    window = make_window(qtbot, case_world.world.mine, events)
    window.show_page(NAV_CASES)
    seen: list[str] = []

    def unlock(dialog: QWidget) -> None:
        cover = window.findChild(QWidget, "idle_lock_cover")
        assert cover is not None
        assert cover.isVisible()
        seen.append("covers window" if cover.geometry() == window.rect() else "partial")
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        seen.append("by hand" if any(t.startswith("The screen is locked.") for t in texts)
                    else "idle")
        dialog.findChild(QWidget, "unlock_password").setFocus()  # type: ignore[union-attr]
        qtbot.keyClicks(dialog.findChild(QWidget, "unlock_password"), PASSWORD)
        click_ok(qtbot, dialog)

    when_modal(unlock)
    window.session.lock_now()
    assert seen == ["covers window", "by hand"]
    assert window.session.idle_lock is not None
    assert not window.session.idle_lock.is_locked
    window.session.idle_lock.stop()


def test_a_shared_desk_leaves_no_name_in_the_sign_in_box(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    settings = i18n.settings()
    login.remember_user(settings, "li")
    assert login.remembered_user(settings) == "li"
    window = make_window(qtbot, case_world.world.mine, events)
    shared = window.findChild(type(window.actions()[0]), "shared_desk")
    assert shared is not None
    assert not shared.isChecked()
    shared.trigger()  # Settings ▸ Shared desk
    assert login.is_shared_desk(i18n.settings())
    assert login.remembered_user(i18n.settings()) == ""
    login.remember_user(i18n.settings(), "zhao")
    assert login.remembered_user(i18n.settings()) == ""  # nor is the next name kept
