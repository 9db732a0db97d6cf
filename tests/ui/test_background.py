"""The one background helper: answers and progress reach the UI thread, in order."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from familyedu.ui.background import run_off_thread, run_with_progress, wait_for_background


def test_progress_arrives_on_the_ui_thread_in_order_before_the_answer(qtbot: QtBot) -> None:
    seen: list[tuple[str, Any, str]] = []
    ui = threading.current_thread().name

    def count(report: Callable[[Any], None]) -> str:
        for n in range(1, 6):
            report(n)
        return threading.current_thread().name

    run_with_progress(count,
                      lambda n: seen.append(("progress", n, threading.current_thread().name)),
                      lambda name: seen.append(("done", name, threading.current_thread().name)),
                      lambda exc: seen.append(("error", exc, threading.current_thread().name)))
    qtbot.waitUntil(lambda: any(kind == "done" for kind, _, _ in seen), timeout=10_000)
    assert [(kind, value) for kind, value, _ in seen[:5]] == [("progress", n) for n in
                                                              range(1, 6)]
    assert seen[5][0] == "done"
    assert seen[5][1] != ui  # the call ran in the pool…
    assert {thread for _, _, thread in seen} == {ui}  # …every answer came to the UI thread


def test_a_failure_is_answered_on_the_ui_thread(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("the file is not a register")

    run_off_thread(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ValueError)


class _Node:
    """A piece of cyclic garbage, as reportlab leaves behind each letter."""

    def __init__(self) -> None:
        self.me = self
        self.payload = [{"n": n} for n in range(2_000)]


def test_a_long_call_does_not_pile_up_cyclic_garbage_until_it_ends(qtbot: QtBot) -> None:
    # The collector is paused while the call is away; the reports let the UI thread collect.
    made: list[weakref.ref[_Node]] = []
    alive_at_last_report: list[int] = []
    results: list[Any] = []
    handled = threading.Semaphore(0)
    total = 30

    def batch(report: Callable[[Any], None]) -> str:
        for n in range(1, total + 1):
            made.append(weakref.ref(_Node()))  # unreachable at once, freed only by the collector
            report(n)
            # The next one is made once this report was handled: a node being made while the
            # UI thread collects is reachable then and outlives every later collection of the
            # youngest generation, so how many survived followed the threads' timing (3 of 30
            # on a loaded machine). Bounded, so a lost report cannot hold the pool thread.
            handled.acquire(timeout=10)
        return "all issued"

    def progressed(n: Any) -> None:
        if n == total:
            alive_at_last_report.append(sum(ref() is not None for ref in made))
        handled.release()

    run_with_progress(batch, progressed, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == ["all issued"]
    assert len(made) == total
    assert len(alive_at_last_report) == 1
    assert alive_at_last_report[0] <= 2  # the one in hand, at most


def test_quitting_waits_for_a_call_still_writing(qtbot: QtBot) -> None:
    written: list[str] = []
    answers: list[Any] = []

    def last_write() -> str:
        time.sleep(0.3)
        written.append("the letter in hand")
        return "done"

    run_off_thread(last_write, answers.append, answers.append)
    assert wait_for_background(10_000)
    assert written == ["the letter in hand"]  # over before the database would be closed
    qtbot.waitUntil(lambda: answers == ["done"], timeout=10_000)


def test_quitting_stops_a_call_that_can_stop(qtbot: QtBot) -> None:
    stop = threading.Event()
    answers: list[Any] = []

    def batch(report: Callable[[Any], None]) -> int:
        letters = 0
        while not stop.wait(0.05) and letters < 600:  # half a minute if nobody stops it
            letters += 1
            report(letters)
        return letters

    run_with_progress(batch, lambda _n: None, answers.append, answers.append, stop=stop.set)
    started = time.monotonic()
    assert wait_for_background(20_000)
    assert time.monotonic() - started < 5
    assert stop.is_set()
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=10_000)
    assert isinstance(answers[0], int)
    assert answers[0] < 600


def test_quitting_gives_up_waiting_after_the_bound(qtbot: QtBot) -> None:
    gate = threading.Event()
    answers: list[Any] = []
    run_off_thread(lambda: gate.wait(30), answers.append, answers.append)
    try:
        assert not wait_for_background(100)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: answers == [True], timeout=10_000)
