"""The supervisor's approval queue and the counselor's plan outcomes on the dashboard (#14)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familyedu.services import Services
from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.ui.dashboard import DashboardView
from familyedu.ui.events import AppEvents
from tests.conftest import World
from tests.ui.conftest import CaseWorld


def shown(qtbot: QtBot, view: DashboardView) -> DashboardView:
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    return view


def submit(world: World, case_id: int) -> tuple[int, int]:
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    plan = world.mine.plans.submit(plan.id, plan.version)
    return plan.id, plan.version


def view_for(qtbot: QtBot, services: Services, events: AppEvents) -> DashboardView:
    view = DashboardView(services, events)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    return shown(qtbot, view)


def test_supervisor_sees_the_queue_and_opens_a_case_from_it(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    world, ids = case_world.world, case_world.ids
    plan_id, version = submit(world, ids["zhang"])
    view = view_for(qtbot, world.sup, events)
    queue = view.approval_queue
    assert queue is not None
    assert view.plan_outcomes is None
    assert queue.case_ids() == [ids["zhang"]]
    row = queue.topLevelItem(0)
    assert [row.text(i) for i in (1, 2, 3)] == ["张小明", "李老师", "2026-11-27"]
    assert view._plans_box is not None
    assert view._plans_box.title() == "Plans awaiting your approval (1)"

    opened: list[int] = []
    events.open_case_requested.connect(opened.append)
    queue.setFocus()
    queue.setCurrentItem(row)
    qtbot.keyClick(queue, Qt.Key.Key_Return)
    assert opened == [ids["zhang"]]

    world.sup.plans.approve(plan_id, version)
    events.plan_saved.emit(ids["zhang"])
    shown(qtbot, view)
    assert queue.case_ids() == []
    assert view._plans_box.title() == "Plans awaiting your approval (0)"


def test_counselor_sees_what_became_of_their_plans(
        qtbot: QtBot, case_world: CaseWorld, events: AppEvents) -> None:
    world, ids = case_world.world, case_world.ids
    plan_id, version = submit(world, ids["zhang"])
    view = view_for(qtbot, world.mine, events)
    outcomes = view.plan_outcomes
    assert outcomes is not None
    assert view.approval_queue is None
    assert outcomes.case_ids() == []

    world.sup.plans.return_to_draft(plan_id, version, "请补充上学目标的衡量方式")
    events.plan_saved.emit(ids["zhang"])
    shown(qtbot, view)
    row = outcomes.topLevelItem(0)
    assert [row.text(i) for i in range(5)] == [
        "2026-0001", "张小明", "Returned", "2026-11-27", "请补充上学目标的衡量方式"]
    # The whole decision is read under the list: who, when and why.
    assert view.outcome_detail is not None
    assert view.outcome_detail.isVisible()
    assert view.outcome_detail.text().startswith(
        "王督导 returned the plan of 2026-0001 张小明 on ")
    assert view.outcome_detail.text().endswith(": 请补充上学目标的衡量方式")
    assert view._plans_box is not None
    assert view._plans_box.title() == "Decisions on your plans (1)"
