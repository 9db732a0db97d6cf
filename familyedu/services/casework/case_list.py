"""The case list query: filters, search through the engine's search index, sort and paging.

Built for 100,000 cases (issue #7): a search term of three or more characters is looked up in
the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL, migration 0002) and matches anywhere;
a shorter one matches the start of a word through a prefix index (migration 0004); the count joins
the minors only when a filter needs them; a page first picks its 200 case ids from the
narrowest rows that can sort them, then loads only the columns the list shows. On PostgreSQL a
broad case-number-shaped term ("2026", "2026-1") listed by case number is read split at its
year (migration 0012), so the page does not walk the earlier years' cases one by one.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.util import find_tables
from sqlalchemy.sql.visitors import replacement_traverse

from familyedu.models import Case, CaseStatus, Minor, User
from familyedu.models.case import case_order_key
from familyedu.services.casework import figures
from familyedu.services.casework.dto import CaseColumn, CaseQuery, CaseRow
from familyedu.services.core import search_text
from familyedu.services.core.dto import Page
from familyedu.services.core.validation import age_on

MAX_TERMS = 6
MAX_LIMIT = 1000
# Up to this many search hits, visiting them by row id beats walking the center's cases:
# always for counting them; for one sorted page only while sorting them all stays cheap.
FEW_HITS_TO_COUNT = 30_000
FEW_HITS_TO_LIST = 2_000
# Past FEW_HITS_TO_COUNT hits a search matches a third of the center or more ("2", "20",
# "520…"): the list then counts up to this many and says there are more, instead of
# visiting 100,000 matches to count them (issue #7); typing on narrows it.
COUNT_CAP = 2_000
CENTER_ONLY = frozenset({"center_id"})
# SQLite's FTS5 trigram table (revision 0002), kept current by triggers on `cases`.
_FTS = table("cases_search", column("rowid"), column("search_text"))
# Word-prefix indexes for terms of one or two characters (revision 0004): an FTS5 table with
# prefix indexes on SQLite, a (token, case) B-tree on PostgreSQL; both kept by triggers.
_PREFIX = table("cases_prefix", column("rowid"), column("search_text"))
_TOKENS = table("case_search_tokens", column("token"), column("case_id"))
_ROW_COLUMNS = (
    Case.id, Case.case_number, Case.status, Case.opened_on, Case.order_type, Case.order_due_on,
    Case.order_hours_required, Case.order_sessions_required, Case.minutes_done,
    Case.sessions_attended, Case.sessions_missed, Case.next_session_due_on, Case.next_review_on,
    Case.plan_status, Minor.name, Minor.date_of_birth, Minor.guardianship, Minor.risk_level,
)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _kind(term: str) -> str:
    """'long': three or more characters, matched anywhere (trigram index); 'prefix': one or
    two letters, digits or Chinese characters, matched at the start of a word (prefix index);
    'scan': a short term of anything else (a lone "·"), which no index holds: scanned."""
    if len(term) >= search_text.TRIGRAM:
        return "long"
    return "prefix" if term.isalnum() else "scan"


def search_params(terms: list[str]) -> dict[str, str]:
    """The values of every placeholder search_conditions may use, for these terms."""
    params: dict[str, str] = {}
    for i, t in enumerate(terms):
        params.update({f"s{i}": _like(t), f"k{i}": f"{t}%", f"wa{i}": f"{t}%",
                       f"wb{i}": f"% {t}%", f"wc{i}": f"%-{t}%"})
    long = [t for t in terms if _kind(t) == "long"]
    prefix = [t for t in terms if _kind(t) == "prefix"]
    params["fts"] = search_text.fts_query(long)
    params["pfx"] = " AND ".join(f'"{t}"*' for t in prefix)
    return params


def _word_start(i: int) -> ColumnElement[bool]:
    """The search column has a word starting with term i (words part at spaces and hyphens),
    checked row by row: the same meaning as the prefix index, for few or dense matches."""
    return or_(Case.search_text.like(bindparam(f"wa{i}")),
               Case.search_text.like(bindparam(f"wb{i}")),
               Case.search_text.like(bindparam(f"wc{i}")))


def _match(fts: Any, param: str, probe: bool = False) -> ColumnElement[bool]:
    # `probe`: "id + 0 IN (…)" keeps SQLite from driving the query by the hits; it walks an
    # index in the list's order instead and looks each row up in the (materialised) hits.
    key = type_coerce(Case.id.op("+")(literal_column("0")), Integer) if probe else Case.id
    return key.in_(select(fts.c.rowid).where(_matches(fts, param)))


def _matches(fts: Any, param: str) -> ColumnElement[bool]:
    return literal_column(fts.name).op("MATCH")(bindparam(param))


def search_conditions(kinds: tuple[str, ...], dialect: str, *, narrow: bool = False,
                      counting: bool = True, probe: bool = False,
                      joined: Any = None) -> list[ColumnElement[bool]]:
    """Every typed term must occur in the case's search column: a term of three or more
    characters anywhere, a shorter one at the start of a word. The terms are placeholders
    (search_params gives their values), so one statement serves every search of its shape.

    `narrow`: the rows to check are few, or matches dense (a counselor's caseload, a very
    broad search), so checking rows one by one beats any index. `counting`: every match must
    be visited anyway; when only the first page is wanted, an unindexed term is checked row
    by row along the sort order instead, which stops after one page of matches. `probe`
    (SQLite): the hits are looked up, not followed (see _match); `joined`: the search table
    the statement joins itself, whose MATCH the caller adds.
    """
    out: list[ColumnElement[bool]] = []
    for i, kind in enumerate(kinds):
        if narrow:
            out.append(_word_start(i) if kind == "prefix"
                       else Case.search_text.like(bindparam(f"s{i}"), escape="\\"))
        elif dialect != "sqlite":
            # PostgreSQL's trigram GIN index serves LIKE '%term%' itself.
            out.append(Case.id.in_(select(_TOKENS.c.case_id).where(
                _TOKENS.c.token.like(bindparam(f"k{i}")))) if kind == "prefix"
                else Case.search_text.like(bindparam(f"s{i}"), escape="\\"))
        elif kind == "scan":
            # No index holds it: scan the narrow search table, not the wide cases.
            out.append(Case.id.in_(select(_FTS.c.rowid).where(
                _FTS.c.search_text.like(bindparam(f"s{i}"), escape="\\"))) if counting
                else Case.search_text.like(bindparam(f"s{i}"), escape="\\"))
    if dialect == "sqlite" and not narrow:  # one MATCH per index for all its terms
        if "long" in kinds and joined is not _FTS:
            out.append(_match(_FTS, "fts", probe))
        if "prefix" in kinds and joined is not _PREFIX:
            out.append(_match(_PREFIX, "pfx", probe))
    return out


def _hit_counts(dialect: str, kinds: tuple[str, ...]) -> list[Select[Any]]:
    """Statements counting the index hits (up to a cap), or none when the index cannot tell:
    no search, or PostgreSQL with a term of three or more characters."""
    cap = FEW_HITS_TO_COUNT + 1  # past it the exact number does not change the plan

    def capped(inner: Select[Any]) -> Select[Any]:
        return select(func.count()).select_from(inner.limit(cap).subquery())

    if dialect != "sqlite":
        # PostgreSQL plans with statistics; only a short term's breadth is worth knowing,
        # read off the (token, case) index.
        if not kinds or any(k != "prefix" for k in kinds):
            return []
        return [capped(select(_TOKENS.c.case_id).where(
            _TOKENS.c.token.like(bindparam(f"k{i}")))) for i in range(len(kinds))]
    for kind, fts, param in (("long", _FTS, "fts"), ("prefix", _PREFIX, "pfx")):
        if kind in kinds:
            return [capped(select(fts.c.rowid).where(
                literal_column(fts.name).op("MATCH")(bindparam(param))))]
    return []


def _hits(s: Session, counts: list[Select[Any]], params: dict[str, str]) -> int | None:
    """How many cases the search index finds, up to FEW_HITS_TO_COUNT + 1, else None.

    SQLite keeps no statistics here and cannot know how many rows `id IN (<search>)` keeps:
    by default it walks every case of the center probing the search result — 20 ms even for
    one hit. When the hits are few it is far cheaper to visit just them by row id; for a
    broad term ("2025") the walk stays better. Counting the index hits costs < 1 ms.
    """
    if not counts:
        return None
    return min(s.scalar(c, params) or 0 for c in counts)


def _estimated_hits(s: Session, kinds: tuple[str, ...], params: dict[str, Any],
                    cache: StatementCache) -> int:
    """PostgreSQL: the planner's estimate of the cases a search with a term of three or more
    characters finds (broad past FEW_HITS_TO_COUNT; a case-number-shaped term is read split
    at its year past FEW_HITS_TO_LIST).

    Counting such a search exactly visits every hit (the bare year "2026": 46,000 rows, heap
    rechecks of the trigram index, 22-45 ms); past FEW_HITS_TO_COUNT the list counts only up
    to COUNT_CAP + 1 and says there are more, as on SQLite (issue #14). The estimate comes
    from the trigram statistics (EXPLAIN, < 1 ms) and need not be exact: the capped count is,
    and "more" is only said when that count passes COUNT_CAP.
    """
    key = ("estimate", kinds)
    sql = cache.get(key)
    if sql is None:
        probe = select(Case.id).where(*search_conditions(kinds, "postgresql"))
        sql = cache[key] = "EXPLAIN (FORMAT JSON) " + str(probe.compile(
            dialect=s.get_bind().dialect))
    used = {name: value for name, value in params.items() if f"%({name})s" in sql}
    plan = s.connection().exec_driver_sql(sql, used).scalar()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"]) if plan else 0


def _unindexed(clause: ColumnElement[bool],
               columns: frozenset[str] | None = None) -> ColumnElement[bool]:
    """The clause with the case's `columns` (default: all but its id) made unusable for an
    index lookup, to steer SQLite's planner, which keeps no statistics here.

    `cases.center_id + 0 = 1` means the same as `cases.center_id = 1`, but SQLite no longer
    sees an index for it: then the few search hits drive the query by rowid, or a counselor's
    own index on their cases does, instead of a walk through the whole center.
    """

    def swap(element: Any, **_kw: Any) -> Any:
        if isinstance(element, Column) and element.table is Case.__table__ \
                and element.key != "id" and (columns is None or element.key in columns):
            # Literal SQL, not a bound value: the column's own type (an enum, a date) keeps
            # processing what it is compared with.
            neutral = element.op("+")(literal_column("0")) \
                if isinstance(element.type, Integer) \
                else element.op("||")(literal_column("''"))
            return type_coerce(neutral, element.type)
        return None

    return replacement_traverse(clause, {}, swap)


def conditions(visible: ColumnElement[bool], query: CaseQuery, kinds: tuple[str, ...],
               dialect: str, today: date, *, narrow: bool = False, counting: bool = True,
                probe: bool = False, joined: Any = None) -> list[ColumnElement[bool]]:
    """The WHERE conditions of the case list: visibility, search text and the filters."""
    out: list[ColumnElement[bool]] = [visible, *search_conditions(
        kinds, dialect, narrow=narrow, counting=counting, probe=probe, joined=joined)]
    if query.status is not None:
        out.append(Case.status == query.status)
    if query.counselor_id is not None:
        out.append(Case.assigned_counselor_id == query.counselor_id)
    if query.risk_level is not None:
        out.append(Minor.risk_level == query.risk_level)
    if query.guardianship:
        out.append(Minor.guardianship == query.guardianship)
    if query.order_type is not None:
        out.append(Case.order_type == query.order_type)
    if query.plan_status is not None:
        out.append(Case.plan_status == query.plan_status)
    if query.overdue_only:
        out.extend([Case.status == CaseStatus.OPEN, or_(
            and_(Case.order_due_on < today, or_(
                Case.minutes_done < func.coalesce(Case.order_hours_required, 0) * 60,
                Case.sessions_attended < func.coalesce(Case.order_sessions_required, 0))),
            Case.next_session_due_on < today,
            Case.next_review_on < today,
        )])
    return out


def _uses_minor(clauses: list[Any]) -> bool:
    return any(Minor.__table__ in find_tables(c, check_columns=True) for c in clauses)


def order_by(query: CaseQuery, counselor: Any) -> list[Any]:
    """The list's order, each way served by an index (migration 0008), so the first page of
    a whole center stops after its rows instead of sorting them all (issue #14)."""
    if query.sort is CaseColumn.CASE_NUMBER:
        # In numeric order, through its own index; the number is unique within the center,
        # and a tie-breaker would keep PostgreSQL from reading that index in order.
        # (Never null: NULLS LAST would keep SQLite from walking the expression index.)
        return [k.desc() if query.descending else k.asc() for k in case_order_key()]
    descending = query.descending
    if query.sort is CaseColumn.AGE:
        # Older children first when ascending by age: sort on birth date descending.
        descending = not descending

    def way(*keys: Any) -> list[Any]:
        return [k.desc() if descending else k.asc() for k in keys]

    if query.sort in _MAY_BE_EMPTY:
        # Empty last both ways, in the order of an index read forwards or backwards.
        key = _MAY_BE_EMPTY[query.sort]
        if descending:
            return [key.is_not(None).desc(), key.desc(), Case.id.desc()]
        return [key.is_(None).asc(), key.asc(), Case.id.asc()]
    if query.sort is CaseColumn.COUNSELOR:
        # The users in their name index's order, then each one's cases in id order.
        return way(counselor.display_name, counselor.id, Case.id)
    minor_key = _MINOR_KEYS.get(query.sort)
    if minor_key is not None:
        # The minors in the index's order (its id breaks ties), then each one's cases.
        return way(minor_key, Minor.id, Case.id)
    return way(_CASE_KEYS[query.sort], Case.id)


# Sort keys that are never empty (NOT NULL), and those that may be (empty ones last).
_MINOR_KEYS: dict[CaseColumn, Any] = {
    CaseColumn.MINOR: Minor.name_pinyin, CaseColumn.AGE: Minor.date_of_birth,
    CaseColumn.GUARDIANSHIP: Minor.guardianship, CaseColumn.RISK: Minor.risk_level}
_CASE_KEYS: dict[CaseColumn, Any] = {
    CaseColumn.ORDER: Case.order_type, CaseColumn.HOURS: Case.minutes_done,
    CaseColumn.STATUS: Case.status}
_MAY_BE_EMPTY: dict[CaseColumn, Any] = {
    CaseColumn.ORDER_DUE: Case.order_due_on, CaseColumn.NEXT_DUE: Case.next_session_due_on,
    CaseColumn.PLAN: Case.plan_status}


def _joined(stmt: Select[Any], clauses: list[Any], counselor: Any = None) -> Select[Any]:
    """Join the minor only when a filter or the sort reads it (a count over 100,000 cases
    without the join is several times faster), the counselor only to sort by name."""
    if _uses_minor(clauses):
        stmt = stmt.join(Minor, Minor.id == Case.minor_id)
    if counselor is not None:
        stmt = stmt.join(counselor, counselor.id == Case.assigned_counselor_id)
    return stmt


class _Statements(NamedTuple):
    total: Select[Any]  # the count, or up to COUNT_CAP + 1 for a broad search
    page: Select[Any]  # one page of rows, with :offset and :limit


# Built statements per actor (the cache lives on the service): building one costs more than
# running it for a selective search (issue #7), and a shape repeats with every keystroke.
StatementCache = dict[tuple[Any, ...], Any]


def _statements(visible: ColumnElement[bool], query: CaseQuery, kinds: tuple[str, ...], *,
                dialect: str, today: date, narrow: bool, hits: int | None,
                by_year: bool = False) -> _Statements:
    broad = hits is not None and hits > FEW_HITS_TO_COUNT
    # A broad search on SQLite: the page walks the list's order looking each case up in the
    # hits, and the count follows the search table's hits until it has COUNT_CAP + 1 of the
    # center's: both stop early whatever the order of the hits (checking the wide rows one by
    # one along the order took 60 ms for "2026", whose cases come after 50,000 of 2025's).
    probing = broad and dialect == "sqlite" and not narrow and "scan" not in kinds
    by_rows = narrow or (broad and not probing)
    counted = conditions(visible, query, kinds, dialect, today, narrow=by_rows)
    listed = conditions(visible, query, kinds, dialect, today, narrow=by_rows, counting=False,
                        probe=probing)
    if narrow and dialect == "sqlite":  # the counselor's own index, not the center's
        counted = [_unindexed(c, CENTER_ONLY) for c in counted]
        listed = [_unindexed(c, CENTER_ONLY) for c in listed]
    elif dialect == "sqlite" and query.sort in _MINOR_KEYS:
        # Sorted by the minor's column: walk the minors in that index's order and stop after
        # a page, rather than every case of the center (which SQLite picks for its equality
        # on the center, then sorts them all: 0.7 s for 100,000, issue #14).
        listed = [_unindexed(c, CENTER_ONLY) for c in listed]
    if dialect == "sqlite" and hits is not None:  # PostgreSQL plans by its statistics
        if hits <= FEW_HITS_TO_COUNT:
            counted = [_unindexed(c) for c in counted]
        if hits <= FEW_HITS_TO_LIST:
            listed = [_unindexed(c) for c in listed]
    if probing:
        fts, param = (_FTS, "fts") if "long" in kinds else (_PREFIX, "pfx")
        rest = [_unindexed(c) for c in conditions(visible, query, kinds, dialect, today,
                                                   joined=fts)]
        count = select(func.count()).select_from(
            _joined(select(Case.id).select_from(Case), rest)
            .join(fts, fts.c.rowid == Case.id).where(_matches(fts, param), *rest)
            .limit(COUNT_CAP + 1).subquery())
    elif broad:
        count = select(func.count()).select_from(
            _joined(select(Case.id).select_from(Case), counted).where(*counted)
            .limit(COUNT_CAP + 1).subquery())
    else:
        count = _joined(select(func.count()).select_from(Case), counted).where(*counted)
    counselor = aliased(User)
    order = order_by(query, counselor)
    # The page's ids first, from the narrowest rows that filter and sort them; then the
    # columns shown, for those ids only (a deep offset then walks an index, not whole rows).
    by_counselor = counselor if query.sort is CaseColumn.COUNSELOR else None
    ids = _split_at_year(listed, query.descending) if by_year else (
        _joined(select(Case.id).select_from(Case), [*listed, *order], by_counselor)
        .where(*listed).order_by(*order)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer)))
    rows = (select(*_ROW_COLUMNS, counselor.display_name)
            .join(Minor, Minor.id == Case.minor_id)
            .join(counselor, counselor.id == Case.assigned_counselor_id)
            .where(Case.id.in_(ids.scalar_subquery()))
            .order_by(*order))
    return _Statements(count, cast(Select[Any], rows))


