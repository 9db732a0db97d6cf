"""Importing a center's register: the dry run, the import in one transaction (audited as one
import), and undoing a whole import while none of its cases was touched since."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter as Tally
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from familyedu.errors import NotFound, ValidationError
from familyedu.models import (
    Attendance,
    AuditEvent,
    Case,
    CaseStatus,
    Consent,
    Guardian,
    GuidanceSession,
    Letter,
    Minor,
    Role,
)
from familyedu.services.casework import figures
from familyedu.services.casework.cases import CaseService
from familyedu.services.casework.importing.analysis import Analysis, analyse
from familyedu.services.casework.importing.columns import Mapping
from familyedu.services.casework.importing.dto import ImportPreview, ImportRecord, ImportResult
from familyedu.services.casework.importing.reader import Sheet, read_file
from familyedu.services.core import numbering, search_text
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

IMPORT, IMPORT_UNDONE = Action.IMPORT, Action.IMPORT_UNDONE
# Audit actions that only read a case: they do not stop an import from being undone.
_READ_ONLY = (Action.CASE_OPENED, Action.SEALED_ACCESS, Action.DENIED, Action.EXPORT)
_CHUNK = 500


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


class ImportService(Service):
    """Use `preview` first (the dry run), then `run` with the same file and mapping."""

    def preview(self, path: os.PathLike[str] | str, mapping: Mapping | None = None,
                counselor_id: int | None = None) -> ImportPreview:
        """Every row checked and classed; nothing is written."""
        with self.read() as s:
            self._counselor(s, counselor_id)
            return self._analyse(s, path, mapping or Mapping()).preview

    def run(self, path: os.PathLike[str] | str, mapping: Mapping | None = None,
            counselor_id: int | None = None) -> ImportResult:
        """Import the valid new rows (and their past sessions) in one transaction.

        Raises:
            PermissionDenied: an administrator imports no cases, or the counselor is not
                the user's to assign.
            ValidationError: the file cannot be read or has no header row with known columns.
        """
        with self.write() as s:
            counselor = self._counselor(s, counselor_id)
            analysis = self._analyse(s, path, mapping or Mapping())
            preview = analysis.preview
            if not preview.readable:
                raise ValidationError("file", QT_TRANSLATE_NOOP(
                    "Validation", "No header row with known columns was found in this file."))
            case_ids, numbers, sessions = self._insert(s, analysis, counselor)
            event = self.audit_import(s, preview, case_ids, sessions, counselor)
            return ImportResult(event, len(case_ids), preview.count("duplicate"),
                                preview.count("error"), sessions, tuple(numbers),
                                tuple(case_ids))

    def _read(self, path: Path) -> tuple[list[Sheet], str]:
        """The file's sheets and SHA-256; the import right after its dry run reuses what the
        dry run read when the file is unchanged (reading is a third of the work)."""
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        cached = getattr(self, "_last_read", None)
        if cached is not None and cached[0] == digest:
            return cached[1], digest
        sheets = read_file(path)
        self._last_read = (digest, sheets)
        return sheets, digest

    def _analyse(self, s: Session, path: os.PathLike[str] | str, mapping: Mapping) -> Analysis:
        data_path = Path(path)
        try:
            sheets, digest = self._read(data_path)
        except OSError:
            raise ValidationError("file", QT_TRANSLATE_NOOP(
                "Validation", "The file cannot be read.")) from None
        cases = CaseService(self.ctx)
        return analyse(s, sheets, mapping, center_id=self.actor.center_id,
                       today=self.ctx.today(), now=self.ctx.now(),
                       clean_case=cases._clean_case, file_name=data_path.name, sha256=digest,
                       may_read=self.may_read_minor)

    def _counselor(self, s: Session, requested: int | None) -> int:
        """Who gets the cases; the importer needs the right to open cases for them."""
        if self.actor.role is Role.ADMIN:
            raise self.deny("import", "admin holds no cases")
        return CaseService(self.ctx)._counselor_for(s, requested)

    def _insert(self, s: Session, analysis: Analysis, counselor: int
                ) -> tuple[list[int], list[str], int]:
        center = self.actor.center_id
        now = self.ctx.now()
        prepared = analysis.prepared
        per_year = Tally(p.case["opened_on"].year for p in prepared)
        next_number = {}
        for year, count in sorted(per_year.items()):
            reserved = numbering.next_value(s, center, "case", year, count)
            next_number[year] = reserved - count + 1
        minors = []
        for p in prepared:
            minor = Minor(center_id=center, version=1, created_at=now, updated_at=now,
                          name_pinyin=search_text.pinyin_of(p.minor["name"]), **p.minor)
            if p.guardian is not None:
                minor.guardians.append(Guardian(
                    version=1, created_at=now, updated_at=now,
                    name_pinyin=search_text.pinyin_of(p.guardian["name"]), **p.guardian))
            minors.append(minor)
        s.add_all(minors)
        s.flush()
        cases = []
        numbers = []
        for p, minor in zip(prepared, minors, strict=True):
            year = p.case["opened_on"].year
            number = numbering.case_number(year, next_number[year])
            next_number[year] += 1
            numbers.append(number)
            attended = [x for x in p.sessions if x["attendance"] is Attendance.ATTENDED]
            last: datetime | None = max((x["held_at"] for x in attended), default=None)
            case = Case(center_id=center, case_number=number, minor_id=minor.id,
                        status=CaseStatus.OPEN, assigned_counselor_id=counselor, version=1,
                        created_at=now, updated_at=now, **p.case,
                        minutes_done=sum(x["duration_minutes"] for x in attended),
                        sessions_attended=len(attended),
                        sessions_missed=sum(1 for x in p.sessions
                                            if x["attendance"] is Attendance.NO_SHOW),
                        last_session_at=last)
            case.next_session_due_on = figures.next_session_due(
                opened_on=case.opened_on, last_session_on=last.date() if last else None,
                next_appointment=None, interval_days=case.session_interval_days)
            guardians = [p.guardian] if p.guardian else []
            case.search_text = search_text.build(
                case_number=number, names=[p.minor["name"], *(g["name"] for g in guardians)],
                numbers=[p.minor["resident_id"] or "", *(g["phone"] for g in guardians)])
            cases.append(case)
        s.add_all(cases)
        s.flush()
        # Past sessions in one executemany: no ORM objects are needed for them afterwards.
        session_rows = [
            {"case_id": case.id, "counselor_id": counselor, "version": 1, "created_at": now,
             "updated_at": now, "minor_attended": False, "private_notes": "",
             "shared_summary": "", "next_steps": "", "followed_up": False, **x}
            for p, case in zip(prepared, cases, strict=True) for x in p.sessions]
        if session_rows:
            s.execute(insert(GuidanceSession), session_rows)
        return [c.id for c in cases], numbers, len(session_rows)

    def audit_import(self, s: Session, preview: ImportPreview, case_ids: list[int],
                     sessions: int, counselor: int) -> int:
        """Audit the import (the cases it added, for `undo`); returns the entry's id."""
        self.audit(s, IMPORT, entity_type=EntityType.IMPORT, details={
            "file": preview.file_name, "sha256": preview.sha256,
            "new": len(case_ids), "duplicates": preview.count("duplicate"),
            "errors": preview.count("error"), "sessions": sessions,
            "counselor_id": counselor, "case_ids": case_ids})
        event_id = s.scalar(select(func.max(AuditEvent.id)))
        assert event_id is not None
        return int(event_id)

    # -- undo -------------------------------------------------------------------------------

    def imports(self, limit: int = 20) -> list[ImportRecord]:
        """The latest imports of this center, newest first (for the undo list)."""
        with self.read() as s:
            undone = set(s.scalars(select(AuditEvent.entity_id)
                                   .where(AuditEvent.action == IMPORT_UNDONE)))
            out = []
            for event in s.scalars(select(AuditEvent).where(AuditEvent.action == IMPORT)
                                   .order_by(AuditEvent.id.desc()).limit(limit)):
                if not self._may_undo(s, event):
                    continue
                details = json.loads(event.details)
                out.append(ImportRecord(event.id, event.at.isoformat(" ", "minutes"),
                                        event.username, str(details.get("file", "")),
                                        int(details.get("new", 0)), event.id in undone))
            return out

    def _may_undo(self, s: Session, event: AuditEvent) -> bool:
        if event.user_id == self.actor.user_id:
            return True
        if self.actor.role is not Role.SUPERVISOR:
            return False
        ids = json.loads(event.details).get("case_ids") or []
        center = s.scalar(select(Case.center_id).where(Case.id.in_(ids[:1]))) if ids else None
        return center in (None, self.actor.center_id)

    def undo(self, import_id: int) -> int:
        """Remove every case (with its child, guardians and sessions) the import added;
        refused once any of them was changed, printed or otherwise touched. Returns how
        many cases were removed.

        Raises:
            NotFound: there is no such import.
            PermissionDenied: the user may not undo this import.
            ValidationError: the import was already undone, or its cases changed since.
        """
        with self.write() as s:
            event = s.get(AuditEvent, import_id)
            if event is None or event.action != IMPORT:
                raise NotFound("import", import_id)
            if not self._may_undo(s, event):
                raise self.deny("undo_import", f"import {import_id}")
            if s.scalar(select(AuditEvent.id).where(AuditEvent.action == IMPORT_UNDONE,
                                                    AuditEvent.entity_id == import_id)):
                raise ValidationError("import", QT_TRANSLATE_NOOP(
                    "Validation", "This import was already undone."))
            details: dict[str, Any] = json.loads(event.details)
            case_ids = [int(i) for i in details.get("case_ids") or []]
            for chunk in _chunks(case_ids):
                touched = s.scalar(select(AuditEvent.id).where(
                    AuditEvent.case_id.in_(chunk), AuditEvent.id > import_id,
                    AuditEvent.action.not_in(_READ_ONLY)).limit(1))
                printed = s.scalar(select(Letter.id).where(Letter.case_id.in_(chunk)).limit(1))
                # A further case opened since for one of the imported children.
                other = s.scalar(select(Case.id).where(
                    Case.minor_id.in_(select(Case.minor_id).where(Case.id.in_(chunk))),
                    Case.id.not_in(chunk)).limit(1))  # each imported child has one case
                if touched or printed or other:
                    raise ValidationError("import", QT_TRANSLATE_NOOP(
                        "Validation", "Cases of this import were changed since it ran: it can "
                        "no longer be undone as a whole."))
            minor_ids: list[int] = []
            for chunk in _chunks(case_ids):
                minor_ids += s.scalars(select(Case.minor_id).where(Case.id.in_(chunk)))
                s.execute(delete(GuidanceSession).where(GuidanceSession.case_id.in_(chunk)))
                s.execute(delete(Case).where(Case.id.in_(chunk)))
            for chunk in _chunks(minor_ids):
                s.execute(delete(Consent).where(Consent.minor_id.in_(chunk)))
                s.execute(delete(Guardian).where(Guardian.minor_id.in_(chunk)))
                s.execute(delete(Minor).where(Minor.id.in_(chunk)))
            self.audit(s, IMPORT_UNDONE, entity_type=EntityType.IMPORT, entity_id=import_id,
                       details={"file": details.get("file", ""), "removed": len(case_ids)})
            return len(case_ids)
