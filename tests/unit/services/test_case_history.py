"""A case's history names who acted by the name people know, and keeps the account."""

from __future__ import annotations

from datetime import date

from familyedu.services.casework.dto import GoalInput, PlanInput
from familyedu.services.core import audit
from tests.conftest import World, fixed_clock, open_case


def test_history_names_the_display_name_beside_the_account(world: World) -> None:
    case_id = open_case(world.mine)
    plan = world.mine.plans.create(case_id, PlanInput(
        start_on=date(2026, 9, 1), review_on=date(2027, 1, 15),
        goals=(GoalInput("schooling", "按时到校"),)))
    plan = world.mine.plans.submit(plan.id, plan.version)
    world.sup.plans.approve(plan.id, plan.version)
    with world.db.uow() as s:  # an entry with no account here (as from another program)
        audit.record(s, at=fixed_clock(), action="note", user_id=None, username="importer",
                     case_id=case_id)
    history = world.mine.mandatory_reports.history(case_id)
    who = {(h.username, h.display_name) for h in history}
    assert ("li", "李老师") in who
    assert ("importer", "") in who
    assert ("sup", "王督导") in who
    assert len(history) == len({h.id for h in history})  # the join adds no rows
    assert history[0].username == "importer"  # still newest first
