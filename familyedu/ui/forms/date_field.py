"""Date and date-time fields that can also hold "no date" (an empty optional field)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QStyle, QToolButton, QWidget

# One day below the earliest date the services accept: it stands for "no date".
_EMPTY = QDate(1899, 12, 31)
_EARLIEST = QDate(1900, 1, 1)
_LATEST = QDate(2100, 12, 31)
_PASSIVE_KEYS = {
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
}


class _Edit(QDateTimeEdit):
    """The editor inside a DateField: an empty field fills in the default when touched."""

    def __init__(self, owner: DateField) -> None:
        super().__init__(owner)
        self._owner = owner

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.isReadOnly():
            self._owner.fill_if_empty()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        clear_keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if (self._owner.optional and not self.isReadOnly() and key in clear_keys
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._owner.set_value(None)
            return
        if key not in _PASSIVE_KEYS and not self.isReadOnly():
            self._owner.fill_if_empty()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling a long form must not change the dates it passes over.
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)


class DateField(QWidget):
    """A date (or date and time) editor; when `optional`, it can be emptied ("no date")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True,
                 with_time: bool = False,
                 default: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.with_time = with_time
        self._default = default or datetime.now
        self.edit = _Edit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.edit.setMinimumDate(_EMPTY if optional else _EARLIEST)
        self.edit.setMaximumDate(_LATEST)
        if optional:
            self.edit.setSpecialValueText(self.tr("no date"))
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        self.clear_button: QToolButton | None = None
        if optional:
            button = QToolButton(self)
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
            button.setToolTip(self.tr("No date (Ctrl+Delete)"))
            button.setAccessibleName(self.tr("Clear the date"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.clicked.connect(lambda: self.set_value(None))
            layout.addWidget(button)
            self.clear_button = button
        self.setFocusProxy(self.edit)
        self.set_value(None if optional else self._default())

    def set_read_only(self, read_only: bool) -> None:
        """Shown and selectable but not editable (an approved plan's dates)."""
        self.edit.setReadOnly(read_only)
        self.edit.setCalendarPopup(not read_only)
        self.edit.setButtonSymbols(QDateTimeEdit.ButtonSymbols.NoButtons if read_only
                                   else QDateTimeEdit.ButtonSymbols.UpDownArrows)
        if self.clear_button is not None:
            self.clear_button.setVisible(not read_only)

    def is_read_only(self) -> bool:
        return self.edit.isReadOnly()

    # -- reading ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.optional and self.edit.date() == _EMPTY

    def date_value(self) -> date | None:
        if self.is_empty():
            return None
        day: date = self.edit.date().toPython()  # type: ignore[assignment]
        return day

    def datetime_value(self) -> datetime | None:
        day = self.date_value()
        if day is None:
            return None
        moment: time = self.edit.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, moment.replace(second=0, microsecond=0))

    def value(self) -> date | datetime | None:
        return self.datetime_value() if self.with_time else self.date_value()

    # -- writing ------------------------------------------------------------------------

    def set_value(self, value: date | datetime | str | None) -> None:
        """A date, a date-time, an ISO string (from a saved draft) or None (empty)."""
        if isinstance(value, str):
            value = datetime.fromisoformat(value) if value else None
        if value is None:
            if not self.optional:
                return
            self.edit.setDateTime(QDateTime(_EMPTY, QTime(0, 0)))
            return
        if isinstance(value, datetime):
            moment = QDateTime(QDate(value.year, value.month, value.day),
                               QTime(value.hour, value.minute))
        else:
            moment = QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))
        self.edit.setDateTime(moment)

    def fill_if_empty(self) -> None:
        """Start an empty field at the default (today or now) rather than at 1899."""
        if self.is_empty():
            default = self._default()
            self.set_value(default if self.with_time else default.date())
