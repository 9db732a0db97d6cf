"""The services' input paths against arbitrary input, on both engines.

Registering a minor with a case, editing the minor, logging a session, editing a draft plan
and searching: every call either succeeds or raises ValidationError naming real fields (or
PossibleDuplicate where the user has not confirmed). What a call stored reads back exactly as
the service said: as the input after cleaning, and equal to its returned view. PostgreSQL gets
fewer examples (it is slower), SQLite more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familyedu.errors import PossibleDuplicate, ValidationError
from familyedu.models import Attendance, CategoryKind, SessionMode
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import (
    CaseInput,
    CaseQuery,
    GoalInput,
    GuardianInput,
    MinorInput,
    PlanInput,
    SessionInput,
)
from familyedu.services.core.validation import check_phone, check_resident_id, clean_text
from tests.conftest import World
from tests.reliability.helpers import consistency, crash_writer
from tests.reliability.helpers import service_inputs as si
from tests.reliability.helpers import strategies as gen
from tests.reliability.helpers.figures import add

EXAMPLES = {"sqlite": 150, "postgresql": 40}
T = TypeVar("T")


def fuzz(world: World) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return settings(max_examples=EXAMPLES[world.db.dialect], deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


def codes(world: World, kind: CategoryKind) -> list[str]:
    return [c.code for c in world.sup.categories.entries(kind)]


def allowed_fields(*dtos: type[Any], prefix: str = "") -> set[str]:
    return {prefix + f.name for dto in dtos for f in fields(dto)}


def attempt(call: Callable[[], T]) -> tuple[T | None, Exception | None]:
    """The call's result, or the refusal it raised; anything else fails the test."""
    try:
        return call(), None
    except (ValidationError, PossibleDuplicate) as exc:
        return None, exc


def refused_with(exc: Exception | None, allowed: set[str]) -> bool:
    if isinstance(exc, ValidationError):
        return bool(exc.errors) and all(e.field in allowed and e.english() for e in exc.errors)
    return isinstance(exc, PossibleDuplicate)


def all_codes(world: World) -> si.Codes:
    return {kind.value: codes(world, kind) for kind in CategoryKind}


MINOR_TEXT = ("name", "school", "grade", "household_address", "current_address", "risk_reason")
CASE_TEXT = ("referring_authority", "order_document_number", "feedback_recipient")


def test_registering_minors_and_opening_cases(world: World) -> None:
    allowed = (allowed_fields(MinorInput, CaseInput)
               | {f"guardians.{i}.{f.name}" for i in range(3) for f in fields(GuardianInput)})

    lists = all_codes(world)

    @fuzz(world)
    @given(si.minors(lists), si.guardians(lists), si.cases(lists), st.booleans())
    def run(minor: MinorInput, guardians: list[GuardianInput], case: CaseInput,
            confirmed: bool) -> None:
        add(f"inputs generated: cases.open_new [{world.db.dialect}]")
        case_id, refusal = attempt(lambda: world.mine.cases.open_new(
            minor, guardians, case, confirm_not_duplicate=confirmed))
        if case_id is None:
            assert refused_with(refusal, allowed), refusal
            assert confirmed is False or isinstance(refusal, ValidationError)
            return
        add(f"inputs accepted and read back: cases.open_new [{world.db.dialect}]")
        view = world.mine.cases.get(case_id)
        for name in MINOR_TEXT:
            assert getattr(view.minor, name) == clean_text(getattr(minor, name)), name
        for name in CASE_TEXT:
            assert getattr(view, name) == clean_text(getattr(case, name)), name
        assert view.minor.date_of_birth == minor.date_of_birth
        assert view.opened_on == case.opened_on
        assert view.order_due_on == case.order_due_on
        hours = case.order_hours_required
        assert view.order_hours_required == (None if hours is None else round(hours, 1))
        given_id = minor.resident_id if clean_text(minor.resident_id) else None
        assert view.minor.resident_id == (given_id and check_resident_id(given_id))
        assert [(g.name, g.phone, g.address) for g in view.minor.guardians] == [
            (clean_text(g.name), check_phone(g.phone), clean_text(g.address))
            for g in guardians]

    run()
    assert consistency.problems(world.db) == []


