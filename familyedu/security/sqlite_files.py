"""SQLite files on disk: plain or encrypted, consistent snapshots, and encrypting a plain one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Literal

from familyedu.db import Database
from familyedu.errors import DatabaseError

PLAIN_HEADER = b"SQLite format 3\x00"
FileState = Literal["absent", "plain", "encrypted"]


def classify(path: Path) -> FileState:
    """What is at `path`: nothing yet, a plain SQLite file, or something else (SQLCipher)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "absent"
    if not head:
        return "absent"
    # An SQLCipher file starts with its random salt, never with the plain header.
    return "plain" if head == PLAIN_HEADER else "encrypted"


def companions(path: Path) -> list[Path]:
    """The database file and the journal files SQLite may keep beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal")]


def connect(path: Path, key: bytes | None) -> Any:
    if key is None:
        return sqlite3.connect(str(path), isolation_level=None)
    import sqlcipher3

    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def snapshot(db: Database, target: Path) -> None:
    """A consistent copy of a running SQLite database, encrypted with the same key.

    SQLite's online backup API copies every page in one step under a read transaction, so
    writers in other connections (WAL) neither block it nor leave it half-old, half-new.
    With SQLCipher both ends carry the key, so the pages are written encrypted.
    """
    if not db.is_sqlite:
        raise DatabaseError("not_sqlite")
    target.unlink(missing_ok=True)
    dest = connect(target, db.key)
    try:
        with db.engine.connect() as conn:
            source = conn.connection.dbapi_connection
            assert source is not None
            source.backup(dest)
        # The copy is one self-contained file (no -wal beside it).
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def check_file(path: Path, key: bytes | None) -> str | None:
    """None if the file opens with `key` and passes SQLite's checks, else the problem."""
    try:
        conn = connect(path, key)
    except Exception as exc:  # the driver raises its own DatabaseError types
        return str(exc)
    try:
        if key is not None:
            # Every page's HMAC: a flipped bit anywhere is found, not only in used b-trees.
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if rows:
                return "; ".join(str(r[0]) for r in rows[:3])
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            return str(result[0] if result else "integrity check gave nothing")
        return None
    except Exception as exc:
        return str(exc)
    finally:
        conn.close()


def encrypt_plain(source: Path, target: Path, key: bytes) -> None:
    """Copy a plain SQLite file into a new SQLCipher file (sqlcipher_export)."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.dbapi2.connect(str(source), isolation_level=None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def facts(path: Path, key: bytes | None) -> dict[str, Any]:
    """Schema revision, row counts and the audit chain's head of a database file.

    Read with a bare connection so the file is not changed (no WAL switch, no migration).
    """
    conn = connect(path, key)
    try:
        conn.execute("PRAGMA query_only = ON")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        head = conn.execute(
            "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
        counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("users", "minors", "cases", "guidance_sessions", "audit_events")}
        return {"schema_revision": row[0] if row else None,
                "audit_head": {"id": head[0], "hash": head[1]} if head else None,
                "counts": counts}
    except Exception as exc:
        raise DatabaseError("not_a_database", str(exc)) from exc
    finally:
        conn.close()


def active_admins(path: Path, key: bytes | None) -> list[str]:
    conn = connect(path, key)
    try:
        conn.execute("PRAGMA query_only = ON")
        return [r[0] for r in conn.execute(
            "SELECT username FROM users WHERE role = 'admin' AND active")]
    finally:
        conn.close()
