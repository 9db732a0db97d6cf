"""A quiet line inside a dashboard list that has nothing in it ("No sessions are due this
week."): a header over white space read as broken, or as not loaded yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTreeWidget

MARGIN = 8


class EmptyNote(QLabel):
    """Lies on the list's viewport; `refresh()` after the list is filled shows it only while
    the list is empty (not before the first figures arrive)."""

    def __init__(self, tree: QTreeWidget, text: str) -> None:
        super().__init__(text, tree.viewport())
        self._tree = tree
        self.setObjectName(f"{tree.objectName()}_empty")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        # On the viewport a label draws with the Text role (its parent's background is Base).
        palette = self.palette()
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, quiet)
        self.setPalette(palette)
        # Clicks and the context menu reach the list below it.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        tree.viewport().installEventFilter(self)

    def refresh(self) -> None:
        empty = self._tree.topLevelItemCount() == 0
        # A screen reader finds no rows to read: the list's description says why.
        self._tree.setAccessibleDescription(self.text() if empty else "")
        self.setVisible(empty)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self._tree.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, 0)
        width = max(0, area.width())
        self.setGeometry(area.x(), area.y(), width,
                         min(area.height(), self.heightForWidth(width)))
