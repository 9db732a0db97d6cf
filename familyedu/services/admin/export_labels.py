"""Which columns exported files hold, and their headings and values in Chinese or English.

An export is a document that leaves the program, like a letter: its words come from the
documents' labels (resources/letters/<language>/labels.toml, services/letters/labels.py)
rather than the Qt translations, so the command line writes the same file as the app and an
order type reads the same in a letter and in the register.
"""

from __future__ import annotations

from enum import StrEnum

from familyedu.services.letters.labels import LetterLabels, letter_labels

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

# 12, 14 and 16 are the ages at which criminal responsibility changes in Chinese law.
_BANDS = [(0, 5), (6, 11), (12, 13), (14, 15), (16, 17)]


def _labels(language: str) -> LetterLabels:
    return letter_labels("zh_CN" if language.startswith("zh") else "en")


def header(key: str, language: str) -> str:
    """A column header (or sheet name) of the exports in the language."""
    return _labels(language).column(key)


def enum_label(value: StrEnum, language: str) -> str:
    """An enum value's label in the language (its raw value if there is none).

    Letters use the labels inside sentences ("the family education guidance order"); a cell
    stands alone, so an English label starts with a capital there.
    """
    try:
        text = _labels(language).enum(value)
    except TypeError:
        return str(value.value)
    return text[:1].upper() + text[1:]


def audit_action(code: str, language: str) -> str:
    """An audit action in words, as the audit viewer shows it; an unknown code as it is."""
    return _labels(language).audit_action(code)


def record_kind(code: str, language: str) -> str:
    """The kind of record an audit entry is about, in words; an unknown kind as it is."""
    return _labels(language).record_kind(code)


def age_band(age: int, language: str) -> str:
    """The age band a de-identified export shows instead of the birth date."""
    for low, high in _BANDS:
        if low <= age <= high:
            return _labels(language).age_band(f"{low}–{high}")
    return _labels(language).age_band("18+")
