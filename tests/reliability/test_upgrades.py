"""Upgrades at start-up: every row survives, a failed one changes nothing, a newer one is refused.

Whatever head is, a database built at the first revision and filled through the services
must come out of `Database.upgrade` with every row it had. A migration that breaks half-way
(injected through a copy of the migration scripts with one more revision) must leave
schema, rows and revision as they were, after a backup was made, and say
DatabaseError("upgrade_failed").
"""

from __future__ import annotations

import hashlib
import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

import familyedu.db
from familyedu.db import Database, alembic_config
from familyedu.errors import DatabaseError, DatabaseTooNew
from familyedu.services.casework.dto import CaseQuery
from tests.conftest import ENGINES, World, build_world
from tests.reliability.helpers import consistency, crash_writer, later_columns, tables

FIRST = "0001"


def _upgrade_to(db: Database, target: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def _fill(world: World, steps: int = 80) -> crash_writer.Spec:
    """Cases, plans, sessions, edits and letters written through the services."""
    url = world.db.url.render_as_string(hide_password=False)
    spec = crash_writer.prepare(world.mine, world.sup, url)
    fd = os.open(os.devnull, os.O_WRONLY)
    try:
        desk = crash_writer.Desk(spec, seed=7, ack_fd=fd, services=world.mine)
        for _ in range(steps):
            desk.step()
    finally:
        os.close(fd)
    return spec


@pytest.mark.parametrize("engine", ENGINES)
def test_a_filled_first_revision_database_upgrades_with_every_row(
        engine: str, blank_database: Callable[[str], Database]) -> None:
    db = blank_database(engine)
    _upgrade_to(db, FIRST)
    with later_columns.present(db):
        world = build_world(db)
        spec = _fill(world)
    before = tables.dump(db)
    assert sum(map(len, before.values())) > 300

    ran = db.upgrade()

    assert ran == (db.head_revision() != FIRST)
    assert db.current_revision() == db.head_revision()
    after = tables.dump(db)
    for table, rows in before.items():
        assert table in after, f"table {table} is gone"
        for key, row in rows.items():
            kept = after[table].get(key)
            assert kept is not None, f"{table} {key} is gone"
            assert {c: kept[c] for c in row} == row, f"{table} {key} changed"
    assert consistency.problems(db) == []
    if db.sqlite_path is not None:
        assert consistency.sqlite_integrity(db.sqlite_path) == []
        if ran:
            assert db.last_backup is not None
            assert db.last_backup.exists()
    # The upgraded database works: search finds the old cases, and new writes go in.
    with db.read() as s:
        scanned = s.execute(text("SELECT count(*) FROM cases "
                                 "WHERE search_text LIKE '%zhangxiaoming%'")).scalar_one()
    assert scanned > 0
    assert world.mine.cases.page(CaseQuery(text="zhangxiaoming")).total == scanned
    assert world.mine.cases.get(spec.cases[0].case_id).minor.id == spec.cases[0].minor_id
    _fill(world, steps=5)


def _broken_scripts(tmp_path: Path, head: str, body: str) -> Path:
    """A copy of the migration scripts with one more revision after `head`."""
    copy = tmp_path / "migrations"
    shutil.copytree(familyedu.db.MIGRATIONS, copy,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9000_injected.py").write_text(textwrap.dedent(f'''\
        """injected by the reliability tests"""
        import sqlalchemy as sa
        from alembic import op

        revision = "9000_injected"
        down_revision = "{head}"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
        ''') + textwrap.indent(textwrap.dedent(body), "    "))
    return copy


HALF_WAY = {
    # Schema and data changed, then the code fails.
    "python_error": """
        op.add_column("minors", sa.Column("nickname", sa.String(20)))
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("UPDATE minors SET school = 'CHANGED', nickname = 'x'")
        op.execute("DELETE FROM session_goal_ratings")
        raise RuntimeError("the migration breaks half-way")
    """,
    # Schema and data changed, then the database refuses a statement.
    "sql_error": """
        op.add_column("minors", sa.Column("nickname", sa.String(20)))
        op.execute("UPDATE guidance_sessions SET duration_minutes = 0")
        op.execute("INSERT INTO no_such_table VALUES (1)")
    """,
}


@pytest.mark.parametrize("failure", sorted(HALF_WAY))
@pytest.mark.parametrize("engine", ENGINES)
def test_a_migration_failing_half_way_leaves_the_database_as_it_was(
        engine: str, failure: str, new_database: Callable[[str], Database], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = new_database(engine)
    world = build_world(db)
    _fill(world, steps=30)
    head = db.current_revision()
    assert head is not None
    rows, shape = tables.dump(db), tables.schema(db)
    backups: list[str | None] = []

    def backup() -> Path | None:
        backups.append(db.current_revision())
        return db._copy_before_upgrade()  # the default for SQLite; None on PostgreSQL

    monkeypatch.setattr(familyedu.db, "MIGRATIONS", _broken_scripts(tmp_path, head,
                                                                    HALF_WAY[failure]))
    with pytest.raises(DatabaseError) as caught:
        db.upgrade(backup=backup)

    assert caught.value.reason == "upgrade_failed"
    assert backups == [head]  # the backup was taken first, of the database as it was
    assert tables.revision(db) == head
    assert tables.schema(db) == shape
    assert tables.dump(db) == rows
    if db.sqlite_path is not None:
        assert db.last_backup is not None
        copy = Database(f"sqlite:///{db.last_backup}")
        assert tables.dump(copy) == rows
        copy.dispose()
        assert consistency.sqlite_integrity(db.sqlite_path) == []
    # With the app's own migrations again, the database is fully usable.
    monkeypatch.undo()
    assert db.upgrade() is False
    assert consistency.problems(db) == []
    _fill(world, steps=5)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_migration_that_rebuilds_a_referenced_table_keeps_every_reference(
        engine: str, new_database: Callable[[str], Database], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite rebuilds a table to alter it; live foreign keys would refuse dropping
    `minors` (cases, guardians and consents refer to it), so upgrade() turns them off and
    checks every reference before committing."""
    db = new_database(engine)
    world = build_world(db)
    _fill(world, steps=30)
    head = db.current_revision()
    assert head is not None
    rows = tables.dump(db)
    monkeypatch.setattr(familyedu.db, "MIGRATIONS", _broken_scripts(tmp_path, head, """
        sqlite = op.get_bind().dialect.name == "sqlite"
        with op.batch_alter_table("minors", recreate="always" if sqlite else "auto") as batch:
            batch.add_column(sa.Column("nickname", sa.String(20)))
    """))

    assert db.upgrade(backup=lambda: None) is True

    after = tables.dump(db)
    assert {t: {k: {c: r[c] for c in rows[t][k]} for k, r in after[t].items()}
            for t in rows} == rows
    assert consistency.problems(db) == []
    if db.sqlite_path is not None:
        assert consistency.sqlite_integrity(db.sqlite_path) == []
        # Foreign keys are enforced again on the connection the upgrade used.
        with pytest.raises(Exception, match="FOREIGN KEY"), db.uow() as s:
            s.execute(text("INSERT INTO guardians (minor_id, name, name_pinyin, relation, phone,"
                           " address, lives_with_minor, works_where, is_primary_contact,"
                           " is_order_subject, removed, version) VALUES (99999, 'x', 'x',"
                           " 'father', '', '', 1, '', 0, 0, 0, 1)"))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_database_newer_than_the_app_is_refused_and_not_modified(
        engine: str, new_database: Callable[[str], Database]) -> None:
    db = new_database(engine)
    world = build_world(db)
    _fill(world, steps=20)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    rows, shape = tables.dump(db), tables.schema(db)
    path = db.sqlite_path
    digest = None
    if path is not None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()

    url = db.url.render_as_string(hide_password=False)
    again = Database(url)
    with pytest.raises(DatabaseTooNew) as caught:
        again.upgrade()
    again.dispose()

    assert caught.value.reason == "database_too_new"
    assert tables.revision(db) == "9999_from_the_future"
    assert tables.schema(db) == shape
    assert tables.dump(db) == rows
    if path is not None:
        db.dispose()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        assert not list(path.parent.glob(f"{path.name}.before-upgrade-*"))
