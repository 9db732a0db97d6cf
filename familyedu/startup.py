"""Opening familyedu's database for a person: first-start setup and sign-in.

The app and the command line both start here, so encryption, upgrades and sign-in
happen the same way whichever door a user comes in by.

A SQLite database is an SQLCipher file. `open_database` returns it locked (nothing can be
read until a password unwraps its key from `<file>.keys.json`); `sign_in` unlocks it, brings
the schema up to date and then checks the account like on any other engine. On first start
`needs_setup` is true and `setup` creates the encrypted file with its administrator.
FAMILYEDU_ENCRYPTION=off creates and accepts plain SQLite files instead: for explicit test
use only. PostgreSQL relies on the server's encryption and TLS (docs/SECURITY.md).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import configure_mappers

from familyedu.db import Database, as_database_errors
from familyedu.errors import AuthenticationFailed, DatabaseError
from familyedu.models import User
from familyedu.paths import resolve_database_url
from familyedu.security import crypto, private_files, sqlite_files
from familyedu.security.keyfile import KeyFile, key_file_path
from familyedu.services import ServiceContext, Services
from familyedu.services.admin import recovery
from familyedu.services.admin.users import (
    authenticate,
    check_setup,
    create_center_and_admin,
    has_users,
)
from familyedu.services.core import audit, field_crypto
from familyedu.services.core.context import Actor

log = logging.getLogger(__name__)
ENCRYPTION_ENV = "FAMILYEDU_ENCRYPTION"
SUPPORTED_ENGINES = ("sqlite", "postgresql")


@dataclass
class SignedIn:
    """An open, migrated database and the person using it."""

    db: Database
    actor: Actor
    clock: Callable[[], datetime] = datetime.now
    # Set by `setup` of an encrypted database only: show it once (the recovery sheet).
    recovery_code: str | None = None

    def context(self) -> ServiceContext:
        """The service context of this person (their clock; production password cost)."""
        return ServiceContext(self.db, self.actor, self.clock)

    def services(self) -> Services:
        return Services(self.context())

    @property
    def database_file(self) -> str:
        """The SQLite file's path, '' on a server: the recovery sheet names it."""
        return str(self.db.sqlite_path or "")


def encryption_enabled() -> bool:
    """False only when FAMILYEDU_ENCRYPTION=off was set on purpose (tests)."""
    return os.environ.get(ENCRYPTION_ENV, "on").strip().lower() not in ("off", "0", "no")


def open_database(url: str | None = None, *, username: str | None = None,
                  password: str | None = None) -> Database:
    """The database at `url` (or the configured default).

    Only familyedu's own errors leave it (DatabaseError, AuthenticationFailed, OSError):
    whatever SQLAlchemy raises while connecting or upgrading becomes a DatabaseError, so the
    GUI and the CLI never need to know SQLAlchemy.

    PostgreSQL and plain SQLite come back migrated. An encrypted SQLite file comes back
    locked unless `username` and `password` are given (then it is unlocked and migrated,
    or AuthenticationFailed is raised and nothing is opened). A file that does not exist
    yet comes back locked too, for `setup` to create.
    """
    with as_database_errors():
        return _open_database(url, username=username, password=password)


def _open_database(url: str | None, *, username: str | None,
                   password: str | None) -> Database:
    parsed = checked_url(resolve_database_url(url))
    resolved = parsed.render_as_string(hide_password=False)
    if parsed.get_backend_name() != "sqlite":
        db = Database(resolved)
        db.upgrade()
        return db
    if parsed.database in (None, "", ":memory:"):
        raise DatabaseError("memory_not_supported")
    path = Path(parsed.database)
    if path.is_dir():
        raise DatabaseError("is_folder", str(path))
    if not path.parent.is_dir():
        raise DatabaseError("folder_missing", str(path.parent))
    state = sqlite_files.classify(path)
    if state == "plain" or (state == "absent" and not encryption_enabled()):
        if encryption_enabled():
            raise DatabaseError("not_encrypted", str(path))
        db = Database(resolved)
        db.upgrade()
        _owner_only(path)
        return db
    db = Database(resolved, encrypted=True)
    if state == "encrypted":
        keys = key_file_path(path)
        if not keys.exists():
            raise DatabaseError("key_file_missing", str(keys))
        if username is not None and password is not None:
            unlock_database(db, username, password)
    return db