def year_of(terms: list[str]) -> str | None:
    """The year a case-number-shaped term starts with ("2026" of "2026", "20261"), if any.

    Case numbers are "<year>-<counter>" (services/core/numbering.py) and the list's order by
    case number is by year first: the cases such a term finds are bunched in its year, after
    every case of the earlier years. Only a term of digits starting with a year qualifies."""
    for term in terms:
        if len(term) >= 4 and term.isascii() and term.isdigit() and term[:2] in ("19", "20"):
            return term[:4]
    return None


def _split_at_year(listed: list[ColumnElement[bool]], descending: bool) -> Select[Any]:
    """The page's case ids for a case-number-shaped term on PostgreSQL, sorted by number.

    The same rows in the same order as the plain statement, read in two parts that partition
    the center by the year in the case number (:year, the term's). The years before it (after
    it, descending) hold the few cases whose other numbers (a phone, an ID number) contain the
    term: all are read at once through the GIN index on the year and the search text
    (migration 0012; a materialised CTE is planned for all its rows) and sorted. The term's
    own year and the later ones follow, walked in the list's order as before, up to the end
    of the page: their matches are dense, so the walk stops early. Plain, the walk went
    through every case of the earlier years first (50,000 rows of 2025 before the first of
    "2026"'s, ~50 ms, issue #14)."""
    keys = case_order_key()
    year = keys[0]
    boundary = bindparam("year", type_=String)
    earlier, rest = (year > boundary, year <= boundary) if descending \
        else (year < boundary, year >= boundary)

    def way(columns: Any) -> list[Any]:
        return [k.desc() if descending else k.asc() for k in columns]

    def part(where: ColumnElement[bool]) -> Select[Any]:
        labelled = [k.label(f"k{i}") for i, k in enumerate(keys)]
        return (_joined(select(Case.id, *labelled).select_from(Case), [*listed, where])
                .where(*listed, where))

    offset = bindparam("offset", type_=Integer)
    limit = bindparam("limit", type_=Integer)
    before = part(earlier).cte("earlier_years").prefix_with("MATERIALIZED")
    walked = part(rest).order_by(*way(keys)).limit(offset + limit).subquery("walked")
    both = union_all(select(before), select(walked)).subquery("by_year")
    return (select(both.c.id).order_by(*way(both.c[f"k{i}"] for i in range(len(keys))))
            .offset(offset).limit(limit))


