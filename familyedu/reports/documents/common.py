"""Placeholder values shared by every document, and the walk over a document's text fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from datetime import date
from string import Formatter
from typing import TYPE_CHECKING, Any, Protocol

from familyedu.reports.data import CenterInfo, LetterHeader
from familyedu.reports.templates import Wording, render
from familyedu.reports.text import ZH, clean_text, format_date, format_number, join_names

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from familyedu.reports.blocks import Composer


class HasHeader(Protocol):
    """Every document input carries a header and the issuing center."""

    @property
    def header(self) -> LetterHeader: ...

    @property
    def center(self) -> CenterInfo: ...


class Context(dict[str, str]):
    """Placeholder values, cleaned to a single line as they will be printed."""

    def __init__(self, data: HasHeader, wording: Wording) -> None:
        super().__init__()
        self.language = data.header.language
        self.wording = wording
        self.put(
            center_name=data.center.name,
            center_address=data.center.address,
            center_phone=data.center.phone,
            reference=data.header.reference,
            issued_on=self.date(data.header.issued_on),
            recipient=data.header.recipient,
        )

    def put(self, **values: str) -> None:
        for key, value in values.items():
            # A value written to follow a word (" by 28 February") keeps its space.
            lead = " " if value[:1] == " " and value.strip() else ""
            self[key] = lead + clean_text(value)

    def date(self, value: date | None) -> str:
        return format_date(value, self.language, empty=self._not_specified())

    def number(self, value: float | None) -> str:
        return format_number(value, empty=self._not_specified())

    def names(self, names: tuple[str, ...]) -> str:
        return join_names(names, self.language)

    def _not_specified(self) -> str:
        key = "not_specified" if "not_specified" in self.wording.entries else "none_text"
        return self.wording.text(key)


def amounts(sessions: float | None, hours: float | None, language: str) -> str:
    """What an order counts, only the parts it has: "16次、20小时", "20小时", "16 sessions"."""
    parts: list[str] = []
    for value, zh_unit, one, many in ((sessions, "次", "session", "sessions"),
                                      (hours, "小时", "hour", "hours")):
        if value is None:
            continue
        number = format_number(value)
        if language == ZH:
            parts.append(number + zh_unit)
        else:
            parts.append(f"{number} {one if number == '1' else many}")
    return ("、" if language == ZH else " and ").join(parts)


def remaining_amounts(required: tuple[float | None, float | None],
              done: tuple[float, float], language: str) -> str:
    """What is still to do of each counted part; parts already done are left out."""
    left = [None if r is None else max(0.0, r - d) for r, d in zip(required, done, strict=True)]
    if any(x for x in left):
        left = [x if x else None for x in left]
    return amounts(left[0], left[1], language)


def order_number(number: str, order_type: str) -> str:
    """The document number without the order's name, when it was typed in as part of it:
    letters write "编号为{number}的{type}", and "…141号家庭教育指导令的家庭教育指导令"
    reads as a mistake."""
    cleaned, kind = clean_text(number), clean_text(order_type)
    if kind and cleaned != kind:
        if cleaned.endswith(kind):
            cleaned = cleaned[:-len(kind)].rstrip(" 的:：")
        elif cleaned.startswith(kind):
            cleaned = cleaned[len(kind):].lstrip(" :：")
    return cleaned


def order_name(number: str, order_type: str, language: str) -> str:
    """The order as a sentence names it: by its document number when it has one
    ("编号为…的督促监护令", "guardianship supervision order numbered …"), else by its kind
    alone, so a letter never prints "编号为的…" for an order saved without a number."""
    kind, cleaned = clean_text(order_type), order_number(number, order_type)
    if not cleaned or cleaned == kind:
        return kind
    return f"编号为{cleaned}的{kind}" if language == ZH else f"{kind} numbered {cleaned}"


def issued_when(value: date | None, language: str) -> str:
    """"于2026年2月20日" / "on 20 February 2026", or nothing for an order saved without its
    date: the sentence then reads "贵单位向监护人…发出的…" rather than "贵单位于未作规定…"."""
    if value is None:
        return ""
    return ("于" if language == ZH else "on ") + format_date(value, language)


def deadline_clause(value: date | None, language: str) -> str:
    """The order's deadline closing a sentence about its requirement: "，期限至2027年2月28日"
    / " by 28 February 2027", or that it has none (never "期限至未作规定")."""
    if value is None:
        return "，未规定期限" if language == ZH else ", with no deadline set"
    return ("，期限至" if language == ZH else " by ") + format_date(value, language)


def deadline_by(value: date | None, language: str) -> str:
    """When a guardian is to finish: "在2027年2月28日前" / " by 28 February 2027", or "尽快" /
    " as soon as possible" for an order saved without a deadline."""
    if value is None:
        return "尽快" if language == ZH else " as soon as possible"
    return (f"在{format_date(value, language)}前" if language == ZH
            else f" by {format_date(value, language)}")


def present_paras(c: Composer, key: str) -> list[Flowable]:
    """The paragraphs of `key`, leaving out each one that names a placeholder with nothing
    to say: a sentence about missed sessions when none were missed, about an order's
    requirement when there is no order."""
    kept = [text for text in c.wording.items(key)
            if all(c.context.get(name) for _lit, name, _spec, _conv in Formatter().parse(text)
                   if name)]
    return [c.para(t) for t in (render(t, c.context) for t in kept) if t.strip()]


def text_fields(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every text of a document input with its path, e.g. ("goals[2].description", "…")."""
    if isinstance(data, str):
        yield path, data
    elif dataclasses.is_dataclass(data) and not isinstance(data, type):
        for f in dataclasses.fields(data):
            yield from text_fields(getattr(data, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(data, tuple):
        for i, item in enumerate(data):
            yield from text_fields(item, f"{path}[{i}]")


def wording_fields(wording: Wording) -> Mapping[str, str]:
    """The wording's own text, so an edited template with a rare character is caught too."""
    return {f"wording.{key}": value if isinstance(value, str) else "\n".join(value)
            for key, value in wording.entries.items()}
