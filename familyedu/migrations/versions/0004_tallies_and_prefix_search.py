"""session tally and short-term search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Issue #7, the two slow spots left at 100,000 minors and a million sessions:

* The center's dashboard counted attended sessions per month by visiting ~540,000 sessions.
  `session_month_tally` holds that count per (center, month); triggers on
  `guidance_sessions` keep it exact for every insert, edit and delete, whoever writes.

* A search term of one or two characters has no trigram, so it scanned every case. Short
  terms now match the *start of a word* of the search column (a name, its pinyin or
  initials, a number), through an index: an FTS5 table with prefix indexes on SQLite
  (`cases_prefix`), a (token, case) B-tree on PostgreSQL (`case_search_tokens`), both kept
  by triggers from `cases.search_text`. So that a given name is still found from its first
  character, the search column now also carries the endings of every Chinese name
  ("张小明" adds "小明" and "明"); existing rows get them here.

PostgreSQL also gets the (center, case number) index with the case id included, so a deep
page of the list is an index-only scan instead of a sort of the whole center.

None of the engine-specific objects can be described in the ORM metadata;
`familyedu.migrations.autogen` keeps Alembic's comparison from proposing to drop them.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]{2,}")

SQLITE_TALLY = (
    "INSERT INTO session_month_tally (center_id, month, attended) "
    "SELECT c.center_id, substr(s.held_at, 1, 7), count(*) FROM guidance_sessions s "
    "JOIN cases c ON c.id = s.case_id WHERE s.attendance = 'attended' GROUP BY 1, 2",
    "CREATE TRIGGER session_tally_insert AFTER INSERT ON guidance_sessions "
    "WHEN new.attendance = 'attended' BEGIN "
    "INSERT OR IGNORE INTO session_month_tally (center_id, month, attended) "
    "SELECT center_id, substr(new.held_at, 1, 7), 0 FROM cases WHERE id = new.case_id; "
    "UPDATE session_month_tally SET attended = attended + 1 "
    "WHERE center_id = (SELECT center_id FROM cases WHERE id = new.case_id) "
    "AND month = substr(new.held_at, 1, 7); END",
    "CREATE TRIGGER session_tally_delete AFTER DELETE ON guidance_sessions "
    "WHEN old.attendance = 'attended' BEGIN "
    "UPDATE session_month_tally SET attended = attended - 1 "
    "WHERE center_id = (SELECT center_id FROM cases WHERE id = old.case_id) "
    "AND month = substr(old.held_at, 1, 7); END",
    "CREATE TRIGGER session_tally_update AFTER UPDATE OF held_at, attendance, case_id "
    "ON guidance_sessions BEGIN "
    "UPDATE session_month_tally SET attended = attended - 1 "
    "WHERE old.attendance = 'attended' "
    "AND center_id = (SELECT center_id FROM cases WHERE id = old.case_id) "
    "AND month = substr(old.held_at, 1, 7); "
    "INSERT OR IGNORE INTO session_month_tally (center_id, month, attended) "
    "SELECT center_id, substr(new.held_at, 1, 7), 0 FROM cases "
    "WHERE id = new.case_id AND new.attendance = 'attended'; "
    "UPDATE session_month_tally SET attended = attended + 1 "
    "WHERE new.attendance = 'attended' "
    "AND center_id = (SELECT center_id FROM cases WHERE id = new.case_id) "
    "AND month = substr(new.held_at, 1, 7); END",
)

SQLITE_PREFIX = (
    "CREATE VIRTUAL TABLE cases_prefix USING fts5(search_text, tokenize='unicode61', "
    "prefix='1 2')",
    "INSERT INTO cases_prefix (rowid, search_text) SELECT id, search_text FROM cases",
    "CREATE TRIGGER cases_prefix_insert AFTER INSERT ON cases BEGIN "
    "INSERT INTO cases_prefix (rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER cases_prefix_delete AFTER DELETE ON cases BEGIN "
    "DELETE FROM cases_prefix WHERE rowid = old.id; END",
    "CREATE TRIGGER cases_prefix_update AFTER UPDATE OF search_text ON cases BEGIN "
    "UPDATE cases_prefix SET search_text = new.search_text WHERE rowid = new.id; END",
)

PG_TALLY = (
    "INSERT INTO session_month_tally (center_id, month, attended) "
    "SELECT c.center_id, to_char(s.held_at, 'YYYY-MM'), count(*) FROM guidance_sessions s "
    "JOIN cases c ON c.id = s.case_id WHERE s.attendance = 'attended' GROUP BY 1, 2",
    """CREATE FUNCTION session_tally_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.attendance = 'attended' THEN
        UPDATE session_month_tally SET attended = attended - 1
         WHERE center_id = (SELECT center_id FROM cases WHERE id = OLD.case_id)
           AND month = to_char(OLD.held_at, 'YYYY-MM');
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.attendance = 'attended' THEN
        INSERT INTO session_month_tally AS t (center_id, month, attended)
        SELECT center_id, to_char(NEW.held_at, 'YYYY-MM'), 1 FROM cases WHERE id = NEW.case_id
        ON CONFLICT (center_id, month) DO UPDATE SET attended = t.attended + 1;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER session_tally AFTER INSERT OR DELETE OR UPDATE OF held_at, attendance, "
    "case_id ON guidance_sessions FOR EACH ROW EXECUTE FUNCTION session_tally_sync()",
)

