"""The checks the crash and concurrency tests rely on do find damage when there is some."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from sqlalchemy import text

from familyedu.db import Database
from tests.conftest import build_world
from tests.reliability.helpers import consistency, crash_writer
from tests.reliability.helpers.oracle import Ack, Begin, Run, lost_or_phantom


def _filled(db: Database) -> None:
    world = build_world(db)
    spec = crash_writer.prepare(world.mine, world.sup,
                                db.url.render_as_string(hide_password=False))
    fd = os.open(os.devnull, os.O_WRONLY)
    desk = crash_writer.Desk(spec, seed=3, ack_fd=fd, services=world.mine)
    for _ in range(40):
        desk.step()
    os.close(fd)


def _damage(db: Database, statement: str) -> list[str]:
    with db.engine.begin() as conn:
        conn.execute(text(statement))
    return consistency.problems(db)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_half_written_records_are_reported(engine: str,
                                           new_database: Callable[[str], Database]) -> None:
    db = new_database(engine)
    _filled(db)
    assert consistency.problems(db) == []
    with db.engine.connect() as conn:
        session_id = conn.execute(text(
            "SELECT min(session_id) FROM session_goal_ratings")).scalar_one()

    found = _damage(db, f"DELETE FROM session_goal_ratings WHERE session_id = {session_id}")
    assert any(p.startswith(f"session {session_id}:") for p in found)
    found = _damage(db, "UPDATE cases SET minutes_done = minutes_done + 1 WHERE id = 1")
    assert any(p.startswith("case 1: totals") for p in found)
    found = _damage(db, "UPDATE minors SET name_pinyin = 'x' WHERE id = 1")
    assert "minor 1: pinyin does not match the name" in found
    found = _damage(db, "UPDATE audit_events SET details = '{}' WHERE id = 5")
    assert any(p.startswith("audit chain broken at 5") for p in found)
    found = _damage(db, "DELETE FROM letters WHERE id = 1")
    assert any("letter numbers" in p for p in found)


def test_a_damaged_search_index_is_reported(new_database: Callable[[str], Database]) -> None:
    db = new_database("sqlite")
    _filled(db)
    assert db.sqlite_path is not None
    assert consistency.sqlite_integrity(db.sqlite_path) == []
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM cases_search WHERE rowid = 1"))
    assert any(p.startswith("search index") for p in consistency.sqlite_integrity(db.sqlite_path))


def test_the_oracle_reports_lost_and_phantom_writes() -> None:
    before = consistency.Snapshot(sessions={1: (1, "m1"), 2: (3, "m2")})
    kept = consistency.Snapshot(sessions={1: (2, "m3"), 2: (3, "m2")})
    run = Run([Ack("session_edit", 1, 2, "m3")], None, [], True)
    assert lost_or_phantom(before, kept, run, []) == []
    # The acknowledged edit is missing: the record still holds the older write.
    lost = consistency.Snapshot(sessions={1: (1, "m1"), 2: (3, "m2")})
    assert lost_or_phantom(before, lost, run, []) == [
        "session 1 holds (1, 'm1'), acknowledged (2, 'm3')"]
    # A write nobody started, and the write in doubt that did commit (allowed).
    doubt = Run([], Begin("session", 0, "m4"), [], True)
    extra = consistency.Snapshot(sessions={**before.sessions, 7: (1, "m4"), 8: (1, "m5")})
    assert lost_or_phantom(before, extra, doubt, []) == ["session 8 (1, 'm5') was never written"]
