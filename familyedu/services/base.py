"""What every service shares: the context, the audit helper and the case access rules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, and_, false
from sqlalchemy.orm import Session

from familyedu.models import Case, Minor, Role
from familyedu.services import audit
from familyedu.services.context import Actor, ServiceContext
from familyedu.services.errors import NotFound, PermissionDenied, StaleRecord


class Service:
    """Base of the services: each public method is one unit of work."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def audit(self, s: Session, action: str, **kwargs: Any) -> None:
        audit.record(
            s,
            at=self.ctx.now(),
            action=action,
            user_id=self.actor.user_id,
            username=self.actor.username,
            **kwargs,
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work; a refusal inside it is audited after the rollback."""
        try:
            with self.ctx.db.uow() as s:
                yield s
        except PermissionDenied as exc:
            self._record_denial(exc)
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; refusals are audited like in `write`."""
        try:
            with self.ctx.db.read() as s:
                yield s
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
        actor = self.actor
        if case.center_id != actor.center_id:
            return False
        if actor.role is Role.SUPERVISOR:
            return True
        if actor.role is Role.COUNSELOR:
            return case.assigned_counselor_id == actor.user_id and not minor.sealed
        return False

    def load_case(self, s: Session, case_id: int, *, action: str = "read_case") -> Case:
        """The case, if the actor may work on it; refusals are audited."""
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("case", case_id)
        if not self.can_read_case(case, case.minor):
            raise self.deny(action, f"case {case_id}", case_id)
        return case

    def require_role(self, action: str, *roles: Role) -> None:
        """Called before any unit of work opens, so the refusal is audited at once."""
        if self.actor.role not in roles:
            exc = self.deny(action, f"role {self.actor.role.value}")
            self._record_denial(exc)
            raise exc

    @staticmethod
    def check_version(entity: str, obj: Any, expected_version: int | None,
                      snapshot: dict[str, Any] | None = None) -> None:
        """Refuse a save based on an older read of the record."""
        if expected_version is not None and obj.version != expected_version:
            raise StaleRecord(entity, obj.id, snapshot)

