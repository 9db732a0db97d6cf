"""The audit viewer's service: supervisors filter the trail; nobody else reads it."""

from __future__ import annotations

from datetime import date

import pytest

from familyedu.errors import PermissionDenied
from familyedu.services.admin.audit_query import AuditService
from familyedu.services.admin.dto import AuditQuery
from tests.conftest import World, open_case


def test_supervisor_filters_by_who_case_action_and_dates(world: World) -> None:
    mine = open_case(world.mine)
    open_case(world.theirs, name="王小红", resident_id=None)
    world.mine.cases.open(mine)
    trail = AuditService(world.sup.ctx)
    everything = trail.page(AuditQuery())
    assert everything.total == len(everything.rows) >= 8
    assert [r.id for r in everything.rows] == sorted((r.id for r in everything.rows),
                                                     reverse=True)
    by_li = trail.page(AuditQuery(username="LI"))
    assert by_li.total > 0
    assert {r.username for r in by_li.rows} == {"li"}
    opened = trail.page(AuditQuery(action="case_opened"))
    assert [(r.username, r.case_number) for r in opened.rows] == [("li", "2026-0001")]
    by_case = trail.page(AuditQuery(case_number="2026-0002"))
    assert by_case.total > 0
    assert {r.username for r in by_case.rows} == {"zhao"}
    assert trail.page(AuditQuery(date_from=date(2026, 11, 27),
                                 date_to=date(2026, 11, 27))).total == everything.total
    assert trail.page(AuditQuery(date_to=date(2026, 11, 26))).total == 0
    second = trail.page(AuditQuery(offset=2, limit=2))
    assert [r.id for r in second.rows] == [r.id for r in everything.rows[2:4]]
    assert "case_opened" in trail.actions()
    assert "li" in trail.usernames()
    assert trail.verify().ok


def test_counselors_and_admins_cannot_read_the_trail(world: World) -> None:
    for services in (world.mine, world.services(world.admin)):
        with pytest.raises(PermissionDenied):
            AuditService(services.ctx).page(AuditQuery())
    assert AuditService(world.services(world.admin).ctx).verify().ok
    with pytest.raises(PermissionDenied):
        AuditService(world.mine.ctx).verify()
