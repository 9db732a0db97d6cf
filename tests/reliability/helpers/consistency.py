"""Checks that a database holds whole records only: totals, children, search text, audit.

Every check recomputes from the rows themselves and compares with what the services keep,
so a unit of work that was cut half-way (a session without its ratings, a case whose totals
miss a session, a change without its audit entry) shows up as a named problem.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familyedu.db import Database
from familyedu.models import (
    Attendance,
    AuditEvent,
    Case,
    Goal,
    Guardian,
    GuidancePlan,
    GuidanceSession,
    Letter,
    Minor,
    Role,
    SessionGoalRating,
    SessionGuardian,
    User,
    UserKey,
)
from familyedu.models import Counter as NumberCounter
from familyedu.security import field_keys
from familyedu.security.crypto import DecryptionFailed
from familyedu.services.core import field_crypto, search_text
from familyedu.services.core.audit import verify_chain
from tests.signing import PASSWORD


def _reader(s: Session) -> field_crypto.Keyring:
    """The first supervisor's field keys, opened read-only with the tests' password: private
    notes are stored encrypted, and the checks read what the writers wrote."""
    sup = s.scalar(select(User).where(User.role == Role.SUPERVISOR).order_by(User.id)
                   .limit(1))
    stored = s.get(UserKey, sup.id) if sup is not None else None
    if sup is None or stored is None:
        return field_crypto.Keyring()
    try:
        private = field_keys.unwrap_private(stored.private_sealed, PASSWORD, sup.id)
    except DecryptionFailed:
        return field_crypto.Keyring()
    keyring = field_crypto.Keyring(user_id=sup.id, private=private, public=stored.public_key)
    keyring.refresh(s)
    return keyring


def _note(keyring: field_crypto.Keyring, stored: str) -> str:
    read = field_crypto.read_note(keyring, stored)
    return stored if read is None else read


_SESSION_NOTE = re.compile(r"^(?P<marker>[^|]+)\|g=(?P<g>\d+)\|r=(?P<r>\d+)$")
_PLAN_NEEDS = re.compile(r"^(?P<marker>[^|]+)\|goals=(?P<k>\d+)$")


def sqlite_integrity(path: Path, key: bytes | None = None) -> list[str]:
    """PRAGMA integrity_check and foreign_key_check on a fresh connection."""
    if key is None:
        conn = sqlite3.connect(str(path))
    else:
        import sqlcipher3

        conn = sqlcipher3.dbapi2.connect(str(path))
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        problems = []
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:5]}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {broken[:5]}")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'cases_search'").fetchone():
            problems += _search_index_problems(conn)
        return problems
    finally:
        conn.close()


def _search_index_problems(conn: Any) -> list[str]:
    """The full-text copy of cases.search_text (revision 0002) matches the cases."""
    problems = []
    try:
        conn.execute("INSERT INTO cases_search(cases_search) VALUES ('integrity-check')")
    except Exception as exc:  # sqlite3 or sqlcipher3: the index disagrees with its content
        problems.append(f"search index integrity: {exc}")
    differ = conn.execute(
        "SELECT count(*) FROM cases c LEFT JOIN cases_search s ON s.rowid = c.id "
        "WHERE s.rowid IS NULL OR s.search_text IS NOT c.search_text").fetchone()[0]
    extra = conn.execute("SELECT count(*) FROM cases_search WHERE rowid NOT IN "
                         "(SELECT id FROM cases)").fetchone()[0]
    if differ or extra:
        problems.append(f"search index: {differ} cases differ, {extra} rows without a case")
    return problems


@dataclass
class Totals:
    """A case's running totals, as the session service keeps them."""

    minutes: int = 0
    attended: int = 0
    missed: int = 0
    last: datetime | None = None

    def add(self, attendance: Attendance, minutes: int, held_at: datetime) -> None:
        if attendance is Attendance.ATTENDED:
            self.minutes += minutes
            self.attended += 1
            self.last = held_at if self.last is None else max(self.last, held_at)
        elif attendance is Attendance.NO_SHOW:
            self.missed += 1