def test_editing_a_minor(world: World) -> None:
    case_id = crash_writer.prepare(world.mine, world.sup, "", cases=1).cases[0].case_id
    minor_id = world.mine.cases.get(case_id).minor.id
    allowed = allowed_fields(MinorInput)

    @fuzz(world)
    @given(si.minors(all_codes(world)))
    def run(data: MinorInput) -> None:
        add(f"inputs generated: minors.update [{world.db.dialect}]")
        before = world.mine.minors.get(minor_id)
        saved, refusal = attempt(lambda: world.mine.minors.update(minor_id, before.version, data))
        if saved is None:
            assert refused_with(refusal, allowed), refusal
            assert world.mine.minors.get(minor_id) == before  # nothing half-saved
            return
        add(f"inputs accepted and read back: minors.update [{world.db.dialect}]")
        assert world.mine.minors.get(minor_id) == saved  # stored as returned
        for name in MINOR_TEXT:
            assert getattr(saved, name) == clean_text(getattr(data, name)), name

    run()
    assert consistency.problems(world.db) == []


def test_logging_sessions(world: World) -> None:
    case = crash_writer.prepare(world.mine, world.sup, "", cases=1).cases[0]
    allowed = allowed_fields(SessionInput)

    @fuzz(world)
    @given(si.sessions(case.goal_ids, case.guardian_ids))
    def run(data: SessionInput) -> None:
        add(f"inputs generated: sessions.log [{world.db.dialect}]")
        saved, refusal = attempt(lambda: world.mine.sessions.log(case.case_id, data))
        if saved is None:
            assert refused_with(refusal, allowed), refusal
            return
        add(f"inputs accepted and read back: sessions.log [{world.db.dialect}]")
        stored = next(s for s in world.mine.sessions.for_case(case.case_id) if s.id == saved.id)
        assert stored == saved
        for name in ("private_notes", "shared_summary", "next_steps"):
            assert getattr(saved, name) == clean_text(getattr(data, name)), name

    run()
    assert consistency.problems(world.db) == []


def test_editing_a_draft_plan(world: World) -> None:
    case = crash_writer.prepare(world.mine, world.sup, "", cases=1).cases[0]
    allowed = (allowed_fields(PlanInput)
               | {f"goals.{i}.{f.name}" for i in range(4) for f in fields(GoalInput)})
    def draft() -> Any:
        return next(p for p in world.mine.plans.revisions(case.case_id)
                    if p.id == case.draft_plan_id)

    @fuzz(world)
    @given(si.plans(codes(world, CategoryKind.GOAL_DOMAIN)))
    def run(data: PlanInput) -> None:
        add(f"inputs generated: plans.update [{world.db.dialect}]")
        before = draft()
        saved, refusal = attempt(lambda: world.mine.plans.update(before.id, before.version, data))
        if saved is None:
            assert refused_with(refusal, allowed), refusal
            assert draft() == before
            return
        add(f"inputs accepted and read back: plans.update [{world.db.dialect}]")
        assert draft() == saved
        assert saved.needs == clean_text(data.needs)
        assert [g.description for g in saved.goals] == [
            clean_text(g.description) for g in data.goals]

    run()


@pytest.mark.parametrize("sort_descending", [False, True])
def test_searching_with_anything_typed(world: World, sort_descending: bool) -> None:
    crash_writer.prepare(world.mine, world.sup, "", cases=1)

    # What the full-text index (SQLite FTS5) would read as query syntax, and LIKE wildcards.
    syntax = st.lists(st.sampled_from([
        '"', '""', 'a"b"c', "NEAR(abc def)", "abc*", "*", "AND", "OR NOT", "^abc", "cases:x",
        "search_text:zxm", "{abc def}", "(abc", "abc)", "-abc", "+abc", "%", "_", "\\", "%_%",
        "zhangxiaoming", "张小明", "2026-0001", "138", "'; DROP TABLE cases; --"]),
        max_size=4).map(" ".join)

    @fuzz(world)
    @given(st.one_of(gen.nasty_text, syntax), gen.huge_ints, gen.huge_ints)
    def run(typed: str, offset: int, limit: int) -> None:
        add(f"inputs generated: cases.page [{world.db.dialect}]")
        query = CaseQuery(text=typed, offset=max(0, min(offset, 10**6)),
                          limit=max(1, min(limit, 1000)), descending=sort_descending)
        assert world.mine.cases.page(query).total >= 0

    run()



def test_a_session_is_logged_on_29_february(world: World) -> None:
    """The 'one year ahead' limit used to be now.replace(year=+1): a crash on leap day."""
    case = crash_writer.prepare(world.mine, world.sup, "", cases=1).cases[0]
    leap_day = Services(ServiceContext(world.db, world.counselor,
                                       lambda: datetime(2028, 2, 29, 10, 0)))
    view = leap_day.sessions.log(case.case_id, SessionInput(
        held_at=datetime(2028, 2, 29, 9, 0), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, next_appointment_at=datetime(2028, 3, 14, 9, 0)))
    assert view.held_at == datetime(2028, 2, 29, 9, 0)
