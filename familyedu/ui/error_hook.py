"""One exception hook for the GUI: a plain dialog, a rotating log, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from familyedu.paths import log_dir

log = logging.getLogger("familyedu")
LOG_FILE = "familyedu.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """A rotating log in the user's data folder (5 files of 1 MB).

    Only ids go into log lines (see CONVENTIONS.md); tracebacks carry code, not field values.
    """
    folder = directory or log_dir()
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def _traceback_text(info: ExcInfo) -> str:
    # Only the frames and the exception type: an exception's message can quote user input
    # (a name typed into a field), and names must not reach the log.
    # Source lines are left out too: a literal in code is no place for data, but be sure.
    kind, _value, tb = info
    frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
                     for f in traceback.extract_tb(tb))
    return f"{frames}{kind.__module__}.{kind.__qualname__}"


class ErrorHook(QObject):
    """Replaces sys.excepthook; shows each unexpected error once, without closing anything."""

    error_shown = Signal(str)  # the text the user saw (tests wait on it)

    def __init__(self, parent_window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self._previous = sys.excepthook
        self._showing = False
        self.show_dialogs = True  # tests switch the modal box off and listen to error_shown

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error("unexpected error\n%s", _traceback_text((kind, value, tb)))
        # Imported here: the sign-in dialog shows before the database layer is loaded.
        from familyedu.ui.service_errors import error_text

        text = error_text(value)
        self.error_shown.emit(text)
        if not self.show_dialogs or self._showing or QApplication.instance() is None:
            return
        # Shown from the event loop: the hook may run inside a slot whose widget is mid-paint.
        QTimer.singleShot(0, lambda: self._show(text))

    def _show(self, text: str) -> None:
        self._showing = True  # a second error while the box is open is logged, not stacked
        try:
            box = QMessageBox(self._parent_window())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("ErrorHook", "Something went wrong"))
            box.setText(text)
            box.setInformativeText(QCoreApplication.translate(
                "ErrorHook", "You can go on working. If it happens again, send the log file "
                "to your administrator: {path}").format(path=str(log_dir() / LOG_FILE)))
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            self._showing = False
