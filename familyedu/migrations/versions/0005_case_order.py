"""case number order

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Case numbers ("2025-0042") sort as text only while a year has fewer than 10,000 cases: a
prefecture-size center reaches "2025-10000", which text puts before "2025-1001". The list
sorts by (year, length, number) instead — numeric order, as no number has a leading zero past
its four digits — and this index per center serves that order; on PostgreSQL it carries the
case id, so a deep page is an index-only scan. 0004's index on the plain number goes.
No column changes: existing rows and every writer stay as they are.

The sessions' date index also carries the outcome and the case: the letters due for a month
count a center's ~45,000 sessions of that month without reading each (wide) session row.

Where the planner keeps statistics (a demo import, or SQLite's PRAGMA optimize), the two
tables are analysed again: SQLite takes a new index without statistics for a selective one
and walked a whole center through it (the counselor's dashboard went from 7 to 270 ms).
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

COLUMNS = "center_id, substr(case_number, 1, 4), length(case_number), case_number"


def upgrade() -> None:
    op.drop_index('ix_guidance_sessions_held_at', table_name='guidance_sessions')
    op.create_index('ix_guidance_sessions_held_at', 'guidance_sessions',
                    ['held_at', 'attendance', 'case_id'])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_center_number_id")
        op.execute(f"CREATE INDEX ix_cases_center_number_order ON cases ({COLUMNS}) "
                   "INCLUDE (id)")
        op.execute("ANALYZE cases")  # statistics of the index's expressions
    else:
        op.execute(f"CREATE INDEX ix_cases_center_number_order ON cases ({COLUMNS})")
        has_statistics = op.get_bind().exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
        if has_statistics:
            op.execute("ANALYZE cases")
            op.execute("ANALYZE guidance_sessions")


def downgrade() -> None:
    op.drop_index('ix_guidance_sessions_held_at', table_name='guidance_sessions')
    op.create_index('ix_guidance_sessions_held_at', 'guidance_sessions', ['held_at'])
    op.execute("DROP INDEX IF EXISTS ix_cases_center_number_order")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_cases_center_number_id ON cases (center_id, case_number) "
                   "INCLUDE (id)")
