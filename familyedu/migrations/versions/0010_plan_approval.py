"""plan approval outcome and the case's plan status

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

A supervisor approves or returns a submitted plan with a comment (a return needs one), and the
counselor sees the outcome on the dashboard (issue #14): the plan revision keeps the last
decision, who made it, when and the comment. The case list shows and filters each case's plan
status (that of its newest revision); `cases.plan_status` keeps it as a running column, set by
triggers on `guidance_plans` so every writer (services, transfers, the demo) keeps it true, and
sorts through two indexes (empty last both ways, as in 0008). The supervisor's queue reads the
pending plans through (status, submitted_at).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# The status of the case's newest plan revision (open drafts are always the newest).
_NEWEST = ("(SELECT p.status FROM guidance_plans p WHERE p.case_id = {case} "
           "ORDER BY p.revision DESC LIMIT 1)")

_SQLITE = [
    "CREATE TRIGGER plan_status_insert AFTER INSERT ON guidance_plans BEGIN "
    f"UPDATE cases SET plan_status = {_NEWEST.format(case='NEW.case_id')} "
    "WHERE id = NEW.case_id; END",
    "CREATE TRIGGER plan_status_update AFTER UPDATE OF status, case_id, revision "
    "ON guidance_plans BEGIN "
    f"UPDATE cases SET plan_status = {_NEWEST.format(case='NEW.case_id')} "
    "WHERE id = NEW.case_id; "
    f"UPDATE cases SET plan_status = {_NEWEST.format(case='OLD.case_id')} "
    "WHERE id = OLD.case_id AND OLD.case_id != NEW.case_id; END",
    "CREATE TRIGGER plan_status_delete AFTER DELETE ON guidance_plans BEGIN "
    f"UPDATE cases SET plan_status = {_NEWEST.format(case='OLD.case_id')} "
    "WHERE id = OLD.case_id; END",
]

_POSTGRESQL = [
    f"""CREATE FUNCTION plan_status_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        UPDATE cases SET plan_status = {_NEWEST.format(case='OLD.case_id')}
        WHERE id = OLD.case_id;
      END IF;
      IF TG_OP <> 'DELETE' THEN
        UPDATE cases SET plan_status = {_NEWEST.format(case='NEW.case_id')}
        WHERE id = NEW.case_id;
      END IF;
      RETURN NULL;
    END $$""",
    "CREATE TRIGGER plan_status AFTER INSERT OR DELETE OR UPDATE OF status, case_id, revision "
    "ON guidance_plans FOR EACH ROW EXECUTE FUNCTION plan_status_sync()",
]


def upgrade() -> None:
    op.add_column('guidance_plans', sa.Column('decision', sa.String(16), nullable=True))
    op.add_column('guidance_plans', sa.Column('decision_comment', sa.Text(), nullable=False,
                                              server_default=''))
    op.add_column('guidance_plans', sa.Column('decided_at', sa.DateTime(), nullable=True))
    # A plain column (no foreign key): adding a constraint would rebuild the table on SQLite;
    # the service writes the acting supervisor's id.
    op.add_column('guidance_plans', sa.Column('decided_by_id', sa.Integer(), nullable=True))
    op.create_index('ix_guidance_plans_status_submitted', 'guidance_plans',
                    ['status', 'submitted_at'])
    op.add_column('cases', sa.Column('plan_status', sa.String(32), nullable=True))
    op.execute(f"UPDATE cases SET plan_status = {_NEWEST.format(case='cases.id')}")
    op.create_index('ix_cases_sort_plan_asc', 'cases',
                    ['center_id', sa.text('(plan_status IS NULL)'), 'plan_status', 'id'])
    op.create_index('ix_cases_sort_plan_desc', 'cases',
                    ['center_id', sa.text('(plan_status IS NOT NULL)'), 'plan_status', 'id'])
    for statement in (_POSTGRESQL if op.get_bind().dialect.name == "postgresql" else _SQLITE):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS plan_status ON guidance_plans")
        op.execute("DROP FUNCTION IF EXISTS plan_status_sync()")
    else:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS plan_status_{name}")
    op.drop_index('ix_cases_sort_plan_desc', table_name='cases')
    op.drop_index('ix_cases_sort_plan_asc', table_name='cases')
    op.drop_index('ix_guidance_plans_status_submitted', table_name='guidance_plans')
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch rebuild of `cases` would drop its
    # search triggers.
    op.drop_column('cases', 'plan_status')
    for name in ('decided_by_id', 'decided_at', 'decision_comment', 'decision'):
        op.drop_column('guidance_plans', name)
