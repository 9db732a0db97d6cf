"""A draft plan whose goal a session has rated: editing it must not break the rating.

Replacing every goal on each save deleted goals that session ratings refer to, and the save
failed with a foreign-key error instead of a message.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from familyedu.errors import ValidationError
from familyedu.models import Attendance, SessionMode
from familyedu.services.casework.dto import GoalInput, PlanInput, SessionInput
from tests.conftest import World
from tests.reliability.helpers import consistency, crash_writer


def test_a_rated_draft_goal_can_be_reworded_but_not_removed(world: World) -> None:
    case = crash_writer.prepare(world.mine, world.sup,
                                world.db.url.render_as_string(hide_password=False),
                                cases=1).cases[0]
    draft = next(p for p in world.mine.plans.revisions(case.case_id)
                 if p.id == case.draft_plan_id)
    rated = draft.goals[0]
    session = world.mine.sessions.log(case.case_id, SessionInput(
        held_at=datetime(2026, 10, 1, 9), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, ratings=((rated.id, 3),)))

    def plan(*descriptions: str) -> PlanInput:
        return PlanInput(start_on=draft.start_on, review_on=draft.review_on, needs="改写",
                         goals=tuple(GoalInput("communication", d) for d in descriptions))

    edited = world.mine.plans.update(draft.id, draft.version, plan("改写后的第一个目标", "新目标"))
    assert [g.description for g in edited.goals] == ["改写后的第一个目标", "新目标"]
    assert edited.goals[0].id == rated.id  # the same goal, reworded
    with pytest.raises(ValidationError) as refused:
        world.mine.plans.update(edited.id, edited.version, plan())
    assert refused.value.field == "goals"
    unchanged = next(p for p in world.mine.plans.revisions(case.case_id) if p.id == draft.id)
    assert unchanged == edited
    logged = world.mine.sessions.for_case(case.case_id)
    assert [s.ratings for s in logged if s.id == session.id] == [((rated.id, 3),)]
    # An unrated goal goes.
    shorter = world.mine.plans.update(edited.id, edited.version, plan("只留一个目标"))
    assert [g.id for g in shorter.goals] == [rated.id]
    assert consistency.problems(world.db) == []
