"""Demo data: a county center's caseload of N minors, written in bulk in one transaction.

`fill(db, actor, minors=N, seed=S)` adds a supervisor and counselors (one per 40 open cases,
at least two), then N minors with guardians, cases, plan revisions, goals, sessions over the
past two years, ratings, consents and a few mandatory reports — every derived column as the
services compute it — last month's progress letters in the letter register (demo.letters),
and one audit entry for the whole import. The same seed on the same
existing data gives the same rows (passwords and their hashes aside).
"""

from __future__ import annotations

import copy
import hashlib
import logging
import math
import random
import secrets
import string
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from faker import Faker
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from familyedu.db import Database
from familyedu.demo.casework import CaseMaker, Skeleton, skeleton
from familyedu.demo.letters import MAX_LETTERS, issue_letters
from familyedu.demo.people import PeopleMaker
from familyedu.demo.triggers import deferred_derived_tables
from familyedu.demo.writer import BulkWriter, Ids
from familyedu.errors import DatabaseError
from familyedu.models import Center, Minor, Role, User
from familyedu.security import crypto, keyfile
from familyedu.security.crypto import production_kdf
from familyedu.services.admin.users import hash_password
from familyedu.services.core import audit, field_crypto, numbering
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.context import Actor

log = logging.getLogger(__name__)

CASES_PER_COUNSELOR = 40
MIN_COUNSELORS = 2
CHUNK = 400  # minors generated between two flushes (about 5,000 sessions)
MAX_MINORS = 1_000_000
DEMO_CENTER = "某某县家庭教育指导中心（演示）"
DEMO_KDF = crypto.KdfParams(time_cost=1, memory_cost=8192, parallelism=1)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    password: str


@dataclass(frozen=True)
class DemoResult:
    """What was added: row counts per table, the new accounts, and how long it took."""

    counts: dict[str, int]
    open_cases: int
    closed_cases: int
    sealed_minors: int
    accounts: list[DemoAccount] = field(default_factory=list)
    seconds: float = 0.0


def _password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "demo-" + "".join(secrets.choice(alphabet) for _ in range(10))


