"""Yearly numbers (case numbers, letter references) that stay unique under concurrency."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from familyedu.models import Counter


def next_value(s: Session, center_id: int, name: str, year: int, count: int = 1) -> int:
    """Increment and return the counter in the caller's transaction.

    The UPDATE takes a row lock (PostgreSQL) or the write lock (SQLite), so two desks
    creating a case at the same moment get different numbers. A bulk import reserves a
    block with `count`: it owns the values from `returned - count + 1` to `returned`.
    """
    dialect = s.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    s.execute(
        insert(Counter)
        .values(center_id=center_id, name=name, year=year, last_value=0)
        .on_conflict_do_nothing()
    )
    s.execute(
        update(Counter)
        .where(Counter.center_id == center_id, Counter.name == name, Counter.year == year)
        .values(last_value=Counter.last_value + count)
    )
    value = s.scalar(
        select(Counter.last_value).where(
            Counter.center_id == center_id, Counter.name == name, Counter.year == year
        )
    )
    assert value is not None
    return value


def peek_value(s: Session, center_id: int, name: str, year: int) -> int:
    """The value `next_value` would return now, read without taking it (and without a lock):
    another desk may take it first, so it is a prediction, never a number to print as issued."""
    last = s.scalar(
        select(Counter.last_value).where(
            Counter.center_id == center_id, Counter.name == name, Counter.year == year
        )
    )
    return (last or 0) + 1


def case_number(year: int, value: int) -> str:
    """A case number as printed: the year and a four-digit counter (2026-0042)."""
    return f"{year}-{value:04d}"
