"""Validation messages shown next to the field they are about, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from familyedu.ui.forms.dirty import changed_signals

ERROR_COLOUR = "#c62828"
_OUTLINE_WIDTH = 2


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped message line, hidden until there is something to say."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setVisible(False)
    return label


class ErrorLine(QLabel):
    """A field's message line whose one line of height is kept while it is hidden.

    Showing or clearing a message therefore moves nothing below it. A message wider than
    the field is cut with "…" and is read whole from its tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(0, self.fontMetrics().height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor(ERROR_COLOUR))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         shown)


def _target(widget: QWidget) -> QWidget:
    """The part of a composite field that should be outlined (the edit, not its frame)."""
    proxy = widget.focusProxy()
    return proxy if proxy is not None else widget


class _Outline(QWidget):
    """A red frame drawn over a field in error. Drawn on top rather than styled in, so the
    field keeps its size (a style sheet border made a combo box shorter and moved the rows
    below it) and its platform look."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("field_error_outline")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.setGeometry(target.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and watched is self.parentWidget() and event.type() in (
                QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(ERROR_COLOUR))
        pen.setWidth(_OUTLINE_WIDTH)
        painter.setPen(pen)
        half = _OUTLINE_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


def set_highlight(widget: QWidget, on: bool) -> None:
    """Outline the field in red (its `fieldError` property says so too) or stop."""
    target = _target(widget)
    if bool(target.property("fieldError")) == on:
        return
    target.setProperty("fieldError", on)
    outline = target.findChild(_Outline, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if on and outline is None:
        outline = _Outline(target)
    if outline is not None:
        outline.setVisible(on)
        if on:
            outline.setGeometry(target.rect())
            outline.raise_()


class FormErrors(QObject):
    """Field name -> (widget, message label). Shows a ValidationError's messages in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._shown: dict[str, str] = {}

    def register(self, name: str, widget: QWidget, label: QLabel) -> None:
        self._fields[name] = (widget, label)
        for signal in changed_signals(widget):
            # Once the user touches the field, the old complaint no longer applies.
            signal.connect(lambda *_a, n=name: self.clear_field(n))

    def names(self) -> list[str]:
        return list(self._fields)

    def label(self, name: str) -> QLabel | None:
        entry = self._fields.get(name)
        return entry[1] if entry else None

    def show(self, messages: Mapping[str, str]) -> dict[str, str]:
        """Show each message by its field; return those for fields this form does not have."""
        leftovers: dict[str, str] = {}
        for name, text in messages.items():
            if name not in self._fields:
                leftovers[name] = text
                continue
            widget, label = self._fields[name]
            label.setText(text)
            label.setToolTip(text)
            label.setVisible(True)
            set_highlight(widget, True)
            self._shown[name] = text
        return leftovers

    def first_widget(self) -> QWidget | None:
        """The first field (in form order) that shows an error."""
        for name, (widget, _label) in self._fields.items():
            if name in self._shown:
                return widget
        return None

    def text(self, name: str) -> str:
        return self._shown.get(name, "")


    def clear_field(self, name: str) -> None:
        if name not in self._shown or name not in self._fields:
            return
        widget, label = self._fields[name]
        label.clear()
        label.setToolTip("")
        label.setVisible(False)
        set_highlight(widget, False)
        del self._shown[name]

    def clear(self) -> None:
        for name in list(self._shown):
            self.clear_field(name)
