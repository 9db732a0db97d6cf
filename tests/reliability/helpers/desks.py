"""Desks that work on the same records at the same time, each in its own process.

`edit` appends tokens to a text field of a shared minor, session and plan the way a
counselor would: read the record, change it, save with the version that was read; on
StaleRecord read again and re-apply (what the stale-record dialog offers). Every saved
token is acknowledged in a result file, so the parent can count lost updates. `open_cases`
registers minors and `log_sessions` logs sessions of one case concurrently.
"""

from __future__ import annotations

import os
import random
import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from multiprocessing.synchronize import Barrier
from typing import Any

from familyedu.db import Database
from familyedu.errors import StaleRecord
from familyedu.models import Attendance, SessionMode
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import GoalInput, MinorInput, PlanInput, SessionInput
from tests.reliability.helpers.crash_writer import (
    actor_from,
    case_input,
    clock,
    guardians,
    minor_input,
)

Read = Callable[[str], tuple[int, Any]]  # token -> (version read, input with the token)


def _minor(services: Services, minor_id: int) -> tuple[Read, Callable[[int, Any], object]]:
    def read(token: str) -> tuple[int, Any]:
        v = services.minors.get(minor_id)
        return v.version, MinorInput(
            name=v.name, gender=v.gender, date_of_birth=v.date_of_birth,
            guardianship=v.guardianship, living_with=v.living_with, involvement=v.involvement,
            risk_level=v.risk_level, risk_reason=v.risk_reason + token,
            resident_id=v.resident_id, school=v.school, grade=v.grade,
            household_address=v.household_address, current_address=v.current_address)

    return read, lambda version, data: services.minors.update(minor_id, version, data)


def _session(services: Services, session_id: int, case_id: int
             ) -> tuple[Read, Callable[[int, Any], object]]:
    def read(token: str) -> tuple[int, Any]:
        v = next(x for x in services.sessions.for_case(case_id) if x.id == session_id)
        return v.version, SessionInput(
            held_at=v.held_at, duration_minutes=v.duration_minutes, mode=v.mode,
            attendance=v.attendance, minor_attended=v.minor_attended,
            guardian_ids=v.guardian_ids, ratings=v.ratings,
            private_notes=v.private_notes + token, shared_summary=v.shared_summary,
            next_steps=v.next_steps, next_appointment_at=v.next_appointment_at)

    return read, lambda version, data: services.sessions.update(session_id, version, data)


def _plan(services: Services, plan_id: int, case_id: int
          ) -> tuple[Read, Callable[[int, Any], object]]:
    def read(token: str) -> tuple[int, Any]:
        v = next(p for p in services.plans.revisions(case_id) if p.id == plan_id)
        return v.version, PlanInput(
            start_on=v.start_on, needs=v.needs + token, interventions=v.interventions,
            frequency=v.frequency, end_on=v.end_on, review_on=v.review_on,
            goals=tuple(GoalInput(g.domain, g.description, g.interventions, g.target_on,
                                  g.progress) for g in v.goals))

    return read, lambda version, data: services.plans.update(plan_id, version, data)


def edit(url: str, actor: dict[str, Any], targets: dict[str, int], worker: str,
         rounds: int, result_path: str, together: Barrier) -> None:
    """Append one token per round to each target, in step with the other desk.

    In every round both desks read the record, meet, and save what they read (after a
    random few milliseconds, so the saves overlap in every possible way): one save must be
    refused as stale, and that desk re-reads and re-applies its token before both go on.
    """
    fd = os.open(result_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    try:
        rng = random.Random(worker)
        db = Database(url)
        services = Services(ServiceContext(db, actor_from(actor, db), clock))
        records = {
            "minor": _minor(services, targets["minor"]),
            "session": _session(services, targets["session"], targets["case"]),
            "plan": _plan(services, targets["plan"], targets["case"]),
        }
        for kind, (read, save) in records.items():
            for i in range(rounds):
                token = f"{worker}{i:x};"
                version, data = read(token)
                together.wait(60)  # both desks hold the same version now
                time.sleep(rng.random() * 0.004)
                while True:
                    try:
                        save(version, data)
                        break
                    except StaleRecord:
                        say(f"conflict {kind}")
                        version, data = read(token)
                say(f"ack {kind} {token}")
                together.wait(60)  # the round is over for both: the next reads are fresh
    except BaseException:
        say("error " + traceback.format_exc().replace("\n", " | "))
        os._exit(3)
    os._exit(0)


def open_cases(url: str, actor: dict[str, Any], worker: int, count: int, result_path: str,
               start: Barrier) -> None:
    """Register `count` minors with a case each, as fast as possible."""
    fd = os.open(result_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        db = Database(url)
        services = Services(ServiceContext(db, actor_from(actor, db), clock))
        start.wait(30)
        for i in range(count):
            minor = replace(minor_input("王小花"), school=f"desk{worker}-{i}")
            case_id = services.cases.open_new(minor, guardians(1), case_input(),
                                              confirm_not_duplicate=True)
            os.write(fd, f"ack {case_id}\n".encode())
    except BaseException:
        os.write(fd, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        os._exit(3)
    os._exit(0)


def log_sessions(url: str, actor: dict[str, Any], case_id: int, goal_ids: list[int],
                 count: int, result_path: str, start: Barrier) -> None:
    """Log `count` sessions of one case, rating its goals, as fast as possible."""
    fd = os.open(result_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        db = Database(url)
        services = Services(ServiceContext(db, actor_from(actor, db), clock))
        start.wait(30)
        for i in range(count):
            view = services.sessions.log(case_id, SessionInput(
                held_at=datetime(2026, 10, 1, 8) + timedelta(hours=i), duration_minutes=30 + i,
                mode=SessionMode.CENTER, attendance=Attendance.ATTENDED,
                ratings=tuple((g, i % 5) for g in goal_ids)))
            os.write(fd, f"ack {view.id}\n".encode())
    except BaseException:
        os.write(fd, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        os._exit(3)
    os._exit(0)
