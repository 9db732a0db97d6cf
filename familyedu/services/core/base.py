"""What every service shares: the context, the audit helper and the case access rules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, and_, false, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from familyedu.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationError,
)
from familyedu.models import Case, Minor, Role, User
from familyedu.services.core import audit, field_crypto
from familyedu.services.core.audit import EntityType
from familyedu.services.core.context import Actor, ServiceContext
from familyedu.services.core.messages import QT_TRANSLATE_NOOP


class Service:
    """Base of the services: each public method is one unit of work."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def actor(self) -> Actor:
        """Who is signed in for this context."""
        return self.ctx.actor

    def audit(self, s: Session, action: str, **kwargs: Any) -> None:
        """An audit row for this actor at the context's clock, in the unit of work `s`."""
        audit.record(
            s,
            at=self.ctx.now(),
            action=action,
            user_id=self.actor.user_id,
            username=self.actor.username,
            **kwargs,
        )

    # A unit of work of change_own_password may run while a reset password awaits its change.
    _password_change_allowed = False
    # A reason stated for this one call (e.g. a transfer of a sealed record); else the
    # session's grant (ServiceContext.sealed_grant) must hold one.
    _stated_reason: str | None = None

    def _sealed_seen(self) -> dict[int, str]:
        seen: dict[int, str] | None = self.__dict__.get("_sealed_pending")
        if seen is None:
            seen = self.__dict__["_sealed_pending"] = {}
        return seen

    def require_sealed_reason(self, case_id: int) -> None:
        """A sealed case is read only with a stated reason or the session's grant; each such
        read is audited (`sealed_access`) when its unit of work ends.

        Raises:
            ValidationError: no reason was stated and the session holds no grant.
        """
        reason = (self._stated_reason or "").strip() or self.ctx.sealed_grant.reason
        if not reason:
            raise ValidationError("sealed_reason", QT_TRANSLATE_NOOP(
                "Validation", "This record is sealed: state why you open it."))
        self._sealed_seen().setdefault(case_id, reason)

    def _record_sealed_reads(self, s: Session) -> None:
        pending = self.__dict__.pop("_sealed_pending", None) or {}
        for case_id, reason in pending.items():
            self.audit(s, audit.Action.SEALED_ACCESS, entity_type=EntityType.CASE,
                       entity_id=case_id,
                       case_id=case_id, details={"reason": reason[:500],
                                                 "by": type(self).__name__})

    def _recheck_account(self, s: Session) -> None:
        """The account as it is now, not as it was at sign-in: a disabled account's open
        session stops at its next action, a changed role is not carried on, and a reset
        password is changed before anything else is done (every client: app, CLI, scripts).

        Raises:
            AuthenticationFailed: the account is disabled or gone, its role or center
                changed, or a reset password awaits its change.
        """
        actor = self.actor
        row = s.execute(select(User.active, User.role, User.center_id,
                               User.must_change_password)
                        .where(User.id == actor.user_id)).one_or_none()
        if row is None or not row.active:
            raise AuthenticationFailed("account_disabled")
        if row.role is not actor.role or row.center_id != actor.center_id:
            raise AuthenticationFailed("account_changed")
        if actor.must_change_password and row.must_change_password \
                and not self._password_change_allowed:
            raise AuthenticationFailed("password_change_required")

    def _lend_keys(self, s: Session) -> None:
        """The unit of work may open and write back sealed records (field_crypto)."""
        s.info["keyring"] = self.actor.keyring
        s.info["now"] = self.ctx.now()
        self.actor.keyring.refresh(s)

    def open_sealed(self, s: Session, minor: Minor) -> bool:
        """A sealed minor's real fields on the loaded objects, if this user holds the key
        (else the placeholders stay, and False: the record reads as sealed)."""
        return not minor.sealed or field_crypto.open_minor(s, self.actor.keyring, minor)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work; a refusal inside it is audited after the rollback.

        Raises:
            PermissionDenied: a refusal inside the block, re-raised once it is audited.
            StaleRecord: a row this action changed on the side was saved by another desk.
        """
        try:
            self.__dict__.pop("_sealed_pending", None)
            with self.ctx.db.uow() as s:
                self._recheck_account(s)
                self._lend_keys(s)
                yield s
                self._record_sealed_reads(s)
        except PermissionDenied as exc:
            self._record_denial(exc)
            raise
        except StaleDataError as exc:
            # A row this action changed on the side (a case's totals, a goal's progress) was
            # saved by another desk in the meantime; nothing was saved, the user reloads.
            raise StaleRecord(_table_of(exc), 0) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; refusals are audited like in `write`.

        Raises:
            PermissionDenied: a refusal inside the block, re-raised once it is audited.
        """
        try:
            self.__dict__.pop("_sealed_pending", None)
            with self.ctx.db.read() as s:
                self._recheck_account(s)
                self._lend_keys(s)
                yield s
            if self.__dict__.get("_sealed_pending"):
                with self.ctx.db.uow() as w:
                    self._record_sealed_reads(w)
        except PermissionDenied as exc:
            self._record_denial(exc)
            raise

    def deny(self, action: str, detail: str = "", case_id: int | None = None) -> PermissionDenied:
        """The refusal to raise; `write`/`read` audit it once their transaction is over."""
        exc = PermissionDenied(action, detail)
        exc.case_id = case_id
        return exc

    def _record_denial(self, exc: PermissionDenied) -> None:
        if exc.audited:
            return
        exc.audited = True
        with self.ctx.db.uow() as s:
            self.audit(s, audit.Action.DENIED, case_id=exc.case_id,
                       details={"action": exc.action, "detail": exc.detail})

    # -- case access ----------------------------------------------------------------------

    def case_filter(self) -> ColumnElement[bool]:
        """Which cases the actor may see in lists and searches."""
        actor = self.actor
        in_center = Case.center_id == actor.center_id
        if actor.role is Role.SUPERVISOR:
            return in_center
        if actor.role is Role.COUNSELOR:
            return and_(in_center, Case.assigned_counselor_id == actor.user_id,
                        Minor.sealed == false())
        return false()

    def can_read_case(self, case: Case, minor: Minor) -> bool:
        """Whether the actor may open this case: a supervisor in its center, or its own
        counselor while the record is not sealed."""
        actor = self.actor
        if case.center_id != actor.center_id:
            return False
        if actor.role is Role.SUPERVISOR:
            return True
        if actor.role is Role.COUNSELOR:
            return case.assigned_counselor_id == actor.user_id and not minor.sealed
        return False

    def may_read_minor(self, s: Session, minor_id: int) -> bool:
        """Whether the actor may read this minor's record now (a case of theirs, and for a
        sealed record the session's grant): what duplicate and ID checks may show them."""
        minor = s.get(Minor, minor_id)
        if minor is None:
            return False
        cases = s.scalars(select(Case).where(Case.minor_id == minor_id)).all()
        if not any(self.can_read_case(c, minor) for c in cases):
            return False
        return not minor.sealed or bool(self.ctx.sealed_grant.reason)

    def load_case(self, s: Session, case_id: int, *, action: str = "read_case") -> Case:
        """The case, if the actor may work on it; refusals are audited.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the actor's to read.
        """
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("case", case_id)
        if not self.can_read_case(case, case.minor):
            raise self.deny(action, f"case {case_id}", case_id)
        if case.minor.sealed:
            self.require_sealed_reason(case.id)
            self.open_sealed(s, case.minor)
        return case

    def require_role(self, action: str, *roles: Role) -> None:
        """Called before any unit of work opens, so the refusal is audited at once.

        Raises:
            PermissionDenied: the actor's role is not one of `roles`.
        """
        if self.actor.role not in roles:
            exc = self.deny(action, f"role {self.actor.role.value}")
            self._record_denial(exc)
            raise exc

    @staticmethod
    def check_version(entity: str, obj: Any, expected_version: int,
                      snapshot: dict[str, Any] | None = None) -> None:
        """Refuse a save based on an older read of the record.

        On PostgreSQL the row is locked and re-read first: another desk's save that commits
        after this check would otherwise only surface at the UPDATE, as a raw StaleDataError.

        Raises:
            ValidationError: the caller did not pass the version it read.
            StaleRecord: another desk saved the record since it was read.
        """
        if expected_version is None or isinstance(expected_version, bool) \
                or not isinstance(expected_version, int):
            # Without the version read, a save would silently overwrite another desk's work.
            raise ValidationError("expected_version", QT_TRANSLATE_NOOP(
                "Validation", "Open the record again before saving: the version you read "
                              "is missing."))
        lock_latest(obj)
        if obj.version != expected_version:
            if snapshot is not None:
                snapshot = {key: getattr(obj, key) for key in snapshot}
            raise StaleRecord(entity, obj.id, snapshot)


def lock_latest(obj: Any) -> None:
    """PostgreSQL: lock the row and load what was last committed (SQLite's BEGIN IMMEDIATE
    already serialises writers, so there it is a no-op)."""
    session = object_session(obj)
    if session is not None and session.get_bind().dialect.name == "postgresql":
        if obj in session.dirty:
            session.flush()  # a refresh would drop changes not written yet
        # FOR NO KEY UPDATE, the lock an UPDATE takes anyway: it does not wait for desks
        # that only insert rows referring to this one (a session of the same case).
        session.refresh(obj, with_for_update={"key_share": True})


def _table_of(exc: StaleDataError) -> str:
    """'UPDATE statement on table 'cases' expected…' -> 'cases'."""
    text = str(exc)
    start = text.find("table '")
    return text[start + 7:text.find("'", start + 7)] if start >= 0 else "record"

