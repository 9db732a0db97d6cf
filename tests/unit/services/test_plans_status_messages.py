"""A plan step its status does not allow is refused naming the status in the user's words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from familyedu.errors import ValidationError
from familyedu.models import PlanStatus
from familyedu.services.casework.plans import NOT_WHILE
from familyedu.ui import labels
from familyedu.ui.service_errors import field_error_text
from tests.conftest import World, in_chinese, open_case
from tests.unit.services.test_plans_sessions import plan_input


def refused(step: Callable[[], Any]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        step()
    return info.value


def refusals(world: World) -> list[tuple[PlanStatus, ValidationError]]:
    """A refused step in every status, walking one plan (and its revision) through them."""
    plans = world.mine.plans
    out: list[tuple[PlanStatus, ValidationError]] = []
    case_id = open_case(world.mine)
    draft = plans.create(case_id, plan_input())
    out.append((PlanStatus.DRAFT, refused(lambda: world.sup.plans.approve(
        draft.id, draft.version))))
    pending = plans.submit(draft.id, draft.version)
    out.append((PlanStatus.PENDING_APPROVAL, refused(lambda: plans.start_review(
        pending.id, pending.version))))
    active = world.sup.plans.approve(pending.id, pending.version)
    out.append((PlanStatus.ACTIVE, refused(lambda: plans.submit(active.id, active.version))))
    out.append((PlanStatus.ACTIVE, refused(lambda: plans.end_review(  # its own check
        active.id, active.version, date(2027, 2, 1)))))
    review = plans.start_review(active.id, active.version)
    out.append((PlanStatus.UNDER_REVIEW, refused(lambda: plans.start_review(
        review.id, review.version))))
    revision = plans.revise(review.id)
    revision = plans.submit(revision.id, revision.version)
    revision = world.sup.plans.approve(revision.id, revision.version)
    old = next(p for p in plans.revisions(case_id) if p.id == review.id)
    assert old.status is PlanStatus.SUPERSEDED
    out.append((PlanStatus.SUPERSEDED, refused(lambda: plans.complete(old.id, old.version))))
    done = plans.complete(revision.id, revision.version)
    out.append((PlanStatus.COMPLETED, refused(lambda: plans.start_review(
        done.id, done.version))))
    return out


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    """The shipped zh_CN translation installed, as a Chinese user runs the application."""
    with in_chinese(qapp):
        yield


def test_every_status_has_its_own_whole_sentence() -> None:
    assert set(NOT_WHILE) == set(PlanStatus)
    assert len(set(NOT_WHILE.values())) == len(PlanStatus)
    for message in NOT_WHILE.values():
        assert "{" not in message  # nothing put into the sentence afterwards
        assert "_" not in message  # no status code such as pending_approval


def test_a_refused_step_names_the_status_in_words(world: World) -> None:
    seen = set()
    for status, error in refusals(world):
        assert error.field == "status"
        assert error.errors[0].message == NOT_WHILE[status]
        assert error.errors[0].params["status"] == status.value  # the code, for the log
        assert error.errors[0].english() == NOT_WHILE[status]
        seen.add(status)
    assert seen == set(PlanStatus)


def test_a_chinese_user_reads_the_status_in_chinese(world: World, chinese: None) -> None:
    for status, error in refusals(world):
        word = labels.plan_status(status)  # what the plan list shows, e.g. 执行中
        assert not word.isascii(), word  # the Chinese labels are installed
        shown = field_error_text(error.errors[0])
        assert word in shown, (status, shown)
        assert status.value not in shown
        assert not any("a" <= ch.lower() <= "z" for ch in shown), shown  # no English left
