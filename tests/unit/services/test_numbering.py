"""Yearly counters: `peek_value` predicts the number `next_value` takes, without taking it."""

from __future__ import annotations

from sqlalchemy import func, select

from familyedu.models import Counter
from familyedu.services.core import numbering
from tests.conftest import World


def test_peek_does_not_take_the_number_and_moves_on_after_next_value(world: World) -> None:
    center = world.supervisor.center_id
    with world.db.uow() as s:
        assert numbering.peek_value(s, center, "letter", 2026) == 1  # no counter yet
        assert numbering.peek_value(s, center, "letter", 2026) == 1  # peeking took nothing
        assert s.scalar(select(func.count()).select_from(Counter)
                        .where(Counter.name == "letter")) == 0  # nor made a row
        assert numbering.next_value(s, center, "letter", 2026) == 1
        assert numbering.peek_value(s, center, "letter", 2026) == 2
    with world.db.uow() as s:  # another unit of work sees the committed counter
        assert numbering.peek_value(s, center, "letter", 2026) == 2
        assert numbering.next_value(s, center, "letter", 2026, count=3) == 4
        assert numbering.peek_value(s, center, "letter", 2026) == 5
        # Each counter and year stands alone.
        assert numbering.peek_value(s, center, "letter", 2027) == 1
        assert numbering.peek_value(s, center, "peek-test", 2026) == 1
    with world.db.uow() as s:
        assert numbering.next_value(s, center, "letter", 2026) == 5
