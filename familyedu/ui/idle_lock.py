"""Lock the screen after a spell without input; the same user's password unlocks it.

Nothing is closed: every open window (and any half-filled dialog) is covered by an opaque
panel while a modal password dialog waits, and uncovered again after the right password.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from familyedu.errors import AuthenticationFailed
from familyedu.ui.service_errors import error_text

CheckPassword = Callable[[str], object]  # raises AuthenticationFailed when wrong

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


class _Cover(QWidget):
    """An opaque panel over one window's contents, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idle_lock_cover")
        # A plain QWidget paints no style-sheet background (nor, with a style sheet set, its
        # palette) unless told to: without this the cover was transparent and the case stayed
        # readable behind the unlock box.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#idle_lock_cover { background: palette(window); }")
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """Asks for the signed-in user's password; cannot be dismissed any other way."""

    def __init__(self, username: str, check: CheckPassword,
                 parent: QWidget | None = None, *, by_hand: bool = False) -> None:
        super().__init__(parent)
        self._check = check
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("familyedu is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        if by_hand:
            message = self.tr("The screen is locked. Enter the password of {user} to go on; "
                              "everything you had open is still there.")
        else:
            message = self.tr(
                "The screen was locked after a time without use. Enter the password of {user} "
                "to go on; everything you had open is still there.")
        text = QLabel(message.format(user=username), self)
        text.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("unlock_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.password.setFocus()

    def accept(self) -> None:
        try:
            self._check(self.password.text())
        except AuthenticationFailed as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    def reject(self) -> None:  # Escape does not unlock
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        # Window managers (openbox, and dialogs on many desktops) offer a minimise button
        # that no window flag removes: minimised, the box would leave only the covered
        # window, with no way back but the taskbar. It comes straight back instead.
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange
                and self.windowState() & Qt.WindowState.WindowMinimized):
            QTimer.singleShot(0, self._come_back)

    def _come_back(self) -> None:
        if isValid(self) and self.isVisible():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
            self.raise_()
            self.activateWindow()
            self.password.setFocus()


class IdleLock(QObject):
    """Watches all input of the application; locks after `timeout_ms` without any."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, timeout_ms: int, username: str, check: CheckPassword,
                 window: Callable[[], QWidget | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._username = username
        self._check = check
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire (and reports its remaining time) up to 5% off: 45 s early
        # for a 15-minute lock. Precise costs nothing for one timer.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.lock)
        self.dialog: UnlockDialog | None = None

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    @property
    def remaining_ms(self) -> int:
        """Milliseconds of no input left before the screen locks (-1 when not counting)."""
        return self._timer.remainingTime()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self._timer.start()  # restarts: the clock counts from the last input
        return False

    def lock(self, *, by_hand: bool = False) -> None:
        """Cover every window and wait for the password (`by_hand`: chosen from the menu)."""
        if self.is_locked:
            return
        self._timer.stop()
        covers = [_Cover(w) for w in QApplication.topLevelWidgets()
                  if w.isVisible() and not isinstance(w, UnlockDialog | _Cover)]
        focused = QApplication.focusWidget()
        self.dialog = UnlockDialog(self._username, self._check, self._window(), by_hand=by_hand)
        self.locked.emit()
        try:
            self.dialog.exec()
        finally:
            for cover in covers:
                if isValid(cover):  # its window may have been closed meanwhile
                    cover.hide()
                    cover.deleteLater()
            self.dialog.deleteLater()
            self.dialog = None
        if focused is not None and isValid(focused):
            focused.setFocus()
        self.unlocked.emit()
        self._timer.start()
