"""Database errors a user can act on: stable reason codes and the engine hooks that raise them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DisconnectionError

from familyedu import platform
from familyedu.errors import DatabaseError, Reason

log = logging.getLogger("familyedu.db")


# Reason, RETRYABLE, DatabaseError and DatabaseTooNew live in familyedu/errors.py.


# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_REASONS = {3: Reason.READ_ONLY, 5: Reason.LOCKED, 6: Reason.LOCKED, 8: Reason.READ_ONLY,
                   10: Reason.IO_ERROR, 11: Reason.CORRUPT, 13: Reason.DISK_FULL,
                   14: Reason.MISSING, 26: Reason.NOT_A_DATABASE}
# Drivers without error codes (SQLCipher builds) only give the message.
_SQLITE_MESSAGES = (("database is locked", Reason.LOCKED), ("readonly database", Reason.READ_ONLY),
                    ("unable to open", Reason.MISSING), ("disk is full", Reason.DISK_FULL),
                    ("disk i/o error", Reason.IO_ERROR), ("malformed", Reason.CORRUPT),
                    ("not a database", Reason.NOT_A_DATABASE))
# PostgreSQL SQLSTATEs: class 08 (connection exception) is handled by prefix.
_PG_REASONS = {"57P01": Reason.SERVER_GONE, "57P02": Reason.SERVER_GONE,
               "57P03": Reason.UNREACHABLE, "53100": Reason.DISK_FULL,
               "25006": Reason.READ_ONLY, "55P03": Reason.LOCKED, "40P01": Reason.LOCKED}


# Reasons after which the connection is not reused.
_RECONNECT = frozenset({Reason.READ_ONLY, Reason.IO_ERROR, Reason.MISSING, Reason.SERVER_GONE})


def sqlite_file(url: Any) -> Path | None:
    """The file behind an SQLite URL, also for `file:...?mode=ro` URIs; None in memory."""
    database = make_url(url).database if isinstance(url, str) else url.database
    if not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        database = database[len("file:"):].split("?", 1)[0]
    return Path(database)


def _read_only_place(path: Path) -> bool:
    return platform.read_only_place(path)


def classify_sqlite(orig: BaseException, path: Path | None, encrypted: bool = False) -> str | None:
    """The Reason for an SQLite driver error, or None for a programming error."""
    code = getattr(orig, "sqlite_errorcode", None)
    reason = _SQLITE_REASONS.get(code & 0xFF) if isinstance(code, int) else None
    if reason is None:
        message = str(orig).lower()
        reason = next((r for text, r in _SQLITE_MESSAGES if text in message), None)
    # "Unable to open" an existing file, or an I/O error on it: a read-only medium or
    # permissions, which the user can act on, rather than a vanished file.
    if (path is not None and reason in (Reason.MISSING, Reason.IO_ERROR)
            and path.parent.exists() and _read_only_place(path)):
        reason = Reason.READ_ONLY
    if encrypted and reason == Reason.NOT_A_DATABASE:
        reason = Reason.WRONG_KEY
    return reason


def classify_postgresql(orig: BaseException, *, is_disconnect: bool,
                        connecting: bool) -> str | None:
    """The Reason for a psycopg error, or None for a programming error."""
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        if state.startswith("08"):
            return Reason.UNREACHABLE if connecting else Reason.SERVER_GONE
        if state in _PG_REASONS:
            return _PG_REASONS[state]
    if is_disconnect:
        return Reason.SERVER_GONE
    if state is None and type(orig).__name__ == "OperationalError":
        # libpq's own failures (refused, timed out, closed) carry no SQLSTATE.
        return Reason.UNREACHABLE if connecting else Reason.SERVER_GONE
    return None


def install_error_mapping(engine: Engine, encrypted: Callable[[], bool]) -> None:
    """Driver errors a user can do something about become DatabaseError(reason)."""
    path = sqlite_file(engine.url) if engine.dialect.name == "sqlite" else None

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx: ExceptionContext) -> BaseException | None:
        if ctx.is_pre_ping:
            return None  # the pool replaces a dead connection by itself
        orig = ctx.original_exception
        if engine.dialect.name == "sqlite":
            reason = classify_sqlite(orig, path, encrypted())
        else:
            reason = classify_postgresql(orig, is_disconnect=ctx.is_disconnect,
                                         connecting=ctx.connection is None)
        if reason is None:
            return None
        if reason in _RECONNECT and ctx.connection is not None:
            # The connection keeps what it found when it opened (a file opened read-only,
            # a server that was a standby): drop it, so Retry opens a fresh one.
            ctx.is_disconnect = True
            cursor = getattr(ctx.execution_context, "cursor", None)
            if cursor is not None:
                # SQLAlchemy leaves the cursor of a disconnect open, and SQLite keeps a
                # connection with a live statement open after close(): a file opened
                # read-only would stay read-only for every new connection of this process.
                try:
                    cursor.close()
                except Exception:  # a dead connection's cursor; nothing to release
                    log.debug("closing the cursor failed", exc_info=True)
        log.warning("database error %s: %s", reason, type(orig).__name__)
        error = DatabaseError(reason, str(orig).strip().splitlines()[0] if str(orig) else "")
        error.__cause__ = orig
        return error


def install_file_guard(engine: Engine, path: Path) -> None:
    """Never let a write go to a database file that was deleted or replaced under us.

    A connection keeps its file open after the file is removed (a USB stick pulled, a
    network share gone, someone deleting it): SQLite would accept writes into the vanished
    file and lose them at close. A replaced file (a restored backup) must be reopened.
    """
    opened: list[bool] = []

    @event.listens_for(engine, "do_connect")
    def _on_do_connect(*_args: Any) -> None:
        # SQLite silently creates a missing file; once this database existed, a missing
        # file is an error, not a first start.
        if opened and not path.exists():
            raise DatabaseError(Reason.MISSING, str(path))

    @event.listens_for(engine, "engine_disposed")
    def _on_dispose(_engine: Any) -> None:
        # The app closed the database on purpose (locked it, restored a backup, cleaned
        # up a failed first start): a new file at the path is intended now.
        opened.clear()

    @event.listens_for(engine, "connect")
    def _on_connect(_dbapi_conn: Any, record: Any) -> None:
        opened.append(True)
        try:
            st = path.stat()
        except OSError:
            return
        record.info["file_id"] = (st.st_dev, st.st_ino)

    @event.listens_for(engine, "checkout")
    def _on_checkout(_dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        try:
            st = path.stat()
        except OSError:
            raise DatabaseError(Reason.MISSING, str(path)) from None
        if record.info.get("file_id", (st.st_dev, st.st_ino)) != (st.st_dev, st.st_ino):
            raise DisconnectionError("the database file was replaced")


def install_read_only_recycling(engine: Engine, path: Path | None) -> None:
    """Connections opened while the database was read-only are not kept in the pool.

    Such a connection stays read-only for its whole life. Reading through it is fine, but
    pooled, it would refuse the user's Retry after the file or server became writable again.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        if path is not None:
            record.info["opened_read_only"] = path.exists() and _read_only_place(path)
            return
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("SELECT current_setting('transaction_read_only')")
            row = cursor.fetchone()
        finally:
            cursor.close()
            dbapi_conn.rollback()
        record.info["opened_read_only"] = bool(row) and row[0] == "on"

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        if record.info.get("opened_read_only"):
            record.invalidate(soft=True)
