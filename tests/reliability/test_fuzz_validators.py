"""Every field check against every kind of input: ValidationError naming the field, or clean data.

"Clean" means what both engines store unchanged and PostgreSQL accepts: no NUL or other
control characters (line breaks and tabs aside), no lone surrogates, NFC, trimmed, within
the length limit, and the same when cleaned again.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from familyedu.errors import ValidationError
from familyedu.models import Attendance, Gender, OrderType, RiskLevel, SessionMode
from familyedu.services.core import search_text
from familyedu.services.core.validation import (
    EARLIEST_DATE,
    LATEST_DATE,
    Errors,
    age_on,
    check_date,
    check_enum,
    check_int_range,
    check_optional_number,
    check_phone,
    check_resident_id,
    clean_text,
    not_before,
    optional_text,
    person_name,
    required_text,
)
from tests.reliability.helpers.figures import add
from tests.reliability.helpers.strategies import (
    extreme_dates,
    huge_ints,
    nasty_text,
    odd_floats,
    optional_dates,
    person_names,
    phones,
    resident_ids,
)

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
T = TypeVar("T")


def _count(name: str) -> None:
    add(f"inputs generated: {name}")


def is_clean(text: str) -> bool:
    return (
        all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in text)
        and unicodedata.is_normalized("NFC", text)
        and text == text.strip()
        and "\u3000" not in text
    )


def attempt(check: Callable[[], T]) -> tuple[T | None, ValidationError | None]:
    """The check's result, or the ValidationError it raised (anything else propagates)."""
    try:
        return check(), None
    except ValidationError as exc:
        return None, exc


def refused(exc: ValidationError, field: str) -> bool:
    return bool(exc.errors) and all(e.field == field and e.english() for e in exc.errors)


@FUZZ
@given(nasty_text)
def test_clean_text_gives_storable_text_and_is_stable(value: str) -> None:
    _count("clean_text")
    cleaned = clean_text(value)
    assert is_clean(cleaned)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # what both drivers do with it


@FUZZ
@given(nasty_text, st.integers(1, 5000), st.booleans())
def test_text_fields_refuse_with_the_field_or_give_clean_text(
        value: str, limit: int, required: bool) -> None:
    _count("required_text/optional_text")
    check = required_text if required else optional_text
    text, refusal = attempt(lambda: check("goals.0.description", value, limit))
    if refusal is not None:
        assert refused(refusal, "goals.0.description")
        return
    assert text is not None
    assert is_clean(text)
    assert len(text) <= limit
    assert text == clean_text(value)
    if required:
        assert text


@FUZZ
@given(person_names)
def test_person_name(value: str) -> None:
    _count("person_name")
    name, refusal = attempt(lambda: person_name("guardians.1.name", value))
    if refusal is not None:
        assert refused(refusal, "guardians.1.name")
        return
    assert name is not None
    assert is_clean(name)
    assert 0 < len(name) <= 60
    assert not any(c.isdigit() or c in "\n\t" for c in name)
    # The pinyin column is 200 characters wide: every valid name must fit.
    assert len(search_text.pinyin_of(name)) <= 200
    search_text.name_keys(name)


@FUZZ
@given(st.one_of(resident_ids(), nasty_text))
def test_resident_id(value: str) -> None:
    _count("check_resident_id")
    number, refusal = attempt(lambda: check_resident_id(value, "resident_id"))
    if refusal is not None:
        assert refused(refusal, "resident_id")
        return
    assert number is not None
    # 18 ASCII characters with a right check digit: the same number is always stored
    # the same way, so the duplicate check finds it however it was typed.
    assert re.fullmatch(r"[0-9]{17}[0-9X]", number)
    assert ric.is_valid(number)
    assert check_resident_id(number) == number


@FUZZ
@given(st.one_of(phones(), nasty_text), st.booleans())
def test_phone(value: str, required: bool) -> None:
    _count("check_phone")
    phone, refusal = attempt(lambda: check_phone(value, "guardians.0.phone", required=required))
    if refusal is not None:
        assert refused(refusal, "guardians.0.phone")
        return
    assert phone is not None
    assert len(phone) <= 20  # the column's width
    assert re.fullmatch(r"(1[3-9][0-9]{9}|0[0-9]{2,3}-?[1-9][0-9]{6,7}(-[0-9]{1,6})?)?", phone)
    assert phone or not required


