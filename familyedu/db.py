"""The one place that opens the database: engine, units of work and migrations."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """The database cannot be used; `reason` is a stable code the UI translates."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class DatabaseTooNew(DatabaseError):
    """The database was upgraded by a newer familyedu; this one must not touch it."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _install_sqlite_hooks(engine: Engine, key: bytes | None) -> None:
    """Foreign keys, WAL, busy timeout; and explicit BEGINs so writers take the lock early."""

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN; we emit our own below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if key is not None:
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write unit of work takes the write lock at once: a deferred transaction that
        # later upgrades could fail half-way with SQLITE_BUSY on a stale snapshot.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine plus the unit-of-work factory every service uses."""

    def __init__(self, url: str, *, key: bytes | None = None, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            if key is not None:
                import sqlcipher3  # only needed for the encrypted file

                kwargs["module"] = sqlcipher3.dbapi2
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
            if self.url.database in (None, "", ":memory:"):
                raise DatabaseError("memory_not_supported")
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 10}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_hooks(self.engine, key)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_factory = sessionmaker(bind=writer, expire_on_commit=False)
        self._read_factory = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back on any exception."""
        session = self._write_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never takes the write lock)."""
        session = self._read_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    # -- migrations ---------------------------------------------------------------------

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert head is not None
        return head

    def check_not_newer(self) -> None:
        current = self.current_revision()
        script = ScriptDirectory.from_config(alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseTooNew("database_too_new", current)

    def upgrade(self, *, backup: Callable[[], Path | None] | None = None) -> bool:
        """Bring the schema to head in one transaction. Returns True if anything ran.

        A database newer than this code is refused untouched; before an upgrade of a
        database that has data, `backup` (default: a file copy for SQLite) is called.
        """
        self.check_not_newer()
        current = self.current_revision()
        head = self.head_revision()
        if current == head:
            return False
        if current is not None:
            (backup or self._copy_before_upgrade)()
        cfg = alembic_config()
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseError("upgrade_failed", str(exc.orig)) from exc
        log.info("database upgraded from %s to %s", current, head)
        return True

    def _copy_before_upgrade(self) -> Path | None:
        path = self.sqlite_path
        if path is None or not path.exists():
            return None
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.before-upgrade-{stamp}")
        shutil.copy2(path, target)
        return target
