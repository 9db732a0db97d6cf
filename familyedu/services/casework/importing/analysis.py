"""The dry run: every row of the register checked like a form, classed new / duplicate /
error, with the column and the reason; nothing is written."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familyedu.errors import FieldError, ValidationError
from familyedu.models import (
    Attendance,
    Case,
    Category,
    CategoryKind,
    Gender,
    Minor,
    OrderType,
    RiskLevel,
    SessionMode,
)
from familyedu.services.casework.dto import CaseInput, GuardianInput, MinorInput
from familyedu.services.casework.importing.columns import (
    CATEGORY_FIELDS,
    CategoryMatcher,
    Mapping,
    find_header_row,
    header_key,
    map_columns,
)
from familyedu.services.casework.importing.dto import (
    DUPLICATE,
    ERROR,
    HIDDEN_CASE,
    NEW,
    ColumnInfo,
    ImportPreview,
    RowReport,
)
from familyedu.services.casework.importing.reader import Sheet
from familyedu.services.casework.importing.values import (
    compact,
    name_of,
    parse_date,
    parse_datetime,
    parse_number,
    plain_text,
    text_of,
)
from familyedu.services.casework.minors import clean_guardian, clean_minor
from familyedu.services.core.dto import CategoryView
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import Errors, check_resident_id, resident_id_birth_date

_GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "male": Gender.MALE, "female": Gender.FEMALE,
            "m": Gender.MALE, "f": Gender.FEMALE, "男性": Gender.MALE, "女性": Gender.FEMALE}
_RISKS = {"低": RiskLevel.LOW, "中": RiskLevel.MEDIUM, "高": RiskLevel.HIGH,
          "低风险": RiskLevel.LOW, "中风险": RiskLevel.MEDIUM, "高风险": RiskLevel.HIGH,
          "一般": RiskLevel.LOW, "较高": RiskLevel.MEDIUM, **{r.value: r for r in RiskLevel}}
_ORDERS = {"家庭教育指导令": OrderType.GUIDANCE_ORDER, "指导令": OrderType.GUIDANCE_ORDER,
           "督促监护令": OrderType.SUPERVISION_ORDER, "监护令": OrderType.SUPERVISION_ORDER,
           "无": OrderType.NONE, "其他": OrderType.OTHER, **{o.value: o for o in OrderType}}
T = TypeVar("T")

_ATTENDANCE = {"出席": Attendance.ATTENDED, "到场": Attendance.ATTENDED, "是": Attendance.ATTENDED,
               "已参加": Attendance.ATTENDED, "参加": Attendance.ATTENDED,
               "缺席": Attendance.NO_SHOW, "未到": Attendance.NO_SHOW, "否": Attendance.NO_SHOW,
               "爽约": Attendance.NO_SHOW, "未参加": Attendance.NO_SHOW,
               "取消": Attendance.CANCELLED, "改期": Attendance.RESCHEDULED,
               **{a.value: a for a in Attendance}}
_MODES = {"中心面谈": SessionMode.CENTER, "面谈": SessionMode.CENTER, "中心": SessionMode.CENTER,
          "来访": SessionMode.CENTER, "家访": SessionMode.HOME_VISIT,
          "入户": SessionMode.HOME_VISIT,
          "校访": SessionMode.SCHOOL_VISIT, "电话": SessionMode.PHONE, "视频": SessionMode.VIDEO,
          "线上": SessionMode.VIDEO, "家长课堂": SessionMode.PARENTING_CLASS,
          **{m.value: m for m in SessionMode}}
# Used when the register has no such column (or the cell is empty).
DEFAULTS = {"guardianship": "other", "living_with": "other", "involvement": "none",
            "referral_source": "other", "guardian_relation": "other"}


@dataclass
class PreparedCase:
    """One row's checked fields, ready to insert, with its past sessions."""

    row: int
    minor: dict[str, Any]
    guardian: dict[str, Any] | None
    case: dict[str, Any]
    source_case_number: str
    sessions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Analysis:
    """The preview shown to the user and the cases an import would insert."""

    preview: ImportPreview
    prepared: list[PreparedCase]


