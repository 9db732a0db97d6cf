"""After Sign in the main window answers at once (issue #14): the dashboard reads its figures
in the thread pool, and the case list reads its first page when it is first shown."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from familyedu.services.casework.dto import CaseQuery, Dashboard
from familyedu.services.core.dto import Page
from familyedu.ui.dashboard import DashboardView
from familyedu.ui.events import AppEvents
from familyedu.ui.main_window import MainWindow
from tests.conftest import World, open_case


def test_the_dashboard_reads_in_the_pool_and_says_it_is_loading(
        qtbot: QtBot, world: World, events: AppEvents,
        monkeypatch: pytest.MonkeyPatch) -> None:
    open_case(world.mine)
    services = world.mine
    real = services.dashboard.load
    release = threading.Event()
    threads: list[str] = []

    def slow(**kwargs: Any) -> Dashboard:
        threads.append(threading.current_thread().name)
        release.wait(10)  # a cold 100,000-case read, held until the test has looked
        return real(**kwargs)

    monkeypatch.setattr(services.dashboard, "load", slow)
    view = DashboardView(services, events)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(threads))
    # The read is away; the GUI thread answers and the view says what it waits for.
    assert threads != [threading.main_thread().name]
    assert view.loading
    assert view.summary.text() == "Loading the dashboard…"
    view.new_case_button.setFocus()
    release.set()
    assert view.wait_until_loaded()
    assert view.summary.text() == "1 open case(s) in your caseload"


def test_the_case_list_reads_when_it_is_first_shown(
        qtbot: QtBot, world: World, events: AppEvents,
        monkeypatch: pytest.MonkeyPatch) -> None:
    open_case(world.mine)
    services = world.mine
    real = services.cases.page
    asked: list[CaseQuery] = []

    def counted(query: CaseQuery) -> Page[Any]:
        asked.append(query)
        return real(query)

    monkeypatch.setattr(services.cases, "page", counted)
    window = MainWindow(services, events)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.page("dashboard").wait_until_loaded()  # type: ignore[attr-defined]
    assert window.cases is not None
    assert asked == []  # the window opens on the dashboard: no list read yet
    window.show_page("cases")
    qtbot.waitUntil(lambda: window.cases is not None and window.cases.list.model.total == 1)
    assert len(asked) == 1
    assert window.cases.list.count.text() == "1 case(s)"
