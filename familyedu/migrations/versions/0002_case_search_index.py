"""case search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Search as you type over 100,000 cases without reading every row (issue #7).

SQLite: an FTS5 table with the trigram tokenizer holds a copy of `cases.search_text`; triggers
on `cases` keep it current whatever writes the column (the services, a bulk import, a repair),
so no Python code has to remember it. Substrings of three or more characters are found through
the index; the narrow table is also what shorter terms scan. A later batch migration that
recreates `cases` drops these triggers with the table: it must create them again
(`create_sqlite_search()` below) and rebuild the index.

PostgreSQL: a pg_trgm GIN index on `cases.search_text`, which `LIKE '%term%'` uses directly.
Where the extension may not be created (a restricted server role) the index is left out and
search still works, by scanning.

Neither object can be described portably in the ORM metadata; `familyedu.migrations.autogen`
keeps Alembic's comparison from proposing to drop them.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

log = logging.getLogger("familyedu.migrations")

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE cases_search USING fts5(search_text, tokenize='trigram')",
    "CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN "
    "INSERT INTO cases_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN "
    "DELETE FROM cases_search WHERE rowid = old.id; END",
    "CREATE TRIGGER cases_search_update AFTER UPDATE OF search_text ON cases BEGIN "
    "UPDATE cases_search SET search_text = new.search_text WHERE rowid = new.id; END",
    "INSERT INTO cases_search(rowid, search_text) SELECT id, search_text FROM cases",
)


def create_sqlite_search() -> None:
    for statement in SQLITE_SEARCH:
        op.execute(statement)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        create_sqlite_search()
    elif bind.dialect.name == "postgresql":
        savepoint = bind.begin_nested()
        try:
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except DBAPIError as exc:
            savepoint.rollback()
            log.warning("pg_trgm unavailable, case search will scan: %s", exc.orig)
            return
        savepoint.commit()
        op.execute("CREATE INDEX ix_cases_search_trgm ON cases "
                   "USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS cases_search_{name}")
        op.execute("DROP TABLE IF EXISTS cases_search")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_search_trgm")
