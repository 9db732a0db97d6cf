"""Demo data: valid people, consistent casework, and every derived column as the services say."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import func, select

from familyedu import demo
from familyedu.db import Database
from familyedu.demo import letters as demo_letters
from familyedu.demo import vocab
from familyedu.models import (
    Attendance,
    AuditEvent,
    Case,
    CaseStatus,
    Category,
    Counter,
    Gender,
    Goal,
    Guardian,
    GuidancePlan,
    GuidanceSession,
    Letter,
    LetterKind,
    MandatoryReport,
    Minor,
    OrderType,
    PlanStatus,
    Role,
    SessionGoalRating,
    SessionMode,
    User,
)
from familyedu.services import ServiceContext, Services
from familyedu.services.admin.users import authenticate
from familyedu.services.casework.dto import CaseQuery, SessionInput
from familyedu.services.casework.minors import refresh_search_text
from familyedu.services.casework.sessions import recompute_case, refresh_goal_progress
from familyedu.services.core import field_crypto, search_text
from familyedu.services.core.audit import verify_chain
from familyedu.services.core.context import Actor
from familyedu.services.core.validation import (
    check_phone,
    check_resident_id,
    resident_id_birth_date,
)
from tests.conftest import ENGINES, NOW, World, build_world, open_case

N = 30
DERIVED = ("minutes_done", "sessions_attended", "sessions_missed", "last_session_at",
           "next_session_due_on", "search_text")


def _fill(world: World, minors: int = N, seed: int = 7) -> demo.DemoResult:
    return demo.fill(world.db, world.admin, minors=minors, seed=seed, today=NOW.date(), now=NOW)


def _count(db: Database, entity: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def test_people_are_valid(world: World) -> None:
    result = _fill(world)
    assert result.counts["minors"] == result.counts["cases"] == N
    assert result.open_cases + result.closed_cases == N
    with world.db.read() as s:
        minors = s.scalars(select(Minor)).all()
        assert len(minors) == N
        codes = {(c.kind.value, c.code) for c in s.scalars(select(Category))}
        with_id = [m for m in minors if m.resident_id]
        assert len(with_id) >= N * 0.7
        for m in with_id:
            assert check_resident_id(m.resident_id) == m.resident_id
            assert resident_id_birth_date(m.resident_id) == m.date_of_birth
            male = int(m.resident_id[16]) % 2 == 1
            assert male == (m.gender is Gender.MALE)
        for m in minors:
            # A sealed child's identifying fields are stored encrypted (placeholders here).
            assert m.name_pinyin == ("" if m.sealed else search_text.pinyin_of(m.name))
            assert ("guardianship", m.guardianship) in codes
            assert ("living", m.living_with) in codes
            assert ("involvement", m.involvement) in codes
            assert 3 <= (NOW.date() - m.date_of_birth).days // 365 < 18
            guardians = [g for g in m.guardians if not g.removed]
            assert 1 <= len(guardians) <= 3
            assert sum(g.is_primary_contact for g in guardians) == 1
            for g in guardians:
                assert check_phone(g.phone) == g.phone or (m.sealed and g.phone == "")
                assert ("relation", g.relation) in codes
                assert g.name_pinyin == ("" if m.sealed else search_text.pinyin_of(g.name))
        relations = {g.relation for g in s.scalars(select(Guardian))}
        assert {"father", "mother"} <= relations
        assert relations & {"grandmother", "grandfather"}


def test_casework_is_consistent_and_derived_columns_match_the_services(world: World) -> None:
    _fill(world)
    with world.db.read() as s:
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        assert {c.status for c in cases} == {CaseStatus.OPEN, CaseStatus.CLOSED}
        assert {c.order_type for c in cases} >= {OrderType.NONE, OrderType.SUPERVISION_ORDER}
        expected = {c.id: {f: getattr(c, f) for f in DERIVED} for c in cases}
        reviews = {c.id: c.next_review_on for c in cases}
        goals_before = {g.id: g.progress for g in s.scalars(select(Goal))}
        # Recompute with the services' own functions on the same rows (never committed).
        for case in cases:
            recompute_case(s, case)
            refresh_search_text(s, case.minor)
        refresh_goal_progress(s, set(goals_before))
        s.flush()
        for case in cases:
            assert {f: getattr(case, f) for f in DERIVED} == expected[case.id], case.case_number
        assert {g.id: g.progress for g in s.scalars(select(Goal))} == goals_before
        for case in cases:
            plans = s.scalars(select(GuidancePlan).where(GuidancePlan.case_id == case.id)
                              .order_by(GuidancePlan.revision)).all()
            live = [p for p in plans if p.status in (PlanStatus.ACTIVE,
                                                     PlanStatus.UNDER_REVIEW)]
            assert len(live) <= 1
            assert reviews[case.id] == (live[0].review_on if live else None)
            if case.status is CaseStatus.CLOSED:
                assert case.closure_outcome is not None
                assert not live
            for older, newer in itertools.pairwise(plans):
                assert newer.supersedes_id == older.id
                assert older.status is PlanStatus.SUPERSEDED
            if case.order_type is not OrderType.NONE:
                assert case.order_due_on is not None
                assert case.order_hours_required or case.order_sessions_required
            for row in s.scalars(select(GuidanceSession).where(
                    GuidanceSession.case_id == case.id)):
                assert row.held_at.date() >= case.opened_on
                assert row.held_at <= NOW
                if case.closed_on is not None:
                    assert row.held_at.date() <= case.closed_on
                assert row.counselor_id == case.assigned_counselor_id
                if row.attendance is not Attendance.ATTENDED:
                    assert row.duration_minutes == 0
                    assert not row.ratings
                for rating in row.ratings:
                    goal = s.get(Goal, rating.goal_id)
                    assert goal is not None
                    assert goal.plan.case_id == case.id
        assert s.scalar(select(func.count()).select_from(SessionGoalRating)) > 0
        sessions = s.scalar(select(func.count(GuidanceSession.id))) or 0
        assert 5 * N <= sessions <= 25 * N


def test_accounts_search_audit_and_a_second_run(world: World) -> None:
    first = _fill(world)
    roles = sorted(a.role.value for a in first.accounts)
    assert roles.count("supervisor") == 1
    assert roles.count("counselor") >= 2
    counselor = next(a for a in first.accounts if a.role.value == "counselor")
    signed = authenticate(world.db, counselor.username, counselor.password)
    with world.db.read() as s:
        assert set(s.scalars(select(Case.assigned_counselor_id))) <= {
            u.id for u in s.scalars(select(User).where(User.username.in_(
                [a.username for a in first.accounts if a.role.value == "counselor"])))}
        minor = s.scalars(select(Minor).where(Minor.sealed.is_(False))
                          .order_by(Minor.id)).first()
        assert minor is not None
        case_number = s.scalar(select(Case.case_number).where(Case.minor_id == minor.id))
        phone = minor.guardians[0].phone
        name, resident_id = minor.name, minor.resident_id
    initials = search_text.name_keys(name)[2]
    for text in (initials, name, case_number, phone, resident_id or phone):
        page = world.sup.cases.page(CaseQuery(text=text or ""))
        assert case_number in [r.case_number for r in page.rows], text
    own = world.services(signed).cases.page(CaseQuery(limit=1000))
    assert own.total > 0

    second = _fill(world)
    assert second.counts["minors"] == N
    with world.db.read() as s:
        numbers = list(s.scalars(select(Case.case_number)))
        assert len(numbers) == len(set(numbers)) == 2 * N
        ids = [i for i in s.scalars(select(Minor.resident_id)) if i]
        assert len(ids) == len(set(ids))
        for counter in s.scalars(select(Counter).where(Counter.name == "case")):
            used = [n for n in numbers if n.startswith(f"{counter.year}-")]
            assert counter.last_value == max(int(n.split("-")[1]) for n in used) == len(used)
        references = list(s.scalars(select(Letter.reference).order_by(Letter.id)))
        assert first.counts["letters"] > 0
        assert second.counts["letters"] > 0
        assert len(references) == first.counts["letters"] + second.counts["letters"]
        letters_counter = s.scalar(select(Counter.last_value).where(
            Counter.name == "letter", Counter.year == NOW.year))
        assert references == [f"家指〔{NOW.year}〕{n}号" for n in range(1, len(references) + 1)]
        assert letters_counter == len(references)
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "demo_data")
                           ).all()
        assert len(events) == 2
        assert '"minors":30' in events[0].details
        assert verify_chain(s).ok
    assert {a.username for a in first.accounts}.isdisjoint(a.username for a in second.accounts)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_same_seed_gives_the_same_rows(
        engine: str, new_database: Callable[[str], Database]) -> None:
    def rows(db: Database) -> list[tuple[Any, ...]]:
        world = build_world(db)
        _fill(world, minors=12, seed=99)
        with db.read() as s:
            statements = [
                select(Minor.name, Minor.resident_id, Minor.date_of_birth).order_by(Minor.id),
                select(Case.case_number, Case.search_text, Case.minutes_done,
                       Case.next_session_due_on).order_by(Case.id),
                select(GuidanceSession.held_at, GuidanceSession.shared_summary)
                .order_by(GuidanceSession.id),
                select(MandatoryReport.reported_on).order_by(MandatoryReport.id),
                select(Letter.reference, Letter.case_id, Letter.issued_at, Letter.sha256)
                .order_by(Letter.id),
            ]
            return [tuple(row) for stmt in statements for row in s.execute(stmt)]

    first, second = rows(new_database(engine)), rows(new_database(engine))
    assert len(first) > 12 * 5
    assert first == second


def test_plans_are_reviewed_by_their_end(world: World) -> None:
    _fill(world, minors=80, seed=3)
    with world.db.read() as s:
        plans = s.scalars(select(GuidancePlan)).all()
        assert {p.status for p in plans} >= {PlanStatus.ACTIVE, PlanStatus.COMPLETED}
        for plan in plans:
            assert plan.review_on is not None
            assert plan.end_on is not None
            assert plan.start_on <= plan.review_on <= plan.end_on, plan.id
            if plan.status is PlanStatus.ACTIVE:  # reviewed and kept: the next one is ahead
                assert plan.review_on > NOW.date(), plan.id


# Interventions that only serve some areas: a school contact is no answer to a safety goal.
ONLY_FOR = {"联系学校共同跟进": {"schooling", "behaviour"}, "心理疏导": {"mental_health"},
            "法治教育课": {"legal_education", "behaviour"}, "转介心理咨询": {"mental_health"},
            "联系村委会协助照护": {"daily_care"}, "制定手机使用约定": {"internet"},
            "协助签订委托照护协议": {"guardianship_duties"}}


def test_interventions_belong_to_their_goals_area(world: World) -> None:
    _fill(world, minors=80, seed=3)
    assert set(vocab.INTERVENTIONS_FOR) == set(vocab.GOALS)
    for domain, interventions in vocab.INTERVENTIONS_FOR.items():
        for item in interventions:
            assert domain in ONLY_FOR.get(item, {domain}), (item, domain)
    seen: set[str] = set()
    with world.db.read() as s:
        for plan in s.scalars(select(GuidancePlan)):
            areas = {g.domain for g in plan.goals}
            assert areas
            for goal in plan.goals:
                items = goal.interventions.split("、")
                assert len(items) == len(set(items)) >= 1
                assert set(items) <= set(vocab.INTERVENTIONS_FOR[goal.domain]), (
                    goal.domain, goal.interventions)
                seen.update(items)
            for item in plan.interventions.split("、"):  # the plan's own: for one of its areas
                assert any(item in vocab.INTERVENTIONS_FOR[a] for a in areas), (
                    item, sorted(areas))
    assert seen & set(ONLY_FOR)  # the area-bound ones do occur


def _last_month_cases(db: Database) -> set[int]:
    """Open cases with an attended session in October (NOW is in November)."""
    with db.read() as s:
        return set(s.scalars(select(GuidanceSession.case_id).join(Case).where(
            Case.status == CaseStatus.OPEN, GuidanceSession.attendance == Attendance.ATTENDED,
            GuidanceSession.held_at >= datetime(2026, 10, 1),
            GuidanceSession.held_at < datetime(2026, 11, 1))))


def test_letters_are_registered_as_the_service_issues_them(world: World) -> None:
    result = _fill(world, minors=40, seed=5)
    expected_cases = _last_month_cases(world.db)
    with world.db.read() as s:
        letters = s.scalars(select(Letter).order_by(Letter.issued_at, Letter.id)).all()
        assert len(letters) == result.counts["letters"] == len(expected_cases) >= 3
        assert {x.case_id for x in letters} == expected_cases  # all of them at this size
        assert [x.reference for x in letters] == [
            f"家指〔2026〕{n}号" for n in range(1, len(letters) + 1)]
        assert s.scalar(select(Counter.last_value).where(
            Counter.name == "letter", Counter.year == 2026)) == len(letters)
        supervisor = next(a for a in result.accounts if a.role is Role.SUPERVISOR)
        supervisor_id = s.scalar(select(User.id).where(User.username == supervisor.username))
        issuers: dict[int, Actor] = {}
        for x in letters:
            case = s.get(Case, x.case_id)
            assert case is not None
            assert x.kind is LetterKind.GUARDIAN
            assert x.language == "zh_CN"
            assert x.issued_by_id == (supervisor_id if case.minor.sealed
                                      else case.assigned_counselor_id)
            assert datetime(2026, 11, 2, 8) <= x.issued_at < datetime(2026, 11, 7)
            assert x.issued_at.weekday() < 5  # 2 to 6 November, Monday to Friday
            assert x.period_start == max(date(2026, 10, 1), case.opened_on)
            assert x.period_end == date(2026, 10, 31)
            snapshot = json.loads(x.snapshot)
            assert snapshot["data"]["header"]["reference"] == x.reference
            assert x.recipient == snapshot["data"]["header"]["recipient"] != ""
            user = s.get(User, x.issued_by_id)
            assert user is not None
            issuers[x.id] = Actor(user.id, user.username, user.display_name, user.role,
                                  user.center_id)
        s.expunge_all()  # the rows stay readable after the unit of work
    # The real reprint rebuilds each one byte for byte (it raises on a different SHA-256).
    for x in letters[:3] + letters[-1:]:
        pdf = world.sup.letters.reprint(x.reference)
        assert hashlib.sha256(pdf).hexdigest() == x.sha256
        assert pdf.startswith(b"%PDF")
    counselor_letter = next(x for x in letters if issuers[x.id].role is Role.COUNSELOR)
    mine = world.services(issuers[counselor_letter.id])
    assert hashlib.sha256(mine.letters.reprint(counselor_letter.reference)).hexdigest() \
        == counselor_letter.sha256
    # The same letter issued by the service, by the same person at the same moment, records
    # the same entry; only its number is the next one.
    demo_letter = letters[len(letters) // 2]
    at = demo_letter.issued_at
    again = Services(ServiceContext(world.db, issuers[demo_letter.id], lambda: at)).letters
    issued = again.issue(demo_letter.case_id or 0, LetterKind.GUARDIAN, again=True)
    assert issued.supersedes == demo_letter.reference
    assert issued.reference == f"家指〔2026〕{len(letters) + 1}号"
    with world.db.read() as s:
        real = s.get(Letter, issued.id)
        assert real is not None
        columns = ("kind", "case_id", "period_start", "period_end", "recipient", "language",
                   "issued_by_id", "issued_at", "center_id")
        assert {c: getattr(real, c) for c in columns} == {
            c: getattr(demo_letter, c) for c in columns}
        ours, theirs = json.loads(demo_letter.snapshot), json.loads(real.snapshot)
        theirs["data"]["header"]["reference"] = demo_letter.reference
        assert theirs.pop("supersedes") == demo_letter.reference
        assert ours == theirs
    # The monthly batch finds October's progress letters issued already.
    due = world.sup.letters.due_for_period(2026, 10)
    assert not {d.case_id for d in due if d.kind == "guardian"} & expected_cases


def test_letters_go_out_on_the_first_working_days_up_to_now() -> None:
    assert demo_letters.issue_days(date(2026, 11, 27)) == [date(2026, 11, d) for d in range(2, 7)]
    assert demo_letters.issue_days(date(2026, 11, 3)) == [date(2026, 11, 2), date(2026, 11, 3)]
    assert demo_letters.issue_days(date(2026, 11, 1)) == [date(2026, 11, 1)]  # a Sunday


def test_a_large_import_issues_a_capped_share_of_letters(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_letters, "MAX_LETTERS", 3)
    result = _fill(world, minors=40, seed=5)
    assert result.counts["letters"] == 3 < len(_last_month_cases(world.db))
    with world.db.read() as s:
        rows = s.execute(select(Letter.reference, Letter.issued_at).order_by(Letter.id)).all()
        assert [r.reference for r in rows] == [f"家指〔2026〕{n}号" for n in (1, 2, 3)]
        assert [r.issued_at for r in rows] == sorted(r.issued_at for r in rows)
        assert all(r.issued_at.time() >= time(8) for r in rows)
        assert s.scalar(select(Counter.last_value).where(Counter.name == "letter")) == 3
    issued = world.sup.letters.issue(
        next(iter(_last_month_cases(world.db))), LetterKind.GUARDIAN)
    assert issued.reference == "家指〔2026〕4号"


def test_refuses_a_silly_size(world: World) -> None:
    with pytest.raises(ValueError, match="between 1 and"):
        demo.fill(world.db, world.admin, minors=0, seed=1, now=datetime(2026, 11, 27))
    assert _count(world.db, Minor) == 0


def test_a_sealed_childs_demo_letter_names_nobody_in_the_register(world: World) -> None:
    # As the import leaves a sealed child before its supervisor's sealing sweep: the flag
    # set, the fields still in the clear. The register row is the letter service's own
    # (issuing.register_columns): the recipient reads as sealed from the start; the snapshot
    # is encrypted by the sweep, with the child's record, before the import commits.
    case_id = open_case(world.mine)
    world.mine.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 14), duration_minutes=90, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, shared_summary="讨论了手机使用约定"))
    emitted: list[tuple[str, dict[str, Any]]] = []
    with world.db.uow() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.minor.sealed = True
        s.flush()
        issued = demo_letters.issue_letters(
            s, center_id=world.supervisor.center_id,
            cases=[(case_id, world.supervisor.user_id)], rng=random.Random(1),
            today=date(2026, 11, 3), moment=datetime(2026, 11, 3, 17), next_id=lambda _t: 1,
            emit=lambda table, row: emitted.append((table, row)))
    assert issued == 1
    [(table, row)] = emitted
    assert table == "letters"
    assert row["recipient"] == field_crypto.SEALED_NAME
    assert "张小明" not in row["recipient"]  # the child, named in the guardian letter's address
    snapshot = json.loads(row["snapshot"])
    assert snapshot["data"]["header"]["sealed"] is True
    assert snapshot["kind"] == "guardian"
