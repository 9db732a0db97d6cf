"""A form's named fields: values in and out, what the user changed, errors, and draft state."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familyedu.ui import formatting
from familyedu.ui.forms.date_field import DateField
from familyedu.ui.forms.dirty import DirtyTracker, changed_signals
from familyedu.ui.forms.field_errors import ErrorLine, FormErrors

Getter = Callable[[], Any]
Setter = Callable[[Any], None]


def normalise(value: Any) -> Any:
    """A comparable form: enums by value, "" as None, numbers as float, lists as tuples."""
    if isinstance(value, Enum):
        return value.value
    if value == "" or value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list | tuple):
        return tuple(normalise(v) for v in value)
    return value


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _combo_set(combo: QComboBox, value: Any) -> None:
    code = value.value if isinstance(value, Enum) else value
    index = combo.findData(code)
    if index < 0 and code not in (None, ""):
        # A value no longer offered (a retired category) is kept, not silently replaced.
        combo.addItem(str(code), code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _spin_get(spin: QSpinBox | QDoubleSpinBox) -> float | int | None:
    if spin.specialValueText() and spin.value() == spin.minimum():
        return None
    return spin.value()


def _spin_set(spin: QSpinBox | QDoubleSpinBox, value: Any) -> None:
    if isinstance(spin, QSpinBox):
        spin.setValue(spin.minimum() if value in (None, "") else int(value))
    else:
        spin.setValue(spin.minimum() if value in (None, "") else float(value))


def accessors(widget: QWidget) -> tuple[Getter, Setter]:
    """How to read and write a standard widget's value."""
    if isinstance(widget, DateField):
        return widget.value, widget.set_value
    if isinstance(widget, QLineEdit):
        return widget.text, lambda v: widget.setText("" if v is None else str(v))
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, lambda v: widget.setPlainText("" if v is None else str(v))
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.currentText, lambda v: widget.setCurrentText("" if v is None else str(v))
    if isinstance(widget, QComboBox):
        return widget.currentData, lambda v: _combo_set(widget, v)
    if isinstance(widget, QAbstractButton):
        return widget.isChecked, lambda v: widget.setChecked(bool(v))
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return lambda: _spin_get(widget), lambda v: _spin_set(widget, v)
    raise TypeError(f"no accessors for {type(widget).__name__}")


@dataclass
class _Field:
    name: str
    widget: QWidget
    label: str
    get: Getter
    put: Setter
    show: Callable[[Any], str] | None


class FieldSet(QObject):
    """The fields of one form, by the service's field names (`name`, `guardians.0.phone`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors(self)
        self.tracker = DirtyTracker(self)
        self._fields: dict[str, _Field] = {}
        self._fields_in_order: list[QWidget] = []
        self.loaded: dict[str, Any] = {}

    def add(self, name: str, widget: QWidget, label: str, *, get: Getter | None = None,
            put: Setter | None = None, signals: Iterable[SignalInstance] | None = None,
            show: Callable[[Any], str] | None = None, wrap: bool = True) -> QWidget:
        """Register a field; returns the widget with its error line beneath, for the layout.

        With `wrap=False` the widget stays where it is and its errors go to the form's
        general message (for a check box inside a group that cannot be wrong on its own).
        """
        if get is None or put is None:
            default_get, default_put = accessors(widget)
            get, put = get or default_get, put or default_put
        self._fields[name] = _Field(name, widget, label, get, put, show)
        self._follow_in_tab_order(widget)
        if widget.accessibleName() == "":
            widget.setAccessibleName(label)
        for signal in (signals if signals is not None else changed_signals(widget)):
            self.tracker.watch_signal(signal)
        if not wrap:
            return widget
        box = QWidget(widget.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        # The field takes its row's width (a short combo too), so its message has room.
        box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())
        message = ErrorLine(box)
        layout.addWidget(message)
        self.errors.register(name, widget, message)
        if isinstance(widget, DateField):
            widget.messages_shown_elsewhere = True
            widget.rejected.connect(lambda text, n=name: self._date_refused(n, text))
        return box

    def _follow_in_tab_order(self, widget: QWidget) -> None:
        """Tab goes through the fields in the order they were added (the layout's order),
        not the order the widgets happened to be made in."""
        before = self._fields_in_order[-1] if self._fields_in_order else None
        self._fields_in_order.append(widget)
        if before is not None and before.window() is widget.window():
            QWidget.setTabOrder(before, widget)

    def _date_refused(self, name: str, text: str) -> None:
        if text:
            self.errors.show({name: text})
        else:
            self.errors.clear_field(name)

    # -- fields -------------------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self._fields)

    def widget(self, name: str) -> QWidget:
        return self._fields[name].widget

    def label(self, name: str) -> str:
        return self._fields[name].label

    def error_label(self, name: str) -> QLabel | None:
        """The red message line under the field (None for an unwrapped field)."""
        return self.errors.label(name)

    # -- values -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: field.get() for name, field in self._fields.items()}

    def value(self, name: str) -> Any:
        return self._fields[name].get()

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Put values in as if typed (the form becomes dirty)."""
        for name, value in values.items():
            if name in self._fields:
                self._fields[name].put(value)

    def load(self, values: Mapping[str, Any]) -> None:
        """Show a record as saved: values in, errors cleared, nothing unsaved."""
        with self.tracker.paused():
            self.set_values(values)
        self.loaded = {name: values.get(name) for name in self._fields}
        self.errors.clear()
        self.tracker.mark_clean()

    def changed_fields(self) -> list[str]:
        """The fields whose value differs from what was loaded (the user's edit)."""
        now = self.values()
        return [name for name in self._fields
                if normalise(now[name]) != normalise(self.loaded.get(name))]

    def display(self, name: str, value: Any) -> str:
        """A value as the form shows it (a category's label, a date, yes/no)."""
        field = self._fields.get(name)
        if field is not None and field.show is not None:
            return field.show(value)
        if value is None or value == "":
            return "—"
        if isinstance(value, Enum):
            value = value.value
        if field is not None and isinstance(field.widget, QComboBox):
            index = field.widget.findData(value)
            if index >= 0:
                return field.widget.itemText(index)
        if isinstance(value, bool):
            return (QCoreApplication.translate("FieldSet", "Yes") if value
                    else QCoreApplication.translate("FieldSet", "No"))
        if isinstance(value, datetime):
            return formatting.date_time(value)
        if isinstance(value, date):
            return formatting.long_date(value)
        if isinstance(value, float):
            return formatting.hours(value)
        return str(value)

    # -- drafts -------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The values as JSON-ready data, for a crash-safe draft."""
        data = {name: jsonable(value) for name, value in self.values().items()}
        json.dumps(data)  # fail here, not in the autosave timer, if a value cannot be saved
        return data

    def restore(self, state: Mapping[str, Any]) -> None:
        self.set_values(state)
        self.tracker.set_dirty(True)

    # -- errors -------------------------------------------------------------------------

    def show_errors(self, messages: Mapping[str, str]) -> dict[str, str]:
        """Replace the shown errors with `messages`, focus the first; return the others."""
        leftovers = self.place_errors(messages)
        self.focus_first_error()
        return leftovers

    def place_errors(self, messages: Mapping[str, str]) -> dict[str, str]:
        """Like show_errors, without moving the focus (for a dialog of several forms)."""
        self.errors.clear()
        return self.errors.show(messages)

    def focus_first_error(self) -> QWidget | None:
        first = self.errors.first_widget()
        if first is not None:
            first.setFocus()
        return first
