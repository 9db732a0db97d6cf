"""Reading the audit trail: filtered pages for supervisors, and checking its hash chain."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from familyedu.models import AuditEvent, Case, Role, User
from familyedu.services.admin.dto import AuditQuery, AuditRow
from familyedu.services.core.audit import ChainCheck, verify_chain
from familyedu.services.core.base import Service
from familyedu.services.core.dto import Page


class AuditService(Service):
    """The trail holds case content (before/after values): supervisors only."""

    def _center_events(self) -> Select[AuditEvent, str]:
        center = self.actor.center_id
        staff = select(User.id).where(User.center_id == center)
        cases = select(Case.id).where(Case.center_id == center)
        return (
            select(AuditEvent, Case.case_number)
            .outerjoin(Case, Case.id == AuditEvent.case_id)
            # Failed sign-ins under unknown names belong to no center; a supervisor should
            # still see someone trying names.
            .where(or_(AuditEvent.user_id.in_(staff), AuditEvent.case_id.in_(cases),
                       AuditEvent.user_id.is_(None) & AuditEvent.case_id.is_(None)))
        )

    def _filtered(self, query: AuditQuery) -> Select[AuditEvent, str]:
        stmt = self._center_events()
        if query.username.strip():
            stmt = stmt.where(AuditEvent.username == query.username.strip().lower())
        if query.case_number.strip():
            stmt = stmt.where(Case.case_number == query.case_number.strip())
        if query.action.strip():
            stmt = stmt.where(AuditEvent.action == query.action.strip())
        if query.date_from is not None:
            stmt = stmt.where(AuditEvent.at >= datetime.combine(query.date_from, time()))
        if query.date_to is not None:
            end = datetime.combine(query.date_to + timedelta(days=1), time())
            stmt = stmt.where(AuditEvent.at < end)
        return stmt

    def page(self, query: AuditQuery) -> Page[AuditRow]:
        """One page, newest first."""
        self.require_role("read_audit", Role.SUPERVISOR)
        with self.read() as s:
            return self._page(s, query)

    def _page(self, s: Session, query: AuditQuery) -> Page[AuditRow]:
        stmt = self._filtered(query)
        total = s.scalar(stmt.with_only_columns(func.count(AuditEvent.id)).order_by(None)) or 0
        rows = s.execute(stmt.order_by(AuditEvent.id.desc())
                         .offset(max(0, query.offset))
                         .limit(max(1, min(query.limit, 5000)))).all()
        return Page([_row(event, number) for event, number in rows], total)

    def all_rows(self, query: AuditQuery, batch: int = 2000) -> list[AuditRow]:
        """Every matching entry, oldest first (for an export)."""
        self.require_role("read_audit", Role.SUPERVISOR)
        out: list[AuditRow] = []
        with self.read() as s:
            stmt = self._filtered(query).order_by(AuditEvent.id)
            last = 0
            while True:
                chunk = s.execute(stmt.where(AuditEvent.id > last).limit(batch)).all()
                if not chunk:
                    return out
                out.extend(_row(event, number) for event, number in chunk)
                last = out[-1].id
                s.expunge_all()

    def usernames(self) -> list[str]:
        """Who appears in the trail (for the "who" filter)."""
        self.require_role("read_audit", Role.SUPERVISOR)
        with self.read() as s:
            names = s.scalars(select(User.username).where(
                User.center_id == self.actor.center_id).order_by(User.username))
            return list(names)

    def actions(self) -> list[str]:
        """Every action the trail holds, for the viewer's filter (supervisors).

        Raises:
            PermissionDenied: the user is not a supervisor.
        """
        self.require_role("read_audit", Role.SUPERVISOR)
        with self.read() as s:
            return list(s.scalars(select(AuditEvent.action).distinct()
                                  .order_by(AuditEvent.action)))

    def verify(self) -> ChainCheck:
        """Walk the whole chain; supervisors and administrators may check it."""
        self.require_role("verify_audit", Role.SUPERVISOR, Role.ADMIN)
        with self.read() as s:
            return verify_chain(s)


def _row(event: AuditEvent, case_number: str | None) -> AuditRow:
    return AuditRow(event.id, event.at, event.username, event.action, event.entity_type,
                    event.entity_id, event.case_id, case_number or "", event.details)
