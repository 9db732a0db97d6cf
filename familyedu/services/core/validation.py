"""Field checks shared by the services. Each raises ValidationError naming its field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from familyedu.errors import FieldError, ValidationError
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=StrEnum)
R = TypeVar("R")

# ASCII digits only: other scripts' digits would be stored as they are and never match.
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^0\d{2,3}-?[1-9]\d{6,7}(-\d{1,6})?$", re.ASCII)
_PHONE_SEPARATORS = str.maketrans("", "", " ()（）")
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def clean_text(value: str | None) -> str:
    """Trim, fold full-width spaces, and drop control characters a paste can bring."""
    if value is None:
        return ""
    kept = [c for c in value if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs")]
    # Normalised after the filter: a dropped character between a letter and its accent
    # would otherwise leave an unnormalised pair, and cleaning twice would change the text.
    return unicodedata.normalize("NFC", "".join(kept).replace("\u3000", " ")).strip()


def half_width(value: str | None) -> str:
    """Numbers typed in a Chinese input method's full-width mode (１３８…, Ｘ, －) as ASCII."""
    return unicodedata.normalize("NFKC", clean_text(value))


def required_text(field: str, value: str | None, max_length: int) -> str:
    """The trimmed text of a field that must be filled in.

    Raises:
        ValidationError: the text is empty or longer than `max_length`.
    """
    text = clean_text(value)
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    return limit_length(field, text, max_length)


def optional_text(field: str, value: str | None, max_length: int) -> str:
    """The trimmed text of a field that may stay empty.

    Raises:
        ValidationError: the text is longer than `max_length`.
    """
    return limit_length(field, clean_text(value), max_length)


def limit_length(field: str, text: str, max_length: int) -> str:
    """The text unchanged, if it fits the column.

    Raises:
        ValidationError: the text is longer than `max_length`.
    """
    if len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Too long: at most {max} characters (now {length})."),
            max=max_length,
            length=len(text),
        )
    return text


def person_name(field: str, value: str | None) -> str:
    """A person's name: required, at most 60 characters, one line and no digits.

    Raises:
        ValidationError: the name is empty, too long, or holds digits or line breaks.
    """
    name = required_text(field, value, 60)
    if "\n" in name or "\t" in name or any(c.isdigit() for c in name):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "A name cannot contain digits or line breaks.")
        )
    return name


def check_resident_id(text: str | None, field: str = "resident_id") -> str:
    """Return the normalised 18-character resident ID number or raise ValidationError.

    Length, characters, check digit and birth date are checked. The region code is not:
    regions are created, merged and renamed every year, so no table is ever complete and a
    real child must never be refused for it (see `resident_id_region_known` for a notice).

    Raises:
        ValidationError: the number is missing, malformed, has a wrong check digit or an
            impossible birth date.
    """
    raw = half_width(text).upper().replace(" ", "")
    if not raw:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    if len(raw) != 18:
        message = QT_TRANSLATE_NOOP("Validation", "A resident ID number has 18 characters.")
    elif not raw[:17].isascii() or not raw[:17].isdigit() or raw[17] not in "0123456789X":
        message = QT_TRANSLATE_NOOP(
            "Validation", "A resident ID number is 17 digits followed by a digit or X."
        )
    elif raw[17] != ric.calc_check_digit(raw):
        message = QT_TRANSLATE_NOOP(
            "Validation", "The check digit of this resident ID number is wrong; please re-check it."
        )
    else:
        try:
            birth = ric.get_birth_date(raw)
        except stdnum_errors.ValidationError:
            birth = None
        if birth is not None and EARLIEST_DATE <= birth <= LATEST_DATE:
            return raw
        message = QT_TRANSLATE_NOOP(
            "Validation", "This resident ID number holds an impossible birth date."
        )
    raise ValidationError(field, message)


