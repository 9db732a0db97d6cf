"""The plan workflow and session logging with the figures they drive."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from familyedu.errors import PermissionDenied, StaleRecord, ValidationError
from familyedu.models import Attendance, PlanStatus, SessionMode
from familyedu.services import Services
from familyedu.services.casework.dto import GoalInput, PlanInput, PlanView, SessionInput
from tests.conftest import World, court_order, open_case


def plan_input(**changes: object) -> PlanInput:
    base: dict[str, object] = {
        "start_on": date(2026, 9, 1), "review_on": date(2026, 12, 1), "needs": "父母长期外出",
        "goals": (GoalInput("communication", "每周视频通话两次"),
                  GoalInput("schooling", "按时到校")),
    }
    base.update(changes)
    return PlanInput(**base)  # type: ignore[arg-type]


def active_plan(world: World, case_id: int) -> PlanView:
    plan = world.mine.plans.create(case_id, plan_input())
    plan = world.mine.plans.submit(plan.id, plan.version)
    return world.sup.plans.approve(plan.id, plan.version)


def attended(day: int, minutes: int = 60, **changes: object) -> SessionInput:
    base: dict[str, object] = {
        "held_at": datetime(2026, 10, day, 9), "duration_minutes": minutes,
        "mode": SessionMode.CENTER, "attendance": Attendance.ATTENDED,
    }
    base.update(changes)
    return SessionInput(**base)  # type: ignore[arg-type]


def test_only_a_supervisor_approves(world: World) -> None:
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, plan_input())
    plan = world.mine.plans.submit(plan.id, plan.version)
    with pytest.raises(PermissionDenied):
        world.mine.plans.approve(plan.id, plan.version)
    approved = world.sup.plans.approve(plan.id, plan.version)
    assert approved.status is PlanStatus.ACTIVE
    assert approved.approved_by_name == "王督导"
    assert world.mine.cases.get(case_id).progress.next_review_due == date(2026, 12, 1)


def test_submission_needs_goals_and_review_date(world: World) -> None:
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, plan_input(goals=(), review_on=None))
    with pytest.raises(ValidationError) as info:
        world.mine.plans.submit(plan.id, plan.version)
    assert info.value.field == "goals"


def test_plan_dates_in_order(world: World) -> None:
    case_id = open_case(world.mine)
    with pytest.raises(ValidationError) as info:
        world.mine.plans.create(case_id, plan_input(end_on=date(2026, 8, 1)))
    assert info.value.field == "end_on"


def test_active_plan_is_revised_not_edited(world: World) -> None:
    case_id = open_case(world.mine)
    plan = active_plan(world, case_id)
    with pytest.raises(ValidationError, match="Only a draft"):
        world.mine.plans.update(plan.id, plan.version, plan_input(needs="改写"))
    draft = world.mine.plans.revise(plan.id)
    assert (draft.revision, draft.status, draft.supersedes_id) == (2, PlanStatus.DRAFT, plan.id)
    assert [g.description for g in draft.goals] == [g.description for g in plan.goals]
    draft = world.mine.plans.update(draft.id, draft.version, plan_input(
        goals=(GoalInput("internet", "减少手机使用"),), review_on=date(2027, 3, 1)))
    with pytest.raises(ValidationError):
        world.mine.plans.revise(plan.id)  # one revision at a time
    draft = world.mine.plans.submit(draft.id, draft.version)
    world.sup.plans.approve(draft.id, draft.version)
    revisions = world.mine.plans.revisions(case_id)
    assert [(p.revision, p.status) for p in revisions] == [
        (2, PlanStatus.ACTIVE), (1, PlanStatus.SUPERSEDED)]
    assert revisions[1].needs == "父母长期外出"  # the old plan is kept as it was


def test_stale_plan_edit_is_refused(world: World) -> None:
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, plan_input())
    world.mine.plans.update(plan.id, plan.version, plan_input(needs="新需求"))
    with pytest.raises(StaleRecord):
        world.mine.plans.update(plan.id, plan.version, plan_input(needs="旧页面的修改"))


def test_review_cycle_and_completion(world: World) -> None:
    case_id = open_case(world.mine)
    plan = active_plan(world, case_id)
    plan = world.mine.plans.start_review(plan.id, plan.version)
    plan = world.mine.plans.end_review(plan.id, plan.version, date(2027, 2, 1))
    assert world.mine.cases.get(case_id).progress.next_review_due == date(2027, 2, 1)
    plan = world.mine.plans.complete(plan.id, plan.version)
    assert plan.status is PlanStatus.COMPLETED
    assert world.mine.cases.get(case_id).progress.next_review_due is None


def test_sessions_drive_hours_attendance_and_goal_progress(world: World) -> None:
    case_id = open_case(world.mine)
    plan = active_plan(world, case_id)
    goal = plan.goals[0]
    father = world.mine.cases.get(case_id).minor.guardians[0]
    world.mine.sessions.log(case_id, attended(3, 90, ratings=((goal.id, 1),),
                                              guardian_ids=(father.id,), minor_attended=True))
    world.mine.sessions.log(case_id, attended(17, 120, ratings=((goal.id, 3),)))
    world.mine.sessions.log(case_id, attended(10, 60, ratings=((goal.id, 2),)))
    world.mine.sessions.log(case_id, attended(24, 0, attendance=Attendance.NO_SHOW))
    world.mine.sessions.log(case_id, attended(25, 0, attendance=Attendance.CANCELLED))
    progress = world.mine.cases.get(case_id).progress
    assert progress.hours_done == 4.5
    assert (progress.sessions_attended, progress.sessions_missed) == (3, 1)
    assert progress.attendance_rate == 0.75
    # The latest session (17 Oct) rated the goal 3, whatever the order of entry.
    assert world.mine.plans.current(case_id).goals[0].progress == 3  # type: ignore[union-attr]
    sessions = world.mine.sessions.for_case(case_id)
    assert [s.held_at.day for s in sessions] == [25, 24, 17, 10, 3]
    assert sessions[-1].guardian_names == ("张建国",)
    assert progress.next_session_due == date(2026, 10, 31)  # last attended + 14 days


def test_booked_appointment_is_the_next_due(world: World) -> None:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, attended(3, next_appointment_at=datetime(2026, 12, 5, 9)))
    assert world.mine.cases.get(case_id).progress.next_session_due == date(2026, 12, 5)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"held_at": datetime(2026, 8, 1, 9)}, "held_at"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": 2000}, "duration_minutes"),
        ({"guardian_ids": (999_999,)}, "guardian_ids"),
        ({"ratings": ((999_999, 2),)}, "ratings"),
        ({"next_appointment_at": datetime(2026, 10, 1, 9)}, "next_appointment_at"),
    ],
)
def test_bad_sessions_are_refused(world: World, changes: dict[str, object], field: str) -> None:
    case_id = open_case(world.mine)
    with pytest.raises(ValidationError) as info:
        world.mine.sessions.log(case_id, attended(3, **changes))
    assert field in {e.field for e in info.value.errors}
    assert world.mine.cases.get(case_id).progress.sessions_attended == 0


def test_no_show_follow_up_and_session_edit(world: World) -> None:
    case_id = open_case(world.mine)
    missed = world.mine.sessions.log(case_id, attended(3, 0, attendance=Attendance.NO_SHOW))
    assert len(world.mine.dashboard.load().no_shows_to_follow_up) == 1
    world.mine.sessions.mark_followed_up(missed.id)
    assert world.mine.dashboard.load().no_shows_to_follow_up == []
    fixed = world.mine.sessions.update(missed.id, missed.version + 1, attended(3, 45))
    assert fixed.attendance is Attendance.ATTENDED
    assert world.mine.cases.get(case_id).progress.hours_done == 0.8
    with pytest.raises(StaleRecord):
        world.mine.sessions.update(missed.id, missed.version, attended(3, 30))


def test_other_counselor_cannot_log(world: World) -> None:
    case_id = open_case(world.mine)
    with pytest.raises(PermissionDenied):
        world.theirs.sessions.log(case_id, attended(3))


def test_dashboard_lists(world: World) -> None:
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, plan_input(review_on=date(2026, 11, 1)))
    plan = world.mine.plans.submit(plan.id, plan.version)
    world.sup.plans.approve(plan.id, plan.version)
    near = world.mine.cases.get(case_id)
    world.mine.cases.update(case_id, near.version, court_order(order_due_on=date(2026, 12, 15)))
    world.mine.sessions.log(case_id, attended(3, 120))
    dash = world.mine.dashboard.load()
    assert [i.case_id for i in dash.reviews_overdue] == [case_id]
    assert [i.detail for i in dash.orders_near_deadline] == ["2.0/20 h"]
    assert [i.case_id for i in dash.sessions_due_this_week] == [case_id]  # due 17 Oct: overdue
    assert dash.sessions_per_month[-2] == ("2026-10", 1)
    assert dash.open_by_guardianship == [("both_away", 1)]
    assert world.theirs.dashboard.load().open_cases == 0
    assert world.sup.dashboard.load().open_cases == 1




@pytest.mark.parametrize(("today", "first"), [(date(2026, 12, 3), "2026-01"),
                                              (date(2027, 3, 31), "2026-04"),
                                              (date(2027, 1, 1), "2026-02")])
def test_twelve_month_chart_ends_with_the_current_month(world: World, today: date,
                                                        first: str) -> None:
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, attended(3, held_at=datetime(2026, 11, 27, 9)))
    world.mine.sessions.log(case_id, attended(3, held_at=datetime(2026, 12, 2, 9)))
    later = Services(dataclasses.replace(world.mine.ctx,
                                         clock=lambda: datetime.combine(today, time(9))))
    for services in (later, Services(dataclasses.replace(later.ctx, actor=world.supervisor))):
        months = dict(services.dashboard.load().sessions_per_month)
        order = list(months)
        assert (order[0], order[-1]) == (first, f"{today.year:04d}-{today.month:02d}")
        assert len(order) == 12
        assert months["2026-12"] == 1  # December's session shows in December too
