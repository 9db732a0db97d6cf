"""Plain-text helpers: cleaning user input and writing dates and numbers per language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

ZH = "zh_CN"
EN = "en"
LANGUAGES = (ZH, EN)

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_IDEOGRAPHIC_SPACE = "\u3000"


def _is_compat_ideograph(ch: str) -> bool:
    # NFC would silently swap these for their unified twins, changing how a name is written.
    cp = ord(ch)
    return 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F


def _is_variation_selector(ch: str) -> bool:
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0x180B <= cp <= 0x180F


def _nfc(text: str) -> str:
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if _is_compat_ideograph(ch):
            out.append(unicodedata.normalize("NFC", "".join(run)))
            run.clear()
            out.append(ch)
        else:
            run.append(ch)
    out.append(unicodedata.normalize("NFC", "".join(run)))
    return "".join(out)


@lru_cache(maxsize=8192)
def clean_text(text: str, *, multiline: bool = False) -> str:
    """Return what will actually be drawn: no control or format characters, tidy spaces.

    Invisible characters (controls, zero-width joiners, direction marks, stray surrogates,
    variation selectors) are dropped rather than checked against fonts: no font draws them
    and a pasted name often carries them.
    """
    chars: list[str] = []
    for ch in _nfc(text):
        category = unicodedata.category(ch)
        if ch in _LINE_BREAKS:
            chars.append("\n" if multiline else " ")
        elif ch == "\t":
            chars.append(" ")
        elif category in ("Cc", "Cf", "Cs") or _is_variation_selector(ch):
            continue
        elif category == "Zs" and ch != _IDEOGRAPHIC_SPACE:
            chars.append(" ")
        else:
            chars.append(ch)
    # Collapse runs of spaces and drop blank lines, so whitespace-only input prints as nothing.
    lines = [" ".join(p for p in line.split(" ") if p) for line in "".join(chars).split("\n")]
    return "\n".join(line for line in lines if line)


def format_date(value: date | None, language: str, *, empty: str = "") -> str:
    """2026年11月27日 in Chinese (no zero padding, as GB/T 9704 writes it); 27 November 2026."""
    if value is None:
        return empty
    if language == ZH:
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def format_number(value: float | int | None, *, empty: str = "") -> str:
    """12 rather than 12.0; one decimal at most, since hours are counted in halves."""
    if value is None:
        return empty
    rounded = round(float(value), 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"


def format_percent(part: int, whole: int, *, empty: str = "") -> str:
    """Whole-number percentage; empty when there is nothing to divide by."""
    if whole <= 0:
        return empty
    return f"{round(100 * part / whole)}%"


_ONE_OF = re.compile(r"(?<![\d.,])1 (session|hour|time|appointment|minute|day|case|letter|"
                     r"guardian|order)s\b")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


def english_counts(text: str) -> str:
    """"1 hours" -> "1 hour", "1 times" -> "1 time": a template writes the plural once for
    every number, a person writes the singular for one."""
    return _ONE_OF.sub(r"1 \1", text)


def has_cjk(text: str) -> bool:
    """Chinese characters (or full-width forms) in the text: a name, an order number."""
    return _CJK.search(text) is not None


def shares(counts: Sequence[int]) -> list[int]:
    """Whole percentages of each count that add up to exactly 100 (largest remainder: the
    shares rounded down, the missing points to the largest fractions, earlier first)."""
    total = sum(counts)
    if total <= 0:
        return [0 for _ in counts]
    exact = [100 * c / total for c in counts]
    out = [int(x) for x in exact]
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - out[i]), i))
    for i in order[:100 - sum(out)]:
        out[i] += 1
    return out


def join_names(names: Iterable[str], language: str) -> str:
    """张建国、李梅 in Chinese; "A, B and C" in English."""
    items = [n for n in (clean_text(n) for n in names) if n]
    if language == ZH:
        return "、".join(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def join_clauses(parts: Iterable[str], language: str) -> str:
    """Join non-empty phrases with the language's comma."""
    sep = "，" if language == ZH else ", "
    return sep.join(p for p in parts if p)


def blank_date(language: str) -> str:
    """A date left for the signer to fill in by hand."""
    if language == ZH:
        return "\u3000\u3000年\u3000\u3000月\u3000\u3000日"
    return "____ / ____ / ________"
