"""The figures issue #6 asks for in its closing note, gathered while the tests run.

Tests add to FIGURES; the reliability conftest prints them at the end of the run.
"""

from __future__ import annotations

from collections import Counter

FIGURES: Counter[str] = Counter()


def add(name: str, amount: int = 1) -> None:
    FIGURES[name] += amount