def category_entries(s: Session) -> dict[CategoryKind, list[CategoryView]]:
    out: dict[CategoryKind, list[CategoryView]] = {k: [] for k in CategoryKind}
    for c in s.scalars(select(Category).order_by(Category.sort_order, Category.id)):
        out[c.kind].append(CategoryView(c.kind.value, c.code, c.label_zh, c.label_en, c.active))
    return out


class _Known:
    """The center's minors, by ID number and by name + birth date, with a case number."""

    def __init__(self, s: Session, center_id: int) -> None:
        latest = (select(Case.minor_id, func.max(Case.id).label("case_id"))
                  .where(Case.center_id == center_id).group_by(Case.minor_id).subquery())
        rows = s.execute(
            select(Minor.resident_id, Minor.name, Minor.date_of_birth, Case.case_number,
                   Minor.id)
            .join(latest, latest.c.minor_id == Minor.id)
            .join(Case, Case.id == latest.c.case_id)
            .where(Minor.center_id == center_id))
        # (case number, minor id): the number is shown only to whoever may read the minor.
        self.by_id: dict[str, tuple[str, int]] = {}
        self.by_name: dict[tuple[str, date], tuple[str, int]] = {}
        for resident_id, name, dob, number, minor_id in rows:
            if resident_id:
                self.by_id[resident_id] = (number, minor_id)
            self.by_name[(name, dob)] = (number, minor_id)


# A line under the register that is not a child: 合计 8人, 填表人：王老师, 审核人 …
_FOOTER = re.compile(r"^(合计|总计|小计|共计|填表人|制表人|审核人|负责人)")


def _is_footer(row: Sequence[Any], values: dict[str, Any]) -> bool:
    first = next((compact(c) for c in row if text_of(c)), "")
    if not _FOOTER.match(first) or text_of(values.get("resident_id")):
        return False
    try:  # a child's row has a birth date; a signature line does not
        return parse_date("date_of_birth", values.get("date_of_birth")) is None
    except ValidationError:
        return True


def _cell(row: Sequence[Any], index: int | None) -> Any:
    if index is None or index >= len(row):
        return None
    return row[index]


