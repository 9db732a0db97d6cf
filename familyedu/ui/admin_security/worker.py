"""Run one slow call (a backup, a restore) off the UI thread and hear back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    # Emitted from the pool thread; Qt queues it to the thread the relay lives in (the UI's).
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.call = call
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as exc:  # handed to the UI, which words it for the user
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


def run_in_background(parent: QObject, call: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    """`call()` in Qt's thread pool; `on_done(result)` or `on_error(exc)` on the UI thread."""
    relay = _Relay(parent)
    relay.finished.connect(on_done)
    relay.failed.connect(on_error)
    relay.finished.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(call, relay))
