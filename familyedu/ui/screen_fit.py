"""Windows and dialogs sized to the screen they open on (1366×768 offices included)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
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


def fit_to_fields(area: QScrollArea) -> None:
    """As wide as the fields want (up to half the screen); call it from the dialog's
    showEvent, once its rows are all there. Beside a wide neighbour (the letter preview) the
    area was squeezed until the English combo boxes lost their right
    half behind a horizontal scroll bar."""
    inner = area.widget()
    if inner is None:
        return
    wanted = (inner.sizeHint().width() + area.verticalScrollBar().sizeHint().width()
              + 2 * area.frameWidth())
    area.setMinimumWidth(min(wanted, available(area).width() // 2))


def scrolling(content: QWidget | QLayout, parent: QWidget) -> QScrollArea:
    """`content` in a frameless vertical scroll area, so buttons below it stay on screen."""
    area = QScrollArea(parent)
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
    # Not a Tab stop: its fields are, and it scrolls to the one with the focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
