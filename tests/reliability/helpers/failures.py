"""What the database-failure tests share: a center, one session to save, and row counts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from familyedu.db import Database
from familyedu.models import Attendance, SessionMode
from familyedu.services import ServiceContext, Services
from familyedu.services.casework.dto import SessionInput
from tests.conftest import World, build_world, fixed_clock
from tests.reliability.helpers import crash_writer

COUNTED = ("guidance_sessions", "session_goal_ratings", "session_guardians", "audit_events")


@dataclass
class Desk:
    world: World
    case: crash_writer.CaseSpec

    def services_on(self, db: Database) -> Services:
        """The counselor working through another Database object (another engine)."""
        return Services(ServiceContext(db, self.world.counselor, fixed_clock))

    def session(self, note: str = "") -> SessionInput:
        """An attended session with every guardian and a rating of every goal."""
        return SessionInput(
            held_at=datetime(2026, 10, 12, 9), duration_minutes=75, mode=SessionMode.HOME_VISIT,
            attendance=Attendance.ATTENDED, minor_attended=True,
            guardian_ids=tuple(self.case.guardian_ids),
            ratings=tuple((g, 3) for g in self.case.goal_ids), private_notes=note,
            shared_summary="家长按时参加")


def make_desk(db: Database) -> Desk:
    world = build_world(db)
    spec = crash_writer.prepare(world.mine, world.sup,
                                db.url.render_as_string(hide_password=False), cases=1)
    return Desk(world, spec.cases[0])


def counts(db: Database) -> dict[str, int]:
    """Rows of the tables one session touches, read on a connection of its own."""
    with db.engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                for t in COUNTED}


def file_counts(path: Path) -> dict[str, int]:
    """The same, straight from the file with the sqlite3 module (no familyedu engine)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def one_more_session(before: dict[str, int], after: dict[str, int], desk: Desk) -> bool:
    """Exactly one whole session (with its ratings, guardians and audit entry) was added."""
    return after == {
        "guidance_sessions": before["guidance_sessions"] + 1,
        "session_goal_ratings": before["session_goal_ratings"] + len(desk.case.goal_ids),
        "session_guardians": before["session_guardians"] + len(desk.case.guardian_ids),
        "audit_events": before["audit_events"] + 1,
    }


def checkpoint(db: Database) -> None:
    """Move everything from the WAL into the main file (before copying the file)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@contextmanager
def mounted(kind: str, target: Path, options: str, source: str = "") -> Iterator[None]:
    """mount(8) for the duration; the caller skips the test when mounting is not allowed."""
    import subprocess

    target.mkdir(parents=True, exist_ok=True)
    args = ["mount", "-t", kind, "-o", options, source or kind, str(target)]
    if kind == "bind":
        args = ["mount", "--bind", source, str(target)]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PermissionError(done.stderr.strip() or "mount failed")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def remount(target: Path, options: str) -> None:
    import subprocess

    subprocess.run(["mount", "-o", f"remount,{options},bind", str(target)], check=True,
                   capture_output=True)
