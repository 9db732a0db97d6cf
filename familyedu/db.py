"""The one place that opens the database: engine, units of work and migrations."""

from __future__ import annotations

import functools
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from familyedu import __version__, platform
from familyedu.db_errors import (
    install_error_mapping,
    install_file_guard,
    install_read_only_recycling,
    sqlite_file,
)
from familyedu.errors import DatabaseError, DatabaseTooNew, Reason
from familyedu.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PACKAGED_MIGRATIONS = MIGRATIONS  # HEAD_REVISION describes these scripts
SQLITE_BUSY_TIMEOUT_MS = 10_000


def _sqlite_synchronous() -> str:
    """FULL: a commit is on disk before the user is told it was saved, so a power cut
    cannot take back an acknowledged write (NORMAL in WAL mode could; it costs ~3 ms per
    commit). FAMILYEDU_SQLITE_SYNCHRONOUS=NORMAL trades that away, e.g. for test runs."""
    mode = os.environ.get("FAMILYEDU_SQLITE_SYNCHRONOUS", "FULL").strip().upper()
    return mode if mode in ("NORMAL", "FULL", "EXTRA") else "FULL"
SQLITE_CACHE_KB = 65_536  # per connection, used only as pages are read (issue #7)
ALLOW_NETWORK_ENV = "FAMILYEDU_ALLOW_NETWORK_SQLITE"
RELEASES_TABLE = "familyedu_releases"  # which familyedu wrote each schema revision (0006)

__all__ = ["Database", "alembic_config", "sqlite_file"]


F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def as_database_errors() -> Iterator[None]:
    """SQLAlchemy errors raised inside leave as DatabaseError (see `_translated`)."""
    try:
        yield
    except SQLAlchemyError as exc:
        translated = _translated(exc)
        if translated is exc:
            raise
        raise translated from exc


def _translating(method: F) -> F:
    """The method's SQLAlchemy errors leave it as DatabaseError."""
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with as_database_errors():
            return method(*args, **kwargs)
    return cast(F, wrapper)


def _translated(exc: BaseException) -> BaseException:
    """What leaves a unit of work: the services' own errors as they are, and every
    SQLAlchemy error as a DatabaseError with a stable reason, so no caller above needs to
    know SQLAlchemy (StaleDataError stays: Service.write turns it into StaleRecord)."""
    if not isinstance(exc, SQLAlchemyError) or isinstance(exc, StaleDataError):
        return exc
    reason = Reason.UNAVAILABLE if isinstance(exc, OperationalError) else Reason.REFUSED
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return DatabaseError(reason, first[0] if first else "")


def alembic_config() -> Config:
    # Alembic is imported only when a migration has to run or be inspected: a database at
    # HEAD_REVISION (every start but the first after an update) never loads it (issue #7).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _install_sqlite_hooks(engine: Engine, key: Callable[[], bytes | None],
                          busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    """Foreign keys, WAL, busy timeout; and explicit BEGINs so writers take the lock early."""

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN; we emit our own below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        secret = key()
        if secret is not None:
            # A wrong key surfaces as DatabaseError("wrong_key"); SQLCipher's own log lines
            # on stderr would only confuse a command-line user. Then the raw 256-bit key,
            # before anything reads the file.
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(f"PRAGMA key = \"x'{secret.hex()}'\"")
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute(f"PRAGMA synchronous = {_sqlite_synchronous()}")
        # SQLite's default page cache is 2 MB; with 100,000 cases an encrypted file then
        # re-reads and re-decrypts pages all the time (the dashboard took 20 s instead of 2).
        cur.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write unit of work takes the write lock at once: a deferred transaction that
        # later upgrades could fail half-way with SQLITE_BUSY on a stale snapshot.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def refuse_network_share(path: Path) -> None:
    """An SQLite file on a network share (SMB/CIFS, NFS ...) is refused before it is opened.

    SQLite's locks do not hold across the network: two desks writing one shared file corrupt
    it (sqlite.org/useovernet.html). Several desks share a PostgreSQL server instead.
    FAMILYEDU_ALLOW_NETWORK_SQLITE=1 lets one desk use a file on its network home folder
    anyway (logged as a warning).
    """
    fstype = platform.network_filesystem(path)
    if fstype is None:
        return
    if os.environ.get(ALLOW_NETWORK_ENV, "").strip() == "1":
        log.warning("SQLite file on a network file system (%s), allowed by %s",
                    fstype, ALLOW_NETWORK_ENV)
        return
    raise DatabaseError(Reason.NETWORK_SHARE, fstype)


