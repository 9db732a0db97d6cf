"""The case list query: filters, search through the engine's search index, sort and paging.

Built for 100,000 cases (issue #7): a search term of three or more characters is looked up in
the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL, migration 0002) and matches anywhere;
a shorter one matches the start of a word through a prefix index (migration 0004); the count joins
the minors only when a filter needs them; a page first picks its 200 case ids from the
narrowest rows that can sort them, then loads only the columns the list shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.util import find_tables
from sqlalchemy.sql.visitors import replacement_traverse

from familyedu.models import Case, CaseStatus, Minor, User
from familyedu.services import figures, search_text
from familyedu.services.dto import CaseColumn, CaseQuery, CaseRow, Page
from familyedu.services.validation import age_on

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
    Minor.name, Minor.date_of_birth, Minor.guardianship, Minor.risk_level,
)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_match(terms: list[str]) -> ColumnElement[bool] | None:
    indexed = [t for t in terms if len(t) >= search_text.TRIGRAM]
    if not indexed:
        return None
    return literal_column("cases_search").op("MATCH")(search_text.fts_query(indexed))


def _is_prefix_term(term: str) -> bool:
    """A short term of letters, digits or Chinese characters: the prefix index serves it.
    (Anything else, a lone "·" say, would be no word for the index: it is scanned.)"""
    return len(term) < search_text.TRIGRAM and term.isalnum()


def _prefix_match(terms: list[str]) -> ColumnElement[bool] | None:
    short = [t for t in terms if _is_prefix_term(t)]
    if not short:
        return None
    query = " AND ".join(f'"{t}"*' for t in short)
    return literal_column("cases_prefix").op("MATCH")(query)


def _word_start(term: str) -> ColumnElement[bool]:
    """The search column has a word starting with `term` (words part at spaces and hyphens),
    checked row by row: the same meaning as the prefix index, for a caseload's few cases."""
    return or_(Case.search_text.like(f"{term}%"), Case.search_text.like(f"% {term}%"),
               Case.search_text.like(f"%-{term}%"))


def search_conditions(text: str, dialect: str, *, narrow: bool = False,
                      counting: bool = True) -> list[ColumnElement[bool]]:
    """Every typed term must occur in the case's search column: a term of three or more
    characters anywhere, a shorter one at the start of a word.

    `narrow`: the visible cases are few (a counselor's caseload), so checking each of them
    beats any index. `counting`: every match must be visited anyway; when only the first
    page is wanted, an unindexable term is checked row by row along the sort order instead,
    which stops after one page of matches.
    """
    terms = search_text.query_terms(text)[:MAX_TERMS]
    out: list[ColumnElement[bool]] = []
    scanned: list[str] = []
    for t in terms:
        if not _is_prefix_term(t):
            if len(t) < search_text.TRIGRAM or narrow or dialect != "sqlite":
                scanned.append(t)
        elif narrow:
            out.append(_word_start(t))
        elif dialect == "sqlite":
            pass  # one MATCH below for all of them
        else:
            out.append(Case.id.in_(select(_TOKENS.c.case_id).where(
                _TOKENS.c.token.like(f"{t}%"))))
    if dialect == "sqlite" and not narrow:
        for match, fts in ((_fts_match(terms), _FTS), (_prefix_match(terms), _PREFIX)):
            if match is not None:
                out.append(Case.id.in_(select(fts.c.rowid).where(match)))
    for t in scanned:
        if dialect == "sqlite" and not narrow and counting:
            # Unindexable short terms scan the narrow search table, not the wide cases.
            out.append(Case.id.in_(select(_FTS.c.rowid).where(
                _FTS.c.search_text.like(_like(t), escape="\\"))))
        else:
            # PostgreSQL's trigram GIN index serves LIKE '%term%' itself.
            out.append(Case.search_text.like(_like(t), escape="\\"))
    return out


def _hits(s: Session, text: str, dialect: str) -> int | None:
    """How many cases the search index finds, up to FEW_HITS_TO_COUNT + 1; None when the
    index cannot tell (no search, or PostgreSQL with a term of three or more characters).

    SQLite keeps no statistics here and cannot know how many rows `id IN (<search>)` keeps:
    by default it walks every case of the center probing the search result — 20 ms even for
    one hit. When the hits are few it is far cheaper to visit just them by row id; for a
    broad term ("2025") the walk stays better. Counting the index hits costs < 1 ms.
    """
    terms = search_text.query_terms(text)[:MAX_TERMS]
    cap = FEW_HITS_TO_COUNT + 1  # past it the exact number does not change the plan
    if dialect != "sqlite":
        # PostgreSQL plans with statistics; only a short term's breadth is worth knowing,
        # read off the (token, case) index.
        short = [t for t in terms if _is_prefix_term(t)]
        if not short or len(short) != len(terms):
            return None
        return min(s.scalar(select(func.count()).select_from(
            select(_TOKENS.c.case_id).where(_TOKENS.c.token.like(f"{t}%")).limit(cap)
            .subquery())) or 0 for t in short)
    for match, fts in ((_fts_match(terms), _FTS), (_prefix_match(terms), _PREFIX)):
        if match is not None:
            return s.scalar(select(func.count()).select_from(
                select(fts.c.rowid).where(match).limit(cap).subquery())) or 0
    return None


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


