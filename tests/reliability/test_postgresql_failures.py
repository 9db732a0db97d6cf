"""A PostgreSQL server that goes away, turns read-only, runs out of disk or holds a lock.

The server's side of each condition is real: the backend is terminated with
pg_terminate_backend from an admin connection in the middle of a unit of work or at its
COMMIT, the database is set read-only, a trigger raises the server's own disk_full error,
a row lock is held by another transaction. The service raises DatabaseError with the reason
the UI translates, nothing of the session is saved, and Retry succeeds (pool_pre_ping).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text

from familyedu.db import Database
from familyedu.errors import DatabaseError
from tests.conftest import PG_ADMIN_URL
from tests.reliability.helpers import consistency
from tests.reliability.helpers.failures import Desk, counts, make_desk, one_more_session

NewDatabase = Callable[[str], Database]


@pytest.fixture
def admin() -> Iterator[Engine]:
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture
def pg(new_database: NewDatabase) -> tuple[Database, Desk]:
    db = new_database("postgresql")
    return db, make_desk(db)


def _terminate_when(db: Database, admin: Engine, armed: Callable[[str], bool]) -> list[int]:
    """Kill this engine's backend the first time `armed(statement)` is true; the pids killed."""
    killed: list[int] = []

    def terminate(conn: Any) -> None:
        pid = conn.connection.dbapi_connection.info.backend_pid
        with admin.connect() as a:
            a.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
        killed.append(pid)

    @event.listens_for(db.engine, "before_cursor_execute")
    def _mid_way(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not killed and armed(statement):
            terminate(conn)

    @event.listens_for(db.engine, "commit")
    def _at_commit(conn: Any) -> None:
        if not killed and armed("COMMIT"):
            terminate(conn)

    return killed


@pytest.mark.parametrize("moment", ["INSERT INTO session_goal_ratings", "COMMIT"])
def test_server_gone_mid_action_saves_nothing_and_retry_saves_all(
        pg: tuple[Database, Desk], admin: Engine, moment: str) -> None:
    db, desk = pg
    before = counts(db)
    killed = _terminate_when(db, admin, lambda statement: statement.startswith(moment))

    with pytest.raises(DatabaseError) as caught:
        desk.world.mine.sessions.log(desk.case.case_id, desk.session("first try"))
    assert killed
    assert caught.value.reason == "server_gone"
    assert caught.value.retryable
    assert counts(db) == before  # the session row inserted before the loss is not there

    view = desk.world.mine.sessions.log(desk.case.case_id, desk.session("retry"))
    assert one_more_session(before, counts(db), desk)
    assert [s.id for s in desk.world.mine.sessions.for_case(desk.case.case_id)] == [view.id]
    assert consistency.problems(db) == []


def test_connection_lost_while_idle_is_replaced_silently(pg: tuple[Database, Desk],
                                                          admin: Engine) -> None:
    """A server restart between two actions: pre-ping notices, the user sees nothing."""
    db, desk = pg
    before = counts(db)
    with admin.connect() as a:
        a.execute(text("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                       "WHERE datname = :d AND pid <> pg_backend_pid()"),
                  {"d": db.url.database})
    desk.world.mine.sessions.log(desk.case.case_id, desk.session())
    assert one_more_session(before, counts(db), desk)


def test_unreachable_server_says_unreachable() -> None:
    db = Database("postgresql+psycopg://postgres@127.0.0.1:9/familyedu")  # discard port
    with pytest.raises(DatabaseError) as caught:
        db.upgrade()
    assert caught.value.reason == "unreachable"
    assert caught.value.retryable
    db.dispose()


def test_read_only_server_says_read_only_and_retry_works_once_writable(
        pg: tuple[Database, Desk], admin: Engine) -> None:
    """A standby after a fail-over, or a database set read-only by its administrator."""
    db, desk = pg
    name = db.url.database
    before = counts(db)
    with admin.connect() as a:
        a.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    db.dispose()  # the next connections are opened read-only
    try:
        with pytest.raises(DatabaseError) as caught:
            desk.world.mine.sessions.log(desk.case.case_id, desk.session())
        assert caught.value.reason == "read_only"
        assert counts(db) == before
        # Reading still works.
        assert desk.world.mine.cases.get(desk.case.case_id).id == desk.case.case_id
    finally:
        with admin.connect() as a:
            a.execute(text(f'ALTER DATABASE "{name}" RESET default_transaction_read_only'))
    # No dispose here: the failed connection was dropped, so Retry opens a writable one.
    desk.world.mine.sessions.log(desk.case.case_id, desk.session())
    assert one_more_session(before, counts(db), desk)


def test_server_out_of_disk_says_disk_full(pg: tuple[Database, Desk]) -> None:
    """The server's own SQLSTATE 53100, raised half-way through the unit of work."""
    db, desk = pg
    with db.engine.begin() as conn:
        conn.execute(text(
            "CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$"))
        conn.execute(text("CREATE TRIGGER full_disk BEFORE INSERT ON session_guardians "
                          "FOR EACH ROW EXECUTE FUNCTION full_disk()"))
    before = counts(db)
    with pytest.raises(DatabaseError) as caught:
        desk.world.mine.sessions.log(desk.case.case_id, desk.session())
    assert caught.value.reason == "disk_full"
    assert counts(db) == before
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER full_disk ON session_guardians"))
    desk.world.mine.sessions.log(desk.case.case_id, desk.session())
    assert one_more_session(before, counts(db), desk)
    assert consistency.problems(db) == []


def test_row_locked_longer_than_the_timeout_says_locked(pg: tuple[Database, Desk]) -> None:
    """Another desk's transaction holds the case (a frozen client): fail, do not hang."""
    db, desk = pg
    impatient = Database(db.url.render_as_string(hide_password=False), busy_timeout_ms=300)
    services = desk.services_on(impatient)
    before = counts(db)
    holder = db.engine.connect()
    transaction = holder.begin()
    holder.execute(text("SELECT id FROM cases WHERE id = :c FOR UPDATE"),
                   {"c": desk.case.case_id})
    try:
        with pytest.raises(DatabaseError) as caught:
            services.sessions.log(desk.case.case_id, desk.session())
        assert caught.value.reason == "locked"
        assert counts(db) == before
    finally:
        transaction.rollback()
        holder.close()
    services.sessions.log(desk.case.case_id, desk.session())
    assert one_more_session(before, counts(db), desk)
    impatient.dispose()
