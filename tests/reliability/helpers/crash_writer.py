"""A desk that writes through the services until it is killed, acknowledging each commit.

The parent test prepares a center (`prepare`), then starts `run` in a child process many
times, killing it with SIGKILL at random moments. Before each service call the child
appends `begin <op> <target> <marker>` to its acknowledgement file and after the call
returned (so after COMMIT) `ok <op> <id> <version> <marker>`. Markers are unique, so the
parent can tell exactly which write a row holds.
"""

from __future__ import annotations

import contextlib
import os
import random
import traceback
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import configure_mappers

from familyedu.db import Database
from familyedu.models import (
    Attendance,
    Gender,
    LetterKind,
    OrderType,
    RiskLevel,
    Role,
    SessionMode,
)
from familyedu.reports import build_document, default_font_set, load_default_wording, samples
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import (
    CaseInput,
    GoalInput,
    GuardianInput,
    MinorInput,
    PlanInput,
    SessionInput,
)
from familyedu.services.core import search_text
from familyedu.services.core.context import Actor
from tests.signing import signed_actor

NOW = datetime(2026, 11, 27, 10, 0)
FIRST_DAY = date(2026, 9, 1)
NAMES = ("张小明", "章晓鸣", "单思远", "曾可欣", "𠮷田花")  # polyphonic surnames, Extension B
DOMAINS = ("communication", "schooling", "internet", "guardianship_duties")


def warm_up() -> None:
    """Work every child would repeat: mappers, pinyin dictionaries, fonts for letters."""
    configure_mappers()
    for name in NAMES:
        search_text.name_keys(name)
    # Only a head start: a broken builder shows up in the letters step, not here.
    with contextlib.suppress(Exception):
        build_document("guardian", samples.guardian(),
                       load_default_wording("guardian", "zh_CN"), fonts=default_font_set())


warm_up()  # at import, so the fork server does it once for all children


def clock() -> datetime:
    return NOW


@dataclass
class CaseSpec:
    case_id: int
    minor_id: int
    guardian_ids: list[int]
    goal_ids: list[int]  # goals of the active plan (sessions rate these)
    draft_plan_id: int  # a revision being drafted (the child edits it)


@dataclass
class Spec:
    url: str
    actor: dict[str, Any]
    cases: list[CaseSpec] = field(default_factory=list)
    key: str = ""  # hex of an SQLCipher key

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Spec:
        return cls(raw["url"], raw["actor"], [CaseSpec(**c) for c in raw["cases"]],
                   raw.get("key", ""))


def actor_dict(actor: Actor) -> dict[str, Any]:
    return {"user_id": actor.user_id, "username": actor.username,
            "display_name": actor.display_name, "role": actor.role.value,
            "center_id": actor.center_id}


def actor_from(raw: dict[str, Any], db: Database) -> Actor:
    """The desk's user, signed in (the field keys opened) as a real desk would be."""
    return signed_actor(db, Actor(raw["user_id"], raw["username"], raw["display_name"],
                                  Role(raw["role"]), raw["center_id"]))


def minor_input(name: str, school: str = "城关第二小学", risk_reason: str = "") -> MinorInput:
    return MinorInput(name=name, gender=Gender.MALE, date_of_birth=date(2014, 3, 7),
                      guardianship="both_away", living_with="grandparents", involvement="none",
                      risk_level=RiskLevel.MEDIUM, school=school, risk_reason=risk_reason,
                      current_address="贵州省某县城关镇幸福村3组")


def guardians(count: int) -> list[GuardianInput]:
    people = [GuardianInput(name="张建国", relation="father", phone="13812345678",
                            is_primary_contact=True, is_order_subject=True),
              GuardianInput(name="刘桂英", relation="grandmother", phone="0851-86123456")]
    return people[:count]


def case_input() -> CaseInput:
    return CaseInput(referral_source="court", opened_on=FIRST_DAY,
                     order_type=OrderType.GUIDANCE_ORDER, referring_authority="某县人民法院",
                     order_hours_required=20.0, order_due_on=date(2027, 2, 28))


def plan_input(marker: str, goals: int) -> PlanInput:
    return PlanInput(start_on=FIRST_DAY, review_on=date(2026, 12, 1),
                     needs=f"{marker}|goals={goals}", frequency="每两周一次",
                     goals=tuple(GoalInput(DOMAINS[i % len(DOMAINS)], f"{marker}#{i} 目标")
                                 for i in range(goals)))


def prepare(services: Services, supervisor: Services, url: str, cases: int = 3) -> Spec:
    """Cases with an approved plan and a draft revision, for the counselor `services`."""
    spec = Spec(url=url, actor=actor_dict(services.actor))
    for i in range(cases):
        case_id = services.cases.open_new(minor_input(NAMES[i % len(NAMES)]), guardians(2),
                                          case_input(), confirm_not_duplicate=True)
        plan = services.plans.create(case_id, plan_input(f"setup{i}", 3))
        plan = services.plans.submit(plan.id, plan.version)
        plan = supervisor.plans.approve(plan.id, plan.version)
        draft = services.plans.revise(plan.id)
        view = services.cases.get(case_id)
        spec.cases.append(CaseSpec(case_id, view.minor.id, [g.id for g in view.minor.guardians],
                                   [g.id for g in plan.goals], draft.id))
    return spec


