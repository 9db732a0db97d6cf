"""Two desks on the same records: no save silently overwrites another; numbers stay unique.

Each desk is its own process with its own engine (helpers/desks.py). They append tokens to
the same minor, session and draft plan at the same moment, saving with the version they
read and re-reading on StaleRecord. Every acknowledged token must be in the final text:
a lost update would drop one. FAMILYEDU_CONFLICT_EDITS sets the edits per engine.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import datetime
from multiprocessing.context import ForkServerContext
from pathlib import Path

from sqlalchemy import func, select

from familyedu.models import Attendance, AuditEvent, Case, SessionMode
from familyedu.services.casework.dto import SessionInput
from familyedu.services.core.audit import verify_chain
from tests.conftest import World
from tests.reliability.helpers import crash_writer, desks
from tests.reliability.helpers.consistency import problems, update_entries
from tests.reliability.helpers.figures import add

EDITS = int(os.environ.get("FAMILYEDU_CONFLICT_EDITS", "1000"))
TOKEN = re.compile(r"[ab][0-9a-f]+;")


def _results(path: Path) -> list[list[str]]:
    return [line.split(" ", 2) for line in path.read_text().splitlines()]


def test_a_thousand_conflicting_edits_lose_nothing(world: World, tmp_path: Path,
                                                   forkserver: ForkServerContext) -> None:
    db = world.db
    url = db.url.render_as_string(hide_password=False)
    spec = crash_writer.prepare(world.mine, world.sup, url, cases=1)
    case = spec.cases[0]
    session = world.mine.sessions.log(case.case_id, SessionInput(
        held_at=datetime(2026, 10, 9, 9), duration_minutes=60, mode=SessionMode.HOME_VISIT,
        attendance=Attendance.ATTENDED))
    targets = {"minor": case.minor_id, "session": session.id, "plan": case.draft_plan_id,
               "case": case.case_id}
    audited_before = update_entries(db)
    rounds = -(-EDITS // 6)  # two desks, three records, one edit each per round
    together = forkserver.Barrier(2)
    children = []
    for worker in "ab":
        out = tmp_path / f"desk-{worker}.log"
        child = forkserver.Process(target=desks.edit, args=(
            url, spec.actor, targets, worker, rounds, str(out), together))
        child.start()
        children.append((child, out))
    for child, _out in children:
        child.join(600)
    lines = [line for _child, out in children for line in _results(out)]
    errors = [" ".join(line) for line in lines if line[0] == "error"]
    assert not errors, "\n".join(errors)
    assert [child.exitcode for child, _out in children] == [0, 0]

    acked = {kind: {token for what, k, token in (line for line in lines if line[0] == "ack")
                    if k == kind} for kind in ("minor", "session", "plan")}
    conflicts = Counter(line[1] for line in lines if line[0] == "conflict")
    texts = {
        "minor": world.mine.minors.get(case.minor_id).risk_reason,
        "session": next(s for s in world.mine.sessions.for_case(case.case_id)
                        if s.id == session.id).private_notes,
        "plan": next(p for p in world.mine.plans.revisions(case.case_id)
                     if p.id == case.draft_plan_id).needs,
    }
    made = sum(len(tokens) for tokens in acked.values())
    lost = {kind: acked[kind] - set(TOKEN.findall(texts[kind])) for kind in acked}
    twice = {kind: [t for t, n in Counter(TOKEN.findall(texts[kind])).items() if n > 1]
             for kind in acked}
    phantom = {kind: set(TOKEN.findall(texts[kind])) - acked[kind] for kind in acked}
    add(f"conflicting edits made [{db.dialect}]", made)
    add(f"stale saves refused and re-applied [{db.dialect}]", sum(conflicts.values()))
    add(f"lost updates [{db.dialect}]", sum(map(len, lost.values())))
    print(f"\n[{db.dialect}] {made} conflicting edits acknowledged, "
          f"{sum(conflicts.values())} stale saves refused and re-applied {dict(conflicts)}, "
          f"{sum(map(len, lost.values()))} lost")
    assert made == 6 * rounds >= EDITS
    assert lost == {"minor": set(), "session": set(), "plan": set()}
    assert twice == {"minor": [], "session": [], "plan": []}
    assert phantom == {"minor": set(), "session": set(), "plan": set()}
    # Every round was a collision: one of the two saves was refused as stale.
    assert conflicts == {"minor": rounds, "session": rounds, "plan": rounds}
    # One audit entry per saved edit, none for a refused one.
    audited = update_entries(db) - audited_before
    assert audited[("minor", case.minor_id)] == len(acked["minor"])
    assert audited[("session", session.id)] == len(acked["session"])
    assert audited[("plan", case.draft_plan_id)] == len(acked["plan"])
    assert problems(db) == []


def test_case_numbers_stay_unique_when_desks_open_cases_at_once(
        world: World, tmp_path: Path, forkserver: ForkServerContext) -> None:
    db = world.db
    url = db.url.render_as_string(hide_password=False)
    actor = crash_writer.actor_dict(world.counselor)
    workers, each = 4, 25
    start = forkserver.Barrier(workers)
    children = []
    for worker in range(workers):
        out = tmp_path / f"opener-{worker}.log"
        child = forkserver.Process(target=desks.open_cases,
                                   args=(url, actor, worker, each, str(out), start))
        child.start()
        children.append((child, out))
    for child, _out in children:
        child.join(600)
    lines = [line for _child, out in children for line in _results(out)]
    errors = [" ".join(line) for line in lines if line[0] == "error"]
    assert not errors, "\n".join(errors)
    assert [child.exitcode for child, _out in children] == [0] * workers

    acked = [int(line[1]) for line in lines if line[0] == "ack"]
    with db.read() as s:
        numbers = dict(s.execute(select(Case.id, Case.case_number)).all())
        chain = verify_chain(s)
        links = s.execute(select(func.count(AuditEvent.id),
                                 func.count(func.distinct(AuditEvent.prev_hash)))).one()
    assert len(acked) == workers * each
    assert set(acked) <= set(numbers)
    assert len(set(numbers.values())) == len(numbers) == workers * each
    # The audit trail stayed one chain: every entry links to a different predecessor.
    assert chain.ok, chain
    assert links[0] == links[1] == chain.entries
    assert problems(db) == []


def test_desks_logging_sessions_of_one_case_at_once_never_collide(
        world: World, tmp_path: Path, forkserver: ForkServerContext) -> None:
    """Logging adds a row: nobody's work is stale, and the case's totals count every one."""
    db = world.db
    url = db.url.render_as_string(hide_password=False)
    spec = crash_writer.prepare(world.mine, world.sup, url, cases=1)
    case = spec.cases[0]
    workers, each = 2, 30
    start = forkserver.Barrier(workers)
    children = []
    for worker in range(workers):
        out = tmp_path / f"logger-{worker}.log"
        child = forkserver.Process(target=desks.log_sessions, args=(
            url, spec.actor, case.case_id, case.goal_ids, each, str(out), start))
        child.start()
        children.append((child, out))
    for child, _out in children:
        child.join(600)
    lines = [line for _child, out in children for line in _results(out)]
    errors = [" ".join(line) for line in lines if line[0] == "error"]
    assert not errors, "\n".join(errors)
    view = world.mine.cases.get(case.case_id)
    assert view.progress.sessions_attended == workers * each
    assert view.progress.hours_done == round(workers * sum(30 + i for i in range(each)) / 60, 1)
    assert problems(db) == []
