"""The text size setting (older counselors, high-DPI screens): the application font scaled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

KEY = "ui/text_size"
STANDARD = "standard"
# name -> factor over the desktop's own size
SIZES: dict[str, float] = {STANDARD: 1.0, "larger": 1.2, "largest": 1.45}
_BASE = "familyedu_base_point_size"


def label(name: str) -> str:
    """The menu's words for a size (with its accelerator)."""
    return {
        STANDARD: QCoreApplication.translate("TextSize", "&Standard"),
        "larger": QCoreApplication.translate("TextSize", "&Larger"),
        "largest": QCoreApplication.translate("TextSize", "L&argest"),
    }[name]


def saved(settings: QSettings) -> str:
    value = str(settings.value(KEY, STANDARD) or STANDARD)
    return value if value in SIZES else STANDARD


def current(app: QApplication) -> str:
    return str(app.property("familyedu_text_size") or STANDARD)


def apply(app: QApplication, name: str) -> None:
    """Scale the application font from the desktop's own size; every open window follows."""
    if name not in SIZES:
        name = STANDARD
    base = app.property(_BASE)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:  # a font given in pixels
            base = QFont().pointSizeF()
        app.setProperty(_BASE, base)
    font = QFont(app.font())
    font.setPointSizeF(round(float(base) * SIZES[name], 1))
    app.setProperty("familyedu_text_size", name)
    app.setFont(font)


def choose(app: QApplication, settings: QSettings, name: str) -> None:
    """The user's choice: applied at once and remembered for the next start."""
    apply(app, name)
    settings.setValue(KEY, current(app))


def apply_saved(app: QApplication, settings: QSettings) -> None:
    """At start-up, before the first window: the size chosen last time."""
    name = saved(settings)
    if name != STANDARD:
        apply(app, name)