def _record_release(conn: Any) -> None:
    """Note that this familyedu brought the database to its revision (same transaction).

    An older familyedu meeting this revision reads it to name the version to use."""
    if not inspect(conn).has_table(RELEASES_TABLE):
        return  # migration scripts of a test that stop before 0006
    revision = ",".join(sorted(conn.execute(
        text("SELECT version_num FROM alembic_version")).scalars()))
    conn.execute(text(f"DELETE FROM {RELEASES_TABLE} WHERE schema_revision = :revision"),
                 {"revision": revision})
    conn.execute(text(f"INSERT INTO {RELEASES_TABLE} (schema_revision, familyedu_version) "
                      "VALUES (:revision, :version)"),
                 {"revision": revision, "version": __version__})


def _rollback_quietly(session: Session) -> None:
    """Roll back without letting a second failure (a lost connection) hide the first."""
    try:
        session.rollback()
    except Exception:  # the connection is gone; the server or SQLite discards the work
        log.warning("rollback failed", exc_info=True)


def _close_quietly(session: Session) -> None:
    try:
        session.close()
    except Exception:
        log.warning("closing a session failed", exc_info=True)


class Database:
    """An engine plus the unit-of-work factory every service uses.

    An SQLCipher file is opened with `key` (32 raw bytes), or created locked with
    `encrypted=True` and unlocked later with `unlock(key)` once a password gave the key.
    """

    def __init__(self, url: str, *, key: bytes | None = None, echo: bool = False,
                 encrypted: bool | None = None,
                 busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.key = key
        self.encrypted = self.is_sqlite and (key is not None if encrypted is None else encrypted)
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            if (file := sqlite_file(self.url)) is not None:
                refuse_network_share(file)
            if self.encrypted:
                import sqlcipher3  # only needed for the encrypted file

                kwargs["module"] = sqlcipher3.dbapi2
            kwargs["connect_args"] = {"check_same_thread": False,
                                      "timeout": busy_timeout_ms / 1000}
            if self.url.database in (None, "", ":memory:"):
                raise DatabaseError("memory_not_supported")
        else:
            kwargs["pool_pre_ping"] = True
            # Like SQLite's busy timeout: a desk whose transaction holds a row lock (a
            # frozen client, a long report) makes others fail with "locked", not hang.
            kwargs["connect_args"] = {"connect_timeout": 10,
                                      "options": f"-c lock_timeout={int(busy_timeout_ms)}"}
        self.engine: Engine = create_engine(self.url, **kwargs)
        install_error_mapping(self.engine, lambda: self.encrypted)
        install_read_only_recycling(self.engine, sqlite_file(self.url) if self.is_sqlite else None)
        if self.is_sqlite:
            _install_sqlite_hooks(self.engine, lambda: self.key, busy_timeout_ms)
            path = sqlite_file(self.url)
            if path is not None:
                install_file_guard(self.engine, path)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_factory = sessionmaker(bind=writer, expire_on_commit=False)
        # The copy made before the last upgrade (None: nothing to upgrade, or not a file).
        self.last_backup: Path | None = None
        self._read_factory = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url) if self.is_sqlite else None

    @property
    def needs_key(self) -> bool:
        """An encrypted file whose key is not known yet: nothing can be read."""
        return self.encrypted and self.key is None

    @_translating
    def unlock(self, key: bytes) -> None:
        """Open the encrypted file with `key`; DatabaseError("wrong_key") if it does not fit."""
        self.engine.dispose()
        self.key = key
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except (DBAPIError, DatabaseError) as exc:
            self.lock()
            raise DatabaseError("wrong_key") from exc

    def lock(self) -> None:
        """Forget the key and close every connection (an encrypted file only)."""
        if self.encrypted:
            self.key = None
        self.engine.dispose()

    def _check_key(self) -> None:
        if self.needs_key:
            raise DatabaseError("needs_unlock")

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back on any exception."""
        self._check_key()
        session = self._write_factory()
        try:
            with as_database_errors():
                yield session
                session.commit()
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            _close_quietly(session)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never takes the write lock)."""
        self._check_key()
        session = self._read_factory()
        try:
            with as_database_errors():
                yield session
        finally:
            _rollback_quietly(session)
            _close_quietly(session)

    def label(self) -> str:
        """The file name, or server/database: never a user name or password."""
        if self.is_sqlite:
            return Path(self.url.database or "").name
        return f"{self.url.host or 'localhost'}/{self.url.database or ''}"

    def location(self) -> str:
        """The file's full path, or server:port/database (never a user name or password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path.resolve())
        port = f":{self.url.port}" if self.url.port else ""
        return f"{self.url.host or 'localhost'}{port}/{self.url.database or ''}"

    def dispose(self) -> None:
        path = self.sqlite_path
        if path is not None and path.exists() and (self.key is not None or not self.encrypted):
            self._optimize()
        self.engine.dispose()

    def _optimize(self) -> None:
        """Let SQLite refresh its planner statistics where they have gone stale, as its
        documentation advises before closing: the search and list plans rely on them as a
        center grows (issue #7). Usually instant; any failure is only logged."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 400")
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # read-only, locked, a file gone: the statistics can wait
            log.info("PRAGMA optimize skipped", exc_info=True)

    # -- migrations ---------------------------------------------------------------------

    @_translating
    def current_revision(self) -> str | None:
        """The schema revision stamped in the database (None before the first migration)."""
        self._check_key()
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            versions = list(rows)
        # Alembic keeps one row per head; this project has a single line of revisions.
        return ",".join(sorted(versions)) if versions else None

    def head_revision(self) -> str:
        if MIGRATIONS == _PACKAGED_MIGRATIONS:
            return HEAD_REVISION
        from alembic.script import ScriptDirectory  # other scripts (tests of failures)

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert head is not None
        return head

    def check_not_newer(self, current: str | None = None) -> None:
        current = self.current_revision() if current is None else current
        if current is None or current == self.head_revision():
            return
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseTooNew("database_too_new", current, self.release_of(current))

    @_translating
    def release_of(self, revision: str) -> str | None:
        """The familyedu version that brought this database to `revision`, if recorded."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table(RELEASES_TABLE):
                return None
            found = conn.execute(
                text(f"SELECT familyedu_version FROM {RELEASES_TABLE} "
                     "WHERE schema_revision = :revision"), {"revision": revision}).scalar()
        return str(found) if found else None

    @_translating
    def upgrade(self, *, backup: Callable[[], Path | None] | None = None) -> bool:
        """Bring the schema to head in one transaction. Returns True if anything ran.

        A database newer than this code is refused untouched; before an upgrade of a
        database that has data, `backup` (default: a file copy for SQLite) is called.
        """
        current = self.current_revision()
        head = self.head_revision()
        if current == head:
            return False
        self.check_not_newer(current)
        self.last_backup = None
        if current is not None:
            self.last_backup = (backup or self._copy_before_upgrade)()
        try:
            self._run_migrations()
        except Exception as exc:
            # Whatever went wrong, the transaction was rolled back: the database is as it
            # was, and the user is told so (and where the copy is).
            detail = exc.reason if isinstance(exc, DatabaseError) else type(exc).__name__
            if isinstance(exc, DBAPIError):
                detail = str(exc.orig)
            log.error("upgrade from %s to %s failed: %s", current, head, detail)
            raise DatabaseError(Reason.UPGRADE_FAILED, detail) from exc
        log.info("database upgraded from %s to %s", current, head)
        return True

    def _run_migrations(self) -> None:
        from alembic import command

        cfg = alembic_config()
        with self.engine.connect() as conn:
            if self.is_sqlite:
                # Batch migrations copy and drop tables, which live foreign keys would refuse;
                # the pragma only changes outside a transaction, so it is set before BEGIN
                # and the references are checked before COMMIT instead.
                conn.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA foreign_keys = OFF")
                conn.execution_options(sqlite_begin="IMMEDIATE")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    _record_release(conn)
                    if self.is_sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseError(Reason.UPGRADE_FAILED,
                                                f"{len(broken)} broken references")
            finally:
                if self.is_sqlite and not conn.invalidated:
                    conn.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                        "PRAGMA foreign_keys = ON")

    def _copy_before_upgrade(self) -> Path | None:
        """A copy of the SQLite file beside it; refuses if the copy would miss data."""
        path = self.sqlite_path
        if path is None or not path.exists():
            return None
        with self.engine.connect() as conn:
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        if busy is not None and busy[0]:
            # Another program is reading or writing: the file alone would not hold
            # everything, so no upgrade without a complete copy.
            raise DatabaseError(Reason.LOCKED, "the backup before the upgrade")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.before-upgrade-{stamp}")
        shutil.copy2(path, target)
        with open(target, "rb") as copy:
            os.fsync(copy.fileno())
        return target
