"""Fixed words of the documents that leave the program, per document language.

Letters and exported files (session modes, attendance, order types, gender, case status, the
exports' column headings…) take them from resources/letters/<language>/labels.toml, the one
source of these words: a document leaves the program, so its words follow the document's
language, not the interface's (whose words are in the Qt translations), and the services stay
free of Qt. The audit trail's actions and record kinds are here too, because an exported
trail and the screens (ui/labels.action, entity_type) must say the same words (issue #15).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from familyedu.models.enums import (
    Attendance,
    CaseStatus,
    ClosureOutcome,
    Gender,
    OrderType,
    RiskLevel,
    SessionMode,
)
from familyedu.resources import resource_path
from familyedu.services.core.audit import Action, EntityType

LANGUAGES = ("zh_CN", "en")
_TEXTS = ("draft_reference", "guardian_recipient", "phone_line", "labelled", "age_band")
_SECTIONS: dict[str, type[StrEnum]] = {
    "session_mode": SessionMode,
    "attendance": Attendance,
    "order_type": OrderType,
    "closure_outcome": ClosureOutcome,
    "gender": Gender,
    "risk_level": RiskLevel,
    "case_status": CaseStatus,
    "audit_action": Action,
    "record_kind": EntityType,
}


def _render(template: str, values: dict[str, str]) -> str:
    # Imported here: familyedu.reports loads reportlab (0.2 s), and the screens read the audit
    # labels from this module long before the first letter needs a placeholder filled.
    from familyedu.reports import render

    return render(template, values)


@dataclass(frozen=True)
class LetterLabels:
    """The labels of one language; every enum value is present (checked on loading)."""

    language: str
    texts: Mapping[str, str]
    enums: Mapping[str, Mapping[str, str]]
    columns: Mapping[str, str]

    def enum(self, value: StrEnum) -> str:
        """An enum value's label in this language.

        Raises:
            TypeError: the enum has no section in the labels.
        """
        for section, enum_type in _SECTIONS.items():
            if isinstance(value, enum_type):
                return self.enums[section][value.value]
        raise TypeError(f"no letter label for {type(value).__name__}")

    def audit_action(self, code: str) -> str:
        """An audit action code in words; a code this version does not know (a newer
        database's) as it is."""
        return self.enums["audit_action"].get(code, code)

    def record_kind(self, code: str) -> str:
        """The kind of record an audit entry is about, in words; '' (no record) stays '', and
        a kind this version does not know (a newer database's) is returned as it is."""
        return self.enums["record_kind"].get(code, code)

    @property
    def draft_reference(self) -> str:
        """The reference a preview prints instead of a register number."""
        return self.texts["draft_reference"]

    def guardian_recipient(self, names: str, minor: str = "") -> str:
        """How a letter addresses the guardians (named, or as the child's parents)."""
        # Chinese letters address the family as the child's parents (张小明家长): "张建国家长"
        # would read as the parents of 张建国.
        return _render(self.texts["guardian_recipient"], {"names": names, "minor": minor})

    def phone_line(self, phone: str) -> str:
        """The letterhead's phone line; empty without a phone number."""
        return _render(self.texts["phone_line"], {"phone": phone}) if phone.strip() else ""

    def column(self, key: str) -> str:
        """An exported file's column heading or sheet name.

        Raises:
            KeyError: the labels have no heading of that key.
        """
        return self.columns[key]

    def age_band(self, band: str) -> str:
        """An age band ("6–11") as a de-identified export writes it."""
        return _render(self.texts["age_band"], {"band": band})

    def labelled(self, label: str, text: str) -> str:
        """A text after its label ("label: text" in the language's punctuation)."""
        return _render(self.texts["labelled"], {"label": label, "text": text})


def parse_labels(text: str, language: str) -> LetterLabels:
    """Read and check a labels file: every text and every enum value must be there.

    Raises:
        ValueError: the file is of another language, or lacks a text or an enum value.
    """
    raw = tomllib.loads(text)
    if raw.get("language") != language:
        raise ValueError(f"labels.toml declares {raw.get('language')!r}, expected {language!r}")
    texts: dict[str, str] = {}
    for key in _TEXTS:
        value = raw.get(key)
        if not isinstance(value, str):
            raise ValueError(f"labels.toml ({language}): {key!r} must be a text")
        texts[key] = value
    enums: dict[str, dict[str, str]] = {}
    for section, enum_type in _SECTIONS.items():
        table = raw.get(section)
        if not isinstance(table, dict):
            raise ValueError(f"labels.toml ({language}): section [{section}] is missing")
        missing = [m.value for m in enum_type if not isinstance(table.get(m.value), str)]
        if missing:
            raise ValueError(f"labels.toml ({language}) [{section}] lacks {missing}")
        enums[section] = {m.value: table[m.value] for m in enum_type}
    # Which headings an export needs is the export's business (services/admin/export_labels;
    # tests/unit/services/test_document_labels.py checks the shipped files have them all).
    columns = raw.get("columns")
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise ValueError(f"labels.toml ({language}): section [columns] must hold texts")
    return LetterLabels(language, texts, enums, dict(columns))


@cache
def letter_labels(language: str) -> LetterLabels:
    """The shipped labels of 'zh_CN' or 'en'.

    Raises:
        ValueError: no labels ship for `language`, or the shipped file is incomplete.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no letter labels for {language!r}")
    path = resource_path("letters", language, "labels.toml")
    return parse_labels(path.read_text(encoding="utf-8"), language)
