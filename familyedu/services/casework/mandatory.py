"""Mandatory reports of suspected harm (强制报告) and the case's change history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from familyedu.errors import NotFound
from familyedu.models import AuditEvent, MandatoryReport, User
from familyedu.services.casework.dto import HistoryEntry, MandatoryReportInput, MandatoryReportView
from familyedu.services.core.audit import Action, EntityType, diff
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import Errors, optional_text, require_date, required_text

REPORT_FIELDS = ("reported_on", "suspected_harm", "police_station", "receipt_number",
                 "follow_up")


class MandatoryReportService(Service):
    """Mandatory reports of suspected harm to the police, recorded with the case."""

    def _clean(self, data: MandatoryReportInput) -> dict[str, Any]:
        errors = Errors()
        out: dict[str, Any] = {
            "reported_on": errors.check(require_date, "reported_on", data.reported_on),
            "suspected_harm": errors.check(required_text, "suspected_harm",
                                           data.suspected_harm, 4000),
            "police_station": errors.check(required_text, "police_station",
                                           data.police_station, 200),
            "receipt_number": errors.check(optional_text, "receipt_number",
                                           data.receipt_number, 100),
            "follow_up": errors.check(optional_text, "follow_up", data.follow_up, 4000),
        }
        day = out["reported_on"]
        if day is not None and day > self.ctx.today():
            errors.add("reported_on", QT_TRANSLATE_NOOP("Validation", "This date is in the "
                                                         "future."))
        errors.raise_if_any()
        return out

    def add(self, case_id: int, data: MandatoryReportInput) -> int:
        """Record a report made to the police; returns its id.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to work on.
            ValidationError: a field is wrong (all fields named).
        """
        with self.write() as s:
            self.load_case(s, case_id, action="add_report")
            clean = self._clean(data)
            row = MandatoryReport(case_id=case_id, reported_by_id=self.actor.user_id,
                                  version=1, **clean)
            s.add(row)
            s.flush()
            self.audit(s, Action.CREATE, entity_type=EntityType.MANDATORY_REPORT, entity_id=row.id,
                       case_id=case_id, details={"after": clean})
            return row.id

    def update(self, report_id: int, expected_version: int, data: MandatoryReportInput) -> None:
        """Save an edit of a report (a receipt number, the follow-up), audited.

        Raises:
            NotFound: there is no such report.
            PermissionDenied: the report's case is not the user's to work on.
            ValidationError: a field is wrong (all fields named).
            StaleRecord: another desk saved the report first.
        """
        with self.write() as s:
            row = s.get(MandatoryReport, report_id)
            if row is None:
                raise NotFound("mandatory_report", report_id)
            self.load_case(s, row.case_id, action="edit_report")
            before = {f: getattr(row, f) for f in REPORT_FIELDS}
            self.check_version("mandatory_report", row, expected_version, before)
            clean = self._clean(data)
            for key, value in clean.items():
                setattr(row, key, value)
            self.audit(s, Action.UPDATE, entity_type=EntityType.MANDATORY_REPORT, entity_id=row.id,
                       case_id=row.case_id, details={"changes": diff(before, clean)})

    def for_case(self, case_id: int) -> list[MandatoryReportView]:
        """The case's reports, newest first.

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to read.
        """
        with self.read() as s:
            self.load_case(s, case_id)
            users = {u.id: u.display_name for u in s.scalars(select(User))}
            rows = s.scalars(select(MandatoryReport).where(MandatoryReport.case_id == case_id)
                             .order_by(MandatoryReport.reported_on.desc()))
            return [MandatoryReportView(r.id, r.version, r.reported_on, r.suspected_harm,
                                        r.police_station, r.receipt_number, r.follow_up,
                                        users.get(r.reported_by_id, "")) for r in rows]

    def history(self, case_id: int, limit: int = 500) -> list[HistoryEntry]:
        """What was changed in this case, when and by whom (newest first).

        Each entry names its account as the audit recorded it and the account's display name
        (empty when the entry has no account of this center).

        Raises:
            NotFound: there is no such case.
            PermissionDenied: the case is not the user's to read.
        """
        with self.read() as s:
            self.load_case(s, case_id)
            rows = s.execute(select(AuditEvent, User.display_name)
                             .outerjoin(User, User.id == AuditEvent.user_id)
                             .where(AuditEvent.case_id == case_id)
                             .order_by(AuditEvent.id.desc()).limit(limit))
            return [HistoryEntry(e.id, e.at, e.username, e.action, e.entity_type, e.entity_id,
                                 e.details, display_name or "") for e, display_name in rows]
