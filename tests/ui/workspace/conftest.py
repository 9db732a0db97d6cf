"""Fixtures of the case-workspace tests: message boxes answered, a case to work on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from familyedu.services.casework.dto import GoalInput, PlanInput, PlanView
from tests.conftest import World, open_case
from tests.ui.workspace.helpers import MessageBoxes


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes the test's windows, stop treating questions as unexpected."""
    found = getattr(item, "funcargs", {}).get("boxes")
    if isinstance(found, MessageBoxes):
        found.closing = True
    return (yield)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def case_id(world: World) -> int:
    """张小明 with two guardians and a court order of 20 hours, held by the counselor."""
    return open_case(world.mine)


def approved_plan(world: World, case_id: int) -> PlanView:
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("communication", "每周与孩子视频通话两次"),
               GoalInput("schooling", "按时到校"))))
    plan = world.mine.plans.submit(plan.id, plan.version)
    return world.sup.plans.approve(plan.id, plan.version)
