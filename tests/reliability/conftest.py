"""Fixtures of the reliability tests: a fork server for the desks.

Unmigrated databases come from `blank_database` in tests/conftest.py."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import ForkServerContext

import pytest

from tests.reliability.helpers.figures import FIGURES


@pytest.fixture(scope="session")
def forkserver() -> ForkServerContext:
    """Children forked from a server that imported familyedu once: a fresh interpreter
    would spend a second importing before its first write."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.reliability.helpers.crash_writer",
                                "tests.reliability.helpers.desks"])
    return ctx


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The figures of issue #6's closing note, when reliability tests ran."""
    if FIGURES:
        terminalreporter.section("reliability figures")
        for name in sorted(FIGURES):
            terminalreporter.write_line(f"{name}: {FIGURES[name]}")
