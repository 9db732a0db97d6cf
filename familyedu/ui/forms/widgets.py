"""Small builders shared by the forms: category and enum combos, text areas, banners."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from familyedu.models.enums import CategoryKind
from familyedu.services import Services
from familyedu.services.core.dto import CategoryView
from familyedu.ui.forms import DateField
from familyedu.ui.forms.popups import fit_popup
from familyedu.ui.labels import CategoryLabels


class Vocab:
    """The configurable lists, read once per workspace or dialog."""

    def __init__(self, services: Services) -> None:
        self._all: dict[CategoryKind, list[CategoryView]] = services.categories.all()

    def active(self, kind: CategoryKind) -> list[CategoryView]:
        return [e for e in self._all.get(kind, []) if e.active]

    def labels(self, kind: CategoryKind) -> CategoryLabels:
        # Retired entries too: old records still name them.
        return CategoryLabels(self._all.get(kind, []))


class _WheelGuard(QObject):
    """Scrolling over a form must not change the combo or number the pointer passes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            parent = watched.parentWidget()
            if parent is not None:  # let the surrounding scroll area scroll instead
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


_GUARD: list[_WheelGuard] = []
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


class _NumberKeys(QObject):
    """A number field says so when a letter is typed, instead of dropping it silently.

    Digits typed in a Chinese input method's full-width mode are taken as digits.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractSpinBox):
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        ascii_text = text.translate(_FULL_WIDTH_DIGITS)
        if ascii_text != text and ascii_text.isascii():
            line = watched.findChild(QLineEdit)
            if line is not None and not watched.isReadOnly():
                line.insert(ascii_text)
                return True
        if all(c.isascii() and (c.isdigit() or c in ".,-+ ") for c in text):
            return False
        QToolTip.showText(watched.mapToGlobal(watched.rect().bottomLeft()),
                          QCoreApplication.translate(
                              "Widgets", "Only a number goes here: “%1” was not taken.")
                          .replace("%1", text), watched)
        return True


_NUMBER_KEYS: list[_NumberKeys] = []


def refuse_letters(box: QAbstractSpinBox) -> None:
    if not _NUMBER_KEYS:
        _NUMBER_KEYS.append(_NumberKeys())
    box.installEventFilter(_NUMBER_KEYS[0])


def guard_wheel(widget: QWidget) -> None:
    if not _GUARD:
        _GUARD.append(_WheelGuard())
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_GUARD[0])


def placeholder_text() -> str:
    return QCoreApplication.translate("Widgets", "— choose —")


def category_combo(vocab: Vocab, kind: CategoryKind, parent: QWidget | None = None, *,
                   placeholder: bool = True) -> QComboBox:
    combo = QComboBox(parent)
    if placeholder:
        combo.addItem(placeholder_text(), None)
    labels = vocab.labels(kind)
    for entry in vocab.active(kind):
        combo.addItem(labels(entry.code), entry.code)
    guard_wheel(combo)
    return fit_popup(combo)


def enum_combo(values: Iterable[Enum], label: Callable[[Any], str],
               parent: QWidget | None = None, *, placeholder: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    if placeholder:
        combo.addItem(placeholder_text(), None)
    for value in values:
        combo.addItem(label(value), value.value)
    guard_wheel(combo)
    return fit_popup(combo)


def text_area(parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    area = QPlainTextEdit(parent)
    area.setTabChangesFocus(True)
    height = area.fontMetrics().lineSpacing() * lines + 12
    area.setMinimumHeight(height)
    area.setMaximumHeight(max(height, area.fontMetrics().lineSpacing() * (lines + 4)))
    return area


def spin(parent: QWidget | None, low: int, high: int, *, none_text: str = "",
         suffix: str = "") -> QSpinBox:
    """An integer field; with `none_text`, its lowest value means "not set"."""
    box = QSpinBox(parent)
    box.setRange(low, high)
    if none_text:
        box.setSpecialValueText(none_text)
    if suffix:
        box.setSuffix(suffix)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    guard_wheel(box)
    refuse_letters(box)
    return box


def hours_spin(parent: QWidget | None, *, none_text: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 1000)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSpecialValueText(none_text)
    guard_wheel(box)
    refuse_letters(box)
    return box


def banner(parent: QWidget | None = None, *, colour: str = "#fff3e0",
           border: str = "#ef6c00") -> QLabel:
    """A tinted, word-wrapped warning line (hidden until given text)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setStyleSheet(f"QLabel {{ background: {colour}; border: 1px solid {border}; "
                        "border-radius: 3px; padding: 6px; color: #3e2723; }")
    label.setVisible(False)
    return label


def ask_date(parent: QWidget | None, title: str, text: str, default: date) -> date | None:
    """A small modal question whose answer is a date (None if cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(text, dialog)
    label.setWordWrap(True)
    layout.addWidget(label)
    field = DateField(dialog, optional=False)
    field.set_value(default)
    layout.addWidget(field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    day = field.date_value()
    dialog.deleteLater()
    return day if accepted else None
