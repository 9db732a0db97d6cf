"""Exports of the case list and of the audit trail (xlsx or CSV), audited.

A full export names children, so it is written only password-protected (a .fex file, see
familyedu.security.fex). The de-identified form has no names, ID numbers, phones or
addresses, an age band instead of the birth date, the month instead of the opening day, and
a random code instead of the case number, in shuffled order. Counselors export their own
cases, supervisors the center's (sealed records only de-identified), administrators none.
"""

from __future__ import annotations

import csv
import io
import random
import secrets
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from familyedu.errors import ValidationError
from familyedu.models import Case, Category, CategoryKind, Guardian, Minor, Role, User
from familyedu.security import crypto, fex, private_files
from familyedu.services.admin.audit_query import AuditService
from familyedu.services.admin.dto import AuditQuery, ExportResult
from familyedu.services.admin.export_labels import (
    AUDIT_COLUMNS,
    DEIDENTIFIED_COLUMNS,
    FULL_COLUMNS,
    age_band,
    audit_action,
    enum_label,
    header,
    record_kind,
)
from familyedu.services.admin.users import check_password_strength
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import age_on

FORMATS = (".xlsx", ".csv")


def _format_of(target: Path) -> tuple[str, str]:
    """(".xlsx" | ".csv", inner file name) from `cases.xlsx` or `cases.xlsx.fex`.

    Raises:
        ValidationError: the name ends in neither .xlsx nor .csv.
    """
    name = target.name[:-len(fex.SUFFIX)] if target.name.endswith(fex.SUFFIX) else target.name
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("target", QT_TRANSLATE_NOOP(
            "Validation", "Export to a file ending in .xlsx or .csv."))
    return suffix, name


def _formula_like(value: Any) -> bool:
    # Text starting like this would run as a formula in the spreadsheet that opens the file.
    return isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r")


def table_bytes(suffix: str, headers: list[str], rows: list[list[Any]], title: str) -> bytes:
    """The rows as an .xlsx workbook or a UTF-8 CSV (with BOM, so Excel reads Chinese)."""
    if suffix == ".csv":
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else "'" + v if _formula_like(v) else v
                             for v in row])
        return ("\ufeff" + text.getvalue()).encode("utf-8")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append(headers)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if _formula_like(value):
                cell.data_type = "s"  # openpyxl would store "=..." as a formula
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# Every combination of the quasi-identifiers in a de-identified export occurs in at least this
# many rows: rarer ones are generalised (months to quarters to years, age bands widened,
# categories withheld) and, if still rarer, left out.
K_ANONYMITY = 5
MAX_SUPPRESSED = 0.10  # generalise further rather than leave out more than this share
WITHHELD = "*"
# Columns of DEIDENTIFIED_COLUMNS that, together, could point at a child.
_GENDER, _AGE, _GUARDIANSHIP, _LIVING, _INVOLVEMENT, _MONTH = 1, 2, 3, 4, 5, 10
QUASI_IDENTIFIERS = (_GENDER, _AGE, _GUARDIANSHIP, _LIVING, _INVOLVEMENT, _MONTH)


def _quarter(month: str) -> str:
    year, _, mm = month.partition("-")
    return f"{year}-Q{(int(mm) - 1) // 3 + 1}" if mm.isdigit() else month


def _wide_band(age: int) -> str:
    return "0–11" if age < 12 else "12–17" if age < 18 else "18+"


_STEPS = 8


def _generalise(row: list[Any], age: int, step: int) -> None:
    """Step 1: months to quarters; 2: to years; 3: wide age bands; 4-8: withhold
    involvement, living arrangement, guardianship, age, gender."""
    if step == 1:
        row[_MONTH] = _quarter(str(row[_MONTH]))
    elif step == 2:
        row[_MONTH] = str(row[_MONTH])[:4]
    elif step == 3:
        row[_AGE] = _wide_band(age) + ("岁" if str(row[_AGE]).endswith("岁") else "")
    else:
        row[(_INVOLVEMENT, _LIVING, _GUARDIANSHIP, _AGE, _GENDER)[step - 4]] = WITHHELD


