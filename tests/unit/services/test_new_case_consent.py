"""A guardian's consent given with the new case: recorded with it, or nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from familyedu.errors import ValidationError
from familyedu.models import AuditEvent
from familyedu.services.casework.dto import CaseQuery, ConsentInput
from tests.conftest import World, court_order, guardian_inputs, minor_input


def test_consent_is_recorded_with_the_case_and_linked_to_its_guardian(world: World) -> None:
    guardians = guardian_inputs()
    case_id = world.mine.cases.open_new(
        minor_input(), guardians, court_order(), confirm_not_duplicate=True,
        consent=ConsentInput(guardians[0].name, date(2026, 11, 20), "指导面谈"))
    minor = world.mine.cases.get(case_id).minor
    assert not minor.needs_consent
    [consent] = minor.consents
    assert consent.given_on == date(2026, 11, 20)
    assert consent.guardian_id == minor.guardians[0].id
    with world.db.read() as s:
        kinds = s.scalars(select(AuditEvent.entity_type).where(
            AuditEvent.case_id == case_id)).all()
    assert "consent" in kinds


def test_a_bad_consent_saves_nothing_and_names_its_fields(world: World) -> None:
    with pytest.raises(ValidationError) as refused:
        world.mine.cases.open_new(
            minor_input(), guardian_inputs(), court_order(), confirm_not_duplicate=True,
            consent=ConsentInput("", date(2026, 11, 28)))
    fields = {e.field for e in refused.value.errors}
    assert fields == {"consent.given_by", "consent.given_on"}
    assert world.mine.cases.page(CaseQuery()).total == 0