def resident_id_region_known(number: str) -> bool:
    """Whether the number's first six digits are a region code in the built-in table.

    Only for a notice the user may dismiss: an unknown code is far more often a new or
    renamed district than a typing error (the check digit catches most of those).
    """
    try:
        ric.get_birth_place(number)
    except stdnum_errors.ValidationError:
        return False
    except (ValueError, KeyError):  # malformed rows of the table itself
        return False
    return True


def resident_id_birth_date(number: str) -> date:
    """The birth date held by a number `check_resident_id` accepted."""
    birth: date = ric.get_birth_date(number)
    return birth


def check_phone(text: str | None, field: str = "phone", *, required: bool = False) -> str:
    """A mainland mobile (11 digits) or a landline with area code; returns a tidy form.

    Raises:
        ValidationError: the number is required and missing, or is not a phone number.
    """
    raw = half_width(text).translate(_PHONE_SEPARATORS)
    if raw.startswith("+86"):
        raw = raw[3:]
    if not raw:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
        return ""
    if _MOBILE.match(raw.replace("-", "")):
        return raw.replace("-", "")
    if _LANDLINE.match(raw):
        return raw
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP(
            "Validation",
            "Not a phone number: use an 11-digit mobile number or a landline with its "
            "area code, e.g. 0851-12345678.",
        ),
    )


def check_date(field: str, value: date | None, *, required: bool = True) -> date | None:
    """The date (a datetime's day) if it lies in the possible range, or None if allowed.

    Raises:
        ValidationError: the date is required and missing, or outside the possible range.
    """
    if value is None:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "This date is outside the possible range.")
        )
    return value


def require_date(field: str, value: date | None) -> date:
    """`check_date` for a date that must be given.

    Raises:
        ValidationError: the date is missing or outside the possible range.
    """
    checked = check_date(field, value, required=True)
    assert checked is not None
    return checked


def not_before(field: str, value: date | None, earliest: date, earliest_label: str) -> None:
    """Refuse a date before `earliest`.

    `earliest_label` is a Validation-context message naming what `value` must follow.

    Raises:
        ValidationError: `value` is before `earliest`.
    """
    if value is not None and value < earliest:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "This date cannot be before {other} ({date})."),
            other=earliest_label,
            date=earliest.isoformat(),
        )


def check_enum(field: str, enum_cls: type[E], value: object) -> E:
    """The member of `enum_cls` whose value is `value`.

    Raises:
        ValidationError: `value` is none of the enum's values.
    """
    try:
        return enum_cls(str(value))
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Please choose one of the listed values.")
        ) from None


def check_int_range(field: str, value: int | None, low: int, high: int) -> int:
    """A required whole number between `low` and `high` (inclusive).

    Raises:
        ValidationError: the number is missing or out of range.
    """
    if value is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    if not low <= value <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Must be between {low} and {high}."),
            low=low,
            high=high,
        )
    return value


def check_optional_number(field: str, value: float | None, high: float) -> float | None:
    """An optional number between 0 and `high` (inclusive); NaN is refused.

    Raises:
        ValidationError: the number is NaN or out of range.
    """
    if value is None:
        return None
    if value != value or not 0 <= value <= high:  # value != value catches NaN
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Must be between {low} and {high}."),
            low=0,
            high=high,
        )
    return value


def age_on(date_of_birth: date, day: date) -> int:
    """Full years of age on `day`."""
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


class Errors:
    """Collects every field error of a form so the user sees them all at once."""

    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def check(self, func: Callable[..., R], *args: Any, **kwargs: Any) -> R | None:
        """`func`'s result, or None with its field errors collected."""
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            self.items.extend(exc.errors)
            return None

    def add(self, field: str, message: str, **params: Any) -> None:
        """Collect one field error (a Validation-context message)."""
        self.items.append(FieldError(field, message, params))

    def raise_if_any(self) -> None:
        """Raise every collected error at once, if there is any.

        Raises:
            ValidationError: at least one field error was collected (all are named).
        """
        if self.items:
            raise ValidationError(list(self.items))
