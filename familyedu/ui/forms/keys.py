"""Keyboard rules of the data-entry dialogs: Enter moves to the next field, Ctrl+Enter saves."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def add_save_shortcuts(dialog: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter saves from any field, the multi-line ones included."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(save)


def enter_moves_on(dialog: QWidget, event: QKeyEvent, save: Callable[[], object]) -> bool:
    """For a dialog's keyPressEvent: True if the key was Enter and has been handled.

    A dialog would otherwise press its default button on Enter, saving (or worse, removing
    a row) while the user only meant to finish a field. A focused button still takes Enter.
    """
    if event.key() not in _ENTER:
        return False
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        save()
    else:
        dialog.focusNextChild()
    event.accept()
    return True


def tab_chain(widgets: Iterable[QWidget | None]) -> None:
    """Tab visits `widgets` in this order (None entries are skipped); a field made of parts
    (a date field) moves as one."""
    for before, after in itertools.pairwise(w for w in widgets if w is not None):
        QWidget.setTabOrder(before, after)
