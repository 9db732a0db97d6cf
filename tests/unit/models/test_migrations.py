"""The migrations build exactly the ORM's schema, on both engines, and refuse newer databases."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from familyedu.db import Database
from familyedu.errors import DatabaseTooNew
from familyedu.migrations.autogen import include_name
from familyedu.models import Base
from tests.conftest import ENGINES


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_name": include_name})
        return list(compare_metadata(context, Base.metadata))


@pytest.mark.parametrize("engine", ENGINES)
def test_head_schema_equals_the_orm_metadata(
        engine: str, blank_database: Callable[[str], Database]) -> None:
    db = blank_database(engine)
    assert db.current_revision() is None
    assert db.upgrade() is True
    assert db.current_revision() == db.head_revision()
    assert _differences(db) == []
    # A second start finds nothing to do.
    assert db.upgrade() is False


@pytest.mark.parametrize("engine", ENGINES)
def test_comparison_notices_a_schema_drift(
        engine: str, blank_database: Callable[[str], Database]) -> None:
    """The check above can fail: a column the ORM does not know is reported."""
    db = blank_database(engine)
    db.upgrade()
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE minors ADD COLUMN nickname VARCHAR(20)"))
    diffs = _differences(db)
    assert any("nickname" in repr(d) for d in diffs)


def _fingerprint(db: Database) -> tuple[object, ...]:
    """Tables, columns and indexes as the database reports them, plus the stamped revision."""
    with db.engine.connect() as conn:
        insp = inspect(conn)
        tables = sorted(insp.get_table_names())
        shape = tuple(
            (t, tuple(c["name"] for c in insp.get_columns(t)),
             tuple(sorted(str(i["name"]) for i in insp.get_indexes(t))))
            for t in tables if include_name(t, "table", {}))
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return (version, shape)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_database_newer_than_the_code_is_refused_untouched(
        engine: str, blank_database: Callable[[str], Database], tmp_path: Path) -> None:
    db = blank_database(engine)
    db.upgrade()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    before = _fingerprint(db)
    path = db.sqlite_path
    digest = None
    if path is not None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(DatabaseTooNew) as caught:
        db.upgrade()

    assert caught.value.detail == "9999_from_the_future"
    assert _fingerprint(db) == before
    if path is not None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        # No "before upgrade" copy either: nothing was attempted.
        assert not list(path.parent.glob(f"{path.name}.before-upgrade-*"))