def analyse(s: Session, sheets: list[Sheet], mapping: Mapping, *, center_id: int,
            today: date, now: datetime, clean_case: Any, file_name: str,
            sha256: str, may_read: Callable[[Session, int], bool]) -> Analysis:
    """Check every row; `clean_case(s, CaseInput)` is the case service's own check;
    `may_read(s, minor_id)` says whether a duplicate's case number may be shown."""
    main_sheet, header_index = _main_sheet(sheets)
    if main_sheet is None:
        empty = ImportPreview(file_name, sha256, "", 0, (), (), "", (), (), {})
        return Analysis(empty, [])
    headers = list(main_sheet.rows[header_index])
    fields = map_columns(headers, mapping)
    columns = _column_infos(main_sheet, header_index, fields)
    where = {f: i for i, f in enumerate(fields) if f}
    header_of = {f: text_of(headers[i]) for f, i in where.items()}
    matcher = CategoryMatcher(category_entries(s), mapping)
    known = _Known(s, center_id)
    unknown: dict[str, set[str]] = {}
    seen_id: dict[str, int] = {}
    seen_name: dict[tuple[str, date], int] = {}
    reports: list[RowReport] = []
    prepared: list[PreparedCase] = []
    by_key: dict[str, tuple[str, PreparedCase | None]] = {}  # case no. / ID -> status, case
    for offset, row in enumerate(main_sheet.rows[header_index + 1:]):
        number = header_index + offset + 2
        if not any(text_of(_cell(row, i)) for i in where.values()):
            continue
        values = {f: _cell(row, i) for f, i in where.items()}
        if _is_footer(row, values):
            continue
        problems: list[FieldError] = []
        minor, guardian, case = _inputs(values, matcher, unknown, problems, today)
        errors = Errors()
        clean_m = errors.check(clean_minor, s, minor, today) if minor else None
        clean_g = (errors.check(clean_guardian, s, guardian, "guardian_")
                   if guardian else None)
        clean_c = errors.check(clean_case, s, case) if case else None
        failed = {p.field for p in problems}
        problems += [e for e in errors.items if e.field not in failed]
        name = name_of(values.get("name"))
        source_number = text_of(values.get("source_case_number"))
        resident = (clean_m or {}).get("resident_id") or ""
        if problems or clean_m is None or clean_c is None:
            report = RowReport(main_sheet.name, number, ERROR, name, "",
                               tuple((header_of.get(_column_field(p.field), ""), p)
                                     for p in problems))
            reports.append(report)
            for key in (source_number, resident):
                if key:
                    by_key.setdefault(key, (ERROR, None))
            continue
        key_name = (clean_m["name"], clean_m["date_of_birth"])
        duplicate_of = ""
        existing = (known.by_id.get(resident) if resident else None) \
            or known.by_name.get(key_name)
        if existing is not None:
            case_number, minor_id = existing
            # Another caseload's (or a sealed) child is not named: only that it exists.
            duplicate_of = case_number if may_read(s, minor_id) else HIDDEN_CASE
        elif resident and resident in seen_id:
            duplicate_of = f"row {seen_id[resident]}"
        elif key_name in seen_name:
            duplicate_of = f"row {seen_name[key_name]}"
        if duplicate_of:
            reports.append(RowReport(main_sheet.name, number, DUPLICATE, name, duplicate_of))
            for key in (source_number, resident):
                if key:
                    by_key.setdefault(key, (DUPLICATE, None))
            continue
        if resident:
            seen_id[resident] = number
        seen_name[key_name] = number
        item = PreparedCase(number, clean_m, clean_g, clean_c, source_number)
        prepared.append(item)
        reports.append(RowReport(main_sheet.name, number, NEW, name))
        for key in (source_number, resident):
            if key:
                by_key[key] = (NEW, item)
    session_sheet, session_columns, sessions = _sessions(sheets, main_sheet, mapping, by_key,
                                                         now)
    preview = ImportPreview(
        file_name, sha256, main_sheet.name, header_index + 1, columns, tuple(reports),
        session_sheet, session_columns, tuple(sessions),
        {f: tuple(sorted(v)) for f, v in sorted(unknown.items())})
    return Analysis(preview, prepared)


def _column_infos(sheet: Sheet, header_index: int, fields: list[str | None]
                  ) -> tuple[ColumnInfo, ...]:
    headers = sheet.rows[header_index]
    below = sheet.rows[header_index + 1:header_index + 21]
    return tuple(
        ColumnInfo(i, text_of(h), f, next((text_of(_cell(r, i)) for r in below
                                           if text_of(_cell(r, i))), ""))
        for i, (h, f) in enumerate(zip(headers, fields, strict=True)))


def _main_sheet(sheets: list[Sheet]) -> tuple[Sheet | None, int]:
    for sheet in sheets:
        index = find_header_row(sheet.rows)
        if index >= 0:
            return sheet, index
    return None, -1


def _column_field(error_field: str) -> str:
    """The register column a service field error belongs to."""
    if error_field == "guardian_address":
        return "current_address"
    return error_field


