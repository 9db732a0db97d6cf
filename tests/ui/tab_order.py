"""Walking a window with Tab as a keyboard user does, and the order the window reads in."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familyedu.ui.forms.accessible import buddies, name_of


def _owner(widget: QWidget) -> QWidget:
    """The widget a user sees as the stop: a composite whose focus proxy got the focus
    (a date field's line edit is the date field)."""
    if isinstance(widget, QAbstractButton):
        return widget  # a button box's proxy is its default button: the button is the stop
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is not None \
            and (parent.focusProxy() is widget or parent.focusProxy() is widget.focusProxy()):
        widget, parent = parent, parent.parentWidget()
    return widget


def _radio_stop(widget: QWidget) -> bool:
    """Of an exclusive group of radio buttons only the checked one is a Tab stop (the arrow
    keys move within the group)."""
    if not isinstance(widget, QRadioButton):
        return True
    group = widget.group()
    if isinstance(group, QButtonGroup) and group.exclusive():
        return widget.isChecked() or group.checkedButton() is None
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        siblings = [w for w in parent.findChildren(QRadioButton)
                    if w.autoExclusive() and w.parentWidget() is parent]
        return widget.isChecked() or not any(w.isChecked() for w in siblings)
    return True


def stops(window: QWidget) -> list[QWidget]:
    """Every widget of `window` Tab should reach: shown, enabled, taking Tab focus (a
    composite such as a date field counts once)."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window) \
                or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not _radio_stop(widget):
            continue
        owner = _owner(widget)
        if owner not in found:
            found.append(owner)
    return found


def walk(qtbot: QtBot, window: QWidget, start: QWidget) -> list[QWidget]:
    """The stops Tab visits from `start` until it comes round to it again."""
    (start.focusProxy() or start).setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None, [name(w) for w in seen]
        owner = _owner(focused)
        if seen and owner is seen[0]:
            return seen
        if not seen or owner is not seen[-1]:  # an editable grid's cells are one stop
            seen.append(owner)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came round: {[name(w) for w in seen[:40]]}")


def name(widget: QWidget) -> str:
    """What the test calls a stop: its accessible name (or label), a button's text or
    tooltip, else its object name."""
    found = name_of(widget, buddies(widget.window()))
    if not found and isinstance(widget, QAbstractButton):
        found = widget.toolTip()
    return found or widget.objectName() or type(widget).__name__


def _row_wrong_way(before: QWidget, after: QWidget, window: QWidget) -> bool:
    """Two stops side by side in one row (buttons, a search box and its button) where Tab
    goes from right to left."""
    a, b = before.mapTo(window, QPoint(0, 0)), after.mapTo(window, QPoint(0, 0))
    same_row = abs((a.y() + before.height() / 2) - (b.y() + after.height() / 2)) < 4 \
        and max(before.height(), after.height()) < 60
    return same_row and b.x() < a.x()


def check_tab_order(qtbot: QtBot, window: QWidget, expected: list[str]) -> None:
    """Tab reaches every stop of `window` and comes round to the first again, never going
    right to left along a row, in the `expected` order (by name, from its first)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    every = stops(window)
    assert every, "nothing takes the focus"
    seen = walk(qtbot, window, every[0])
    walked = [name(w) for w in seen]
    missed = [name(w) for w in every if w not in seen]
    assert not missed, f"Tab never reaches {missed}; it goes {walked}"
    backwards = [(name(a), name(b)) for a, b in itertools.pairwise(seen)
                 if _row_wrong_way(a, b, window)]
    assert not backwards, f"Tab goes right to left: {backwards}"
    first = walked.index(expected[0]) if expected[0] in walked else 0
    walked = walked[first:] + walked[:first]
    assert walked == expected, f"Tab goes {walked}"