class Desk:
    """One child's writes; each method is one acknowledged unit of work."""

    def __init__(self, spec: Spec, seed: int, ack_fd: int,
                 services: Services | None = None) -> None:
        """A child opens its own database; a test may pass the services it already has."""
        self.spec = spec
        self.rng = random.Random(seed)
        self.seed = seed
        self.ack_fd = ack_fd
        self.count = 0
        if services is None:
            db = Database(spec.url, key=bytes.fromhex(spec.key) if spec.key else None)
            services = Services(ServiceContext(db, actor_from(spec.actor, db), clock))
        self.services = services

    def say(self, line: str) -> None:
        # One write() per line: the kernel appends it whole or not at all.
        os.write(self.ack_fd, (line + "\n").encode())

    def marker(self) -> str:
        self.count += 1
        return f"s{self.seed}n{self.count}"

    def step(self) -> None:
        op = self.rng.choices(["session", "session_edit", "minor", "plan", "case", "letter"],
                              weights=[5, 2, 2, 2, 1, 1])[0]
        getattr(self, op)(self.rng.choice(self.spec.cases), self.marker())

    def _session_input(self, case: CaseSpec, marker: str) -> SessionInput:
        attendance = self.rng.choices(
            [Attendance.ATTENDED, Attendance.NO_SHOW, Attendance.CANCELLED], [6, 2, 1])[0]
        attended = attendance is Attendance.ATTENDED
        ratings = tuple((g, self.rng.randint(0, 4)) for g in case.goal_ids) if attended else ()
        present = tuple(case.guardian_ids[:self.rng.randint(0, len(case.guardian_ids))])
        held = datetime.combine(FIRST_DAY, datetime.min.time()) + timedelta(
            days=self.rng.randint(0, 86), hours=self.rng.randint(8, 17))
        return SessionInput(
            held_at=held, duration_minutes=self.rng.randint(15, 180) if attended else 0,
            mode=self.rng.choice(list(SessionMode)), attendance=attendance,
            minor_attended=attended, guardian_ids=present, ratings=ratings,
            private_notes=f"{marker}|g={len(present)}|r={len(ratings)}",
            shared_summary=f"{marker} 孩子本周按时到校，家长反馈良好 👍",
            next_steps="下次家访" if self.rng.random() < 0.5 else "")

    def session(self, case: CaseSpec, marker: str) -> None:
        data = self._session_input(case, marker)
        self.say(f"begin session {case.case_id} {marker}")
        view = self.services.sessions.log(case.case_id, data)
        self.say(f"ok session {view.id} {view.version} {marker}")

    def session_edit(self, case: CaseSpec, marker: str) -> None:
        sessions = self.services.sessions.for_case(case.case_id)
        if not sessions:
            return self.session(case, marker)
        old = self.rng.choice(sessions)
        data = self._session_input(case, marker)
        self.say(f"begin session_edit {old.id} {marker}")
        view = self.services.sessions.update(old.id, old.version, data)
        self.say(f"ok session_edit {view.id} {view.version} {marker}")
        return None

    def minor(self, case: CaseSpec, marker: str) -> None:
        old = self.services.minors.get(case.minor_id)
        data = minor_input(self.rng.choice(NAMES), school=marker, risk_reason=f"{marker}|风险说明")
        self.say(f"begin minor {case.minor_id} {marker}")
        view = self.services.minors.update(case.minor_id, old.version, data)
        self.say(f"ok minor {view.id} {view.version} {marker}")

    def plan(self, case: CaseSpec, marker: str) -> None:
        old = next(p for p in self.services.plans.revisions(case.case_id)
                   if p.id == case.draft_plan_id)
        data = plan_input(marker, self.rng.randint(1, 4))
        self.say(f"begin plan {old.id} {marker}")
        view = self.services.plans.update(old.id, old.version, data)
        self.say(f"ok plan {view.id} {view.version} {marker}")

    def letter(self, case: CaseSpec, _marker: str) -> None:
        """The reference number comes from the service: the case id stands for the marker."""
        kind = self.rng.choice([LetterKind.GUARDIAN, LetterKind.AUTHORITY, LetterKind.PLAN])
        self.say(f"begin letter {case.case_id} c{case.case_id}")
        # A desk reprints the same period as often as it likes: each is a decision (again).
        issued = self.services.letters.issue(case.case_id, kind, again=True)
        self.say(f"ok letter {issued.id} 1 c{case.case_id}")

    def case(self, _case: CaseSpec, marker: str) -> None:
        self.say(f"begin case 0 {marker}")
        case_id = self.services.cases.open_new(
            minor_input(self.rng.choice(NAMES), school=marker), guardians(self.rng.randint(1, 2)),
            case_input(), confirm_not_duplicate=True)
        self.say(f"ok case {case_id} 1 {marker}")


def run(spec: dict[str, Any], seed: int, ack_path: str, max_steps: int = 10_000) -> None:
    """Child entry point: write until killed (or `max_steps`); errors go to the ack file."""
    fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        desk = Desk(Spec.from_dict(spec), seed, fd)
        desk.say("start")
        for _ in range(max_steps):
            desk.step()
        desk.say("done")
    except BaseException:
        os.write(fd, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        os._exit(3)
    os._exit(0)
