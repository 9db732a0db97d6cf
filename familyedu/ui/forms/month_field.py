"""A month field: a whole month typed in any common form (2027-03, 2027/3, 2027年3月, 202703).

It looks and reads like DateField (ui/forms/date_field.py), whose parser also takes a whole
date typed here (2027-03-04 is March 2027); Up and Down step a month.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolTip, QWidget

from familyedu.ui.forms.date_field import parse_typed

# What the services accept for a month of letters (LetterService.due_for_period).
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 1)

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$|^(\d{4})(\d{2})$", re.ASCII)


def parse_month(text: str) -> tuple[int, int] | None:
    """(year, month number) as typed, the month not yet checked; None when it is no month.

    2027-03, 2027/3, 2027.3, 2027年3月, 202703 and full-width digits; a whole date
    (2027-03-04, 2027年3月4日…) gives its month.
    """
    value = unicodedata.normalize("NFKC", text).strip()
    value = (value.replace("年", "-").replace("月", "").replace("/", "-").replace(".", "-"))
    value = re.sub(r"\s*-\s*", "-", value).strip()
    found = _MONTH.match(value)
    if found is not None:
        year, month = (found[1], found[2]) if found[1] else (found[3], found[4])
        return int(year), int(month)
    parsed = parse_typed(text)
    if parsed is not None and parsed[0] is not None:
        return parsed[0].year, parsed[0].month
    return None


def _shifted(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class _Edit(QLineEdit):
    """The text part of a MonthField: Up and Down step a month."""

    def __init__(self, owner: MonthField) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1,
                 Qt.Key.Key_PageUp: 12, Qt.Key.Key_PageDown: -12}
        key = Qt.Key(event.key())
        if key in steps and not self.isReadOnly():
            self._owner.step_months(steps[key])
            return
        super().keyPressEvent(event)


class MonthField(QWidget):
    """A month (its first day), never empty. What is typed is read when the field is left
    or Enter is pressed; a text that is no month, a month number outside 1–12 or a month
    outside `earliest`..`latest` is refused: the field goes back to its last month and
    `rejected` carries a message that names the field (`label`)."""

    changed = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None, value: date, *, label: str,
                 earliest: date = EARLIEST, latest: date = LATEST) -> None:
        super().__init__(parent)
        self.label = label
        self._earliest = earliest.replace(day=1)
        self._latest = latest.replace(day=1)
        self._value = value.replace(day=1)
        self.problem = ""
        self.messages_shown_elsewhere = False  # else a tooltip shows a refusal
        self.edit = _Edit(self)
        self.edit.setPlaceholderText(self.tr("yyyy-mm"))
        self.edit.setToolTip(self.tr("Type a month such as 2027-03, 2027/3, 2027年3月 or "
                                     "202703; Up/Down change it by a month."))
        self.edit.setAccessibleName(label)
        self.edit.editingFinished.connect(self.commit_text)
        self.edit.textEdited.connect(self._typed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())
        self._show()

    def value(self) -> date:
        """The month, as its first day."""
        return self._value

    def set_value(self, value: date) -> None:
        self._set(value.replace(day=1))

    def step_months(self, months: int) -> None:
        moved = _shifted(self._value, months)
        if self._earliest <= moved <= self._latest:
            self._set(moved)

    def commit_text(self) -> bool:
        """Read what was typed; refuse (and say why) what is not a month in range."""
        text = self.edit.text().strip()
        if text == self._value.strftime("%Y-%m"):
            return True
        parsed = parse_month(text)
        if parsed is None:
            return self._refuse(self.tr(
                "%1: “%2” is not a month: type it as 2027-03, 2027/3, 2027年3月 or 202703.")
                .replace("%1", self.label).replace("%2", text))
        year, month = parsed
        if not 1 <= month <= 12:
            return self._refuse(self.tr("%1: there is no month %2; a month is 1 to 12.")
                                .replace("%1", self.label).replace("%2", str(month)))
        chosen = date(year, month, 1)
        if not self._earliest <= chosen <= self._latest:
            return self._refuse(self.tr("%1: %2 is outside this field's range (%3 to %4).")
                                .replace("%1", self.label)
                                .replace("%2", chosen.strftime("%Y-%m"))
                                .replace("%3", self._earliest.strftime("%Y-%m"))
                                .replace("%4", self._latest.strftime("%Y-%m")))
        self._set(chosen)
        return True

    def _typed(self, _text: str) -> None:
        if self.problem:
            self.problem = ""
            self.rejected.emit("")

    def _refuse(self, message: str) -> bool:
        self._show()
        self.problem = message
        self.rejected.emit(message)
        if not self.messages_shown_elsewhere:
            QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), message,
                              self.edit)
        return False

    def _set(self, value: date) -> None:
        before = self._value
        self._value = value
        self._show()
        if self.problem:
            self.problem = ""
            self.rejected.emit("")
        if value != before:
            self.changed.emit()

    def _show(self) -> None:
        text = self._value.strftime("%Y-%m")
        if self.edit.text() != text:
            self.edit.setText(text)
