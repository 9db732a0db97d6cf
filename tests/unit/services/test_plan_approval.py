"""Approving or returning a plan with a comment: the supervisor's queue, the counselor's
outcomes and the case list's plan-status column (issue #14)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import select

from familyedu.errors import PermissionDenied, ValidationError
from familyedu.models import AuditEvent, PlanStatus
from familyedu.services.casework.dto import CaseColumn, CaseQuery
from tests.conftest import World, open_case
from tests.unit.services.test_plans_sessions import plan_input


def submitted(world: World, case_id: int) -> tuple[int, int]:
    plan = world.mine.plans.create(case_id, plan_input())
    plan = world.mine.plans.submit(plan.id, plan.version)
    return plan.id, plan.version


def test_queue_lists_what_waits_and_approval_keeps_the_comment(world: World) -> None:
    first = open_case(world.mine)
    second = open_case(world.mine, name="李小红")
    draft_case = open_case(world.mine, name="王小军")
    world.mine.plans.create(draft_case, plan_input())  # a draft is not in the queue
    plan_id, version = submitted(world, first)
    submitted(world, second)

    queue = world.sup.plans.approval_queue()
    assert [p.case_id for p in queue] == [first, second]
    assert queue[0].counselor_name == "李老师"
    assert queue[0].minor_name == "张小明"
    assert queue[0].submitted_at == datetime(2026, 11, 27, 10, 0)
    with pytest.raises(PermissionDenied):
        world.mine.plans.approval_queue()

    approved = world.sup.plans.approve(plan_id, version, "  目标具体，同意。 ")
    assert approved.status is PlanStatus.ACTIVE
    assert (approved.decision, approved.decision_comment) == ("approved", "目标具体，同意。")
    assert approved.decided_by_name == "王督导"
    assert [p.case_id for p in world.sup.plans.approval_queue()] == [second]

    outcomes = world.mine.plans.recent_outcomes()
    assert [(o.case_id, o.decision, o.comment, o.decided_by_name) for o in outcomes] == [
        (first, "approved", "目标具体，同意。", "王督导")]
    assert world.theirs.plans.recent_outcomes() == []  # another counselor's plans
    with world.db.uow() as s:
        entry = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == plan_id)
                          .order_by(AuditEvent.id.desc())).first()
        assert entry is not None
        assert json.loads(entry.details)["comment"] == "目标具体，同意。"


def test_a_return_needs_a_comment_and_the_counselor_sees_it(world: World) -> None:
    case_id = open_case(world.mine)
    plan_id, version = submitted(world, case_id)
    with pytest.raises(ValidationError) as refused:
        world.sup.plans.return_to_draft(plan_id, version, "   ")
    assert refused.value.errors[0].field == "comment"
    assert world.sup.plans.current(case_id).status is PlanStatus.PENDING_APPROVAL  # type: ignore[union-attr]

    returned = world.sup.plans.return_to_draft(plan_id, version, "请补充上学目标的衡量方式")
    assert returned.status is PlanStatus.DRAFT
    outcome = world.mine.plans.recent_outcomes()[0]
    assert (outcome.decision, outcome.comment) == ("returned", "请补充上学目标的衡量方式")
    # A counselor withdrawing their own submission needs no comment and records no decision.
    again = world.mine.plans.submit(returned.id, returned.version)
    withdrawn = world.mine.plans.return_to_draft(again.id, again.version)
    assert withdrawn.status is PlanStatus.DRAFT
    assert withdrawn.decision == "returned"  # the supervisor's last word stays
    assert len(world.mine.plans.recent_outcomes()) == 1


def test_case_list_shows_filters_and_sorts_by_plan_status(world: World) -> None:
    none_yet = open_case(world.mine)
    pending = open_case(world.mine, name="李小红")
    active = open_case(world.mine, name="王小军")
    submitted(world, pending)
    plan_id, version = submitted(world, active)
    world.sup.plans.approve(plan_id, version)

    rows = world.sup.cases.page(CaseQuery(sort=CaseColumn.PLAN)).rows
    assert [(r.id, r.plan_status) for r in rows] == [
        (active, PlanStatus.ACTIVE), (pending, PlanStatus.PENDING_APPROVAL), (none_yet, None)]
    rows = world.sup.cases.page(CaseQuery(sort=CaseColumn.PLAN, descending=True)).rows
    assert [r.id for r in rows] == [pending, active, none_yet]  # no plan stays last
    waiting = world.sup.cases.page(CaseQuery(plan_status=PlanStatus.PENDING_APPROVAL))
    assert [r.id for r in waiting.rows] == [pending]
    assert waiting.total == 1
    mine = world.mine.cases.page(CaseQuery(plan_status=PlanStatus.ACTIVE))
    assert [r.id for r in mine.rows] == [active]
    # A revision being drafted is the case's plan status until it is approved.
    revision = world.mine.plans.revise(plan_id)
    assert [r.id for r in world.sup.cases.page(
        CaseQuery(plan_status=PlanStatus.DRAFT)).rows] == [active]
    revision = world.mine.plans.submit(revision.id, revision.version)
    world.sup.plans.approve(revision.id, revision.version)
    assert world.sup.cases.page(CaseQuery(plan_status=PlanStatus.ACTIVE)).total == 1