@given(st.integers(3, 9), st.integers(0, 10**9 - 1))
@FUZZ
def test_every_mobile_number_is_accepted_as_typed(second: int, rest: int) -> None:
    _count("check_phone")
    number = f"1{second}{rest:09d}"
    assert check_phone(number) == number
    assert check_phone(f"+86 {number[:3]} {number[3:7]} {number[7:]}") == number


@FUZZ
@given(optional_dates, st.booleans())
def test_dates(value: date | None, required: bool) -> None:
    _count("check_date")
    day, refusal = attempt(lambda: check_date("order_due_on", value, required=required))
    if refusal is not None:
        assert refused(refusal, "order_due_on")
        return
    assert day is None or EARLIEST_DATE <= day <= LATEST_DATE
    assert day is not None or not required


@FUZZ
@given(optional_dates, extreme_dates)
def test_date_order_and_age(value: date | None, earliest: date) -> None:
    _count("not_before/age_on")
    _none, refusal = attempt(lambda: not_before("end_on", value, earliest, "start"))
    assert refusal is None or refused(refusal, "end_on")
    if value is not None:
        assert isinstance(age_on(value, earliest), int)


@pytest.mark.parametrize("enum_cls", [Gender, RiskLevel, OrderType, SessionMode, Attendance])
@FUZZ
@given(value=st.one_of(nasty_text, huge_ints, st.none(), st.floats()))
def test_enums(enum_cls: type[StrEnum], value: object) -> None:
    _count("check_enum")
    result, refusal = attempt(lambda: check_enum("mode", enum_cls, value))
    if refusal is not None:
        assert refused(refusal, "mode")
        return
    assert result is not None
    assert isinstance(result, enum_cls)


@FUZZ
@given(st.one_of(st.none(), huge_ints), huge_ints, huge_ints)
def test_int_range(value: int | None, low: int, high: int) -> None:
    _count("check_int_range")
    result, refusal = attempt(lambda: check_int_range("duration_minutes", value, low, high))
    if refusal is not None:
        assert refused(refusal, "duration_minutes")
        return
    assert result is not None
    assert low <= result <= high


@FUZZ
@given(odd_floats, st.sampled_from([500.0, 1000.0]))
def test_optional_number(value: float | None, high: float) -> None:
    _count("check_optional_number")
    result, refusal = attempt(lambda: check_optional_number("order_hours_required", value, high))
    if refusal is not None:
        assert refused(refusal, "order_hours_required")
        return
    assert result is None or (math.isfinite(result) and 0 <= result <= high)


@FUZZ
@given(st.lists(st.tuples(nasty_text, st.integers(1, 100)), max_size=5))
def test_errors_collect_every_field(values: list[tuple[str, int]]) -> None:
    _count("Errors")
    errors = Errors()
    expected = []
    for i, (value, limit) in enumerate(values):
        field = f"goals.{i}.description"
        if errors.check(required_text, field, value, limit) is None:
            expected.append(field)
    if expected:
        with pytest.raises(ValidationError) as caught:
            errors.raise_if_any()
        assert [e.field for e in caught.value.errors] == expected
    else:
        errors.raise_if_any()


@FUZZ
@given(nasty_text)
def test_search_terms_and_keys_take_any_text(value: str) -> None:
    _count("search_text")
    for term in search_text.query_terms(value):
        term.encode("utf-8")  # it becomes a query parameter
        assert "\x00" not in term
    search_text.build(case_number="2026-0001", names=[clean_text(value)], numbers=[value])


@pytest.mark.parametrize(("typed", "stored"), [
    ("１３８１２３４５６７８", "13812345678"),  # a Chinese input method in full-width mode
    ("０８５１－８６１２３４５６", "0851-86123456"),
    ("（0851）86123456", "085186123456"),
])
def test_full_width_phone_numbers_are_stored_as_ascii(typed: str, stored: str) -> None:
    assert check_phone(typed) == stored


def test_full_width_resident_id_is_the_same_number() -> None:
    assert check_resident_id("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"


def test_digits_of_other_scripts_are_refused_not_stored() -> None:
    with pytest.raises(ValidationError):
        check_phone("١٣٨١٢٣٤٥٦٧٨")
