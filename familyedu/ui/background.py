"""Long service calls (an import, a transfer, a month's letters) in Qt's thread pool,
answered on the UI thread — the one way the UI works in the background.

Two rules keep this safe with PySide:
- The relay that carries the answer back has no parent and is kept here until it has
  answered. Parented to the dialog, its destruction released the callbacks' last reference
  to the dialog, which then deleted itself — and its child, the relay, a second time.
- Python's cyclic collector is paused while a call is away: a collection triggered in the
  pool thread would free the UI's unreachable Qt wrappers off the UI thread (docs/DESIGN.md,
  Dashboard). It resumes when the last call is back; `call` must hold no Qt object.
  A long call that reports progress (a month's letters) is collected on the UI thread as
  each report arrives, so its cyclic garbage (reportlab's, ~1 MB a letter) does not pile
  up until the end.
On quitting (and signing out), `wait_for_background` asks the calls that can stop to stop
and waits for the pool, so the database is not closed under a call still writing.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)
# How long quitting waits for the calls still in the pool (a batch's letter in hand, an
# import's last rows) before the database is closed anyway.
WAIT_ON_QUIT_MS = 60_000


class _Relay(QObject):
    # Emitted from the pool thread; queued to the UI thread, where the relay lives.
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)


class _Job(QRunnable):
    def __init__(self, call: Callable[[Callable[[Any], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self.call = call
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.call(self.relay.progressed.emit)
        except Exception as exc:  # handed to the UI, which words it for the user
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


_pending: set[_Relay] = set()
# How to ask a call still away to stop early (a batch stops before its next letter).
_stops: dict[_Relay, Callable[[], None]] = {}
# Relays that have answered, kept a while longer: the pool thread lets go of its own
# reference after emitting, and that must never be the last one (a Qt wrapper freed off the
# UI thread crashed a test worker).
_retired: list[_Relay] = []
RETIRE_AFTER_MS = 2_000


def run_off_thread(call: Callable[[], Any], on_done: Callable[[Any], None],
                   on_error: Callable[[BaseException], None]) -> None:
    """`call()` in the pool; `on_done(result)` or `on_error(exc)` on the UI thread."""
    _start(lambda _report: call(), on_done, on_error, None)


def run_with_progress(call: Callable[[Callable[[Any], None]], Any],
                      on_progress: Callable[[Any], None], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], *,
                      stop: Callable[[], None] | None = None) -> None:
    """`call(report)` in the pool; each `report(value)` reaches `on_progress(value)` on the
    UI thread, in order, before `on_done(result)` or `on_error(exc)`. `stop()` (any thread)
    asks the call to end early; quitting does."""
    _start(call, on_done, on_error, on_progress, stop)


def wait_for_background(timeout_ms: int = WAIT_ON_QUIT_MS) -> bool:
    """On the UI thread, before the database is closed: ask every call still away that can
    stop to stop, then wait up to `timeout_ms` for the pool to be idle. False if a call was
    still running then (logged)."""
    for stop in list(_stops.values()):
        stop()
    if QThreadPool.globalInstance().waitForDone(timeout_ms):
        return True
    log.warning("a background call was still running after %d ms", timeout_ms)
    return False


def _start(call: Callable[[Callable[[Any], None]], Any], on_done: Callable[[Any], None],
           on_error: Callable[[BaseException], None],
           on_progress: Callable[[Any], None] | None,
           stop: Callable[[], None] | None = None) -> None:
    if not _pending:
        gc.disable()
    relay = _Relay()
    _pending.add(relay)
    if stop is not None:
        _stops[relay] = stop

    def settle() -> None:
        _pending.discard(relay)
        _stops.pop(relay, None)
        _retired.append(relay)
        QTimer.singleShot(RETIRE_AFTER_MS, _retire_one)
        if not _pending:
            gc.enable()

    def done(result: Any) -> None:
        settle()
        on_done(result)

    def failed(exc: BaseException) -> None:
        settle()
        on_error(exc)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    if on_progress is not None:
        def progressed(value: Any) -> None:
            _collect_if_due()
            on_progress(value)

        relay.progressed.connect(progressed)
    QThreadPool.globalInstance().start(_Job(call, relay))


def _collect_if_due() -> None:
    """On the UI thread, what the paused collector would have done by now: there it may
    free Qt wrappers safely. The youngest generation holds everything made since the last
    collection (automatic ones are paused), so collecting it frees a letter's cycles at a
    cost that grows with one report's allocations, not the whole heap. Not gated on
    gc.get_count(): frees lower that count, and a report could find it under the threshold
    with a letter's garbage still there."""
    gc.collect(0)


def _retire_one() -> None:
    if _retired:
        _retired.pop(0).deleteLater()
