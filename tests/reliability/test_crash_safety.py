"""SIGKILL a desk at random moments while it writes: nothing acknowledged is lost or half-saved.

A child process logs and edits sessions, edits a draft plan and a minor and opens cases
through the services, acknowledging each committed write (helpers/crash_writer.py). The
parent kills it with SIGKILL after a random delay, many times over the same database, and
after every kill checks the file's integrity, that each acknowledged write is there as
written, that nothing was written that nobody started, and that every record is whole
(helpers/consistency.py). FAMILYEDU_CRASH_KILLS (total over the engines, default 200) and
FAMILYEDU_CRASH_SEED make a run longer or repeat one. Plain SQLite, encrypted SQLite and
PostgreSQL each get a third of the kills.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest
from sqlalchemy import text

from familyedu.db import Database
from tests.conftest import World, build_world
from tests.reliability.helpers import consistency, crash_writer
from tests.reliability.helpers.encrypted import encrypted_world
from tests.reliability.helpers.figures import add
from tests.reliability.helpers.oracle import lost_or_phantom, read_run

KILLS = int(os.environ.get("FAMILYEDU_CRASH_KILLS", "200"))
SEED = int(os.environ.get("FAMILYEDU_CRASH_SEED", "20261127"))
# A child works at most this long once it is ready: long enough for a dozen commits, short
# enough to die in every phase of a unit of work (validating, flushing, committing).
MAX_WORK_SECONDS = 0.4


def _wait_until_ready(ack: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if ack.exists() and ack.read_bytes().startswith(b"start\n"):
            return
        time.sleep(0.002)
    pytest.fail(f"the desk did not start: {ack.read_text() if ack.exists() else ''}")


def _wait_for_backends_gone(db: Database, name: str) -> None:
    """A killed client's server process may still be finishing its COMMIT: wait for it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            left = conn.execute(text("SELECT count(*) FROM pg_stat_activity "
                                     "WHERE application_name = :n"), {"n": name}).scalar()
        if not left:
            return
        time.sleep(0.01)
    pytest.fail(f"the server still runs the killed desk's session {name}")


ENGINES = ["sqlite", "sqlcipher", "postgresql"]


@pytest.fixture(params=ENGINES)
def center(request: pytest.FixtureRequest, new_database: Callable[[str], Database],
           tmp_path: Path) -> tuple[World, bytes | None]:
    """A center on plain SQLite, encrypted SQLite (as the app sets it up) or PostgreSQL."""
    if request.param == "sqlcipher":
        return encrypted_world(tmp_path / "encrypted.sqlite3")
    return build_world(new_database(request.param)), None


def test_killed_desk_loses_nothing_acknowledged(center: tuple[World, bytes | None],
                                                tmp_path: Path,
                                                forkserver: ForkServerContext) -> None:
    world, key = center
    db = world.db
    kills = max(1, -(-KILLS // len(ENGINES)))
    base_url = db.url.render_as_string(hide_password=False)
    spec = crash_writer.prepare(world.mine, world.sup, base_url)
    spec.key = key.hex() if key else ""
    engine = "sqlcipher" if key else db.dialect
    rng = random.Random(f"{SEED}-{engine}")
    before = consistency.snapshot(db)
    audited = consistency.update_entries(db)
    acknowledged = mid_write = 0
    started = time.monotonic()
    for k in range(kills):
        name = f"crash{k}"
        url = base_url if db.is_sqlite else db.url.update_query_dict(
            {"application_name": name}).render_as_string(hide_password=False)
        ack = tmp_path / f"{name}.log"
        child = forkserver.Process(target=crash_writer.run,
                                   args=({**spec.to_dict(), "url": url}, SEED * 1000 + k,
                                         str(ack)))
        child.start()
        _wait_until_ready(ack)  # a busy machine must not make every kill land in start-up
        time.sleep(rng.uniform(0.0, MAX_WORK_SECONDS))
        child.kill()
        child.join(30)
        run = read_run(ack)
        assert not run.errors, f"the desk failed on its own in run {k}: {run.errors}"
        assert child.exitcode == -signal.SIGKILL, f"run {k} ended with {child.exitcode}"
        if not db.is_sqlite:
            _wait_for_backends_gone(db, name)

        after = consistency.snapshot(db)
        edits: list[tuple[str, int]] = []
        problems = lost_or_phantom(before, after, run, edits) + consistency.problems(db)
        # Every committed edit, and nothing else, left exactly one audit entry.
        audited.update(edits)
        if consistency.update_entries(db) != audited:
            problems.append(f"audit entries {consistency.update_entries(db) - audited} / "
                            f"missing {audited - consistency.update_entries(db)}")
        if db.sqlite_path is not None:
            problems += consistency.sqlite_integrity(db.sqlite_path, key)
        assert not problems, f"after kill {k} (seed {SEED}): {problems}"
        before = after
        acknowledged += len(run.acks)
        mid_write += run.in_doubt is not None

    elapsed = time.monotonic() - started
    add(f"kills survived [{engine}]", kills)
    add(f"kills mid-write [{engine}]", mid_write)
    add(f"acknowledged writes kept [{engine}]", acknowledged)
    print(f"\n[{engine}] {kills} kills survived, {acknowledged} acknowledged writes kept, "
          f"{mid_write} kills mid-write, {len(before.sessions)} sessions, "
          f"{len(before.cases)} cases, {len(before.letters)} letters, {elapsed:.0f} s")
    # The kills must have hit the desk while it was working, not only before it started.
    assert acknowledged >= kills // 2
    assert mid_write >= kills // 4
