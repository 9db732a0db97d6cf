"""Registering minors and opening cases: numbers, duplicates, orders, access, sealing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from familyedu.errors import (
    NotFound,
    PermissionDenied,
    PossibleDuplicate,
    StaleRecord,
    ValidationError,
)
from familyedu.models import AuditEvent, CaseStatus, ClosureOutcome, OrderType
from familyedu.services.casework.dto import CaseInput, CaseQuery, GuardianInput
from tests.conftest import World, court_order, guardian_inputs, minor_input, open_case

ID_2014 = "520102201403070013"


def test_case_numbers_run_per_year(world: World) -> None:
    first = open_case(world.mine)
    second = world.mine.cases.open_new(minor_input(name="李四", date_of_birth=date(2012, 1, 1)),
                                       [], court_order(), confirm_not_duplicate=True)
    third = world.mine.cases.open_new(minor_input(name="王五", date_of_birth=date(2012, 1, 1)),
                                      [], court_order(opened_on=date(2025, 5, 1)),
                                      confirm_not_duplicate=True)
    numbers = [world.mine.cases.get(i).case_number for i in (first, second, third)]
    assert numbers == ["2026-0001", "2026-0002", "2025-0001"]


def test_every_wrong_field_is_reported_at_once(world: World) -> None:
    bad_guardian = GuardianInput(name="张建国", relation="father", phone="12345")
    with pytest.raises(ValidationError) as info:
        world.mine.cases.open_new(minor_input(name=""), [guardian_inputs()[1], bad_guardian],
                                  court_order(order_hours_required=None))
    fields = {e.field for e in info.value.errors}
    assert fields == {"name", "guardians.1.phone", "order_hours_required"}


def test_order_deadline_cannot_precede_opening(world: World) -> None:
    with pytest.raises(ValidationError) as info:
        world.mine.cases.open_new(minor_input(), [], court_order(order_due_on=date(2026, 8, 1)))
    assert info.value.field == "order_due_on"


def test_same_id_number_is_refused_with_a_pointer(world: World) -> None:
    open_case(world.mine, resident_id=ID_2014)
    with pytest.raises(ValidationError) as info:
        world.mine.cases.open_new(minor_input(name="张晓明", resident_id=ID_2014), [],
                                  court_order(), confirm_not_duplicate=True)
    assert info.value.field == "resident_id"
    assert info.value.params["case_number"] == "2026-0001"


def test_possible_duplicates_are_shown_before_saving(world: World) -> None:
    open_case(world.mine)
    with pytest.raises(PossibleDuplicate) as info:
        world.mine.cases.open_new(minor_input(), [], court_order())
    assert info.value.candidates[0].reason == "name_and_birth"
    phone_only = [GuardianInput(name="某某", relation="father", phone="13812345678")]
    with pytest.raises(PossibleDuplicate) as info:
        world.mine.cases.open_new(minor_input(name="陈一", date_of_birth=date(2013, 1, 1)),
                                  phone_only, court_order())
    assert info.value.candidates[0].reason == "guardian_phone"
    assert world.sup.cases.page(CaseQuery()).total == 1  # nothing saved
    world.mine.cases.open_new(minor_input(), [], court_order(), confirm_not_duplicate=True)
    assert world.sup.cases.page(CaseQuery()).total == 2


def test_counselor_cannot_open_another_counselors_case_and_it_is_audited(world: World) -> None:
    case_id = open_case(world.mine)
    with pytest.raises(PermissionDenied):
        world.theirs.cases.open(case_id)
    with pytest.raises(PermissionDenied):
        world.services(world.admin).cases.get(case_id)
    with world.db.read() as s:
        denied = set(s.scalars(select(AuditEvent.user_id).where(
            AuditEvent.action == "permission_denied")))
    assert denied == {world.other_counselor.user_id, world.admin.user_id}
    assert world.sup.cases.get(case_id).case_number == "2026-0001"


def test_sealed_case_hidden_from_counselor_and_needs_reason(world: World) -> None:
    case_id = open_case(world.mine)
    minor_id = world.mine.cases.get(case_id).minor.id
    with pytest.raises(PermissionDenied):
        world.mine.minors.set_sealed(minor_id, True, "判决后封存")
    world.sup.minors.set_sealed(minor_id, True, "判决后封存")
    assert world.mine.cases.page(CaseQuery(text="zxm")).total == 0
    with pytest.raises(PermissionDenied):
        world.mine.cases.open(case_id)
    with pytest.raises(ValidationError) as info:
        world.sup.cases.open(case_id)
    assert info.value.field == "sealed_reason"
    assert world.sup.cases.open(case_id, sealed_reason="检察院调阅").minor.sealed
    with world.db.read() as s:
        reasons = s.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "sealed_access")).all()
    assert any("检察院调阅" in r for r in reasons)


def test_close_reopen_and_stale_version(world: World) -> None:
    case_id = open_case(world.mine)
    view = world.mine.cases.get(case_id)
    # Not ORDER_FULFILLED: no session was held, so the order is not (see
    # test_case_closing_facts).
    world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.MOVED_AWAY,
                           closed_on=date(2026, 11, 20))
    with pytest.raises(StaleRecord):
        world.mine.cases.reopen(case_id, view.version)
    closed = world.mine.cases.get(case_id)
    assert closed.status is CaseStatus.CLOSED
    assert closed.progress.next_session_due is None
    world.mine.cases.reopen(case_id, closed.version)
    assert world.mine.cases.get(case_id).status is CaseStatus.OPEN


def test_close_before_opening_is_refused(world: World) -> None:
    case_id = open_case(world.mine)
    view = world.mine.cases.get(case_id)
    with pytest.raises(ValidationError) as info:
        world.mine.cases.close(case_id, view.version, outcome=ClosureOutcome.OTHER,
                               closed_on=date(2026, 1, 1))
    assert info.value.field == "closed_on"


def test_only_supervisor_reassigns(world: World) -> None:
    case_id = open_case(world.mine)
    with pytest.raises(PermissionDenied):
        world.mine.cases.reassign(case_id, world.other_counselor.user_id)
    world.sup.cases.reassign(case_id, world.other_counselor.user_id)
    assert world.theirs.cases.get(case_id).counselor_name == "赵老师"
    with pytest.raises(PermissionDenied):
        world.mine.cases.get(case_id)


def test_update_order_and_list_filters(world: World) -> None:
    case_id = open_case(world.mine)
    voluntary = world.mine.cases.open_new(
        minor_input(name="欧阳娜娜", date_of_birth=date(2011, 6, 1)), [],
        CaseInput(referral_source="school", opened_on=date(2026, 10, 1)),
        confirm_not_duplicate=True)
    view = world.mine.cases.get(case_id)
    world.mine.cases.update(case_id, view.version, court_order(order_hours_required=30.0))
    assert world.mine.cases.get(case_id).progress.hours_required == 30
    orders = world.mine.cases.page(CaseQuery(order_type=OrderType.GUIDANCE_ORDER))
    assert [r.id for r in orders.rows] == [case_id]
    assert [r.id for r in world.mine.cases.page(CaseQuery(text="oyn")).rows] == [voluntary]
    assert [r.id for r in world.mine.cases.page(CaseQuery(text="ouyang")).rows] == [voluntary]
    assert [r.id for r in world.mine.cases.page(CaseQuery(text="2026-0001")).rows] == [case_id]
    assert [r.id for r in world.mine.cases.page(CaseQuery(text="0851-8612")).rows] == [case_id]
    assert world.mine.cases.page(CaseQuery(text="%")).total == 0


def test_guardian_rename_updates_search(world: World) -> None:
    case_id = open_case(world.mine)
    minor = world.mine.cases.get(case_id).minor
    father = minor.guardians[0]
    world.mine.minors.update_guardian(father.id, father.version, GuardianInput(
        name="张国强", relation="father", phone="13812345678"))
    assert world.mine.cases.page(CaseQuery(text="zgq")).total == 1
    assert world.mine.cases.page(CaseQuery(text="zjg")).total == 0


def test_missing_case_is_not_found(world: World) -> None:
    with pytest.raises(NotFound):
        world.sup.cases.get(999_999)
