"""dashboard indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Indexes for 100,000 cases and a million sessions (issue #7): what is due next and which
reviews are overdue among the open cases walk an index in date order and stop at the list's
length; the no-shows awaiting follow-up are read newest first from their own index; the
sessions per month of a caseload read the sessions' (case, date, attendance) index without
touching the session rows (their notes make them wide); the case list sorted by name walks
the minors in pinyin order.

No index leads with (attendance, held_at): SQLite keeps no statistics here and would then
count a counselor's sessions per month by walking every session of the center.
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_status_next_session', ['status', 'next_session_due_on'], unique=False)
        batch_op.create_index('ix_cases_status_next_review', ['status', 'next_review_on'], unique=False)
    with op.batch_alter_table('guidance_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_guidance_sessions_no_show', ['attendance', 'followed_up', 'held_at', 'case_id'], unique=False)
        batch_op.create_index('ix_guidance_sessions_case_held_attendance', ['case_id', 'held_at', 'attendance'], unique=False)
    with op.batch_alter_table('minors', schema=None) as batch_op:
        batch_op.create_index('ix_minors_name_pinyin', ['name_pinyin'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('minors', schema=None) as batch_op:
        batch_op.drop_index('ix_minors_name_pinyin')
    with op.batch_alter_table('guidance_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_guidance_sessions_case_held_attendance')
        batch_op.drop_index('ix_guidance_sessions_no_show')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_status_next_review')
        batch_op.drop_index('ix_cases_status_next_session')