def _splits_well(s: Session, visible: ColumnElement[bool], year: str,
                 cache: StatementCache) -> bool:
    """Whether a split at `year` pays: migration 0012 made its index (it needs btree_gin;
    without it the earlier years' part checks every match of the term), and the `visible`
    cases include some numbered in that year, so the term's matches are bunched there (a
    birth year such as "2015" is found in ID numbers all through the list, which the plain
    walk serves better). Kept in the cache: whether the index exists, and the years found
    (a year without a case yet is asked again, < 1 ms through the order's index)."""
    if cache.get(("year index",)) is None:
        cache[("year index",)] = s.scalar(select(literal_column("1")).select_from(
            table("pg_indexes")).where(column("indexname") == "ix_cases_year_search")) == 1
    if not cache[("year index",)]:
        return False
    if cache.get(("numbered in", year)) is None:
        if s.scalar(select(literal_column("1")).select_from(Case).where(
                visible, case_order_key()[0] == bindparam("year", year)).limit(1)) != 1:
            return False
        cache[("numbered in", year)] = True
    return True


def _hits_class(hits: int | None) -> str:
    if hits is None:
        return "unknown"
    if hits > FEW_HITS_TO_COUNT:
        return "broad"
    return "few" if hits <= FEW_HITS_TO_LIST else "some"


