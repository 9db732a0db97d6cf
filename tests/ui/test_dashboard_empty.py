"""An empty dashboard list says so inside it, and the line goes when the list fills."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familyedu.models import Attendance, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.ui import i18n
from familyedu.ui.dashboard import DashboardView
from familyedu.ui.events import AppEvents
from tests.ui.conftest import CaseWorld


def shown(qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> DashboardView:
    view = DashboardView(case_world.world.mine, events)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    return view


def test_each_empty_list_says_what_is_not_there(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = shown(qtbot, case_world, events)
    assert view.no_shows.topLevelItemCount() == 0
    note = view.no_shows.empty_note
    assert note.isVisible()
    assert note.text() == "No missed session is waiting for a follow-up."
    assert view.no_shows.accessibleDescription() == note.text()
    # Inside the list, below its header, and readable whole.
    viewport = view.no_shows.viewport()
    assert note.parentWidget() is viewport
    assert note.mapTo(viewport, QPoint(0, 0)).y() >= 0
    assert note.width() <= viewport.width()
    assert note.height() >= note.fontMetrics().height()
    # Quiet: drawn in the placeholder grey, not in the black of the rows.
    picture = viewport.grab(note.geometry()).toImage()
    darkest = min(picture.pixelColor(x, y).value() for x in range(picture.width())
                  for y in range(picture.height()))
    assert 64 < darkest < 200  # some text is drawn, none of it near black
    assert view.due.topLevelItemCount() == 1  # the overdue case
    assert not view.due.empty_note.isVisible()
    assert view.due.accessibleDescription() == ""
    notes = {d.objectName(): d.empty_note.text()
             for d in (view.due, view.reviews, view.deadlines, view.no_shows)}
    assert len(set(notes.values())) == 4  # each list its own line
    assert view.plan_outcomes is not None
    assert view.plan_outcomes.empty_note.isVisible()


def test_the_line_goes_when_a_row_comes(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = shown(qtbot, case_world, events)
    zhang = case_world.ids["zhang"]
    case_world.world.mine.sessions.log(zhang, SessionInput(
        held_at=datetime(2026, 11, 20, 9), duration_minutes=0, mode=SessionMode.HOME_VISIT,
        attendance=Attendance.NO_SHOW))
    events.session_logged.emit(zhang)
    qtbot.waitUntil(lambda: view.no_shows.topLevelItemCount() == 1, timeout=10_000)
    assert not view.no_shows.empty_note.isVisible()


def test_nothing_is_said_before_the_figures_arrive(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    view = DashboardView(case_world.world.mine, events)
    qtbot.addWidget(view)
    view.show()
    assert view.loading
    assert not view.no_shows.empty_note.isVisible()  # not "none" while still reading
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)


def test_the_line_is_in_the_users_language(
        qtbot: QtBot, qapp: QApplication, case_world: CaseWorld, events: AppEvents) -> None:
    translators = i18n.Translators()
    locale = QLocale()
    try:
        translators.install(qapp, "zh_CN")
        view = shown(qtbot, case_world, events)
    finally:
        for translator in translators.installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert view.no_shows.empty_note.text() == "没有待跟进的缺席。"
    assert view.no_shows.empty_note.isVisible()
