"""Windows and dialogs sized to the screen they open on (1366×768 offices included)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

# Room a window manager takes around a window: the title bar and the frame.
TITLE_BAR = 36
FRAME = 16
# A taskbar, when the screen size is given by hand (screenshots of another screen).
TASKBAR = 40

_override: QSize | None = None


def set_screen_size(size: QSize | None) -> None:
    """Lay windows out as on a screen of this size (screenshots, tests); None: the real one."""
    global _override
    _override = size


def screen_size_override() -> QSize | None:
    return _override


def available(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without the taskbar)."""
    if _override is not None:
        return QRect(0, 0, _override.width(), _override.height() - TASKBAR)
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1366, 768 - TASKBAR)
    return screen.availableGeometry()


def fit(window: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or to what the screen allows with the frame and title bar."""
    area = available(window.parentWidget() or window)
    window.resize(min(width, area.width() - FRAME), min(height, area.height() - TITLE_BAR))


def fits_height(window: QWidget) -> int:
    """The tallest a window may be on its screen (for minimum-size checks in layouts)."""
    return available(window.parentWidget() or window).height() - TITLE_BAR


class _FieldsArea(QScrollArea):
    """A scroll area as wide as its fields want (up to half the screen): beside a wide
    neighbour (the letter preview) it was squeezed until the English combo boxes lost their
    right half behind a horizontal scroll bar."""

    def _fit_width(self) -> None:
        inner = self.widget()
        if inner is None:
            return
        wanted = (inner.sizeHint().width() + self.verticalScrollBar().sizeHint().width()
                  + 2 * self.frameWidth())
        self.setMinimumWidth(min(wanted, available(self).width() // 2))

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_width()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Rows added to the fields later (a dialog's subclass) change the width wanted.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()
        return super().eventFilter(watched, event)


def scrolling(content: QWidget | QLayout, parent: QWidget) -> QScrollArea:
    """`content` in a frameless vertical scroll area, so buttons below it stay on screen."""
    area = _FieldsArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    if isinstance(content, QLayout):
        holder = QWidget(area)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(content)
        content = holder
    area.setWidget(content)
    return area