def _seed_for(seed: int, existing_minors: int) -> int:
    """The stream depends on the seed and on what is there: a second run adds new people."""
    digest = hashlib.sha256(f"familyedu-demo:{seed}:{existing_minors}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _free_username(taken: set[str], stem: str, start: int) -> tuple[str, int]:
    n = start
    while f"{stem}{n:03d}" in taken:
        n += 1
    taken.add(f"{stem}{n:03d}")
    return f"{stem}{n:03d}", n + 1


# Below this size autovacuum catches up at once; a test's demo need not wait for VACUUM.
VACUUM_FROM = 5_000


def fill(db: Database, actor: Actor, *, minors: int, seed: int = 1, today: date | None = None,
         now: datetime | None = None,
         progress: Callable[[int, int], None] | None = None,
         letter_progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add `minors` demo minors with their casework and letters to the actor's center.

    `progress(done, total)` follows the minors, `letter_progress(done, total)` the letters.
    """
    if not 1 <= minors <= MAX_MINORS:
        raise ValueError(f"--minors must be between 1 and {MAX_MINORS}")
    started = time.perf_counter()
    moment = (now or datetime.now()).replace(microsecond=0)
    day = today or moment.date()
    undo: Callable[[], None] | None = None
    try:
        with db.uow() as s:
            maker, counts, accounts, n_open = _import(
                s, actor, minors=minors, seed=seed, day=day, moment=moment, progress=progress,
                letter_progress=letter_progress)
            _encrypt_as_its_supervisor(s, actor.center_id, accounts, moment)
            # A bulk import changes the tables' shape at once: fresh statistics let the query
            # planners pick the indexes that fit 100,000 cases (SQLite keeps none otherwise).
            s.execute(text("ANALYZE"))
            # Last before the commit: an encrypted file's key, wrapped for the new accounts.
            undo = grant_keys(db, accounts)
    except BaseException:
        if undo is not None:
            undo()
        raise
    if db.dialect == "postgresql" and minors >= VACUUM_FROM:
        # Outside the transaction: marks the new pages all-visible, so index-only scans (the
        # list's deep pages, short search terms) need not visit each row, as they will once
        # autovacuum has passed on a server that has been running a while.
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
    result = DemoResult(counts, n_open, minors - n_open, maker.sealed, accounts,
                        time.perf_counter() - started)
    log.info("demo data: %s in %.1f s", counts, result.seconds)
    return result


def _import(s: Session, actor: Actor, *, minors: int, seed: int, day: date, moment: datetime,
            progress: Callable[[int, int], None] | None,
            letter_progress: Callable[[int, int], None] | None
            ) -> tuple[CaseMaker, dict[str, int], list[DemoAccount], int]:
    center_id = actor.center_id
    existing = s.scalar(select(func.count(Minor.id))) or 0
    base = _seed_for(seed, existing)
    rng = random.Random(base)
    faker = Faker("zh_CN")
    faker.seed_instance(base)
    skeletons = sorted((skeleton(rng, day) for _ in range(minors)),
                       key=lambda k: k.opened_on)
    n_open = sum(1 for k in skeletons if k.closed_on is None)
    ids = Ids(s)
    writer = BulkWriter(s)
    taken = set(s.scalars(select(User.username)))
    accounts, supervisor_id, counselor_ids = _accounts(
        ids, writer, faker, taken, center_id, moment,
        max(MIN_COUNSELORS, math.ceil(n_open / CASES_PER_COUNSELOR)))
    _number_cases(s, center_id, skeletons)
    for k in skeletons:
        k.counselor_id = counselor_ids[rng.randrange(len(counselor_ids))]
    people = PeopleMaker(rng, faker, set(s.scalars(
        select(Minor.resident_id).where(Minor.resident_id.is_not(None)))))
    maker = CaseMaker(rng, people, ids, writer.emit, day, center_id, supervisor_id)
    with deferred_derived_tables(s, center_id):
        for done, k in enumerate(skeletons, start=1):
            maker.make(k)
            if done % CHUNK == 0 or done == minors:
                writer.flush()
                if progress is not None:
                    progress(done, minors)
    issue_letters(s, center_id=center_id, cases=maker.letter_cases, rng=rng, today=day,
                  moment=moment, next_id=ids, emit=writer.emit, progress=letter_progress)
    writer.flush()
    counts = {name: n for name, n in writer.counts.items() if name != "users"}
    audit.record(s, at=moment, action=Action.CREATE, user_id=actor.user_id,
                 username=actor.username, entity_type=EntityType.DEMO_DATA, details={
                     "seed": seed, "minors": minors, "counts": counts,
                     "accounts": [a.username for a in accounts],
                     "open_cases": n_open, "closed_cases": minors - n_open,
                     "sealed_minors": maker.sealed})
    return maker, counts, accounts, n_open


def _encrypt_as_its_supervisor(s: Session, center_id: int, accounts: list[DemoAccount],
                               moment: datetime) -> None:
    """The new accounts' key pairs, then the private notes and sealed records encrypted as
    their supervisor's first sign-in would: a demo reads like a real center from the start."""
    users = {u.username: u for u in s.scalars(select(User).where(
        User.username.in_([a.username for a in accounts])))}
    for account in accounts:
        field_crypto.set_password_key(s, users[account.username], account.password, DEMO_KDF,
                                      moment)
    supervisor = next((users[a.username] for a in accounts if a.role is Role.SUPERVISOR), None)
    center = s.get(Center, center_id)
    if supervisor is None or center is None:
        return
    center.clear_fields_left = True
    field_crypto.settle_at_sign_in(s, supervisor, field_crypto.Keyring(), DEMO_KDF, moment,
                                   batch=None)


def grant_keys(db: Database, accounts: list[DemoAccount]) -> Callable[[], None]:
    """An encrypted SQLite file: wrap its key for each new account; returns an undo.

    The demo accounts' entries use a light argon2 cost: hundreds of counselors at the full
    cost would take minutes, and their passwords are random and printed anyway.
    """
    keys = keyfile.for_database(db)
    if keys is None or not accounts:
        return lambda: None
    if db.key is None:
        raise DatabaseError("needs_unlock")
    path = keys.path
    before = copy.deepcopy(keys.data["users"])
    for account in accounts:
        keys.set_user(account.username, account.password, db.key, DEMO_KDF)
    keys.save()

    def undo() -> None:
        again = keyfile.KeyFile.load(path)
        again.data["users"] = before
        again.save()

    return undo


def _number_cases(s: Session, center_id: int, skeletons: list[Skeleton]) -> None:
    """Reserve one block of case numbers per year, given out in order of opening."""
    per_year = Counter(k.opened_on.year for k in skeletons)
    next_number = {}
    for year, n in sorted(per_year.items()):
        last = numbering.next_value(s, center_id, "case", year, count=n)
        next_number[year] = last - n + 1
    for k in skeletons:
        year = k.opened_on.year
        k.case_number = numbering.case_number(year, next_number[year])
        next_number[year] += 1


def _accounts(ids: Ids, writer: BulkWriter, faker: Faker, taken: set[str], center_id: int,
              moment: datetime, n_counselors: int) -> tuple[list[DemoAccount], int, list[int]]:
    """A supervisor and the counselors; the counselors of one import share one password."""
    accounts = []
    sup_password, counselor_password = _password(), _password()
    cost = production_kdf()
    sup_hash = hash_password(sup_password, cost)
    counselor_hash = hash_password(counselor_password, cost)
    username, _ = _free_username(taken, "supervisor", 1)
    supervisor_id = ids("users")
    shown = faker.name()
    writer.emit("users", _user(supervisor_id, center_id, username, shown, Role.SUPERVISOR,
                               sup_hash, moment))
    accounts.append(DemoAccount(username, shown, Role.SUPERVISOR, sup_password))
    counselor_ids = []
    n = 1
    for _ in range(n_counselors):
        username, n = _free_username(taken, "counselor", n)
        user_id = ids("users")
        shown = faker.name()
        writer.emit("users", _user(user_id, center_id, username, shown, Role.COUNSELOR,
                                   counselor_hash, moment))
        accounts.append(DemoAccount(username, shown, Role.COUNSELOR, counselor_password))
        counselor_ids.append(user_id)
    writer.flush()
    return accounts, supervisor_id, counselor_ids


def _user(user_id: int, center_id: int, username: str, shown: str, role: Role,
          password_hash: str, moment: datetime) -> dict[str, object]:
    return {"id": user_id, "center_id": center_id, "username": username,
            "display_name": shown, "role": role, "password_hash": password_hash,
            "active": True, "failed_logins": 0, "locked_until": None,
            "must_change_password": False, "version": 1, "created_at": moment,
            "updated_at": moment}


__all__ = ["DEMO_CENTER", "MAX_LETTERS", "DemoAccount", "DemoResult", "fill"]
