"""Upgrading a database whose planner keeps statistics analyses the tables a migration
indexed anew: SQLite otherwise takes the new index, without statistics, for a selective one
(revision 0005 made a counselor's dashboard 40× slower on a 100,000-case database)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import text

from familyedu.db import Database, alembic_config
from familyedu.models import Attendance, SessionMode
from familyedu.services.casework.dto import SessionInput
from tests.conftest import ENGINES, build_world, open_case
from tests.reliability.helpers import later_columns


def _upgrade_to(db: Database, target: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


@pytest.mark.parametrize("engine", ENGINES)
def test_new_indexes_get_statistics_on_upgrade(
        engine: str, blank_database: Callable[[str], Database]) -> None:
    db = blank_database(engine)
    _upgrade_to(db, "0004")
    with later_columns.present(db):
        world = build_world(db)
        for name in ("张一", "王二", "李三"):
            case_id = open_case(world.mine, name=name, resident_id=None)
            world.mine.sessions.log(case_id, SessionInput(
                held_at=datetime(2026, 10, 8, 9), duration_minutes=60,
                mode=SessionMode.CENTER, attendance=Attendance.ATTENDED))
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    db.upgrade(backup=lambda: None)
    assert db.current_revision() == db.head_revision()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            analysed = conn.execute(text(
                "SELECT idx FROM sqlite_stat1 WHERE idx IN "
                "('ix_cases_center_number_order', 'ix_guidance_sessions_held_at')")).scalars()
            assert set(analysed) == {"ix_cases_center_number_order",
                                     "ix_guidance_sessions_held_at"}
        else:
            expressions = conn.execute(text(
                "SELECT count(*) FROM pg_stats WHERE tablename = "
                "'ix_cases_center_number_order'")).scalar()
            assert (expressions or 0) > 0
