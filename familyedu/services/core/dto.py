"""Plain frozen values shared by every domain's services: pages of results, categories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list, with the number of rows in all."""

    rows: list[T]
    total: int
    # True when a very broad search stopped counting at `total` (there are more).
    more: bool = False


@dataclass(frozen=True)
class CategoryView:
    """A category of a code list, with its labels in both languages."""

    kind: str
    code: str
    label_zh: str
    label_en: str
    active: bool

    def label(self, language: str) -> str:
        """The label in the UI language (Chinese for any zh locale, else English)."""
        return self.label_zh if language.startswith("zh") else self.label_en
