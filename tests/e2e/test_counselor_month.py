"""A counselor's month, worked through the case workspace by keyboard and mouse.

Register 张小明 with two guardians and a court order of 20 hours, write a plan with three
goals, have the supervisor approve it at her desk, log three sessions (one a no-show), and
check that the order's progress bar, the sessions list and the dashboard agree.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familyedu.models import Attendance, PlanStatus, SessionMode
from familyedu.services.casework.dto import CaseQuery
from familyedu.ui.events import AppEvents
from familyedu.ui.workspace import CaseWorkspace
from familyedu.ui.workspace.goals_model import GoalColumn
from familyedu.ui.workspace.new_case import NewCaseDialog
from familyedu.ui.workspace.session_dialog import SessionDialog
from tests.conftest import World
from tests.ui.workspace.helpers import (
    MessageBoxes,
    choose,
    decide_plan,
    edit_cell,
    fill_guardian,
    fill_minor,
    fill_order,
    replace_text,
    tick,
    type_text,
)

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAMILYEDU_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


def open_workspace(qtbot: QtBot, world: World, services_name: str, events: AppEvents,
                   case_id: int) -> CaseWorkspace:
    services = getattr(world, services_name)
    services.cases.open(case_id)
    ws = CaseWorkspace(services, events, case_id)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    return ws


def log_session(qtbot: QtBot, ws: CaseWorkspace, held_at: datetime, minutes: int | None,
                mode: SessionMode, attendance: Attendance, summary: str,
                rate: dict[int, int]) -> None:
    ws.tabs.setCurrentWidget(ws.sessions)
    qtbot.keyClick(ws.sessions, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = ws.sessions.dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.isVisible()
    dialog.held_at.set_value(held_at)
    if minutes is not None:
        replace_text(qtbot, dialog.duration, str(minutes))
    choose(qtbot, dialog.mode, mode.value)
    choose(qtbot, dialog.attendance, attendance.value)
    if attendance is Attendance.ATTENDED:
        for box in dialog.attendees.guardian_boxes.values():
            tick(qtbot, box)
        tick(qtbot, dialog.attendees.minor_box)
        for goal_id, rating in rate.items():
            box, combo = dialog.ratings.rows[goal_id]
            tick(qtbot, box)
            choose(qtbot, combo, rating)
    type_text(qtbot, dialog.shared_summary, summary)
    qtbot.keyClick(dialog.shared_summary, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.general.text()


def test_a_month_of_casework(qtbot: QtBot, world: World, boxes: MessageBoxes) -> None:
    events = AppEvents()

    # 1. Register the child, two guardians and the court's order in one dialog.
    new = NewCaseDialog(world.mine, events)
    qtbot.addWidget(new)
    new.show()
    fill_minor(qtbot, new)
    fill_guardian(qtbot, new, 0, "张建国", "father", "13812345678")
    fill_guardian(qtbot, new, 1, "刘桂英", "grandmother", "0851-86123456")
    fill_order(qtbot, new, hours="20")
    with qtbot.waitSignal(events.case_saved):
        qtbot.mouseClick(new.save_button, Qt.MouseButton.LeftButton)
    case_id = new.case_id
    assert case_id is not None

    # 2. Open the case and write the plan: three goals in the table.
    ws = open_workspace(qtbot, world, "mine", events, case_id)
    assert ws.title() == "2026-0001 张小明"
    ws.tabs.setCurrentWidget(ws.plan)
    plan = ws.plan
    plan.editor.start_on.set_value(date(2026, 10, 28))
    plan.editor.review_on.set_value(date(2027, 1, 28))
    type_text(qtbot, plan.editor.frequency, "每两周一次")
    type_text(qtbot, plan.editor.needs, "父母长期在外务工，祖母监护能力有限，孩子沉迷手机游戏。")
    goals = [("communication", "父亲每周与孩子视频通话两次"),
             ("schooling", "按时到校，不迟到"),
             ("internet", "手机使用不超过每天一小时")]
    for row, (domain, text) in enumerate(goals):
        qtbot.mouseClick(plan.editor.add_goal_button, Qt.MouseButton.LeftButton)
        edit_cell(qtbot, plan.editor.table, row, GoalColumn.DOMAIN, domain)
        edit_cell(qtbot, plan.editor.table, row, GoalColumn.DESCRIPTION, text)
    with qtbot.waitSignal(events.plan_saved):
        qtbot.mouseClick(plan.workflow.buttons["create"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plan.workflow.buttons["submit"], Qt.MouseButton.LeftButton)
    assert plan.current is not None
    assert plan.current.status is PlanStatus.PENDING_APPROVAL
    assert not plan.workflow.buttons["approve"].isVisible()

    # 3. The supervisor approves it at her own desk.
    sup = open_workspace(qtbot, world, "sup", AppEvents(), case_id)
    sup.tabs.setCurrentWidget(sup.plan)
    assert decide_plan(qtbot, sup.plan, "approve")
    sup.close()
    # Back at the counselor's desk (her window, not the supervisor's, takes the keys).
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow)
    qtbot.mouseClick(ws.refresh_button, Qt.MouseButton.LeftButton)
    assert plan.current.status is PlanStatus.ACTIVE
    goal_ids = [g.id for g in plan.current.goals]
    assert len(goal_ids) == 3

    # 4. Three sessions: two held, one no-show.
    log_session(qtbot, ws, datetime(2026, 11, 3, 9, 0), 90, SessionMode.CENTER,
                Attendance.ATTENDED, "父亲同意每周视频两次", {goal_ids[0]: 1, goal_ids[1]: 2})
    log_session(qtbot, ws, datetime(2026, 11, 10, 15, 0), 120, SessionMode.HOME_VISIT,
                Attendance.ATTENDED, "家访：祖母配合良好", {goal_ids[2]: 2})
    log_session(qtbot, ws, datetime(2026, 11, 17, 9, 0), None, SessionMode.CENTER,
                Attendance.NO_SHOW, "未到，已电话联系", {})

    # 5. What the counselor sees.
    assert ws.sessions.model.rowCount() == 3
    assert ws.tabs.tabText(ws.tabs.indexOf(ws.sessions)) == "Sessions (3)"
    assert ws.sessions.no_shows.text() == "No-shows: 1 (1 to follow up)"
    assert ws.sessions.summary.text() == "Sessions held: 2 · Hours: 3.5"
    ws.tabs.setCurrentWidget(ws.order)
    bar = ws.order.progress_bar
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 200, 35)  # tenths of hours
    assert bar.format() == "3.5 / 20 h"
    assert ws.order.figures["hours"].text() == "3.5 / 20 h"
    assert ws.order.figures["missed"].text() == "1"
    assert ws.order.figures["rate"].text() == "67%"
    assert ws.order.warning.isVisible()
    assert "deadline is near" in ws.order.warning.text()
    assert "cannot be finished" in ws.order.warning.text()  # 16.5 h in 23 days
    assert [g.progress for g in world.mine.plans.current(case_id).goals] == [1, 2, 2]  # type: ignore[union-attr]

    # 6. The dashboard agrees, and pinyin initials find the child.
    dash = world.mine.dashboard.load()
    assert dash.open_cases == 1
    [near] = dash.orders_near_deadline
    assert (near.case_number, near.detail) == ("2026-0001", "3.5/20 h")
    assert [i.case_number for i in dash.no_shows_to_follow_up] == ["2026-0001"]
    assert dash.sessions_per_month[-1] == ("2026-11", 2)
    assert [r.case_number for r in world.mine.cases.page(CaseQuery(text="zxm")).rows] == \
        ["2026-0001"]

    # 7. A half-typed session is not lost by a slip of the hand.
    ws.tabs.setCurrentWidget(ws.sessions)
    dialog = ws.sessions.log_session()
    type_text(qtbot, dialog.private_notes, "祖母说父亲下月回家")
    boxes.answer(Button.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.private_notes.toPlainText() == "祖母说父亲下月回家"
    boxes.answer(Button.Discard)
    dialog.close()
    assert not dialog.isVisible()
    assert len(world.mine.sessions.for_case(case_id)) == 3
    assert boxes.texts("warning") == []
