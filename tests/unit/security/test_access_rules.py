"""Roles enforced in the services, each refusal audited; sealed records; what gets audited."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from familyedu.errors import PermissionDenied, ValidationError
from familyedu.models import Attendance, AuditEvent, SessionMode
from familyedu.services import Services
from familyedu.services.admin.audit_query import AuditService
from familyedu.services.admin.dto import AuditQuery
from familyedu.services.admin.export import ExportService
from familyedu.services.casework.dto import CaseQuery, PlanInput, SessionInput
from tests.conftest import World, court_order, open_case


def _events(world: World, action: str) -> list[tuple[str, int | None, str]]:
    with world.db.read() as s:
        return [(e.username, e.case_id, e.details) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))]


CALLS: dict[str, Callable[[Services, int], Any]] = {
    "open": lambda sv, c: sv.cases.open(c),
    "get": lambda sv, c: sv.cases.get(c),
    "update": lambda sv, c: sv.cases.update(c, 1, court_order()),
    "log_session": lambda sv, c: sv.sessions.log(c, SessionInput(
        held_at=datetime(2026, 10, 1, 9), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED)),
    "create_plan": lambda sv, c: sv.plans.create(c, PlanInput(start_on=None)),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_counselor_on_anothers_case_is_refused_and_audited(world: World, call: str) -> None:
    theirs = open_case(world.theirs)
    version = world.theirs.cases.get(theirs).version
    with pytest.raises(PermissionDenied):
        CALLS[call](world.mine, theirs)
    denied = _events(world, "permission_denied")
    assert [(who, case) for who, case, _ in denied] == [("li", theirs)]
    # Nothing of the refused call was written.
    assert world.theirs.cases.get(theirs).version == version


def test_sealed_case_leaves_counselor_lists_and_needs_a_reason(world: World) -> None:
    case_id = open_case(world.mine)
    minor_id = world.mine.cases.get(case_id).minor.id
    world.sup.minors.set_sealed(minor_id, True, "法院封存决定")
    assert world.mine.cases.page(CaseQuery(text="张小明")).total == 0
    assert world.mine.cases.page(CaseQuery()).total == 0
    with pytest.raises(PermissionDenied):
        world.mine.cases.open(case_id)
    # A sealed child's name is stored encrypted: the supervisor finds the case by its number.
    assert world.sup.cases.page(CaseQuery(text="张小明")).total == 0
    number = world.sup.cases.page(CaseQuery()).rows[0].case_number
    assert world.sup.cases.page(CaseQuery(text=number)).total == 1
    with pytest.raises(ValidationError) as info:
        world.sup.cases.open(case_id)
    assert info.value.field == "sealed_reason"
    assert _events(world, "sealed_access") == []
    sup = world.sup  # one signed-in session
    assert sup.cases.open(case_id, sealed_reason="复核指导令履行情况").minor.sealed
    # The reason is the session's grant (asked once), and the read is recorded with it.
    [(who, case, grant), (_, read_case, details)] = _events(world, "sealed_access")
    assert (who, case, read_case) == ("sup", None, case_id)
    assert "复核指导令履行情况" in grant
    assert "复核指导令履行情况" in details


def test_admin_reads_no_case_content(world: World) -> None:
    case_id = open_case(world.mine)
    admin = world.services(world.admin)
    assert admin.cases.page(CaseQuery()).total == 0
    for read in (lambda: admin.cases.open(case_id), lambda: admin.cases.get(case_id),
                 lambda: admin.minors.get(world.mine.cases.get(case_id).minor.id),
                 lambda: AuditService(admin.ctx).page(AuditQuery())):
        with pytest.raises(PermissionDenied):
            read()
    with pytest.raises(PermissionDenied):
        ExportService(admin.ctx).cases(world.db.sqlite_path or __import__("pathlib").Path(
            "/tmp/never.xlsx"), deidentified=True)
    assert len(_events(world, "permission_denied")) == 5


def test_the_events_the_issue_lists_are_audited(world: World) -> None:
    from familyedu.services.admin.users import authenticate
    from tests.conftest import NOW, PASSWORD

    authenticate(world.db, "li", PASSWORD, now=lambda: NOW)
    with pytest.raises(Exception, match="wrong"):
        authenticate(world.db, "li", "nope", now=lambda: NOW)
    case_id = open_case(world.mine)
    view = world.mine.cases.open(case_id)
    world.mine.cases.update(case_id, view.version, court_order(order_hours_required=30.0))
    with world.db.read() as s:
        actions = set(s.scalars(select(AuditEvent.action).distinct()))
    assert {"login_ok", "login_failed", "create", "case_opened", "update"} <= actions
    [(_, _, details)] = [e for e in _events(world, "update") if e[1] == case_id][-1:]
    before, after = json.loads(details)["changes"]["order_hours_required"]
    assert (float(before), float(after)) == (20.0, 30.0)
