"""Accounts: first-start setup, sign-in with lock-out, passwords, roles."""

from __future__ import annotations

import base64
import contextlib
import json
import os
from collections.abc import Callable
from datetime import datetime, timedelta

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from familyedu.db import Database
from familyedu.errors import AuthenticationFailed, NotFound, ValidationError
from familyedu.models import AuditEvent, Center, Role, User
from familyedu.security import keyfile
from familyedu.security.crypto import KdfParams, production_kdf
from familyedu.services.admin.dto import UserView
from familyedu.services.core import audit, field_crypto
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service
from familyedu.services.core.context import Actor
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import Errors, check_enum, required_text

MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 5
MAX_LOCK = timedelta(minutes=15)
# Verifying reads the cost from the hash itself; hashing takes the caller's cost.
_verifier = PasswordHasher()


def _hasher(cost: KdfParams) -> PasswordHasher:
    return PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_cost,
                          parallelism=cost.parallelism)


def check_password_strength(password: str, field: str = "password") -> str:
    """The password, if it is long enough.

    Raises:
        ValidationError: the password is shorter than MIN_PASSWORD_LENGTH.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "A password needs at least {n} characters."), n=MIN_PASSWORD_LENGTH)
    return password


def hash_password(password: str, cost: KdfParams) -> str:
    """The argon2id hash to store for the password, made at `cost`."""
    return _hasher(cost).hash(password)


def _spend_like_a_check(password: str, cost: KdfParams) -> None:
    """Verify against a random hash of the same cost (one derivation, like a real check): a
    refusal for an unknown, disabled or locked account takes as long as a wrong password, so
    timing does not tell who exists."""
    def b64(n: int) -> str:
        return base64.b64encode(os.urandom(n)).decode("ascii").rstrip("=")

    decoy = (f"$argon2id$v=19$m={cost.memory_cost},t={cost.time_cost},p={cost.parallelism}"
             f"${b64(16)}${b64(32)}")
    with contextlib.suppress(VerificationError, InvalidHashError):
        _verifier.verify(decoy, password)


def _cost_of(password_hash: str | None, default: KdfParams) -> KdfParams:
    """The argon2 cost a stored hash was made with (the work a real check would do)."""
    try:
        params = extract_parameters(password_hash or "")
    except (InvalidHashError, ValueError):
        return default
    return KdfParams(params.time_cost, params.memory_cost, params.parallelism)


def _actor(user: User, keyring: field_crypto.Keyring | None = None) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.center_id,
                 must_change_password=user.must_change_password,
                 keyring=keyring or field_crypto.Keyring())


def _clean_username(value: str) -> str:
    name = required_text("username", value, 64).lower()
    if not all(c.isalnum() or c in "._-" for c in name):
        raise ValidationError("username", QT_TRANSLATE_NOOP(
            "Validation", "Use letters, digits, dots, dashes or underscores."))
    return name


def has_users(db: Database) -> bool:
    """Whether the database has any account yet (else the first-start form is shown)."""
    with db.read() as s:
        return bool(s.scalar(select(func.count(User.id))))


def check_setup(*, center_name: str, username: str, display_name: str,
                password: str) -> tuple[str, str, str]:
    """The first-start form, checked before anything is created: (center, login, shown).

    Raises:
        ValidationError: a field is wrong (all fields named).
    """
    errors = Errors()
    center = errors.check(required_text, "center_name", center_name, 200)
    login = errors.check(_clean_username, username)
    shown = errors.check(required_text, "display_name", display_name, 100)
    errors.check(check_password_strength, password)
    errors.raise_if_any()
    assert center is not None
    assert login is not None
    assert shown is not None
    return center, login, shown


def create_center_and_admin(db: Database, *, center_name: str, username: str,
                            display_name: str, password: str,
                            now: Callable[[], datetime] = datetime.now,
                            cost: KdfParams | None = None, demo: bool = False) -> Actor:
    """First start: the center and its administrator, in one transaction.

    `demo`: a database made for trying out (demo-data); the mark is in the chained setup
    entry of the audit trail, so it cannot be set on a real center's database afterwards
    without breaking the chain.

    Raises:
        ValidationError: a field is wrong (all fields named), or the database already has
            accounts.
    """
    cost = cost or production_kdf()
    center, login, shown = check_setup(center_name=center_name, username=username,
                                       display_name=display_name, password=password)
    with db.uow() as s:
        if s.scalar(select(func.count(User.id))):
            raise ValidationError("username", QT_TRANSLATE_NOOP(
                "Validation", "This database already has accounts."))
        row = Center(name=center, version=1)
        s.add(row)
        s.flush()
        user = User(center_id=row.id, username=login, display_name=shown, role=Role.ADMIN,
                    password_hash=hash_password(password, cost), version=1)
        s.add(user)
        s.flush()
        field_crypto.set_password_key(s, user, password, cost, now().replace(microsecond=0))
        audit.record(s, at=now().replace(microsecond=0), action=Action.CREATE,
                     user_id=user.id, username=user.username, entity_type=EntityType.USER,
                     entity_id=user.id, details={"role": "admin", "setup": True,
                                                 **({"demo": True} if demo else {})})
        return _actor(user)


def is_demo_database(db: Database) -> bool:
    """True only for a database whose setup entry says it was created as a demo."""
    with db.read() as s:
        first = s.execute(select(AuditEvent.action, AuditEvent.entity_type,
                                 AuditEvent.details).order_by(AuditEvent.id).limit(1)).first()
    if first is None or first.action != Action.CREATE or first.entity_type != "user":
        return False
    try:
        details = json.loads(first.details)
    except ValueError:
        return False
    return isinstance(details, dict) and details.get("setup") is True \
        and details.get("demo") is True


def authenticate(db: Database, username: str, password: str,
                 now: Callable[[], datetime] = datetime.now,
                 cost: KdfParams | None = None) -> Actor:
    """Check the password; repeated failures lock the account for a growing delay.

    A hash made at another cost than `cost` is made again at `cost` on success.

    Raises:
        AuthenticationFailed: unknown user or wrong password, a disabled account, or a
            locked one (with the seconds to wait); the failure is audited first.
    """
    cost = cost or production_kdf()
    login = (username or "").strip().lower()
    moment = now().replace(microsecond=0)
    with db.uow() as s:
        user = s.scalar(select(User).where(User.username == login))
        if user is None or not user.active or (
                user.locked_until is not None and user.locked_until > moment):
            stored = user.password_hash if user is not None else s.scalar(
                select(User.password_hash).order_by(User.id).limit(1))
            _spend_like_a_check(password, _cost_of(stored, cost))
        if user is None:
            audit.record(s, at=moment, action=Action.LOGIN_FAILED, user_id=None,
                         username=login[:64], details={"reason": "unknown_user"})
            failure = AuthenticationFailed("wrong_credentials")
        elif not user.active:
            audit.record(s, at=moment, action=Action.LOGIN_FAILED, user_id=user.id,
                         username=login, details={"reason": "disabled"})
            failure = AuthenticationFailed("account_disabled")
        elif user.locked_until is not None and user.locked_until > moment:
            audit.record(s, at=moment, action=Action.LOGIN_FAILED, user_id=user.id,
                         username=login, details={"reason": "locked"})
            wait = int((user.locked_until - moment).total_seconds())
            failure = AuthenticationFailed("locked", retry_after_seconds=max(1, wait))
        else:
            unlocking = field_crypto.start_unlock(s, user.id, password)
            try:
                _verifier.verify(user.password_hash or "", password)
            except (VerificationError, InvalidHashError):
                user.failed_logins += 1
                if user.failed_logins >= FREE_ATTEMPTS:
                    delay = timedelta(seconds=30 * 2 ** (user.failed_logins - FREE_ATTEMPTS))
                    user.locked_until = moment + min(delay, MAX_LOCK)
                audit.record(s, at=moment, action=Action.LOGIN_FAILED, user_id=user.id,
                             username=login, details={"reason": "wrong_password",
                                                      "failures": user.failed_logins})
                failure = AuthenticationFailed("wrong_credentials")
            else:
                user.failed_logins, user.locked_until = 0, None
                if _hasher(cost).check_needs_rehash(user.password_hash or ""):
                    user.password_hash = hash_password(password, cost)
                keyring = field_crypto.unlock(s, user, password, cost, moment, unlocking)
                field_crypto.settle_at_sign_in(s, user, keyring, cost, moment)
                audit.record(s, at=moment, action=Action.LOGIN_OK, user_id=user.id,
                             username=login)
                return _actor(user, keyring)
    # The failure is committed (audit, counter) before it is raised.
    raise failure


class UserService(Service):
    """The center's accounts: creating, disabling and passwords."""

    def _hash(self, password: str) -> str:
        return hash_password(password, self.ctx.password_cost)

    def all(self) -> list[UserView]:
        """The center's accounts by user name (administrators and supervisors).

        Raises:
            PermissionDenied: the user is neither an administrator nor a supervisor.
        """
        self.require_role("list_users", Role.ADMIN, Role.SUPERVISOR)
        with self.read() as s:
            users = s.scalars(select(User).where(User.center_id == self.actor.center_id)
                              .order_by(User.username))
            return [UserView(u.id, u.username, u.display_name, u.role.value, u.active)
                    for u in users]

    def create(self, *, username: str, display_name: str, role: Role, password: str) -> int:
        """A new account of the center, which must change its password at first sign-in.

        Raises:
            PermissionDenied: the user is not an administrator.
            ValidationError: a field is wrong (all fields named), or the user name is taken.
        """
        self.require_role("create_user", Role.ADMIN)
        errors = Errors()
        login = errors.check(_clean_username, username)
        shown = errors.check(required_text, "display_name", display_name, 100)
        kind = errors.check(check_enum, "role", Role, role)
        errors.check(check_password_strength, password)
        errors.raise_if_any()
        undo: Callable[[], None] | None = None
        try:
            with self.write() as s:
                if s.scalar(select(User.id).where(User.username == login)) is not None:
                    raise ValidationError("username", QT_TRANSLATE_NOOP(
                        "Validation", "This user name is taken."))
                user = User(center_id=self.actor.center_id, username=login, display_name=shown,
                            role=kind, password_hash=self._hash(password), version=1,
                            must_change_password=True)
                s.add(user)
                s.flush()
                field_crypto.set_password_key(s, user, password, self.ctx.password_cost,
                                              self.ctx.now())
                self.audit(s, Action.ACCOUNT_CHANGED, entity_type=EntityType.USER,
                           entity_id=user.id,
                           details={"created": login, "role": kind})
                # Last before the commit: an encrypted database's key, wrapped for them.
                undo = keyfile.wrap_for_user(self.ctx.db, user.username, password,
                                             self.ctx.password_cost)
                return user.id
        except BaseException:
            if undo is not None:
                undo()
            raise

    def check_own_password(self, password: str) -> None:
        """Check the signed-in user's password again (unlocking the idle lock), counted and
        audited as a sign-in by the service's clock.

        Raises:
            AuthenticationFailed: the password is wrong, or the account is disabled or
                locked (with the seconds to wait); the failure is audited first.
        """
        authenticate(self.ctx.db, self.actor.username, password, now=self.ctx.clock,
                     cost=self.ctx.password_cost)

    def change_own_password(self, old: str, new: str) -> None:
        """Change the signed-in user's password (allowed while a reset one awaits it).

        Raises:
            ValidationError: the new password is too short, or the current one is wrong.
        """
        check_password_strength(new, "new_password")
        undo: Callable[[], None] | None = None
        self._password_change_allowed = True
        try:
            with self.write() as s:
                user = s.get(User, self.actor.user_id)
                assert user is not None
                try:
                    _verifier.verify(user.password_hash or "", old)
                except (VerificationError, InvalidHashError):
                    raise ValidationError("old_password", QT_TRANSLATE_NOOP(
                        "Validation", "The current password is not right.")) from None
                user.password_hash = self._hash(new)
                user.must_change_password = False
                field_crypto.set_password_key(s, user, new, self.ctx.password_cost,
                                              self.ctx.now(), old_password=old)
                self.audit(s, Action.PASSWORD_CHANGED, entity_type=EntityType.USER,
                           entity_id=user.id)
                undo = keyfile.wrap_for_user(self.ctx.db, user.username, new,
                                             self.ctx.password_cost)
        except BaseException:
            if undo is not None:
                undo()
            raise
        finally:
            self._password_change_allowed = False

    def reset_password(self, user_id: int, new: str) -> None:
        """Give an account a new password it must change; unlocks it (administrators).

        Raises:
            PermissionDenied: the user is not an administrator.
            ValidationError: the new password is too short.
            NotFound: there is no such account in the center.
        """
        self.require_role("reset_password", Role.ADMIN)
        check_password_strength(new, "new_password")
        undo: Callable[[], None] | None = None
        try:
            with self.write() as s:
                user = s.get(User, user_id)
                if user is None or user.center_id != self.actor.center_id:
                    raise NotFound("user", user_id)
                user.password_hash = self._hash(new)
                user.must_change_password = True
                # The old private key cannot be opened without the old password: a new pair,
                # and the grants wait for the next sign-in of someone holding the keys.
                field_crypto.set_password_key(s, user, new, self.ctx.password_cost,
                                              self.ctx.now())
                user.failed_logins, user.locked_until = 0, None
                self.audit(s, Action.PASSWORD_CHANGED, entity_type=EntityType.USER,
                           entity_id=user.id,
                           details={"reset_by_admin": True})
                # The admin's session holds the database key: wrap it with the new password.
                undo = keyfile.wrap_for_user(self.ctx.db, user.username, new,
                                             self.ctx.password_cost)
        except BaseException:
            if undo is not None:
                undo()
            raise

    def set_active(self, user_id: int, active: bool) -> None:
        """Disable (or re-enable) an account. Accounts are never deleted.

        Raises:
            PermissionDenied: the user is not an administrator.
            ValidationError: the user tried to disable their own account.
            NotFound: there is no such account in the center.
        """
        self.require_role("disable_user", Role.ADMIN)
        if user_id == self.actor.user_id and not active:
            raise ValidationError("active", QT_TRANSLATE_NOOP(
                "Validation", "You cannot disable your own account."))
        undo: Callable[[], None] | None = None
        try:
            with self.write() as s:
                user = s.get(User, user_id)
                if user is None or user.center_id != self.actor.center_id:
                    raise NotFound("user", user_id)
                user.active = active
                self.audit(s, Action.ACCOUNT_CHANGED, entity_type=EntityType.USER,
                           entity_id=user.id,
                           details={"active": active})
                if not active:
                    field_crypto.forget_user_keys(s, user.id)
                    # A disabled person's password must no longer unlock a copy of the file;
                    # re-enabling needs a password reset, which wraps the key again.
                    undo = keyfile.forget_user(self.ctx.db, user.username)
        except BaseException:
            if undo is not None:
                undo()
            raise
