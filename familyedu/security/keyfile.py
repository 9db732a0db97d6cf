"""The key file beside an encrypted database: the database key, wrapped once per user.

`<database>.keys.json` holds, per user name, an argon2id salt and cost and the 256-bit
database key sealed with AES-256-GCM under the key derived from that user's password. The
database id and the user name are bound into each seal, so an entry cannot be moved to
another user or another database. Wrong passwords are counted here too (the database cannot
be read to count them there) and the attempts wait in `pending_failures` until someone signs
in, when they are written into the audit trail.
"""

from __future__ import annotations

import copy
import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from familyedu.db import Database
from familyedu.errors import AuthenticationFailed, DatabaseError
from familyedu.security import crypto

SUFFIX = ".keys.json"
FORMAT = "familyedu-keys"
VERSION = 1
FREE_ATTEMPTS = 5
MAX_LOCK_SECONDS = 15 * 60
PENDING_LIMIT = 200


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


@dataclass(frozen=True)
class FailedAttempt:
    at: datetime
    username: str
    reason: str


def _associated(database_id: str, username: str) -> bytes:
    return f"{FORMAT}/v{VERSION}|{database_id}|{username}".encode()


class KeyFile:
    """One key file in memory; every change is saved atomically by the caller's `save()`."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    @classmethod
    def create(cls, path: Path) -> KeyFile:
        return cls(path, {"format": FORMAT, "version": VERSION,
                          "database_id": uuid.uuid4().hex,
                          "cipher": "sqlcipher4, raw 256-bit key",
                          "users": {}, "pending_failures": []})

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DatabaseError("key_file_missing", str(path)) from None
        except (OSError, ValueError) as exc:
            raise DatabaseError("key_file_damaged", f"{path}: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT \
                or not isinstance(data.get("users"), dict):
            raise DatabaseError("key_file_damaged", str(path))
        if data.get("version") != VERSION:
            raise DatabaseError("key_file_too_new", str(path))
        data.setdefault("pending_failures", [])
        return cls(path, data)

    @property
    def database_id(self) -> str:
        return str(self.data["database_id"])

    def usernames(self) -> list[str]:
        return sorted(self.data["users"])

    def has_user(self, username: str) -> bool:
        return username in self.data["users"]

    def save(self) -> None:
        body = json.dumps(self.data, indent=1, sort_keys=True).encode("utf-8")
        crypto.write_atomically(self.path, body)
        if os.name == "posix":
            # Only wrapped keys are inside, but there is no reason for others to read them.
            os.chmod(self.path, 0o600)

    # -- wrapping ---------------------------------------------------------------------------

    def set_user(self, username: str, password: str, key: bytes,
                 params: crypto.KdfParams | None = None) -> None:
        """Wrap `key` with this user's (new) password; replaces any earlier entry."""
        params = params or crypto.production_kdf()
        salt = os.urandom(crypto.SALT_BYTES)
        wrapping = crypto.derive_key(password, salt, params)
        nonce, sealed = crypto.seal(wrapping, key, _associated(self.database_id, username))
        self.data["users"][username] = {
            "kdf": "argon2id", **params.as_dict(), "salt": crypto.b64(salt),
            "cipher": "aes-256-gcm", "nonce": crypto.b64(nonce),
            "wrapped_key": crypto.b64(sealed),
            "changed_at": datetime.now().replace(microsecond=0).isoformat(),
            "failures": 0, "locked_until": 0,
        }

    def remove_user(self, username: str) -> bool:
        return self.data["users"].pop(username, None) is not None

    def try_unwrap(self, username: str, password: str) -> bytes | None:
        """The database key, or None for a wrong password; counts nothing."""
        entry = self.data["users"].get(username)
        if entry is None:
            return None
        params, salt, nonce, sealed = self._entry_parts(username, entry)
        wrapping = crypto.derive_key(password, salt, params)
        try:
            return crypto.open_sealed(wrapping, nonce, sealed,
                                      _associated(self.database_id, username))
        except crypto.DecryptionFailed:
            return None

    def _entry_parts(self, username: str, entry: Any
                     ) -> tuple[crypto.KdfParams, bytes, bytes, bytes]:
        """Costs, salt, nonce and sealed key of an entry, or DatabaseError("key_file_damaged")
        naming the entry and what is wrong (never an AttributeError for a null or a number
        where text belongs, never a derivation of unbounded cost)."""
        def damaged(why: str) -> DatabaseError:
            return DatabaseError("key_file_damaged", f"{self.path} (the entry of {username}: "
                                                     f"{why})")

        if not isinstance(entry, dict):
            raise damaged("not an entry")
        try:
            params = crypto.KdfParams.from_dict(entry)
        except ValueError as exc:
            raise damaged(str(exc)) from None
        parts = []
        for name, size in (("salt", crypto.SALT_BYTES), ("nonce", crypto.NONCE_BYTES),
                           ("wrapped_key", crypto.KEY_BYTES + 16)):
            text = entry.get(name)
            if not isinstance(text, str):
                raise damaged(f"{name} missing")
            try:
                raw = crypto.unb64(text)
            except ValueError:
                raise damaged(f"{name} is not base64") from None
            if len(raw) != size:
                raise damaged(f"{name} has the wrong length")
            parts.append(raw)
        return params, parts[0], parts[1], parts[2]

    def _typical_cost(self) -> crypto.KdfParams:
        """The cost of the entries present (the first readable one), for a decoy derivation."""
        for entry in self.data["users"].values():
            try:
                return crypto.KdfParams.from_dict(entry)
            except (ValueError, AttributeError):
                continue
        return crypto.production_kdf()

    def unlock(self, username: str, password: str, now: float | None = None) -> bytes:
        """The database key for this user, counting failures and locking out like sign-in.

        Raises AuthenticationFailed("wrong_credentials" | "locked"); the file is saved
        whenever a counter changes.
        """
        moment = time.time() if now is None else now
        login = (username or "").strip().lower()
        entry = self.data["users"].get(login)
        if entry is None:
            # Spend the same time as for a known user: the delay must not reveal who exists.
            crypto.derive_key(password, os.urandom(crypto.SALT_BYTES), self._typical_cost())
            self._pending(moment, login, "unknown_user")
            raise AuthenticationFailed("wrong_credentials")
        try:
            locked_until = float(entry.get("locked_until") or 0)
            entry["failures"] = int(entry.get("failures") or 0)
        except (TypeError, ValueError):
            raise DatabaseError("key_file_damaged", f"{self.path} (the entry of {login}: "
                                                    "lock-out counters unreadable)") from None
        if locked_until > moment:
            self._pending(moment, login, "locked")
            raise AuthenticationFailed("locked", retry_after_seconds=max(
                1, int(locked_until - moment)))
        key = self.try_unwrap(login, password)
        if key is None:
            entry["failures"] = int(entry.get("failures") or 0) + 1
            if entry["failures"] >= FREE_ATTEMPTS:
                delay = min(30 * 2 ** (entry["failures"] - FREE_ATTEMPTS), MAX_LOCK_SECONDS)
                entry["locked_until"] = moment + delay
            self._pending(moment, login, "wrong_password")
            raise AuthenticationFailed("wrong_credentials")
        if entry.get("failures") or entry.get("locked_until"):
            entry["failures"], entry["locked_until"] = 0, 0
            self.save()
        return key

    # -- failures waiting for the audit trail -----------------------------------------------

    def _pending(self, moment: float, username: str, reason: str) -> None:
        pending: list[dict[str, str]] = self.data["pending_failures"]
        pending.append({"at": datetime.fromtimestamp(moment).replace(microsecond=0).isoformat(),
                        "username": username[:64], "reason": reason})
        del pending[:-PENDING_LIMIT]
        self.save()

    def pending_failures(self) -> list[FailedAttempt]:
        """The failed attempts since they were last written into the audit trail."""
        out = []
        for item in self.data.get("pending_failures") or []:
            try:
                out.append(FailedAttempt(datetime.fromisoformat(item["at"]),
                                         str(item["username"]), str(item["reason"])))
            except (KeyError, TypeError, ValueError):
                continue
        return out

    def clear_pending_failures(self) -> None:
        if self.data.get("pending_failures"):
            self.data["pending_failures"] = []
            self.save()


