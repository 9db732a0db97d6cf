"""case-number search: the search index by the case number's year

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

Issue #14: a case-number-shaped search ("2026", "2026-1") listed by case number. The list's
order is by year first, and the cases such a term finds are bunched in its year: walking the
order checked every case of the earlier years first (50,000 of 2025's before the first of
"2026"'s, ~50 ms). `services/casework/case_list._split_at_year` reads the earlier years'
matches apart, and for that it needs to find "the cases before 2026 whose search text holds
'2026'" without visiting the 46,000 that hold it in their own number: one GIN index over the
case number's year (btree_gin) and the search text's trigrams (pg_trgm) intersects both
inside the index (~1,200 candidates, 3-11 ms, instead of 46,000 heap rechecks).

It replaces revision 0002's trigram index on the search text alone: a GIN index over two
columns serves a condition on either one, and the planner took the new one for every search
anyway (32 MB freshly built, 0002's 76 MB after a bulk import); keeping both would update two
GIN indexes at every change of a case's search text. The downgrade makes 0002's index again.

PostgreSQL only: SQLite's list already walks its order looking cases up in the FTS5 hits
(revision 0002, session 3) and meets the target. Where btree_gin (or pg_trgm) may not be
created, 0002's index stays and the list reads such searches as before. The downgrade leaves
the extension, which other objects may use. The index cannot be described portably in the
ORM metadata; `familyedu.migrations.autogen` keeps Alembic's comparison from proposing to drop
it, as for 0002's.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

log = logging.getLogger("familyedu.migrations")

INDEX = "ix_cases_year_search"
TRIGRAMS = "ix_cases_search_trgm"  # revision 0002's, which INDEX replaces


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    if bind.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first() \
            is None:
        log.warning("pg_trgm unavailable (revision 0002): no %s", INDEX)
        return
    savepoint = bind.begin_nested()
    try:
        bind.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gin"))
    except DBAPIError as exc:
        savepoint.rollback()
        log.warning("btree_gin unavailable, case-number search walks the list: %s", exc.orig)
        return
    savepoint.commit()
    op.execute(f"CREATE INDEX {INDEX} ON cases USING gin "
               "((substr(case_number, 1, 4)), search_text gin_trgm_ops)")
    op.execute(f"DROP INDEX IF EXISTS {TRIGRAMS}")
    op.execute("ANALYZE cases")  # statistics of the index's expression


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    made = bind.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = :n"),
                        {"n": INDEX}).first()
    if made is not None:
        op.execute(f"CREATE INDEX IF NOT EXISTS {TRIGRAMS} ON cases "
                   "USING gin (search_text gin_trgm_ops)")
        op.execute(f"DROP INDEX {INDEX}")
