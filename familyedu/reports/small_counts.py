"""Small-count suppression of a group of counts with an exact total, as statistical offices do.

A count from 1 to 4 is not printed (it is shown as "<5"): in a small county it points at a
child. Zero is printed: it points at no one. The total stays exact, so a lone hidden count
would be the total minus the printed ones; whenever a group hides a small count, its
smallest other non-zero count is hidden too (complementary suppression, shown as "≥5").
If a small count can still be worked out (a 1 whose only complement is a 5: 6 = 1 + 5), the
group is not broken down at all and only its total is printed. A complement may itself be
worked out (a 5 hidden beside a printed 5 is at least 5 and at most 5): that tells only a
count of 5 or more, which the method prints anyway, and no small count with it.

The reader this guards against knows the method: "<5" means 1–4, the complement is at least
5 and no larger than any count still printed (it was the smallest). The method decides only
from what it prints (which counts are small, the printed counts, the total): deciding from
the hidden sum, e.g. adding a complement only when two small counts happen to be 1 and 1,
would itself tell the reader so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 5

SHOWN = ""
SMALL = "small"  # 1 to THRESHOLD - 1: printed as "<5"
COMPLEMENT = "complement"  # hidden so the small ones cannot be worked out: printed as "≥5"
WITHHELD = "withheld"  # the group is not broken down; only its total is printed
STATES = (SHOWN, SMALL, COMPLEMENT, WITHHELD)


@dataclass(frozen=True)
class Suppressed:
    """How each count of a group is to be printed (one state per count) and the total."""

    states: tuple[str, ...]
    total: int

    @property
    def withheld(self) -> bool:
        return WITHHELD in self.states

    @property
    def any_hidden(self) -> bool:
        return any(state != SHOWN for state in self.states)


def _bounds(states: Sequence[str], counts: Sequence[int], total: int) -> list[tuple[int, int]]:
    """What a reader can tell of each hidden count from the marks and printed counts."""
    bounds: list[tuple[int, int]] = []
    for i, state in enumerate(states):
        if state == SMALL:
            bounds.append((1, THRESHOLD - 1))
        elif state == COMPLEMENT:
            # The smallest non-small count, the earlier one of equals: printed counts bound it.
            ceiling = min((c if j > i else c - 1 for j, c in enumerate(counts)
                           if states[j] == SHOWN and c > 0), default=total)
            bounds.append((THRESHOLD, ceiling))
    return bounds


def _pinned(states: Sequence[str], counts: Sequence[int], total: int) -> bool:
    """Whether some small count has only one value that fits the total and the marks."""
    bounds = _bounds(states, counts, total)
    rest = total - sum(c for c, state in zip(counts, states, strict=True) if state == SHOWN)
    low_sum = sum(lo for lo, _hi in bounds)
    high_sum = sum(hi for _lo, hi in bounds)
    hidden = [state for state in states if state != SHOWN]
    for (lo, hi), state in zip(bounds, hidden, strict=True):
        # The sum of integer ranges takes every value between its ends, so this is exact.
        least = max(lo, rest - (high_sum - hi))
        most = min(hi, rest - (low_sum - lo))
        if state == SMALL and least >= most:
            return True
    return False


def suppress_small_counts(counts: Sequence[int]) -> Suppressed:
    """The printing state of each count of a group whose exact total is printed.

    Args:
        counts: the group's counts (negative counts are refused).

    Returns:
        One state per count (SHOWN, SMALL, at most one COMPLEMENT, or WITHHELD for all of
        them) and the exact total.
    """
    if any(c < 0 for c in counts):
        raise ValueError("counts cannot be negative")
    total = sum(counts)
    states = [SMALL if 0 < c < THRESHOLD else SHOWN for c in counts]
    others = [i for i, c in enumerate(counts) if c >= THRESHOLD]
    if SMALL in states and others:
        states[min(others, key=lambda i: (counts[i], i))] = COMPLEMENT
    if _pinned(states, counts, total):
        return Suppressed(tuple(WITHHELD for _ in counts), total)
    return Suppressed(tuple(states), total)
