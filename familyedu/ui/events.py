"""Past-tense signals that tell every screen what changed, so each refreshes only that."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """One instance per window, created in main and passed to each screen's constructor."""

    case_saved = Signal(int)  # case id (opened, edited, closed, reopened, reassigned)
    minor_saved = Signal(int)  # case id whose minor or guardians changed
    plan_saved = Signal(int)  # case id
    session_logged = Signal(int)  # case id
    report_saved = Signal(int)  # case id (mandatory report)
    letter_issued = Signal(int)  # letter register id
    open_case_requested = Signal(int)  # case id: any screen asks the window to open a case
    new_case_requested = Signal()  # a screen's 新建案件 button asks the window for the dialog
    settings_changed = Signal()
