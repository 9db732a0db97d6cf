"""Case-number-shaped searches ("2026", "2026-1", a whole number) in the list sorted by case
number, on both engines (issue #14). On PostgreSQL such a search reads the center in two parts
split at the term's year (case_list._split_at_year); these tests hold it to the plain answer:
the same cases in the same order, page after page, with the filters, the counselor's own
caseload and sealed records as before."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select, text

from familyedu import demo
from familyedu.models import Case, CaseStatus, OrderType, RiskLevel
from familyedu.services.casework import case_list
from familyedu.services.casework.dto import CaseColumn, CaseQuery
from familyedu.services.core import search_text
from tests.conftest import NOW, World, open_case


@pytest.fixture
def filled(world: World) -> World:
    demo.fill(world.db, world.admin, minors=60, seed=11, today=NOW.date(), now=NOW)
    # Cases of the newest year whose other numbers hold the older year, and the reverse:
    # both parts of the split then have cases to find.
    open_case(world.mine, name="陈小年", resident_id=None)
    with world.db.uow() as s:
        years = sorted({n[:4] for n in s.scalars(select(Case.case_number))})
        newest = s.scalars(select(Case).where(Case.case_number.like(f"{years[-1]}-%"))
                           .order_by(Case.id.desc())).first()
        oldest = s.scalars(select(Case).where(Case.case_number.like(f"{years[0]}-%"))
                           .order_by(Case.id)).first()
        assert len(years) >= 2
        assert newest is not None
        assert oldest is not None
        # As the phone numbers of their guardians would put them there.
        newest.search_text += f" 139{years[0]}0417"
        oldest.search_text += f" 138{years[-1]}5521"
    return world


@pytest.fixture(params=["split", "split-broad"])
def split(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case-number-shaped term of these small centers read split at its year, as one
    PostgreSQL expects to find more than 2,000 cases; "split-broad": also counted up to
    COUNT_CAP only, as one it expects to find more than 30,000."""
    monkeypatch.setattr(case_list, "FEW_HITS_TO_LIST", 0)
    if request.param == "split-broad":
        monkeypatch.setattr(case_list, "FEW_HITS_TO_COUNT", 0)