def page(s: Session, visible: ColumnElement[bool], query: CaseQuery, *, dialect: str,
         today: date, narrow: bool = False,
         cache: StatementCache | None = None) -> Page[CaseRow]:
    """One page of cases and the total; `narrow` when the actor sees only their caseload.

    `cache` keeps built statements for one actor (`visible` must be the same each call)."""
    narrow = narrow or query.counselor_id is not None
    terms = search_text.query_terms(query.text)[:MAX_TERMS]
    kinds = tuple(_kind(t) for t in terms)
    params: dict[str, Any] = search_params(terms)
    cache = {} if cache is None else cache
    hit_key = ("hits", dialect, kinds)
    estimate = 0  # PostgreSQL's, for a term of three or more characters
    if narrow:
        hits = None
    else:
        counts = cache.get(hit_key)
        if counts is None:
            counts = cache[hit_key] = _hit_counts(dialect, kinds)
        hits = _hits(s, counts, params)
        if hits is None and dialect == "postgresql" and "long" in kinds:
            estimate = _estimated_hits(s, kinds, params, cache)
            hits = estimate if estimate > FEW_HITS_TO_COUNT else None
    # A case-number-shaped term finding more than a page's worth of sorting, listed by case
    # number over a whole center (PostgreSQL): read in two parts split at its year
    # (_split_at_year). A narrower one is sorted from its hits as before, which is cheaper.
    year = year_of(terms) if not narrow and query.sort is CaseColumn.CASE_NUMBER \
        and estimate > FEW_HITS_TO_LIST else None
    if year is not None and _splits_well(s, visible, year, cache):
        params["year"] = year
    else:
        year = None
    key = (dialect, narrow, _hits_class(hits), kinds, query.status, query.counselor_id,
           query.risk_level, query.guardianship, query.order_type, query.plan_status,
           today if query.overdue_only else None, query.sort, query.descending,
           FEW_HITS_TO_COUNT, FEW_HITS_TO_LIST, COUNT_CAP, year is not None)
    statements: _Statements | None = cache.get(key)
    if statements is None:
        if len(cache) > 512:  # a long session of unusual searches: start afresh
            cache.clear()
        statements = cache[key] = _statements(visible, query, kinds, dialect=dialect,
                                              today=today, narrow=narrow, hits=hits,
                                              by_year=year is not None)
    counted = s.scalar(statements.total, params) or 0
    more = hits is not None and hits > FEW_HITS_TO_COUNT and counted > COUNT_CAP
    total = min(counted, COUNT_CAP) if more else counted
    params.update(offset=max(0, query.offset), limit=max(1, min(query.limit, MAX_LIMIT)))
    return Page([_row(r, today) for r in s.execute(statements.page, params)], total, more)


def _row(r: Any, today: date) -> CaseRow:
    progress = figures.case_progress(
        today=today, status=r.status, opened_on=r.opened_on, minutes_done=r.minutes_done,
        sessions_attended=r.sessions_attended, sessions_missed=r.sessions_missed,
        hours_required=r.order_hours_required, sessions_required=r.order_sessions_required,
        due_on=r.order_due_on, next_session_due=r.next_session_due_on,
        next_review_due=r.next_review_on)
    return CaseRow(
        id=r.id, case_number=r.case_number, minor_name=r.name,
        date_of_birth=r.date_of_birth, age=age_on(r.date_of_birth, today),
        guardianship=r.guardianship, counselor_name=r.display_name,
        order_type=r.order_type, order_due_on=r.order_due_on,
        hours_done=progress.hours_done, hours_required=r.order_hours_required,
        sessions_attended=r.sessions_attended,
        sessions_required=r.order_sessions_required,
        next_due=r.next_session_due_on if r.status is CaseStatus.OPEN else None,
        risk_level=r.risk_level, status=r.status, plan_status=r.plan_status,
        overdue=progress.overdue or progress.review_overdue or bool(
            progress.next_session_due and progress.next_session_due < today),
    )