def _inputs(values: dict[str, Any], matcher: CategoryMatcher, unknown: dict[str, set[str]],
            problems: list[FieldError], today: date
            ) -> tuple[MinorInput | None, GuardianInput | None, CaseInput | None]:
    def add(field_name: str, message: str, **params: Any) -> None:
        problems.append(FieldError(field_name, message, params))

    def day(field_name: str) -> date | None:
        try:
            return parse_date(field_name, values.get(field_name))
        except ValidationError as exc:
            problems.extend(exc.errors)
            return None

    def number(field_name: str) -> float | None:
        try:
            return parse_number(field_name, values.get(field_name))
        except ValidationError as exc:
            problems.extend(exc.errors)
            return None

    def category(field_name: str) -> str:
        raw = text_of(values.get(field_name))
        if not raw:
            return DEFAULTS[field_name]
        code = matcher.code(field_name, raw)
        if code is None:
            unknown.setdefault(field_name, set()).add(raw)
            add(field_name, QT_TRANSLATE_NOOP(
                "Validation", "\u201c{value}\u201d is not in the list: map it to an entry or "
                "add it."), value=raw)
            return DEFAULTS[field_name]
        return code

    def choice(field_name: str, table: dict[str, Any], default: Any) -> Any:
        raw = text_of(values.get(field_name))
        if not raw:
            return default
        found = table.get(header_key(raw)) or table.get(raw)
        if found is None:
            add(field_name, QT_TRANSLATE_NOOP(
                "Validation", "\u201c{value}\u201d is not one of the listed values."), value=raw)
            return default
        return found

    resident_raw = compact(values.get("resident_id"))
    id_birth: date | None = None
    id_gender: Gender | None = None
    if resident_raw:
        try:
            checked = check_resident_id(resident_raw)
            id_birth = resident_id_birth_date(checked)
            id_gender = Gender.MALE if int(checked[16]) % 2 == 1 else Gender.FEMALE
        except ValidationError:
            pass  # clean_minor names the problem
    dob = day("date_of_birth") or (id_birth if "date_of_birth" not in problems_fields(problems)
                                   else None)
    gender = choice("gender", _GENDERS, id_gender)
    if gender is None:
        add("gender", QT_TRANSLATE_NOOP("Validation", "This field is required."))
        gender = Gender.MALE
    minor = MinorInput(
        name=name_of(values.get("name")), gender=gender, date_of_birth=dob,
        guardianship=category("guardianship"), living_with=category("living_with"),
        involvement=category("involvement"),
        risk_level=choice("risk_level", _RISKS, RiskLevel.LOW), resident_id=resident_raw or None,
        school=plain_text(values.get("school")), grade=plain_text(values.get("grade")),
        household_address=plain_text(values.get("household_address")),
        current_address=plain_text(values.get("current_address")))
    guardian_name = name_of(values.get("guardian_name"))
    phone = text_of(values.get("guardian_phone"))
    guardian = None
    if guardian_name or phone:
        guardian = GuardianInput(
            name=guardian_name, relation=category("guardian_relation"), phone=phone,
            address=plain_text(values.get("current_address")), is_primary_contact=True,
            is_order_subject=True)
    hours = number("order_hours_required")
    sessions = number("order_sessions_required")
    due = day("order_due_on")
    referral = category("referral_source")
    inferred = OrderType.NONE
    if hours or sessions or due:
        inferred = {"procuratorate": OrderType.SUPERVISION_ORDER,
                    "court": OrderType.GUIDANCE_ORDER}.get(referral, OrderType.OTHER)
    opened = day("opened_on") if values.get("opened_on") not in (None, "") else today
    case = CaseInput(
        referral_source=referral, opened_on=opened,
        order_type=choice("order_type", _ORDERS, inferred),
        referring_authority=plain_text(values.get("referring_authority")),
        order_document_number=plain_text(values.get("order_document_number")),
        order_issued_on=day("order_issued_on"), order_hours_required=hours,
        order_sessions_required=int(sessions) if sessions is not None else None,
        order_due_on=due)
    return minor, guardian, case


def problems_fields(problems: list[FieldError]) -> set[str]:
    return {p.field for p in problems}


def _sessions(sheets: list[Sheet], main: Sheet, mapping: Mapping,
              by_key: dict[str, tuple[str, PreparedCase | None]], now: datetime
              ) -> tuple[str, tuple[ColumnInfo, ...], list[RowReport]]:
    """The optional sheet of past sessions, each tied to a case of the register. A sheet
    that looks like one but lacks the date or the case's key is still named, with its
    columns and no rows, so the user can map what is missing."""
    partial: tuple[str, tuple[ColumnInfo, ...], list[RowReport]] = ("", (), [])
    for sheet in sheets:
        if sheet is main:
            continue
        index = find_header_row(sheet.rows, "session")
        if index < 0:
            continue
        headers = list(sheet.rows[index])
        fields = map_columns(headers, mapping, "session")
        columns = _column_infos(sheet, index, fields)
        if "held_at" not in fields or not ({"source_case_number", "resident_id"} & set(fields)):
            if not partial[0]:
                partial = (sheet.name, columns, [])
            continue
        where = {f: i for i, f in enumerate(fields) if f}
        header_of = {f: text_of(headers[i]) for f, i in where.items()}
        reports = []
        for offset, row in enumerate(sheet.rows[index + 1:]):
            number = index + offset + 2
            values = {f: _cell(row, i) for f, i in where.items()}
            if not any(text_of(v) for v in values.values()):
                continue
            reports.append(_session_row(sheet.name, number, values, by_key, header_of, now))
        return sheet.name, columns, reports
    return partial


