"""The recovery code: one more wrapping of the database key, for a forgotten administrator
password.

At first start (and `familyedu-admin init-db`) a random code of 30 characters from an
alphabet without look-alikes (no 0/O, 1/I/L) is made: 150 bits, shown once and printed on a
recovery sheet. The key file keeps the database key sealed under argon2id(code) in its
`recovery` entry; the code itself is never stored. `recover` unwraps the key with the code,
opens the database and gives an active administrator a new password (hash and key entry),
leaving the recovery entry as it was, so the same sheet still works. An administrator can
make a new code (`replace_code`), which replaces the old entry: the old sheet stops working.

Wrong codes are counted and locked out like wrong passwords and wait in the key file's
`pending_failures` for the audit trail. A code of 150 bits cannot be guessed, so a moderate
argon2 cost is enough and keeps recovery quick on an old desk.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from familyedu.db import Database
from familyedu.errors import DatabaseError, ServiceError
from familyedu.models import Role, User
from familyedu.security import crypto, keyfile, private_files
from familyedu.security.keyfile import KeyFile, key_file_path
from familyedu.services.admin.users import check_password_strength, hash_password
from familyedu.services.core import audit, field_crypto
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 symbols, no 0 O 1 I L
GROUP = 5
GROUPS = 6  # 30 symbols: log2(31) * 30 = 148.6 bits
ENTRY = "recovery"
# A high-entropy secret needs no expensive stretching; argon2id still makes a stolen key file
# no easier than the code itself (RFC 9106 / OWASP minimum: 19 MiB, 2 passes).
RECOVERY_KDF = crypto.KdfParams(time_cost=2, memory_cost=19_456, parallelism=1)


class RecoveryFailed(ServiceError):
    """Recovery refused. reason: "wrong_code", "locked", "no_code" (this key file has no
    recovery entry), "not_admin" (no active administrator of that name), "not_sqlite",
    "no_escrow" (the code does not open the field keys' escrow: made before it existed)."""

    def __init__(self, reason: str, retry_after_seconds: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_seconds = retry_after_seconds


def new_code() -> str:
    """A fresh random code, in groups of five: `ABCDE-FGHJK-…`."""
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(GROUP * GROUPS))
    return "-".join(symbols[i:i + GROUP] for i in range(0, len(symbols), GROUP))


def normalize(code: str) -> str:
    """The code as typed: case, spaces and dashes do not matter."""
    return "".join(ch for ch in (code or "").upper() if ch not in " -\t\r\n")


def _associated(keys: KeyFile) -> bytes:
    return f"familyedu-recovery/v1|{keys.database_id}".encode()


def has_code(keys: KeyFile) -> bool:
    """Whether the key file holds a recovery-code entry."""
    return isinstance(keys.data.get(ENTRY), dict)


def set_code(keys: KeyFile, key: bytes, code: str,
             now: Callable[[], datetime] = datetime.now) -> None:
    """Seal `key` under `code` in the key file (replacing any earlier code); caller saves."""
    salt = os.urandom(crypto.SALT_BYTES)
    wrapping = crypto.derive_key(normalize(code), salt, RECOVERY_KDF)
    nonce, sealed = crypto.seal(wrapping, key, _associated(keys))
    keys.data[ENTRY] = {
        "kdf": "argon2id", **RECOVERY_KDF.as_dict(), "salt": crypto.b64(salt),
        "cipher": "aes-256-gcm", "nonce": crypto.b64(nonce), "wrapped_key": crypto.b64(sealed),
        "created_at": now().replace(microsecond=0).isoformat(), "failures": 0,
        "locked_until": 0,
    }


def unlock_with_code(keys: KeyFile, code: str, username: str = "",
                     now: float | None = None) -> bytes:
    """The database key, or RecoveryFailed; wrong codes count and lock out like passwords.

    Raises:
        RecoveryFailed: the key file has no code, it is locked out, or the code is wrong.
        DatabaseError: the entry's lock-out counters are unreadable (key_file_damaged).
    """
    moment = time.time() if now is None else now
    entry = keys.data.get(ENTRY)
    if not isinstance(entry, dict):
        raise RecoveryFailed("no_code")
    params, salt, nonce, sealed = keys._entry_parts(ENTRY, entry)
    try:
        locked_until = float(entry.get("locked_until") or 0)
        failures = int(entry.get("failures") or 0)
    except (TypeError, ValueError):
        raise DatabaseError("key_file_damaged", f"{keys.path} (the recovery entry: "
                                                "lock-out counters unreadable)") from None
    login = (username or "").strip().lower()
    if locked_until > moment:
        keys._pending(moment, login, "recovery_locked")
        raise RecoveryFailed("locked", max(1, int(locked_until - moment)))
    wrapping = crypto.derive_key(normalize(code), salt, params)
    try:
        key = crypto.open_sealed(wrapping, nonce, sealed, _associated(keys))
    except crypto.DecryptionFailed:
        entry["failures"] = failures + 1
        if entry["failures"] >= keyfile.FREE_ATTEMPTS:
            delay = min(30 * 2 ** (entry["failures"] - keyfile.FREE_ATTEMPTS),
                        keyfile.MAX_LOCK_SECONDS)
            entry["locked_until"] = moment + delay
        keys._pending(moment, login, "wrong_recovery_code")  # saves
        raise RecoveryFailed("wrong_code") from None
    if failures or locked_until:
        entry["failures"], entry["locked_until"] = 0, 0
        keys.save()
    return key


def recover(db: Database, username: str, code: str, new_password: str, *,
            now: Callable[[], datetime] = datetime.now,
            cost: crypto.KdfParams | None = None) -> None:
    """Set a new password for the administrator `username` with the recovery code.

    `db` is the (locked) encrypted database from `startup.open_database`; it is left unlocked
    and migrated (locked again if the recovery is refused). The password is checked first
    (ValidationError "new_password"), then the code (RecoveryFailed), then the account (an
    active administrator). The account's hash and key entry are replaced, its lock-out
    cleared, and the change audited as a recovery.

    Raises:
        RecoveryFailed: the database is not an encrypted SQLite file, the code is refused,
            or `username` is not an active administrator.
        ValidationError: the new password is too short.
        DatabaseError: the code's key does not open the database (key_file_mismatch).
    """
    if not db.encrypted or db.sqlite_path is None:
        raise RecoveryFailed("not_sqlite")
    check_password_strength(new_password, "new_password")
    cost = cost or crypto.production_kdf()
    login = (username or "").strip().lower()
    keys = KeyFile.load(key_file_path(db.sqlite_path))
    key = unlock_with_code(keys, code, login)
    opened_here = db.key is None
    if opened_here:
        try:
            db.unlock(key)
        except DatabaseError as exc:
            raise DatabaseError("key_file_mismatch", str(keys.path)) from exc
    undo: Callable[[], None] | None = None
    try:
        if opened_here:
            db.upgrade()
        with db.uow() as s:
            user = s.scalar(select(User).where(User.username == login))
            if user is None or not user.active or user.role != Role.ADMIN:
                raise RecoveryFailed("not_admin")
            user.password_hash = hash_password(new_password, cost)
            user.must_change_password = False
            user.failed_logins, user.locked_until = 0, None
            audit.record(s, at=now().replace(microsecond=0), action=Action.PASSWORD_CHANGED,
                         user_id=user.id, username=login, entity_type=EntityType.USER,
                         entity_id=user.id, details={"recovery_code": True})
            undo = keyfile.wrap_for_user(db, login, new_password, cost)
    except BaseException:
        if undo is not None:
            undo()
        if opened_here:  # refused: the database is closed again, as a refused sign-in leaves it
            db.lock()
        raise


class RecoveryService(Service):
    """Recovery codes for a signed-in administrator."""

    def replace_code(self) -> str:
        """A new code replacing the old one (the old sheet stops working); audited.

        Raises:
            PermissionDenied: the user is not an administrator.
            RecoveryFailed: the database is not a SQLite file (not_sqlite).
            DatabaseError: the database is not unlocked (needs_unlock).
        """
        self.require_role("replace_recovery_code", Role.ADMIN)
        db = self.ctx.db
        keys = keyfile.for_database(db)
        if keys is None:
            raise RecoveryFailed("not_sqlite")
        if db.key is None:
            raise DatabaseError("needs_unlock")
        code = new_code()
        with self.write() as s:
            self.audit(s, Action.ACCOUNT_CHANGED, entity_type=EntityType.CENTER,
                       entity_id=self.actor.center_id,
                       details={"recovery_code": "replaced" if has_code(keys) else "created"})
            set_code(keys, db.key, code, self.ctx.now)
            field_crypto.set_escrow(s, self.actor.center_id, normalize(code), RECOVERY_KDF,
                                    self.ctx.now())
            keys.save()
        return code

    def restore_field_keys(self, code: str) -> int:
        """Every field key in escrow granted again to everyone entitled (the sealed records'
        key after the only supervisor's password was reset): how many keys. The code is
        checked and counted like any recovery attempt first.

        Raises:
            PermissionDenied: the user is not an administrator.
            RecoveryFailed: not a SQLite database, the code is refused, or no key is in escrow
                for it.
        """
        self.require_role("restore_field_keys", Role.ADMIN)
        keys = keyfile.for_database(self.ctx.db)
        if keys is None:
            raise RecoveryFailed("not_sqlite")
        unlock_with_code(keys, code, self.actor.username)
        with self.write() as s:
            try:
                count = field_crypto.restore_from_escrow(s, self.actor.center_id,
                                                         normalize(code), self.ctx.now())
            except crypto.DecryptionFailed:
                raise RecoveryFailed("no_escrow") from None
            self.audit(s, Action.ACCOUNT_CHANGED, entity_type=EntityType.CENTER,
                       entity_id=self.actor.center_id,
                       details={"field_keys": "restored_from_escrow", "keys": count})
        return count


def sheet_text(*, center_name: str, database: Path | str, code: str,
               made: datetime) -> str:
    """The recovery sheet as plain text (printed or kept in a safe)."""
    return (
        "familyedu recovery sheet / 恢复码\n"
        "================================\n\n"
        f"Center / 中心: {center_name}\n"
        f"Database / 数据库: {database}\n"
        f"Made / 生成日期: {made:%Y-%m-%d}\n\n"
        f"Recovery code / 恢复码:\n\n    {code}\n\n"
        "With this code an administrator's forgotten password can be replaced:\n"
        "  familyedu-admin recover --user ADMIN   (or 'Forgot the administrator password?'\n"
        "  on the sign-in window).\n"
        "Keep this sheet locked away. Anyone holding it and a copy of the database and\n"
        "its key file can read everything. If the password and this sheet are both lost,\n"
        "the data is lost.\n"
        "凭此码可重设管理员遗忘的密码。请锁好保管；持有此码及数据库与密钥文件者可读取全部数据。\n"
        "密码与本页同时遗失，数据即无法恢复。\n")


def write_sheet(path: Path, text: str) -> None:
    """The sheet written readable by its owner only (0600 from the first byte)."""
    private_files.write_private(path, text.encode("utf-8"))


def recover_with(db: Database) -> Callable[[str, str, str], None] | None:
    """`recover` bound to this database for the sign-in window; None without a key file."""
    if not db.encrypted or db.sqlite_path is None:
        return None
    return lambda username, code, new_password: recover(db, username, code, new_password)
