"""The case list sorted by each of its columns (issue #14: an index per order, migration 0008),
on both engines: in order, empty values last both ways, and pages that join up."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from familyedu import demo
from familyedu.models import Case
from familyedu.services.casework import case_list
from familyedu.services.casework.dto import CaseColumn, CaseQuery, CaseRow
from tests.conftest import NOW, World

EMPTY_LAST = {CaseColumn.ORDER_DUE: Case.order_due_on,
              CaseColumn.NEXT_DUE: Case.next_session_due_on}
# What a row shows of its sort key, where Python can compare it as the database does.
SHOWN: dict[CaseColumn, Any] = {
    CaseColumn.AGE: lambda r: -r.date_of_birth.toordinal(),  # youngest last when ascending
    CaseColumn.HOURS: lambda r: r.hours_done,
    CaseColumn.ORDER_DUE: lambda r: r.order_due_on,
}


@pytest.fixture(scope="module")
def columns() -> list[CaseColumn]:
    return list(CaseColumn)


@pytest.fixture
def filled(world: World) -> World:
    demo.fill(world.db, world.admin, minors=40, seed=7, today=NOW.date(), now=NOW)
    with world.db.engine.begin() as conn:  # some cases with no session due (the demo has none)
        conn.execute(update(Case).where(Case.id % 4 == 0).values(next_session_due_on=None))
    return world


def _ids(rows: list[CaseRow]) -> list[int]:
    return [r.id for r in rows]


def test_every_column_sorts_both_ways_with_empty_values_last(
        filled: World, columns: list[CaseColumn]) -> None:
    with filled.db.read() as s:
        raw: dict[CaseColumn, dict[int, date | None]] = {
            column: {i: v for i, v in s.execute(select(Case.id, key))}
            for column, key in EMPTY_LAST.items()}
    for column in columns:
        up = filled.sup.cases.page(CaseQuery(sort=column, limit=1000)).rows
        down = filled.sup.cases.page(CaseQuery(sort=column, descending=True, limit=1000)).rows
        assert len(up) == len(down) >= 40, column
        assert sorted(_ids(up)) == sorted(_ids(down)), column
        if column in EMPTY_LAST:
            empty = {i for i, v in raw[column].items() if v is None}
            assert empty, column  # the demo has cases without one
            up_ids, down_ids = _ids(up), _ids(down)
            filled_up = [i for i in up_ids if i not in empty]
            assert set(up_ids[len(filled_up):]) == empty, column
            assert set(down_ids[len(filled_up):]) == empty, column
            # Descending is ascending reversed, each part on its own (ties by case, too).
            assert down_ids[:len(filled_up)] == filled_up[::-1], column
            assert down_ids[len(filled_up):] == up_ids[len(filled_up):][::-1], column
        elif column is not CaseColumn.CASE_NUMBER:
            assert _ids(down) == _ids(up)[::-1], column
        if column in SHOWN:
            keys = [SHOWN[column](r) for r in up if SHOWN[column](r) is not None]
            assert keys == sorted(keys), column
        # Page by page, the same list: nothing skipped, nothing twice.
        pages = [r.id for offset in range(0, len(up), 13)
                 for r in filled.sup.cases.page(CaseQuery(sort=column, offset=offset,
                                                          limit=13)).rows]
        assert pages == _ids(up), column


def test_a_counselor_sorts_their_own_cases_only(filled: World) -> None:
    everyone = {r.id for r in filled.sup.cases.page(CaseQuery(limit=1000)).rows}
    mine = filled.mine.cases.page(CaseQuery(sort=CaseColumn.MINOR, limit=1000))
    assert mine.total == len(mine.rows) < len(everyone)
    assert {r.counselor_name for r in mine.rows} <= {"李老师"}


@pytest.mark.parametrize("few_hits", [30_000, 0], ids=["hits-drive", "broad-walk"])
def test_a_search_keeps_the_sorted_order(filled: World, columns: list[CaseColumn],
                                         few_hits: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # "broad-walk": every search counts as broad, so the page walks the sort's index and
    # looks each case up in the hits (SQLite), as for "2026" in a 100,000-case center.
    monkeypatch.setattr(case_list, "FEW_HITS_TO_COUNT", few_hits)
    monkeypatch.setattr(case_list, "FEW_HITS_TO_LIST", few_hits)
    with filled.db.read() as s:
        texts = {i: t for i, t in s.execute(select(Case.id, Case.search_text))}
    for term in ("202", "13"):  # a trigram term and a word-prefix term, both broad
        hits = {i for i, t in texts.items()
                if term in t and (len(term) >= 3 or f" {term}" in f" {t}".replace("-", " "))}
        assert hits, term
        for column in columns:
            for descending in (False, True):
                every = filled.sup.cases.page(
                    CaseQuery(sort=column, descending=descending, limit=1000)).rows
                found = filled.sup.cases.page(CaseQuery(
                    text=term, sort=column, descending=descending, limit=1000)).rows
                assert _ids(found) == [i for i in _ids(every) if i in hits], (term, column)