def k_anonymous(rows: list[list[Any]], ages: list[int], k: int = K_ANONYMITY
                ) -> tuple[list[list[Any]], int]:
    """Generalise step by step until few rows are rarer than `k` on the quasi-identifiers,
    then leave those out. Returns (rows kept, rows left out)."""  # noqa: DOC501 (unreachable)
    def rare(current: list[list[Any]]) -> list[bool]:
        keys = [tuple(str(r[i]) for i in QUASI_IDENTIFIERS) for r in current]
        counts: dict[tuple[str, ...], int] = {}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
        return [counts[key] < k for key in keys]

    allowed = int(len(rows) * MAX_SUPPRESSED)
    for step in range(_STEPS + 1):
        if step:
            for row, age in zip(rows, ages, strict=True):
                _generalise(row, age, step)
        flags = rare(rows)
        if sum(flags) <= allowed or step == _STEPS:
            kept = [r for r, too_rare in zip(rows, flags, strict=True) if not too_rare]
            return kept, len(rows) - len(kept)
    raise AssertionError("unreachable")


class ExportService(Service):
    """Exports of the case list and the audit trail, each audited."""

    def _labels(self, language: str) -> dict[tuple[str, str], str]:
        with self.read() as s:
            return {(c.kind.value, c.code): (c.label_zh if language.startswith("zh")
                                             else c.label_en)
                    for c in s.scalars(select(Category))}

    def cases(self, target: Path, *, deidentified: bool = False, password: str | None = None,
              language: str = "zh_CN") -> ExportResult:
        """Write the case list the actor may see; returns where it went and how many rows.

        Raises:
            PermissionDenied: the user is neither a counselor nor a supervisor.
            ValidationError: the target is not .xlsx or .csv, or a full export has no (or a
                too short) password.
        """
        self.require_role("export_cases", Role.COUNSELOR, Role.SUPERVISOR)
        private_files.refuse_database_files(target, self.ctx.db.sqlite_path)
        suffix, inner = _format_of(target)
        if not deidentified and not password:
            raise ValidationError("password", QT_TRANSLATE_NOOP(
                "Validation", "A full export names children: give it a password."))
        if password:
            check_password_strength(password)
        labels = self._labels(language)
        today = self.ctx.today()
        counselor = aliased(User)
        with self.read() as s:
            stmt = (select(Case, Minor, counselor.display_name)
                    .join(Minor, Minor.id == Case.minor_id)
                    .join(counselor, counselor.id == Case.assigned_counselor_id)
                    .where(self.case_filter()).order_by(Case.case_number))
            found = s.execute(stmt).all()
            guardians = self._primary_guardians(s, [m.id for _, m, _ in found])
            rows: list[list[Any]] = []
            ages: list[int] = []
            omitted = 0
            for case, minor, counselor_name in found:
                if minor.sealed:
                    # Never in an export, not even de-identified: one sealed row among few
                    # is easily recognised by those who know the child.
                    omitted += 1
                elif deidentified:
                    rows.append(self._deidentified(case, minor, labels, language, today))
                    ages.append(age_on(minor.date_of_birth, today))
                else:
                    rows.append(self._full(case, minor, counselor_name,
                                           guardians.get(minor.id), labels, language, today))
        suppressed = 0
        if deidentified:
            rows, suppressed = k_anonymous(rows, ages)
            random.SystemRandom().shuffle(rows)
            codes = self._codes(len(rows))
            for row, code in zip(rows, codes, strict=True):
                row[0] = code
        columns = DEIDENTIFIED_COLUMNS if deidentified else FULL_COLUMNS
        content = table_bytes(suffix, [header(c, language) for c in columns], rows,
                              header("sheet_cases", language))
        return self._write(target, inner, content, password, rows=len(rows),
                           details={"what": "cases", "deidentified": deidentified,
                                    "omitted_sealed": omitted,
                                    **({"k": K_ANONYMITY, "suppressed": suppressed}
                                       if deidentified else {})},
                           omitted=omitted, suppressed=suppressed)

    def audit_log(self, query: AuditQuery, target: Path, *, password: str,
                  language: str = "zh_CN") -> ExportResult:
        """The filtered audit trail; always protected (its details hold case content)."""
        private_files.refuse_database_files(target, self.ctx.db.sqlite_path)
        suffix, inner = _format_of(target)
        entries = AuditService(self.ctx).all_rows(query)
        check_password_strength(password)
        # In words, as the audit viewer shows them, so an auditor reads the same in both.
        rows = [[e.id, e.at, e.username, audit_action(e.action, language),
                 record_kind(e.entity_type, language), e.entity_id, e.case_number, e.details]
                for e in entries]
        content = table_bytes(suffix, [header(c, language) for c in AUDIT_COLUMNS], rows,
                              header("sheet_audit", language))
        return self._write(target, inner, content, password, rows=len(rows),
                           details={"what": "audit", "filters": {
                               "username": query.username, "case_number": query.case_number,
                               "action": query.action, "from": query.date_from,
                               "to": query.date_to}})

    # -- pieces ---------------------------------------------------------------------------

    def _write(self, target: Path, inner: str, content: bytes, password: str | None, *,
               rows: int, details: dict[str, Any], omitted: int = 0,
               suppressed: int = 0) -> ExportResult:
        protected = bool(password)
        path = target
        if protected:
            assert password is not None
            content = fex.protect(content, password, inner)
            if not path.name.endswith(fex.SUFFIX):
                path = path.with_name(path.name + fex.SUFFIX)
        for candidate in (target, path):
            private_files.refuse_database_files(candidate, self.ctx.db.sqlite_path)
        written = False
        try:
            with self.write() as s:
                self.audit(s, Action.EXPORT, entity_type=EntityType.EXPORT, details={
                    **details, "format": Path(inner).suffix.lstrip("."), "rows": rows,
                    "protected": protected, "file": path.name})
                # Inside the unit: a file that cannot be written leaves no audit entry behind.
                crypto.write_atomically(path, content)
                written = True
        except BaseException:
            if written:
                path.unlink(missing_ok=True)
            raise
        return ExportResult(path, rows, protected, omitted, suppressed)

    @staticmethod
    def _codes(count: int) -> list[str]:
        codes: set[str] = set()
        while len(codes) < count:
            codes.add("R-" + secrets.token_hex(4).upper())
        return list(codes)

    @staticmethod
    def _primary_guardians(s: Any, minor_ids: list[int]) -> dict[int, Guardian]:
        out: dict[int, Guardian] = {}
        for start in range(0, len(minor_ids), 500):
            chunk = minor_ids[start:start + 500]
            for g in s.scalars(select(Guardian).where(
                    Guardian.minor_id.in_(chunk), Guardian.removed.is_(False))
                    .order_by(Guardian.is_primary_contact.desc(), Guardian.id)):
                out.setdefault(g.minor_id, g)
        return out

    @staticmethod
    def _category(labels: dict[tuple[str, str], str], kind: CategoryKind, code: str) -> str:
        return labels.get((kind.value, code), code)

    def _full(self, case: Case, minor: Minor, counselor_name: str, guardian: Guardian | None,
              labels: dict[tuple[str, str], str], language: str, today: date) -> list[Any]:
        cat = self._category
        return [
            case.case_number, enum_label(case.status, language), case.opened_on, case.closed_on,
            minor.name, enum_label(minor.gender, language), minor.date_of_birth,
            age_on(minor.date_of_birth, today), minor.resident_id or "", minor.school,
            minor.grade, minor.current_address,
            cat(labels, CategoryKind.GUARDIANSHIP, minor.guardianship),
            cat(labels, CategoryKind.LIVING, minor.living_with),
            cat(labels, CategoryKind.INVOLVEMENT, minor.involvement),
            enum_label(minor.risk_level, language),
            guardian.name if guardian else "",
            cat(labels, CategoryKind.RELATION, guardian.relation) if guardian else "",
            guardian.phone if guardian else "",
            cat(labels, CategoryKind.REFERRAL, case.referral_source), case.referring_authority,
            enum_label(case.order_type, language), case.order_document_number, case.order_due_on,
            case.order_hours_required, round(case.minutes_done / 60, 1),
            case.order_sessions_required, case.sessions_attended, case.sessions_missed,
            counselor_name, case.next_session_due_on,
        ]

    def _deidentified(self, case: Case, minor: Minor, labels: dict[tuple[str, str], str],
                      language: str, today: date) -> list[Any]:
        cat = self._category
        return [
            "",  # the random code, given after shuffling
            enum_label(minor.gender, language),
            age_band(age_on(minor.date_of_birth, today), language),
            cat(labels, CategoryKind.GUARDIANSHIP, minor.guardianship),
            cat(labels, CategoryKind.LIVING, minor.living_with),
            cat(labels, CategoryKind.INVOLVEMENT, minor.involvement),
            enum_label(minor.risk_level, language),
            cat(labels, CategoryKind.REFERRAL, case.referral_source),
            enum_label(case.order_type, language), enum_label(case.status, language),
            case.opened_on.strftime("%Y-%m"), case.order_hours_required,
            round(case.minutes_done / 60, 1), case.sessions_attended, case.sessions_missed,
        ]
