"""The case list's search and paging as the index-backed query runs them, on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from familyedu import demo
from familyedu.models import Case, CaseStatus, Minor, OrderType
from familyedu.services.casework import case_list
from familyedu.services.casework.dto import CaseColumn, CaseQuery
from familyedu.services.core import search_text
from tests.conftest import NOW, World, guardian_inputs, minor_input, open_case


@pytest.fixture
def filled(world: World) -> World:
    demo.fill(world.db, world.admin, minors=40, seed=5, today=NOW.date(), now=NOW)
    return world


def _numbers(world: World, query: CaseQuery) -> list[str]:
    return [r.case_number for r in world.sup.cases.page(query).rows]


def _expected(world: World, *terms: str) -> list[str]:
    """Case numbers whose search column holds every term, by plain Python."""
    with world.db.read() as s:
        rows = s.execute(select(Case.case_number, Case.search_text)).all()
    return sorted(n for n, t in rows if all(term in t for term in terms))


@pytest.mark.parametrize("few_hits", [30_000, 0], ids=["hits-drive", "index-walk"])
@pytest.mark.parametrize("pick", ["initials", "surname", "phone_tail", "id_prefix", "two"])
def test_search_finds_exactly_the_matching_cases(
        filled: World, pick: str, few_hits: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Both query shapes: the search hits driving by row id, and the walk along the sort.
    monkeypatch.setattr(case_list, "FEW_HITS_TO_COUNT", few_hits)
    monkeypatch.setattr(case_list, "FEW_HITS_TO_LIST", few_hits)
    with filled.db.read() as s:
        minor = s.scalars(select(Minor).order_by(Minor.id.desc())).first()
        assert minor is not None
        phone = minor.guardians[0].phone.replace("-", "")
        terms = {
            "initials": [search_text.name_keys(minor.name)[2]],
            "surname": [minor.name[:1]],  # one character: no trigram, scanned
            "phone_tail": [phone[-5:]],
            "id_prefix": [(minor.resident_id or phone)[:8]],
            "two": [minor.name[:1], phone[-4:]],
        }[pick]
    expected = _expected(filled, *terms)
    assert expected
    page = filled.sup.cases.page(CaseQuery(text=" ".join(terms), limit=1000))
    assert page.total == len(expected)
    assert sorted(r.case_number for r in page.rows) == expected


def test_renaming_a_minor_updates_the_search_index(world: World) -> None:
    case_id = open_case(world.mine)
    assert _numbers(world, CaseQuery(text="zhangxiaoming")) != []
    minor = world.mine.cases.get(case_id).minor
    world.mine.minors.update(minor.id, minor.version, minor_input(name="王小红"))
    assert _numbers(world, CaseQuery(text="zhangxiaoming")) == []
    assert len(_numbers(world, CaseQuery(text="wangxiaohong"))) == 1
    assert len(_numbers(world, CaseQuery(text="wxh"))) == 1


def test_a_counselor_searches_only_their_own_cases(filled: World) -> None:
    open_case(filled.mine)
    open_case(filled.theirs, name="张小军", resident_id=None)
    mine = filled.mine.cases.page(CaseQuery(text="zx"))
    assert [r.minor_name for r in mine.rows] == ["张小明"]
    assert mine.total == 1
    assert filled.sup.cases.page(CaseQuery(text="张小")).total >= 2


def test_pages_follow_the_sort_to_the_last_row(filled: World) -> None:
    full = _numbers(filled, CaseQuery(limit=1000))
    assert full == sorted(full)
    pages = [r for offset in range(0, 40, 15)
             for r in _numbers(filled, CaseQuery(limit=15, offset=offset))]
    assert pages == full
    by_counselor = filled.sup.cases.page(CaseQuery(sort=CaseColumn.COUNSELOR, limit=1000))
    names = [r.counselor_name for r in by_counselor.rows]
    assert names == sorted(names)
    newest_first = _numbers(filled, CaseQuery(descending=True, limit=5))
    assert newest_first == sorted(full, reverse=True)[:5]


def test_search_terms_with_quotes_and_wildcards_are_literal(world: World) -> None:
    open_case(world.mine)
    for typed in ('"zxm', "zx%", "z_m", 'zxm"'):
        assert world.sup.cases.page(CaseQuery(text=typed)).total == 0
    guardians = guardian_inputs()
    assert world.sup.cases.page(CaseQuery(text=guardians[0].phone)).total == 1


def test_sqlite_keeps_the_search_table_in_step(world: World) -> None:
    if not world.db.is_sqlite:
        pytest.skip("the FTS5 table exists on SQLite only")
    open_case(world.mine)
    with world.db.read() as s:
        cases = dict(s.execute(select(Case.id, Case.search_text)).all())
        indexed = dict(s.execute(text("SELECT rowid, search_text FROM cases_search")).all())
    assert indexed == cases


@pytest.mark.parametrize("few_hits", [30_000, 0], ids=["hits-drive", "index-walk"])
def test_search_combines_with_the_filters(
        filled: World, few_hits: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_list, "FEW_HITS_TO_COUNT", few_hits)
    monkeypatch.setattr(case_list, "FEW_HITS_TO_LIST", few_hits)
    with filled.db.read() as s:
        rows = s.execute(select(Case.case_number, Case.status, Case.order_type,
                                Case.assigned_counselor_id)
                         .where(Case.search_text.like("%202%"))).all()
    for status in (CaseStatus.OPEN, CaseStatus.CLOSED):
        page = filled.sup.cases.page(CaseQuery(text="202", status=status, limit=1000))
        assert sorted(r.case_number for r in page.rows) == sorted(
            n for n, st, _o, _c in rows if st is status)
    counselor = rows[0][3]
    page = filled.sup.cases.page(CaseQuery(text="202", counselor_id=counselor,
                                           order_type=OrderType.NONE, limit=1000))
    assert sorted(r.case_number for r in page.rows) == sorted(
        n for n, _s, o, c in rows if c == counselor and o is OrderType.NONE)
    overdue = filled.sup.cases.page(CaseQuery(text="202", overdue_only=True, limit=1000))
    assert all(r.status is CaseStatus.OPEN for r in overdue.rows)