PG_PREFIX = (
    'CREATE TABLE case_search_tokens (token text COLLATE "C" NOT NULL, '
    "case_id integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE, "
    "PRIMARY KEY (token, case_id))",
    "CREATE INDEX ix_case_search_tokens_case ON case_search_tokens (case_id)",
    "INSERT INTO case_search_tokens (token, case_id) SELECT DISTINCT t, c.id FROM cases c, "
    "regexp_split_to_table(c.search_text, '[ -]+') AS t WHERE t <> ''",
    """CREATE FUNCTION case_search_tokens_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM case_search_tokens WHERE case_id = OLD.id;
    END IF;
    INSERT INTO case_search_tokens (token, case_id)
    SELECT DISTINCT t, NEW.id FROM regexp_split_to_table(NEW.search_text, '[ -]+') AS t
     WHERE t <> '';
    RETURN NULL;
END $$""",
    "CREATE TRIGGER case_search_tokens AFTER INSERT OR UPDATE OF search_text ON cases "
    "FOR EACH ROW EXECUTE FUNCTION case_search_tokens_sync()",
    "CREATE INDEX ix_cases_center_number_id ON cases (center_id, case_number) INCLUDE (id)",
)


def with_name_endings(text: str) -> str:
    """The search column plus the endings of each run of Chinese characters (frozen copy of
    familyedu.services.core.search_text.name_endings at this revision)."""
    words = text.split(" ")
    seen = set(words)
    for word in list(words):
        for run in _CJK_RUN.finditer(word):
            for start in range(1 if run.start() == 0 else 0, len(run.group())):
                ending = run.group()[start:]
                if ending not in seen:
                    seen.add(ending)
                    words.append(ending)
    return " ".join(words)


def _add_name_endings(bind: sa.Connection) -> None:
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("search_text", sa.Text))
    last = 0
    while True:  # in slices: 100,000 search columns need not sit in memory at once
        rows = bind.execute(sa.select(cases.c.id, cases.c.search_text)
                            .where(cases.c.id > last).order_by(cases.c.id).limit(5000)).all()
        if not rows:
            return
        last = rows[-1][0]
        changed = [{"i": i, "t": new} for i, old in rows
                   if (new := with_name_endings(old or "")) != (old or "")]
        if changed:
            bind.execute(sa.update(cases).where(cases.c.id == sa.bindparam("i"))
                         .values(search_text=sa.bindparam("t")), changed)


def upgrade() -> None:
    op.create_table(
        'session_month_tally',
        sa.Column('center_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('attended', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['center_id'], ['centers.id'],
                                name=op.f('fk_session_month_tally_center_id_centers')),
        sa.PrimaryKeyConstraint('center_id', 'month', name=op.f('pk_session_month_tally')),
    )
    bind = op.get_bind()
    _add_name_endings(bind)
    statements: tuple[str, ...] = ()
    if bind.dialect.name == "sqlite":
        statements = (*SQLITE_TALLY, *SQLITE_PREFIX)
    elif bind.dialect.name == "postgresql":
        statements = (*PG_TALLY, *PG_PREFIX)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS session_tally_{name}")
            op.execute(f"DROP TRIGGER IF EXISTS cases_prefix_{name}")
        op.execute("DROP TABLE IF EXISTS cases_prefix")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_center_number_id")
        op.execute("DROP TRIGGER IF EXISTS case_search_tokens ON cases")
        op.execute("DROP FUNCTION IF EXISTS case_search_tokens_sync()")
        op.execute("DROP TABLE IF EXISTS case_search_tokens")
        op.execute("DROP TRIGGER IF EXISTS session_tally ON guidance_sessions")
        op.execute("DROP FUNCTION IF EXISTS session_tally_sync()")
    op.drop_table('session_month_tally')
