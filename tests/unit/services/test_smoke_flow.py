"""A counselor's first case end to end through the services."""

from __future__ import annotations

from datetime import date, datetime

from familyedu.models import Attendance, PlanStatus, SessionMode
from familyedu.services.casework.dto import CaseQuery, GoalInput, PlanInput, SessionInput
from tests.conftest import World, open_case


def test_case_plan_sessions_progress(world: World) -> None:
    case_id = open_case(world.mine)
    case = world.mine.cases.open(case_id)
    assert case.case_number == "2026-0001"
    assert case.progress.hours_required == 20
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2026, 12, 1), needs="需求",
        goals=(GoalInput("communication", "每周与孩子视频通话两次"),
               GoalInput("schooling", "按时到校"),
               GoalInput("internet", "手机使用不超过每天一小时"))))
    plan = world.mine.plans.submit(plan.id, plan.version)
    plan = world.sup.plans.approve(plan.id, plan.version)
    assert plan.status is PlanStatus.ACTIVE
    goal = plan.goals[0]
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 10, 9), duration_minutes=90, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, ratings=((goal.id, 2),), shared_summary="沟通良好"))
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 20, 9), duration_minutes=0, mode=SessionMode.HOME_VISIT,
        attendance=Attendance.NO_SHOW))
    case = world.mine.cases.get(case_id)
    assert case.progress.hours_done == 1.5
    assert case.progress.sessions_missed == 1
    assert case.progress.attendance_rate == 0.5
    page = world.mine.cases.page(CaseQuery(text="zxm"))
    assert [r.case_number for r in page.rows] == ["2026-0001"]
    assert world.theirs.cases.page(CaseQuery()).total == 0
    dash = world.mine.dashboard.load()
    assert dash.open_cases == 1
    assert len(dash.no_shows_to_follow_up) == 1