@pytest.fixture
def statements(world: World) -> Iterator[list[str]]:
    seen: list[str] = []

    def capture(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(world.db.engine, "before_cursor_execute", capture)
    yield seen
    event.remove(world.db.engine, "before_cursor_execute", capture)


def _texts(world: World) -> dict[int, str]:
    with world.db.read() as s:
        return dict(s.execute(select(Case.id, Case.search_text)).all())


def _terms(world: World) -> list[str]:
    """What a user types to find case numbers: the years, a year and a digit, a whole
    number, with and without the hyphen."""
    with world.db.read() as s:
        numbers = sorted(s.scalars(select(Case.case_number)))
    years = sorted({n[:4] for n in numbers})
    middle = numbers[len(numbers) // 2]
    return [*years, f"{years[-1]}-0", f"{years[0]}00", middle, middle.replace("-", ""),
            f"{years[-1]} 张"]


def _ids_of(world: World, query: CaseQuery) -> list[int]:
    return [r.id for r in world.sup.cases.page(query).rows]


def _hits(texts: dict[int, str], typed: str) -> set[int]:
    terms = search_text.query_terms(typed)
    return {i for i, t in texts.items() if all(
        term in t if len(term) >= 3 else f" {term}" in f" {t}".replace("-", " ")
        for term in terms)}


@pytest.mark.usefixtures("split")
def test_a_year_split_is_used_on_postgresql_only(filled: World,
                                                 statements: list[str]) -> None:
    filled.sup.cases.page(CaseQuery(text="2026", limit=50))
    split = any("earlier_years" in st for st in statements)
    assert split is (not filled.db.is_sqlite)
    assert case_list.year_of(["2026"]) == "2026"
    assert case_list.year_of(["20261", "zxm"]) == "2026"
    # An ID number's region, a phone, a name: not a case number.
    assert case_list.year_of(["5201"]) is None
    assert case_list.year_of(["13920"]) is None
    assert case_list.year_of(["zhang", "202"]) is None


@pytest.mark.usefixtures("split")
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_case_number_terms_find_the_same_cases_in_the_same_order(
        filled: World, descending: bool, statements: list[str]) -> None:
    texts = _texts(filled)
    every = _ids_of(filled, CaseQuery(descending=descending, limit=1000))
    for typed in _terms(filled):
        hits = _hits(texts, typed)
        assert hits, typed
        expected = [i for i in every if i in hits]
        page = filled.sup.cases.page(CaseQuery(text=typed, descending=descending, limit=1000))
        assert [r.id for r in page.rows] == expected, typed
        assert (page.total, page.more) == (len(expected), False), typed
        # Pages of seven join up to the same list, whichever part of the split they cut.
        pages = [i for offset in range(0, len(expected) + 7, 7) for i in _ids_of(
            filled, CaseQuery(text=typed, descending=descending, offset=offset, limit=7))]
        assert pages == expected, typed
    # The oldest year's term descending (the newest year's ascending) has its few earlier
    # cases in the split's first part: both parts were read.
    assert any("earlier_years" in st for st in statements) is (not filled.db.is_sqlite)


@pytest.mark.usefixtures("split")
def test_case_number_terms_with_the_filters(filled: World) -> None:
    texts = _texts(filled)
    with filled.db.read() as s:
        counselor = s.scalars(select(Case.assigned_counselor_id)).first()
    filters: list[dict[str, Any]] = [
        {"status": CaseStatus.OPEN}, {"status": CaseStatus.CLOSED},
        {"risk_level": RiskLevel.HIGH}, {"guardianship": "both_away"},
        {"order_type": OrderType.NONE}, {"overdue_only": True},
        {"counselor_id": counselor, "status": CaseStatus.OPEN},
    ]
    for typed in _terms(filled)[:3]:
        hits = _hits(texts, typed)
        for chosen in filters:
            for descending in (False, True):
                every = _ids_of(filled, CaseQuery(descending=descending, limit=1000, **chosen))
                found = filled.sup.cases.page(CaseQuery(
                    text=typed, descending=descending, limit=1000, **chosen))
                expected = [i for i in every if i in hits]
                assert [r.id for r in found.rows] == expected, (typed, chosen)
                assert found.total == len(expected), (typed, chosen)


@pytest.mark.usefixtures("split")
def test_a_counselor_and_sealed_records_as_before(filled: World) -> None:
    texts = _texts(filled)
    year = _terms(filled)[-2][:4]  # the whole number's year
    mine = filled.mine.cases.page(CaseQuery(limit=1000)).rows
    mine_ids = [r.id for r in mine]
    assert mine_ids
    sealed_case = mine[0].id
    with filled.db.read() as s:
        minor_id = s.scalar(select(Case.minor_id).where(Case.id == sealed_case))
    assert minor_id is not None
    filled.sup.minors.set_sealed(minor_id, True, "判决后封存")
    texts = _texts(filled)  # sealing leaves only the numbers in the search column
    for typed in (year, sorted({t[:4] for t in texts.values()})[0]):
        hits = _hits(texts, typed)
        own = filled.mine.cases.page(CaseQuery(text=typed, limit=1000))
        assert [r.id for r in own.rows] == [
            i for i in mine_ids if i in hits and i != sealed_case], typed
        # The supervisor's list still shows the sealed case, as without a search.
        every = _ids_of(filled, CaseQuery(limit=1000))
        assert sealed_case in every
        assert _ids_of(filled, CaseQuery(text=typed, limit=1000)) == [
            i for i in every if i in hits], typed


def test_other_sorts_and_terms_are_not_split(filled: World, statements: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # A term PostgreSQL expects to find 2,000 cases or fewer: sorted from its hits.
    filled.sup.cases.page(CaseQuery(text="2026", limit=50))
    monkeypatch.setattr(case_list, "FEW_HITS_TO_LIST", 0)
    filled.sup.cases.page(CaseQuery(text="2026", sort=CaseColumn.MINOR, limit=50))
    filled.sup.cases.page(CaseQuery(text="zhang", limit=50))
    filled.mine.cases.page(CaseQuery(text="2026", limit=50))
    # A year no case is numbered in (a birth year in ID numbers): found all through the list.
    filled.sup.cases.page(CaseQuery(text="2014", limit=50, descending=True))
    assert not any("earlier_years" in st for st in statements)


@pytest.mark.usefixtures("split")
def test_without_the_year_index_the_list_reads_as_before(filled: World,
                                                         statements: list[str]) -> None:
    """A server where migration 0012 could not make its index (no btree_gin): no split."""
    if filled.db.is_sqlite:
        pytest.skip("the index is PostgreSQL's")
    typed = _terms(filled)[-1]
    with_index = _ids_of(filled, CaseQuery(text=typed, limit=1000))
    assert any("earlier_years" in st for st in statements)
    with filled.db.engine.begin() as conn:  # as revision 0012 then leaves it
        conn.execute(text("DROP INDEX ix_cases_year_search"))
        conn.execute(text("CREATE INDEX ix_cases_search_trgm ON cases "
                          "USING gin (search_text gin_trgm_ops)"))
    statements.clear()
    services = filled.sup  # a new service: its statement cache has not seen the index
    assert [r.id for r in services.cases.page(CaseQuery(text=typed, limit=1000)).rows] \
        == with_index
    assert not any("earlier_years" in st for st in statements)
