"""The lock screen hides what was open: nothing of the window shows through its cover (on a
real display the case stayed readable behind the unlock box, issue #14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from familyedu.ui.idle_lock import IdleLock

SECRET = "张小明 110101201403071234"


def dark_pixels(image: QImage, background: QColor) -> int:
    """Pixels clearly darker than the window colour: text that shows."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < background.lightness() - 60:
                count += 1
    return count


def test_the_cover_hides_the_window_while_the_unlock_box_waits(qtbot: QtBot) -> None:
    window = QMainWindow()
    text = QLabel(SECRET * 3)  # a long line of dark text across the window's top
    text.setMinimumHeight(200)
    text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    window.setCentralWidget(text)
    qtbot.addWidget(window)
    window.resize(800, 300)
    window.show()
    qtbot.waitExposed(window)
    background = window.palette().color(QPalette.ColorRole.Window)

    # Only the 60 by 120 px corner under the text is looked at: the cover's own word
    # ("Locked") sits in the middle.
    def corner() -> QImage:
        return window.grab().toImage().copy(0, 0, 120, 60)

    assert dark_pixels(corner(), background) > 20  # the check sees text when it is there
    lock = IdleLock(60_000, "zhao", lambda _password: None, lambda: window)
    seen: list[int] = []

    def look_and_unlock() -> None:
        dialog = lock.dialog
        assert dialog is not None
        seen.append(dark_pixels(corner(), background))
        dialog.accept()  # this check takes any password

    QTimer.singleShot(0, look_and_unlock)
    lock.lock(by_hand=True)
    assert seen == [0]
    covers = [w for w in window.findChildren(QWidget, "idle_lock_cover") if w.isVisible()]
    assert covers == []  # and shown again after unlocking
    assert dark_pixels(corner(), background) > 20


@pytest.mark.qt_log_ignore("This plugin does not support")  # raise() offscreen
def test_a_minimised_unlock_box_comes_straight_back(qtbot: QtBot) -> None:
    # Window managers put a minimise button on the box that no window flag removes; a
    # minimised box would leave the covered window with no way to unlock but the taskbar.
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 300)
    window.show()
    qtbot.waitExposed(window)
    lock = IdleLock(60_000, "zhao", lambda _password: None, lambda: window)
    states: list[bool] = []

    def minimise() -> None:
        dialog = lock.dialog
        assert dialog is not None
        dialog.showMinimized()
        QTimer.singleShot(200, check_and_unlock)

    def check_and_unlock() -> None:
        dialog = lock.dialog
        assert dialog is not None
        states.append(bool(dialog.windowState() & Qt.WindowState.WindowMinimized))
        states.append(dialog.isVisible())
        dialog.accept()

    QTimer.singleShot(0, minimise)
    lock.lock(by_hand=True)
    assert states == [False, True]