# -- the key file of an open database (used by the account service) ------------------------


def for_database(db: Database) -> KeyFile | None:
    """The key file of an encrypted SQLite database, None for any other database."""
    if not db.encrypted or db.sqlite_path is None:
        return None
    return KeyFile.load(key_file_path(db.sqlite_path))


def _change(db: Database, username: str, password: str | None,
            cost: crypto.KdfParams | None = None) -> Callable[[], None]:
    keys = for_database(db)
    if keys is None:
        return lambda: None
    if db.key is None:
        raise DatabaseError("needs_unlock")
    before = copy.deepcopy(keys.data["users"].get(username))
    if password is None:
        keys.remove_user(username)
    else:
        keys.set_user(username, password, db.key, cost)
    keys.save()

    def undo() -> None:
        again = KeyFile.load(keys.path)
        if before is None:
            again.remove_user(username)
        else:
            again.data["users"][username] = before
        again.save()

    return undo


def wrap_for_user(db: Database, username: str, password: str,
                  cost: crypto.KdfParams | None = None) -> Callable[[], None]:
    """Give `username` the database key under `password`; returns an undo for a rollback."""
    return _change(db, username, password, cost)


def forget_user(db: Database, username: str) -> Callable[[], None]:
    """Remove `username`'s wrapped key (a disabled account); returns an undo."""
    return _change(db, username, None)
