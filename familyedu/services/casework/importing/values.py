"""Dates and numbers typed every way people type them: Excel dates, 2015-03-07, 2015/3/7,
2015.3.7, 2015年3月7日, 20150307, full-width digits and stray spaces."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from familyedu.errors import ValidationError
from familyedu.services.core.messages import QT_TRANSLATE_NOOP

_EXCEL_EPOCH = date(1899, 12, 30)
# Excel day numbers taken as dates: 1927-05-18 to 2119-01-08. A bare year (2015) is below,
# and is refused rather than read as a day of 1905.
_SERIALS = range(10_000, 80_000)
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"
                  r"(?:[\sT]+(\d{1,2})[:：](\d{2})(?:[:：]\d{2}(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMBER = re.compile(r"^[+]?\d+(?:\.\d+)?$")
_UNITS = ("小时", "分钟", "分", "次", "个", "h", "min")


def text_of(value: Any) -> str:
    """A cell as tidy text: NFKC (full-width digits and letters), no stray spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an ID or phone typed as a number: no ".0"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    text = unicodedata.normalize("NFKC", str(value)).replace("\u3000", " ")
    return " ".join(text.split())


# Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) and the ideographic space; Chinese
# punctuation (（）：，〔〕) is left as typed.
_WIDE = {**{code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                            *range(0xFF41, 0xFF5B))},
         0x3000: 0x20}


def plain_text(value: Any) -> str:
    """Free text kept as typed (addresses, schools, document numbers such as
    （2026）黔0101家令1号): full-width digits and letters made plain, stray spaces gone, but
    not NFKC, which would turn the Chinese brackets and colons into ASCII ones."""
    if value is None or isinstance(value, int | float | date):
        return text_of(value)
    return " ".join(str(value).translate(_WIDE).split())


_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def name_of(value: Any) -> str:
    """A person's name: "王 小 红" (spaced out to fill a cell) is 王小红."""
    return _CJK_GAP.sub("", text_of(value))


def compact(value: Any) -> str:
    """Text without any spaces (ID numbers, phones, dates)."""
    return "".join(text_of(value).split())


def parse_datetime(field: str, value: Any) -> datetime | None:
    """None for an empty cell; ValidationError naming `field` for what is not a date.

    Raises:
        ValidationError: the value is not a date.
    """  # noqa: DOC501 (`raise _not_a_date(...)` raises a ValidationError)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An Excel serial day number that arrived as a number (a CSV, a text-formatted cell).
        if int(value) in _SERIALS:
            return datetime.combine(_EXCEL_EPOCH + timedelta(days=int(value)), time())
        raise _not_a_date(field)
    text = compact(value) if not re.search(r"\d\s+\d{1,2}[:：]", text_of(value)) \
        else text_of(value)
    if not text:
        return None
    found = _YMD.match(text) or _COMPACT.match(text)
    if found is None:
        if _NUMBER.match(text) and int(float(text)) in _SERIALS:
            return datetime.combine(_EXCEL_EPOCH + timedelta(days=int(float(text))), time())
        raise _not_a_date(field)
    parts = [int(p) if p else 0 for p in found.groups()]
    try:
        return datetime(parts[0], parts[1], parts[2],
                        *(parts[3:5] if len(parts) > 3 else (0, 0)))
    except ValueError:
        raise _not_a_date(field) from None


def parse_date(field: str, value: Any) -> date | None:
    """The day of `parse_datetime`.

    Raises:
        ValidationError: the value is not a date.
    """
    moment = parse_datetime(field, value)
    return moment.date() if moment is not None else None


def _not_a_date(field: str) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP(
        "Validation", "Not a date: write it like 2015-03-07, 2015/3/7 or 2015年3月7日."))


def parse_number(field: str, value: Any) -> float | None:
    """A count or duration: 20, ２０, "20 小时", "1.5h"; None for an empty cell.

    Raises:
        ValidationError: the value is not a number.
    """
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = compact(value).lower()
    for unit in _UNITS:
        if text.endswith(unit):
            text = text[:-len(unit)]
            break
    if not text:
        return None
    if not _NUMBER.match(text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "Not a number."))
    return float(text)
