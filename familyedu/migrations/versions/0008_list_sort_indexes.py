"""case list sort indexes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Sorting a whole center's case list by a column (issue #14: ≤ 30 ms for 100,000 cases) needs
an index that yields the rows in that order, so that the first page stops after 200 rows
instead of sorting every case. One per sortable column of `cases`, led by the center and
ending in the id (the tie-breaker); a column that may be empty gets two, one per direction,
as the list puts empty values last both ways (`services/casework/case_list.order_by` sorts by
"(x IS NULL), x, id" ascending and "(x IS NOT NULL) DESC, x DESC, id DESC" descending, which
these indexes give read forwards and backwards). The minor's columns are sorted through an
index on `minors` (its id breaks ties, then the case's), the counselor's name through an
index of the users by name and one of each counselor's cases in id order.

As in 0005, the tables are analysed again where the planner keeps statistics: SQLite takes a
new index without statistics for a selective one.
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

INDEXES = {
    "cases": {
        "ix_cases_sort_order_type": "center_id, order_type, id",
        "ix_cases_sort_minutes": "center_id, minutes_done, id",
        "ix_cases_sort_status": "center_id, status, id",
        "ix_cases_sort_counselor": "assigned_counselor_id, center_id, id",
        "ix_cases_sort_due_asc": "center_id, (order_due_on IS NULL), order_due_on, id",
        "ix_cases_sort_due_desc": "center_id, (order_due_on IS NOT NULL), order_due_on, id",
        "ix_cases_sort_next_asc":
            "center_id, (next_session_due_on IS NULL), next_session_due_on, id",
        "ix_cases_sort_next_desc":
            "center_id, (next_session_due_on IS NOT NULL), next_session_due_on, id",
    },
    "minors": {
        "ix_minors_sort_birth": "date_of_birth, id",
        "ix_minors_sort_guardianship": "guardianship, id",
        "ix_minors_sort_risk": "risk_level, id",
    },
    "users": {"ix_users_sort_name": "display_name, id"},
}


def upgrade() -> None:
    for table, indexes in INDEXES.items():
        for name, columns in indexes.items():
            op.execute(f"CREATE INDEX {name} ON {table} ({columns})")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE cases")  # statistics of the indexes' expressions
        op.execute("ANALYZE minors")
        op.execute("ANALYZE users")
        return
    has_statistics = op.get_bind().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    if has_statistics:
        op.execute("ANALYZE cases")
        op.execute("ANALYZE minors")
        op.execute("ANALYZE users")


def downgrade() -> None:
    for indexes in INDEXES.values():
        for name in indexes:
            op.execute(f"DROP INDEX IF EXISTS {name}")
