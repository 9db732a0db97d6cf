"""Combo boxes whose open list is wide enough for its longest item (no "父母死亡/失…抚养")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QStyle

# Room around an item's text in the list: the delegate's margins and a check mark's place.
_ITEM_PADDING = 24


class _PopupWidth(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        model = combo.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.dataChanged):
            signal.connect(self.update)
        combo.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.update()
        return False

    def update(self, *_args: object) -> None:
        combo = self.combo
        view = combo.view()
        metrics = view.fontMetrics()
        widest = max((metrics.horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count())), default=0)
        if combo.count() > combo.maxVisibleItems():
            widest += combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(widest + _ITEM_PADDING + 2 * view.frameWidth())


def fit_popup(combo: QComboBox) -> QComboBox:
    """Keep the combo's list at least as wide as its longest item, as items and font change.

    The closed combo keeps the width its layout gives it; only the list that opens widens.
    """
    if combo.findChild(_PopupWidth) is None:
        _PopupWidth(combo)
    return combo
