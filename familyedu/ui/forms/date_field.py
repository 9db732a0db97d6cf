"""Date and date-time fields that take a whole typed date and can hold "no date"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TypedDict

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

# What the services accept at all; a field's own sensible range sits inside it.
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

_DASHED = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$", re.ASCII)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2}))?$", re.ASCII)
_TIME_ONLY = re.compile(r"^(\d{1,2}):(\d{2})$", re.ASCII)

DateBound = date | Callable[[], date] | None


def parse_typed(text: str) -> tuple[date | None, time | None] | None:
    """A date (and time) as people write them; None when it is not one.

    2027-03-04, 2027/3/4, 2027.3.4, 2027年3月4日, 20270304, full-width digits, optionally
    followed by a time (14:30, 14时30分). A time alone gives (None, time).
    """
    value = unicodedata.normalize("NFKC", text).strip()
    value = (value.replace("年", "-").replace("月", "-").replace("日", " ").replace("号", " ")
             .replace("时", ":").replace("点", ":").replace("分", "")
             .replace("/", "-").replace(".", "-").replace("T", " "))
    value = re.sub(r"\s*-\s*", "-", value).strip()
    only_time = _TIME_ONLY.match(value)
    if only_time:
        hour, minute = int(only_time[1]), int(only_time[2])
        if hour > 23 or minute > 59:
            return None
        return None, time(hour, minute)
    match = _DASHED.match(value) or _COMPACT.match(value)
    if match is None:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
        moment = time(int(match[4]), int(match[5])) if match[4] is not None else None
    except ValueError:
        return None
    return day, moment


def _bound(value: DateBound, fallback: date) -> date:
    if value is None:
        return fallback
    return value() if callable(value) else value


class _Edit(QLineEdit):
    """The text part of a DateField: keys step the date; an empty field starts from today."""

    def __init__(self, owner: DateField) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        owner = self._owner
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not self.isReadOnly():
            if (owner.optional and control
                    and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
                owner.set_value(None)
                return
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1,
                     Qt.Key.Key_PageUp: 30, Qt.Key.Key_PageDown: -30}
            if key in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                owner.step_days(steps[key])
                return
            if key == Qt.Key.Key_Down or key == Qt.Key.Key_F4:
                owner.open_calendar()
                return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date (or date and time) editor; when `optional`, it can be emptied ("no date").

    The user types a whole date in any common form; it is read when typing stops making
    sense or the field is left. A date that is not one, or lies outside the field's range
    (`earliest`..`latest`, dates or callables), is refused: the field goes back to its last
    good value and `rejected` carries a message saying why.
    """

    changed = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True,
                 with_time: bool = False,
                 default: Callable[[], datetime] | None = None,
                 earliest: DateBound = None, latest: DateBound = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.with_time = with_time
        self._default = default or datetime.now
        self._earliest = earliest
        self._latest = latest
        self._value: datetime | None = None
        # The value before the current typing began: a refused text goes back to it.
        self._committed: datetime | None = None
        self._shown_text = ""
        self.problem = ""
        # A FieldSet shows refusals in the field's message line; otherwise a tooltip does.
        self.messages_shown_elsewhere = False
        self._build_edit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        self._build_buttons(layout)
        self.setFocusProxy(self.edit)
        # Taking focus (through its line edit), the field moves as one block in the tab
        # order: Qt's setTabOrder leaves a NoFocus compound where it was made, and Tab still
        # stopped there, running in a loop through the fields after it.
        self.setFocusPolicy(self.edit.focusPolicy())
        self.set_value(None if optional else self._default())

    def _build_edit(self) -> None:
        self.edit = _Edit(self)
        self.edit.setPlaceholderText(self.tr("no date") if self.optional
                                     else self._format_hint())
        self.edit.setToolTip(self.tr("Type a date such as 2027-03-04, 2027/3/4, 2027年3月4日 "
                                     "or 20270304; Up/Down change it by a day."))
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.commit_text)

    def _build_buttons(self, layout: QHBoxLayout) -> None:
        """The calendar button and, for an optional date, the clear button (mouse only:
        the keyboard has Alt+Down and Ctrl+Delete)."""
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        layout.addWidget(self.calendar_button)
        self.clear_button: QToolButton | None = None
        if self.optional:
            button = QToolButton(self)
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
            button.setToolTip(self.tr("No date (Ctrl+Delete)"))
            button.setAccessibleName(self.tr("Clear the date"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.clicked.connect(self._clear_clicked)
            layout.addWidget(button)
            self.clear_button = button

    def _format_hint(self) -> str:
        return self.tr("yyyy-mm-dd hh:mm") if self.with_time else self.tr("yyyy-mm-dd")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_read_only(self, read_only: bool) -> None:
        """Shown and selectable but not editable (an approved plan's dates)."""
        self.edit.setReadOnly(read_only)
        self.calendar_button.setVisible(not read_only)
        if self.clear_button is not None:
            self.clear_button.setVisible(not read_only)


    # -- range --------------------------------------------------------------------------

    def earliest(self) -> date:
        return max(EARLIEST, _bound(self._earliest, EARLIEST))

    def latest(self) -> date:
        return min(LATEST, _bound(self._latest, LATEST))

    # -- reading ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self._value is None

    def date_value(self) -> date | None:
        return None if self._value is None else self._value.date()

    def datetime_value(self) -> datetime | None:
        return self._value

    def value(self) -> date | datetime | None:
        return self.datetime_value() if self.with_time else self.date_value()

    # -- writing ------------------------------------------------------------------------

    def set_value(self, value: date | datetime | str | None) -> None:
        """A date, a date-time, an ISO string (from a saved draft) or None (empty)."""
        if isinstance(value, str):
            value = datetime.fromisoformat(value) if value else None
        if value is None and not self.optional:
            self._show()
            return
        if value is not None and not isinstance(value, datetime):
            value = datetime.combine(value, time(0, 0))
        if value is not None:
            value = value.replace(second=0, microsecond=0, tzinfo=None)
        self._set(value, emit=True)

    def fill_if_empty(self) -> None:
        """Start an empty field at the default (today or now) rather than nowhere."""
        if self.is_empty():
            default = self._default()
            self.set_value(default if self.with_time else default.date())

    def step_days(self, days: int) -> None:
        if self.is_empty():
            self.fill_if_empty()
            return
        assert self._value is not None
        moved = self._value + timedelta(days=days)
        if self.earliest() <= moved.date() <= self.latest():
            self._set(moved, emit=True)

    def commit_text(self) -> bool:
        """Read what was typed; refuse (and say why) what is not a date in range."""
        text = self.edit.text()
        if text == self._shown_text:
            return True
        if not text.strip():
            if self.optional:
                self._set(None, emit=True)
                return True
            return self._refuse(self.tr("This date is required."))
        parsed = parse_typed(text)
        if parsed is None:
            return self._refuse(self.tr(
                "“%1” is not a date: type it as 2027-03-04, 2027/3/4, 2027年3月4日 "
                "or 20270304.").replace("%1", text.strip()))
        day, moment = parsed
        if day is None:
            if not self.with_time or self._value is None:
                return self._refuse(self.tr("Please type the date as well."))
            day = self._value.date()
        if moment is None:
            moment = self._value.time() if (self.with_time and self._value) else time(0, 0)
        if not self.earliest() <= day <= self.latest():
            return self._refuse(self.tr("%1 is outside this field's range (%2 to %3).")
                                .replace("%1", day.isoformat())
                                .replace("%2", self.earliest().isoformat())
                                .replace("%3", self.latest().isoformat()))
        self._set(datetime.combine(day, moment), emit=True)
        return True

    # -- inside -------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self.problem:
            self.problem = ""
            self.rejected.emit("")
        # A complete date is taken at once, so a save straight from the field sees it.
        parsed = parse_typed(text)
        if parsed is not None and parsed[0] is not None and len(text.strip()) >= 8:
            day = parsed[0]
            if self.earliest() <= day <= self.latest():
                moment = parsed[1] or (self._value.time() if (self.with_time and self._value)
                                       else time(0, 0))
                self._value = datetime.combine(day, moment)
                self.changed.emit()

    def _refuse(self, message: str) -> bool:
        if self._value != self._committed:
            self._value = self._committed
            self.changed.emit()
        self._show()
        self.problem = message
        self.rejected.emit(message)
        if not self.messages_shown_elsewhere:
            QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), message,
                              self.edit)
        return False

    def _set(self, value: datetime | None, *, emit: bool) -> None:
        before = self._value
        self._value = self._committed = value
        self._show()
        if self.problem:
            self.problem = ""
            self.rejected.emit("")
        if emit and before != value:
            self.changed.emit()

    def _show(self) -> None:
        if self._value is None:
            text = ""
        else:
            text = self._value.strftime("%Y-%m-%d %H:%M" if self.with_time else "%Y-%m-%d")
        self._shown_text = text
        if self.edit.text() != text:
            self.edit.setText(text)

    def _clear_clicked(self) -> None:
        self._set(None, emit=True)

    def open_calendar(self) -> None:
        if self.edit.isReadOnly():
            return
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        first, last = self.earliest(), self.latest()
        calendar.setDateRange(QDate(first.year, first.month, first.day),
                              QDate(last.year, last.month, last.day))
        current = self.date_value() or self._default().date()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(picked: QDate) -> None:
            day: date = picked.toPython()  # type: ignore[assignment]
            moment = self._value.time() if (self.with_time and self._value) else (
                self._default().time().replace(second=0, microsecond=0) if self.with_time
                else time(0, 0))
            self._set(datetime.combine(day, moment), emit=True)
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        menu.deleteLater()
        self.edit.setFocus()


class DateRange(TypedDict):
    earliest: Callable[[], date]
    latest: Callable[[], date]


def years_around(clock: Callable[[], datetime], back: int, ahead: int) -> DateRange:
    """A field's sensible range around today, as `earliest`/`latest` keyword arguments."""

    def shift(years: int) -> Callable[[], date]:
        def bound() -> date:
            today = clock().date()
            try:
                return today.replace(year=today.year + years)
            except ValueError:  # 29 February
                return today.replace(year=today.year + years, day=28)
        return bound

    return {"earliest": shift(-back), "latest": shift(ahead)}
