"""Placeholder values shared by every document, and the walk over a document's text fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Protocol

from familyedu.reports.data import CenterInfo, LetterHeader
from familyedu.reports.templates import Wording
from familyedu.reports.text import clean_text, format_date, format_number, join_names


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
            self[key] = clean_text(value)

    def date(self, value: date | None) -> str:
        return format_date(value, self.language, empty=self._not_specified())

    def number(self, value: float | None) -> str:
        return format_number(value, empty=self._not_specified())

    def names(self, names: tuple[str, ...]) -> str:
        return join_names(names, self.language)

    def _not_specified(self) -> str:
        key = "not_specified" if "not_specified" in self.wording.entries else "none_text"
        return self.wording.text(key)


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