def _listed(values: dict[str, Any], field: str, table: dict[str, T], default: T,
            problems: list[FieldError]) -> T:
    """A cell naming one of a list's values (`table`, by lower-case text); empty gives the
    default, anything else a problem naming the field and the default."""
    raw = text_of(values.get(field))
    if not raw:
        return default
    found = table.get(raw.lower())
    if found is None:
        problems.append(FieldError(field, QT_TRANSLATE_NOOP(
            "Validation", "\u201c{value}\u201d is not one of the listed values."),
            {"value": raw}))
        return default
    return found


def _session_row(sheet: str, number: int, values: dict[str, Any],
                 by_key: dict[str, tuple[str, PreparedCase | None]],
                 header_of: dict[str, str], now: datetime) -> RowReport:
    problems: list[FieldError] = []
    key = text_of(values.get("source_case_number"))
    resident = compact(values.get("resident_id")).upper()
    status, case = by_key.get(key, ("", None)) if key else ("", None)
    if not status and resident:
        status, case = by_key.get(resident, ("", None))
    label = key or resident
    if not status:
        problems.append(FieldError("source_case_number" if key else "resident_id",
                                   QT_TRANSLATE_NOOP("Validation",
                                                     "No case of the register has this number "
                                                     "or ID number.")))
    elif status != NEW:
        # Its case is a duplicate (its sessions are the known child's, not added twice) or
        # has an error (not imported, so neither are its sessions).
        return RowReport(sheet, number, status, label, "", (("", FieldError(
            "case", QT_TRANSLATE_NOOP("Validation", "Its case is not imported."))),)
            if status == ERROR else ())
    held_at = None
    try:
        held_at = parse_datetime("held_at", values.get("held_at"))
        if held_at is None:
            problems.append(FieldError("held_at", QT_TRANSLATE_NOOP(
                "Validation", "This field is required.")))
    except ValidationError as exc:
        problems.extend(exc.errors)
    attendance = _listed(values, "attendance", _ATTENDANCE, Attendance.ATTENDED, problems)
    mode = _listed(values, "mode", _MODES, SessionMode.CENTER, problems)
    minutes = 0
    try:
        value = parse_number("duration_minutes", values.get("duration_minutes"))
        minutes = round(value) if value is not None else 0
        if not 0 <= minutes <= 1440:
            problems.append(FieldError("duration_minutes", QT_TRANSLATE_NOOP(
                "Validation", "Must be between {low} and {high}."), {"low": 0, "high": 1440}))
    except ValidationError as exc:
        problems.extend(exc.errors)
    if attendance is Attendance.ATTENDED and minutes == 0 and not any(
            p.field == "duration_minutes" for p in problems):
        problems.append(FieldError("duration_minutes", QT_TRANSLATE_NOOP(
            "Validation", "An attended session needs its duration.")))
    if held_at is not None and case is not None:
        if held_at.date() < case.case["opened_on"]:
            problems.append(FieldError("held_at", QT_TRANSLATE_NOOP(
                "Validation", "A session cannot be before the case was opened ({date})."),
                {"date": case.case["opened_on"].isoformat()}))
        elif held_at > now:
            problems.append(FieldError("held_at", QT_TRANSLATE_NOOP(
                "Validation", "This date is in the future.")))
    if problems or case is None or held_at is None:
        return RowReport(sheet, number, ERROR, label, "",
                         tuple((header_of.get(p.field, ""), p) for p in problems))
    if held_at.time() == time():
        held_at = held_at.replace(hour=9)  # a day without a time: a morning session
    case.sessions.append({"held_at": held_at, "duration_minutes":
                          minutes if attendance is Attendance.ATTENDED else 0,
                          "mode": mode, "attendance": attendance})
    return RowReport(sheet, number, NEW, label)


__all__ = ["CATEGORY_FIELDS", "Analysis", "PreparedCase", "analyse"]
