"""Which column holds what: the header row found under a title or two, the usual Chinese
headers recognised, a saved mapping (MAP.json) applied, and category values matched."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from familyedu.errors import ValidationError
from familyedu.models import CategoryKind
from familyedu.services.casework.importing.values import text_of
from familyedu.services.core.dto import CategoryView
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

# Target fields of the register sheet and the headers centers use for them (normalised:
# no spaces or brackets, NFKC). The first alias is the canonical header.
CASE_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "未成年人姓名", "学生姓名", "儿童姓名", "孩子姓名", "未成年人", "name"),
    "gender": ("性别", "gender", "sex"),
    "date_of_birth": ("出生日期", "出生年月日", "出生年月", "生日", "dateofbirth", "birthdate"),
    "resident_id": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码",
                    "未成年人身份证号", "idnumber"),
    "school": ("学校", "就读学校", "所在学校", "school"),
    "grade": ("年级", "班级", "年级班级", "grade"),
    "household_address": ("户籍地址", "户籍所在地", "户籍地", "户口所在地"),
    "current_address": ("家庭住址", "现住址", "现居住地址", "居住地址", "住址", "家庭地址",
                        "address"),
    "guardianship": ("监护状况", "监护情况", "监护类型", "guardianship"),
    "living_with": ("居住情况", "与谁居住", "与谁同住", "共同居住人", "livingwith"),
    "involvement": ("涉案情况", "涉案类型", "涉案身份", "involvement"),
    "risk_level": ("风险等级", "风险程度", "risklevel"),
    "guardian_name": ("监护人", "监护人姓名", "家长姓名", "家长", "guardian"),
    "guardian_relation": ("与未成年人关系", "监护人关系", "与监护人关系", "关系", "亲属关系",
                          "relation"),
    "guardian_phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式",
                       "监护人电话", "监护人联系电话", "phone"),
    "source_case_number": ("案件编号", "原案号", "案号", "编号", "档案号", "casenumber"),
    "opened_on": ("立案日期", "受理日期", "接案日期", "开案日期", "建档日期", "openedon"),
    "referral_source": ("案件来源", "来源", "转介来源", "referralsource"),
    "referring_authority": ("转介单位", "发令机关", "作出机关", "移送单位", "referringauthority"),
    "order_type": ("指导令类型", "令状类型", "文书类型", "ordertype"),
    "order_document_number": ("文书编号", "指导令文号", "文号", "文书号", "令状文号"),
    "order_issued_on": ("发令日期", "签发日期", "作出日期", "下达日期"),
    "order_hours_required": ("要求时长小时", "要求时长", "要求课时", "要求学时", "时长要求",
                             "应完成时长", "hoursrequired"),
    "order_sessions_required": ("要求次数", "应完成次数", "sessionsrequired"),
    "order_due_on": ("完成期限", "截止日期", "期限", "履行期限", "duedate"),
}

SESSION_FIELDS: dict[str, tuple[str, ...]] = {
    "source_case_number": CASE_FIELDS["source_case_number"],
    "resident_id": CASE_FIELDS["resident_id"],
    "held_at": ("日期", "指导日期", "辅导日期", "时间", "指导时间", "date"),
    "duration_minutes": ("时长分钟", "时长", "分钟", "用时", "minutes", "duration"),
    "attendance": ("出席", "出席情况", "是否到场", "到场情况", "attendance"),
    "mode": ("方式", "指导方式", "形式", "mode"),
}

# Register fields that hold a category of the center's lists.
CATEGORY_FIELDS: dict[str, CategoryKind] = {
    "guardianship": CategoryKind.GUARDIANSHIP,
    "living_with": CategoryKind.LIVING,
    "involvement": CategoryKind.INVOLVEMENT,
    "referral_source": CategoryKind.REFERRAL,
    "guardian_relation": CategoryKind.RELATION,
}

_BRACKETS = re.compile(r"[\s()（）\[\]【】<>《》:：*＊]")


def header_key(value: Any) -> str:
    """'要求时长（小时）' and '要求时长(小时) ' both give '要求时长小时'."""
    return _BRACKETS.sub("", unicodedata.normalize("NFKC", text_of(value))).lower()


_ALIASES = {kind: {header_key(a): name for name, aliases in fields.items() for a in aliases}
            for kind, fields in (("case", CASE_FIELDS), ("session", SESSION_FIELDS))}


def field_for(header: Any, kind: str = "case") -> str | None:
    """The field a known header text stands for on a register or session sheet, if any."""
    return _ALIASES[kind].get(header_key(header))


def find_header_row(rows: Sequence[Sequence[Any]], kind: str = "case", scan: int = 15) -> int:
    """Index of the row with most known headers among the first `scan` rows (a title row or
    two usually sits above it); -1 when no row has two."""
    best, best_hits = -1, 1
    for index, row in enumerate(rows[:scan]):
        hits = len({field_for(c, kind) for c in row if field_for(c, kind)})
        if hits > best_hits:
            best, best_hits = index, hits
    return best


@dataclass(frozen=True)
class Mapping:
    """What the user decided: header text -> field (or "" to skip) for the register sheet and,
    apart, for the sheet of past sessions (`session_columns`; an older MAP.json without it
    maps the sessions' headers from `columns`), and raw category values -> codes per field.
    Saved as MAP.json for the command line."""

    columns: dict[str, str] = field(default_factory=dict)
    categories: dict[str, dict[str, str]] = field(default_factory=dict)
    session_columns: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        """The mapping as MAP.json text."""
        data: dict[str, Any] = {"columns": self.columns, "categories": self.categories}
        if self.session_columns:
            data["session_columns"] = self.session_columns
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)

    def columns_for(self, kind: str) -> dict[str, str]:
        """The user's choices for the register sheet ("case") or the sessions sheet. A
        register column left out says nothing of a sessions column of the same header
        (日期, 时长 …); an older MAP.json's session fields under `columns` still count."""
        if kind == "case":
            return self.columns
        older = {h: t for h, t in self.columns.items() if t in SESSION_FIELDS}
        return {**older, **self.session_columns}

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """The mapping read from MAP.json text.

        Raises:
            ValidationError: the text is not a mapping, or names an unknown field.
        """
        try:
            data = json.loads(text)
            columns = {str(k): str(v) for k, v in dict(data.get("columns", {})).items()}
            sessions = {str(k): str(v)
                        for k, v in dict(data.get("session_columns", {})).items()}
            categories = {str(f): {str(k): str(v) for k, v in dict(values).items()}
                          for f, values in dict(data.get("categories", {})).items()}
        except (ValueError, TypeError, AttributeError):
            raise ValidationError("mapping", QT_TRANSLATE_NOOP(
                "Validation", "The mapping file is not a valid MAP.json.")) from None
        for chosen, known in ((columns, set(CASE_FIELDS) | set(SESSION_FIELDS) | {""}),
                              (sessions, set(SESSION_FIELDS) | {""})):
            for header, target in chosen.items():
                if target not in known:
                    raise ValidationError("mapping", QT_TRANSLATE_NOOP(
                        "Validation", "The mapping names an unknown field {field} for column "
                        "{column}."), field=target, column=header)
        return cls(columns, categories, sessions)

    @classmethod
    def load(cls, path: Path) -> Mapping:
        """The mapping read from a MAP.json file.

        Raises:
            ValidationError: the file cannot be read, or is not a valid mapping.
        """
        try:
            return cls.from_json(path.read_text(encoding="utf-8-sig"))
        except OSError:
            raise ValidationError("mapping", QT_TRANSLATE_NOOP(
                "Validation", "The mapping file cannot be read.")) from None


def map_columns(headers: Sequence[Any], mapping: Mapping, kind: str = "case") -> list[str | None]:
    """The field of each column: the user's mapping first, then the known headers; a field
    is taken by its first column only."""
    out: list[str | None] = []
    taken: set[str] = set()
    chosen = mapping.columns_for(kind)
    for header in headers:
        text = text_of(header)
        target = chosen.get(text) if text in chosen else field_for(header, kind)
        fields = CASE_FIELDS if kind == "case" else SESSION_FIELDS
        if target and target in fields and target not in taken:
            taken.add(target)
            out.append(target)
        else:
            out.append(None)
    return out


class CategoryMatcher:
    """A raw value ('留守', '人民检察院', 'court') -> the code of an entry of the center's list."""

    def __init__(self, entries: dict[CategoryKind, list[CategoryView]], mapping: Mapping) -> None:
        self.mapping = mapping
        self.exact: dict[CategoryKind, dict[str, str]] = {}
        self.labels: dict[CategoryKind, list[tuple[str, str]]] = {}
        for kind, items in entries.items():
            exact: dict[str, str] = {}
            for item in items:
                for key in (item.code, item.label_zh, item.label_en):
                    exact[header_key(key)] = item.code
                # "父母双方外出务工/留守" is also met as "留守" or "父母双方外出务工".
                for part in re.split(r"[/、，,；;]", item.label_zh):
                    exact.setdefault(header_key(part), item.code)
            self.exact[kind] = exact
            self.labels[kind] = [(header_key(i.label_zh), i.code) for i in items]

    def code(self, field_name: str, raw: str) -> str | None:
        """The code for a raw value: the user's choice, an exact label, else one close match."""
        kind = CATEGORY_FIELDS[field_name]
        chosen = self.mapping.categories.get(field_name, {}).get(raw)
        if chosen:
            return chosen
        key = header_key(raw)
        if key in self.exact.get(kind, {}):
            return self.exact[kind][key]
        # A label typed with a little more or less ("父亲（爸爸）", "检察院"): one entry only.
        hits = {code for label, code in self.labels.get(kind, ())
                if len(key) >= 2 and (key in label or label in key)}
        return hits.pop() if len(hits) == 1 else None
