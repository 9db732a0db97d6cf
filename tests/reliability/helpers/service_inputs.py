"""Service inputs for the fuzz tests: valid forms full of awkward text, and anything at all.

Four of five examples are forms a counselor could submit (codes from the lists, dates that
fit together) whose free-text fields hold emoji, RTL, rare CJK, control characters, lone
surrogates and combining marks: those must be saved and read back cleaned. The fifth is
anything at all, which must be refused field by field.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from familyedu.models import Attendance, Gender, OrderType, RiskLevel, SessionMode
from familyedu.services.casework.dto import (
    CaseInput,
    GoalInput,
    GuardianInput,
    MinorInput,
    PlanInput,
    SessionInput,
)
from tests.reliability.helpers import strategies as gen

TODAY = date(2026, 11, 27)  # the fixed clock of tests/conftest.py
Codes = dict[str, list[str]]  # category kind value -> codes


def mostly_valid(valid: st.SearchStrategy[object], wild: st.SearchStrategy[object]
                 ) -> st.SearchStrategy[object]:
    """Four valid forms to one wild one (a form has several parts, each drawn like this)."""
    return st.integers(0, 4).flatmap(lambda pick: wild if pick == 0 else valid)


@st.composite
def valid_minor(draw: st.DrawFn, codes: Codes) -> MinorInput:
    born = draw(st.dates(TODAY - timedelta(days=365 * 18 - 5), TODAY))
    gender = draw(st.sampled_from([Gender.MALE, Gender.FEMALE]))
    resident_id = draw(st.one_of(st.none(), st.integers(0, 10**6).map(
        lambda n: gen.resident_id_for(born, gender is Gender.MALE, n))))
    return MinorInput(
        name=draw(gen.valid_names), gender=gender, date_of_birth=born,
        guardianship=draw(st.sampled_from(codes["guardianship"])),
        living_with=draw(st.sampled_from(codes["living"])),
        involvement=draw(st.sampled_from(codes["involvement"])),
        risk_level=draw(st.sampled_from(list(RiskLevel))),
        risk_reason=draw(gen.storable_text(2000)), resident_id=resident_id,
        school=draw(gen.storable_text(100)), grade=draw(gen.storable_text(40)),
        household_address=draw(gen.storable_text(300)),
        current_address=draw(gen.storable_text(300)))


def minors(codes: Codes) -> st.SearchStrategy[object]:
    wild = st.builds(
        MinorInput, name=gen.person_names,
        gender=st.one_of(st.sampled_from(list(Gender)), gen.nasty_text),
        date_of_birth=gen.optional_dates,
        guardianship=gen.codes(codes["guardianship"]), living_with=gen.codes(codes["living"]),
        involvement=gen.codes(codes["involvement"]),
        risk_level=st.one_of(st.sampled_from(list(RiskLevel)), gen.nasty_text),
        risk_reason=gen.nasty_text, resident_id=st.one_of(st.none(), gen.resident_ids()),
        school=gen.nasty_text, grade=gen.nasty_text, household_address=gen.nasty_text,
        current_address=gen.nasty_text)
    return mostly_valid(valid_minor(codes), wild)


def guardians(codes: Codes) -> st.SearchStrategy[list[object]]:
    valid = st.builds(GuardianInput, name=gen.valid_names,
                      relation=st.sampled_from(codes["relation"]),
                      phone=st.one_of(st.just(""), gen.phones().filter(
                          lambda p: p[:1] in ("1", "0", "+"))),
                      address=gen.storable_text(300), works_where=gen.storable_text(200))
    wild = st.builds(GuardianInput, name=gen.person_names,
                     relation=gen.codes(codes["relation"]), phone=gen.phones(),
                     address=gen.nasty_text, works_where=gen.nasty_text)
    return st.lists(mostly_valid(valid, wild), max_size=3)


@st.composite
def valid_case(draw: st.DrawFn, codes: Codes) -> CaseInput:
    opened = draw(st.dates(date(2024, 1, 1), TODAY))
    ordered = draw(st.booleans())
    return CaseInput(
        referral_source=draw(st.sampled_from(codes["referral"])), opened_on=opened,
        order_type=OrderType.GUIDANCE_ORDER if ordered else OrderType.NONE,
        referring_authority=draw(gen.storable_text(200)),
        order_document_number=draw(gen.storable_text(100)),
        order_hours_required=draw(st.floats(0.1, 1000)) if ordered else None,
        order_due_on=draw(st.dates(opened, date(2100, 12, 31))) if ordered else None,
        feedback_recipient=draw(gen.storable_text(200)),
        feedback_interval_days=draw(st.one_of(st.none(), st.integers(1, 365))),
        session_interval_days=draw(st.integers(1, 365)))


def cases(codes: Codes) -> st.SearchStrategy[object]:
    wild = st.builds(
        CaseInput, referral_source=gen.codes(codes["referral"]), opened_on=gen.optional_dates,
        order_type=st.one_of(st.sampled_from(list(OrderType)), gen.nasty_text),
        referring_authority=gen.nasty_text, order_document_number=gen.nasty_text,
        order_issued_on=gen.optional_dates, order_hours_required=gen.odd_floats,
        order_sessions_required=st.one_of(st.none(), gen.huge_ints),
        order_due_on=gen.optional_dates, feedback_recipient=gen.nasty_text,
        feedback_interval_days=st.one_of(st.none(), gen.huge_ints),
        session_interval_days=gen.huge_ints)
    return mostly_valid(valid_case(codes), wild)


@st.composite
def valid_session(draw: st.DrawFn, goal_ids: list[int], guardian_ids: list[int]
                  ) -> SessionInput:
    held = draw(st.datetimes(datetime(2026, 9, 1), datetime(2026, 11, 27, 10)))
    attended = draw(st.booleans())
    booked = draw(st.one_of(st.none(), st.datetimes(held, datetime(2027, 11, 27))))
    return SessionInput(
        held_at=held, duration_minutes=draw(st.integers(1, 1440)) if attended else 0,
        mode=draw(st.sampled_from(list(SessionMode))),
        attendance=Attendance.ATTENDED if attended else draw(st.sampled_from(
            [Attendance.NO_SHOW, Attendance.CANCELLED, Attendance.RESCHEDULED])),
        minor_attended=draw(st.booleans()),
        guardian_ids=tuple(draw(st.lists(st.sampled_from(guardian_ids), max_size=3))),
        ratings=tuple((g, draw(st.integers(0, 4))) for g in goal_ids
                      if attended and draw(st.booleans())),
        private_notes=draw(gen.storable_text(10000)),
        shared_summary=draw(gen.storable_text(4000)), next_steps=draw(gen.storable_text(2000)),
        next_appointment_at=booked)


def sessions(goal_ids: list[int], guardian_ids: list[int]) -> st.SearchStrategy[object]:
    goal = st.one_of(st.sampled_from(goal_ids), gen.huge_ints)
    guardian = st.one_of(st.sampled_from(guardian_ids), gen.huge_ints)
    wild = st.builds(
        SessionInput, held_at=st.one_of(st.none(), gen.extreme_datetimes),
        duration_minutes=st.one_of(st.none(), gen.huge_ints),
        mode=st.one_of(st.sampled_from(list(SessionMode)), gen.nasty_text),
        attendance=st.one_of(st.sampled_from(list(Attendance)), gen.nasty_text),
        minor_attended=st.booleans(), guardian_ids=st.lists(guardian, max_size=3).map(tuple),
        ratings=st.lists(st.tuples(goal, gen.huge_ints), max_size=4).map(tuple),
        private_notes=gen.nasty_text, shared_summary=gen.nasty_text, next_steps=gen.nasty_text,
        next_appointment_at=st.one_of(st.none(), gen.extreme_datetimes))
    return mostly_valid(valid_session(goal_ids, guardian_ids), wild)


@st.composite
def valid_plan(draw: st.DrawFn, domains: list[str]) -> PlanInput:
    start = draw(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
    later = st.one_of(st.none(), st.dates(start, date(2100, 12, 31)))
    goals = st.builds(GoalInput, domain=st.sampled_from(domains),
                      description=gen.storable_text(2000).filter(lambda t: t.strip(" \u3000")),
                      interventions=gen.storable_text(2000),
                      target_on=st.one_of(st.none(), st.dates(date(1900, 1, 1),
                                                              date(2100, 12, 31))),
                      progress=st.integers(0, 4))
    return PlanInput(start_on=start, needs=draw(gen.storable_text(4000)),
                     interventions=draw(gen.storable_text(4000)),
                     frequency=draw(gen.storable_text(200)), end_on=draw(later),
                     review_on=draw(later), goals=tuple(draw(st.lists(goals, max_size=4))))


def plans(domains: list[str]) -> st.SearchStrategy[object]:
    goals = st.builds(GoalInput, domain=gen.codes(domains), description=gen.nasty_text,
                      interventions=gen.nasty_text, target_on=gen.optional_dates,
                      progress=gen.huge_ints)
    wild = st.builds(PlanInput, start_on=gen.optional_dates, needs=gen.nasty_text,
                     interventions=gen.nasty_text, frequency=gen.nasty_text,
                     end_on=gen.optional_dates, review_on=gen.optional_dates,
                     goals=st.lists(goals, max_size=4).map(tuple))
    return mostly_valid(valid_plan(domains), wild)
