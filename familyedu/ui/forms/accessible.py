"""Accessible names: every input says what it is to a screen reader (its label as buddy)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUT_TYPES = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QCheckBox)


def _plain(text: str) -> str:
    """A label's words without its accelerator mark ("&Name" -> "Name")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def inputs(root: QWidget) -> list[QWidget]:
    """The inputs under `root` a user fills in; a combo's or spin box's own line edit is part
    of it, not an input of its own."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue
        found.append(widget)
    return found


def buddies(root: QWidget) -> dict[int, str]:
    """id(widget) -> the words of the label whose buddy it is (or whose buddy proxies it)."""
    named: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not _plain(label.text()):
            continue
        named[id(buddy)] = _plain(label.text())
        proxy = buddy.focusProxy()
        if proxy is not None:
            named.setdefault(id(proxy), _plain(label.text()))
    return named


def name_of(widget: QWidget, labels: dict[int, str]) -> str:
    """What a screen reader announces for the input: its accessible name, its buddy label's
    words, or a check box's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if id(widget) in labels:
        return labels[id(widget)]
    if isinstance(widget, QAbstractButton):
        return _plain(widget.text())
    return ""


def unnamed(root: QWidget) -> list[QWidget]:
    """The inputs under `root` that a screen reader could not name."""
    labels = buddies(root)
    return [w for w in inputs(root) if not name_of(w, labels)]