@dataclass
class Snapshot:
    """What the crash writer's markers say each record holds: id -> (version, marker)."""

    sessions: dict[int, tuple[int, str]] = field(default_factory=dict)
    minors: dict[int, tuple[int, str]] = field(default_factory=dict)
    plans: dict[int, tuple[int, str]] = field(default_factory=dict)
    cases: dict[int, str] = field(default_factory=dict)  # case id -> its minor's school
    letters: dict[int, tuple[int, str]] = field(default_factory=dict)  # -> (1, "c<case id>")


def snapshot(db: Database) -> Snapshot:
    snap = Snapshot()
    with db.read() as s:
        keyring = _reader(s)
        for sid, version, notes in s.execute(select(
                GuidanceSession.id, GuidanceSession.version, GuidanceSession.private_notes)):
            snap.sessions[sid] = (version, _note(keyring, notes).split("|", 1)[0])
        for mid, version, school in s.execute(select(Minor.id, Minor.version, Minor.school)):
            snap.minors[mid] = (version, school)
        for pid, version, needs in s.execute(select(
                GuidancePlan.id, GuidancePlan.version, GuidancePlan.needs)):
            snap.plans[pid] = (version, needs.split("|", 1)[0])
        for cid, school in s.execute(select(Case.id, Minor.school).join(
                Minor, Minor.id == Case.minor_id)):
            snap.cases[cid] = school
        for lid, case_id in s.execute(select(Letter.id, Letter.case_id)):
            snap.letters[lid] = (1, f"c{case_id}")
    return snap


def problems(db: Database) -> list[str]:
    """Every inconsistency between records that one unit of work writes together."""
    found: list[str] = []
    with db.read() as s:
        sessions = s.execute(select(
            GuidanceSession.id, GuidanceSession.case_id, GuidanceSession.private_notes,
            GuidanceSession.attendance, GuidanceSession.duration_minutes,
            GuidanceSession.held_at, GuidanceSession.version)).all()
        guardians_of = dict(s.execute(select(SessionGuardian.session_id, func.count())
                                      .group_by(SessionGuardian.session_id)).all())
        ratings_of = dict(s.execute(select(SessionGoalRating.session_id, func.count())
                                    .group_by(SessionGoalRating.session_id)).all())
        totals: dict[int, Totals] = defaultdict(Totals)
        keyring = _reader(s)
        for sid, case_id, stored, attendance, minutes, held_at, _v in sessions:
            notes = _note(keyring, stored)
            match = _SESSION_NOTE.match(notes)
            if match is not None and (guardians_of.get(sid, 0), ratings_of.get(sid, 0)) != (
                    int(match["g"]), int(match["r"])):
                found.append(f"session {sid}: {guardians_of.get(sid, 0)} guardians and "
                             f"{ratings_of.get(sid, 0)} ratings, written with {notes}")
            totals[case_id].add(attendance, minutes, held_at)
        for case in s.scalars(select(Case)):
            kept = Totals(case.minutes_done, case.sessions_attended, case.sessions_missed,
                          case.last_session_at)
            if kept != totals[case.id]:
                found.append(f"case {case.id}: totals {kept} but sessions give {totals[case.id]}")
            minor = case.minor
            people = [g for g in minor.guardians if not g.removed]
            expected = search_text.build(
                case_number=case.case_number, names=[minor.name, *(g.name for g in people)],
                numbers=[minor.resident_id or "", *(g.phone for g in people)])
            if case.search_text != expected:
                found.append(f"case {case.id}: search text does not match its minor")
        for minor in s.scalars(select(Minor)):
            if minor.name_pinyin != search_text.pinyin_of(minor.name):
                found.append(f"minor {minor.id}: pinyin does not match the name")
        for guardian in s.scalars(select(Guardian)):
            if guardian.name_pinyin != search_text.pinyin_of(guardian.name):
                found.append(f"guardian {guardian.id}: pinyin does not match the name")
        found += _plan_problems(s)
        found += _letter_problems(s)
        found += _goal_progress_problems(s)
        found += _audit_problems(s, {sid: v for sid, *_rest, v in sessions})
    return found


