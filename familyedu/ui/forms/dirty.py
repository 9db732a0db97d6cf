"""Knowing whether a form holds changes the user has not saved."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from familyedu.ui.forms.date_field import DateField


def changed_signals(widget: QObject) -> list[SignalInstance]:
    """The signals by which `widget` says its value changed (empty if it has none)."""
    if isinstance(widget, DateField):
        return [widget.changed]
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        signals = [widget.currentIndexChanged]
        if widget.isEditable():
            signals.append(widget.editTextChanged)
        return signals
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractItemModel):
        return [widget.dataChanged, widget.rowsInserted, widget.rowsRemoved,
                widget.rowsMoved, widget.modelReset]
    return []


class DirtyTracker(QObject):
    """Watches widgets and models; `dirty` once the user changed any of them.

    Loading values into the form happens inside `paused()`, so only the user's edits count.
    """

    changed = Signal(bool)  # the new dirty state, emitted when it flips

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._pause = 0

    def watch(self, *objects: QWidget | QObject, signal: SignalInstance | None = None) -> None:
        for obj in objects:
            for sig in ([signal] if signal is not None else changed_signals(obj)):
                sig.connect(self._on_change)

    def watch_signal(self, signal: SignalInstance) -> None:
        signal.connect(self._on_change)

    def _on_change(self, *_args: Any) -> None:
        if not self._pause:
            self.set_dirty(True)

    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.changed.emit(dirty)

    def mark_clean(self) -> None:
        self.set_dirty(False)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Changes made inside (loading a record) do not make the form dirty."""
        self._pause += 1
        try:
            yield
        finally:
            self._pause -= 1
