"""Column headings and value wording of exported files, in Chinese and English.

An export is a document that leaves the program (like a letter), so its wording lives here
rather than in the Qt translations, and the command line writes the same file as the app.
"""

from __future__ import annotations

from enum import Enum

from familyedu.models import CaseStatus, Gender, OrderType, RiskLevel

FULL_COLUMNS = [
    "case_number", "status", "opened_on", "closed_on", "minor_name", "gender",
    "date_of_birth", "age", "resident_id", "school", "grade", "current_address",
    "guardianship", "living_with", "involvement", "risk_level", "guardian_name",
    "guardian_relation", "guardian_phone", "referral_source", "referring_authority",
    "order_type", "order_document_number", "order_due_on", "hours_required", "hours_done",
    "sessions_required", "sessions_attended", "sessions_missed", "counselor",
    "next_session_due",
]
DEIDENTIFIED_COLUMNS = [
    "code", "gender", "age_band", "guardianship", "living_with", "involvement", "risk_level",
    "referral_source", "order_type", "status", "opened_month", "hours_required",
    "hours_done", "sessions_attended", "sessions_missed",
]
AUDIT_COLUMNS = ["entry", "at", "username", "action", "entity_type", "entity_id",
                 "case_number", "details"]

_HEADERS: dict[str, tuple[str, str]] = {
    "case_number": ("案件编号", "Case number"), "status": ("状态", "Status"),
    "opened_on": ("立案日期", "Opened"), "closed_on": ("结案日期", "Closed"),
    "minor_name": ("未成年人姓名", "Minor"), "gender": ("性别", "Gender"),
    "date_of_birth": ("出生日期", "Date of birth"), "age": ("年龄", "Age"),
    "resident_id": ("身份证号", "ID number"), "school": ("学校", "School"),
    "grade": ("年级", "Grade"), "current_address": ("现住址", "Current address"),
    "guardianship": ("监护状况", "Guardianship"), "living_with": ("共同生活人", "Living with"),
    "involvement": ("涉案情况", "Involvement"), "risk_level": ("风险等级", "Risk"),
    "guardian_name": ("主要联系监护人", "Primary guardian"),
    "guardian_relation": ("关系", "Relation"), "guardian_phone": ("联系电话", "Phone"),
    "referral_source": ("案件来源", "Referral source"),
    "referring_authority": ("移送机关", "Referring authority"),
    "order_type": ("指导令类型", "Order"), "order_document_number": ("文书编号", "Order number"),
    "order_due_on": ("履行期限", "Order due"), "hours_required": ("应完成时长(小时)",
                                                                 "Hours required"),
    "hours_done": ("已完成时长(小时)", "Hours done"),
    "sessions_required": ("应完成次数", "Sessions required"),
    "sessions_attended": ("已参加次数", "Sessions attended"),
    "sessions_missed": ("缺席次数", "Sessions missed"), "counselor": ("指导师", "Counselor"),
    "next_session_due": ("下次指导应于", "Next session due"),
    "code": ("随机编码", "Code"), "age_band": ("年龄段", "Age band"),
    "opened_month": ("立案月份", "Opened (month)"),
    "entry": ("序号", "Entry"), "at": ("时间", "Time"), "username": ("用户", "User"),
    "action": ("操作", "Action"), "entity_type": ("对象", "Record type"),
    "entity_id": ("对象编号", "Record id"), "details": ("详情", "Details"),
    "sheet_cases": ("案件", "Cases"), "sheet_audit": ("审计日志", "Audit trail"),
}

_ENUMS: dict[type[Enum], dict[str, tuple[str, str]]] = {
    Gender: {"male": ("男", "Male"), "female": ("女", "Female")},
    RiskLevel: {"low": ("低", "Low"), "medium": ("中", "Medium"), "high": ("高", "High")},
    CaseStatus: {"open": ("进行中", "Open"), "closed": ("已结案", "Closed")},
    OrderType: {"none": ("无", "No order"),
                "guidance_order": ("家庭教育指导令", "Family education guidance order"),
                "supervision_order": ("督促监护令", "Guardianship supervision order"),
                "other": ("其他", "Other order")},
}

# 12, 14 and 16 are the ages at which criminal responsibility changes in Chinese law.
_BANDS = [(0, 5), (6, 11), (12, 13), (14, 15), (16, 17)]


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language.startswith("zh") else pair[1]


def header(key: str, language: str) -> str:
    """A column header (or sheet name) of the exports in the language."""
    return _pick(_HEADERS[key], language)


def enum_label(value: Enum, language: str) -> str:
    """An enum value's label in the language (its raw value if there is none)."""
    pair = _ENUMS.get(type(value), {}).get(str(value.value))
    return _pick(pair, language) if pair else str(value.value)


def age_band(age: int, language: str) -> str:
    """The age band a de-identified export shows instead of the birth date."""
    for low, high in _BANDS:
        if low <= age <= high:
            return f"{low}–{high}" + ("岁" if language.startswith("zh") else "")
    return "18+" + ("岁" if language.startswith("zh") else "")