def _plan_problems(s: Session) -> list[str]:
    found = []
    for plan in s.scalars(select(GuidancePlan)):
        match = _PLAN_NEEDS.match(plan.needs)
        if match is None:
            continue
        marks = [g.description.split("#", 1)[0] for g in plan.goals]
        if len(marks) != int(match["k"]) or any(m != match["marker"] for m in marks):
            found.append(f"plan {plan.id}: goals {marks} but written with {plan.needs}")
    return found


def _letter_problems(s: Session) -> list[str]:
    """Letter numbers run without gaps and each issued letter is in the audit trail."""
    numbers = sorted(int(re.sub(r"\D", "", ref.rsplit("〕", 1)[-1]))
                     for ref in s.scalars(select(Letter.reference)))
    found = []
    if numbers != list(range(1, len(numbers) + 1)):
        found.append(f"letter numbers {numbers} have gaps or repeats")
    taken = s.scalar(select(func.max(NumberCounter.last_value)).where(
        NumberCounter.name == "letter")) or 0
    if taken != len(numbers):
        found.append(f"letter counter at {taken} for {len(numbers)} letters")
    printed = Counter(s.scalars(select(AuditEvent.entity_id).where(
        AuditEvent.entity_type == "letter", AuditEvent.action == "print")))
    for lid in s.scalars(select(Letter.id)):
        if printed[lid] != 1:
            found.append(f"letter {lid}: {printed[lid]} print entries")
    return found


def _goal_progress_problems(s: Session) -> list[str]:
    """A goal's progress is its rating in the latest session that rated it."""
    rows = s.execute(
        select(SessionGoalRating.goal_id, SessionGoalRating.rating, GuidanceSession.held_at,
               GuidanceSession.id)
        .join(GuidanceSession, GuidanceSession.id == SessionGoalRating.session_id)).all()
    latest: dict[int, tuple[object, int, int]] = {}
    for goal_id, rating, held_at, sid in rows:
        if goal_id not in latest or (held_at, sid) > latest[goal_id][:2]:
            latest[goal_id] = (held_at, sid, rating)
    found = []
    for goal_id, (_held, _sid, rating) in latest.items():
        goal = s.get(Goal, goal_id)
        if goal is not None and goal.progress != rating:
            found.append(f"goal {goal_id}: progress {goal.progress}, latest rating {rating}")
    return found


def update_entries(db: Database) -> Counter[tuple[str, int]]:
    """How many "update" audit entries each record has: one per committed edit."""
    with db.read() as s:
        return Counter(
            (etype, eid) for etype, eid in s.execute(
                select(AuditEvent.entity_type, AuditEvent.entity_id)
                .where(AuditEvent.action == "update", AuditEvent.entity_id.is_not(None)))
            if eid is not None)


def _audit_problems(s: Session, session_versions: dict[int, int]) -> list[str]:
    found = []
    check = verify_chain(s)
    if not check.ok:
        found.append(f"audit chain broken at {check.first_broken_id}: {check.problem}")
    events = Counter(
        (entity_type, action, entity_id) for entity_type, action, entity_id in s.execute(
            select(AuditEvent.entity_type, AuditEvent.action, AuditEvent.entity_id)))
    created = {eid for (etype, action, eid) in events
               if etype == "session" and action == "create" and eid is not None}
    if created != set(session_versions):
        found.append(f"sessions without a create entry {sorted(set(session_versions) - created)}, "
                     f"entries without a session {sorted(created - set(session_versions))}")
    for (cid,) in s.execute(select(Case.id)):
        if events[("case", "create", cid)] != 1:
            found.append(f"case {cid}: {events[('case', 'create', cid)]} create entries")
    return found
