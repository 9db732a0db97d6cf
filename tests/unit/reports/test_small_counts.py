"""Small-count suppression: 1–4 hidden, a complement beside it, nothing recomputable."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyedu.reports.small_counts import (
    COMPLEMENT,
    SHOWN,
    SMALL,
    WITHHELD,
    suppress_small_counts,
)

Printed = tuple[tuple[int | str, ...], int]


def printed(counts: Sequence[int]) -> Printed:
    """What a reader sees of a group: each count or its mark, and the exact total."""
    result = suppress_small_counts(counts)
    if result.withheld:
        return (), result.total
    return tuple(c if state == SHOWN else state
                 for c, state in zip(counts, result.states, strict=True)), result.total


def values_a_reader_can_fit(seen: Printed) -> dict[int, set[int]]:
    """Every value each hidden count can take in some group that prints exactly as `seen`.

    The reader knows the method and its marks ("<5" is 1–4, "≥5" at least 5) and tries
    every group that adds up to the total and would have printed the same: a hidden count
    with one possible value has been recomputed.
    """
    cells, total = seen
    hidden = [i for i, v in enumerate(cells) if isinstance(v, str)]
    rest = total - sum(v for v in cells if isinstance(v, int))
    ranges = [range(1, 5) if cells[i] == SMALL else range(5, rest + 1) for i in hidden]
    fits: dict[int, set[int]] = {i: set() for i in hidden}
    for values in itertools.product(*ranges):
        if sum(values) != rest:
            continue
        candidate = [v if isinstance(v, int) else 0 for v in cells]
        for i, v in zip(hidden, values, strict=True):
            candidate[i] = v
        if printed(candidate) == seen:
            for i, v in zip(hidden, values, strict=True):
                fits[i].add(v)
    return fits


@pytest.mark.parametrize(("counts", "states"), [
    ([52, 31, 38, 22], (SHOWN,) * 4),
    ([0, 12, 0, 7], (SHOWN,) * 4),  # zero reveals no one: printed as 0
    ([27, 3, 39, 33], (COMPLEMENT, SMALL, SHOWN, SHOWN)),  # 27: the next smallest
    ([2, 2, 50], (SMALL, SMALL, COMPLEMENT)),  # 2 + 2: a one-and-three fits as well
    ([1, 1, 50], (SMALL, SMALL, COMPLEMENT)),  # 1 + 1 alone would pin both to 1
    ([3, 9, 7, 0], (SMALL, SHOWN, COMPLEMENT, SHOWN)),  # the next smallest, not a zero
    ([3, 7, 7], (SMALL, COMPLEMENT, SHOWN)),  # the earlier of equals
    ([2, 2], (SMALL, SMALL)),  # 1+3, 2+2, 3+1: nothing to pin
    ([3], (WITHHELD,)),  # one category of three children: the total says it
    ([1, 5], (WITHHELD, WITHHELD)),  # <5 and ≥5 adding to 6 can only be 1 and 5
    ([4, 4], (WITHHELD, WITHHELD)),  # two <5 adding to 8
    ([1, 5, 5], (WITHHELD,) * 3),  # the complement 5 is pinned by the printed 5: so is 1
    ([2, 1, 5, 9, 5], (SMALL, SMALL, COMPLEMENT, SHOWN, SHOWN)),  # 1+2, 2+1: both fit
    ([], ()),
])
def test_which_counts_are_hidden(counts: list[int], states: tuple[str, ...]) -> None:
    result = suppress_small_counts(counts)
    assert result.states == states
    assert result.total == sum(counts)  # the total is always exact


def test_a_lone_small_count_always_gets_a_complement() -> None:
    # Without a complement the 3 would be the total 111 less 42, 39 and 27.
    result = suppress_small_counts([42, 3, 39, 27])
    assert result.states.count(SMALL) == 1
    assert result.states.count(COMPLEMENT) == 1
    assert result.states[3] == COMPLEMENT


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        suppress_small_counts([3, -1])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=5))
def test_no_hidden_count_can_be_recomputed_from_the_total(counts: list[int]) -> None:
    seen = printed(counts)
    cells, total = seen
    assert total == sum(counts)
    if not cells:  # withheld: only the total is printed
        return
    for count, cell in zip(counts, cells, strict=True):
        if 0 < count < 5:
            assert cell == SMALL, "a count of 1 to 4 is never printed"
        if count == 0:
            assert cell == 0, "a zero is printed as it is"
    for i, values in values_a_reader_can_fit(seen).items():
        assert counts[i] in values
        if cells[i] == SMALL:
            assert len(values) >= 2, f"count {i} ({counts[i]}) can be worked out from {seen}"
        else:  # a complement: at most a count of 5 or more comes out, as printed anyway
            assert min(values) >= 5
