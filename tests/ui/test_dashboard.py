"""The dashboard lists and charts follow the sessions a counselor logs."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familyedu.errors import DatabaseError, Reason
from familyedu.models import Attendance, SessionMode
from familyedu.services.casework.dto import Dashboard, SessionInput
from familyedu.ui.dashboard import DashboardView
from familyedu.ui.events import AppEvents
from tests.conftest import court_order, guardian_inputs, minor_input
from tests.ui.conftest import CaseWorld


def session(day: datetime, attendance: Attendance = Attendance.ATTENDED,
            minutes: int = 90) -> SessionInput:
    return SessionInput(held_at=day, duration_minutes=minutes if attendance ==
                        Attendance.ATTENDED else 0, mode=SessionMode.HOME_VISIT,
                        attendance=attendance)


def shown(qtbot: QtBot, view: DashboardView) -> DashboardView:
    """The figures are read in a worker thread: wait until they are on screen."""
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    return view


def test_lists_follow_logged_sessions(qtbot: QtBot, case_world: CaseWorld,
                                      events: AppEvents) -> None:
    world, ids = case_world.world, case_world.ids
    view = DashboardView(world.mine, events)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    shown(qtbot, view)
    assert view.summary.text() == "2 open case(s) in your caseload"
    assert view.due.case_ids() == [ids["zhang"]]  # due since 15 Sep
    assert view.no_shows.case_ids() == []

    world.mine.sessions.log(ids["zhang"], session(datetime(2026, 11, 20, 9),
                                                  Attendance.NO_SHOW))
    events.session_logged.emit(ids["zhang"])
    shown(qtbot, view)
    assert view.no_shows.case_ids() == [ids["zhang"]]
    assert view.no_shows.topLevelItem(0).text(2) == "2026-11-20"

    world.mine.sessions.log(ids["zhang"], session(datetime(2026, 11, 26, 9)))
    world.mine.sessions.log(ids["zhang"], session(datetime(2026, 10, 26, 9)))
    events.session_logged.emit(ids["zhang"])
    shown(qtbot, view)
    assert view.due.case_ids() == []  # the next session is due two weeks after the last
    # November's and October's bars show one attended session each.
    assert view.months_chart.values[-2:] == [1, 1]
    assert sum(view.months_chart.values) == 2


def test_orders_near_deadline_and_opening_from_a_list(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    world = case_world.world
    near = world.mine.cases.open_new(
        minor_input(name="孙悦", date_of_birth=date(2013, 2, 2)), guardian_inputs(),
        court_order(order_due_on=date(2026, 12, 15)), confirm_not_duplicate=True)
    view = DashboardView(world.mine, events)
    qtbot.addWidget(view)
    view.show()
    shown(qtbot, view)
    assert view.deadlines.case_ids() == [near]
    row = view.deadlines.topLevelItem(0)
    assert row.text(1) == "孙悦"
    assert row.text(3) == "0.0/20 h"
    opened: list[int] = []
    events.open_case_requested.connect(opened.append)

    def double_click() -> bool:
        # A list filled again between press and double click (a late layout under load)
        # drops the click, as it would for a person, who clicks again.
        item = view.deadlines.topLevelItem(0)
        rect = view.deadlines.visualItemRect(item)
        qtbot.mouseClick(view.deadlines.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.mouseDClick(view.deadlines.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
        return bool(opened)

    qtbot.waitUntil(double_click, timeout=5_000)
    assert opened == [near]


def test_supervisor_switches_between_center_and_own_caseload(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = DashboardView(case_world.world.sup, events)
    qtbot.addWidget(view)
    view.show()
    assert view.summary.text() == "Loading the dashboard…"
    shown(qtbot, view)
    assert view.summary.text() == "3 open case(s) in the center"
    chart = view.situation_chart
    counts = dict(zip(chart.labels, chart.values, strict=True))
    assert counts == {"Both parents away for work, child left behind": 2,
                      "Parents divorced or separated, care absent": 1}
    assert view.mine_button is not None
    qtbot.mouseClick(view.mine_button, Qt.MouseButton.LeftButton)
    shown(qtbot, view)
    assert view.summary.text() == "0 open case(s) in your caseload"
    assert view.due.case_ids() == []


def test_a_failed_load_says_why_and_retries(qtbot: QtBot, case_world: CaseWorld,
                                           events: AppEvents,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    services = case_world.world.sup
    real_load = services.dashboard.load
    calls: list[bool] = []

    def flaky(**kwargs: object) -> Dashboard:
        calls.append(True)
        if len(calls) == 1:
            raise DatabaseError(Reason.LOCKED, "test")
        return real_load(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.dashboard, "load", flaky)
    view = DashboardView(services, events)
    qtbot.addWidget(view)
    view.show()
    shown(qtbot, view)
    assert view.summary.text().startswith("The dashboard could not be loaded:")
    assert view.retry_button.isVisible()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    shown(qtbot, view)
    assert view.summary.text() == "3 open case(s) in the center"
    assert not view.retry_button.isVisible()


def test_only_the_newest_reload_is_shown(qtbot: QtBot, case_world: CaseWorld,
                                         events: AppEvents) -> None:
    view = DashboardView(case_world.world.sup, events)
    qtbot.addWidget(view)
    assert view.mine_button is not None
    # Three reloads in a row, the last for the supervisor's own (empty) caseload.
    view.reload()
    view.mine_button.setChecked(True)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    shown(qtbot, view)
    assert view.summary.text() == "0 open case(s) in your caseload"


def test_reloads_asked_for_at_once_are_served_by_one_read(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = case_world.world.sup
    real_load = services.dashboard.load
    calls: list[object] = []

    def counted(**kwargs: object) -> Dashboard:
        calls.append(kwargs.get("mine_only"))
        return real_load(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.dashboard, "load", counted)
    view = DashboardView(services, events)
    qtbot.addWidget(view)
    # The window shows before any figure is read; a burst of saves reads once more.
    assert calls == []
    shown(qtbot, view)
    assert calls == [False]
    for _ in range(3):
        events.session_logged.emit(1)
    assert view.loading
    shown(qtbot, view)
    assert calls == [False, False]
