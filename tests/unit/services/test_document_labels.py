"""Letters and exports take their words from one labels file per language (issue #15)."""

from __future__ import annotations

import pytest

from familyedu.models.enums import CaseStatus, Gender, OrderType, RiskLevel
from familyedu.resources import resource_path
from familyedu.services.admin.export_labels import (
    AUDIT_COLUMNS,
    DEIDENTIFIED_COLUMNS,
    FULL_COLUMNS,
    age_band,
    enum_label,
    header,
)
from familyedu.services.letters.labels import LANGUAGES, letter_labels, parse_labels


@pytest.mark.parametrize("language", LANGUAGES)
def test_exports_and_letters_say_the_same_words(language: str) -> None:
    labels = letter_labels(language)
    for value in (*OrderType, *Gender, *RiskLevel, *CaseStatus):
        word = labels.enum(value)
        assert enum_label(value, language) == word[:1].upper() + word[1:]
    for key in (*FULL_COLUMNS, *DEIDENTIFIED_COLUMNS, *AUDIT_COLUMNS, "sheet_cases",
                "sheet_audit"):
        assert header(key, language) == labels.column(key)
    assert enum_label(OrderType.OTHER, language) in ("其他指导文书", "Order")
    assert enum_label(OrderType.GUIDANCE_ORDER, "en") == "Family education guidance order"


def test_the_export_language_follows_any_chinese_locale() -> None:
    assert header("case_number", "zh_TW") == "案件编号"
    assert enum_label(Gender.FEMALE, "zh") == "女"
    assert age_band(7, "zh_CN") == "6–11岁"
    assert age_band(19, "en") == "18+"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_labels_file_without_its_columns_section_is_refused(language: str) -> None:
    text = resource_path("letters", language, "labels.toml").read_text(encoding="utf-8")
    kept = text.split("[columns]")[0]
    with pytest.raises(ValueError, match=r"\[columns\]"):
        parse_labels(kept, language)