def conditions(visible: ColumnElement[bool], query: CaseQuery, dialect: str, today: date, *,
               narrow: bool = False, counting: bool = True) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = [visible, *search_conditions(
        query.text, dialect, narrow=narrow, counting=counting)]
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
    key = {
        CaseColumn.CASE_NUMBER: Case.case_number,
        CaseColumn.MINOR: Minor.name_pinyin,
        # Older children first when ascending by age: sort on birth date descending.
        CaseColumn.AGE: Minor.date_of_birth,
        CaseColumn.GUARDIANSHIP: Minor.guardianship,
        CaseColumn.COUNSELOR: counselor.display_name,
        CaseColumn.ORDER: Case.order_type,
        CaseColumn.ORDER_DUE: Case.order_due_on,
        CaseColumn.HOURS: Case.minutes_done,
        CaseColumn.NEXT_DUE: Case.next_session_due_on,
        CaseColumn.RISK: Minor.risk_level,
        CaseColumn.STATUS: Case.status,
    }[query.sort]
    descending = query.descending
    if query.sort is CaseColumn.AGE:
        descending = not descending
    primary = key.desc().nulls_last() if descending else key.asc().nulls_last()
    if query.sort is CaseColumn.CASE_NUMBER:
        # Unique within the center already; a tie-breaker would keep PostgreSQL from reading
        # the (center, case number) index in order (a deep page then sorted 100,000 rows).
        return [primary]
    tie = Case.id.desc() if descending else Case.id.asc()
    return [primary, tie]


def _joined(stmt: Select[Any], clauses: list[Any], counselor: Any = None) -> Select[Any]:
    """Join the minor only when a filter or the sort reads it (a count over 100,000 cases
    without the join is several times faster), the counselor only to sort by name."""
    if _uses_minor(clauses):
        stmt = stmt.join(Minor, Minor.id == Case.minor_id)
    if counselor is not None:
        stmt = stmt.join(counselor, counselor.id == Case.assigned_counselor_id)
    return stmt


def page(s: Session, visible: ColumnElement[bool], query: CaseQuery, *, dialect: str,
         today: date, narrow: bool = False) -> Page[CaseRow]:
    """One page of cases and the total; `narrow` when the actor sees only their caseload."""
    narrow = narrow or query.counselor_id is not None
    hits = None if narrow else _hits(s, query.text, dialect)
    # A broad search checks rows along the sort order (matches are dense: a page is found
    # at once) and counts only up to COUNT_CAP; the index would hand over every match first.
    broad = hits is not None and hits > FEW_HITS_TO_COUNT
    by_rows = narrow or broad
    counted = conditions(visible, query, dialect, today, narrow=by_rows)
    listed = conditions(visible, query, dialect, today, narrow=by_rows, counting=False)
    if narrow and dialect == "sqlite":  # the counselor's own index, not the center's
        counted = [_unindexed(c, CENTER_ONLY) for c in counted]
        listed = [_unindexed(c, CENTER_ONLY) for c in listed]
    if dialect == "sqlite" and hits is not None:  # PostgreSQL plans by its statistics
        if hits <= FEW_HITS_TO_COUNT:
            counted = [_unindexed(c) for c in counted]
        if hits <= FEW_HITS_TO_LIST:
            listed = [_unindexed(c) for c in listed]
    more = False
    if broad:
        found = s.scalar(select(func.count()).select_from(
            _joined(select(Case.id).select_from(Case), counted).where(*counted)
            .limit(COUNT_CAP + 1).subquery())) or 0
        more = found > COUNT_CAP
        total = min(found, COUNT_CAP)
    else:
        total = s.scalar(_joined(select(func.count()).select_from(Case), counted)
                         .where(*counted)) or 0
    counselor = aliased(User)
    order = order_by(query, counselor)
    # The page's ids first, from the narrowest rows that filter and sort them; then the
    # columns shown, for those ids only (a deep offset then walks an index, not whole rows).
    by_counselor = counselor if query.sort is CaseColumn.COUNSELOR else None
    ids = (_joined(select(Case.id).select_from(Case), [*listed, *order], by_counselor)
           .where(*listed).order_by(*order)
           .offset(max(0, query.offset)).limit(max(1, min(query.limit, MAX_LIMIT))))
    rows_q = (select(*_ROW_COLUMNS, counselor.display_name)
              .join(Minor, Minor.id == Case.minor_id)
              .join(counselor, counselor.id == Case.assigned_counselor_id)
              .where(Case.id.in_(ids.scalar_subquery()))
              .order_by(*order))
    return Page([_row(r, today) for r in s.execute(rows_q)], total, more)


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
        risk_level=r.risk_level, status=r.status,
        overdue=progress.overdue or progress.review_overdue or bool(
            progress.next_session_due and progress.next_session_due < today),
    )