def checked_url(url: str) -> URL:
    """The URL parsed, on an engine familyedu works with, or DatabaseError saying why not.

    `postgresql://` without a driver means psycopg 3, the one driver familyedu ships.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError("bad_url", _without_password(url)) from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_ENGINES:
        raise DatabaseError("unsupported_engine", backend)
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "sqlite" and parsed.get_driver_name() != "pysqlite":
        raise DatabaseError("unsupported_engine", parsed.drivername)
    return parsed


def _without_password(url: str) -> str:
    # An unparsable URL may still carry a password between ':' and '@': keep it out of messages.
    head, at, tail = url.rpartition("@")
    if not at:
        return url
    scheme, sep, rest = head.partition("://")
    user = rest.split(":", 1)[0]
    return f"{scheme}{sep}{user}@{tail}"


def needs_setup(db: Database) -> bool:
    """True on first start: no account exists yet."""
    if db.needs_key:
        path = db.sqlite_path
        return path is None or sqlite_files.classify(path) == "absent"
    return not has_users(db)


def setup(db: Database, *, center_name: str, username: str, display_name: str,
          password: str, demo: bool = False) -> SignedIn:
    """First start: create the center and its administrator, signed in.

    For a new SQLite file this creates it encrypted with a random key and writes the key
    file holding that key wrapped with the administrator's password. If anything fails,
    the new files are removed again and `db` is as it was.
    """
    if not db.needs_key:
        actor = create_center_and_admin(db, center_name=center_name, username=username,
                                        display_name=display_name, password=password,
                                        demo=demo)
        return SignedIn(db, actor)
    path = db.sqlite_path
    assert path is not None
    if sqlite_files.classify(path) != "absent":
        raise DatabaseError("already_set_up", str(path))
    # Checked before the file exists: the setup form can be corrected and sent again.
    check_setup(center_name=center_name, username=username, display_name=display_name,
                password=password)
    keys_path = key_file_path(path)
    if keys_path.exists():
        # A key file without its database (the database was moved or deleted): keep it.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        keys_path.rename(keys_path.with_name(f"{keys_path.name}.orphan-{stamp}"))
    key = crypto.random_key()
    db.unlock(key)
    try:
        db.upgrade()
        actor = create_center_and_admin(db, center_name=center_name, username=username,
                                        display_name=display_name, password=password,
                                        demo=demo)
        keys = KeyFile.create(keys_path)
        keys.set_user(actor.username, password, key)
        code = recovery.new_code()
        recovery.set_code(keys, key, code)
        with db.uow() as s:  # the code also opens the field keys' escrow
            field_crypto.set_escrow(s, actor.center_id, recovery.normalize(code),
                                    recovery.RECOVERY_KDF, datetime.now())
        keys.save()
        _owner_only(path)
    except BaseException:
        db.lock()
        for leftover in [*sqlite_files.companions(path), keys_path]:
            leftover.unlink(missing_ok=True)
        raise
    log.info("created encrypted database %s", path)
    return SignedIn(db, actor, recovery_code=code)


def unlock_database(db: Database, username: str, password: str) -> None:
    """Unwrap the key with this password and open and migrate the encrypted file.

    AuthenticationFailed("wrong_credentials" | "locked") if the password does not unwrap it
    (counted in the key file); nothing is opened then.
    """
    path = db.sqlite_path
    assert path is not None
    keys = KeyFile.load(key_file_path(path))
    key = keys.unlock(username, password)
    try:
        db.unlock(key)
    except DatabaseError as exc:
        raise DatabaseError("key_file_mismatch", str(keys.path)) from exc
    _owner_only(path)
    try:
        db.upgrade(backup=lambda: _copy_with_keys(db))
    except BaseException:
        db.lock()
        raise


def _owner_only(path: Path) -> None:
    """The database, its journal files and its key file readable by their owner only
    (SQLite creates files with the process's umask; older versions left them 0644)."""
    for live in [*sqlite_files.companions(path), key_file_path(path)]:
        private_files.make_private(live)


def _copy_with_keys(db: Database) -> Path | None:
    """The copy made before an upgrade, with the key file that opens it beside it."""
    copy = db._copy_before_upgrade()
    if copy is not None and db.sqlite_path is not None:
        shutil.copy2(key_file_path(db.sqlite_path), key_file_path(copy))
    return copy


def sign_in(db: Database, username: str, password: str) -> SignedIn:
    """Check the password (raises AuthenticationFailed) and return the signed-in user.

    A locked encrypted database is unlocked with the same password first; if the account
    is then refused (disabled, locked out) the database is locked again.
    """
    opened_here = False
    if db.needs_key:
        unlock_database(db, username, password)
        opened_here = True
    try:
        actor = authenticate(db, username, password)
    except AuthenticationFailed:
        if opened_here:
            db.lock()
        raise
    _audit_key_file_failures(db)
    return SignedIn(db, actor)


def _audit_key_file_failures(db: Database) -> None:
    """Wrong passwords stopped at the key file could not be audited then: do it now."""
    if not db.encrypted or db.sqlite_path is None:
        return
    keys = KeyFile.load(key_file_path(db.sqlite_path))
    attempts = keys.pending_failures()
    if not attempts:
        return
    with db.uow() as s:
        ids = {name: user_id for name, user_id in s.execute(
            select(User.username, User.id).where(
                User.username.in_({a.username for a in attempts})))}
        for attempt in attempts:
            audit.record(s, at=attempt.at, action=audit.Action.LOGIN_FAILED,
                         user_id=ids.get(attempt.username), username=attempt.username,
                         details={"reason": attempt.reason, "stage": "key_file"})
    keys.clear_pending_failures()


def configure_orm() -> None:
    """Configure the ORM's mappers now (SQLAlchemy does it at the first query otherwise:
    ~30 ms after Sign in), while the password is typed."""
    configure_mappers()
