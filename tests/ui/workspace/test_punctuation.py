"""Joining punctuation follows the interface language: full-width in Chinese, ASCII in English."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familyedu.models import Attendance, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.ui.audit_details import describe
from familyedu.ui.events import AppEvents
from familyedu.ui.forms.saving import leftover_text
from familyedu.ui.workspace.session_dialog import SessionDialog
from familyedu.ui.workspace.sessions_tab import SessionsTab
from tests.conftest import World
from tests.ui.workspace.conftest import approved_plan

FULL_WIDTH = "（）：、"


def _language(qapp: QApplication, language: str) -> None:
    # The ui_sandbox fixture puts the previous language back after the test.
    qapp.setProperty("familyedu_language", language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_session_dialog_attendees_and_goals(
        qtbot: QtBot, qapp: QApplication, world: World, events: AppEvents, case_id: int,
        language: str) -> None:
    _language(qapp, language)
    plan = approved_plan(world, case_id)
    case = world.mine.cases.get(case_id)
    dialog = SessionDialog(world.mine, events, case)
    qtbot.addWidget(dialog)
    grandmother = next(g for g in case.minor.guardians if g.name == "刘桂英")
    attendee = dialog.attendees.guardian_boxes[grandmother.id].text()
    goal = dialog.ratings.rows[plan.goals[1].id][0].text()
    if language == "en":
        assert re.fullmatch(r"刘桂英 \([^()]+\)", attendee), attendee
        assert goal.endswith(": 按时到校"), goal
        assert not any(mark in attendee + goal for mark in FULL_WIDTH)
    else:
        assert re.fullmatch(r"刘桂英（[^（）]+）", attendee), attendee
        assert goal.endswith("：按时到校"), goal
        assert ": " not in goal


@pytest.mark.parametrize(("language", "separator"), [("en", ", "), ("zh_CN", "、")])
def test_who_came_is_listed_in_the_interface_language(
        qtbot: QtBot, qapp: QApplication, world: World, events: AppEvents, case_id: int,
        language: str, separator: str) -> None:
    _language(qapp, language)
    case = world.mine.cases.get(case_id)
    guardian = case.minor.guardians[0]
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 11, 20, 14, 0), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, guardian_ids=(guardian.id,), minor_attended=True))
    tab = SessionsTab(world.mine, events, case)
    qtbot.addWidget(tab)
    who = tab.model.index(0, 4).data()
    assert who == f"{guardian.name}{separator}{case.minor.name}"


@pytest.mark.parametrize(("language", "colon"), [("en", ": "), ("zh_CN", "：")])
def test_history_lines_and_leftover_errors_use_the_languages_colon(
        qapp: QApplication, language: str, colon: str) -> None:
    _language(qapp, language)
    details = json.dumps({"changes": {"phone": ["1", "2"]}, "reason": "搬家"})
    lines = describe(details, lambda _field, value: str(value)).splitlines()
    assert lines[0].endswith(f"{colon}1 → 2"), lines
    assert lines[1].endswith(f"{colon}搬家"), lines
    assert leftover_text({"phone": "号码不对"}).endswith(f"{colon}号码不对")
